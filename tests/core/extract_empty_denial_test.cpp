// Empty denials ("This is nonsense."): sentences with no proposition of their own are never
// asserted; sentences with content still are (sentences and names written for these tests).
#include <gtest/gtest.h>

#include "core/extract/empty_denial.h"
#include "tests/core/extract_test_util.h"

namespace claimgraph::core {
namespace {

using extract::is_empty_denial;
using testing::article;
using testing::extract_text;

TEST(EmptyDenialTest, CharacterizationOfAPronounIsEmpty) {
  for (const char* text : {
           "This is nonsense",
           "That is a lie",
           "It is absolutely false",
           "It's utterly groundless",
           "It\u2019s fake",
           "treat it as utterly stupid, groundless claims",
           "These are lies, total lies",
           "We consider these reports groundless",
           "That is simply not true",
           "Such allegations are baseless and unfounded",
       }) {
    EXPECT_TRUE(is_empty_denial(text)) << text;
  }
}

TEST(EmptyDenialTest, ContentWordsMakeAProposition) {
  for (const char* text : {
           "It is false that the mayor resigned",
           "The bridge report is false",
           "This is nonsense about the harbour tax",
           "It is not nonsense",
           "The vote was fair",
       }) {
    EXPECT_FALSE(is_empty_denial(text)) << text;
  }
}

TEST(EmptyDenialTest, NeedsADenialWord) {
  EXPECT_FALSE(is_empty_denial("This is it"));
  EXPECT_FALSE(is_empty_denial("That is true"));
  EXPECT_FALSE(is_empty_denial(""));
}

TEST(EmptyDenialTest, SpeakerNameIsNoContent) {
  // "We" in a claim may have become the speaker's name
  EXPECT_TRUE(is_empty_denial("Orla Fenwick consider these claims absurd", "Orla Fenwick"));
  EXPECT_FALSE(is_empty_denial("Orla Fenwick consider these claims absurd", "Piet Varga"));
}

TEST(EmptyDenialTest, QuotedEmptyDenialIsNotAsserted) {
  const auto x =
      extract_text(article("Irena Dolska said the ferry service would not close in winter.\n"
                           "\"This is nonsense,\" Dolska said.\n"
                           "Marek Halloway said: \"It is absolutely false.\""));
  ASSERT_TRUE(x.find("Irena Dolska", "ferry service would not close"));
  for (const auto& s : x.statements) {
    EXPECT_EQ(s.claim.find("nonsense"), std::string::npos) << s.speaker << ": " << s.claim;
    EXPECT_EQ(s.claim.find("absolutely false"), std::string::npos) << s.speaker << ": " << s.claim;
  }
}

TEST(EmptyDenialTest, DenialWithContentIsStillExtracted) {
  const auto x =
      extract_text(article("Marek Halloway said: \"It is false that the mayor resigned.\""));
  ASSERT_TRUE(x.find("Marek Halloway", "the mayor resigned"));
}

TEST(EmptyDenialTest, QuoteAfterCalledFalseKeepsOnlyTheDenial) {
  const auto x = extract_text(
      article("Irena Dolska called the reports about the ferry closing \"absurd\".\n"
              "Quote: \"We treat it as completely absurd, baseless rumours. The ferry will run "
              "all winter.\""));
  const auto denial = x.find("Irena Dolska", "the ferry closing");
  ASSERT_TRUE(denial);
  EXPECT_EQ(denial->rel, "denies");
  ASSERT_TRUE(x.find("Irena Dolska", "The ferry will run all winter"));
  for (const auto& s : x.statements) {
    EXPECT_EQ(s.claim.find("baseless rumours"), std::string::npos) << s.claim;
  }
}

}  // namespace
}  // namespace claimgraph::core
