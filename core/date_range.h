// An inclusive range of dates (--since/--until), compared as YYYY-MM-DD strings.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::core {

struct DateRange {
  std::string since;  // inclusive; empty: no lower bound
  std::string until;  // inclusive; empty: no upper bound

  bool is_set() const { return !since.empty() || !until.empty(); }

  // True if `date` is within the range. An empty date is within it only when no bound is set.
  bool contains(std::string_view date) const {
    if (!is_set()) return true;
    if (date.empty()) return false;
    return (since.empty() || date >= since) && (until.empty() || date <= until);
  }
};

}  // namespace claimgraph::core
