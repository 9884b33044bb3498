// storage/stored_records.h: turning raw family records into core types, for the files of
// RocksGraphStore. A record that does not decode is kCorruption naming the store, family and
// key, so that `check` and every query describe damage the same way.
#pragma once

#include <string_view>

#include "core/result.h"
#include "core/stored_edge.h"
#include "storage/schema.h"

namespace claimgraph::storage {

// "store at DIR: FAMILY key "KEY": WHAT" as kCorruption.
core::Error corrupt_record(std::string_view dir, Family family, std::string_view key,
                           std::string_view what);

// The edge stored under `key` (an `out` key) with `value`, or kCorruption.
core::Result<core::StoredEdge> decode_stored_edge(std::string_view dir, std::string_view key,
                                                  std::string_view value);

}  // namespace claimgraph::storage
