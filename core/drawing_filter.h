// core/drawing_filter.h: the parts of the stored graph `claimgraph render` can be restricted to:
// the claims about an entity (--about), one claim's neighbourhood (--claim), and the edges
// stated within a date range (--since/--until). Used by core/drawing_builder.cpp.
#pragma once

#include <cstddef>
#include <set>
#include <utility>
#include <vector>

#include "core/date_range.h"
#include "core/graph_store.h"
#include "core/node_id.h"
#include "core/result.h"

namespace claimgraph::core {

// Which stored edges a dated drawing keeps: stance and reported-by edges dated within `dates`,
// and the about edges of claims that kept one of those. Keeps every edge if `dates` is unset.
class EdgeFilter {
 public:
  EdgeFilter() = default;
  EdgeFilter(DateRange dates, std::set<NodeId> live_claims)
      : dates_(std::move(dates)), live_claims_(std::move(live_claims)) {}

  bool is_dated() const { return dates_.is_set(); }
  bool accepts(const StoredEdge& edge) const;

 private:
  DateRange dates_;
  std::set<NodeId> live_claims_;  // claims with a stance or reported-by edge within dates_
};

// The filter for `dates` over the whole store: one pass over its edges to find the claims that
// keep a dated edge. The store's error if the scan fails.
Result<EdgeFilter> whole_graph_filter(const GraphStore& store, const DateRange& dates);

// Some nodes and the stored edges between them that a drawing may show.
struct Subgraph {
  std::vector<NodeId> nodes;      // the centre first; best first if ranked
  std::vector<StoredEdge> edges;  // in the order read; both ends are in `nodes`
};

// The nodes within `depth` edges of `focus` (edges taken as undirected), nearest first, and the
// stored edges between them. Does not check that `focus` exists. The store's error.
Result<Subgraph> focus_subgraph(const GraphStore& store, NodeId focus, std::size_t depth);

// The claims with an about edge to `entity`, with every edge of theirs and the nodes at the
// other ends (speakers, outlets, about targets): `entity` first, then in id order. Only
// `entity` if no claim is about it. The store's error.
Result<Subgraph> about_subgraph(const GraphStore& store, NodeId entity);

// `claim`, every edge of it and the nodes at the other ends (who asserts or denies it, who
// reported it, what it is about): `claim` first, then in id order. The store's error.
Result<Subgraph> claim_subgraph(const GraphStore& store, NodeId claim);

// Drops the edges of `graph` that `dates` leaves out (as EdgeFilter says), then the nodes left
// without edges, except `centre`. Keeps the order of the rest. Does nothing if `dates` is unset.
void filter_by_dates(Subgraph& graph, const DateRange& dates, NodeId centre);

// Orders the nodes after the first (the centre) by their edges in `graph`, most first (ties:
// lower id first), so that a node cap keeps the most connected.
void rank_by_degree(Subgraph& graph);

}  // namespace claimgraph::core
