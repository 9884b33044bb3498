#include "core/display_width.h"

#include <gtest/gtest.h>

namespace claimgraph::core {
namespace {

TEST(DisplayWidthTest, CountsColumnsNotBytes) {
  EXPECT_EQ(display_width("Peskov"), 6u);
  EXPECT_EQ(display_width("Песков"), 6u);
  EXPECT_EQ(display_width("e\u0301"), 1u);  // e + combining acute
  EXPECT_EQ(display_width("中国"), 4u);
}

TEST(DisplayWidthTest, FitCutsWithAnEllipsisAndNeverSplitsACharacter) {
  EXPECT_EQ(fit_to_width("Лукашенко", 20), "Лукашенко");
  EXPECT_EQ(fit_to_width("Лукашенко", 5), "Лука…");
  EXPECT_EQ(display_width(fit_to_width("中国中国", 5)), 5u);
  EXPECT_EQ(fit_to_width("two\nlines", 20), "two lines");
}

}  // namespace
}  // namespace claimgraph::core
