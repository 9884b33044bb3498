// Reading JSON Lines (FORMAT.md) into records, with every problem reported as
// `FILE:LINE: what is wrong`. Reading checks each record on its own; references between
// records (an edge to an unknown claim) are checked when the records are applied.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "core/record.h"
#include "core/result.h"

namespace claimgraph::core {

// Reads every line of `in`; blank lines are skipped. `source_name` names the input in
// errors. kInvalidInput on the first bad line: broken JSON, unknown type or rel, a missing
// or mistyped required field, a bad date or confidence.
Result<RecordList> read_jsonl(std::istream& in, std::string_view source_name);

}  // namespace claimgraph::core
