#include "core/drawing_builder.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/store_graph_neighbourhood.h"

namespace claimgraph::core {
namespace {

using NodeSet = std::set<NodeId>;

// The nodes a drawing may show, best first, and the count of stored edges between them if
// it is already known.
struct Selection {
  std::vector<NodeId> ranked;
  std::optional<std::size_t> edge_count;
};

struct Ranked {
  std::size_t degree = 0;
  NodeId node;
};

// More edges first, then lower id.
bool is_better(const Ranked& a, const Ranked& b) {
  return a.degree != b.degree ? a.degree > b.degree : a.node < b.node;
}

// Keeps the best `limit` nodes offered (all of them if limit is 0) in a heap whose top is the
// worst kept, so the whole graph never has to be held in memory.
class BestNodes {
 public:
  explicit BestNodes(std::size_t limit) : limit_(limit) {}

  void offer(Ranked candidate) {
    ++offered_;
    if (limit_ != 0 && heap_.size() == limit_) {
      if (!is_better(candidate, heap_.front())) return;
      std::pop_heap(heap_.begin(), heap_.end(), is_better);
      heap_.pop_back();
    }
    heap_.push_back(candidate);
    std::push_heap(heap_.begin(), heap_.end(), is_better);
  }

  std::size_t offered() const { return offered_; }

  std::vector<NodeId> best_first() {
    std::sort(heap_.begin(), heap_.end(), is_better);
    std::vector<NodeId> nodes;
    for (const Ranked& r : heap_) nodes.push_back(r.node);
    return nodes;
  }

