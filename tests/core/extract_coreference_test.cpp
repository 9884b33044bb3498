// Coreference rules of the extraction engine: surnames, pronouns, role nouns, acronyms,
// unnamed spokespeople (sentences written for these tests).
#include <gtest/gtest.h>

#include "tests/core/extract_test_util.h"

namespace claimgraph::core {
namespace {

using testing::article;
using testing::extract_text;

TEST(ExtractCoreferenceTest, SurnameIsTheFullName) {
  const auto x = extract_text(
      article("Helen Ward opened the school. Ward said the classrooms were too small."));
  ASSERT_TRUE(x.find("Helen Ward", "the classrooms were too small"));
  const Entity* ward = x.entity("Helen Ward");
  ASSERT_NE(ward, nullptr);
  EXPECT_EQ(ward->kind, EntityKind::kPerson);
  EXPECT_EQ(ward->aliases, std::vector<std::string>{"Ward"});
}

TEST(ExtractCoreferenceTest, HeIsTheLastPersonWhoSpoke) {
  const auto x = extract_text(
      article("Victor Hale said the mine was safe. He added that the miners were well paid."));
  const auto s = x.find("Victor Hale", "the miners were well paid");
  ASSERT_TRUE(s);
}

TEST(ExtractCoreferenceTest, PronounInTheClaimBecomesTheSpeaker) {
  const auto x = extract_text(article("Paula Grant said she would run for mayor."));
  ASSERT_TRUE(x.find("Paula Grant", "Grant would run for mayor"));
}

TEST(ExtractCoreferenceTest, RoleNounFromApposition) {
  const auto x = extract_text(
      article("Leon Marsh, the press secretary of the Northern League, spoke on Friday. "
              "The press secretary said the league would hold new elections."));
  ASSERT_TRUE(x.find("Leon Marsh", "the league would hold new elections"));
}

TEST(ExtractCoreferenceTest, RoleNounFromPremodifier) {
  const auto x = extract_text(article(
      "Union spokesman Karl Olsen arrived late. The spokesman said the strike would go ahead."));
  ASSERT_TRUE(x.find("Karl Olsen", "the strike would go ahead"));
}

TEST(ExtractCoreferenceTest, UnnamedSpokeswomanSpeaksForHerBody) {
  const auto x = extract_text(article(
      "Orbit Airlines cancelled twelve flights. An Orbit Airlines spokeswoman said the storm "
      "had closed the runway."));
  ASSERT_TRUE(x.find("Orbit Airlines", "the storm had closed the runway"));
}

TEST(ExtractCoreferenceTest, AcronymInParenthesesIsAnAlias) {
  const auto x = extract_text(
      article("Experts of the Centre for Coastal Studies (CCS) suppose that sea levels will rise. "
              "The CCS said storms would become stronger."));
  const Entity* ccs = x.entity("Centre for Coastal Studies");
  ASSERT_NE(ccs, nullptr);
  EXPECT_EQ(ccs->aliases, std::vector<std::string>{"CCS"});
  ASSERT_TRUE(x.find("Centre for Coastal Studies", "sea levels will rise"));
  ASSERT_TRUE(x.find("Centre for Coastal Studies", "storms would become stronger"));
}

TEST(ExtractCoreferenceTest, ItIsTheLastOrganisation) {
  const auto x =
      extract_text(article("Nimbus Group denied it was planning to sell its phone business."));
  const auto s = x.find("Nimbus Group", "Nimbus Group was planning to sell");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractCoreferenceTest, OutletInheritedByLaterStatementsOfTheSameSpeaker) {
  const auto x =
      extract_text(article("Rita Moss told the BBC that the hospital was understaffed. "
                           "She added that nurses were leaving. "
                           "Tom Reed said the figures were wrong."));
  EXPECT_EQ(x.find("Rita Moss", "nurses were leaving")->outlet, "BBC");
  EXPECT_EQ(x.find("Tom Reed", "the figures were wrong")->outlet, "");
}

TEST(ExtractCoreferenceTest, KnownEntityFromTheStoreGivesTheCanonicalName) {
  const KnownEntityLookup known = [](std::string_view name) -> std::optional<Entity> {
    if (name == "Greta Lind" || name == "Lind") {
      return Entity{"Greta M. Lind", EntityKind::kPerson, {"Lind"}, "mayor"};
    }
    return std::nullopt;
  };
  const auto x = extract_text(article("Greta Lind said the park would be enlarged."), known);
  ASSERT_TRUE(x.find("Greta M. Lind", "the park would be enlarged"));
}

}  // namespace
}  // namespace claimgraph::core

