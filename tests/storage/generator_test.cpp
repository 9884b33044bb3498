// The claim graph generator (bench/claim_graph_generator.h): deterministic output that
// claimgraph reads and imports, and query targets whose expected sizes match what the core
// queries return on the imported store.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "bench/claim_graph_generator.h"
#include "bench/query_targets.h"
#include "core/claim_report.h"
#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "core/said_query.h"
#include "core/store_graph_neighbourhood.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::bench {
namespace {

using core::NodeId;
using core::NodeKind;
using core::Relation;

std::string generate(std::uint64_t claims, std::uint64_t seed) {
  std::string text;
  JsonLineBuffer out([&text](std::string_view chunk) { text.append(chunk); }, 1 << 16);
  ClaimGraphGenerator(GeneratorOptions{.claims = claims, .seed = seed}).write_jsonl(out);
  return text;
}

TEST(ClaimGraphGeneratorTest, SameSeedGivesIdenticalOutputAndTargets) {
  EXPECT_EQ(generate(500, 7), generate(500, 7));
  const ClaimGraphGenerator a(GeneratorOptions{.claims = 500, .seed = 7});
  const ClaimGraphGenerator b(GeneratorOptions{.claims = 500, .seed = 7});
  EXPECT_EQ(targets_to_json(compute_targets(a)), targets_to_json(compute_targets(b)));
}

TEST(ClaimGraphGeneratorTest, DifferentSeedsGiveDifferentGraphs) {
  EXPECT_NE(generate(500, 1), generate(500, 2));
}

TEST(ClaimGraphGeneratorTest, DaysRunOverTwoYearsWithTheLeapDay) {
  const std::pair<std::uint32_t, std::string_view> cases[] = {
      {0, "2023-01-01"},   {58, "2023-02-28"},  {59, "2023-03-01"},  {364, "2023-12-31"},
      {365, "2024-01-01"}, {424, "2024-02-29"}, {425, "2024-03-01"}, {730, "2024-12-31"}};
  for (const auto& [day, expected] : cases) {
    char date[10];
    format_day(day, date);
    EXPECT_EQ(std::string_view(date, sizeof date), expected) << day;
  }
}

TEST(ClaimGraphGeneratorTest, EscapedStringsReadBackAsWritten) {
  const std::string name = "A \"quoted\" back\\slash\ttab\x01 Ærø";
  std::string line = R"({"type":"entity","name":)";
  append_json_string(line, name);
  line += "}\n";
  std::istringstream in(line);
  auto records = core::read_jsonl(in, "escape.jsonl");
  ASSERT_TRUE(records.ok()) << records.error().message;
  ASSERT_EQ(records->size(), 1u);
  EXPECT_EQ(std::get<core::Entity>(records->front().record).name, name);
}

// One generated graph of 2,000 claims, imported once into a real store for every test below.
class GeneratedStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new storage::testing::TempDir();
    const ClaimGraphGenerator generator(GeneratorOptions{.claims = 2000, .seed = 42});
    targets_ = new QueryTargets(compute_targets(generator));
    std::string text;
    JsonLineBuffer out([&text](std::string_view chunk) { text.append(chunk); });
    generator.write_jsonl(out);
    std::istringstream in(text);
    auto records = core::read_jsonl(in, "generated.jsonl");
    ASSERT_TRUE(records.ok()) << records.error().message;
    auto opened = storage::RocksGraphStore::open(dir_->path("db"), storage::OpenMode::kReadWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = opened->release();
    core::GraphWriter writer(*store_);
    const core::Status applied = core::apply_records(*records, "generated.jsonl", writer);
    ASSERT_TRUE(applied.ok()) << applied.error().message;
    const core::Status written = store_->apply(writer.take());
    ASSERT_TRUE(written.ok()) << written.error().message;
  }
  static void TearDownTestSuite() {
    delete store_;
    delete targets_;
    delete dir_;
  }

  static std::uint64_t entity(const std::string& name) {
    auto id = core::resolve_entity(*store_, name);
    EXPECT_TRUE(id.ok()) << name;
    return id.ok() ? *id : 0;
  }

  static storage::testing::TempDir* dir_;
  static storage::RocksGraphStore* store_;
  static QueryTargets* targets_;
};

storage::testing::TempDir* GeneratedStoreTest::dir_ = nullptr;
storage::RocksGraphStore* GeneratedStoreTest::store_ = nullptr;
QueryTargets* GeneratedStoreTest::targets_ = nullptr;

