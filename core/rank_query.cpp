#include "core/rank_query.h"

#include <algorithm>
#include <string>

namespace claimgraph::core {
namespace {

struct Scored {
  std::uint32_t index = 0;
  double score = 0;
};

// The `limit` best candidates, best first; ties go to the lower node id.
std::vector<Scored> top_candidates(const GraphSnapshot& snapshot,
                                   const std::vector<bool>& is_candidate,
                                   const std::vector<double>& scores, std::size_t limit) {
  std::vector<Scored> candidates;
  for (std::uint32_t i = 0; i < scores.size(); ++i) {
    if (is_candidate[i]) candidates.push_back({i, scores[i]});
  }
  auto better = [&](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    return snapshot.nodes()[a.index].id < snapshot.nodes()[b.index].id;
  };
  const std::size_t kept = std::min(limit, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept),
                    candidates.end(), better);
  candidates.resize(kept);
  return candidates;
}

Status check_betweenness_size(const GraphSnapshot& snapshot, const RankOptions& options) {
  if (!snapshot.is_truncated()) return ok_status();
  const bool is_whole = !options.selection.about && !options.selection.focus;
  return make_error(ErrorCode::kInvalidInput,
                    "exact betweenness on more than " +
                        std::to_string(options.max_betweenness_nodes) + " nodes (" +
                        (is_whole ? "the whole graph" : "the selected subgraph") +
                        ") would take too long: select fewer with --about ENTITY or --focus NAME "
                        "--depth N, or use --algo degree or pagerank");
}

}  // namespace

Result<std::vector<RankedNode>> rank_nodes(const GraphStore& store, const RankOptions& options) {
  SnapshotSelection selection = options.selection;
  if (options.algorithm == RankAlgorithm::kBetweenness) {
    selection.max_nodes = options.max_betweenness_nodes;  // stop loading as soon as it is too big
  }
  Result<GraphSnapshot> snapshot = load_snapshot(store, selection);
  if (!snapshot.ok()) return snapshot.error();
  CLAIMGRAPH_RETURN_IF_ERROR(check_betweenness_size(*snapshot, options));
  const std::vector<double> scores = rank_scores(*snapshot, options.role, options.algorithm);
  const std::vector<bool> is_candidate = rank_candidates(*snapshot, options.role);
  std::vector<RankedNode> ranked;
  for (const Scored& best : top_candidates(*snapshot, is_candidate, scores, options.limit)) {
    Result<NodeLabel> label = label_of(store, snapshot->nodes()[best.index]);
    if (!label.ok()) return label.error();
    ranked.push_back({.label = std::move(*label), .score = best.score});
  }
  return ranked;
}

}  // namespace claimgraph::core
