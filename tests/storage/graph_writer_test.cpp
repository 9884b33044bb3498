// GraphWriter and name resolution through the real RocksDB store: aliases, ambiguity,
// idempotence and references within one batch.
#include "core/graph_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/jsonl_reader.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::core {
namespace {

using storage::OpenMode;
using storage::RocksGraphStore;

class GraphWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = RocksGraphStore::open(dir_.path("db"), OpenMode::kReadWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
  }

  // Imports JSON Lines text as one batch; returns the status of reading, applying and writing.
  Status import(const std::string& jsonl) {
    std::istringstream in(jsonl);
    auto records = read_jsonl(in, "test.jsonl");
    if (!records.ok()) return records.error();
    GraphWriter writer(*store_);
    CLAIMGRAPH_RETURN_IF_ERROR(apply_records(*records, "test.jsonl", writer));
    return store_->apply(writer.take());
  }

  std::size_t count_entities() {
    std::size_t n = 0;
    EXPECT_TRUE(store_->scan_entities([&](std::uint64_t, const Entity&) { return ++n, true; }).ok());
    return n;
  }

  storage::testing::TempDir dir_;
  std::unique_ptr<RocksGraphStore> store_;
};

TEST_F(GraphWriterTest, NamesResolveThroughAliasesCaseAccentsAndCyrillic) {
  ASSERT_TRUE(import(R"({"type":"entity","name":"Recep Tayyip Erdoğan","kind":"person","aliases":["Erdoğan","Эрдоган"]}
{"type":"entity","name":"Dmitry Peskov","kind":"person","aliases":["Peskov","Песков"]})").ok());
  auto peskov = resolve_entity(*store_, "Dmitry Peskov");
  ASSERT_TRUE(peskov.ok());
  for (const char* name : {"peskov", "PESKOV", "  Peskov ", "ПЕСКОВ", "dmitry peskov"}) {
    auto id = resolve_entity(*store_, name);
    ASSERT_TRUE(id.ok()) << name;
    EXPECT_EQ(*id, *peskov) << name;
  }
  auto erdogan = resolve_entity(*store_, "Erdogan");
  ASSERT_TRUE(erdogan.ok());
  EXPECT_EQ(*erdogan, *resolve_entity(*store_, "эрдоган"));
  EXPECT_NE(*erdogan, *peskov);
}

TEST_F(GraphWriterTest, UnknownNameIsNotFound) {
  auto id = resolve_entity(*store_, "Nobody");
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(id.error().message, "unknown entity \"Nobody\"");
}

TEST_F(GraphWriterTest, AmbiguousNameListsTheCandidates) {
  // Two entities added separately that share an alias: the alias names both.
  ASSERT_TRUE(import(R"({"type":"entity","name":"John Smith","kind":"person"})").ok());
  ASSERT_TRUE(import(R"({"type":"entity","name":"Smith & Co","kind":"organization"})").ok());
  WriteSet writes;
  writes.names.emplace_back("smith", *resolve_entity(*store_, "John Smith"));
  writes.names.emplace_back("smith", *resolve_entity(*store_, "Smith & Co"));
  ASSERT_TRUE(store_->apply(writes).ok());
  auto id = resolve_entity(*store_, "Smith");
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(id.error().message,
            "name \"Smith\" is ambiguous: John Smith (person), Smith & Co (organization)");
}

TEST_F(GraphWriterTest, SecondMentionInTheSameBatchFindsTheFirst) {
  ASSERT_TRUE(import(R"({"type":"claim","key":"c1","text":"It will rain"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"c1"}
{"type":"edge","rel":"denies","from":"jane roe","to":"c1"}
{"type":"edge","rel":"reported-by","from":"c1","to":"Daily Planet"})").ok());
  EXPECT_EQ(count_entities(), 2u);
  auto outlet = store_->get_entity(*resolve_entity(*store_, "daily planet"));
  ASSERT_TRUE(outlet.ok() && outlet->has_value());
  EXPECT_EQ((*outlet)->kind, EntityKind::kMedia);  // an outlet named by reported-by
}

TEST_F(GraphWriterTest, ImportingTheSameRecordsTwiceChangesNothing) {
  const std::string jsonl = R"({"type":"article","key":"a1","published":"2024-01-02"}
{"type":"entity","name":"Jane Roe","kind":"person","aliases":["Roe"]}
{"type":"claim","key":"c1","text":"It will rain","about":["Jane Roe"]}
{"type":"edge","rel":"asserts","from":"Roe","to":"c1","article":"a1","date":"2024-01-02"})";
  ASSERT_TRUE(import(jsonl).ok());
  const auto next = store_->next_id();
  ASSERT_TRUE(next.ok());
  ASSERT_TRUE(import(jsonl).ok());
  EXPECT_EQ(*store_->next_id(), *next);
  EXPECT_EQ(count_entities(), 1u);
  auto edges = store_->out_edges(NodeId{NodeKind::kEntity, *resolve_entity(*store_, "Roe")},
                                 Relation::kAsserts);
  ASSERT_TRUE(edges.ok());
  EXPECT_EQ(edges->size(), 1u);
}

TEST_F(GraphWriterTest, EntityRecordMergesIntoTheOneItsAliasNames) {
  ASSERT_TRUE(import(R"({"type":"entity","name":"Dmitry Peskov","aliases":["Peskov"]})").ok());
  ASSERT_TRUE(import(R"({"type":"entity","name":"Peskov","kind":"person","aliases":["Dmitry Sergeyevich Peskov"],"description":"spokesman"})").ok());
  EXPECT_EQ(count_entities(), 1u);
  auto entity = store_->get_entity(*resolve_entity(*store_, "Dmitry Sergeyevich Peskov"));
  ASSERT_TRUE(entity.ok() && entity->has_value());
  EXPECT_EQ((*entity)->name, "Dmitry Peskov");
  EXPECT_EQ((*entity)->kind, EntityKind::kPerson);
  EXPECT_EQ((*entity)->description, "spokesman");
}

TEST_F(GraphWriterTest, EdgeToUnknownClaimOrArticleFailsWithTheLine) {
  Status status = import(R"({"type":"claim","key":"c1","text":"It will rain"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"c2"})");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, "test.jsonl:2: edge refers to unknown claim \"c2\"");
  status = import(R"({"type":"claim","key":"c1","text":"It will rain"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"c1","article":"nope"})");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, "test.jsonl:2: edge refers to unknown article \"nope\"");
  EXPECT_EQ(count_entities(), 0u);  // nothing of either file was written
}

TEST_F(GraphWriterTest, ClaimGivenByTextResolvesToItsDerivedKey) {
  GraphWriter writer(*store_);
  ASSERT_TRUE(writer.put_claim(Claim{.key = "", .text = "The bridge was hit", .about = {}}).ok());
  ASSERT_TRUE(store_->apply(writer.take()).ok());
  EXPECT_TRUE(resolve_claim(*store_, "the bridge   WAS hit!").ok());
  EXPECT_EQ(resolve_claim(*store_, "the bridge stands").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace claimgraph::core
