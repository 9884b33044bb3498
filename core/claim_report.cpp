#include "core/claim_report.h"

#include <algorithm>
#include <tuple>

namespace claimgraph::core {
Result<ClaimReport> report_claim(const GraphStore& store, std::uint64_t id) {
  Result<std::optional<Claim>> claim = store.get_claim(id);
  if (!claim.ok()) return claim.error();
  if (!claim->has_value()) {
    return make_error(ErrorCode::kCorruption, "missing claim #" + std::to_string(id));
  }
  ClaimReport report;
  report.key = (*claim)->key;
  report.text = (*claim)->text;
  Result<std::vector<std::string>> about =
      target_names(store, id, Relation::kAbout, std::nullopt);
  if (!about.ok()) return about.error();
  report.about = *about;
  Result<std::vector<std::string>> outlets =
      target_names(store, id, Relation::kReportedBy, std::nullopt);
  if (!outlets.ok()) return outlets.error();
  report.reported_by = *outlets;
  Result<std::vector<StoredEdge>> stances = store.in_edges(NodeId{NodeKind::kClaim, id},
                                                           std::nullopt);
  if (!stances.ok()) return stances.error();
  for (const StoredEdge& edge : *stances) {
    if (!is_stance(edge.rel)) continue;
    Result<Statement> statement = statement_from_edge(store, edge);
    if (!statement.ok()) return statement.error();
    auto& side = edge.rel == Relation::kAsserts ? report.asserted : report.denied;
    side.push_back(std::move(*statement));
  }
  for (auto* side : {&report.asserted, &report.denied}) {
    std::stable_sort(side->begin(), side->end(), [](const auto& a, const auto& b) {
      return std::tie(a.date, a.speaker) < std::tie(b.date, b.speaker);
    });
  }
  return report;
}

void keep_dates(ClaimReport& report, const DateRange& dates) {
  if (!dates.is_set()) return;
  std::vector<std::string> outlets;
  for (auto* side : {&report.asserted, &report.denied}) {
    std::erase_if(*side, [&](const Statement& s) { return !dates.contains(s.date); });
    for (const Statement& s : *side) outlets.insert(outlets.end(), s.sources.begin(), s.sources.end());
  }
  std::sort(outlets.begin(), outlets.end());
  outlets.erase(std::unique(outlets.begin(), outlets.end()), outlets.end());
  report.reported_by = std::move(outlets);
}

}  // namespace claimgraph::core
