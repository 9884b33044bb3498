#include "core/store_graph_neighbourhood.h"

#include <map>
#include <queue>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/property_map/property_map.hpp>

#include "core/store_graph_traits.h"

namespace claimgraph::core {
namespace {

using DepthMap = std::map<NodeId, std::size_t>;

// Records each node's depth and the discovery order.
class DepthRecorder : public boost::default_bfs_visitor {
 public:
  DepthRecorder(DepthMap& depth, std::vector<NodeAtDepth>& found)
      : depth_(&depth), found_(&found) {}

  void tree_edge(const StoreGraphEdge& edge, const StoreGraph& /*graph*/) {
    (*depth_)[edge.target] = (*depth_)[edge.source] + 1;
  }
  void discover_vertex(NodeId node, const StoreGraph& /*graph*/) {
    found_->push_back({node, (*depth_)[node]});
  }

 private:
  DepthMap* depth_;
  std::vector<NodeAtDepth>* found_;
};

// The BFS queue, refusing nodes at the depth limit: they are discovered but never expanded,
// so the search stops there without reading their edges. (breadth_first_visit pushes a node
// right after discover_vertex, when its depth is known.)
class DepthLimitedQueue {
 public:
  DepthLimitedQueue(const DepthMap& depth, std::size_t max_depth)
      : depth_(&depth), max_depth_(max_depth) {}

  void push(NodeId node) {
    if (depth_->at(node) < max_depth_) queue_.push(node);
  }
  NodeId& top() { return queue_.front(); }
  const NodeId& top() const { return queue_.front(); }
  void pop() { queue_.pop(); }
  bool empty() const { return queue_.empty(); }
  std::size_t size() const { return queue_.size(); }

 private:
  const DepthMap* depth_;
  std::size_t max_depth_;
  std::queue<NodeId> queue_;
};

}  // namespace

Result<std::vector<NodeAtDepth>> neighbourhood(const GraphStore& store, NodeId center,
                                               std::size_t max_depth) {
  const StoreGraph graph(store, EdgeDirection::kBoth);
  DepthMap depth{{center, 0}};
  std::vector<NodeAtDepth> found;
  // breadth_first_visit rather than breadth_first_search: the latter colours every vertex of
  // the graph first, which needs a VertexListGraph and would touch the whole store. Unseen
  // nodes are white (the map's default value).
  std::map<NodeId, boost::default_color_type> colors;
  DepthLimitedQueue queue(depth, max_depth);
  boost::breadth_first_visit(graph, center, queue, DepthRecorder(depth, found),
                             boost::associative_property_map(colors));
  if (!graph.status().ok()) return graph.status().error();
  return found;
}

}  // namespace claimgraph::core
