// core/store_graph.h: StoreGraph, a read-only view of a GraphStore as a graph whose
// neighbours are read from the store on demand, so that Boost.Graph algorithms (a
// neighbourhood for `render --focus`, a path for `path A B`) walk the stored graph without
// loading it. This header is Boost-free; core/store_graph_traits.h models Boost.Graph's
// IncidenceGraph concept over it and is included only by core .cpp files.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/graph_store.h"
#include "core/node_id.h"
#include "core/relation.h"
#include "core/result.h"

namespace claimgraph::core {

// Which stored edges of a node count as its out-edges in the view.
enum class EdgeDirection {
  kOut,   // the stored out-edges: the graph as stored
  kIn,    // the stored in-edges, reversed: the graph transposed
  kBoth,  // both: the graph taken as undirected (e.g. neighbourhoods, paths between entities)
};

// One stored edge as seen from `source`, the node whose out-edges were asked for.
struct StoreGraphEdge {
  NodeId source;
  NodeId target;
  Relation relation = Relation::kAsserts;
  std::uint64_t article = 0;  // the stored edge's article id, 0 if none
  bool is_reversed = false;   // true if the stored edge goes from `target` to `source`

  bool operator==(const StoreGraphEdge&) const = default;
};

// Edges shared between the iterators of one out_edges() call.
using StoreGraphEdges = std::shared_ptr<const std::vector<StoreGraphEdge>>;

// Does not own the store, which must outlive the view. Not thread-safe. Article nodes have no
// edges in the view (articles are provenance, not graph nodes).
class StoreGraph {
 public:
  StoreGraph(const GraphStore& store, EdgeDirection direction)
      : store_(&store), direction_(direction) {}

  // The edges leaving `node` in this view, each with source == node: the stored out-edges,
  // then the reversed in-edges, as `direction` says; one per stored edge, in key order. If
  // the store fails, returns no edges and remembers the first error (see status()), because
  // Boost.Graph algorithms cannot take an error: check status() after running one.
  StoreGraphEdges out_edges_of(NodeId node) const;

  // OK, or the first error the store returned while an algorithm walked the view.
  const Status& status() const { return status_; }

  const GraphStore& store() const { return *store_; }
  EdgeDirection direction() const { return direction_; }

 private:
  const GraphStore* store_;
  EdgeDirection direction_;
  mutable Status status_;  // Boost.Graph passes the graph as const
};

}  // namespace claimgraph::core
