#include "core/path_query.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <queue>
#include <string>
#include <unordered_map>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/property_map/property_map.hpp>

#include "core/store_graph_traits.h"

namespace claimgraph::core {
namespace {

struct NodeIdHash {
  std::size_t operator()(NodeId node) const {
    return std::hash<std::uint64_t>{}(node.id ^
                                      (std::uint64_t{static_cast<unsigned char>(node.kind)} << 56));
  }
};

// A neighbour one step nearer the source, and the edge that joins them.
struct Predecessor {
  NodeId node;
  Relation rel = Relation::kAsserts;
  bool is_forward = true;  // the stored edge goes from `node` to the node it precedes

  auto operator<=>(const Predecessor&) const = default;
};

struct Visit {
  std::size_t distance = 0;
  std::vector<Predecessor> predecessors;  // every neighbour at distance - 1
};

// What the search knows: each visited node's distance and predecessors, and how far to go.
class SearchState {
 public:
  SearchState(NodeId source, NodeId goal, const PathOptions& options)
      : goal_(goal), cutoff_(options.max_hops), max_visited_(options.max_visited) {
    visits_[source] = Visit{};
  }

  // Records `edge` if it reaches its target on a shortest path from the source. Parallel
  // edges (one per article) come one after the other and are recorded once.
  void relax(const StoreGraphEdge& edge) {
    if (edge.target.kind == NodeKind::kArticle) return;
    const std::size_t distance = visits_.at(edge.source).distance + 1;
    auto found = visits_.find(edge.target);
    if (found == visits_.end()) {
      if (visits_.size() >= max_visited_) {
        is_over_limit_ = true;
        return;
      }
      found = visits_.emplace(edge.target, Visit{.distance = distance, .predecessors = {}}).first;
      if (edge.target == goal_) cutoff_ = distance;
    }
    if (found->second.distance != distance) return;
    const Predecessor step{edge.source, edge.relation, !edge.is_reversed};
    std::vector<Predecessor>& predecessors = found->second.predecessors;
    if (predecessors.empty() || predecessors.back() != step) predecessors.push_back(step);
  }

  // True if `node` is to be expanded: visited, nearer than the goal and than max_hops.
  bool is_to_expand(NodeId node) const {
    if (is_over_limit_) return false;
    auto found = visits_.find(node);
    return found != visits_.end() && found->second.distance < cutoff_;
  }

  bool is_over_limit() const { return is_over_limit_; }
  std::size_t visited_count() const { return visits_.size(); }
  bool has_reached(NodeId node) const { return visits_.contains(node); }
  std::vector<Predecessor>& predecessors(NodeId node) { return visits_.at(node).predecessors; }

 private:
  NodeId goal_;
  std::size_t cutoff_;
  std::size_t max_visited_;
  bool is_over_limit_ = false;
  std::unordered_map<NodeId, Visit, NodeIdHash> visits_;
};

class PredecessorRecorder : public boost::default_bfs_visitor {
 public:
  explicit PredecessorRecorder(SearchState& state) : state_(&state) {}
  void examine_edge(const StoreGraphEdge& edge, const StoreGraph& /*graph*/) {
    state_->relax(edge);
  }

 private:
  SearchState* state_;
};

// The BFS queue, holding back the nodes the search must not expand: those at the goal's
// distance (its level is finished once they are reached) or at max_hops, and everything once
// the search is over its node limit. Their edges are never read.
class CutoffQueue {
 public:
  explicit CutoffQueue(const SearchState& state) : state_(&state) {}

  void push(NodeId node) {
    if (state_->is_to_expand(node)) queue_.push(node);
  }
  bool empty() {
    while (!queue_.empty() && !state_->is_to_expand(queue_.front())) queue_.pop();
    return queue_.empty();
  }
  NodeId& top() { return queue_.front(); }
  const NodeId& top() const { return queue_.front(); }
  void pop() { queue_.pop(); }
  std::size_t size() const { return queue_.size(); }

