// core/drawing_builder.h: chooses what `claimgraph render` draws from a GraphStore: the whole
// graph up to a number of nodes (the most connected first), or the neighbourhood of one node.
#pragma once

#include <cstddef>
#include <optional>

#include "core/drawing.h"
#include "core/graph_store.h"
#include "core/node_id.h"
#include "core/result.h"

namespace claimgraph::core {

inline constexpr std::size_t kDefaultMaxNodes = 300;

struct DrawingOptions {
  std::optional<NodeId> focus;  // draw only the neighbourhood of this entity or claim
  std::size_t depth = 2;        // with focus: how many edges away from it, in either direction
  std::size_t max_nodes = kDefaultMaxNodes;  // 0: no limit
  bool has_legend = true;
};

// A drawing and what did not fit in it.
struct BuiltDrawing {
  Drawing drawing;
  std::size_t selected_nodes = 0;  // nodes the drawing would show without max_nodes
  std::size_t omitted_nodes = 0;   // of those, left out by max_nodes
  std::size_t omitted_edges = 0;   // stored edges between selected nodes left out with them
};

// Builds the drawing `options` ask for. Without focus: every entity and claim; if there are
// more than max_nodes, the max_nodes with the most edges (ties: lower id first). With focus:
// the nodes within `depth` edges of it, taking edges as undirected; if there are more than
// max_nodes, the nearest. Articles are never drawn. Nodes are in id order, edges in (from,
// relation, to) order; the parallel edges of one relation between two nodes (one per article)
// are drawn as one, labelled with their dates. kInvalidInput if the focus is an article, kNotFound
// if it does not exist, or the store's error.
Result<BuiltDrawing> build_drawing(const GraphStore& store, const DrawingOptions& options);

}  // namespace claimgraph::core
