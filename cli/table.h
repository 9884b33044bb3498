// Aligned, readable tables for the human output of queries: a header row in upper case,
// columns padded to the widest cell (in terminal columns, not bytes), long cells cut with "…".
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::cli {

class Table {
 public:
  // `headers` name the columns; `max_widths` (optional, per column, 0 = no limit) caps them.
  explicit Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths = {});

  // Adds a row; missing cells are empty, extra cells are ignored. The cells are copied.
  void add_row(std::initializer_list<std::string_view> cells);

  bool empty() const { return cells_.size() == widths_.size(); }

  // Writes the header and the rows, two spaces between columns, no trailing spaces.
  void print(std::ostream& out) const;

 private:
  // A cell's text is text_.substr(begin, size); `width` is its display width.
  struct Cell {
    std::size_t begin;
    std::uint32_t size;
    std::uint32_t width;
  };
  void add_cell(std::string_view text, std::size_t column, bool fit);

  std::vector<std::size_t> max_widths_;
  std::vector<std::size_t> widths_;  // per column, the widest cell so far (the header's too)
  std::string text_;                 // the text of every cell, header first, one after another
  std::vector<Cell> cells_;          // row after row, widths_.size() cells each
};

// "a, b, c", or `empty` when `items` is empty.
std::string join(const std::vector<std::string>& items, const std::string& empty = "-");

// `text` replaced by what join(items, empty) gives, reusing its storage.
void join_into(std::string& text, const std::vector<std::string>& items,
               std::string_view empty = "-");

}  // namespace claimgraph::cli
