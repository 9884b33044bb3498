#include "core/said_query.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace claimgraph::core {
namespace {

bool passes_dates(const std::string& date, const StatementFilter& filter) {
  if (filter.since.empty() && filter.until.empty()) return true;
  if (date.empty()) return false;
  if (!filter.since.empty() && date < filter.since) return false;
  if (!filter.until.empty() && date > filter.until) return false;
  return true;
}

// Drops the stance edges whose claim is not about `entity`.
Status keep_about(const GraphStore& store, std::vector<StoredEdge>& stances,
                  std::uint64_t entity) {
  std::vector<NodeId> claims;
  for (const StoredEdge& edge : stances) claims.push_back(edge.to);
  Result<std::vector<std::vector<StoredEdge>>> about = store.out_edges_of(claims, Relation::kAbout);
  if (!about.ok()) return about.error();
  std::vector<StoredEdge> kept;
  for (std::size_t i = 0; i < stances.size(); ++i) {
    const std::vector<StoredEdge>& edges = (*about)[i];
    if (std::any_of(edges.begin(), edges.end(),
                    [entity](const StoredEdge& edge) { return edge.to.id == entity; })) {
      kept.push_back(std::move(stances[i]));
    }
  }
  stances = std::move(kept);
  return ok_status();
}

}  // namespace

Result<Statement> statement_from_edge(NameBook& names, StoredEdge edge, Claim claim,
                                      const std::vector<StoredEdge>& reports) {
  Result<std::string_view> speaker = names.entity(edge.from.id);
  if (!speaker.ok()) return speaker.error();
  Result<std::string_view> article = names.article(edge.article);
  if (!article.ok()) return article.error();
  Result<std::vector<std::string>> sources = target_names(names, reports, edge.article);
  if (!sources.ok()) return sources.error();
  return Statement{.speaker = std::string(*speaker),
                   .rel = edge.rel,
                   .claim_key = std::move(claim.key),
                   .claim_text = std::move(claim.text),
                   .date = std::move(edge.date),
                   .article = std::string(*article),
                   .quote = std::move(edge.quote),
                   .confidence = edge.confidence,
                   .rule = std::move(edge.rule),
                   .sources = std::move(*sources)};
}

Result<std::string> entity_name_of(const GraphStore& store, std::uint64_t id) {
  NameBook book(store);  // the view below lives as long as the book
  Result<std::string_view> name = book.entity(id);
  if (!name.ok()) return name.error();
  return std::string(*name);
}

Result<std::vector<std::string>> target_names(NameBook& book, const std::vector<StoredEdge>& edges,
                                              std::optional<std::uint64_t> article) {
  std::vector<std::string_view> names;  // views into the book
  for (const StoredEdge& edge : edges) {
    if (article && edge.article != *article) continue;
    Result<std::string_view> name = book.entity(edge.to.id);
    if (!name.ok()) return name.error();
    names.push_back(*name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return std::vector<std::string>(names.begin(), names.end());
}

Result<std::vector<Statement>> statements_of(const GraphStore& store, std::uint64_t speaker,
                                             const StatementFilter& filter) {
  Result<std::vector<StoredEdge>> edges =
      store.out_edges(NodeId{NodeKind::kEntity, speaker}, std::nullopt);
  if (!edges.ok()) return edges.error();
  std::erase_if(*edges, [&](const StoredEdge& edge) {
    return !is_stance(edge.rel) || !passes_dates(edge.date, filter);
  });
  if (filter.about) CLAIMGRAPH_RETURN_IF_ERROR(keep_about(store, *edges, *filter.about));
  // The claims and their reported-by edges, read in one batch each.
  std::vector<std::uint64_t> claim_ids;
  std::vector<NodeId> claim_nodes;
  for (const StoredEdge& edge : *edges) {
    claim_ids.push_back(edge.to.id);
    claim_nodes.push_back(edge.to);
  }
  Result<std::vector<std::optional<Claim>>> claims = store.get_claims(claim_ids);
  if (!claims.ok()) return claims.error();
  Result<std::vector<std::vector<StoredEdge>>> reports =
      store.out_edges_of(claim_nodes, Relation::kReportedBy);
  if (!reports.ok()) return reports.error();
  for (std::size_t i = 0; i < edges->size(); ++i) {
    if (!(*claims)[i]) {
      return make_error(ErrorCode::kCorruption,
                        "edge points to missing claim #" + std::to_string(claim_ids[i]));
    }
  }
  // Sorted before the statements are made, so that the sort moves small keys, not
  // statements; the edge's place breaks ties, as a stable sort would. Dates are ranked first
  // (a few hundred distinct ones), so that the sort compares numbers before claim keys.
  std::unordered_map<std::string_view, std::uint32_t> date_ranks;
  for (const StoredEdge& edge : *edges) date_ranks.emplace(edge.date, 0);
  std::vector<std::string_view> dates;
  for (const auto& [date, rank] : date_ranks) dates.push_back(date);
  std::sort(dates.begin(), dates.end());
  for (std::size_t rank = 0; rank < dates.size(); ++rank) {
    date_ranks[dates[rank]] = static_cast<std::uint32_t>(rank);
  }
  struct SortKey {
    std::uint32_t date_rank;
    std::string_view claim_key;
    std::size_t edge;
    auto operator<=>(const SortKey&) const = default;
  };
  std::vector<SortKey> order;
  order.reserve(edges->size());
  for (std::size_t i = 0; i < edges->size(); ++i) {
    order.push_back({date_ranks[(*edges)[i].date], (*claims)[i]->key, i});
  }
  std::sort(order.begin(), order.end());
  NameBook names(store);
  std::vector<std::uint64_t> articles;
  for (const StoredEdge& edge : *edges) articles.push_back(edge.article);
  CLAIMGRAPH_RETURN_IF_ERROR(names.read_articles(std::move(articles)));
  std::vector<Statement> statements;
  statements.reserve(edges->size());
  for (const SortKey& key : order) {
    const std::size_t i = key.edge;  // each edge, and its claim, is used once: moved
    Result<Statement> statement = statement_from_edge(names, std::move((*edges)[i]),
                                                      std::move(*(*claims)[i]), (*reports)[i]);
    if (!statement.ok()) return statement.error();
    statements.push_back(std::move(*statement));
  }
  return statements;
}

}  // namespace claimgraph::core
