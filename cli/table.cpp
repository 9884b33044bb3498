#include "cli/table.h"

#include <algorithm>
#include <ostream>

#include "core/display_width.h"

namespace claimgraph::cli {

Table::Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths)
    : headers_(std::move(headers)), max_widths_(std::move(max_widths)) {
  max_widths_.resize(headers_.size(), 0);
}

void Table::add_row(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (max_widths_[i] != 0 || cells[i].find_first_of("\n\r\t") != std::string::npos) {
      cells[i] = core::fit_to_width(cells[i], max_widths_[i] != 0 ? max_widths_[i] : SIZE_MAX);
    }
  }
  rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out) const {
  std::vector<std::size_t> widths(headers_.size());
  for (std::size_t i = 0; i < headers_.size(); ++i) {
    widths[i] = core::display_width(headers_[i]);
    for (const auto& row : rows_) widths[i] = std::max(widths[i], core::display_width(row[i]));
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      line += cells[i];
      if (i + 1 < cells.size()) {
        line.append(widths[i] - core::display_width(cells[i]) + 2, ' ');
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(headers_);
  for (const auto& row : rows_) print_row(row);
}

std::string join(const std::vector<std::string>& items, const std::string& empty) {
  if (items.empty()) return empty;
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += ", ";
    text += item;
  }
  return text;
}

}  // namespace claimgraph::cli
