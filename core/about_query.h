// "What is said about this entity?": every claim about an entity (its `about` edges), each
// with who asserts it, who denies it and who reported each statement.
#pragma once

#include <cstdint>
#include <vector>

#include "core/claim_report.h"
#include "core/date_range.h"
#include "core/graph_store.h"
#include "core/result.h"

namespace claimgraph::core {

// The reports of the claims about `entity`, latest statement first (claims without any
// statement last), then by claim key. With a date range set, only statements dated within it
// are kept, and claims left without any are dropped. kCorruption if an edge's end is missing.
Result<std::vector<ClaimReport>> claims_about(const GraphStore& store, std::uint64_t entity,
                                              const DateRange& dates = {});

}  // namespace claimgraph::core
