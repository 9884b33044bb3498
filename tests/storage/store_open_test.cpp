// Opening a store: modes, the lock, and what is refused (missing, foreign, other schema).
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "storage/schema.h"
#include "tests/storage/temp_dir.h"

extern char** environ;

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;


std::string not_found_message(const std::string& dir) {
  return "no claimgraph store at " + dir +
         " (create one with a command that writes, e.g. `claimgraph import`)";
}

void expect_error(const core::Result<std::unique_ptr<RocksGraphStore>>& result,
                  core::ErrorCode code, const std::string& message) {
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, code);
  EXPECT_EQ(result.error().message, message);
}

// Writes `value` under `key` in `family` of the store in `dir`, bypassing RocksGraphStore.
void put_raw(const std::string& dir, Family family, const std::string& key,
             const std::string& value) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = {
      {rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions()}};
  for (std::string_view name : kFamilyNames) {
    descriptors.emplace_back(std::string(name), rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir, descriptors, &handles, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  EXPECT_TRUE(
      db->Put(rocksdb::WriteOptions(), handles[static_cast<std::size_t>(family) + 1], key, value)
          .ok());
  for (auto* handle : handles) EXPECT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
}

// A WriteSet with one entity and, if given, the id counter.
core::WriteSet one_entity(std::uint64_t id, std::string name,
                          std::optional<std::uint64_t> next_id = std::nullopt) {
  core::WriteSet writes;
  core::Entity entity;
  entity.name = std::move(name);
  writes.entities = {{id, entity}};
  writes.next_id = next_id;
  return writes;
}

void create_store(const std::string& dir, const core::WriteSet& writes = {}) {
  auto store = RocksGraphStore::open(dir, OpenMode::kReadWrite);
  ASSERT_TRUE(store.ok()) << store.error().message;
  ASSERT_TRUE((*store)->apply(writes).ok());
}

TEST(StoreOpenTest, ReadWriteCreatesTheDirectoryAndItsParents) {
  testing::TempDir tmp;
  const std::string dir = tmp.path("a/b/store");
  auto store = RocksGraphStore::open(dir, OpenMode::kReadWrite);
  ASSERT_TRUE(store.ok()) << store.error().message;
  EXPECT_TRUE(fs::exists(fs::path(dir) / "CURRENT"));
  EXPECT_FALSE((*store)->is_read_only());
}

TEST(StoreOpenTest, ReadOnlyOpenOfAMissingDirIsNotFoundAndCreatesNothing) {
  testing::TempDir tmp;
  const std::string dir = tmp.path("missing/store");
  expect_error(RocksGraphStore::open(dir, OpenMode::kReadOnly), core::ErrorCode::kNotFound,
               not_found_message(dir));
  EXPECT_FALSE(fs::exists(tmp.path("missing")));
  // An empty directory holds no store either.
  expect_error(RocksGraphStore::open(tmp.path(), OpenMode::kReadOnly), core::ErrorCode::kNotFound,
               not_found_message(tmp.path()));
  EXPECT_TRUE(fs::is_empty(tmp.path()));
}

TEST(StoreOpenTest, SomethingElseIsNotAStoreInEitherMode) {
  testing::TempDir tmp;
  const std::string with_file = tmp.path("notes");
  fs::create_directory(with_file);
  std::ofstream(with_file + "/todo.txt") << "not a store\n";
  const std::string plain_file = tmp.path("file.txt");
  std::ofstream(plain_file) << "x";
  const std::string other_rocksdb = tmp.path("other");
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, other_rocksdb, &raw).ok());
    delete raw;
  }
  for (const std::string& dir : {with_file, plain_file, other_rocksdb}) {
    for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
      expect_error(RocksGraphStore::open(dir, mode), core::ErrorCode::kInvalidInput,
                   dir + " is not a claimgraph store");
    }
  }
  EXPECT_TRUE(fs::exists(with_file + "/todo.txt"));
  EXPECT_FALSE(fs::exists(with_file + "/CURRENT"));
}

TEST(StoreOpenTest, SecondReadWriteOpenIsLockedUntilTheFirstCloses) {
  testing::TempDir tmp;
  auto first = RocksGraphStore::open(tmp.path(), OpenMode::kReadWrite);
  ASSERT_TRUE(first.ok()) << first.error().message;
  expect_error(RocksGraphStore::open(tmp.path(), OpenMode::kReadWrite), core::ErrorCode::kLocked,
               "database is locked by another claimgraph process (" + tmp.path() + ")");
  first->reset();
  EXPECT_TRUE(RocksGraphStore::open(tmp.path(), OpenMode::kReadWrite).ok());
}