 private:
  const SearchState* state_;
  std::queue<NodeId> queue_;
};

using NodePath = std::vector<std::pair<NodeId, Predecessor>>;  // node and how it was reached

// Walks predecessors back from `node` to the source, depth first in predecessor order,
// appending each complete path (source first) to `paths` until there are `limit`.
void collect_paths(SearchState& state, NodeId node, NodePath& suffix, std::size_t limit,
                   std::vector<NodePath>& paths) {
  std::vector<Predecessor>& predecessors = state.predecessors(node);
  if (predecessors.empty()) {  // the source
    paths.emplace_back(suffix.rbegin(), suffix.rend());
    return;
  }
  std::sort(predecessors.begin(), predecessors.end());
  for (const Predecessor& step : predecessors) {
    if (paths.size() >= limit) return;
    suffix.emplace_back(node, step);
    collect_paths(state, step.node, suffix, limit, paths);
    suffix.pop_back();
  }
}

// The number of shortest paths from the source to `node`, memoized in `counts`; saturates.
std::uint64_t count_paths(SearchState& state, NodeId node,
                          std::unordered_map<NodeId, std::uint64_t, NodeIdHash>& counts) {
  if (auto found = counts.find(node); found != counts.end()) return found->second;
  const std::vector<Predecessor>& predecessors = state.predecessors(node);
  std::uint64_t count = predecessors.empty() ? 1 : 0;  // the source
  for (const Predecessor& step : predecessors) {
    const std::uint64_t more = count_paths(state, step.node, counts);
    count = more > UINT64_MAX - count ? UINT64_MAX : count + more;
  }
  counts.emplace(node, count);
  return count;
}

// Labels every node of `paths`, reading each record once.
Result<std::vector<EntityPath>> label_paths(const GraphStore& store, NodeId source,
                                            const std::vector<NodePath>& paths) {
  std::map<NodeId, NodeLabel> labels;
  auto label = [&](NodeId node) -> Result<NodeLabel> {
    if (auto found = labels.find(node); found != labels.end()) return found->second;
    Result<NodeLabel> read = label_of(store, node);
    if (read.ok()) labels.emplace(node, *read);
    return read;
  };
  std::vector<EntityPath> labelled;
  for (const NodePath& path : paths) {
    Result<NodeLabel> start = label(source);
    if (!start.ok()) return start.error();
    EntityPath entity_path{.start = *start, .hops = {}};
    for (const auto& [node, step] : path) {
      Result<NodeLabel> reached = label(node);
      if (!reached.ok()) return reached.error();
      entity_path.hops.push_back(
          {.rel = step.rel, .is_forward = step.is_forward, .node = *reached});
    }
    labelled.push_back(std::move(entity_path));
  }
  return labelled;
}

}  // namespace

Result<PathSearch> shortest_paths(const GraphStore& store, std::uint64_t from, std::uint64_t to,
                                  const PathOptions& options) {
  const NodeId source{NodeKind::kEntity, from};
  const NodeId goal{NodeKind::kEntity, to};
  if (source == goal) {
    Result<std::vector<EntityPath>> self = label_paths(store, source, {NodePath{}});
    if (!self.ok()) return self.error();
    self->resize(std::min(self->size(), options.limit));
    return PathSearch{.paths = std::move(*self), .shortest_count = 1, .visited_nodes = 1};
  }
  const StoreGraph graph(store, EdgeDirection::kBoth);
  SearchState state(source, goal, options);
  CutoffQueue queue(state);
  // breadth_first_visit, not breadth_first_search: the latter colours every vertex first,
  // which would need a VertexListGraph and touch the whole store. Unseen nodes are white.
  std::unordered_map<NodeId, boost::default_color_type, NodeIdHash> colors;
  boost::breadth_first_visit(graph, source, queue, PredecessorRecorder(state),
                             boost::associative_property_map(colors));
  if (!graph.status().ok()) return graph.status().error();
  if (state.is_over_limit() && !state.has_reached(goal)) {
    return make_error(ErrorCode::kInvalidInput, "the path search visited " +
                                                    std::to_string(options.max_visited) +
                                                    " nodes without finishing: try fewer hops");
  }
  PathSearch search{.paths = {}, .shortest_count = 0, .visited_nodes = state.visited_count()};
  if (!state.has_reached(goal)) return search;
  std::vector<NodePath> paths;
  NodePath suffix;
  collect_paths(state, goal, suffix, options.limit, paths);
  Result<std::vector<EntityPath>> labelled = label_paths(store, source, paths);
  if (!labelled.ok()) return labelled.error();
  search.paths = std::move(*labelled);
  std::unordered_map<NodeId, std::uint64_t, NodeIdHash> counts;
  search.shortest_count = count_paths(state, goal, counts);
  return search;
}

}  // namespace claimgraph::core
