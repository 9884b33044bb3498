// A streamed import (storage/bulk_load.h) must leave exactly the store one apply() of the same
// writes leaves: the same records, edges, stance counts and text index, into an empty store or
// over one that already holds some of the claims; and nothing at all until it commits.
#include "storage/bulk_load.h"

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/record_import.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/store_dump.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

constexpr std::size_t kTinyBudget = 64 << 10;    // dozens of run files for a few hundred claims
constexpr std::uint64_t kSmallFiles = 16 << 10;  // several SST files for the big families

core::RecordList records_of(const std::string& jsonl) {
  std::istringstream in(jsonl);
  auto records = core::read_jsonl(in, "generated.jsonl");
  EXPECT_TRUE(records.ok()) << records.error().message;
  return records.ok() ? std::move(*records) : core::RecordList{};
}

void apply_whole(RocksGraphStore& store, const std::string& jsonl) {
  core::GraphWriter writer(store);
  ASSERT_TRUE(core::apply_records(records_of(jsonl), "generated.jsonl", writer).ok());
  const core::Status applied = store.apply(writer.take());
  ASSERT_TRUE(applied.ok()) << applied.error().message;
}

// Imports `jsonl` as `import` does with a StreamedWrite: the writer's settled writes handed
// over every `records_per_part` records, the rest at the end.
void load_in_parts(RocksGraphStore& store, const std::string& jsonl, std::size_t records_per_part) {
  auto load = BulkLoad::begin(store, kTinyBudget, kSmallFiles);
  ASSERT_TRUE(load.ok()) << load.error().message;
  core::GraphWriter writer(store);
  std::size_t in_part = 0;
  for (const core::NumberedRecord& record : records_of(jsonl)) {
    ASSERT_TRUE(core::apply_numbered_record(record, "generated.jsonl", writer).ok());
    if (++in_part < records_per_part) continue;
    in_part = 0;
    ASSERT_TRUE((*load)->add(writer.take_settled()).ok());
  }
  ASSERT_TRUE((*load)->add(writer.take()).ok());
  const core::Status committed = (*load)->commit();
  ASSERT_TRUE(committed.ok()) << committed.error().message;
}

// The stance counts and text document of every id, which dump() sees only in part.
std::string indexes(const RocksGraphStore& store) {
  std::string text;
  const auto next = store.next_id();
  EXPECT_TRUE(next.ok());
  for (std::uint64_t id = 0; next.ok() && id < *next; ++id) {
    const auto stats = store.get_claim_stats(id);
    const auto document = store.get_text_document(id);
    EXPECT_TRUE(stats.ok() && document.ok());
    if (stats.ok() && stats->has_value()) {
      text += std::to_string(id) + " stats " + std::to_string((*stats)->weight()) + " " +
              std::to_string((*stats)->weaker_side()) + " " + (*stats)->latest_date + "\n";
    }
    if (document.ok() && document->has_value()) {
      text += std::to_string(id) + " document " + std::to_string((*document)->length);
      for (const auto& [token, count] : (*document)->term_counts) {
        text += " " + token + ":" + std::to_string(count);
      }
      text += "\n";
    }
  }
  return text;
}

class BulkLoadTest : public ::testing::Test {
 protected:
  // Two stores: `applied_` written with apply(), `loaded_` with a BulkLoad.
  void SetUp() override {
    applied_ = open("applied");
    loaded_ = open("loaded");
    ASSERT_NE(applied_, nullptr);
    ASSERT_NE(loaded_, nullptr);
  }

  std::unique_ptr<RocksGraphStore> open(const std::string& name) {
    auto store = RocksGraphStore::open(dir_.path(name), OpenMode::kReadWrite);
    EXPECT_TRUE(store.ok()) << store.error().message;
    return store.ok() ? std::move(*store) : nullptr;
  }

  void expect_same() {
    const std::string expected = testing::dump(*applied_);
    EXPECT_NE(expected.find("disputed "), std::string::npos);
    EXPECT_EQ(testing::dump(*loaded_), expected);
    EXPECT_EQ(indexes(*loaded_), indexes(*applied_));
    const auto report = loaded_->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->problems.empty());
  }

  testing::TempDir dir_;
  std::unique_ptr<RocksGraphStore> applied_;
  std::unique_ptr<RocksGraphStore> loaded_;
};

TEST_F(BulkLoadTest, LoadInPartsEqualsOneApplyIntoAnEmptyStore) {
  const std::string jsonl = testing::generated_jsonl(400, 1);
  apply_whole(*applied_, jsonl);
  load_in_parts(*loaded_, jsonl, 97);
  expect_same();
  EXPECT_FALSE(std::filesystem::exists(dir_.path("loaded") + "/import.tmp"));
  // More table files than families: the big families were split into several files.
  std::size_t tables = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path("loaded"))) {
    tables += entry.path().extension() == ".sst" ? 1 : 0;
  }
  EXPECT_GT(tables, kFamilyNames.size());
}

// The second file rewrites records and adds edges to claims the store already has: their
// counts and documents must be recomputed from the stored edges plus the new ones.
TEST_F(BulkLoadTest, LoadInPartsEqualsOneApplyOverAStoreWithTheSameClaims) {
  const std::string first = testing::generated_jsonl(400, 1);
  const std::string second = testing::generated_jsonl(400, 2);
  apply_whole(*applied_, first);
  apply_whole(*loaded_, first);
  apply_whole(*applied_, second);
  load_in_parts(*loaded_, second, 250);
  expect_same();
}

TEST_F(BulkLoadTest, NothingIsWrittenUntilCommit) {
  RocksGraphStore* store = loaded_.get();
  const std::string before = testing::dump(*store);
  {
    auto load = BulkLoad::begin(*store, kTinyBudget);
    ASSERT_TRUE(load.ok());
    core::GraphWriter writer(*store);
    ASSERT_TRUE(
        core::apply_records(records_of(testing::generated_jsonl(100, 3)), "generated.jsonl", writer)
            .ok());
    ASSERT_TRUE((*load)->add(writer.take()).ok());
    EXPECT_TRUE(std::filesystem::exists(dir_.path("loaded") + "/import.tmp"));
  }  // dropped without commit(), as when a later line of the file is bad
  EXPECT_EQ(testing::dump(*store), before);
  EXPECT_FALSE(std::filesystem::exists(dir_.path("loaded") + "/import.tmp"));
}

TEST_F(BulkLoadTest, APartThatRemovesIsRefused) {
  auto load = BulkLoad::begin(*loaded_, kTinyBudget);
  ASSERT_TRUE(load.ok());
  core::WriteSet part;
  part.removed_nodes = {{core::NodeKind::kEntity, 1}};
  const core::Status added = (*load)->add(part);
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().code, core::ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace claimgraph::storage
