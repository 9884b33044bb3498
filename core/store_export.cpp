#include "core/store_export.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::core {
namespace {

// How many claims are read before their `about` edges are looked up in one pass.
constexpr std::size_t kClaimsPerBatch = 10'000;

// The names of one kind of node by id, added in increasing id order (as the scans give them)
// and kept in one buffer: a map of a million strings took most of an export's memory and
// time, its lookups missing the cache at every edge.
class NameTable {
 public:
  void add(std::uint64_t id, std::string_view name) {
    ids_.push_back(id);
    names_ += name;
    ends_.push_back(names_.size());
  }

  // The name of `id`, or "" if no node of this kind has it (an edge to a missing node, which
  // `check` reports).
  std::string_view of(std::uint64_t id) const {
    const auto found = std::lower_bound(ids_.begin(), ids_.end(), id);
    if (found == ids_.end() || *found != id) return {};
    const auto i = static_cast<std::size_t>(found - ids_.begin());
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(names_).substr(begin, ends_[i] - begin);
  }

 private:
  std::vector<std::uint64_t> ids_;
  std::vector<std::size_t> ends_;  // where each name ends in names_
  std::string names_;
};

// Names of every node, gathered once so that edges can name their ends.
struct NodeNames {
  NameTable entities, claims, articles;

  std::string_view of(NodeId node) const {
    const NameTable& names = node.kind == NodeKind::kEntity  ? entities
                             : node.kind == NodeKind::kClaim ? claims
                                                             : articles;
    return names.of(node.id);
  }
};

bool has_provenance(const StoredEdge& edge) {
  return edge.article != 0 || !edge.date.empty() || !edge.quote.empty() || edge.confidence ||
         !edge.rule.empty();
}

Edge to_edge(const StoredEdge& stored, const NodeNames& names) {
  return Edge{.rel = stored.rel,
              .from = std::string(names.of(stored.from)),
              .to = std::string(names.of(stored.to)),
              .provenance = Provenance{.article = std::string(names.articles.of(stored.article)),
                                       .date = stored.date,
                                       .quote = stored.quote,
                                       .confidence = stored.confidence,
                                       .rule = stored.rule}};
}

// Completes each claim of `batch` with its `about` list (its about edges without provenance;
// the others are exported as edges), emits them, and empties `batch`.
Status emit_claims(const GraphStore& store, const NodeNames& names,
                   std::vector<std::pair<std::uint64_t, Claim>>& batch,
                   const std::function<void(const Record&)>& emit) {
  std::vector<NodeId> nodes;
  for (const auto& [id, claim] : batch) nodes.push_back({NodeKind::kClaim, id});
  Result<std::vector<std::vector<StoredEdge>>> about = store.out_edges_of(nodes, Relation::kAbout);
  if (!about.ok()) return about.error();
  for (std::size_t i = 0; i < batch.size(); ++i) {
    Claim& claim = batch[i].second;
    for (const StoredEdge& edge : (*about)[i]) {
      if (!has_provenance(edge)) claim.about.emplace_back(names.of(edge.to));
    }
    emit(claim);
  }
  batch.clear();
  return ok_status();
}

}  // namespace

Status export_records(const GraphStore& store, const std::function<void(const Record&)>& emit) {
  NodeNames names;
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_articles([&](std::uint64_t id, const Article& article) {
    names.articles.add(id, article.key);
    emit(article);
    return true;
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_entities([&](std::uint64_t id, const Entity& entity) {
    names.entities.add(id, entity.name);
    emit(entity);
    return true;
  }));
  // Claims go out a batch at a time, never all held at once.
  std::vector<std::pair<std::uint64_t, Claim>> batch;
  Status emitted = ok_status();
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_claims([&](std::uint64_t id, const Claim& claim) {
    names.claims.add(id, claim.key);
    batch.emplace_back(id, claim);
    if (batch.size() == kClaimsPerBatch) emitted = emit_claims(store, names, batch, emit);
    return emitted.ok();
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(emitted);
  CLAIMGRAPH_RETURN_IF_ERROR(emit_claims(store, names, batch, emit));
  return store.scan_edges([&](const StoredEdge& stored) {
    if (stored.rel != Relation::kAbout || has_provenance(stored)) emit(to_edge(stored, names));
    return true;
  });
}

}  // namespace claimgraph::core
