// alias add/rm, merge, distinct and claims merge through the real RocksDB store: names resolve
// where they should, every edge moves with its provenance, and the stance counts and text index
// of every touched claim are right after the batch.
#include "core/entity_merge.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/claim_merge.h"
#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::core {
namespace {

using storage::OpenMode;
using storage::RocksGraphStore;

// Two speakers who are one person ("Sergei Lavrov" and "Lavrov S."), a homonym pair, and a
// claim asserted by one and denied by the other, reported by an outlet.
constexpr const char* kGraph = R"({"type":"article","key":"a1","outlet":"TASS","published":"2023-01-02"}
{"type":"article","key":"a2","outlet":"Reuters","published":"2023-01-03"}
{"type":"entity","name":"Sergei Lavrov","kind":"person","aliases":["Lavrov"]}
{"type":"entity","name":"Lavrov S.","kind":"other","description":"Russian foreign minister"}
{"type":"entity","name":"John Smith","kind":"person"}
{"type":"entity","name":"John Smith Jr","kind":"person"}
{"type":"claim","key":"talks","text":"Talks will resume in March","about":["Sergei Lavrov"]}
{"type":"claim","key":"talks-2","text":"Negotiations restart in March"}
{"type":"edge","rel":"asserts","from":"Lavrov S.","to":"talks","article":"a1","date":"2023-01-02","quote":"talks will resume","confidence":0.8}
{"type":"edge","rel":"denies","from":"Sergei Lavrov","to":"talks","article":"a2","date":"2023-01-03","quote":"no talks"}
{"type":"edge","rel":"reported-by","from":"talks","to":"TASS","article":"a1"}
{"type":"edge","rel":"asserts","from":"John Smith","to":"talks-2","article":"a2","quote":"negotiations restart"})";

class EntityMergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = RocksGraphStore::open(dir_.path("db"), OpenMode::kReadWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    std::istringstream in(kGraph);
    auto records = read_jsonl(in, "test.jsonl");
    ASSERT_TRUE(records.ok()) << records.error().message;
    GraphWriter writer(*store_);
    ASSERT_TRUE(apply_records(*records, "test.jsonl", writer).ok());
    ASSERT_TRUE(store_->apply(writer.take()).ok());
  }

  std::uint64_t id(const char* name) {
    auto found = resolve_entity(*store_, name);
    EXPECT_TRUE(found.ok()) << name << ": " << (found.ok() ? "" : found.error().message);
    return found.ok() ? *found : 0;
  }
  std::uint64_t claim(const char* key) { return *resolve_claim(*store_, key); }

  Status apply(Result<WriteSet> writes) {
    if (!writes.ok()) return writes.error();
    return store_->apply(*writes);
  }

  storage::testing::TempDir dir_;
  std::unique_ptr<RocksGraphStore> store_;
};

TEST_F(EntityMergeTest, AliasAddAndRemoveChangeResolution) {
  ASSERT_TRUE(apply(alias_add(*store_, "Sergei Lavrov", "Лавров")).ok());
  EXPECT_EQ(id("лавров"), id("Sergei Lavrov"));
  EXPECT_EQ(alias_add(*store_, "Lavrov", "LAVROV").error().code, ErrorCode::kInvalidInput);
  ASSERT_TRUE(apply(alias_remove(*store_, "Sergei Lavrov", "Lavrov")).ok());
  EXPECT_EQ(resolve_entity(*store_, "Lavrov").error().code, ErrorCode::kNotFound);
  EXPECT_EQ((*store_->get_entity(id("Sergei Lavrov")))->aliases,
            std::vector<std::string>{"Лавров"});
}

TEST_F(EntityMergeTest, AliasRemoveRefusesTheCanonicalNameAndUnknownAliases) {
  auto canonical = alias_remove(*store_, "Lavrov", "sergei lavrov");
  ASSERT_FALSE(canonical.ok());
  EXPECT_EQ(canonical.error().message,
            "cannot remove \"sergei lavrov\": it is the canonical name of Sergei Lavrov");
  auto unknown = alias_remove(*store_, "Sergei Lavrov", "Minister");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message, "\"Minister\" is not an alias of Sergei Lavrov");
}

