#include "core/graph_snapshot.h"

#include <cassert>
#include <set>

#include "core/store_graph_neighbourhood.h"

namespace claimgraph::core {
namespace {

bool is_kept(Relation rel) { return is_stance(rel) || rel == Relation::kReportedBy; }

// Marks `snapshot` truncated and returns true once it holds more than `max_nodes` (0: never).
bool is_full(GraphSnapshot& snapshot, std::size_t max_nodes) {
  if (max_nodes == 0 || snapshot.nodes().size() <= max_nodes) return false;
  snapshot.mark_truncated();
  return true;
}

Result<GraphSnapshot> load_whole(const GraphStore& store, std::size_t max_nodes) {
  GraphSnapshot snapshot;
  Status scanned = store.scan_edges([&](const StoredEdge& edge) {
    snapshot.add(edge);
    return !is_full(snapshot, max_nodes);
  });
  if (!scanned.ok()) return scanned.error();
  return snapshot;
}

// Every claim with an `about` edge to `entity`, with its stance and reported-by edges: each
// such edge ends at the claim, so this is the whole claim network around those claims.
Result<GraphSnapshot> load_about(const GraphStore& store, std::uint64_t entity,
                                 std::size_t max_nodes) {
  GraphSnapshot snapshot;
  auto claims = store.in_edges({NodeKind::kEntity, entity}, Relation::kAbout);
  if (!claims.ok()) return claims.error();
  std::set<NodeId> seen;  // an about edge may repeat, one per article
  for (const StoredEdge& about : *claims) {
    if (about.from.kind != NodeKind::kClaim || !seen.insert(about.from).second) continue;
    auto stances = store.in_edges(about.from, std::nullopt);
    if (!stances.ok()) return stances.error();
    for (const StoredEdge& edge : *stances) snapshot.add(edge);
    auto reports = store.out_edges(about.from, Relation::kReportedBy);
    if (!reports.ok()) return reports.error();
    for (const StoredEdge& edge : *reports) snapshot.add(edge);
    if (is_full(snapshot, max_nodes)) break;
  }
  return snapshot;
}

// The kept edges among the nodes within `depth` edges of `focus`: each is read once, as an
// out-edge of its source.
Result<GraphSnapshot> load_focus(const GraphStore& store, NodeId focus, std::size_t depth,
                                 std::size_t max_nodes) {
  auto near = neighbourhood(store, focus, depth);
  if (!near.ok()) return near.error();
  std::set<NodeId> members;
  for (const NodeAtDepth& node : *near) members.insert(node.node);
  GraphSnapshot snapshot;
  for (const NodeAtDepth& node : *near) {
    if (node.node.kind == NodeKind::kArticle) continue;
    auto edges = store.out_edges(node.node, std::nullopt);
    if (!edges.ok()) return edges.error();
    for (const StoredEdge& edge : *edges) {
      if (members.contains(edge.to)) snapshot.add(edge);
    }
    if (is_full(snapshot, max_nodes)) break;
  }
  return snapshot;
}

}  // namespace

void GraphSnapshot::add(const StoredEdge& edge) {
  if (!is_kept(edge.rel)) return;
  const std::uint32_t from = add_node(edge.from);
  const std::uint32_t to = add_node(edge.to);
  edges_.push_back({.from = from, .to = to, .rel = edge.rel});
}

std::optional<std::uint32_t> GraphSnapshot::index_of(NodeId node) const {
  auto found = index_.find(node.id);
  if (found == index_.end() || nodes_[found->second] != node) return std::nullopt;
  return found->second;
}

std::uint32_t GraphSnapshot::add_node(NodeId node) {
  auto [found, is_new] = index_.try_emplace(node.id, static_cast<std::uint32_t>(nodes_.size()));
  if (is_new) nodes_.push_back(node);
  return found->second;
}

Result<GraphSnapshot> load_snapshot(const GraphStore& store, const SnapshotSelection& selection) {
  assert(!(selection.about && selection.focus));
  if (selection.about) return load_about(store, *selection.about, selection.max_nodes);
  if (selection.focus) {
    return load_focus(store, *selection.focus, selection.depth, selection.max_nodes);
  }
  return load_whole(store, selection.max_nodes);
}

}  // namespace claimgraph::core
