// The entities of a generated claim graph: speakers (people, organizations, groups), outlets
// and the entities claims are about, with unique names and some aliases. Every name and alias
// is unique after case folding, so that name resolution never merges two of them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "bench/deterministic_random.h"

namespace claimgraph::bench {

struct GeneratedEntity {
  std::string name;
  std::string_view kind;  // FORMAT.md kind: person, organization, media, place, group
  std::vector<std::string> aliases;
  std::string description;
};

// Builds the entities for a graph of `claims` claims. Index order: speakers first (by activity
// rank: index 0 speaks most), then outlets, then the about-only entities. Immutable after
// construction; the same (claims, seed) always gives the same catalog.
class EntityCatalog {
 public:
  static constexpr std::size_t kOutlets = 200;

  EntityCatalog(std::uint64_t claims, std::uint64_t seed);

  const std::vector<GeneratedEntity>& entities() const { return entities_; }
  std::size_t speaker_count() const { return speaker_count_; }
  // The entity index of the outlet of rank `rank` (< kOutlets).
  std::size_t outlet(std::size_t rank) const { return speaker_count_ + rank; }
  // Entity indices that claims are about, by popularity rank; some are speakers.
  const std::vector<std::uint32_t>& about_pool() const { return about_pool_; }

 private:
  bool reserve(std::string_view name);
  std::string unique(Rng& rng, std::string (EntityCatalog::*make)(Rng&));
  std::string place_name(Rng& rng);
  std::string surname(Rng& rng);
  std::string person_name(Rng& rng);
  std::string company_name(Rng& rng);
  std::string institution_name(Rng& rng);
  std::string group_name(Rng& rng);
  std::string outlet_name(Rng& rng);
  void add_alias(GeneratedEntity& entity, std::string alias);
  GeneratedEntity make_speaker(Rng& rng);
  GeneratedEntity make_about_entity(Rng& rng);

  std::vector<GeneratedEntity> entities_;
  std::size_t speaker_count_ = 0;
  std::vector<std::uint32_t> about_pool_;
  std::unordered_set<std::string> taken_;  // folded names and aliases
};

// `text` with ASCII letters lower-cased: a fold at least as strict as claimgraph's for the
// names the tables make (their accented names have no unaccented twin).
std::string fold_ascii(std::string_view text);

}  // namespace claimgraph::bench
