#include "core/display_width.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimgraph::core {
namespace {

std::size_t columns_of(UChar32 c) {
  if (c < 0) return 1;  // invalid byte: shown as one replacement character
  const auto type = static_cast<UCharCategory>(u_charType(c));
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  const auto east_asian =
      static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) ? 2 : 1;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  std::size_t width = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    width += columns_of(c);
  }
  return width;
}

std::string fit_to_width(std::string_view text, std::size_t width) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  const bool fits = display_width(text) <= width;
  const std::size_t budget = fits ? width : (width == 0 ? 0 : width - 1);
  std::string out;
  std::size_t used = 0;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const std::size_t columns = columns_of(c);
    if (used + columns > budget) break;
    used += columns;
    if (c == '\n' || c == '\r' || c == '\t') {
      out.push_back(' ');
    } else if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  if (!fits && width > 0) out += "\xE2\x80\xA6";
  return out;
}

}  // namespace claimgraph::core
