// Who says what about whom in a generated claim graph: the entities of each claim and the
// outlet and date of each article, as a pure function of (seed, index). Both the JSON Lines
// writer and the query targets replay plans, so neither keeps 10M claims in memory.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "bench/deterministic_random.h"
#include "bench/entity_catalog.h"

namespace claimgraph::bench {

inline constexpr std::uint64_t kClaimsPerArticle = 10;
inline constexpr std::uint64_t kDays = 731;  // 2023-01-01 .. 2024-12-31

// Entity indices (into EntityCatalog::entities()) of one claim. Asserters, deniers and
// about entities are each distinct; deniers are never asserters; outlets[0] is the outlet of
// the claim's article.
struct ClaimPlan {
  std::uint64_t article = 0;
  std::uint32_t day = 0;  // of the article, 0 = 2023-01-01
  std::size_t about_count = 0, asserter_count = 0, denier_count = 0, outlet_count = 0;
  std::array<std::uint32_t, 3> about{};
  std::array<std::uint32_t, 3> asserters{};
  std::array<std::uint32_t, 2> deniers{};
  std::array<std::uint32_t, 2> outlets{};

  bool is_disputed() const { return asserter_count > 0 && denier_count > 0; }
};

struct ArticlePlan {
  std::uint32_t outlet = 0;  // entity index
  std::uint32_t day = 0;
};

// Plans claims and articles over a catalog; holds the activity distributions. Immutable.
class ClaimPlanner {
 public:
  ClaimPlanner(const EntityCatalog& catalog, std::uint64_t claims, std::uint64_t seed);

  std::uint64_t claim_count() const { return claims_; }
  std::uint64_t article_count() const {
    return (claims_ + kClaimsPerArticle - 1) / kClaimsPerArticle;
  }
  ArticlePlan article(std::uint64_t index) const;
  ClaimPlan claim(std::uint64_t index) const;

  // Random numbers of claim `index` for its text and quotes (independent of the plan's).
  Rng text_rng(std::uint64_t index) const;
  // Random numbers of article `index` for its title.
  Rng title_rng(std::uint64_t index) const;

 private:
  const EntityCatalog& catalog_;
  std::uint64_t claims_;
  std::uint64_t seed_;
  ZipfPicker speakers_;  // s = 1 over activity ranks
  ZipfPicker outlets_;
  ZipfPicker about_;
};

// "YYYY-MM-DD" of day `day` (0 = 2023-01-01), written into `out` (10 bytes).
void format_day(std::uint32_t day, char* out);

}  // namespace claimgraph::bench
