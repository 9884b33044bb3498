#include "core/name_fold.h"

#include <gtest/gtest.h>

namespace claimgraph::core {
namespace {

TEST(NameFoldTest, CaseDoesNotMatter) {
  EXPECT_EQ(fold_name("PESKOV"), "peskov");
  EXPECT_EQ(fold_name("Dmitry Peskov"), fold_name("dmitry peskov"));
}

TEST(NameFoldTest, AccentsAreDropped) {
  EXPECT_EQ(fold_name("Erdoğan"), "erdogan");
  EXPECT_EQ(fold_name("Zelenskyy Müller Ñandú Łódź"), fold_name("zelenskyy muller nandu Łodz"));
}

TEST(NameFoldTest, CyrillicStaysCyrillicAndFoldsCase) {
  EXPECT_EQ(fold_name("ПЕСКОВ"), fold_name("Песков"));
  EXPECT_NE(fold_name("Песков"), fold_name("Peskov"));
}

TEST(NameFoldTest, SpacingAndTypographicQuotesAreNormalized) {
  EXPECT_EQ(fold_name("  Conan   O’Brien\t"), "conan o'brien");
  EXPECT_EQ(fold_name("\u00A0ISW\n"), "isw");
  EXPECT_EQ(fold_name("ﬁnance"), "finance");  // compatibility ligature
}

TEST(NameFoldTest, EmptyAndInvalidInputNeverFail) {
  EXPECT_EQ(fold_name(""), "");
  EXPECT_EQ(fold_name("   "), "");
  EXPECT_FALSE(fold_name("bad \xff byte").empty());
}

// Pure ASCII takes a path without ICU; a trailing "é" (folded to "e" by ICU) sends the same
// text through ICU, which must agree on every pair of ASCII characters.
TEST(NameFoldTest, AsciiPathAgreesWithIcu) {
  for (int a = 0; a < 0x80; ++a) {
    for (int b = 0; b < 0x80; ++b) {
      const std::string text{static_cast<char>(a), 'X', static_cast<char>(b)};
      ASSERT_EQ(fold_name(text + "e"), fold_name(text + "\u00e9")) << a << ' ' << b;
      ASSERT_EQ(fold_name("e" + text), fold_name("\u00c9" + text)) << a << ' ' << b;
    }
  }
}

TEST(NameFoldTest, ValidatesUtf8) {
  EXPECT_TRUE(is_valid_utf8("Лукашенко, Erdoğan"));
  EXPECT_FALSE(is_valid_utf8("\xc3\x28"));
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));  // a UTF-16 surrogate
}

}  // namespace
}  // namespace claimgraph::core
