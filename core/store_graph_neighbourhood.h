// core/store_graph_neighbourhood.h: the nodes near a node of the stored graph, edges taken
// as undirected, found by a breadth-first search over StoreGraph that reads only the nodes it
// expands. Used by `render --focus`.
#pragma once

#include <cstddef>
#include <vector>

#include "core/graph_store.h"
#include "core/node_id.h"
#include "core/result.h"

namespace claimgraph::core {

struct NodeAtDepth {
  NodeId node;
  std::size_t depth = 0;  // edges between the centre and `node`

  bool operator==(const NodeAtDepth&) const = default;
};

// The nodes at most `max_depth` edges from `center` over out- and in-edges, `center` first at
// depth 0, then in breadth-first order (nearest first). Nodes at `max_depth` are not expanded,
// so their neighbours are never read. Does not check that `center` exists. Fails with the
// store's error.
Result<std::vector<NodeAtDepth>> neighbourhood(const GraphStore& store, NodeId center,
                                               std::size_t max_depth);

}  // namespace claimgraph::core
