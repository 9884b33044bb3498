// How wide a UTF-8 string is in a terminal, so that tables with names in any script line up:
// combining marks take no column, East Asian wide characters take two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::core {

// The number of terminal columns `text` takes. Control characters count as one.
std::size_t display_width(std::string_view text);

// `text` cut to at most `width` columns, ending in "…" when it was cut. Never splits a
// character. Newlines and tabs become spaces.
std::string fit_to_width(std::string_view text, std::size_t width);

}  // namespace claimgraph::core
