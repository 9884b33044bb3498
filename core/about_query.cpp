#include "core/about_query.h"

#include <algorithm>
#include <tuple>

namespace claimgraph::core {
namespace {

std::string latest_date(const ClaimReport& report) {
  std::string latest;
  for (const auto* side : {&report.asserted, &report.denied}) {
    for (const Statement& s : *side) latest = std::max(latest, s.date);
  }
  return latest;
}

}  // namespace

Result<std::vector<ClaimReport>> claims_about(const GraphStore& store, std::uint64_t entity,
                                              const DateRange& dates) {
  Result<std::vector<NodeId>> about =
      store.in_neighbours(NodeId{NodeKind::kEntity, entity}, Relation::kAbout);
  if (!about.ok()) return about.error();
  std::vector<std::uint64_t> claims;
  for (const NodeId node : *about) {
    if (node.kind == NodeKind::kClaim) claims.push_back(node.id);
  }
  Result<std::vector<ClaimReport>> all = report_claims(store, claims);
  if (!all.ok()) return all.error();
  std::vector<std::pair<std::string, ClaimReport>> dated;
  for (ClaimReport& report : *all) {
    keep_dates(report, dates);
    if (dates.is_set() && report.asserted.empty() && report.denied.empty()) continue;
    std::string latest = latest_date(report);
    dated.emplace_back(std::move(latest), std::move(report));
  }
  std::sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
    return std::tie(b.first, a.second.key) < std::tie(a.first, b.second.key);
  });
  std::vector<ClaimReport> reports;
  for (auto& entry : dated) reports.push_back(std::move(entry.second));
  return reports;
}

}  // namespace claimgraph::core
