// CLI11 validators for option values that core also checks (dates, confidences, text limits),
// so that a bad value is a usage error (exit 2) with a clear message.
#pragma once

#include <cstddef>

#include <CLI/CLI.hpp>

namespace claimgraph::cli {

// Accepts exactly YYYY-MM-DD naming a real day.
CLI::Validator date_validator();

// Accepts a number within 0..1.
CLI::Validator confidence_validator();

// The longest name, alias, claim text, quote or other text value a command accepts: the same
// limit the JSON Lines reader puts on a field (README.md, Limits).
inline constexpr std::size_t kMaxTextBytes = std::size_t{64} << 10;  // 64 KiB

// Accepts well-formed UTF-8 of at most kMaxTextBytes: what a store can hold and export again.
CLI::Validator text_validator();

}  // namespace claimgraph::cli
