#include "cli/table.h"

#include <algorithm>
#include <ostream>

#include "cli/output_buffer.h"
#include "core/display_width.h"

namespace claimgraph::cli {
namespace {

bool is_ascii(std::string_view text) {
  unsigned char bits = 0;
  for (const char c : text) bits |= static_cast<unsigned char>(c);
  return bits < 0x80;
}

bool has_line_break_or_tab(std::string_view text) {
  return text.find_first_of("\n\r\t") != std::string_view::npos;
}

// core::fit_to_width for ASCII `text`, appended to `out`, where every byte is one column.
// Returns the columns it takes.
std::size_t append_fitted_ascii(std::string& out, std::string_view text, std::size_t width) {
  const bool fits = text.size() <= width;
  const std::string_view kept = fits ? text : text.substr(0, width == 0 ? 0 : width - 1);
  const std::size_t start = out.size();
  out += kept;
  std::replace_if(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(),
                  [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  if (fits) return kept.size();
  if (width > 0) out += "\xE2\x80\xA6";
  return width;
}

}  // namespace

Table::Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths)
    : max_widths_(std::move(max_widths)), widths_(headers.size(), 0) {
  max_widths_.resize(headers.size(), 0);
  for (std::size_t i = 0; i < headers.size(); ++i) add_cell(headers[i], i, /*fit=*/false);
}

void Table::add_cell(std::string_view text, std::size_t column, bool fit) {
  const std::size_t limit = max_widths_[column];
  fit = fit && (limit != 0 || has_line_break_or_tab(text));
  const std::size_t begin = text_.size();
  std::size_t width = 0;
  if (is_ascii(text)) {
    if (fit) {
      width = append_fitted_ascii(text_, text, limit != 0 ? limit : SIZE_MAX);
    } else {
      text_ += text;
      width = text.size();
    }
  } else {
    text_ += fit ? core::fit_to_width(text, limit != 0 ? limit : SIZE_MAX) : std::string(text);
    width = core::display_width(std::string_view(text_).substr(begin));
  }
  cells_.push_back({begin, static_cast<std::uint32_t>(text_.size() - begin),
                    static_cast<std::uint32_t>(width)});
  widths_[column] = std::max(widths_[column], width);
}

void Table::add_row(std::initializer_list<std::string_view> cells) {
  std::size_t column = 0;
  for (const std::string_view cell : cells) {
    if (column == widths_.size()) break;
    add_cell(cell, column++, /*fit=*/true);
  }
  while (column < widths_.size()) add_cell({}, column++, /*fit=*/true);
}

void Table::print(std::ostream& out) const {
  OutputBuffer buffer(out);
  std::string& text = buffer.text();
  const std::size_t columns = widths_.size();
  for (std::size_t row = 0; row < cells_.size(); row += columns) {
    const std::size_t line_start = text.size();
    for (std::size_t i = 0; i < columns; ++i) {
      const Cell& cell = cells_[row + i];
      text.append(text_, cell.begin, cell.size);
      if (i + 1 < columns) text.append(widths_[i] - cell.width + 2, ' ');
    }
    while (text.size() > line_start && text.back() == ' ') text.pop_back();
    text += '\n';
    buffer.flush_if_full();
  }
}

std::string join(const std::vector<std::string>& items, const std::string& empty) {
  std::string text;
  join_into(text, items, empty);
  return text;
}

void join_into(std::string& text, const std::vector<std::string>& items, std::string_view empty) {
  text.clear();
  if (items.empty()) {
    text += empty;
    return;
  }
  for (const std::string& item : items) {
    if (!text.empty()) text += ", ";
    text += item;
  }
}

}  // namespace claimgraph::cli
