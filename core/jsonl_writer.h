// Writing records as JSON Lines (FORMAT.md): export and `ingest --dry-run --format jsonl`.
#pragma once

#include <string>

#include "core/record.h"

namespace claimgraph::core {

// One record as one line of JSON, without the newline. Empty optional fields are left out;
// an edge's extraction rule is written as "rule".
std::string to_jsonl_line(const Record& record);

}  // namespace claimgraph::core
