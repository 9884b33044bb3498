// core/store_graph_traits.h: StoreGraph as a model of Boost.Graph's IncidenceGraph concept
// (graph_traits, out_edges, source, target, out_degree), so that algorithms such as
// boost::breadth_first_visit run directly over the store. Include it only from core .cpp
// files: Boost.Graph types stay out of the headers other folders see.
#pragma once

#include <cstddef>
#include <utility>

#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include "core/store_graph.h"

namespace claimgraph::core {

// Iterates the edges of one out_edges() call; keeps them alive while it exists.
class StoreGraphOutEdgeIterator
    : public boost::iterator_facade<StoreGraphOutEdgeIterator, StoreGraphEdge,
                                    boost::random_access_traversal_tag, const StoreGraphEdge&,
                                    std::ptrdiff_t> {
 public:
  StoreGraphOutEdgeIterator() = default;
  StoreGraphOutEdgeIterator(StoreGraphEdges edges, std::size_t index)
      : edges_(std::move(edges)), index_(index) {}

 private:
  friend class boost::iterator_core_access;

  const StoreGraphEdge& dereference() const { return (*edges_)[index_]; }
  bool equal(const StoreGraphOutEdgeIterator& other) const { return index_ == other.index_; }
  void increment() { ++index_; }
  void decrement() { --index_; }
  void advance(std::ptrdiff_t n) {
    index_ = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(index_) + n);
  }
  std::ptrdiff_t distance_to(const StoreGraphOutEdgeIterator& other) const {
    return static_cast<std::ptrdiff_t>(other.index_) - static_cast<std::ptrdiff_t>(index_);
  }

  StoreGraphEdges edges_;
  std::size_t index_ = 0;
};

// The IncidenceGraph functions, found by argument-dependent lookup.
inline std::pair<StoreGraphOutEdgeIterator, StoreGraphOutEdgeIterator> out_edges(
    NodeId node, const StoreGraph& graph) {
  StoreGraphEdges edges = graph.out_edges_of(node);
  const std::size_t size = edges->size();
  return {StoreGraphOutEdgeIterator(edges, 0), StoreGraphOutEdgeIterator(edges, size)};
}

inline std::size_t out_degree(NodeId node, const StoreGraph& graph) {
  return graph.out_edges_of(node)->size();
}

inline NodeId source(const StoreGraphEdge& edge, const StoreGraph& /*graph*/) {
  return edge.source;
}

inline NodeId target(const StoreGraphEdge& edge, const StoreGraph& /*graph*/) {
  return edge.target;
}

}  // namespace claimgraph::core

namespace boost {

template <>
struct graph_traits<claimgraph::core::StoreGraph> {
  using vertex_descriptor = claimgraph::core::NodeId;
  using edge_descriptor = claimgraph::core::StoreGraphEdge;
  using out_edge_iterator = claimgraph::core::StoreGraphOutEdgeIterator;
  using degree_size_type = std::size_t;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  using traversal_category = incidence_graph_tag;

  // No node has id 0: ids start at 1.
  static vertex_descriptor null_vertex() { return {}; }
};

}  // namespace boost
