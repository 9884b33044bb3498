// Attribution patterns of the extraction engine, one sentence each (sentences written for
// these tests).
#include <gtest/gtest.h>

#include "tests/core/extract_test_util.h"

namespace claimgraph::core {
namespace {

using testing::article;
using testing::extract_text;

TEST(ExtractPatternTest, SaidThat) {
  const auto x = extract_text(article("Maria Lopez said that the bridge would reopen in May."));
  const auto s = x.find("Maria Lopez", "bridge would reopen in May");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "asserts");
  EXPECT_EQ(s->claim, "the bridge would reopen in May");
}

TEST(ExtractPatternTest, QuoteThenSpeakerSaid) {
  const auto x = extract_text(article("\"The harvest was the best in a decade,\" Tom Baker said."));
  const auto s = x.find("Tom Baker", "harvest was the best in a decade");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rule, "quote-said");
}

TEST(ExtractPatternTest, QuoteThenSaidSpeaker) {
  const auto x = extract_text(article("\"Prices will fall next year,\" said Anna Berg."));
  const auto s = x.find("Anna Berg", "Prices will fall next year");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rule, "quote-said-x");
}

TEST(ExtractPatternTest, AccordingTo) {
  const auto x = extract_text(article("According to Greenpeace, the river is badly polluted."));
  ASSERT_TRUE(x.find("Greenpeace", "the river is badly polluted"));
}

TEST(ExtractPatternTest, ToldOutletIsReportedBy) {
  const auto x = extract_text(article("Peter Hall told Reuters that the factory would close."));
  const auto s = x.find("Peter Hall", "the factory would close");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->outlet, "Reuters");
}

TEST(ExtractPatternTest, SaidColonQuote) {
  const auto x = extract_text(article("Clara Stein said: \"My budget is balanced and fair.\""));
  ASSERT_TRUE(x.find("Clara Stein", "Stein's budget is balanced"));
}

TEST(ExtractPatternTest, DeniedThatGivesThePositiveProposition) {
  const auto x = extract_text(article("Omar Haddad denied that he had sold the shares."));
  const auto s = x.find("Omar Haddad", "Haddad had sold the shares");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, RejectedClaimsThat) {
  const auto x = extract_text(
      article("Acme Corporation rejected claims that its software leaked customer data."));
  const auto s = x.find("Acme Corporation", "software leaked customer data");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, CalledGroundlessIsADenial) {
  const auto x = extract_text(article(
      "Ivan Petrov called the reports about the minister resigning \"absurd and groundless\"."));
  const auto s = x.find("Ivan Petrov", "the minister resigning");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
  EXPECT_EQ(s->rule, "called-false");
}

TEST(ExtractPatternTest, AssertedNegativeStaysAnAssertion) {
  const auto x = extract_text(article("Laura Chen said the company would not cut jobs."));
  const auto s = x.find("Laura Chen", "would not cut jobs");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "asserts");
}

TEST(ExtractPatternTest, SaidHeRejectedIsADenial) {
  const auto x = extract_text(
      article("Mark Fisher said he rejected the idea that the plan was too expensive."));
  const auto s = x.find("Mark Fisher", "the plan was too expensive");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, NamedReportOfAnotherSpeakerKeepsTheOuterSpeaker) {
  const auto x = extract_text(article("Sara Klein said the inspectors had said the dam was safe."));
  ASSERT_TRUE(x.find("Sara Klein", "the dam was safe"));
  EXPECT_EQ(x.statements.size(), 1u);
}

TEST(ExtractPatternTest, SourceDetailsQuoteLayout) {
  const auto x = extract_text(
      "Nora Vance, the spokeswoman of the Harbour Authority, said that the port would stay open.\n"
      "Source: Interfax\n"
      "Details: Vance called the rumours about the port closing \"nonsense\".\n"
      "Quote: \"Ships will keep arriving every day.\"\n"
      "Previously: Experts of the Maritime Institute suppose that traffic will double.\n");
  const auto lede = x.find("Nora Vance", "the port would stay open");
  ASSERT_TRUE(lede);
  EXPECT_EQ(lede->outlet, "Interfax");
  const auto denial = x.find("Nora Vance", "the port closing");
  ASSERT_TRUE(denial);
  EXPECT_EQ(denial->rel, "denies");
  EXPECT_EQ(denial->outlet, "Interfax");
  const auto quote = x.find("Nora Vance", "Ships will keep arriving");
  ASSERT_TRUE(quote);
  EXPECT_EQ(quote->outlet, "Interfax");
  const auto experts = x.find("Maritime Institute", "traffic will double");
  ASSERT_TRUE(experts);
  EXPECT_EQ(experts->outlet, "");
}

TEST(ExtractPatternTest, QuoteContinuationGoesToTheLastSpeaker) {
  const auto x = extract_text(article(
      "\"We will win the final,\" coach Dan Moore said.\n\"The players are ready for it.\""));
  ASSERT_TRUE(x.find("Dan Moore", "The players are ready for it"));
}

