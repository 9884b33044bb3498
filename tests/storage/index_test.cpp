// The stance counts and the text index through the real RocksDB store: kept in the same batch
// as the records, unchanged by a re-import, updated by a later article, and what `disputed`
// and `search` read from them.
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include "core/disputed_query.h"
#include "core/graph_writer.h"
#include "core/index_writes.h"
#include "core/jsonl_reader.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "core/text_search.h"
#include "core/timeline_query.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::core {
namespace {

using storage::OpenMode;
using storage::RocksGraphStore;

// One article: Roe asserts that it will rain, the Planet carried it.
constexpr const char* kFirstArticle =
    R"({"type":"article","key":"a1","outlet":"Daily Planet","published":"2024-01-02"}
{"type":"claim","key":"rain","text":"It will rain in Gotham on Monday"}
{"type":"claim","key":"sun","text":"The sun will shine on Gotham"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"rain","article":"a1","date":"2024-01-02","quote":"Bring an umbrella, Roe said."}
{"type":"edge","rel":"reported-by","from":"rain","to":"Daily Planet","article":"a1","date":"2024-01-02"})";

// A second article: Doe denies it, the Bugle carried the denial.
constexpr const char* kSecondArticle =
    R"({"type":"article","key":"a2","outlet":"Daily Bugle","published":"2024-01-05"}
{"type":"edge","rel":"denies","from":"John Doe","to":"rain","article":"a2","date":"2024-01-05","quote":"Not a cloud in the sky, Doe said."}
{"type":"edge","rel":"reported-by","from":"rain","to":"Daily Bugle","article":"a2","date":"2024-01-05"})";

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = RocksGraphStore::open(dir_.path("db"), OpenMode::kReadWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
  }

  WriteSet collect(const std::string& jsonl) {
    std::istringstream in(jsonl);
    auto records = read_jsonl(in, "test.jsonl");
    EXPECT_TRUE(records.ok()) << records.error().message;
    GraphWriter writer(*store_);
    const Status status = apply_records(*records, "test.jsonl", writer);
    EXPECT_TRUE(status.ok()) << status.error().message;
    return writer.take();
  }

  void import(const std::string& jsonl) {
    const Status status = store_->apply(collect(jsonl));
    ASSERT_TRUE(status.ok()) << status.error().message;
  }

  std::uint64_t claim(std::string_view key) { return **store_->find_key(NodeKind::kClaim, key); }

  ClaimStats stats_of(std::string_view key) {
    auto stats = store_->get_claim_stats(claim(key));
    EXPECT_TRUE(stats.ok() && stats->has_value()) << key;
    return stats.ok() && stats->has_value() ? **stats : ClaimStats{};
  }

  std::vector<std::uint64_t> disputed_ids() {
    std::vector<std::uint64_t> ids;
    EXPECT_TRUE(store_
                    ->scan_disputed([&](std::uint64_t id, const ClaimStats&) {
                      ids.push_back(id);
                      return true;
                    })
                    .ok());
    return ids;
  }

  std::vector<std::string> search_keys(std::string_view query, std::size_t limit = 0) {
    auto hits = search_claims(*store_, query, limit);
    EXPECT_TRUE(hits.ok()) << hits.error().message;
    std::vector<std::string> keys;
    for (const SearchHit& hit : *hits) keys.push_back(hit.key);
    return keys;
  }

  storage::testing::TempDir dir_;
  std::unique_ptr<RocksGraphStore> store_;
};

TEST_F(IndexTest, ImportCountsSpeakersAndOutletsPerSide) {
  import(kFirstArticle);
  EXPECT_EQ(stats_of("rain"), (ClaimStats{.asserting_speakers = 1,
                                          .denying_speakers = 0,
                                          .speakers = 1,
                                          .outlets = 1,
                                          .asserting_outlets = 1,
                                          .denying_outlets = 0,
                                          .latest_date = "2024-01-02"}));
  EXPECT_FALSE(store_->get_claim_stats(claim("sun"))->has_value());  // no edges, no record
  EXPECT_TRUE(disputed_ids().empty());
}

