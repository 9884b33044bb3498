// A claim can be about an entity through several edges (one without an article, one per
// article that says so). in_neighbours lists it once, and so `about` and `disputed --about`
// report it once, not once per edge.
#include <gtest/gtest.h>

#include "core/about_query.h"
#include "core/disputed_query.h"
#include "tests/storage/imported_store.h"

namespace claimgraph::storage::testing {
namespace {

class InNeighboursTest : public ImportedStoreTest {
 protected:
  void SetUp() override {
    ImportedStoreTest::SetUp();
    import(R"({"type":"article","key":"a1","outlet":"Daily Planet","published":"2024-01-02"}
{"type":"article","key":"a2","outlet":"Daily Bugle","published":"2024-01-03"}
{"type":"claim","key":"rain","text":"It will rain in Gotham on Monday","about":["Gotham"]}
{"type":"claim","key":"sun","text":"The sun will shine on Gotham","about":["Gotham"]}
{"type":"edge","rel":"about","from":"rain","to":"Gotham","article":"a1"}
{"type":"edge","rel":"about","from":"rain","to":"Gotham","article":"a2"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"rain","article":"a1","date":"2024-01-02"}
{"type":"edge","rel":"denies","from":"John Doe","to":"rain","article":"a2","date":"2024-01-03"})");
  }
};

TEST_F(InNeighboursTest, ListsEachNodeOnceWhateverItsNumberOfEdges) {
  const core::NodeId gotham{core::NodeKind::kEntity, entity("Gotham")};
  const auto about = store_->in_neighbours(gotham, core::Relation::kAbout);
  ASSERT_TRUE(about.ok());
  EXPECT_EQ(about->size(), 2u);
  const auto edges = store_->in_edges(gotham, core::Relation::kAbout);
  ASSERT_TRUE(edges.ok());
  EXPECT_EQ(edges->size(), 4u);
  const core::NodeId roe{core::NodeKind::kEntity, entity("Jane Roe")};
  const auto none = store_->in_neighbours(roe, std::nullopt);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(InNeighboursTest, AboutAndDisputedReportAClaimOnce) {
  const auto reports = core::claims_about(*store_, entity("Gotham"), {});
  ASSERT_TRUE(reports.ok());
  EXPECT_EQ(reports->size(), 2u);
  const auto disputed = core::disputed_claims(
      *store_, {.about = entity("Gotham"), .dates = {}, .limit = 0});
  ASSERT_TRUE(disputed.ok());
  ASSERT_EQ(disputed->size(), 1u);
  EXPECT_EQ(disputed->front().report.key, "rain");
}

}  // namespace
}  // namespace claimgraph::storage::testing
