#include "core/said_query.h"

#include <algorithm>
#include <tuple>

namespace claimgraph::core {
namespace {

bool passes_dates(const std::string& date, const StatementFilter& filter) {
  if (filter.since.empty() && filter.until.empty()) return true;
  if (date.empty()) return false;
  if (!filter.since.empty() && date < filter.since) return false;
  if (!filter.until.empty() && date > filter.until) return false;
  return true;
}

Result<bool> is_about(const GraphStore& store, std::uint64_t claim, std::uint64_t entity) {
  Result<std::vector<StoredEdge>> about =
      store.out_edges(NodeId{NodeKind::kClaim, claim}, Relation::kAbout);
  if (!about.ok()) return about.error();
  return std::any_of(about->begin(), about->end(),
                     [entity](const StoredEdge& edge) { return edge.to.id == entity; });
}

}  // namespace

Result<Statement> statement_from_edge(const GraphStore& store, const StoredEdge& edge) {
  Result<std::optional<Claim>> claim = store.get_claim(edge.to.id);
  if (!claim.ok()) return claim.error();
  if (!claim->has_value()) {
    return make_error(ErrorCode::kCorruption,
                      "edge points to missing claim #" + std::to_string(edge.to.id));
  }
  Result<std::string> speaker = entity_name_of(store, edge.from.id);
  if (!speaker.ok()) return speaker.error();
  Result<std::string> article = article_key_of(store, edge.article);
  if (!article.ok()) return article.error();
  Result<std::vector<std::string>> sources = sources_of(store, edge.to.id, edge.article);
  if (!sources.ok()) return sources.error();
  return Statement{.speaker = *speaker,
                   .rel = edge.rel,
                   .claim_key = (*claim)->key,
                   .claim_text = (*claim)->text,
                   .date = edge.date,
                   .article = *article,
                   .quote = edge.quote,
                   .confidence = edge.confidence,
                   .rule = edge.rule,
                   .sources = *sources};
}

Result<std::string> entity_name_of(const GraphStore& store, std::uint64_t id) {
  Result<std::optional<Entity>> entity = store.get_entity(id);
  if (!entity.ok()) return entity.error();
  if (!entity->has_value()) {
    return make_error(ErrorCode::kCorruption, "edge points to missing entity #" +
                                                  std::to_string(id));
  }
  return (*entity)->name;
}

Result<std::string> article_key_of(const GraphStore& store, std::uint64_t id) {
  if (id == 0) return std::string();
  Result<std::optional<Article>> article = store.get_article(id);
  if (!article.ok()) return article.error();
  if (!article->has_value()) {
    return make_error(ErrorCode::kCorruption, "edge points to missing article #" +
                                                  std::to_string(id));
  }
  return (*article)->key;
}

Result<std::vector<std::string>> target_names(const GraphStore& store, std::uint64_t claim,
                                              Relation rel, std::optional<std::uint64_t> article) {
  Result<std::vector<StoredEdge>> edges = store.out_edges(NodeId{NodeKind::kClaim, claim}, rel);
  if (!edges.ok()) return edges.error();
  std::vector<std::string> names;
  for (const StoredEdge& edge : *edges) {
    if (article && edge.article != *article) continue;
    Result<std::string> name = entity_name_of(store, edge.to.id);
    if (!name.ok()) return name.error();
    names.push_back(*name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Result<std::vector<std::string>> sources_of(const GraphStore& store, std::uint64_t claim,
                                            std::uint64_t article) {
  return target_names(store, claim, Relation::kReportedBy, article);
}

Result<std::vector<Statement>> statements_of(const GraphStore& store, std::uint64_t speaker,
                                             const StatementFilter& filter) {
  Result<std::vector<StoredEdge>> edges =
      store.out_edges(NodeId{NodeKind::kEntity, speaker}, std::nullopt);
  if (!edges.ok()) return edges.error();
  std::vector<Statement> statements;
  for (const StoredEdge& edge : *edges) {
    if (!is_stance(edge.rel) || !passes_dates(edge.date, filter)) continue;
    if (filter.about) {
      Result<bool> about = is_about(store, edge.to.id, *filter.about);
      if (!about.ok()) return about.error();
      if (!*about) continue;
    }
    Result<Statement> statement = statement_from_edge(store, edge);
    if (!statement.ok()) return statement.error();
    statements.push_back(std::move(*statement));
  }
  std::stable_sort(statements.begin(), statements.end(), [](const auto& a, const auto& b) {
    return std::tie(a.date, a.claim_key) < std::tie(b.date, b.claim_key);
  });
  return statements;
}

}  // namespace claimgraph::core