TEST_F(IndexTest, ReimportChangesNoIndexRecord) {
  import(kFirstArticle);
  import(kSecondArticle);
  const ClaimStats before = stats_of("rain");
  const TextTotals totals = *store_->text_totals();
  auto again =
      index_writes_for(*store_, collect(std::string(kFirstArticle) + "\n" + kSecondArticle));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->empty());
  import(kFirstArticle);
  EXPECT_EQ(stats_of("rain"), before);
  EXPECT_EQ(*store_->text_totals(), totals);
}

// A batch's index writes in parts of one claim each are the whole's, split: the same stats and
// documents in the same order, and the totals with the last part only.
TEST_F(IndexTest, IndexWritesInPartsAreTheWholeSplitByClaim) {
  const WriteSet writes = collect(std::string(kFirstArticle) + "\n" + kSecondArticle);
  const auto whole = index_writes_for(*store_, writes);
  ASSERT_TRUE(whole.ok());
  IndexWrites joined;
  std::vector<bool> has_totals;
  const Status status = for_each_index_part(*store_, writes, 1, [&](IndexWrites&& part) {
    EXPECT_LE(part.stats.size() + part.documents.size(), 2u);
    for (auto& stats : part.stats) joined.stats.push_back(std::move(stats));
    for (auto& change : part.documents) joined.documents.push_back(std::move(change));
    has_totals.push_back(part.totals.has_value());
    if (part.totals) joined.totals = part.totals;
    return ok_status();
  });
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(has_totals, (std::vector<bool>{false, false, true}));  // rain, sun, the totals
  EXPECT_EQ(joined.stats, whole->stats);
  ASSERT_EQ(joined.documents.size(), whole->documents.size());
  for (std::size_t i = 0; i < joined.documents.size(); ++i) {
    EXPECT_EQ(joined.documents[i].claim, whole->documents[i].claim);
    EXPECT_EQ(joined.documents[i].document, whole->documents[i].document);
  }
  EXPECT_EQ(joined.totals, whole->totals);
  EXPECT_TRUE(joined.totals.has_value());
}

TEST_F(IndexTest, SecondArticleWithADenialMakesTheClaimDisputed) {
  import(kFirstArticle);
  import(kSecondArticle);
  const ClaimStats stats = stats_of("rain");
  EXPECT_EQ(stats.asserting_speakers, 1u);
  EXPECT_EQ(stats.denying_speakers, 1u);
  EXPECT_EQ(stats.outlets, 2u);
  EXPECT_EQ(stats.asserting_outlets, 1u);  // the Planet carried the assertion only
  EXPECT_EQ(stats.denying_outlets, 1u);    // the Bugle the denial only
  EXPECT_EQ(stats.latest_date, "2024-01-05");
  EXPECT_EQ(disputed_ids(), std::vector<std::uint64_t>{claim("rain")});
}

TEST_F(IndexTest, OneSpeakerOnBothSidesIsNoDispute) {
  import(kFirstArticle);
  import(R"({"type":"edge","rel":"denies","from":"jane roe","to":"rain","date":"2024-02-01"})");
  EXPECT_EQ(stats_of("rain").speakers, 1u);
  EXPECT_TRUE(disputed_ids().empty());
  auto timeline = timeline_of(*store_, *resolve_entity(*store_, "Jane Roe"));
  ASSERT_TRUE(timeline.ok());
  ASSERT_EQ(timeline->size(), 2u);
  EXPECT_FALSE((*timeline)[0].reverses);
  ASSERT_TRUE((*timeline)[1].reverses);
  EXPECT_EQ((*timeline)[1].reverses->rel, Relation::kAsserts);
  EXPECT_EQ((*timeline)[1].reverses->date, "2024-01-02");
}

