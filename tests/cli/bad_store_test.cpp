// Stores claimgraph must refuse, through the real binary: a directory or file that is not a
// store, a store of a newer schema version, and a store whose table files were truncated or
// had bytes flipped. Each is one clear error line naming the store, exit 1 or 3, and nothing
// is written. The damage is done with the test's own RocksDB access, as a crash or a bad
// disk would leave it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include "storage/key_codec.h"
#include "storage/schema.h"
#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::cli::testing {
namespace {

namespace fs = std::filesystem;

const std::string kValidSmall =
    std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/valid_small.jsonl";

// Expects one error line that names `db`, and exit code 1 or 3.
void expect_refused(const ProcessResult& result, const std::string& db) {
  EXPECT_TRUE(result.exit_code == 1 || result.exit_code == 3) << result.exit_code << result.err;
  EXPECT_EQ(result.err.find("claimgraph: error: "), 0u) << result.err;
  EXPECT_NE(result.err.find(db), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_EQ(result.out, "");
}

// Every file under `dir` with its content, to show that a refused command wrote nothing.
// RocksDB's own diagnostic logs (LOG, LOG.old.*) are left out: every open writes them.
std::vector<std::pair<std::string, std::string>> snapshot(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename().string().starts_with("LOG")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files.emplace_back(entry.path().string(), std::string(std::istreambuf_iterator<char>(in), {}));
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Opens the store in `dir` with RocksDB itself, lets `change` use it, and closes it.
template <class Change>
void with_raw_store(const std::string& dir, Change change) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = {
      {rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions()}};
  for (std::string_view name : storage::kFamilyNames) {
    descriptors.emplace_back(std::string(name), rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir, descriptors, &handles, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  change(*db, handles);
  for (auto* handle : handles) EXPECT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
}

// Every key and value of every family of the store in `dir`, read with RocksDB itself: what
// "nothing changed" means for a store claimgraph refuses to read (a writer's open rewrites
// RocksDB's own bookkeeping files, never the data).
std::vector<std::string> raw_dump(const std::string& dir) {
  std::vector<std::string> records;
  with_raw_store(dir, [&](rocksdb::DB& raw, std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
    for (auto* handle : handles) {
      std::unique_ptr<rocksdb::Iterator> it(raw.NewIterator(rocksdb::ReadOptions(), handle));
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        records.push_back(handle->GetName() + '|' + it->key().ToString() + '|' +
                          it->value().ToString());
      }
      EXPECT_TRUE(it->status().ok());
    }
  });
  return records;
}

// A store holding valid_small.jsonl with every family flushed to table (.sst) files.
std::vector<fs::path> make_flushed_store(const std::string& db) {
  ProcessResult setup = run_claimgraph(db, {"import", kValidSmall});
  EXPECT_EQ(setup.exit_code, 0) << setup.err;
  with_raw_store(db, [](rocksdb::DB& raw, std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
    EXPECT_TRUE(raw.Flush(rocksdb::FlushOptions(), handles).ok());
  });
  std::vector<fs::path> tables;
  for (const auto& entry : fs::directory_iterator(db)) {
    if (entry.path().extension() == ".sst") tables.push_back(entry.path());
  }
  EXPECT_FALSE(tables.empty());
  return tables;
}

TEST(BadStoreTest, SomethingThatIsNotAStoreIsRefusedAndLeftAlone) {
  storage::testing::TempDir tmp;
  const std::string notes = tmp.path("notes");
  fs::create_directory(notes);
  std::ofstream(notes + "/todo.txt") << "not a store\n";
  const std::string plain_file = tmp.path("file.txt");
  std::ofstream(plain_file) << "x";
  for (const std::string& db : {notes, plain_file}) {
    const auto before = snapshot(tmp.path());
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"export"}, {"said", "Voss"}, {"stats"}, {"import", kValidSmall}}) {
      const ProcessResult result = run_claimgraph(db, args);
      expect_refused(result, db);
      EXPECT_EQ(result.err, "claimgraph: error: " + db + " is not a claimgraph store\n");
    }
    EXPECT_EQ(snapshot(tmp.path()), before);
  }
}

TEST(BadStoreTest, NewerSchemaVersionIsRefusedAndLeftAlone) {
  storage::testing::TempDir tmp;
  const std::string db = tmp.path("db");
  ASSERT_EQ(run_claimgraph(db, {"import", kValidSmall}).exit_code, 0);
  const std::uint64_t newer = storage::kSchemaVersion + 1;
  with_raw_store(db, [&](rocksdb::DB& raw, std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
    const auto meta = handles[static_cast<std::size_t>(storage::Family::kMeta) + 1];
    EXPECT_TRUE(raw.Put(rocksdb::WriteOptions(), meta, std::string(storage::kSchemaVersionKey),
                        storage::encode_u64(newer))
                    .ok());
    EXPECT_TRUE(raw.Flush(rocksdb::FlushOptions(), handles).ok());
  });
  const auto before = raw_dump(db);
  const std::string expected = "claimgraph: error: store at " + db + " has schema version " +
                               std::to_string(newer) + "; this claimgraph reads version " +
                               std::to_string(storage::kSchemaVersion) +
                               ": use a newer claimgraph\n";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"export"}, {"said", "Voss"}, {"import", kValidSmall}, {"add", "entity", "New"}}) {
    const ProcessResult result = run_claimgraph(db, args);
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.err, expected);
  }
  EXPECT_EQ(raw_dump(db), before);
}

// Damages every table file of a flushed store with `damage`, then expects an export and an
// import to fail with one line naming the store.
template <class Damage>
void expect_damage_refused(Damage damage) {
  storage::testing::TempDir tmp;
  const std::string db = tmp.path("db");
  for (const fs::path& table : make_flushed_store(db)) damage(table);
  expect_refused(run_claimgraph(db, {"export"}), db);
  expect_refused(run_claimgraph(db, {"import", kValidSmall}), db);
  expect_refused(run_claimgraph(db, {"said", "Voss"}), db);
}

TEST(BadStoreTest, TruncatedTableFilesAreRefused) {
  expect_damage_refused(
      [](const fs::path& table) { fs::resize_file(table, fs::file_size(table) / 2); });
}

TEST(BadStoreTest, FlippedBytesInTableFilesAreRefused) {
  expect_damage_refused([](const fs::path& table) {
    std::fstream file(table, std::ios::in | std::ios::out | std::ios::binary);
    // The first data block starts the file: flip bytes in it, not in the footer.
    for (std::streamoff offset : {8, 16, 24}) {
      file.seekg(offset);
      const char byte = static_cast<char>(file.get());
      file.seekp(offset);
      file.put(static_cast<char>(~byte));
    }
  });
}

}  // namespace
}  // namespace claimgraph::cli::testing
