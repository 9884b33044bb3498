// storage/operation_sink.h: where RocksGraphStore's encoders (add_records, add_removals,
// add_index_writes) put the operations of a write: a RocksDB WriteBatch for apply(), or the
// bulk load's on-disk sort (storage/bulk_load.h), which would otherwise copy every operation
// out of a WriteBatch again. No RocksDB header here.
#pragma once

#include <string_view>

#include "core/result.h"
#include "storage/schema.h"

namespace claimgraph::storage {

class OperationSink {
 public:
  virtual ~OperationSink() = default;
  // After a failure, further operations are ignored: status() keeps the first.
  virtual void put(Family family, std::string_view key, std::string_view value) = 0;
  virtual void erase(Family family, std::string_view key) = 0;
  virtual core::Status status() const = 0;
};

}  // namespace claimgraph::storage
