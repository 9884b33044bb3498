#include "core/drawing_builder.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/drawing_filter.h"

namespace claimgraph::core {
namespace {

using NodeSet = std::set<NodeId>;

// The nodes a drawing of the whole graph may show, best first, and the count of stored edges
// between all of them.
struct Selection {
  std::vector<NodeId> ranked;
  std::size_t edge_count = 0;
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

// The best max_nodes entities and claims by the edges `filter` accepts; `total` gets the number
// of all of them (the others are only counted, so that a large store is never held in memory).
// A dated filter drops the nodes it leaves without edges.
Result<Selection> select_whole_graph(const GraphStore& store, std::size_t max_nodes,
                                     const EdgeFilter& filter, std::size_t& total) {
  std::map<NodeId, std::size_t> degree;
  std::size_t edge_count = 0;
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_edges([&](const StoredEdge& edge) {
    if (edge.from.kind == NodeKind::kArticle || edge.to.kind == NodeKind::kArticle) return true;
    if (!filter.accepts(edge)) return true;
    ++degree[edge.from];
    ++degree[edge.to];
    ++edge_count;
    return true;
  }));
  BestNodes best(max_nodes);
  auto offer = [&](NodeId node) {
    const auto it = degree.find(node);
    if (it == degree.end() && filter.is_dated()) return true;
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

// Draws `edges`, one drawn edge per (from, relation, to) labelled with the dates of its stored
// edges.
void draw_edges(const std::vector<StoredEdge>& edges, Drawing& drawing) {
  std::map<std::tuple<NodeId, Relation, NodeId>, std::set<std::string>> groups;
  for (const StoredEdge& edge : edges) {
    std::set<std::string>& dates = groups[{edge.from, edge.rel, edge.to}];
    if (!edge.date.empty()) dates.insert(edge.date);
  }
  for (const auto& [ends, dates] : groups) {
    drawing.edges.push_back({.from = drawing_node_id(std::get<0>(ends)),
                             .to = drawing_node_id(std::get<2>(ends)),
                             .relation = std::get<1>(ends),
                             .label = dates_label(dates)});
  }
}

// Adds the first max_nodes of `ranked` to `built` in id order, marking `centre`; returns the
// nodes the store has (an edge to a missing node: `check` reports it, we skip it).
Result<NodeSet> add_nodes(const GraphStore& store, std::vector<NodeId> ranked,
                          std::size_t max_nodes, std::optional<NodeId> centre,
                          BuiltDrawing& built) {
  if (max_nodes != 0 && ranked.size() > max_nodes) ranked.resize(max_nodes);
  NodeSet kept;
  for (const NodeId node : NodeSet(ranked.begin(), ranked.end())) {
    Result<bool> added = add_node(store, node, built.drawing);
    if (!added.ok()) return added.error();
    if (!*added) continue;
    kept.insert(node);
    if (node == centre) built.drawing.nodes.back().is_focus = true;
  }
  return kept;
}

// The whole graph (within options.dates), the most connected first.
Result<BuiltDrawing> build_whole_graph(const GraphStore& store, const DrawingOptions& options) {
  Result<EdgeFilter> filter = whole_graph_filter(store, options.dates);
  if (!filter.ok()) return filter.error();
  std::size_t total = 0;
  Result<Selection> selection = select_whole_graph(store, options.max_nodes, *filter, total);
  if (!selection.ok()) return selection.error();
  BuiltDrawing built;
  built.drawing.has_legend = options.has_legend;
  Result<NodeSet> kept =
      add_nodes(store, selection->ranked, options.max_nodes, std::nullopt, built);
  if (!kept.ok()) return kept.error();
  std::vector<StoredEdge> drawn;
  for (const NodeId node : *kept) {
    Result<std::vector<StoredEdge>> edges = store.out_edges(node, std::nullopt);
    if (!edges.ok()) return edges.error();
    for (StoredEdge& edge : *edges) {
      if (kept->contains(edge.to) && filter->accepts(edge)) drawn.push_back(std::move(edge));
    }
  }
  draw_edges(drawn, built.drawing);
  built.selected_nodes = total;
  built.omitted_nodes = total - std::min(total, built.drawing.nodes.size());
  built.omitted_edges = selection->edge_count - std::min(selection->edge_count, drawn.size());
  return built;
}

// `graph` capped at max_nodes (its first nodes), centred on `centre`.
Result<BuiltDrawing> draw_subgraph(const GraphStore& store, const Subgraph& graph,
                                   const DrawingOptions& options, NodeId centre) {
  BuiltDrawing built;
  built.drawing.has_legend = options.has_legend;
  Result<NodeSet> kept = add_nodes(store, graph.nodes, options.max_nodes, centre, built);
  if (!kept.ok()) return kept.error();
  std::vector<StoredEdge> drawn;
  for (const StoredEdge& edge : graph.edges) {
    if (kept->contains(edge.from) && kept->contains(edge.to)) drawn.push_back(edge);
  }
  draw_edges(drawn, built.drawing);
  built.selected_nodes = graph.nodes.size();
  const std::size_t cap = options.max_nodes == 0 ? graph.nodes.size() : options.max_nodes;
  built.omitted_nodes = graph.nodes.size() - std::min(graph.nodes.size(), cap);
  built.omitted_edges = graph.edges.size() - drawn.size();
  return built;
}

// Keeps the nodes of `near` that are in `about` (the focus always), with about's edges
// between them: the part of a focus's neighbourhood that concerns the claims about an entity.
Subgraph intersect(const Subgraph& near, const Subgraph& about) {
  const NodeSet allowed(about.nodes.begin(), about.nodes.end());
  Subgraph both;
  for (const NodeId node : near.nodes) {
    if (both.nodes.empty() || allowed.contains(node)) both.nodes.push_back(node);
  }
  const NodeSet kept(both.nodes.begin(), both.nodes.end());
  for (const StoredEdge& edge : about.edges) {
    if (kept.contains(edge.from) && kept.contains(edge.to)) both.edges.push_back(edge);
  }
  return both;
}

// The nodes and edges that focus, about or claim select, within the dates, best first.
Result<Subgraph> select_subgraph(const GraphStore& store, const DrawingOptions& options,
                                 NodeId centre) {
  Result<Subgraph> graph = options.claim   ? claim_subgraph(store, *options.claim)
                           : options.about ? about_subgraph(store, *options.about)
                                           : focus_subgraph(store, *options.focus, options.depth);
  if (!graph.ok()) return graph;
  if (options.focus && options.about) {
    Result<Subgraph> near = focus_subgraph(store, *options.focus, options.depth);
    if (!near.ok()) return near;
    *graph = intersect(*near, *graph);
  }
  filter_by_dates(*graph, options.dates, centre);
  if (!options.focus) rank_by_degree(*graph);  // a focus ranks its nodes by distance
  return graph;
}

// Checks that `node` exists and, if `kind` is set, is of that kind; `role` names it in
// messages ("focus", "about entity", "claim").
Status check_node(const GraphStore& store, NodeId node, std::optional<NodeKind> kind,
                  const std::string& role) {
  const std::string id = drawing_node_id(node);
  if (node.kind == NodeKind::kArticle) {
    return make_error(ErrorCode::kInvalidInput, "cannot draw article " + id + " as the " + role +
                                                    ": only entities and claims are drawn");
  }
  if (kind && node.kind != *kind) {
    return make_error(ErrorCode::kInvalidInput,
                      "cannot draw " + id + " as the " + role + ": it is not " +
                          (*kind == NodeKind::kEntity ? "an entity" : "a claim"));
  }
  Drawing probe;
  Result<bool> exists = add_node(store, node, probe);
  if (!exists.ok()) return exists.error();
  if (!*exists) return make_error(ErrorCode::kNotFound, "no node " + id + " in the store");
  return ok_status();
}

Status check_options(const GraphStore& store, const DrawingOptions& options) {
  if (options.claim && (options.focus || options.about)) {
    return make_error(ErrorCode::kInvalidInput,
                      "a claim's neighbourhood cannot be combined with a focus or with the claims "
                      "about an entity");
  }
  if (options.focus) {
    CLAIMGRAPH_RETURN_IF_ERROR(check_node(store, *options.focus, std::nullopt, "focus"));
  }
  if (options.about) {
    CLAIMGRAPH_RETURN_IF_ERROR(
        check_node(store, *options.about, NodeKind::kEntity, "about entity"));
  }
  if (options.claim) {
    CLAIMGRAPH_RETURN_IF_ERROR(check_node(store, *options.claim, NodeKind::kClaim, "claim"));
  }
  return ok_status();
}

}  // namespace

Result<BuiltDrawing> build_drawing(const GraphStore& store, const DrawingOptions& options) {
  CLAIMGRAPH_RETURN_IF_ERROR(check_options(store, options));
  if (!options.focus && !options.about && !options.claim) {
    return build_whole_graph(store, options);
  }
  const NodeId centre = options.focus   ? *options.focus
                        : options.about ? *options.about
                                        : *options.claim;
  Result<Subgraph> graph = select_subgraph(store, options, centre);
  if (!graph.ok()) return graph.error();
  return draw_subgraph(store, *graph, options, centre);
}

}  // namespace claimgraph::core
