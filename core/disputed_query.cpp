#include "core/disputed_query.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace claimgraph::core {
namespace {

using Candidate = std::pair<std::uint64_t, ClaimStats>;

// Disputed claims from the index, or from its list of those about an entity.
Result<std::vector<Candidate>> candidates(const GraphStore& store, const DisputedFilter& filter) {
  std::vector<Candidate> found;
  const auto collect = [&](std::uint64_t id, const ClaimStats& s) {
    found.emplace_back(id, s);
    return true;
  };
  CLAIMGRAPH_RETURN_IF_ERROR(filter.about ? store.scan_disputed_about(*filter.about, collect)
                                          : store.scan_disputed(collect));
  return found;
}

// Recomputes the stats of each candidate counting only edges dated within `dates`.
Status restrict_to_dates(const GraphStore& store, std::vector<Candidate>& candidates,
                         const DateRange& dates) {
  std::vector<NodeId> nodes;
  for (const Candidate& c : candidates) nodes.push_back({NodeKind::kClaim, c.first});
  Result<std::vector<std::vector<StoredEdge>>> stances = store.in_edges_of(nodes, std::nullopt);
  if (!stances.ok()) return stances.error();
  Result<std::vector<std::vector<StoredEdge>>> reports =
      store.out_edges_of(nodes, Relation::kReportedBy);
  if (!reports.ok()) return reports.error();
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    candidates[i].second =
        compute_claim_stats((*stances)[i], (*reports)[i],
                            [&](const StoredEdge& edge) { return dates.contains(edge.date); });
  }
  return ok_status();
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
    CLAIMGRAPH_RETURN_IF_ERROR(restrict_to_dates(store, *found, filter.dates));
    std::erase_if(*found, [](const Candidate& c) { return !c.second.is_disputed(); });
  }
  std::sort(found->begin(), found->end(), ranks_before);
  if (filter.limit != 0 && found->size() > filter.limit) found->resize(filter.limit);
  std::vector<std::uint64_t> ids;
  for (const Candidate& candidate : *found) ids.push_back(candidate.first);
  Result<std::vector<ClaimReport>> reports = filter.has_statement_details || filter.dates.is_set()
                                                 ? report_claims(store, ids)
                                                 : report_claim_speakers(store, ids);
  if (!reports.ok()) return reports.error();
  std::vector<DisputedClaim> claims;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    keep_dates((*reports)[i], filter.dates);
    claims.push_back({.stats = (*found)[i].second, .report = std::move((*reports)[i])});
  }
  return claims;
}

}  // namespace claimgraph::core
