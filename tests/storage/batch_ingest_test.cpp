// Large batches go into the store as ingested SST files (storage/batch_ingest.h) instead of
// through DB::Write. Both paths must leave exactly the same store: the same records, edges and
// indexes, the same answer when a batch deletes and rewrites, and the last of two writes of a
// key wins.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/name_fold.h"
#include "core/record_import.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/store_dump.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

void import_text(RocksGraphStore& store, const std::string& jsonl) {
  std::istringstream in(jsonl);
  auto records = core::read_jsonl(in, "generated.jsonl");
  ASSERT_TRUE(records.ok()) << records.error().message;
  core::GraphWriter writer(store);
  ASSERT_TRUE(core::apply_records(*records, "generated.jsonl", writer).ok());
  const core::Status applied = store.apply(writer.take());
  ASSERT_TRUE(applied.ok()) << applied.error().message;
}

core::Entity named(std::string name) {
  core::Entity entity;
  entity.name = std::move(name);
  return entity;
}

class BatchIngestTest : public ::testing::Test {
 protected:
  std::unique_ptr<RocksGraphStore> open(const std::string& name, std::size_t threshold) {
    auto store = RocksGraphStore::open(dir_.path(name), OpenMode::kReadWrite);
    EXPECT_TRUE(store.ok()) << store.error().message;
    if (!store.ok()) return nullptr;
    (*store)->set_ingest_threshold(threshold);
    return std::move(*store);
  }

  testing::TempDir dir_;
};

TEST_F(BatchIngestTest, IngestedImportEqualsWrittenImportIncludingIndexes) {
  auto written = open("written", SIZE_MAX);
  auto ingested = open("ingested", 0);
  ASSERT_NE(written, nullptr);
  ASSERT_NE(ingested, nullptr);
  // A second, overlapping file rewrites records and adds edges to claims already stored.
  for (const std::uint64_t seed : {1, 2}) {
    const std::string jsonl = testing::generated_jsonl(400, seed);
    import_text(*written, jsonl);
    import_text(*ingested, jsonl);
  }
  const std::string expected = testing::dump(*written);
  EXPECT_NE(expected.find("disputed "), std::string::npos);
  EXPECT_EQ(testing::dump(*ingested), expected);
  const auto report = ingested->check();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty());
}

TEST_F(BatchIngestTest, AWriteAfterADeletionOfTheSameKeyWinsAndDeletionsApply) {
  auto store = open("db", 0);
  ASSERT_NE(store, nullptr);
  core::WriteSet first;
  first.entities = {{1, named("Kept")}, {2, named("Dropped")}};
  first.next_id = 3;
  ASSERT_TRUE(store->apply(first).ok());

  core::WriteSet second;
  second.removed_nodes = {{core::NodeKind::kEntity, 1}, {core::NodeKind::kEntity, 2}};
  second.entities = {{1, named("Kept, first write")}, {1, named("Kept, last write")}};
  ASSERT_TRUE(store->apply(second).ok());

  const auto kept = store->get_entity(1);
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_EQ((*kept)->name, "Kept, last write");
  const auto dropped = store->get_entity(2);
  ASSERT_TRUE(dropped.ok());
  EXPECT_FALSE(dropped->has_value());
  EXPECT_FALSE(std::filesystem::exists(dir_.path("db") + "/ingest.tmp"));
}

// The sort of an ingested batch compares the keys' first 16 bytes before the rest: names
// that share them, or that are a prefix of another, must still come out in bytewise order.
TEST_F(BatchIngestTest, KeysSharingTheirFirst16BytesSortAsBytes) {
  auto written = open("written", SIZE_MAX);
  auto ingested = open("ingested", 0);
  ASSERT_NE(written, nullptr);
  ASSERT_NE(ingested, nullptr);
  const std::vector<std::string> names = {"Alexandria Northwood Jr", "Alexandria Northwood",
                                          "Alexandria Northwoods",   "Al",
                                          "Alexandria Northwood Sr", "A",
                                          "Alexandria Northwooc",    "Alexandria North"};
  core::WriteSet writes;
  for (std::size_t i = 0; i < names.size(); ++i) {
    writes.entities.emplace_back(100 - i, named(names[i]));
    writes.names.emplace_back(core::fold_name(names[i]), 100 - i);
  }
  writes.next_id = 101;
  ASSERT_TRUE(written->apply(writes).ok());
  ASSERT_TRUE(ingested->apply(writes).ok());
  EXPECT_EQ(testing::dump(*ingested), testing::dump(*written));
  for (const std::string& name : names) {
    const auto expected = written->find_entities(core::fold_name(name));
    const auto found = ingested->find_entities(core::fold_name(name));
    ASSERT_TRUE(expected.ok() && found.ok());
    EXPECT_EQ(*found, *expected) << name;
    EXPECT_EQ(found->size(), 1u) << name;
  }
  const auto report = ingested->check();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty());
}

}  // namespace
}  // namespace claimgraph::storage
