// Table cuts and pads ASCII cells itself, without ICU; its output must be what
// core::fit_to_width and core::display_width give for any cell, ASCII or not.
#include "cli/table.h"

#include <cstdint>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/display_width.h"

namespace claimgraph::cli {
namespace {

// What Table prints for one row of `text` in a column capped at `cap`, and "x" after it.
std::string expected(const std::string& text, std::size_t cap) {
  const bool fit = cap != 0 || text.find_first_of("\n\r\t") != std::string::npos;
  const std::string cell = fit ? core::fit_to_width(text, cap != 0 ? cap : SIZE_MAX) : text;
  const std::size_t width = std::max<std::size_t>(1, core::display_width(cell));
  return "H" + std::string(width + 1, ' ') + "X\n" + cell +
         std::string(width - core::display_width(cell) + 2, ' ') + "x\n";
}

TEST(Table, CutsAndPadsCellsAsDisplayWidthSays) {
  using namespace std::string_literals;
  const std::string texts[] = {"",           "abc",           "exactly 10",   "tab\there",
                               "line\nbreak\r", "ctrl \x01\x7f", "nul\0x"s,      "0123456789abc",
                               "caf\xC3\xA9s and \xE4\xB8\xAD\xE6\x96\x87", "bad \xFF byte"};
  for (const std::string& text : texts) {
    for (const std::size_t cap : {0, 1, 2, 5, 10, 11}) {
      Table table({"H", "X"}, {cap, 0});
      table.add_row({text, "x"});
      std::ostringstream out;
      table.print(out);
      EXPECT_EQ(out.str(), expected(text, cap)) << text << " cap " << cap;
    }
  }
}

TEST(Table, FillsMissingCellsAndDropsTrailingSpaces) {
  Table table({"A", "B", "C"});
  EXPECT_TRUE(table.empty());
  table.add_row({"long cell", "b "});
  table.add_row({"a", "b", "c", "ignored"});
  EXPECT_FALSE(table.empty());
  std::ostringstream out;
  table.print(out);
  EXPECT_EQ(out.str(), "A          B   C\nlong cell  b\na          b   c\n");  // "b " is 2 wide
}

TEST(Table, JoinsItems) {
  EXPECT_EQ(join({}), "-");
  EXPECT_EQ(join({"a", "b"}), "a, b");
  std::string text = "old";
  join_into(text, {"x"}, "none");
  EXPECT_EQ(text, "x");
  join_into(text, {}, "none");
  EXPECT_EQ(text, "none");
}

}  // namespace
}  // namespace claimgraph::cli
