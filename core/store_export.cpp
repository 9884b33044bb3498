#include "core/store_export.h"

#include <algorithm>
#include <map>

namespace claimgraph::core {
namespace {

// Names of every node by id, gathered once so that edges can name their ends.
struct NodeNames {
  std::map<std::uint64_t, std::string> entities, claims, articles;

  const std::string& of(NodeId node) const {
    static const std::string kMissing;
    const auto& names = node.kind == NodeKind::kEntity  ? entities
                        : node.kind == NodeKind::kClaim ? claims
                                                        : articles;
    auto found = names.find(node.id);
    return found == names.end() ? kMissing : found->second;
  }
};

bool has_provenance(const StoredEdge& edge) {
  return edge.article != 0 || !edge.date.empty() || !edge.quote.empty() || edge.confidence ||
         !edge.rule.empty();
}

Edge to_edge(const StoredEdge& stored, const NodeNames& names) {
  return Edge{.rel = stored.rel,
              .from = names.of(stored.from),
              .to = names.of(stored.to),
              .provenance = Provenance{.article = names.articles.count(stored.article)
                                                      ? names.articles.at(stored.article)
                                                      : "",
                                       .date = stored.date,
                                       .quote = stored.quote,
                                       .confidence = stored.confidence,
                                       .rule = stored.rule}};
}

}  // namespace

Status export_records(const GraphStore& store, const std::function<void(const Record&)>& emit) {
  NodeNames names;
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_articles([&](std::uint64_t id, const Article& article) {
    names.articles[id] = article.key;
    emit(article);
    return true;
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_entities([&](std::uint64_t id, const Entity& entity) {
    names.entities[id] = entity.name;
    emit(entity);
    return true;
  }));
  std::vector<std::pair<std::uint64_t, Claim>> claims;
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_claims([&](std::uint64_t id, const Claim& claim) {
    names.claims[id] = claim.key;
    claims.emplace_back(id, claim);
    return true;
  }));
  for (auto& [id, claim] : claims) {
    Result<std::vector<StoredEdge>> about =
        store.out_edges(NodeId{NodeKind::kClaim, id}, Relation::kAbout);
    if (!about.ok()) return about.error();
    for (const StoredEdge& edge : *about) {
      if (!has_provenance(edge)) claim.about.push_back(names.of(edge.to));
    }
    emit(claim);
  }
  return store.scan_edges([&](const StoredEdge& stored) {
    if (stored.rel != Relation::kAbout || has_provenance(stored)) emit(to_edge(stored, names));
    return true;
  });
}

}  // namespace claimgraph::core
