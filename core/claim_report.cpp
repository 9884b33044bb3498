#include "core/claim_report.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>

namespace claimgraph::core {
namespace {

std::vector<StoredEdge> with_relation(const std::vector<StoredEdge>& edges, Relation rel) {
  std::vector<StoredEdge> kept;
  std::copy_if(edges.begin(), edges.end(), std::back_inserter(kept),
               [rel](const StoredEdge& edge) { return edge.rel == rel; });
  return kept;
}

// The report of `claim` from its out-edges (about, reported-by) and in-edges (stances).
Result<ClaimReport> report_from(NameBook& names, const Claim& claim,
                                const std::vector<StoredEdge>& out, std::vector<StoredEdge> in) {
  ClaimReport report;
  report.key = claim.key;
  report.text = claim.text;
  const std::vector<StoredEdge> reports = with_relation(out, Relation::kReportedBy);
  Result<std::vector<std::string>> about =
      target_names(names, with_relation(out, Relation::kAbout), std::nullopt);
  if (!about.ok()) return about.error();
  report.about = std::move(*about);
  Result<std::vector<std::string>> outlets = target_names(names, reports, std::nullopt);
  if (!outlets.ok()) return outlets.error();
  report.reported_by = std::move(*outlets);
  for (StoredEdge& edge : in) {
    if (!is_stance(edge.rel)) continue;
    auto& side = edge.rel == Relation::kAsserts ? report.asserted : report.denied;
    Result<Statement> statement = statement_from_edge(names, std::move(edge), claim, reports);
    if (!statement.ok()) return statement.error();
    side.push_back(std::move(*statement));
  }
  for (auto* side : {&report.asserted, &report.denied}) {
    std::stable_sort(side->begin(), side->end(), [](const auto& a, const auto& b) {
      return std::tie(a.date, a.speaker) < std::tie(b.date, b.speaker);
    });
  }
  return report;
}

// The speakers of one claim: those who assert it, those who deny it (as in kSides).
constexpr std::array<Relation, 2> kSides = {Relation::kAsserts, Relation::kDenies};
using Speakers = std::array<std::vector<NodeId>, kSides.size()>;

// The distinct speakers of each of `claims`, read from the `in` keys only.
Result<std::vector<Speakers>> speakers_of(const GraphStore& store,
                                          const std::vector<NodeId>& claims) {
  std::vector<Speakers> speakers(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    for (std::size_t side = 0; side < kSides.size(); ++side) {
      Result<std::vector<NodeId>> from = store.in_neighbours(claims[i], kSides[side]);
      if (!from.ok()) return from.error();
      speakers[i][side] = std::move(*from);
    }
  }
  return speakers;
}

// Adds a Statement naming each of `speakers` (`rel` and `speaker` set only) to `side`, then
// sorts `side` by speaker.
Status add_speakers(NameBook& names, const std::vector<NodeId>& speakers, Relation rel,
                    std::vector<Statement>& side) {
  for (const NodeId speaker : speakers) {
    Result<std::string_view> name = names.entity(speaker.id);
    if (!name.ok()) return name.error();
    Statement& statement = side.emplace_back();
    statement.speaker = *name;
    statement.rel = rel;
  }
  std::sort(side.begin(), side.end(),
            [](const Statement& a, const Statement& b) { return a.speaker < b.speaker; });
  return ok_status();
}

// The claims `ids` and their out edges: what both kinds of report read first.
struct ClaimsRead {
  std::vector<NodeId> nodes;
  std::vector<std::optional<Claim>> claims;
  std::vector<std::vector<StoredEdge>> out;
};

Result<ClaimsRead> read_claims(const GraphStore& store, const std::vector<std::uint64_t>& ids) {
  ClaimsRead read;
  for (const std::uint64_t id : ids) read.nodes.push_back({NodeKind::kClaim, id});
  Result<std::vector<std::optional<Claim>>> claims = store.get_claims(ids);
  if (!claims.ok()) return claims.error();
  read.claims = std::move(*claims);
  Result<std::vector<std::vector<StoredEdge>>> out = store.out_edges_of(read.nodes, std::nullopt);
  if (!out.ok()) return out.error();
  read.out = std::move(*out);
  return read;
}

// The report of the `i`th claim read, with its in edges `in`; kCorruption if it is missing.
Result<ClaimReport> report_of(NameBook& names, const ClaimsRead& read, std::size_t i,
                              std::vector<StoredEdge> in) {
  if (!read.claims[i]) {
    return make_error(ErrorCode::kCorruption, "missing claim #" + std::to_string(read.nodes[i].id));
  }
  return report_from(names, *read.claims[i], read.out[i], std::move(in));
}

}  // namespace

Result<ClaimReport> report_claim(const GraphStore& store, std::uint64_t id) {
  Result<std::vector<ClaimReport>> reports = report_claims(store, {id});
  if (!reports.ok()) return reports.error();
  return std::move(reports->front());
}

Result<std::vector<ClaimReport>> report_claims(const GraphStore& store,
                                               const std::vector<std::uint64_t>& ids) {
  Result<ClaimsRead> read = read_claims(store, ids);
  if (!read.ok()) return read.error();
  Result<std::vector<std::vector<StoredEdge>>> in = store.in_edges_of(read->nodes, std::nullopt);
  if (!in.ok()) return in.error();
  NameBook names(store);
  std::vector<std::uint64_t> entities;  // speakers, outlets, what the claims are about
  std::vector<std::uint64_t> articles;
  for (const std::vector<StoredEdge>& edges : *in) {
    for (const StoredEdge& edge : edges) {
      if (edge.from.kind == NodeKind::kEntity) entities.push_back(edge.from.id);
      articles.push_back(edge.article);
    }
  }
  for (const std::vector<StoredEdge>& edges : read->out) {
    for (const StoredEdge& edge : edges) {
      if (edge.to.kind == NodeKind::kEntity) entities.push_back(edge.to.id);
    }
  }
  CLAIMGRAPH_RETURN_IF_ERROR(names.read_entities(std::move(entities)));
  CLAIMGRAPH_RETURN_IF_ERROR(names.read_articles(std::move(articles)));
  std::vector<ClaimReport> reports;
  reports.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Result<ClaimReport> report = report_of(names, *read, i, std::move((*in)[i]));
    if (!report.ok()) return report.error();
    reports.push_back(std::move(*report));
  }
  return reports;
}