TEST(StoreOpenTest, ReadOnlyOpenWorksBesideAWriterAndSeesEarlierWrites) {
  testing::TempDir tmp;
  auto writer = RocksGraphStore::open(tmp.path(), OpenMode::kReadWrite);
  ASSERT_TRUE(writer.ok());
  core::WriteSet writes = one_entity(2, "Peskov", 3);
  core::StoredEdge denial;
  denial.from = {core::NodeKind::kEntity, 2};
  denial.rel = core::Relation::kDenies;
  denial.to = {core::NodeKind::kClaim, 1};
  denial.quote = "«нет»";
  writes.edges = {denial};
  ASSERT_TRUE((*writer)->apply(writes).ok());
  auto reader = RocksGraphStore::open(tmp.path(), OpenMode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.error().message;
  EXPECT_TRUE((*reader)->is_read_only());
  EXPECT_EQ((*reader)->get_entity(2)->value().name, "Peskov");
  EXPECT_EQ(*(*reader)->next_id(), 3u);
  EXPECT_EQ(*(*reader)->in_edges(denial.to, std::nullopt), std::vector<core::StoredEdge>{denial});
}

// A newer store needs a newer claimgraph; an older one, its data moved by export and import.
TEST(StoreOpenTest, OtherSchemaVersionIsRefusedWithTheWayOut) {
  const std::vector<std::pair<std::uint64_t, std::string>> cases = {
      {kSchemaVersion + 1, "use a newer claimgraph"},
      {kSchemaVersion - 1,
       "export it with the claimgraph that wrote it and import the file into a new store"}};
  for (const auto& [other, remedy] : cases) {
    testing::TempDir tmp;
    create_store(tmp.path());
    put_raw(tmp.path(), Family::kMeta, std::string(kSchemaVersionKey), encode_u64(other));
    for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
      expect_error(RocksGraphStore::open(tmp.path(), mode), core::ErrorCode::kCorruption,
                   "store at " + tmp.path() + " has schema version " + std::to_string(other) +
                       "; this claimgraph reads version " + std::to_string(kSchemaVersion) +
                       ": " + remedy);
    }
  }
}

TEST(StoreOpenTest, UndecodableRecordIsCorruptionNamingItsKey) {
  testing::TempDir tmp;
  create_store(tmp.path(), one_entity(1, "ok"));
  put_raw(tmp.path(), Family::kNode, node_key({core::NodeKind::kEntity, 2}), "garbage");
  auto store = RocksGraphStore::open(tmp.path(), OpenMode::kReadOnly);
  ASSERT_TRUE(store.ok());
  const auto entity = (*store)->get_entity(2);
  ASSERT_FALSE(entity.ok());
  EXPECT_EQ(entity.error().code, core::ErrorCode::kCorruption);
  EXPECT_NE(entity.error().message.find("node key \"E\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\""),
            std::string::npos)
      << entity.error().message;
  const core::Status scan =
      (*store)->scan_entities([](std::uint64_t, const core::Entity&) { return true; });
  ASSERT_FALSE(scan.ok());
  EXPECT_EQ(scan.error().code, core::ErrorCode::kCorruption);
}

TEST(StoreOpenTest, OtherProcessHoldingTheStoreLocksWritersButNotReaders) {
  testing::TempDir tmp;
  const std::string dir = tmp.path("store");
  const std::string ready = tmp.path("ready");
  std::string holder = CLAIMGRAPH_STORE_HOLDER;
  std::string name = "Lukashenko";
  char* argv[] = {holder.data(), const_cast<char*>(dir.c_str()), name.data(),
                  const_cast<char*>(ready.c_str()), nullptr};
  pid_t child = 0;
  posix_spawn_file_actions_t quiet;  // the child's gtest report would mix with ours
  posix_spawn_file_actions_init(&quiet);
  posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const int spawned = posix_spawn(&child, holder.c_str(), &quiet, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&quiet);
  ASSERT_EQ(spawned, 0);

  for (int i = 0; i < 400 && !fs::exists(ready); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(fs::exists(ready));
  expect_error(RocksGraphStore::open(dir, OpenMode::kReadWrite), core::ErrorCode::kLocked,
               "database is locked by another claimgraph process (" + dir + ")");
  auto reader = RocksGraphStore::open(dir, OpenMode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.error().message;
  EXPECT_EQ((*reader)->get_entity(7)->value().name, "Lukashenko");

  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
}

}  // namespace
}  // namespace claimgraph::storage
