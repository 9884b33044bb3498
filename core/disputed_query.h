// "What is disputed?": claims that one speaker asserts and another denies, most fought-over
// first. Reads the disputed index (all of it, or its list of the claims about one entity),
// never the edges of every claim: only the claims it lists, and with a date range the
// disputed candidates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/claim_report.h"
#include "core/claim_stats.h"
#include "core/date_range.h"
#include "core/graph_store.h"
#include "core/result.h"

namespace claimgraph::core {

struct DisputedFilter {
  std::optional<std::uint64_t> about;  // only claims with an about edge to this entity
  DateRange dates;                     // only edges dated within; disputed within the range
  std::size_t limit = 20;              // at most this many claims; 0: all
  // False: without a date range, the reports' statements name their speaker only (see
  // report_claim_speakers), enough for a listing of who asserts and who denies.
  bool has_statement_details = true;
};

struct DisputedClaim {
  ClaimStats stats;    // counted over the edges within the date range
  ClaimReport report;  // statements within the date range
};

// The disputed claims that pass `filter`, ranked by ClaimStats::weight (distinct speakers and
// outlets involved), then by the weaker side (its speakers and outlets), then by latest date
// (newest first), then by claim id. Errors from the store; kCorruption if an index names a missing
// claim.
Result<std::vector<DisputedClaim>> disputed_claims(const GraphStore& store,
                                                   const DisputedFilter& filter);

}  // namespace claimgraph::core
