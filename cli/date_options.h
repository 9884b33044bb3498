// The --since/--until options that the time-aware queries share (by edge date).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "core/date_range.h"

namespace claimgraph::cli {

// Adds --since and --until (YYYY-MM-DD, checked: a bad date is a usage error) filling `range`;
// `what` names what they filter, e.g. "statements".
void add_date_options(CLI::App* command, core::DateRange& range, const std::string& what);

}  // namespace claimgraph::cli
