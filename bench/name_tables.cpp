#include "bench/name_tables.h"

namespace claimgraph::bench::words {
namespace {

constexpr std::string_view kFirstNamesData[] = {
    "Anna",   "Boris",  "Clara",  "Dmitri", "Elena",   "Farid",  "Greta",  "Hugo",    "Ines",
    "Jonas",  "Katya",  "Lars",   "Maria",  "Nikolai", "Olga",   "Pavel",  "Rosa",    "Stefan",
    "Tamara", "Viktor", "Yusuf",  "Zofia",  "Amir",    "Bianca", "Carlos", "Daria",   "Emil",
    "Fatima", "Georg",  "Hana",   "Igor",   "Julia",   "Kemal",  "Lena",   "Mikhail", "Nadia",
    "Oskar",  "Petra",  "Rustam", "Sofia",  "Tomas",   "Ulla",   "Vera",   "Walter",  "Yana",
    "Zoran",  "Adele",  "Bruno",  "Chiara", "Dario",   "Eva",    "Filip",  "Gala",    "Henrik",
    "Irina",  "Jakub",  "Kira",   "Leon",   "Milan",   "Nora",   "José",   "Zoë",     "Björn",
    "Renée",  "Søren",  "Łukasz", "Ágnes",  "Çağla",   "Jiří",   "Noémie", "Dagný",   "Mette"};

constexpr std::string_view kSyllablesData[] = {
    "var",  "ken", "dor", "mi",  "lo",  "sa",  "tov", "ril", "ba",  "nek", "zan", "po",
    "ster", "ga",  "lin", "ko",  "ru",  "vel", "ta",  "mar", "hol", "en",  "dra", "vis",
    "bel",  "sk",  "ov",  "rin", "ash", "ti",  "mon", "ur",  "fel", "qua", "jor", "ly",
    "nis",  "pe",  "gor", "wen", "es",  "cha", "bro", "ida", "lev", "su",  "kar", "om"};

constexpr std::string_view kOrgHeadsData[] = {"Ministry of Energy of",
                                              "Ministry of Defence of",
                                              "Central Bank of",
                                              "Parliament of",
                                              "Supreme Court of",
                                              "Army of",
                                              "Police of",
                                              "Government of",
                                              "National Council of",
                                              "Chamber of Commerce of",
                                              "Electoral Commission of"};

constexpr std::string_view kOrgSuffixesData[] = {
    "Group", "Holdings", "Institute", "Foundation", "Party",    "Union",  "Corporation", "Alliance",
    "Bank",  "Energy",   "Motors",    "Pharma",     "Airlines", "Agency", "Movement"};

constexpr std::string_view kGroupNounsData[] = {"farmers",  "protesters", "residents", "doctors",
                                                "teachers", "veterans",   "miners",    "students",
                                                "lawyers",  "pensioners", "truckers",  "fishermen"};

constexpr std::string_view kMediaSuffixesData[] = {
    "Times",    "Herald",  "Post",    "Daily", "Gazette", "Radio",    "TV",   "News Agency",
    "Observer", "Courier", "Tribune", "Today", "Monitor", "Dispatch", "Wire", "Telegraph"};

constexpr std::string_view kPlaceSuffixesData[] = {"",     "",     "ia",  "a",    " City", "grad",
                                                   "burg", "stan", "ovo", "land", "port",  ""};

constexpr std::string_view kRolesData[] = {"spokesperson of the government",
                                           "minister of energy",
                                           "opposition leader",
                                           "press secretary",
                                           "central bank governor",
                                           "army general",
                                           "mayor",
                                           "chief executive",
                                           "prosecutor general",
                                           "foreign minister",
                                           "union leader",
                                           "senior adviser"};

constexpr std::string_view kVerbPhrasesData[] = {"will raise",        "has cut",
                                                 "plans to close",    "secretly funded",
                                                 "did not sign",      "is preparing to sell",
                                                 "has agreed to buy", "refused to recognise",
                                                 "quietly expanded",  "will not approve",
                                                 "has doubled",       "intends to ban",
                                                 "lied about",        "illegally seized",
                                                 "is negotiating",    "has already paid for",
                                                 "will never accept", "tried to hide",
                                                 "is about to lose",  "has ordered",
                                                 "will privatise",    "paid bribes for",
                                                 "blocked",           "falsified"};

constexpr std::string_view kAdjectivesData[] = {
    "new",       "secret",  "foreign",  "military", "state",  "private",  "regional", "illegal",
    "emergency", "nuclear", "disputed", "offshore", "border", "northern", "public"};

constexpr std::string_view kObjectsData[] = {
    "fuel taxes",   "gas pipeline", "wheat exports",   "election results",  "pension fund",
    "air base",     "steel plant",  "grain deal",      "arms shipments",    "power grid",
    "water supply", "bank loans",   "coal mines",      "vaccine contracts", "rail network",
    "salaries",     "ports",        "trade agreement", "voting machines",   "peace talks",
    "troops",       "oil reserves", "customs duties",  "housing subsidies"};

constexpr std::string_view kTailsData[] = {
    "before the elections",  "after the summit",   "without a vote",
    "despite the sanctions", "next year",          "within three months",
    "at any cost",           "for the first time", "behind closed doors",
    "in the coming weeks",   "this winter",        "under pressure"};

constexpr std::string_view kMonthsData[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

constexpr std::string_view kDenialsData[] = {"that is simply false",
                                             "there is no truth to it",
                                             "these are \"fake news\" spread by our enemies",
                                             "nothing of the kind happened",
                                             "we categorically deny it",
                                             "it is a fabrication",
                                             "the report is wrong",
                                             "this never happened",
                                             "such claims are absurd",
                                             "it's a lie, a \"provocation\""};

constexpr std::string_view kHeadlineNounsData[] = {"row",  "talks", "scandal", "deal",    "crisis",
                                                   "vote", "probe", "warning", "dispute", "plan"};

}  // namespace

const std::span<const std::string_view> kFirstNames{kFirstNamesData};
const std::span<const std::string_view> kSyllables{kSyllablesData};
const std::span<const std::string_view> kOrgHeads{kOrgHeadsData};
const std::span<const std::string_view> kOrgSuffixes{kOrgSuffixesData};
const std::span<const std::string_view> kGroupNouns{kGroupNounsData};
const std::span<const std::string_view> kMediaSuffixes{kMediaSuffixesData};
const std::span<const std::string_view> kPlaceSuffixes{kPlaceSuffixesData};
const std::span<const std::string_view> kRoles{kRolesData};
const std::span<const std::string_view> kVerbPhrases{kVerbPhrasesData};
const std::span<const std::string_view> kAdjectives{kAdjectivesData};
const std::span<const std::string_view> kObjects{kObjectsData};
const std::span<const std::string_view> kTails{kTailsData};
const std::span<const std::string_view> kMonths{kMonthsData};
const std::span<const std::string_view> kDenials{kDenialsData};
const std::span<const std::string_view> kHeadlineNouns{kHeadlineNounsData};

}  // namespace claimgraph::bench::words