TEST_F(EntityMergeTest, MergeMovesEveryEdgeWithProvenanceAndNames) {
  const std::uint64_t from = id("Lavrov S."), into = id("Sergei Lavrov");
  const std::uint64_t talks = claim("talks");
  ASSERT_TRUE(store_->get_claim_stats(talks)->value().is_disputed());
  MergeSummary summary;
  ASSERT_TRUE(apply(merge_entities(*store_, from, into, &summary)).ok());
  EXPECT_EQ(summary.moved_edges, 1u);
  EXPECT_FALSE(store_->get_entity(from)->has_value());
  EXPECT_EQ(id("Lavrov S."), into);
  const Entity merged = **store_->get_entity(into);
  EXPECT_EQ(merged.aliases, (std::vector<std::string>{"Lavrov", "Lavrov S."}));
  EXPECT_EQ(merged.description, "Russian foreign minister");
  auto out = *store_->out_edges({NodeKind::kEntity, into}, std::nullopt);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].rel, Relation::kAsserts);
  EXPECT_EQ(out[0].quote, "talks will resume");
  ASSERT_TRUE(out[0].confidence.has_value());
  EXPECT_DOUBLE_EQ(*out[0].confidence, 0.8);
  EXPECT_EQ(out[0].date, "2023-01-02");
  EXPECT_TRUE(store_->out_edges({NodeKind::kEntity, from}, std::nullopt)->empty());
  auto in = *store_->in_edges({NodeKind::kClaim, talks}, std::nullopt);
  ASSERT_EQ(in.size(), 2u);
  // One speaker now asserts and denies: not disputed between different speakers.
  const ClaimStats stats = **store_->get_claim_stats(talks);
  EXPECT_EQ(stats.speakers, 1u);
  EXPECT_EQ(stats.asserting_speakers, 1u);
  EXPECT_EQ(stats.denying_speakers, 1u);
  EXPECT_FALSE(stats.is_disputed());
  bool listed = false;
  ASSERT_TRUE(store_->scan_disputed([&](std::uint64_t, const ClaimStats&) {
    return listed = true, true;
  }).ok());
  EXPECT_FALSE(listed);
}

TEST_F(EntityMergeTest, MergeMovesIncomingEdgesToo) {
  ASSERT_TRUE(apply(alias_add(*store_, "Reuters", "Reuters Agency")).ok());
  const std::uint64_t tass = id("TASS"), reuters = id("Reuters");
  ASSERT_TRUE(apply(merge_entities(*store_, tass, reuters)).ok());
  auto in = *store_->in_edges({NodeKind::kEntity, reuters}, Relation::kReportedBy);
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].from, (NodeId{NodeKind::kClaim, claim("talks")}));
  EXPECT_EQ(id("tass"), reuters);
  EXPECT_EQ(store_->get_claim_stats(claim("talks"))->value().outlets, 1u);
}

TEST_F(EntityMergeTest, MergeIntoItselfIsRefused) {
  auto merged = merge_entities(*store_, id("Lavrov"), id("Sergei Lavrov"));
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.error().message, "cannot merge Sergei Lavrov into itself");
}

TEST_F(EntityMergeTest, DistinctRefusesMergeAndKeepsSharedNamesAmbiguous) {
  const std::uint64_t smith = id("John Smith"), junior = id("John Smith Jr");
  ASSERT_TRUE(apply(mark_distinct(*store_, smith, junior)).ok());
  EXPECT_EQ(*store_->distinct_from(junior), std::vector<std::uint64_t>{smith});
  auto merged = merge_entities(*store_, junior, smith);
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.error().message,
            "refusing to merge John Smith Jr into John Smith: they are recorded as distinct");
  // An alias onto the partner's name names both: resolution stays ambiguous.
  ASSERT_TRUE(apply(alias_add(*store_, "John Smith Jr", "John Smith")).ok());
  auto both = resolve_entity(*store_, "John Smith");
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(id("John Smith Jr"), junior);
  EXPECT_FALSE(mark_distinct(*store_, smith, smith).ok());
}

TEST_F(EntityMergeTest, MergeCarriesDistinctPairsOver) {
  ASSERT_TRUE(apply(mark_distinct(*store_, id("Lavrov S."), id("John Smith"))).ok());
  ASSERT_TRUE(apply(merge_entities(*store_, id("Lavrov S."), id("Sergei Lavrov"))).ok());
  EXPECT_EQ(*store_->distinct_from(id("John Smith")), std::vector<std::uint64_t>{id("Lavrov")});
}

TEST_F(EntityMergeTest, ClaimsMergeKeepsEverySourceAndTheOldKeyResolves) {
  const std::uint64_t from = claim("talks-2"), into = claim("talks");
  std::size_t moved = 0;
  ASSERT_TRUE(apply(merge_claims(*store_, from, into, &moved)).ok());
  EXPECT_EQ(moved, 1u);
  EXPECT_EQ(claim("talks-2"), into);
  EXPECT_EQ(claim("Negotiations restart in March"), into);
  EXPECT_FALSE(store_->get_claim(from)->has_value());
  auto stance = *store_->in_edges({NodeKind::kClaim, into}, std::nullopt);
  ASSERT_EQ(stance.size(), 3u);
  const ClaimStats stats = **store_->get_claim_stats(into);
  EXPECT_EQ(stats.asserting_speakers, 2u);
  EXPECT_FALSE(store_->get_claim_stats(from)->has_value());
  EXPECT_FALSE(store_->get_text_document(from)->has_value());
  auto postings = *store_->postings("negotiations");
  ASSERT_EQ(postings.size(), 1u);  // the moved quote, now in the merged claim's document
  EXPECT_EQ(postings[0].claim, into);
  EXPECT_TRUE(store_->postings("restart")->size() == 1u);
  EXPECT_EQ(store_->text_totals()->documents, 1u);
  EXPECT_EQ(merge_claims(*store_, into, into).error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace claimgraph::core
