// core/graph_snapshot.h: a compact copy of the claim network (asserts, denies and reported-by
// edges; `about` edges only select) with node ids remapped to dense indices, for whole-graph
// algorithms such as `rank`. Loaded from the whole store in one pass over its edges, or from
// the part of it that --about or --focus selects, reading only that part.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/graph_store.h"
#include "core/node_id.h"
#include "core/relation.h"
#include "core/result.h"

namespace claimgraph::core {

// One stored edge between dense node indices (parallel edges, one per article, are kept).
struct SnapshotEdge {
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  Relation rel = Relation::kAsserts;

  bool operator==(const SnapshotEdge&) const = default;
};

// The nodes that appear in the kept edges, indexed 0..n-1 in the order they were first seen.
class GraphSnapshot {
 public:
  // Keeps `edge` if it is an asserts, denies or reported-by edge; adds its ends as needed.
  void add(const StoredEdge& edge);

  const std::vector<NodeId>& nodes() const { return nodes_; }
  const std::vector<SnapshotEdge>& edges() const { return edges_; }
  // The dense index of `node`, or nullopt if no kept edge touches it.
  std::optional<std::uint32_t> index_of(NodeId node) const;

  // True if loading stopped early because the snapshot outgrew SnapshotSelection::max_nodes.
  bool is_truncated() const { return is_truncated_; }
  void mark_truncated() { is_truncated_ = true; }

 private:
  std::uint32_t add_node(NodeId node);

  std::vector<NodeId> nodes_;
  std::vector<SnapshotEdge> edges_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;  // by id: ids are unique across kinds
  bool is_truncated_ = false;
};

// Which part of the store a snapshot holds. At most one of `about` and `focus`.
struct SnapshotSelection {
  std::optional<std::uint64_t> about;  // the claims about this entity, their speakers, outlets
  std::optional<NodeId> focus;         // the nodes within `depth` edges of this one
  std::size_t depth = 2;
  std::size_t max_nodes = 0;  // stop loading (and mark the snapshot truncated) beyond this; 0: none
};

// The snapshot `selection` asks for: the whole claim network (one scan of the edges), the
// edges of the claims about an entity, or the edges among the nodes near a focus (edges taken
// as undirected, every relation, to find them). The store's error if it fails.
Result<GraphSnapshot> load_snapshot(const GraphStore& store, const SnapshotSelection& selection);

}  // namespace claimgraph::core
