#include "core/rank_scores.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>

namespace claimgraph::core {
namespace {

using Vertex = std::uint32_t;
using Arc = std::pair<Vertex, Vertex>;
template <class Directed>
using Csr = boost::compressed_sparse_row_graph<Directed, boost::no_property, boost::no_property,
                                               boost::no_property, Vertex, Vertex>;

// A role's graph (see the header): the edges of its ranked relation and the others.
struct RoleGraph {
  std::vector<Arc> ranked;
  std::vector<Arc> support;
};

// Speaker → claim once per distinct (speaker, claim, stance), denials kDenierWeight times.
std::vector<Arc> weighted_stances(const GraphSnapshot& snapshot) {
  std::vector<SnapshotEdge> stances;
  for (const SnapshotEdge& edge : snapshot.edges()) {
    if (is_stance(edge.rel)) stances.push_back(edge);
  }
  auto order = [](const SnapshotEdge& a, const SnapshotEdge& b) {
    return std::tie(a.to, a.rel, a.from) < std::tie(b.to, b.rel, b.from);
  };
  std::sort(stances.begin(), stances.end(), order);
  stances.erase(std::unique(stances.begin(), stances.end()), stances.end());
  std::vector<Arc> arcs;
  for (const SnapshotEdge& edge : stances) {
    const int copies = edge.rel == Relation::kDenies ? static_cast<int>(kDenierWeight) : 1;
    for (int i = 0; i < copies; ++i) arcs.emplace_back(edge.from, edge.to);
  }
  return arcs;
}

RoleGraph role_graph(const GraphSnapshot& snapshot, RankRole role) {
  RoleGraph graph;
  if (role == RankRole::kClaims) graph.ranked = weighted_stances(snapshot);
  for (const SnapshotEdge& edge : snapshot.edges()) {
    const bool is_report = edge.rel == Relation::kReportedBy;
    switch (role) {
      case RankRole::kSpeakers:  // claim → speaker, outlet → claim
        (is_report ? graph.support : graph.ranked).emplace_back(edge.to, edge.from);
        break;
      case RankRole::kOutlets:  // speaker → claim, claim → outlet
        (is_report ? graph.ranked : graph.support).emplace_back(edge.from, edge.to);
        break;
      case RankRole::kClaims:  // outlet → claim (stances are already in `ranked`)
        if (is_report) graph.support.emplace_back(edge.to, edge.from);
        break;
    }
  }
  return graph;
}

Vertex vertex_count(const GraphSnapshot& snapshot) {
  return static_cast<Vertex>(snapshot.nodes().size());
}

std::vector<double> degree_scores(const GraphSnapshot& snapshot, const RoleGraph& graph) {
  const Csr<boost::bidirectionalS> csr(boost::edges_are_unsorted_multi_pass, graph.ranked.begin(),
                                       graph.ranked.end(), vertex_count(snapshot));
  std::vector<double> scores(snapshot.nodes().size());
  for (Vertex v = 0; v < vertex_count(snapshot); ++v) {
    scores[v] = static_cast<double>(boost::in_degree(v, csr));
  }
  return scores;
}

std::vector<double> pagerank_scores(const GraphSnapshot& snapshot, RoleGraph graph) {
  std::vector<Arc>& arcs = graph.ranked;
  arcs.insert(arcs.end(), graph.support.begin(), graph.support.end());
  const Csr<boost::directedS> csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                                  vertex_count(snapshot));
  std::vector<double> scores(snapshot.nodes().size());
  boost::graph::page_rank(
      csr, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, csr)),
      boost::graph::n_iterations(kPageRankIterations), kPageRankDamping);
  return scores;
}

// Brandes over the role's graph taken as undirected: each pair of neighbours joined once, in
// both directions; every path is then counted from both ends, hence the halving.
std::vector<double> betweenness_scores(const GraphSnapshot& snapshot, RoleGraph graph) {
  std::vector<Arc> arcs;
  for (const std::vector<Arc>* part : {&graph.ranked, &graph.support}) {
    for (const Arc& arc : *part) {
      arcs.push_back(arc);
      arcs.emplace_back(arc.second, arc.first);
    }
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  const Csr<boost::directedS> csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                                  vertex_count(snapshot));
  std::vector<double> scores(snapshot.nodes().size());
  boost::brandes_betweenness_centrality(
      csr, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, csr)));
  for (double& score : scores) score /= 2;
  return scores;
}

}  // namespace

std::vector<bool> rank_candidates(const GraphSnapshot& snapshot, RankRole role) {
  std::vector<bool> is_candidate(snapshot.nodes().size(), false);
  for (const SnapshotEdge& edge : snapshot.edges()) {
    if (role == RankRole::kSpeakers && is_stance(edge.rel)) is_candidate[edge.from] = true;
    if (role == RankRole::kOutlets && edge.rel == Relation::kReportedBy)
      is_candidate[edge.to] = true;
    if (role == RankRole::kClaims && is_stance(edge.rel)) is_candidate[edge.to] = true;
  }
  return is_candidate;
}

std::vector<double> rank_scores(const GraphSnapshot& snapshot, RankRole role,
                                RankAlgorithm algorithm) {
  RoleGraph graph = role_graph(snapshot, role);
  switch (algorithm) {
    case RankAlgorithm::kDegree:
      return degree_scores(snapshot, graph);
    case RankAlgorithm::kPageRank:
      return pagerank_scores(snapshot, std::move(graph));
    case RankAlgorithm::kBetweenness:
      return betweenness_scores(snapshot, std::move(graph));
  }
  return {};
}

std::string_view rank_role_name(RankRole role) {
  switch (role) {
    case RankRole::kSpeakers:
      return "speakers";
    case RankRole::kOutlets:
      return "outlets";
    case RankRole::kClaims:
      return "claims";
  }
  return "";
}

std::string_view rank_algorithm_name(RankAlgorithm algorithm) {
  switch (algorithm) {
    case RankAlgorithm::kDegree:
      return "degree";
    case RankAlgorithm::kPageRank:
      return "pagerank";
    case RankAlgorithm::kBetweenness:
      return "betweenness";
  }
  return "";
}

}  // namespace claimgraph::core
