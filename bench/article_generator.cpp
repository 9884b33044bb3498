#include "bench/article_generator.h"

#include <array>
#include <random>
#include <string_view>

namespace claimgraph::bench {
namespace {

constexpr std::array<std::string_view, 8> kPeople = {
    "Mara Voss", "Tomas Brandt", "Ilse Okafor", "Pavel Renko",
    "Julia Santos", "Omar Haddad", "Lena Fischer", "Arjun Mehta"};
constexpr std::array<std::string_view, 6> kBodies = {
    "the Ministry of Harbours", "the Northern Rail Union", "Blue Line Ferries",
    "the Coastal Safety Agency", "the city council", "Harbour Holdings"};
constexpr std::array<std::string_view, 5> kOutlets = {"Reuters", "the Associated Press",
                                                      "Coastal Wire", "BBC News", "Interfax"};
constexpr std::array<std::string_view, 8> kPropositions = {
    "the bridge would reopen in May",
    "the repairs were running three weeks late",
    "the ferry timetable had been cut for the summer",
    "fares would rise by ten percent next year",
    "the harbour had failed two safety inspections",
    "the union had agreed to the new shift pattern",
    "the contract was signed without a tender",
    "the port would hire two hundred workers"};

template <class Array>
std::string_view pick(const Array& items, std::mt19937& random) {
  return items[random() % items.size()];
}

std::string sentence(std::mt19937& random) {
  const std::string person(pick(kPeople, random));
  const std::string body(pick(kBodies, random));
  const std::string outlet(pick(kOutlets, random));
  const std::string claim(pick(kPropositions, random));
  switch (random() % 6) {
    case 0: return person + " said that " + claim + ".";
    case 1: return "\"" + claim + ",\" " + person + " told " + outlet + ".";
    case 2: return "A spokesman for " + body + " denied reports that " + claim + ".";
    case 3: return "According to " + body + ", " + claim + ".";
    case 4: return person + " called claims that " + claim + " \"absurd\".";
    default: return "The weather on the coast was mild and the harbour was busy on Tuesday.";
  }
}

}  // namespace

std::string generate_article(std::size_t bytes, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::string text = "Harbour dispute deepens as officials trade claims\n";
  while (text.size() < bytes) {
    for (int i = 0; i < 4 && text.size() < bytes; ++i) {
      text += sentence(random);
      text += ' ';
    }
    text += '\n';
  }
  return text;
}

}  // namespace claimgraph::bench
