#include "storage/rocks_status.h"

#include <gtest/gtest.h>
#include <rocksdb/status.h>

namespace claimgraph::storage {
namespace {

TEST(RocksStatusTest, BothLockTextsOfRocksDbBecomeLocked) {
  for (const rocksdb::Status& status :
       {rocksdb::Status::IOError("lock hold by current process, acquire time 1 acquiring "
                                 "thread 2: /db/LOCK",
                                 "No locks available"),
        rocksdb::Status::IOError("While lock file: /db/LOCK",
                                 "Resource temporarily unavailable")}) {
    EXPECT_TRUE(is_lock_error(status));
    const core::Error error = error_from_status(status, "/db");
    EXPECT_EQ(error.code, core::ErrorCode::kLocked);
    EXPECT_EQ(error.message, "database is locked by another claimgraph process (/db)");
  }
}

TEST(RocksStatusTest, OtherStatusesKeepRocksDbTextAndMapByKind) {
  const struct {
    rocksdb::Status status;
    core::ErrorCode code;
  } cases[] = {
      {rocksdb::Status::Corruption("bad block"), core::ErrorCode::kCorruption},
      {rocksdb::Status::IOError("disk gone"), core::ErrorCode::kIoError},
      {rocksdb::Status::NotFound("x"), core::ErrorCode::kNotFound},
      {rocksdb::Status::InvalidArgument("y"), core::ErrorCode::kInvalidInput},
      {rocksdb::Status::NotSupported("z"), core::ErrorCode::kInternal},
  };
  for (const auto& c : cases) {
    const core::Error error = error_from_status(c.status, "/db");
    EXPECT_FALSE(is_lock_error(c.status));
    EXPECT_EQ(error.code, c.code);
    EXPECT_EQ(error.message, "store at /db: " + c.status.ToString());
  }
  EXPECT_TRUE(to_status(rocksdb::Status::OK(), "/db").ok());
}

}  // namespace
}  // namespace claimgraph::storage
