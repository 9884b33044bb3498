#include "core/field_checks.h"

#include <chrono>
#include <cmath>

namespace claimgraph::core {
namespace {

// The number written by the `count` ASCII digits at `text[pos]`, or -1 if one is not a digit.
int parse_digits(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

bool is_valid_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  const int year = parse_digits(text, 0, 4);
  const int month = parse_digits(text, 5, 2);
  const int day = parse_digits(text, 8, 2);
  if (year < 1 || month < 1 || day < 1) return false;
  const std::chrono::year_month_day date{std::chrono::year{year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  return date.ok();
}

bool is_valid_confidence(double value) {
  return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

}  // namespace claimgraph::core
