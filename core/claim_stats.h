// Per-claim stance counts: how many distinct speakers assert and deny a claim, how many
// outlets carried it (in all and per side), and its latest edge date. The store keeps one
// record per claim that has stance or reported-by edges (the `stat` family), rewritten in the
// same batch as the edges, so that `disputed` reads only these records and never the edges
// of every claim.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>

#include "core/stored_edge.h"

namespace claimgraph::core {

struct ClaimStats {
  std::uint32_t asserting_speakers = 0;  // distinct speakers with an asserts edge
  std::uint32_t denying_speakers = 0;    // distinct speakers with a denies edge
  std::uint32_t speakers = 0;            // distinct speakers on either side
  std::uint32_t outlets = 0;             // distinct outlets with a reported-by edge
  // Distinct outlets that carried a statement of that side: the reported-by edges of the
  // claim from the article of an asserts (denies) edge, as a Statement's sources (core/said_query.h).
  std::uint32_t asserting_outlets = 0;
  std::uint32_t denying_outlets = 0;
  std::string latest_date;  // the latest date of any of those edges, YYYY-MM-DD or empty

  // At least one asserts and one denies, from different speakers.
  bool is_disputed() const {
    return asserting_speakers > 0 && denying_speakers > 0 && speakers >= 2;
  }
  // Distinct speakers and outlets involved, whatever their side (a speaker on both sides
  // counts once): how widely the claim is fought over.
  std::uint32_t weight() const { return speakers + outlets; }
  // The smaller of the two sides (speakers and outlets): how balanced the dispute is.
  std::uint32_t weaker_side() const;

  bool operator==(const ClaimStats&) const = default;
};

// Which edges count: all of them by default, or only those a date filter keeps.
using EdgePredicate = std::function<bool(const StoredEdge&)>;

// The stats of one claim from its edges now: `stance_edges` are the asserts/denies edges that
// reach it, `reported_by` the reported-by edges that leave it (other relations are ignored).
// Edges `keep` rejects are left out. Never fails.
ClaimStats compute_claim_stats(std::span<const StoredEdge> stance_edges,
                               std::span<const StoredEdge> reported_by,
                               const EdgePredicate& keep = {});

}  // namespace claimgraph::core
