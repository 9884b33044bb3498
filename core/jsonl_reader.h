// Reading JSON Lines (FORMAT.md) into records, with every problem reported as
// `FILE:LINE: what is wrong`. Reading checks each record on its own; references between
// records (an edge to an unknown claim) are checked when the records are applied.
#pragma once

#include <functional>
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

// The same reading, one record at a time, for files too big to hold as a RecordList: calls
// `visit` with each record in order and stops at the first bad line or the first error
// `visit` returns (which is returned as is).
Status for_each_jsonl_record(std::istream& in, std::string_view source_name,
                             const std::function<Status(NumberedRecord&&)>& visit);

}  // namespace claimgraph::core
