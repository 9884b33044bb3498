// The word tables the claim graph generator builds names, titles, claim texts and quotes
// from: made-up syllables so that no generated name is a real person, plus ordinary English.
#pragma once

#include <span>
#include <string_view>

namespace claimgraph::bench::words {

extern const std::span<const std::string_view> kFirstNames;     // some with accents
extern const std::span<const std::string_view> kSyllables;      // for surnames and places
extern const std::span<const std::string_view> kOrgHeads;       // "Ministry of", "Council"
extern const std::span<const std::string_view> kOrgSuffixes;    // "Group", "Holdings"
extern const std::span<const std::string_view> kGroupNouns;     // "farmers", "protesters"
extern const std::span<const std::string_view> kMediaSuffixes;  // "Times", "Radio"
extern const std::span<const std::string_view> kPlaceSuffixes;  // "", " City", "ia"
extern const std::span<const std::string_view> kRoles;          // "minister of energy"
extern const std::span<const std::string_view> kVerbPhrases;    // "will raise"
extern const std::span<const std::string_view> kAdjectives;     // "new", "secret"
extern const std::span<const std::string_view> kObjects;        // "fuel taxes"
extern const std::span<const std::string_view> kTails;          // "before the elections"
extern const std::span<const std::string_view> kMonths;         // "January"
extern const std::span<const std::string_view> kDenials;        // "that is simply false"
extern const std::span<const std::string_view> kHeadlineNouns;  // "row", "talks"

}  // namespace claimgraph::bench::words
