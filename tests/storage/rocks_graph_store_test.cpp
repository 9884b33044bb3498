#include "storage/rocks_graph_store.h"

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

using core::NodeId;
using core::NodeKind;
using core::Relation;
using core::StoredEdge;

std::unique_ptr<RocksGraphStore> open_store(const std::string& dir, OpenMode mode) {
  auto store = RocksGraphStore::open(dir, mode);
  EXPECT_TRUE(store.ok()) << store.error().message;
  return store.ok() ? std::move(*store) : nullptr;
}

StoredEdge edge(NodeId from, Relation rel, NodeId to, std::uint64_t article,
                std::string quote = "") {
  return StoredEdge{.from = from,
                    .rel = rel,
                    .to = to,
                    .article = article,
                    .date = "2022-12-19",
                    .quote = std::move(quote),
                    .confidence = 0.9,
                    .rule = "said-that"};
}

core::Entity named(std::string name) {
  core::Entity entity;
  entity.name = std::move(name);
  return entity;
}

core::Claim claim_keyed(std::string key, std::string text = "") {
  core::Claim claim;
  claim.key = std::move(key);
  claim.text = std::move(text);
  return claim;
}

core::Article article_keyed(std::string key) {
  core::Article article;
  article.key = std::move(key);
  return article;
}

core::WriteSet edge_writes(std::vector<StoredEdge> edges) {
  core::WriteSet writes;
  writes.edges = std::move(edges);
  return writes;
}

constexpr NodeId kPeskov{NodeKind::kEntity, 2};
constexpr NodeId kRia{NodeKind::kEntity, 3};
constexpr NodeId kClaimA{NodeKind::kClaim, 10};
constexpr NodeId kClaimB{NodeKind::kClaim, 11};

class RocksGraphStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store(dir_.path(), OpenMode::kReadWrite);
    ASSERT_NE(store_, nullptr);
  }
  void apply(const core::WriteSet& writes) {
    const core::Status status = store_->apply(writes);
    ASSERT_TRUE(status.ok()) << status.error().message;
  }

  testing::TempDir dir_;
  std::unique_ptr<RocksGraphStore> store_;
};

TEST_F(RocksGraphStoreTest, RecordsOfEveryKindRoundTripIncludingUnicode) {
  const core::Entity peskov{.name = "Дмитрий Песков",
                            .kind = core::EntityKind::kPerson,
                            .aliases = {"Peskov", "Пєсков"},
                            .description = "пресс-секретарь"};
  const core::Claim claim{
      .key = "putin-minsk", .text = "Путин едет в Минск 🙂", .about = {}};
  const core::Article article{.key = "ria-1",
                              .title = "Песков: «нет»",
                              .url = "https://ria.ru/1",
                              .outlet = "RIA Novosti",
                              .published = "2022-12-19",
                              .text_sha256 = "ab"};
  core::WriteSet writes;
  writes.entities = {{2, peskov}};
  writes.claims = {{10, claim}};
  writes.articles = {{20, article}};
  apply(writes);

  EXPECT_EQ(*store_->get_entity(2), peskov);
  EXPECT_EQ(*store_->get_claim(10), claim);
  EXPECT_EQ(*store_->get_article(20), article);
  EXPECT_EQ(*store_->find_key(NodeKind::kClaim, "putin-minsk"), std::optional<std::uint64_t>(10));
  EXPECT_EQ(*store_->find_key(NodeKind::kArticle, "ria-1"), std::optional<std::uint64_t>(20));
}

TEST_F(RocksGraphStoreTest, MissingRecordsAndKeysAreNulloptNotErrors) {
  core::WriteSet writes;
  writes.claims = {{10, claim_keyed("k", "t")}};
  apply(writes);
  EXPECT_EQ(*store_->get_entity(10), std::nullopt);  // id 10 is a claim, not an entity
  EXPECT_EQ(*store_->get_claim(11), std::nullopt);
  EXPECT_EQ(*store_->get_article(10), std::nullopt);
  EXPECT_EQ(*store_->find_key(NodeKind::kArticle, "k"), std::nullopt);
  EXPECT_EQ(*store_->find_key(NodeKind::kClaim, "other"), std::nullopt);
  EXPECT_TRUE(store_->find_entities("nobody")->empty());
}

TEST_F(RocksGraphStoreTest, NameIndexReturnsEveryIdOfAFoldedNameInIdOrder) {
  core::WriteSet writes;
  writes.names = {{"peskov", 70000}, {"peskov", 2}, {"peskov", 300},
                  {"peskova", 5},    {"пєсков", 2}, {"pesko", 9}};
  apply(writes);
  EXPECT_EQ(*store_->find_entities("peskov"), (std::vector<std::uint64_t>{2, 300, 70000}));
  EXPECT_EQ(*store_->find_entities("peskova"), (std::vector<std::uint64_t>{5}));
  EXPECT_EQ(*store_->find_entities("pesko"), (std::vector<std::uint64_t>{9}));
  EXPECT_EQ(*store_->find_entities("пєсков"), (std::vector<std::uint64_t>{2}));
  EXPECT_TRUE(store_->find_entities("pes")->empty());
}

