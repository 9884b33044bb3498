// RocksGraphStore::check on stores damaged on purpose, through raw RocksDB writes: each kind of
// broken invariant is reported with its key, and a clean store (also after merges) passes.
#include <gtest/gtest.h>

#include <rocksdb/db.h>

#include <algorithm>
#include <functional>
#include <sstream>

#include "core/claim_merge.h"
#include "core/entity_merge.h"
#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/name_fold.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "storage/index_codec.h"
#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

constexpr const char* kGraph = R"({"type":"article","key":"a1","outlet":"TASS","published":"2023-01-02"}
{"type":"entity","name":"Sergei Lavrov","kind":"person","aliases":["Lavrov"]}
{"type":"entity","name":"Maria Zakharova","kind":"person"}
{"type":"claim","key":"talks","text":"Talks will resume in March","about":["Sergei Lavrov"]}
{"type":"claim","key":"talks-2","text":"Negotiations restart in March"}
{"type":"edge","rel":"asserts","from":"Sergei Lavrov","to":"talks","article":"a1","quote":"talks will resume"}
{"type":"edge","rel":"denies","from":"Maria Zakharova","to":"talks","article":"a1"}
{"type":"edge","rel":"asserts","from":"Maria Zakharova","to":"talks-2"}
{"type":"edge","rel":"reported-by","from":"talks","to":"TASS","article":"a1"})";

using RawEdit = std::function<void(rocksdb::DB&, rocksdb::ColumnFamilyHandle* const*)>;

class StoreCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = open();
    std::istringstream in(kGraph);
    auto records = core::read_jsonl(in, "test.jsonl");
    ASSERT_TRUE(records.ok()) << records.error().message;
    core::GraphWriter writer(*store);
    ASSERT_TRUE(core::apply_records(*records, "test.jsonl", writer).ok());
    ASSERT_TRUE(store->apply(writer.take()).ok());
    talks_ = *core::resolve_claim(*store, "talks");
    lavrov_ = *core::resolve_entity(*store, "Lavrov");
    article_ = **store->find_key(core::NodeKind::kArticle, "a1");
  }

  std::unique_ptr<RocksGraphStore> open() {
    auto opened = RocksGraphStore::open(dir_.path("db"), OpenMode::kReadWrite);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    return std::move(*opened);
  }

  // Applies `edit` to the store's RocksDB directly (handles indexed by Family), bypassing
  // RocksGraphStore and its invariants.
  void damage(const RawEdit& edit) {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = {
        {rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions()}};
    for (std::string_view name : kFamilyNames) {
      descriptors.emplace_back(std::string(name), rocksdb::ColumnFamilyOptions());
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir_.path("db"), descriptors, &handles,
                                  &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    edit(*db, handles.data() + 1);
    for (auto* handle : handles) EXPECT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
  }

  // The problems check reports, as "family: message" lines.
  std::vector<std::string> problems() {
    auto report = open()->check();
    EXPECT_TRUE(report.ok()) << report.error().message;
    std::vector<std::string> lines;
    for (const auto& problem : report->problems) {
      lines.push_back(problem.family + ": " + problem.message);
    }
    return lines;
  }

  static bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  }

  // The asserts edge Lavrov -> talks.
  EdgeKey lavrov_asserts() const {
    return {{core::NodeKind::kEntity, lavrov_}, core::Relation::kAsserts,
            {core::NodeKind::kClaim, talks_}, article_};
  }

  testing::TempDir dir_;
  std::uint64_t talks_ = 0;
  std::uint64_t lavrov_ = 0;
  std::uint64_t article_ = 0;
};

rocksdb::ColumnFamilyHandle* handle(rocksdb::ColumnFamilyHandle* const* handles, Family f) {
  return handles[static_cast<std::size_t>(f)];
}

TEST_F(StoreCheckTest, CleanStorePasses) {
  auto report = open()->check();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty());
  EXPECT_EQ(report->nodes, 6u);  // article, 2 speakers and TASS, 2 claims
  EXPECT_EQ(report->edges, 5u);
}

TEST_F(StoreCheckTest, StorePassesAfterMergesAndAliasEdits) {
  {
    auto store = open();
    auto merged = core::merge_entities(*store, *core::resolve_entity(*store, "Maria Zakharova"),
                                       lavrov_);
    ASSERT_TRUE(merged.ok());
    ASSERT_TRUE(store->apply(*merged).ok());
    auto claims = core::merge_claims(*store, *core::resolve_claim(*store, "talks-2"), talks_);
    ASSERT_TRUE(claims.ok());
    ASSERT_TRUE(store->apply(*claims).ok());
    ASSERT_TRUE(store->apply(*core::alias_remove(*store, "Lavrov", "Maria Zakharova")).ok());
  }
  EXPECT_EQ(problems(), std::vector<std::string>{});
}

TEST_F(StoreCheckTest, ReportsAnOutEdgeWithoutItsInTwin) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), handle(handles, Family::kIn), in_edge_key(lavrov_asserts())).ok());
  });
  const auto lines = problems();
  EXPECT_TRUE(has(lines, "out: out-edge has no in-edge twin"));
  // Stats and text are recomputed from the claim's in-edges, which no longer show the edge.
  EXPECT_TRUE(has(lines, "stat: stance counts differ from the claim's edges"));
}

