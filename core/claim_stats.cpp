#include "core/claim_stats.h"

#include <algorithm>
#include <set>

namespace claimgraph::core {
namespace {

std::uint32_t count(const std::set<std::uint64_t>& ids) {
  return static_cast<std::uint32_t>(ids.size());
}

// The distinct outlets that carried the claim in one of `articles`.
std::set<std::uint64_t> outlets_in(std::span<const StoredEdge> reported_by,
                                   const std::set<std::uint64_t>& articles,
                                   const EdgePredicate& keep) {
  std::set<std::uint64_t> outlets;
  for (const StoredEdge& edge : reported_by) {
    if (edge.rel != Relation::kReportedBy || (keep && !keep(edge))) continue;
    if (articles.contains(edge.article)) outlets.insert(edge.to.id);
  }
  return outlets;
}

}  // namespace

std::uint32_t ClaimStats::weaker_side() const {
  return std::min(asserting_speakers + asserting_outlets, denying_speakers + denying_outlets);
}

ClaimStats compute_claim_stats(std::span<const StoredEdge> stance_edges,
                               std::span<const StoredEdge> reported_by, const EdgePredicate& keep) {
  std::set<std::uint64_t> asserting, denying, speakers, outlets;
  std::set<std::uint64_t> assert_articles, deny_articles;
  ClaimStats stats;
  const auto see_date = [&](const std::string& date) {
    stats.latest_date = std::max(stats.latest_date, date);
  };
  for (const StoredEdge& edge : stance_edges) {
    if (!is_stance(edge.rel) || (keep && !keep(edge))) continue;
    const bool asserts = edge.rel == Relation::kAsserts;
    (asserts ? asserting : denying).insert(edge.from.id);
    (asserts ? assert_articles : deny_articles).insert(edge.article);
    speakers.insert(edge.from.id);
    see_date(edge.date);
  }
  for (const StoredEdge& edge : reported_by) {
    if (edge.rel != Relation::kReportedBy || (keep && !keep(edge))) continue;
    outlets.insert(edge.to.id);
    see_date(edge.date);
  }
  stats.asserting_speakers = count(asserting);
  stats.denying_speakers = count(denying);
  stats.speakers = count(speakers);
  stats.outlets = count(outlets);
  stats.asserting_outlets = count(outlets_in(reported_by, assert_articles, keep));
  stats.denying_outlets = count(outlets_in(reported_by, deny_articles, keep));
  return stats;
}

}  // namespace claimgraph::core
