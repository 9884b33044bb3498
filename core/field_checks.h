// Checks of single field values that both the JSON Lines reader and the command line apply
// (a `"date"` field and a `--date` option, a confidence), so that both accept the same values.
#pragma once

#include <string_view>

namespace claimgraph::core {

// True if `text` is exactly `YYYY-MM-DD` and names a real day of the Gregorian calendar
// (month 01..12, the day within that month, 29 February only in leap years, year >= 0001).
bool is_valid_date(std::string_view text);

// True if `value` is a finite number within 0..1 (both ends included).
bool is_valid_confidence(double value);

}  // namespace claimgraph::core