TEST(ExtractPatternTest, UnattributedNarrationGivesNothing) {
  const auto x = extract_text(article("The river flooded the town on Monday. Shops stayed shut."));
  EXPECT_TRUE(x.statements.empty());
}

}  // namespace
}  // namespace claimgraph::core

namespace claimgraph::core {
namespace {

using testing::article;
using testing::extract_text;

TEST(ExtractPatternTest, PossessiveAllegationsAreTheOwnersClaim) {
  const auto x = extract_text(article(
      "The court heard Rosa Diaz's allegations that the landlord had ignored the repairs."));
  const auto s = x.find("Rosa Diaz", "the landlord had ignored the repairs");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rule, "claim-noun");
}

TEST(ExtractPatternTest, ReportInAnOutletIsTheOutletsClaim) {
  const auto x = extract_text(article(
      "The shares rose after a report in the Financial Times that the bank would be sold."));
  ASSERT_TRUE(x.find("Financial Times", "the bank would be sold"));
}

TEST(ExtractPatternTest, FirstPersonDenialInsideAQuote) {
  const auto x = extract_text(article(
      "\"We categorically deny any involvement in the break-in,\" a Nordwind Group spokesman "
      "said."));
  const auto s = x.find("Nordwind Group", "involvement in the break-in");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, ParticipleSpeaksForTheSubject) {
  const auto x = extract_text(
      article("Kestrel Bank rejected the merger offer, insisting it had enough capital."));
  ASSERT_TRUE(x.find("Kestrel Bank", "Kestrel Bank had enough capital"));
}

TEST(ExtractPatternTest, DismissingANamedReportDeniesWhatItSaid) {
  const auto x =
      extract_text(article("The Daily Courier reported that the governor had resigned. "
                           "Governor Amy Stone dismissed the report as untrue."));
  const auto s = x.find("Amy Stone", "the governor had resigned");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, StatementInATweetHasNoComplement) {
  const auto x = extract_text(
      article("\"The talks are over,\" Ben Ortiz said in a tweet on Sunday, quoting an old song."));
  ASSERT_TRUE(x.find("Ben Ortiz", "The talks are over"));
  EXPECT_EQ(x.statements.size(), 1u);
}

}  // namespace
}  // namespace claimgraph::core

namespace claimgraph::core {
namespace {

using testing::article;
using testing::extract_text;

TEST(ExtractPatternTest, WrongToSuggestIsADenial) {
  const auto x = extract_text(
      article("Lena Brandt said it was wrong to suggest that the museum would close."));
  const auto s = x.find("Lena Brandt", "the museum would close");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, NoTruthInIsADenial) {
  const auto x = extract_text(
      article("Carl Weiss said there was no truth in the reports that he would resign."));
  const auto s = x.find("Carl Weiss", "Weiss would resign");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, QuoteThenSaidWithATrailingAdjunct) {
  const auto x = extract_text(
      article("\"The contract was never signed,\" Judge Olga Reyes said in her ruling."));
  ASSERT_TRUE(x.find("Olga Reyes", "The contract was never signed"));
  EXPECT_EQ(x.statements.size(), 1u);
}

TEST(ExtractPatternTest, BracketedWordsStayButEditorNotesGo) {
  const auto x = extract_text(
      article("Nina Park said: \"[The mayor] will sign the harbour budget [on Friday - ed.].\""));
  const auto s = x.find("Nina Park", "The mayor will sign the harbour budget");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->claim.find("Friday"), std::string::npos);
}

TEST(ExtractPatternTest, AllegationsWereUntrueIsADenial) {
  const auto x =
      extract_text(article("Rita Moss said the allegations were \"completely untrue\"."));
  const auto s = x.find("Rita Moss", "the allegations were true");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, ClaimsHadNoMeritIsADenial) {
  const auto x = extract_text(article("Harbor Mining said the claims had no merit."));
  const auto s = x.find("Harbor Mining", "the claims had merit");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, ReportThatHasNothingToDoWithRealityDeniesItsContent) {
  const auto x = extract_text(article(
      "Omar Haddad said the report that the mill would be sold had nothing to do with reality."));
  const auto s = x.find("Omar Haddad", "the mill would be sold");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
  EXPECT_EQ(s->claim.find("reality"), std::string::npos);
}

TEST(ExtractPatternTest, DenialAndAssertionJoinedByAndAreTwoStatements) {
  const auto x = extract_text(article(
      "Rita Moss said the allegations were untrue and the landlord was trying to evict her."));
  const auto denial = x.find("Rita Moss", "the allegations were true");
  ASSERT_TRUE(denial);
  EXPECT_EQ(denial->rel, "denies");
  const auto assertion = x.find("Rita Moss", "the landlord was trying to evict");
  ASSERT_TRUE(assertion);
  EXPECT_EQ(assertion->rel, "asserts");
}

TEST(ExtractPatternTest, ClausesOfTheSameStanceStayTogether) {
  const auto x = extract_text(
      article("Rita Moss said the rent was too high and the landlord was trying to evict her."));
  ASSERT_TRUE(x.find("Rita Moss", "the rent was too high and the landlord"));
}

TEST(ExtractPatternTest, OutletIsNotInheritedAcrossAnotherAudience) {
  const auto x = extract_text(article(
      "Paul Grey told Reuters that the plant would close. Asked by the union why he had waited, "
      "Mr Grey said the losses had grown too large."));
  const auto first = x.find("Paul Grey", "the plant would close");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->outlet, "Reuters");
  const auto second = x.find("Paul Grey", "the losses had grown too large");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->outlet, "");
}