TEST_F(GeneratedStoreTest, StoreHoldsTheShapeOfTheTargets) {
  ASSERT_NE(store_, nullptr);
  std::uint64_t entities = 0, claims = 0, articles = 0;
  std::map<Relation, std::uint64_t> edges;
  ASSERT_TRUE(
      store_->scan_entities([&](std::uint64_t, const core::Entity&) { return ++entities, true; })
          .ok());
  ASSERT_TRUE(
      store_->scan_claims([&](std::uint64_t, const core::Claim&) { return ++claims, true; }).ok());
  ASSERT_TRUE(
      store_->scan_articles([&](std::uint64_t, const core::Article&) { return ++articles, true; })
          .ok());
  ASSERT_TRUE(
      store_->scan_edges([&](const core::StoredEdge& e) { return ++edges[e.rel], true; }).ok());
  const GraphShape& shape = targets_->shape;
  EXPECT_EQ(entities, shape.entities);  // no two names merged, no entity created by an edge
  EXPECT_EQ(claims, shape.claims);
  EXPECT_EQ(articles, shape.articles);
  EXPECT_EQ(edges[Relation::kAsserts], shape.asserts);
  EXPECT_EQ(edges[Relation::kDenies], shape.denies);
  EXPECT_EQ(edges[Relation::kReportedBy], shape.reported_by);
  EXPECT_EQ(edges[Relation::kAbout], shape.about);
  // The shape of issue 5: ~15% disputed, 1-3 speakers, ~1.5 outlets, ~2 about-entities.
  EXPECT_NEAR(static_cast<double>(shape.disputed_claims) / 2000, 0.15, 0.03);
  EXPECT_NEAR(static_cast<double>(shape.edges()) / 2000, 5.7, 0.3);
}

TEST_F(GeneratedStoreTest, SaidTargetsMatchStatementsOf) {
  ASSERT_GE(targets_->said.size(), 5u);
  for (const SaidTarget& target : targets_->said) {
    auto statements = core::statements_of(*store_, entity(target.speaker));
    ASSERT_TRUE(statements.ok()) << target.speaker;
    EXPECT_EQ(statements->size(), target.statements) << target.speaker;
  }
  EXPECT_GT(targets_->said.front().statements, 10 * targets_->said.back().statements);
}

TEST_F(GeneratedStoreTest, WhoTargetsMatchReportClaim) {
  ASSERT_GE(targets_->who.size(), 5u);
  std::size_t disputed = 0;
  for (const WhoTarget& target : targets_->who) {
    auto id = core::resolve_claim(*store_, target.claim);
    ASSERT_TRUE(id.ok()) << target.claim;
    auto report = core::report_claim(*store_, *id);
    ASSERT_TRUE(report.ok()) << target.claim;
    EXPECT_EQ(report->asserted.size(), target.asserts) << target.claim;
    EXPECT_EQ(report->denied.size(), target.denies) << target.claim;
    EXPECT_EQ(report->reported_by.size(), target.reported_by) << target.claim;
    disputed += target.denies > 0 ? 1 : 0;
  }
  EXPECT_GE(disputed, 1u);
}

// Claims about `about` with an asserts and a denies from different speakers, read through
// the about edges and report_claim.
std::uint64_t count_disputed(const core::GraphStore& store, std::uint64_t about) {
  auto edges = store.in_edges(NodeId{NodeKind::kEntity, about}, Relation::kAbout);
  EXPECT_TRUE(edges.ok());
  std::set<std::uint64_t> claims;
  for (const core::StoredEdge& edge : *edges) claims.insert(edge.from.id);
  std::uint64_t disputed = 0;
  for (const std::uint64_t claim : claims) {
    auto report = core::report_claim(store, claim);
    EXPECT_TRUE(report.ok());
    const bool is_disputed = std::any_of(
        report->asserted.begin(), report->asserted.end(), [&](const core::Statement& a) {
          return std::any_of(report->denied.begin(), report->denied.end(),
                             [&](const core::Statement& d) { return d.speaker != a.speaker; });
        });
    disputed += is_disputed ? 1 : 0;
  }
  return disputed;
}

TEST_F(GeneratedStoreTest, DisputedAboutTargetsMatchTheStore) {
  ASSERT_GE(targets_->disputed_about.size(), 4u);
  for (const DisputedTarget& target : targets_->disputed_about) {
    EXPECT_EQ(count_disputed(*store_, entity(target.entity)), target.disputed) << target.entity;
  }
}

TEST_F(GeneratedStoreTest, NeighbourhoodTargetsMatchTheStore) {
  ASSERT_GE(targets_->neighbourhood.size(), 4u);
  for (const NeighbourhoodTarget& target : targets_->neighbourhood) {
    auto nodes =
        core::neighbourhood(*store_, NodeId{NodeKind::kEntity, entity(target.focus)}, target.depth);
    ASSERT_TRUE(nodes.ok()) << target.focus;
    EXPECT_EQ(nodes->size(), target.nodes) << target.focus;
    const auto claims = std::count_if(nodes->begin(), nodes->end(), [](const auto& n) {
      return n.node.kind == NodeKind::kClaim;
    });
    EXPECT_EQ(static_cast<std::uint64_t>(claims), target.claims) << target.focus;
  }
}

}  // namespace
}  // namespace claimgraph::bench