namespace claimgraph::core {
namespace {

using testing::article;
using testing::extract_text;

TEST(ExtractCoreferenceTest, CapitalActingForItsCountry) {
  const auto x = extract_text(article(
      "Talks between France and Germany stalled. Berlin said the proposal was too costly."));
  ASSERT_TRUE(x.find("Germany", "the proposal was too costly"));
}

TEST(ExtractCoreferenceTest, StateBodyNamedByADemonym) {
  const auto x =
      extract_text(article("The Finnish defence ministry said the exercise would last two weeks."));
  ASSERT_TRUE(x.find("Finnish Defence Ministry", "the exercise would last two weeks"));
}

TEST(ExtractCoreferenceTest, OccupationNounFindsThePerson) {
  const auto x = extract_text(article(
      "Pop singer Lumi Vale cancelled her tour. The singer's manager said the concert hall was "
      "unsafe."));
  ASSERT_TRUE(x.find("Lumi Vale", "the concert hall was unsafe"));
}

TEST(ExtractCoreferenceTest, RelativeIsNotTheOwner) {
  const auto x = extract_text(
      article("Tom Reed's mother has said she is certain her son is innocent. His mother Ada Reed "
              "spoke to reporters on Sunday."));
  EXPECT_TRUE(x.find("Ada Reed", "certain"));
  EXPECT_FALSE(x.find("Tom Reed", "certain"));
}

TEST(ExtractCoreferenceTest, HeIsThePersonAParagraphOpensOn) {
  const auto x = extract_text(
      "Test headline\n"
      "Victor Hale said the mine was safe.\n"
      "The film showed the quarrels between Mr Osei and the other directors. He denied wanting "
      "to run the company.\n");
  const auto s = x.find("Osei", "run the company");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->rel, "denies");
}

TEST(ExtractCoreferenceTest, AcronymWithTheSuffixLetter) {
  const auto x = extract_text(
      article("The UK Harbour Party won two seats. UKHP leaders said the vote had been fair."));
  const Entity* party = x.entity("UK Harbour Party");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(x.entity("UKHP"), nullptr);
}

TEST(ExtractCoreferenceTest, HeAfterAnUnnamedSpokesmanIsTheBody) {
  const auto x = extract_text(article(
      "Victor Hale said the mine was safe. A Kestrel Mining spokesman said the report was "
      "incomplete. He argued that the tunnels had been inspected in May. He did not name the "
      "inspectors but insisted they were independent."));
  ASSERT_TRUE(x.find("Kestrel Mining", "the tunnels had been inspected in May"));
  ASSERT_TRUE(x.find("Kestrel Mining", "were independent"));
}

TEST(ExtractCoreferenceTest, PluralRoleBeforeANameMakesNoPerson) {
  const auto x = extract_text(
      article("Researchers of the Centre for Coastal Studies said sea levels would rise."));
  const Entity* centre = x.entity("Centre for Coastal Studies");
  ASSERT_NE(centre, nullptr);
  EXPECT_NE(centre->kind, EntityKind::kPerson);
}

TEST(ExtractCoreferenceTest, OwnedDocumentSpeaksForItsOwner) {
  const auto x = extract_text(article(
      "Lena Brandt sued the museum in May. Her lawsuit, filed in the city court, said the "
      "museum had broken the contract. Kestrel Mining Company published a study. The company's "
      "report said the river was clean."));
  EXPECT_TRUE(x.find("Lena Brandt", "the museum had broken the contract"));
  EXPECT_TRUE(x.find("Kestrel Mining Company", "the river was clean"));
}

}  // namespace
}  // namespace claimgraph::core