TEST_F(RocksGraphStoreTest, EveryOutEdgeHasAnInTwinThatReturnsThePayload) {
  const StoredEdge denial = edge(kPeskov, Relation::kDenies, kClaimA, 20, "«Нет», — сказал он");
  const StoredEdge reported = edge(kClaimA, Relation::kReportedBy, kRia, 20);
  apply(edge_writes({denial, reported}));

  EXPECT_EQ(*store_->out_edges(kPeskov, std::nullopt), std::vector<StoredEdge>{denial});
  EXPECT_EQ(*store_->in_edges(kClaimA, std::nullopt), std::vector<StoredEdge>{denial});
  EXPECT_EQ(*store_->out_edges(kClaimA, std::nullopt), std::vector<StoredEdge>{reported});
  EXPECT_EQ(*store_->in_edges(kRia, std::nullopt), std::vector<StoredEdge>{reported});
  EXPECT_TRUE(store_->in_edges(kPeskov, std::nullopt)->empty());
}

TEST_F(RocksGraphStoreTest, SameEndsWithDifferentArticlesAreDistinctEdges) {
  StoredEdge without_confidence = edge(kPeskov, Relation::kAsserts, kClaimA, 0);
  without_confidence.confidence = std::nullopt;
  const std::vector<StoredEdge> edges = {without_confidence,
                                         edge(kPeskov, Relation::kAsserts, kClaimA, 20, "first"),
                                         edge(kPeskov, Relation::kAsserts, kClaimA, 21, "second")};
  apply(edge_writes({edges[2], edges[0], edges[1]}));
  EXPECT_EQ(*store_->out_edges(kPeskov, Relation::kAsserts), edges);
  EXPECT_EQ(*store_->in_edges(kClaimA, Relation::kAsserts), edges);

  // Writing the same (from, rel, to, article) again overwrites, it does not add.
  StoredEdge changed = edges[1];
  changed.quote = "corrected";
  apply(edge_writes({changed}));
  EXPECT_EQ(store_->out_edges(kPeskov, std::nullopt)->size(), 3u);
  EXPECT_EQ(store_->in_edges(kClaimA, std::nullopt)->at(1), changed);
}

TEST_F(RocksGraphStoreTest, EdgesComeByRelationThenOtherEndAndFilterByRelation) {
  const NodeId big_claim{NodeKind::kClaim, 300};
  apply(edge_writes({edge(kPeskov, Relation::kDenies, kClaimB, 0),
                     edge(kPeskov, Relation::kAsserts, big_claim, 0),
                     edge(kPeskov, Relation::kDenies, kClaimA, 0),
                     edge(kPeskov, Relation::kAsserts, kClaimB, 0),
                     edge(kRia, Relation::kAsserts, kClaimA, 0)}));
  std::vector<std::pair<Relation, std::uint64_t>> seen;
  const auto edges = store_->out_edges(kPeskov, std::nullopt);
  ASSERT_TRUE(edges.ok());
  for (const StoredEdge& e : *edges) {
    seen.emplace_back(e.rel, e.to.id);
  }
  EXPECT_EQ(seen, (std::vector<std::pair<Relation, std::uint64_t>>{{Relation::kAsserts, 11},
                                                                   {Relation::kAsserts, 300},
                                                                   {Relation::kDenies, 10},
                                                                   {Relation::kDenies, 11}}));
  const auto denials = store_->out_edges(kPeskov, Relation::kDenies);
  ASSERT_EQ(denials->size(), 2u);
  EXPECT_EQ(denials->at(0).to, kClaimA);
  const auto about = store_->in_edges(kClaimA, Relation::kAbout);
  EXPECT_TRUE(about->empty());
  EXPECT_EQ(store_->in_edges(kClaimA, Relation::kAsserts)->at(0).from, kRia);
}