Result<std::vector<ClaimReport>> report_claim_speakers(const GraphStore& store,
                                                       const std::vector<std::uint64_t>& ids) {
  Result<ClaimsRead> read = read_claims(store, ids);
  if (!read.ok()) return read.error();
  Result<std::vector<Speakers>> speakers = speakers_of(store, read->nodes);
  if (!speakers.ok()) return speakers.error();
  std::vector<std::uint64_t> entities;  // speakers, outlets, what the claims are about
  for (std::size_t i = 0; i < ids.size(); ++i) {
    for (const std::vector<NodeId>& side : (*speakers)[i]) {
      for (const NodeId node : side) entities.push_back(node.id);
    }
    for (const StoredEdge& edge : read->out[i]) {
      if (edge.to.kind == NodeKind::kEntity) entities.push_back(edge.to.id);
    }
  }
  NameBook names(store);
  CLAIMGRAPH_RETURN_IF_ERROR(names.read_entities(std::move(entities)));
  std::vector<ClaimReport> reports;
  reports.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Result<ClaimReport> report = report_of(names, *read, i, {});
    if (!report.ok()) return report.error();
    for (std::size_t side = 0; side < kSides.size(); ++side) {
      auto& statements = kSides[side] == Relation::kAsserts ? report->asserted : report->denied;
      CLAIMGRAPH_RETURN_IF_ERROR(
          add_speakers(names, (*speakers)[i][side], kSides[side], statements));
    }
    reports.push_back(std::move(*report));
  }
  return reports;
}

void keep_dates(ClaimReport& report, const DateRange& dates) {
  if (!dates.is_set()) return;
  std::vector<std::string> outlets;
  for (auto* side : {&report.asserted, &report.denied}) {
    std::erase_if(*side, [&](const Statement& s) { return !dates.contains(s.date); });
    for (const Statement& s : *side)
      outlets.insert(outlets.end(), s.sources.begin(), s.sources.end());
  }
  std::sort(outlets.begin(), outlets.end());
  outlets.erase(std::unique(outlets.begin(), outlets.end()), outlets.end());
  report.reported_by = std::move(outlets);
}

}  // namespace claimgraph::core
