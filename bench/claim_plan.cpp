#include "bench/claim_plan.h"

#include <algorithm>

namespace claimgraph::bench {
namespace {

constexpr std::uint64_t kArticleStream = 10;
constexpr std::uint64_t kClaimStream = 11;
constexpr std::uint64_t kTextStream = 12;
constexpr std::uint64_t kTitleStream = 13;

constexpr std::uint64_t kDisputedPerMille = 150;
constexpr std::uint64_t kSecondOutletPerMille = 500;

// Fills `out[0..count)` with distinct entity indices drawn from `picker` (mapped through
// `entity_of`) that are not in `excluded`; stops early if draws keep repeating.
template <class EntityOf, std::size_t N>
std::size_t draw_distinct(Rng& rng, const ZipfPicker& picker, EntityOf entity_of, std::size_t count,
                          std::array<std::uint32_t, N>& out,
                          std::span<const std::uint32_t> excluded) {
  std::size_t filled = 0;
  for (int attempt = 0; filled < count && attempt < 32; ++attempt) {
    const std::uint32_t entity = entity_of(picker.pick(rng));
    const auto end = out.begin() + static_cast<std::ptrdiff_t>(filled);
    if (std::find(out.begin(), end, entity) != end) continue;
    if (std::find(excluded.begin(), excluded.end(), entity) != excluded.end()) continue;
    out[filled++] = entity;
  }
  return filled;
}

// 1 (30%), 2 (40%) or 3 (30%): 2 on average.
std::size_t one_two_or_three(Rng& rng) {
  const std::uint64_t roll = rng.below(10);
  return roll < 3 ? 1 : roll < 7 ? 2 : 3;
}

}  // namespace

ClaimPlanner::ClaimPlanner(const EntityCatalog& catalog, std::uint64_t claims, std::uint64_t seed)
    : catalog_(catalog),
      claims_(claims),
      seed_(seed),
      speakers_(catalog.speaker_count(), 1.0),
      outlets_(EntityCatalog::kOutlets, 2.0),
      about_(catalog.about_pool().size(), 5.0) {}

ArticlePlan ClaimPlanner::article(std::uint64_t index) const {
  Rng rng(seed_, kArticleStream, index);
  ArticlePlan plan;
  plan.outlet = static_cast<std::uint32_t>(catalog_.outlet(outlets_.pick(rng)));
  plan.day = static_cast<std::uint32_t>(rng.below(kDays));
  return plan;
}

ClaimPlan ClaimPlanner::claim(std::uint64_t index) const {
  Rng rng(seed_, kClaimStream, index);
  ClaimPlan plan;
  plan.article = index / kClaimsPerArticle;
  const ArticlePlan article_plan = article(plan.article);
  plan.day = article_plan.day;

  const auto about_entity = [this](std::size_t rank) { return catalog_.about_pool()[rank]; };
  const auto speaker = [](std::size_t rank) { return static_cast<std::uint32_t>(rank); };
  const auto outlet = [this](std::size_t rank) {
    return static_cast<std::uint32_t>(catalog_.outlet(rank));
  };
  plan.about_count =
      draw_distinct(rng, about_, about_entity, one_two_or_three(rng), plan.about, {});
  plan.asserter_count =
      draw_distinct(rng, speakers_, speaker, one_two_or_three(rng), plan.asserters, {});
  if (rng.chance(kDisputedPerMille)) {
    const std::size_t deniers_wanted = rng.chance(500) ? 2 : 1;
    plan.denier_count =
        draw_distinct(rng, speakers_, speaker, deniers_wanted, plan.deniers,
                      std::span<const std::uint32_t>(plan.asserters.data(), plan.asserter_count));
  }
  plan.outlets[0] = article_plan.outlet;
  plan.outlet_count = 1;
  if (rng.chance(kSecondOutletPerMille)) {
    std::array<std::uint32_t, 1> second{};
    if (draw_distinct(rng, outlets_, outlet, 1, second,
                      std::span<const std::uint32_t>(plan.outlets.data(), 1)) == 1) {
      plan.outlets[plan.outlet_count++] = second[0];
    }
  }
  return plan;
}

Rng ClaimPlanner::text_rng(std::uint64_t index) const { return Rng(seed_, kTextStream, index); }

Rng ClaimPlanner::title_rng(std::uint64_t index) const { return Rng(seed_, kTitleStream, index); }

void format_day(std::uint32_t day, char* out) {
  static constexpr std::uint32_t kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::uint32_t year = 2023;
  while (true) {
    const std::uint32_t year_days = year % 4 == 0 ? 366 : 365;  // 2023..2024: no century rule
    if (day < year_days) break;
    day -= year_days;
    ++year;
  }
  std::uint32_t month = 0;
  while (true) {
    const std::uint32_t month_days = kMonthDays[month] + (month == 1 && year % 4 == 0 ? 1 : 0);
    if (day < month_days) break;
    day -= month_days;
    ++month;
  }
  const std::uint32_t parts[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10};
  for (int i = 0; i < 4; ++i) out[i] = static_cast<char>('0' + parts[i]);
  out[4] = '-';
  out[5] = static_cast<char>('0' + (month + 1) / 10);
  out[6] = static_cast<char>('0' + (month + 1) % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + (day + 1) / 10);
  out[9] = static_cast<char>('0' + (day + 1) % 10);
}

}  // namespace claimgraph::bench
