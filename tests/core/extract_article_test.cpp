// extract_article() end to end: the seed article as a golden test, determinism, and bad input
// (empty, binary, invalid UTF-8, one huge line) that must never crash or hang.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/jsonl_writer.h"
#include "tests/core/extract_test_util.h"

namespace claimgraph::core {
namespace {

using testing::extract_text;

std::string read_seed() {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples/seed-article.txt");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ExtractArticleTest, SeedArticleGolden) {
  const std::string text = read_seed();
  ASSERT_FALSE(text.empty());
  const auto x = extract_text(text);

  const auto drag = x.find("Dmitry Peskov", "would not drag Belarus into the war");
  ASSERT_TRUE(drag);
  EXPECT_EQ(drag->rel, "asserts");
  EXPECT_EQ(drag->outlet, "RIA Novosti");

  const auto minsk = x.find("Dmitry Peskov", "Putin going to Minsk in order to force Belarus");
  ASSERT_TRUE(minsk);
  EXPECT_EQ(minsk->rel, "denies");
  EXPECT_EQ(minsk->outlet, "RIA Novosti");

  const auto isw = x.find("Institute for the Study of War", "opportunity to put pressure on");
  ASSERT_TRUE(isw);
  EXPECT_EQ(isw->rel, "asserts");
  EXPECT_EQ(isw->outlet, "");

  const Entity* peskov = x.entity("Dmitry Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->kind, EntityKind::kPerson);
  const Entity* institute = x.entity("Institute for the Study of War");
  ASSERT_NE(institute, nullptr);
  EXPECT_EQ(institute->aliases, std::vector<std::string>{"ISW"});
  const Entity* ria = x.entity("RIA Novosti");
  ASSERT_NE(ria, nullptr);
  EXPECT_EQ(ria->kind, EntityKind::kMedia);
  for (const char* name : {"Vladimir Putin", "Belarus", "Minsk", "Alexander Lukashenko"}) {
    EXPECT_NE(x.entity(name), nullptr) << name;
  }
}

TEST(ExtractArticleTest, EdgesCarryProvenance) {
  ArticleMeta meta;
  meta.key = "test-article";
  meta.date = "2024-05-01";
  const auto records = extract_article("Headline\nJan Novak said the vote was fair.\n", meta, {});
  ASSERT_TRUE(records.ok());
  bool found = false;
  for (const NumberedRecord& r : *records) {
    const auto* edge = std::get_if<Edge>(&r.record);
    if (edge == nullptr || edge->rel != Relation::kAsserts) continue;
    found = true;
    EXPECT_EQ(edge->from, "Jan Novak");
    EXPECT_EQ(edge->provenance.article, "test-article");
    EXPECT_EQ(edge->provenance.date, "2024-05-01");
    EXPECT_EQ(edge->provenance.quote, "Jan Novak said the vote was fair.");
    EXPECT_EQ(edge->provenance.rule, "say-that");
    EXPECT_TRUE(edge->provenance.confidence.has_value());
  }
  EXPECT_TRUE(found);
}

TEST(ExtractArticleTest, SameTextGivesTheSameRecords) {
  const std::string text = read_seed();
  const auto a = extract_article(text, ArticleMeta{}, {});
  const auto b = extract_article(text, ArticleMeta{}, {});
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), b->size());
  for (std::size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ(to_jsonl_line((*a)[i].record), to_jsonl_line((*b)[i].record));
  }
}

TEST(ExtractArticleTest, EmptyTextGivesOnlyTheArticle) {
  for (const char* text : {"", "\n\n\n", "   "}) {
    const auto records = extract_article(text, ArticleMeta{}, {});
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->size(), 1u);
    EXPECT_TRUE(std::holds_alternative<Article>(records->front().record));
  }
}

TEST(ExtractArticleTest, InvalidUtf8IsAnError) {
  const auto records = extract_article("Title\nBad \xC3\x28 bytes said \xFF\n", ArticleMeta{}, {});
  ASSERT_FALSE(records.ok());
  EXPECT_EQ(records.error().code, ErrorCode::kInvalidInput);
}

TEST(ExtractArticleTest, BinaryBytesNeverCrash) {
  std::string binary;
  for (int i = 0; i < 20000; ++i) binary.push_back(static_cast<char>((i * 7919) % 128));
  const auto records = extract_article(binary, ArticleMeta{}, {});
  EXPECT_TRUE(records.ok());
}

TEST(ExtractArticleTest, HugeSingleLineIsACleanError) {
  const std::string line(50u << 20, 'a');
  const auto records = extract_article(line, ArticleMeta{}, {});
  ASSERT_FALSE(records.ok());
  EXPECT_EQ(records.error().code, ErrorCode::kInvalidInput);
}

TEST(ExtractArticleTest, UnbalancedQuotesAndLongSentencesTerminate) {
  std::string text = "Title\n";
  for (int i = 0; i < 2000; ++i) text += "\"Anna Smith said \"the \"plan \"works, ";
  text += "\n";
  const auto records = extract_article(text, ArticleMeta{}, {});
  EXPECT_TRUE(records.ok());
}

TEST(ExtractArticleTest, GenericHeadsAndTimeZonesAreNoEntities) {
  const auto x = extract_text(
      "Test headline\nThe Harbour Party lost two seats. Party strategists met at 1700 GMT. The "
      "firm filed for Chapter 11 protection after the Budget.\n");
  EXPECT_NE(x.entity("Harbour Party"), nullptr);
  EXPECT_EQ(x.entity("Party"), nullptr);
  EXPECT_EQ(x.entity("GMT"), nullptr);
  EXPECT_EQ(x.entity("Chapter"), nullptr);
  EXPECT_EQ(x.entity("Budget"), nullptr);
}

}  // namespace
}  // namespace claimgraph::core
