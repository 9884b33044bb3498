// `rank`: degree, PageRank and betweenness through the real store, on graphs whose answers are
// worked out by hand in the comments.
#include "core/rank_query.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/storage/imported_store.h"

namespace claimgraph::core {
namespace {

// A star: Hub asserts c1..c4; each claim has one more speaker (L2 denies c2). c1 is about X.
// Taken as undirected it is Hub - ci - Li for i = 1..4.
constexpr const char* kStar =
    R"({"type":"entity","name":"Hub","kind":"person"}
{"type":"entity","name":"L1","kind":"person"}
{"type":"entity","name":"L2","kind":"person"}
{"type":"entity","name":"L3","kind":"person"}
{"type":"entity","name":"L4","kind":"person"}
{"type":"entity","name":"X","kind":"place"}
{"type":"claim","key":"c1","text":"claim one","about":["X"]}
{"type":"claim","key":"c2","text":"claim two"}
{"type":"claim","key":"c3","text":"claim three"}
{"type":"claim","key":"c4","text":"claim four"}
{"type":"edge","rel":"asserts","from":"Hub","to":"c1"}
{"type":"edge","rel":"asserts","from":"Hub","to":"c2"}
{"type":"edge","rel":"asserts","from":"Hub","to":"c3"}
{"type":"edge","rel":"asserts","from":"Hub","to":"c4"}
{"type":"edge","rel":"asserts","from":"L1","to":"c1"}
{"type":"edge","rel":"denies","from":"L2","to":"c2"}
{"type":"edge","rel":"asserts","from":"L3","to":"c3"}
{"type":"edge","rel":"asserts","from":"L4","to":"c4"})";

using Ranking = std::vector<std::pair<std::string, double>>;  // name or key, score

class RankQueryTest : public storage::testing::ImportedStoreTest {
 protected:
  Ranking rank(RankRole role, RankAlgorithm algorithm, SnapshotSelection selection = {},
               std::size_t limit = kDefaultRankLimit) {
    auto ranked = rank_nodes(*store_, {.role = role,
                                       .algorithm = algorithm,
                                       .selection = selection,
                                       .limit = limit,
                                       .max_betweenness_nodes = kMaxBetweennessNodes});
    EXPECT_TRUE(ranked.ok()) << ranked.error().message;
    Ranking names;
    if (!ranked.ok()) return names;
    for (const RankedNode& node : *ranked) {
      names.emplace_back(node.label.key.empty() ? node.label.name : node.label.key, node.score);
    }
    return names;
  }
};

TEST_F(RankQueryTest, DegreeCountsStatementsAndTiesGoToTheOlderNode) {
  import(kStar);
  EXPECT_EQ(rank(RankRole::kSpeakers, RankAlgorithm::kDegree),
            (Ranking{{"Hub", 4}, {"L1", 1}, {"L2", 1}, {"L3", 1}, {"L4", 1}}));
  EXPECT_EQ(rank(RankRole::kSpeakers, RankAlgorithm::kDegree, {}, 2),
            (Ranking{{"Hub", 4}, {"L1", 1}}));
}

TEST_F(RankQueryTest, ContestedClaimsWeighDeniersTwiceAndCountSpeakersOnce) {
  import(kStar);
  // Hub asserts c1 again in another article: a second statement, not a second speaker.
  import(R"({"type":"article","key":"a2","published":"2024-01-02"}
{"type":"edge","rel":"asserts","from":"Hub","to":"c1","article":"a2"})");
  EXPECT_EQ(rank(RankRole::kClaims, RankAlgorithm::kDegree),
            (Ranking{{"c2", 1 + kDenierWeight}, {"c1", 2}, {"c3", 2}, {"c4", 2}}));
  EXPECT_EQ(rank(RankRole::kSpeakers, RankAlgorithm::kDegree, {}, 1), (Ranking{{"Hub", 5}}));
}

TEST_F(RankQueryTest, OutletsRankByTheReportsThatCiteThem) {
  import(kStar);
  import(R"({"type":"entity","name":"Daily","kind":"media"}
{"type":"entity","name":"Weekly","kind":"media"}
{"type":"edge","rel":"reported-by","from":"c1","to":"Daily"}
{"type":"edge","rel":"reported-by","from":"c2","to":"Daily"}
{"type":"edge","rel":"reported-by","from":"c3","to":"Daily"}
{"type":"edge","rel":"reported-by","from":"c3","to":"Weekly"})");
  EXPECT_EQ(rank(RankRole::kOutlets, RankAlgorithm::kDegree),
            (Ranking{{"Daily", 3}, {"Weekly", 1}}));
  // Both outlets get credit from c3; Daily from two more claims.
  EXPECT_EQ(rank(RankRole::kOutlets, RankAlgorithm::kPageRank).front().first, "Daily");
}

TEST_F(RankQueryTest, PageRankMatchesAHandComputation) {
  // Speakers' graph: c → S1 and c → S2. c has no in-edge: 0.15 every round; each speaker gets
  // 0.15 + 0.85 × 0.15 / 2 = 0.21375.
  import(R"({"type":"entity","name":"S1","kind":"person"}
{"type":"entity","name":"S2","kind":"person"}
{"type":"claim","key":"c","text":"a claim"}
{"type":"edge","rel":"asserts","from":"S1","to":"c"}
{"type":"edge","rel":"asserts","from":"S2","to":"c"})");
  const Ranking ranked = rank(RankRole::kSpeakers, RankAlgorithm::kPageRank);
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked[0].first, "S1");
  EXPECT_NEAR(ranked[0].second, 0.21375, 1e-9);
  EXPECT_NEAR(ranked[1].second, 0.21375, 1e-9);
}

