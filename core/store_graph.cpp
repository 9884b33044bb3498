#include "core/store_graph.h"

#include <utility>

namespace claimgraph::core {

StoreGraphEdges StoreGraph::out_edges_of(NodeId node) const {
  auto edges = std::make_shared<std::vector<StoreGraphEdge>>();
  if (node.kind == NodeKind::kArticle || !status_.ok()) return edges;
  if (direction_ != EdgeDirection::kIn) {
    Result<std::vector<StoredEdge>> stored = store_->out_edges(node, std::nullopt);
    if (!stored.ok()) {
      status_ = stored.error();
      return std::make_shared<std::vector<StoreGraphEdge>>();
    }
    for (const StoredEdge& e : *stored) {
      edges->push_back({.source = node,
                        .target = e.to,
                        .relation = e.rel,
                        .article = e.article,
                        .is_reversed = false});
    }
  }
  if (direction_ != EdgeDirection::kOut) {
    Result<std::vector<StoredEdge>> stored = store_->in_edges(node, std::nullopt);
    if (!stored.ok()) {
      status_ = stored.error();
      return std::make_shared<std::vector<StoreGraphEdge>>();
    }
    for (const StoredEdge& e : *stored) {
      edges->push_back({.source = node,
                        .target = e.from,
                        .relation = e.rel,
                        .article = e.article,
                        .is_reversed = true});
    }
  }
  return edges;
}

}  // namespace claimgraph::core
