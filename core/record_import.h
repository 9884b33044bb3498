// Applying a list of records (an import file, an extracted article) to a GraphWriter, in
// order, so that a file is written whole or not at all.
#pragma once

#include <string_view>

#include "core/graph_writer.h"
#include "core/record.h"
#include "core/result.h"

namespace claimgraph::core {

// Adds every record to `writer`. On the first failing record returns its error prefixed
// with `SOURCE:LINE: ` (the record's line; just the message when the line is 0).
Status apply_records(const RecordList& records, std::string_view source_name,
                     GraphWriter& writer);

// Adds one record to `writer`, its error prefixed as apply_records does.
Status apply_numbered_record(const NumberedRecord& numbered, std::string_view source_name,
                             GraphWriter& writer);

}  // namespace claimgraph::core
