// "How did this speaker's story change?": a speaker's statements in date order, each marked
// when it reverses an earlier statement of the same speaker on the same claim (asserted, then
// denied, or the reverse).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date_range.h"
#include "core/graph_store.h"
#include "core/result.h"
#include "core/said_query.h"

namespace claimgraph::core {

// The earlier statement that a statement reverses.
struct Reversal {
  Relation rel = Relation::kAsserts;  // the earlier stance
  std::string date;                   // when it was taken
  std::string article;                // where (article key, or empty)
};

struct TimelineEntry {
  Statement statement;
  std::optional<Reversal> reverses;  // set when this statement reverses an earlier one
};

// The statements of `speaker` (an entity id) ordered by date, then claim key, with the latest
// earlier opposite stance on the same claim marked. Reversals are found over the whole
// history; `dates` only limits which entries are returned. Errors as statements_of.
Result<std::vector<TimelineEntry>> timeline_of(const GraphStore& store, std::uint64_t speaker,
                                               const DateRange& dates = {});

}  // namespace claimgraph::core