TEST(ExtractPatternTest, DatedInterviewDoesNotCoverEarlierStatements) {
  const auto x = extract_text(article(
      "Paul Grey said the plant was too old. On Tuesday, he told Reuters that the plant would "
      "close."));
  const auto first = x.find("Paul Grey", "the plant was too old");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->outlet, "");
  const auto second = x.find("Paul Grey", "the plant would close");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->outlet, "Reuters");
}

TEST(ExtractPatternTest, RelativeClauseWithAReportingVerbKeepsTheClaim) {
  const auto x = extract_text(
      article("Paul Grey told them he had left the board - a move he announced in May."));
  ASSERT_TRUE(x.find("Paul Grey", "Grey had left the board"));
}

TEST(ExtractPatternTest, ClaimEndsBeforeAReasonOrARelativeClauseAboutAName) {
  const auto x = extract_text(article(
      "Nora Field said the court could hear the case, since the firm has an office in Leeds. "
      "Tom Baker said the buyer was Ada Reed, who owns three hotels in the city. "
      "Ana Ruiz said it was Mr Hale, not Mr Osei, who sold the shares."));
  const auto court = x.find("Nora Field", "the court could hear the case");
  ASSERT_TRUE(court);
  EXPECT_EQ(court->claim, "the court could hear the case");
  const auto buyer = x.find("Tom Baker", "the buyer was Ada Reed");
  ASSERT_TRUE(buyer);
  EXPECT_EQ(buyer->claim, "the buyer was Ada Reed");
  ASSERT_TRUE(x.find("Ana Ruiz", "who sold the shares"));  // a cleft keeps its relative clause
}

TEST(ExtractPatternTest, PronounAfterACommaVerbIsNoInvertedSpeaker) {
  const auto x = extract_text(article(
      "Orbit Airlines said fares would rise. In May, the regulator, a body in Leeds, announced "
      "it was opening an inquiry."));
  EXPECT_FALSE(x.find("Orbit Airlines", "opening an inquiry"));
}

TEST(ExtractPatternTest, SecondPredicateOfTheSentenceSubject) {
  const auto x = extract_text(
      article("Mr Osei pleaded not guilty to the charges and denied taking any bribes."));
  const auto s = x.find("Osei", "taking any bribes");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractPatternTest, RemarksInAQuoteAreNoClaims) {
  const auto x = extract_text(article(
      "Ana Ruiz said: \"The harbour will close in June. If they want to, that's fine. I can "
      "tell them what the situation is.\" Tom Baker said: \"I'm sure. It's the truth.\""));
  ASSERT_TRUE(x.find("Ana Ruiz", "The harbour will close in June"));
  EXPECT_EQ(x.statements.size(), 1u);
}

TEST(ExtractPatternTest, RepeatedStatementIsKeptOnce) {
  const auto x = extract_text(article(
      "Ana Ruiz said the harbour bridge would reopen in May. \"The harbour bridge reopens in "
      "May,\" Ruiz said. Ruiz said the northern tunnel would close in June."));
  EXPECT_EQ(x.statements.size(), 2u);
  EXPECT_TRUE(x.find("Ana Ruiz", "the harbour bridge would reopen in May"));
  EXPECT_TRUE(x.find("Ana Ruiz", "the northern tunnel would close in June"));
}

TEST(ExtractPatternTest, FirstPersonVerbFormsFollowTheSpeakersName) {
  const auto x = extract_text(article(
      "Tom Baker said: \"I\u2019m sure the old bridge is safe. I am certain the tunnel is dry. "
      "I've seen the engineers' report on the harbour walls.\""));
  EXPECT_TRUE(x.find("Tom Baker", "Baker is sure the old bridge is safe"));
  EXPECT_TRUE(x.find("Tom Baker", "Baker is certain the tunnel is dry"));
  EXPECT_TRUE(x.find("Tom Baker", "Baker has seen the engineers' report"));
}

TEST(ExtractPatternTest, ShortSentenceOfAQuoteJoinsTheNextOne) {
  const auto x = extract_text(article(
      "Tom Baker said: \"The bridge is safe. The engineers checked every cable in March.\""));
  EXPECT_TRUE(x.find("Tom Baker", "The bridge is safe. The engineers checked every cable"));
}

TEST(ExtractPatternTest, PronounRightAfterSaidIsTheSpeaker) {
  const auto x =
      extract_text(article("Orbit Airlines said fares would rise. Kestrel Labs said it disputed "
                           "the airline's figures."));
  const auto s = x.find("Kestrel Labs", "the airline's figures");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

}  // namespace
}  // namespace claimgraph::core