 private:
  std::size_t limit_;
  std::size_t offered_ = 0;
  std::vector<Ranked> heap_;
};

// The best max_nodes entities and claims by edge count; `total` gets the number of all of them
// (the others are only counted, so that a large store is never held in memory).
Result<Selection> select_whole_graph(const GraphStore& store, std::size_t max_nodes,
                                     std::size_t& total) {
  std::map<NodeId, std::size_t> degree;
  std::size_t edge_count = 0;
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_edges([&](const StoredEdge& edge) {
    if (edge.from.kind == NodeKind::kArticle || edge.to.kind == NodeKind::kArticle) return true;
    ++degree[edge.from];
    ++degree[edge.to];
    ++edge_count;
    return true;
  }));
  BestNodes best(max_nodes);
  auto offer = [&](NodeId node) {
    const auto it = degree.find(node);
    best.offer({it == degree.end() ? 0 : it->second, node});
    return true;
  };
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_entities([&](std::uint64_t id, const Entity&) {
    return offer({NodeKind::kEntity, id});
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_claims([&](std::uint64_t id, const Claim&) {
    return offer({NodeKind::kClaim, id});
  }));
  total = best.offered();
  return Selection{best.best_first(), edge_count};
}

// Adds the node `id` stands for to `drawing`; returns false if the store has no such node.
Result<bool> add_node(const GraphStore& store, NodeId id, Drawing& drawing) {
  if (id.kind == NodeKind::kEntity) {
    Result<std::optional<Entity>> entity = store.get_entity(id.id);
    if (!entity.ok()) return entity.error();
    if (!*entity) return false;
    drawing.nodes.push_back(entity_drawing_node(id.id, **entity));
    return true;
  }
  if (id.kind == NodeKind::kClaim) {
    Result<std::optional<Claim>> claim = store.get_claim(id.id);
    if (!claim.ok()) return claim.error();
    if (!*claim) return false;
    drawing.nodes.push_back(claim_drawing_node(id.id, **claim));
    return true;
  }
  return false;
}

// "2022-12-19", "2022-12-19, 2022-12-20" or, for many, "2022-12-19 .. 2023-01-05 (7 dates)".
std::string dates_label(const std::set<std::string>& dates) {
  if (dates.size() > 3) {
    return *dates.begin() + " .. " + *dates.rbegin() + " (" + std::to_string(dates.size()) +
           " dates)";
  }
  std::string label;
  for (const std::string& date : dates) {
    if (!label.empty()) label += ", ";
    label += to_valid_utf8(date);
  }
  return label;
}

struct EdgeCounts {
  std::size_t drawn = 0;    // stored edges drawn (several may share one drawn edge)
  std::size_t omitted = 0;  // stored edges between `selected` nodes not both `kept`
};

// Draws the stored out-edges of the `walk` nodes that join two `kept` nodes, one drawn edge
// per (from, relation, to).
Result<EdgeCounts> add_edges(const GraphStore& store, const std::vector<NodeId>& walk,
                             const NodeSet& kept, const NodeSet& selected, Drawing& drawing) {
  std::map<std::tuple<NodeId, Relation, NodeId>, std::set<std::string>> groups;
  EdgeCounts counts;
  for (const NodeId node : walk) {
    Result<std::vector<StoredEdge>> edges = store.out_edges(node, std::nullopt);
    if (!edges.ok()) return edges.error();
    for (const StoredEdge& edge : *edges) {
      if (kept.contains(edge.from) && kept.contains(edge.to)) {
        ++counts.drawn;
        std::set<std::string>& dates = groups[{edge.from, edge.rel, edge.to}];
        if (!edge.date.empty()) dates.insert(edge.date);
      } else if (selected.contains(edge.from) && selected.contains(edge.to)) {
        ++counts.omitted;
      }
    }
  }
  for (const auto& [ends, dates] : groups) {
    drawing.edges.push_back({.from = drawing_node_id(std::get<0>(ends)),
                             .to = drawing_node_id(std::get<2>(ends)),
                             .relation = std::get<1>(ends),
                             .label = dates_label(dates)});
  }
  return counts;
}

Result<Selection> select_focus(const GraphStore& store, NodeId focus, std::size_t depth) {
  if (focus.kind == NodeKind::kArticle) {
    return make_error(ErrorCode::kInvalidInput, "cannot focus on article " +
                                                    drawing_node_id(focus) +
                                                    ": only entities and claims are drawn");
  }
  Drawing probe;
  Result<bool> exists = add_node(store, focus, probe);
  if (!exists.ok()) return exists.error();
  if (!*exists) {
    return make_error(ErrorCode::kNotFound, "no node " + drawing_node_id(focus) + " in the store");
  }
  Result<std::vector<NodeAtDepth>> near = neighbourhood(store, focus, depth);
  if (!near.ok()) return near.error();
  Selection selection;
  for (const NodeAtDepth& found : *near) selection.ranked.push_back(found.node);
  return selection;
}

}  // namespace

Result<BuiltDrawing> build_drawing(const GraphStore& store, const DrawingOptions& options) {
  std::size_t total = 0;
  Result<Selection> selection = options.focus ? select_focus(store, *options.focus, options.depth)
                                              : select_whole_graph(store, options.max_nodes, total);
  if (!selection.ok()) return selection.error();
  std::vector<NodeId>& ranked = selection->ranked;
  if (options.focus) total = ranked.size();

  const NodeSet selected(ranked.begin(), ranked.end());
  if (options.max_nodes != 0 && ranked.size() > options.max_nodes) ranked.resize(options.max_nodes);
  NodeSet kept;
  BuiltDrawing built;
  built.drawing.has_legend = options.has_legend;
  for (const NodeId node : NodeSet(ranked.begin(), ranked.end())) {  // in id order
    Result<bool> added = add_node(store, node, built.drawing);
    if (!added.ok()) return added.error();
    if (!*added) continue;  // an edge to a missing node: `check` reports it, we skip it
    kept.insert(node);
    if (options.focus && node == *options.focus) built.drawing.nodes.back().is_focus = true;
  }

  // With the whole graph the edge total is known and only kept nodes need reading; with a
  // focus, every selected node is read to count the edges left out.
  const std::vector<NodeId> walk = selection->edge_count
                                       ? std::vector<NodeId>(kept.begin(), kept.end())
                                       : std::vector<NodeId>(selected.begin(), selected.end());
  Result<EdgeCounts> counts = add_edges(store, walk, kept, selected, built.drawing);
  if (!counts.ok()) return counts.error();
  built.selected_nodes = total;
  built.omitted_nodes = total - std::min(total, ranked.size());
  built.omitted_edges =
      selection->edge_count ? *selection->edge_count - counts->drawn : counts->omitted;
  return built;
}

}  // namespace claimgraph::core
