#include "core/claim_report.h"

#include <algorithm>
#include <tuple>

namespace claimgraph::core {
namespace {

Result<std::vector<std::string>> names_of_targets(const GraphStore& store, std::uint64_t claim,
                                                  Relation rel) {
  Result<std::vector<StoredEdge>> edges = store.out_edges(NodeId{NodeKind::kClaim, claim}, rel);
  if (!edges.ok()) return edges.error();
  std::vector<std::string> names;
  for (const StoredEdge& edge : *edges) {
    Result<std::string> name = entity_name_of(store, edge.to.id);
    if (!name.ok()) return name.error();
    names.push_back(*name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace

Result<ClaimReport> report_claim(const GraphStore& store, std::uint64_t id) {
  Result<std::optional<Claim>> claim = store.get_claim(id);
  if (!claim.ok()) return claim.error();
  if (!claim->has_value()) {
    return make_error(ErrorCode::kCorruption, "missing claim #" + std::to_string(id));
  }
  ClaimReport report;
  report.key = (*claim)->key;
  report.text = (*claim)->text;
  Result<std::vector<std::string>> about = names_of_targets(store, id, Relation::kAbout);
  if (!about.ok()) return about.error();
  report.about = *about;
  Result<std::vector<std::string>> outlets = names_of_targets(store, id, Relation::kReportedBy);
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
