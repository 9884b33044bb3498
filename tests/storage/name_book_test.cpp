// NameBook hands out entity names and article keys read from a real store; a missing entity
// or article is corruption (an edge points to it), and article 0 means "no article". Reading
// ahead (a scan for many, random reads for few) gives the same answers.
#include "core/name_book.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/storage/imported_store.h"

namespace claimgraph::storage::testing {
namespace {

class NameBookTest : public ImportedStoreTest {
 protected:
  void SetUp() override {
    ImportedStoreTest::SetUp();
    import(R"({"type":"article","key":"a1","outlet":"Daily Planet","published":"2024-01-02"}
{"type":"claim","key":"rain","text":"It will rain in Gotham on Monday"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"rain","article":"a1","date":"2024-01-02"})");
  }
};

TEST_F(NameBookTest, GivesNamesAndKeysAndTheSameAnswerTwice) {
  core::NameBook book(*store_);
  const auto article = store_->find_key(core::NodeKind::kArticle, "a1");
  ASSERT_TRUE(article.ok() && article->has_value());
  for (int round = 0; round < 2; ++round) {
    const auto name = book.entity(entity("Jane Roe"));
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(*name, "Jane Roe");
    const auto key = book.article(**article);
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(*key, "a1");
  }
  const auto none = book.article(0);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, "");
}

TEST_F(NameBookTest, AMissingEntityOrArticleIsCorruption) {
  core::NameBook book(*store_);
  const auto next = store_->next_id();
  ASSERT_TRUE(next.ok());
  const auto entity = book.entity(*next + 10);
  ASSERT_FALSE(entity.ok());
  EXPECT_EQ(entity.error().code, core::ErrorCode::kCorruption);
  EXPECT_NE(entity.error().message.find("missing entity"), std::string::npos);
  const auto article = book.article(*next + 10);
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.error().code, core::ErrorCode::kCorruption);
}

TEST_F(NameBookTest, ReadingAheadDenseOrSparseGivesTheSameAnswers) {
  constexpr int kArticles = 1400;
  std::string jsonl;
  for (int i = 0; i < kArticles; ++i) {
    jsonl += R"({"type":"article","key":"b)" + std::to_string(i) +
             R"(","outlet":"Daily Planet","published":"2024-01-02"})" + "\n";
  }
  import(jsonl);
  std::vector<std::uint64_t> all;
  for (int i = 0; i < kArticles; ++i) {
    const auto id = store_->find_key(core::NodeKind::kArticle, "b" + std::to_string(i));
    ASSERT_TRUE(id.ok() && id->has_value());
    all.push_back(**id);
  }
  const auto next = store_->next_id();
  ASSERT_TRUE(next.ok());
  const std::uint64_t missing = *next + 10;
  // Every article (scanned); every 20th (the scan gives up, random reads take over); a few
  // (random reads only); each with 0, repeats and a missing id among them.
  std::vector<std::uint64_t> sparse;
  for (std::size_t i = 0; i < all.size(); i += 20) sparse.push_back(all[i]);
  const std::vector<std::uint64_t> few = {all[999], all[3], all[500], all[3]};
  for (std::vector<std::uint64_t> wanted : {all, sparse, few}) {
    core::NameBook book(*store_);
    wanted.insert(wanted.end(), {0, missing, wanted.front()});
    ASSERT_TRUE(book.read_articles(wanted).ok());
    ASSERT_TRUE(book.read_entities({entity("Jane Roe"), entity("Daily Planet"), missing}).ok());
    for (int i = 0; i < kArticles; ++i) {
      const auto key = book.article(all[static_cast<std::size_t>(i)]);
      ASSERT_TRUE(key.ok());
      EXPECT_EQ(*key, "b" + std::to_string(i));
    }
    const auto name = book.entity(entity("Daily Planet"));
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(*name, "Daily Planet");
    EXPECT_FALSE(book.article(missing).ok());
    EXPECT_FALSE(book.entity(missing).ok());
  }
}

}  // namespace
}  // namespace claimgraph::storage::testing