TEST_F(RankQueryTest, TheHubOfAStarRanksFirstByPageRank) {
  import(kStar);
  const Ranking ranked = rank(RankRole::kSpeakers, RankAlgorithm::kPageRank);
  ASSERT_EQ(ranked.size(), 5u);
  EXPECT_EQ(ranked[0].first, "Hub");
  EXPECT_GT(ranked[0].second, ranked[1].second);
}

TEST_F(RankQueryTest, BetweennessOfAStar) {
  // Every path between two of the four branches {ci, Li} goes through Hub: 6 branch pairs × 4
  // node pairs = 24. ci lies between Li and the 7 other nodes. The leaves lie on no path.
  import(kStar);
  EXPECT_EQ(rank(RankRole::kSpeakers, RankAlgorithm::kBetweenness),
            (Ranking{{"Hub", 24}, {"L1", 0}, {"L2", 0}, {"L3", 0}, {"L4", 0}}));
  EXPECT_EQ(rank(RankRole::kClaims, RankAlgorithm::kBetweenness),
            (Ranking{{"c1", 7}, {"c2", 7}, {"c3", 7}, {"c4", 7}}));
}

TEST_F(RankQueryTest, AboutRestrictsToTheClaimsAboutAnEntity) {
  import(kStar);
  SnapshotSelection about_x{.about = entity("X"), .focus = std::nullopt, .depth = 2};
  EXPECT_EQ(rank(RankRole::kSpeakers, RankAlgorithm::kDegree, about_x),
            (Ranking{{"Hub", 1}, {"L1", 1}}));
  // Hub - c1 - L1: c1 lies between the two speakers.
  EXPECT_EQ(rank(RankRole::kClaims, RankAlgorithm::kBetweenness, about_x), (Ranking{{"c1", 1}}));
}

TEST_F(RankQueryTest, FocusRestrictsToANeighbourhood) {
  import(kStar);
  // Within 2 edges of L2: c2 and Hub (and nothing of Hub's other claims).
  SnapshotSelection near_l2{
      .about = std::nullopt, .focus = NodeId{NodeKind::kEntity, entity("L2")}, .depth = 2};
  EXPECT_EQ(rank(RankRole::kSpeakers, RankAlgorithm::kDegree, near_l2),
            (Ranking{{"Hub", 1}, {"L2", 1}}));
}

TEST_F(RankQueryTest, BetweennessIsRefusedAboveTheThresholdButRunsOnASubgraph) {
  import(kStar);
  RankOptions options{.role = RankRole::kSpeakers,
                      .algorithm = RankAlgorithm::kBetweenness,
                      .selection = {},
                      .limit = 5,
                      .max_betweenness_nodes = 8};  // the star has 9 nodes
  auto refused = rank_nodes(*store_, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(refused.error().message.find("betweenness on more than 8 nodes (the whole graph)"),
            std::string::npos);
  EXPECT_NE(refused.error().message.find("--about"), std::string::npos);
  EXPECT_NE(refused.error().message.find("--focus"), std::string::npos);
  options.max_betweenness_nodes = 9;  // exactly the star: allowed
  EXPECT_TRUE(rank_nodes(*store_, options).ok());
  options.max_betweenness_nodes = 8;
  options.selection.about = entity("X");
  EXPECT_TRUE(rank_nodes(*store_, options).ok());
  options.algorithm = RankAlgorithm::kDegree;  // degree has no threshold
  options.selection = {};
  EXPECT_TRUE(rank_nodes(*store_, options).ok());
}

TEST_F(RankQueryTest, AnEmptyStoreRanksNothing) {
  EXPECT_TRUE(rank(RankRole::kClaims, RankAlgorithm::kPageRank).empty());
  EXPECT_TRUE(rank(RankRole::kSpeakers, RankAlgorithm::kBetweenness).empty());
}

}  // namespace
}  // namespace claimgraph::core
