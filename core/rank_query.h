// core/rank_query.h: `rank`, the most active speakers, the most cited outlets and the most
// contested claims of the whole store or of the part that --about/--focus selects, scored by
// degree, PageRank or betweenness (core/rank_scores.h) on a snapshot (core/graph_snapshot.h).
#pragma once

#include <cstddef>
#include <vector>

#include "core/graph_snapshot.h"
#include "core/graph_store.h"
#include "core/node_label.h"
#include "core/rank_scores.h"
#include "core/result.h"

namespace claimgraph::core {

inline constexpr std::size_t kDefaultRankLimit = 20;
// Exact betweenness costs O(V·E): above this many nodes it would run for hours.
inline constexpr std::size_t kMaxBetweennessNodes = 50'000;

struct RankOptions {
  RankRole role = RankRole::kSpeakers;
  RankAlgorithm algorithm = RankAlgorithm::kDegree;
  SnapshotSelection selection;  // the whole store unless `about` or `focus` is set
  std::size_t limit = kDefaultRankLimit;
  std::size_t max_betweenness_nodes = kMaxBetweennessNodes;  // 0: no limit
};

struct RankedNode {
  NodeLabel label;
  double score = 0;

  bool operator==(const RankedNode&) const = default;
};

// The `limit` highest-scoring nodes of the role, best first (ties: lower id first); nodes of
// the role with a score of 0 are listed too. Empty if the selection holds none.
// kInvalidInput if betweenness is asked for on more than max_betweenness_nodes nodes (the
// message names --about and --focus; loading stops as soon as the limit is passed); the store's
// error otherwise.
Result<std::vector<RankedNode>> rank_nodes(const GraphStore& store, const RankOptions& options);

}  // namespace claimgraph::core
