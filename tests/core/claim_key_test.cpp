#include "core/claim_key.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

namespace claimgraph::core {
namespace {

TEST(ClaimKeyTest, SameTextGivesSameKey) {
  EXPECT_EQ(claim_key_for("Putin will drag Belarus into the war"),
            claim_key_for("Putin will drag Belarus into the war"));
}

TEST(ClaimKeyTest, CaseSpacingPunctuationAndAccentsDoNotChangeTheKey) {
  const std::string key = claim_key_for("Erdogan won't visit Kyiv");
  EXPECT_EQ(claim_key_for("  ERDOĞAN won’t   visit KYIV! "), key);
  EXPECT_EQ(claim_key_for("erdogan won t visit kyiv"), key);
}

TEST(ClaimKeyTest, DifferentTextsGetDifferentKeys) {
  EXPECT_NE(claim_key_for("Putin will visit Minsk"), claim_key_for("Putin will not visit Minsk"));
  EXPECT_NE(claim_key_for("a b"), claim_key_for("a c"));
}

TEST(ClaimKeyTest, KeyIsAReadableSlugAndAHash) {
  const std::string key = claim_key_for("Putin will visit Minsk on Monday.");
  EXPECT_EQ(key.substr(0, key.size() - 9), "putin-will-visit-minsk-on-monday");
  EXPECT_EQ(key[key.size() - 9], '-');
  EXPECT_EQ(key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos);
}

TEST(ClaimKeyTest, SlugIsCappedAndNonLatinTextStillGetsAKey) {
  const std::string long_key = claim_key_for(std::string(500, 'a') + " b");
  EXPECT_LE(long_key.size(), 48u + 9u);
  const std::string cyrillic = claim_key_for("Путин поедет в Минск");
  EXPECT_EQ(cyrillic.rfind("claim-", 0), 0u);
  EXPECT_NE(cyrillic, claim_key_for("Путин не поедет в Минск"));
}

TEST(ClaimKeyTest, NormalizeKeepsLettersAndDigitsOnly) {
  EXPECT_EQ(normalize_claim_text("  \"Hello,\" said   Mr. O'Brien (2024)! "),
            "hello said mr o brien 2024");
}

// ASCII text takes a path without ICU: each ASCII character must separate or stay exactly as
// ICU's u_isalnum says, and mixed text (ASCII beside accents) must come out the same either way.
TEST(ClaimKeyTest, AsciiTextNormalizesAsIcuSays) {
  for (int c = 1; c < 0x80; ++c) {
    const std::string text = std::string("x") + static_cast<char>(c) + "y";
    const char folded = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const std::string expected = u_isalnum(c) ? std::string("x") + folded + "y" : "x y";
    EXPECT_EQ(normalize_claim_text(text), expected) << "character " << c;
  }
  EXPECT_EQ(normalize_claim_text("Café OPENS, 24/7"), "cafe opens 24 7");
}

}  // namespace
}  // namespace claimgraph::core
