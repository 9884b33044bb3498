// CLI11 validators for option values that core also checks (dates, confidences), so that a
// bad value is a usage error (exit 2) with a clear message.
#pragma once

#include <CLI/CLI.hpp>

namespace claimgraph::cli {

// Accepts exactly YYYY-MM-DD naming a real day.
CLI::Validator date_validator();

// Accepts a number within 0..1.
CLI::Validator confidence_validator();

}  // namespace claimgraph::cli
