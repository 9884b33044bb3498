// The four kinds of edge in the claim graph and their names in FORMAT.md ("asserts",
// "denies", "reported-by", "about"). The numeric values are stored in keys: never renumber.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimgraph::core {

enum class Relation : std::uint8_t {
  kAsserts = 1,     // speaker -> claim
  kDenies = 2,      // speaker -> claim
  kReportedBy = 3,  // claim -> outlet
  kAbout = 4,       // claim -> entity
};

// "asserts", "denies", "reported-by" or "about".
std::string_view relation_name(Relation rel);

// The relation named `name` (exact, as in FORMAT.md), or nullopt.
std::optional<Relation> parse_relation(std::string_view name);

// True for asserts and denies: the edges that go from a speaker to a claim.
inline bool is_stance(Relation rel) {
  return rel == Relation::kAsserts || rel == Relation::kDenies;
}

}  // namespace claimgraph::core