TEST_F(IndexTest, DisputedRanksWiderDisputesFirstAndFiltersByAboutAndDate) {
  import(kFirstArticle);
  import(kSecondArticle);
  import(R"({"type":"entity","name":"Gotham","kind":"place"}
{"type":"claim","key":"snow","text":"It will snow","about":["Gotham"]}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"snow","date":"2024-03-01"}
{"type":"edge","rel":"denies","from":"John Doe","to":"snow","date":"2024-03-02"})");
  auto all = disputed_claims(*store_, DisputedFilter{});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].report.key, "rain");  // two speakers and two outlets beat two speakers
  EXPECT_EQ((*all)[1].report.key, "snow");
  DisputedFilter filter;
  filter.about = *resolve_entity(*store_, "Gotham");
  auto about = disputed_claims(*store_, filter);
  ASSERT_TRUE(about.ok());
  ASSERT_EQ(about->size(), 1u);
  EXPECT_EQ((*about)[0].report.key, "snow");
  filter = DisputedFilter{};
  filter.dates.until = "2024-01-31";
  auto early = disputed_claims(*store_, filter);
  ASSERT_TRUE(early.ok());
  ASSERT_EQ(early->size(), 1u);
  EXPECT_EQ((*early)[0].report.key, "rain");
  filter = DisputedFilter{};
  filter.limit = 1;
  auto limited = disputed_claims(*store_, filter);
  ASSERT_TRUE(limited.ok());
  EXPECT_EQ(limited->size(), 1u);
}

TEST_F(IndexTest, SearchRanksClaimsMatchingMoreWordsFirst) {
  import(kFirstArticle);
  EXPECT_EQ(search_keys("rain gotham"), (std::vector<std::string>{"rain", "sun"}));
  EXPECT_EQ(search_keys("gotham", 1).size(), 1u);
  EXPECT_TRUE(search_keys("hurricane").empty());
  EXPECT_EQ(search_claims(*store_, " ?! ", 10).error().code, ErrorCode::kInvalidInput);
}

TEST_F(IndexTest, SearchFoldsCaseAndAccentsAndFindsQuotes) {
  import(R"({"type":"claim","key":"cafe","text":"Le Café du Port fermera"})");
  EXPECT_EQ(search_keys("CAFE"), std::vector<std::string>{"cafe"});
  EXPECT_EQ(search_keys("café"), std::vector<std::string>{"cafe"});
  import(kFirstArticle);
  EXPECT_EQ(search_keys("UMBRELLA"), std::vector<std::string>{"rain"});  // from the quote
  import(kSecondArticle);  // a new quote joins the claim's document
  EXPECT_EQ(search_keys("cloud"), std::vector<std::string>{"rain"});
  EXPECT_EQ(search_keys("umbrella"), std::vector<std::string>{"rain"});
}

TEST_F(IndexTest, TotalsCountEveryDocumentAndItsTokens) {
  import(kFirstArticle);
  const TextTotals totals = *store_->text_totals();
  EXPECT_EQ(totals.documents, 2u);
  // "it will rain in gotham on monday" + "bring an umbrella roe said" + "the sun will shine on
  // gotham"
  EXPECT_EQ(totals.tokens, 7u + 5u + 6u);
  auto document = store_->get_text_document(claim("rain"));
  ASSERT_TRUE(document.ok() && document->has_value());
  EXPECT_EQ((*document)->length, 12u);
  auto postings = store_->postings("gotham");
  ASSERT_TRUE(postings.ok());
  EXPECT_EQ(postings->size(), 2u);
}

TEST_F(IndexTest, AWriteSetBuiltByHandIsIndexedToo) {
  WriteSet writes;
  writes.claims.emplace_back(7, Claim{.key = "k", .text = "Hand made", .about = {}});
  writes.edges.push_back(StoredEdge{.from = {NodeKind::kEntity, 1},
                                    .rel = Relation::kDenies,
                                    .to = {NodeKind::kClaim, 7},
                                    .article = 0,
                                    .date = "2024-05-01",
                                    .quote = "",
                                    .confidence = std::nullopt,
                                    .rule = ""});
  ASSERT_TRUE(store_->apply(writes).ok());
  EXPECT_EQ(store_->get_claim_stats(7)->value().denying_speakers, 1u);
  EXPECT_EQ(search_keys("hand"), std::vector<std::string>{"k"});
}

}  // namespace
}  // namespace claimgraph::core
