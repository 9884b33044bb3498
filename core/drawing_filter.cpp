#include "core/drawing_filter.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "core/store_graph_neighbourhood.h"

namespace claimgraph::core {
namespace {

// True for the edges a date range applies to: a speaker's statement, an outlet's report.
bool is_dated_relation(Relation rel) { return is_stance(rel) || rel == Relation::kReportedBy; }

// The claim an edge belongs to (every relation has a claim at one end).
NodeId claim_of(const StoredEdge& edge) {
  return edge.from.kind == NodeKind::kClaim ? edge.from : edge.to;
}

bool is_drawable(const StoredEdge& edge) {
  return edge.from.kind != NodeKind::kArticle && edge.to.kind != NodeKind::kArticle;
}

// Every edge into or out of each of `claims`, and the nodes at their ends with `centre` first
// and the rest in id order.
Result<Subgraph> edges_of_claims(const GraphStore& store, const std::set<NodeId>& claims,
                                 NodeId centre) {
  Subgraph graph;
  std::set<NodeId> nodes(claims);
  for (const NodeId claim : claims) {
    for (const bool is_out : {false, true}) {
      Result<std::vector<StoredEdge>> edges =
          is_out ? store.out_edges(claim, std::nullopt) : store.in_edges(claim, std::nullopt);
      if (!edges.ok()) return edges.error();
      for (StoredEdge& edge : *edges) {
        if (!is_drawable(edge)) continue;
        nodes.insert(is_out ? edge.to : edge.from);
        graph.edges.push_back(std::move(edge));
      }
    }
  }
  nodes.erase(centre);
  graph.nodes.push_back(centre);
  graph.nodes.insert(graph.nodes.end(), nodes.begin(), nodes.end());
  return graph;
}

}  // namespace

bool EdgeFilter::accepts(const StoredEdge& edge) const {
  if (!dates_.is_set()) return true;
  if (is_dated_relation(edge.rel)) return dates_.contains(edge.date);
  return live_claims_.contains(claim_of(edge));
}

Result<EdgeFilter> whole_graph_filter(const GraphStore& store, const DateRange& dates) {
  if (!dates.is_set()) return EdgeFilter();
  std::set<NodeId> live;
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_edges([&](const StoredEdge& edge) {
    if (is_dated_relation(edge.rel) && dates.contains(edge.date)) live.insert(claim_of(edge));
    return true;
  }));
  return EdgeFilter(dates, std::move(live));
}

Result<Subgraph> focus_subgraph(const GraphStore& store, NodeId focus, std::size_t depth) {
  Result<std::vector<NodeAtDepth>> near = neighbourhood(store, focus, depth);
  if (!near.ok()) return near.error();
  Subgraph graph;
  for (const NodeAtDepth& found : *near) graph.nodes.push_back(found.node);
  const std::set<NodeId> selected(graph.nodes.begin(), graph.nodes.end());
  // Every edge has a claim at one end (core/relation.h). A claim has a handful of edges where
  // a speaker at the rim may have millions, so the edges between the nodes are read from the
  // claims' side only: reading the rim speakers' edges made a render at 10M claims 5x as slow
  // as at 100k.
  for (const NodeId node : selected) {
    if (node.kind != NodeKind::kClaim) continue;
    for (const bool is_out : {true, false}) {
      Result<std::vector<StoredEdge>> edges =
          is_out ? store.out_edges(node, std::nullopt) : store.in_edges(node, std::nullopt);
      if (!edges.ok()) return edges.error();
      for (StoredEdge& edge : *edges) {
        if (selected.contains(is_out ? edge.to : edge.from)) graph.edges.push_back(std::move(edge));
      }
    }
  }
  // In the order of the `out` keys, as reading each node's out-edges in turn gave them.
  std::sort(graph.edges.begin(), graph.edges.end(), [](const StoredEdge& a, const StoredEdge& b) {
    return std::tie(a.from, a.rel, a.to, a.article) < std::tie(b.from, b.rel, b.to, b.article);
  });
  return graph;
}

Result<Subgraph> about_subgraph(const GraphStore& store, NodeId entity) {
  Result<std::vector<StoredEdge>> about = store.in_edges(entity, Relation::kAbout);
  if (!about.ok()) return about.error();
  std::set<NodeId> claims;
  for (const StoredEdge& edge : *about) claims.insert(edge.from);
  return edges_of_claims(store, claims, entity);
}

Result<Subgraph> claim_subgraph(const GraphStore& store, NodeId claim) {
  return edges_of_claims(store, {claim}, claim);
}

void filter_by_dates(Subgraph& graph, const DateRange& dates, NodeId centre) {
  if (!dates.is_set()) return;
  std::set<NodeId> live;
  for (const StoredEdge& edge : graph.edges) {
    if (is_dated_relation(edge.rel) && dates.contains(edge.date)) live.insert(claim_of(edge));
  }
  const EdgeFilter filter(dates, std::move(live));
  std::erase_if(graph.edges, [&](const StoredEdge& edge) { return !filter.accepts(edge); });
  std::set<NodeId> linked{centre};
  for (const StoredEdge& edge : graph.edges) linked.insert({edge.from, edge.to});
  std::erase_if(graph.nodes, [&](NodeId node) { return !linked.contains(node); });
}

void rank_by_degree(Subgraph& graph) {
  if (graph.nodes.size() < 2) return;
  std::map<NodeId, std::size_t> degree;
  for (const StoredEdge& edge : graph.edges) {
    ++degree[edge.from];
    ++degree[edge.to];
  }
  std::stable_sort(graph.nodes.begin() + 1, graph.nodes.end(), [&](NodeId a, NodeId b) {
    return degree[a] != degree[b] ? degree[a] > degree[b] : a < b;
  });
}

}  // namespace claimgraph::core
