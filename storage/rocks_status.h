// storage/rocks_status.h: how a rocksdb::Status becomes a core::Error, so that no RocksDB
// type or message format leaves storage/ unexplained. Used by every RocksDB call site here.
#pragma once

#include <string_view>

#include "core/result.h"

namespace rocksdb {
class Status;
}  // namespace rocksdb

namespace claimgraph::storage {

// The error for a failed `status` on the store in `dir`: kLocked for RocksDB's lock
// ("database is locked by another claimgraph process (DIR)"), kCorruption, kIoError,
// kNotFound, kInvalidInput or kInternal otherwise, with RocksDB's text after "store at DIR: ".
// `status` must not be ok.
core::Error error_from_status(const rocksdb::Status& status, std::string_view dir);

// ok_status() if `status` is ok, else error_from_status().
core::Status to_status(const rocksdb::Status& status, std::string_view dir);

// True if `status` says that the directory's LOCK file is held (by this or another process).
bool is_lock_error(const rocksdb::Status& status);

}  // namespace claimgraph::storage