TEST_F(StoreCheckTest, ReportsAnInEdgeWithoutItsOutTwin) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), handle(handles, Family::kOut), out_edge_key(lavrov_asserts())).ok());
  });
  const auto lines = problems();
  EXPECT_TRUE(has(lines, "in: in-edge has no out-edge twin"));
  // The stats still count the deleted edge: they no longer match the edges.
  EXPECT_TRUE(has(lines, "stat: stance counts differ from the claim's edges"));
}

TEST_F(StoreCheckTest, ReportsEdgesOfADeletedClaim) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), handle(handles, Family::kNode),
                          node_key({core::NodeKind::kClaim, talks_})).ok());
  });
  const auto lines = problems();
  const std::string missing = "out: edge end C#" + std::to_string(talks_) + " is missing";
  EXPECT_EQ(std::count(lines.begin(), lines.end(), missing), 4);  // 2 stances, about, report
  EXPECT_TRUE(has(lines, "key: key points to missing C#" + std::to_string(talks_)));
  EXPECT_TRUE(has(lines, "text: index entry of a missing claim"));
}

// A posting of a live claim for a word its text and quotes lack: found by counting postings,
// then named by the slow pass.
TEST_F(StoreCheckTest, ReportsAStrayPostingOfALiveClaim) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Put(rocksdb::WriteOptions(), handle(handles, Family::kText),
                       posting_key("zeppelin", talks_), encode_posting(1, 4)).ok());
  });
  const auto lines = problems();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "text: posting of a token the claim's document lacks");
}

// A posting the claim's text calls for, gone or with the wrong counts: the postings'
// fingerprint differs from the documents', and the slow pass names the posting.
TEST_F(StoreCheckTest, ReportsAMissingPosting) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), handle(handles, Family::kText),
                          posting_key("march", talks_)).ok());
  });
  EXPECT_EQ(problems(),
            std::vector<std::string>{"text: posting missing or wrong for the claim's text"});
}

TEST_F(StoreCheckTest, ReportsAPostingWithWrongCounts) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Put(rocksdb::WriteOptions(), handle(handles, Family::kText),
                       posting_key("march", talks_), encode_posting(2, 99)).ok());
  });
  EXPECT_EQ(problems(),
            std::vector<std::string>{"text: posting missing or wrong for the claim's text"});
}

TEST_F(StoreCheckTest, ReportsANameOfAMissingEntity) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Put(rocksdb::WriteOptions(), handle(handles, Family::kName), name_key(core::fold_name("Ghost"), 99),
                       "").ok());
  });
  auto report = open()->check();
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_EQ(report->problems[0].key, "ghost\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00c");
  EXPECT_EQ(report->problems[0].message, "name points to missing entity E#99");
}

TEST_F(StoreCheckTest, ReportsACorruptStatRecord) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    core::ClaimStats wrong;
    wrong.asserting_speakers = 7;
    ASSERT_TRUE(db.Put(rocksdb::WriteOptions(), handle(handles, Family::kStat), stats_key(talks_),
                       encode_claim_stats(wrong)).ok());
  });
  EXPECT_EQ(problems(), std::vector<std::string>{"stat: stance counts differ from the claim's edges"});
}

// The disputed claim "talks" is listed under Lavrov, the entity it is about. Its entry gone, or
// one under an entity it is not about, or with other stats: the entries' fingerprint differs
// from the one the claims call for, and the slow pass names the entry.
TEST_F(StoreCheckTest, ReportsAMissingDisputedAboutEntry) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), handle(handles, Family::kStat),
                          disputed_about_key(lavrov_, talks_)).ok());
  });
  EXPECT_EQ(problems(), std::vector<std::string>{
                            "stat: missing: the claim is disputed and about the entity"});
}

TEST_F(StoreCheckTest, ReportsADisputedAboutEntryOfAnotherEntity) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    std::string stats;
    rocksdb::ColumnFamilyHandle* stat = handle(handles, Family::kStat);
    ASSERT_TRUE(db.Get(rocksdb::ReadOptions(), stat, disputed_key(talks_), &stats).ok());
    ASSERT_TRUE(db.Put(rocksdb::WriteOptions(), stat, disputed_about_key(99, talks_), stats).ok());
  });
  EXPECT_EQ(problems(), std::vector<std::string>{
                            "stat: claim is not disputed or not about the entity"});
}

TEST_F(StoreCheckTest, ReportsADisputedAboutEntryWithWrongCounts) {
  damage([&](rocksdb::DB& db, rocksdb::ColumnFamilyHandle* const* handles) {
    core::ClaimStats wrong;
    wrong.denying_speakers = 7;
    ASSERT_TRUE(db.Put(rocksdb::WriteOptions(), handle(handles, Family::kStat),
                       disputed_about_key(lavrov_, talks_), encode_claim_stats(wrong)).ok());
  });
  EXPECT_EQ(problems(),
            std::vector<std::string>{"stat: stance counts differ from the claim's edges"});
}

}  // namespace
}  // namespace claimgraph::storage
