#include "core/disputed_query.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace claimgraph::core {
namespace {

using Candidate = std::pair<std::uint64_t, ClaimStats>;

// Disputed claims from the index, or the disputed ones among the claims about an entity.
Result<std::vector<Candidate>> candidates(const GraphStore& store, const DisputedFilter& filter) {
  std::vector<Candidate> found;
  if (!filter.about) {
    CLAIMGRAPH_RETURN_IF_ERROR(store.scan_disputed([&](std::uint64_t id, const ClaimStats& s) {
      found.emplace_back(id, s);
      return true;
    }));
    return found;
  }
  Result<std::vector<StoredEdge>> about =
      store.in_edges(NodeId{NodeKind::kEntity, *filter.about}, Relation::kAbout);
  if (!about.ok()) return about.error();
  for (const StoredEdge& edge : *about) {
    Result<std::optional<ClaimStats>> stats = store.get_claim_stats(edge.from.id);
    if (!stats.ok()) return stats.error();
    if (*stats && (*stats)->is_disputed()) found.emplace_back(edge.from.id, **stats);
  }
  return found;
}

// The stats of `claim` counting only edges dated within `dates`.
Result<ClaimStats> stats_within(const GraphStore& store, std::uint64_t claim,
                                const DateRange& dates) {
  const NodeId node{NodeKind::kClaim, claim};
  Result<std::vector<StoredEdge>> stances = store.in_edges(node, std::nullopt);
  if (!stances.ok()) return stances.error();
  Result<std::vector<StoredEdge>> reports = store.out_edges(node, Relation::kReportedBy);
  if (!reports.ok()) return reports.error();
  return compute_claim_stats(*stances, *reports,
                             [&](const StoredEdge& edge) { return dates.contains(edge.date); });
}

bool ranks_before(const Candidate& a, const Candidate& b) {
  const auto key = [](const Candidate& c) {
    return std::make_tuple(c.second.weight(), c.second.weaker_side(), c.second.latest_date);
  };
  if (key(a) != key(b)) return key(a) > key(b);
  return a.first < b.first;
}

}  // namespace

Result<std::vector<DisputedClaim>> disputed_claims(const GraphStore& store,
                                                   const DisputedFilter& filter) {
  Result<std::vector<Candidate>> found = candidates(store, filter);
  if (!found.ok()) return found.error();
  if (filter.dates.is_set()) {
    // A claim whose latest edge is older than --since has no edge in the range: no reads.
    std::erase_if(*found, [&](const Candidate& c) {
      return !filter.dates.since.empty() && c.second.latest_date < filter.dates.since;
    });
    for (Candidate& candidate : *found) {
      Result<ClaimStats> stats = stats_within(store, candidate.first, filter.dates);
      if (!stats.ok()) return stats.error();
      candidate.second = *stats;
    }
    std::erase_if(*found, [](const Candidate& c) { return !c.second.is_disputed(); });
  }
  std::sort(found->begin(), found->end(), ranks_before);
  if (filter.limit != 0 && found->size() > filter.limit) found->resize(filter.limit);
  std::vector<DisputedClaim> claims;
  for (const auto& [id, stats] : *found) {
    Result<ClaimReport> report = report_claim(store, id);
    if (!report.ok()) return report.error();
    keep_dates(*report, filter.dates);
    claims.push_back({.stats = stats, .report = std::move(*report)});
  }
  return claims;
}

}  // namespace claimgraph::core
