// Aligned, readable tables for the human output of queries: a header row in upper case,
// columns padded to the widest cell (in terminal columns, not bytes), long cells cut with "…".
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace claimgraph::cli {

class Table {
 public:
  // `headers` name the columns; `max_widths` (optional, per column, 0 = no limit) caps them.
  explicit Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths = {});

  // Adds a row; missing cells are empty, extra cells are ignored.
  void add_row(std::vector<std::string> cells);

  bool empty() const { return rows_.empty(); }

  // Writes the header and the rows, two spaces between columns, no trailing spaces.
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::size_t> max_widths_;
  std::vector<std::vector<std::string>> rows_;
};

// "a, b, c", or `empty` when `items` is empty.
std::string join(const std::vector<std::string>& items, const std::string& empty = "-");

}  // namespace claimgraph::cli