TEST_F(RocksGraphStoreTest, ScansVisitInIdOrderAndStopEarly) {
  core::WriteSet writes;
  for (std::uint64_t id : {300, 2, 70000, 5}) {
    writes.entities.emplace_back(id, named("e" + std::to_string(id)));
    writes.claims.emplace_back(id + 1, claim_keyed("c" + std::to_string(id)));
  }
  writes.articles.emplace_back(9, article_keyed("a"));
  apply(writes);

  std::vector<std::uint64_t> entity_ids;
  ASSERT_TRUE(store_
                  ->scan_entities([&](std::uint64_t id, const core::Entity& e) {
                    EXPECT_EQ(e.name, "e" + std::to_string(id));
                    entity_ids.push_back(id);
                    return true;
                  })
                  .ok());
  EXPECT_EQ(entity_ids, (std::vector<std::uint64_t>{2, 5, 300, 70000}));

  std::vector<std::uint64_t> claim_ids;
  ASSERT_TRUE(store_
                  ->scan_claims([&](std::uint64_t id, const core::Claim&) {
                    claim_ids.push_back(id);
                    return claim_ids.size() < 2;
                  })
                  .ok());
  EXPECT_EQ(claim_ids, (std::vector<std::uint64_t>{3, 6}));

  int articles = 0;
  ASSERT_TRUE(store_
                  ->scan_articles([&](std::uint64_t id, const core::Article& a) {
                    EXPECT_EQ(id, 9u);
                    EXPECT_EQ(a.key, "a");
                    return ++articles > 0;
                  })
                  .ok());
  EXPECT_EQ(articles, 1);
}

TEST_F(RocksGraphStoreTest, ScanEdgesVisitsInOutKeyOrderAndStopsEarly) {
  const std::vector<StoredEdge> in_order = {
      edge(kPeskov, Relation::kAsserts, kClaimA, 0), edge(kPeskov, Relation::kDenies, kClaimA, 0),
      edge(kRia, Relation::kAsserts, kClaimB, 0), edge(kClaimA, Relation::kAbout, kPeskov, 0)};
  apply(edge_writes({in_order[3], in_order[1], in_order[2], in_order[0]}));
  std::vector<StoredEdge> seen;
  ASSERT_TRUE(store_
                  ->scan_edges([&](const StoredEdge& e) {
                    seen.push_back(e);
                    return true;
                  })
                  .ok());
  // 'C' < 'E': claims' edges first, then entities' by id.
  EXPECT_EQ(seen, (std::vector<StoredEdge>{in_order[3], in_order[0], in_order[1], in_order[2]}));

  seen.clear();
  ASSERT_TRUE(store_
                  ->scan_edges([&](const StoredEdge& e) {
                    seen.push_back(e);
                    return false;
                  })
                  .ok());
  EXPECT_EQ(seen.size(), 1u);
}

TEST_F(RocksGraphStoreTest, ApplyMakesEverythingOfAWriteSetVisible) {
  core::WriteSet writes;
  writes.entities = {{2, named("Peskov")}, {3, named("RIA")}};
  writes.claims = {{10, claim_keyed("k10", "t")}};
  writes.articles = {{20, article_keyed("a20")}};
  writes.names = {{"peskov", 2}, {"ria", 3}};
  writes.edges = {edge(kPeskov, Relation::kDenies, kClaimA, 20),
                  edge(kClaimA, Relation::kReportedBy, kRia, 20)};
  writes.next_id = 21;
  apply(writes);
  EXPECT_EQ(store_->get_entity(2)->value().name, "Peskov");
  EXPECT_EQ(store_->get_entity(3)->value().name, "RIA");
  EXPECT_EQ(*store_->find_key(NodeKind::kClaim, "k10"), std::optional<std::uint64_t>(10));
  EXPECT_EQ(*store_->find_key(NodeKind::kArticle, "a20"), std::optional<std::uint64_t>(20));
  EXPECT_EQ(*store_->find_entities("ria"), std::vector<std::uint64_t>{3});
  EXPECT_EQ(store_->in_edges(kRia, std::nullopt)->size(), 1u);
  EXPECT_EQ(*store_->next_id(), 21u);
}

TEST_F(RocksGraphStoreTest, ApplyOnAReadOnlyStoreFailsAndWritesNothing) {
  store_.reset();
  auto reader = open_store(dir_.path(), OpenMode::kReadOnly);
  ASSERT_NE(reader, nullptr);
  core::WriteSet writes;
  writes.entities = {{2, named("Peskov")}};
  writes.names = {{"peskov", 2}};
  writes.next_id = 3;
  const core::Status status = reader->apply(writes);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().message, "store at " + dir_.path() + " is open read-only");
  reader.reset();

  auto writer = open_store(dir_.path(), OpenMode::kReadWrite);
  EXPECT_EQ(*writer->get_entity(2), std::nullopt);
  EXPECT_TRUE(writer->find_entities("peskov")->empty());
  EXPECT_EQ(*writer->next_id(), 1u);
}

TEST_F(RocksGraphStoreTest, NextIdStartsAtOneAndPersistsAcrossReopen) {
  EXPECT_EQ(*store_->next_id(), 1u);
  core::WriteSet writes;
  writes.next_id = 1234567890123ULL;
  apply(writes);
  store_.reset();
  for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    auto reopened = open_store(dir_.path(), mode);
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(*reopened->next_id(), 1234567890123ULL);
  }
}

}  // namespace
}  // namespace claimgraph::storage
