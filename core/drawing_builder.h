// core/drawing_builder.h: chooses what `claimgraph render` draws from a GraphStore: the whole
// graph up to a number of nodes (the most connected first), the neighbourhood of one node, the
// claims about an entity or one claim's neighbourhood, optionally only within a date range.
#pragma once

#include <cstddef>
#include <optional>

#include "core/date_range.h"
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
  std::optional<NodeId> about;  // draw only the claims about this entity, with their ends
  std::optional<NodeId> claim;  // draw only this claim and its ends (not with focus or about)
  DateRange dates;  // if set: only stance and reported-by edges dated within it, the about
                    // edges of claims that keep one, and the nodes that keep an edge
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
// are drawn as one, labelled with their dates.
// With about: the claims with an about edge to it, every edge of theirs and the nodes at the
// other ends (speakers, outlets, about targets); with focus too, only those of them within
// `depth` of the focus. With claim: the claim and every node one edge from it. Above max_nodes,
// about and claim keep the most connected within the selection. The focus, about entity or
// claim is always drawn, as the focus, even when dates leave it without edges.
// kInvalidInput if claim is set with focus or about, if the focus is an article, the about node
// is no entity or the claim node no claim; kNotFound if one of them does not exist; or the
// store's error.
Result<BuiltDrawing> build_drawing(const GraphStore& store, const DrawingOptions& options);

}  // namespace claimgraph::core
