// core/rank_scores.h: the scores behind `rank`, computed with Boost.Graph over a GraphSnapshot:
// degree, PageRank and betweenness of the speakers, outlets or claims in it. Each role ranks
// over its own directed graph, oriented so that credit flows toward the nodes ranked:
//   speakers  claim → speaker for each asserts/denies edge; outlet → claim for each reported-by
//   outlets   speaker → claim for each asserts/denies edge; claim → outlet for each reported-by
//   claims    speaker → claim once per distinct speaker and stance, twice for a denial (deniers
//             weigh kDenierWeight); outlet → claim for each reported-by
// The first kind of edge of each role is its "ranked relation".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/graph_snapshot.h"

namespace claimgraph::core {

enum class RankRole { kSpeakers, kOutlets, kClaims };
enum class RankAlgorithm { kDegree, kPageRank, kBetweenness };

inline constexpr double kDenierWeight = 2.0;
inline constexpr std::size_t kPageRankIterations = 20;
inline constexpr double kPageRankDamping = 0.85;

// Which snapshot nodes `role` ranks: speakers have an asserts/denies edge, outlets a
// reported-by edge to them, claims an asserts/denies edge to them. By snapshot index.
std::vector<bool> rank_candidates(const GraphSnapshot& snapshot, RankRole role);

// The score of every snapshot node, by index:
//   degree       in-degree over the role's ranked relation: a speaker's statements, an
//                outlet's reports, a claim's distinct asserters + kDenierWeight × deniers
//   pagerank     boost::graph::page_rank over the role's graph (kPageRankIterations rounds,
//                damping kPageRankDamping; scores are not normalized: each is at least 0.15)
//   betweenness  boost::brandes_betweenness_centrality over the role's graph taken as
//                undirected, parallel edges merged: O(V·E), so callers bound the snapshot size
std::vector<double> rank_scores(const GraphSnapshot& snapshot, RankRole role,
                                RankAlgorithm algorithm);

// "speakers", "outlets", "claims"; "degree", "pagerank", "betweenness".
std::string_view rank_role_name(RankRole role);
std::string_view rank_algorithm_name(RankAlgorithm algorithm);

}  // namespace claimgraph::core
