// core/path_query.h: `path A B`, the shortest chains that connect two entities through claims
// and outlets ("Peskov ─denies→ claim ←asserts─ ISW"). A breadth-first search over StoreGraph
// reads each node's edges from the store only when it expands the node: a path query never
// loads the whole graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/graph_store.h"
#include "core/node_label.h"
#include "core/relation.h"
#include "core/result.h"

namespace claimgraph::core {

inline constexpr std::size_t kDefaultMaxHops = 6;
inline constexpr std::size_t kDefaultPathLimit = 5;
inline constexpr std::size_t kDefaultMaxVisitedNodes = 2'000'000;

struct PathOptions {
  std::size_t max_hops = kDefaultMaxHops;             // longest path searched, in edges
  std::size_t limit = kDefaultPathLimit;              // most paths returned
  std::size_t max_visited = kDefaultMaxVisitedNodes;  // the search gives up beyond this
};

// One edge of a path, from the node before it to `node`.
struct PathHop {
  Relation rel = Relation::kAsserts;
  bool is_forward = true;  // the stored edge goes from the previous node to `node`
  NodeLabel node;

  bool operator==(const PathHop&) const = default;
};

// A chain from `start` through `hops`; its length is hops.size().
struct EntityPath {
  NodeLabel start;
  std::vector<PathHop> hops;

  bool operator==(const EntityPath&) const = default;
};

// The result of a path search.
struct PathSearch {
  std::vector<EntityPath> paths;     // at most PathOptions::limit shortest paths
  std::uint64_t shortest_count = 0;  // how many shortest paths there are (saturates at 2^64-1)
  std::size_t visited_nodes = 0;     // nodes the search reached (their edges were not all read)
};

// Every shortest path (edges taken as undirected, every relation; articles are provenance, not
// nodes) from entity `from` to entity `to`, at most options.limit of them, in a fixed order
// (by the ids along the path). Parallel edges of one relation between two nodes (one per
// article) make one hop. Empty if there is none within options.max_hops; one path of no hops
// if from == to. kInvalidInput if the search visits options.max_visited nodes before it
// reaches `to` (once it has, the paths found so far are returned); the store's error otherwise.
Result<PathSearch> shortest_paths(const GraphStore& store, std::uint64_t from, std::uint64_t to,
                                  const PathOptions& options);

}  // namespace claimgraph::core
