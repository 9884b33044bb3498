#include "storage/rocks_status.h"

#include <cassert>
#include <string>

#include <rocksdb/status.h>

namespace claimgraph::storage {

bool is_lock_error(const rocksdb::Status& status) {
  if (!status.IsIOError()) return false;
  // RocksDB's PosixEnv::LockFile texts: the first when this process holds the lock already,
  // the second when fcntl(F_SETLK) fails because another process holds it.
  const std::string text = status.ToString();
  return text.find("lock hold by current process") != std::string::npos ||
         text.find("While lock file") != std::string::npos;
}

core::Error error_from_status(const rocksdb::Status& status, std::string_view dir) {
  assert(!status.ok());
  const std::string where(dir);
  if (is_lock_error(status)) {
    return core::make_error(core::ErrorCode::kLocked,
                            "database is locked by another claimgraph process (" + where + ")");
  }
  core::ErrorCode code = core::ErrorCode::kInternal;
  if (status.IsCorruption()) {
    code = core::ErrorCode::kCorruption;
  } else if (status.IsIOError() || status.IsNoSpace() || status.IsTimedOut()) {
    code = core::ErrorCode::kIoError;
  } else if (status.IsNotFound()) {
    code = core::ErrorCode::kNotFound;
  } else if (status.IsInvalidArgument()) {
    code = core::ErrorCode::kInvalidInput;
  }
  return core::make_error(code, "store at " + where + ": " + status.ToString());
}

core::Status to_status(const rocksdb::Status& status, std::string_view dir) {
  if (status.ok()) return core::ok_status();
  return error_from_status(status, dir);
}

}  // namespace claimgraph::storage
