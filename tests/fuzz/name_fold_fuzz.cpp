// libFuzzer target: name folding, claim keys and display width on arbitrary bytes, with
// their invariants: fold_name is idempotent and gives valid UTF-8; claim_key_for is
// deterministic, ASCII `slug-xxxxxxxx` and unchanged by folding; fit_to_width never
// exceeds its width.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/claim_key.h"
#include "core/display_width.h"
#include "core/name_fold.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace claimgraph::core;

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

void check_claim_key(std::string_view text) {
  const std::string key = claim_key_for(text);
  CLAIMGRAPH_FUZZ_CHECK(key == claim_key_for(text));
  CLAIMGRAPH_FUZZ_CHECK(key.size() >= 10 && key.size() <= 48 + 9);
  for (char c : key) CLAIMGRAPH_FUZZ_CHECK(is_key_char(c));
  CLAIMGRAPH_FUZZ_CHECK(key[key.size() - 9] == '-');
  const std::string normalized = normalize_claim_text(text);
  CLAIMGRAPH_FUZZ_CHECK(is_valid_utf8(normalized));
  CLAIMGRAPH_FUZZ_CHECK(!normalized.starts_with(' ') && !normalized.ends_with(' '));
  CLAIMGRAPH_FUZZ_CHECK(normalized.find("  ") == std::string::npos);
}

void check_width(std::string_view text, std::size_t width) {
  const std::size_t columns = display_width(text);
  const std::string fitted = fit_to_width(text, width);
  CLAIMGRAPH_FUZZ_CHECK(display_width(fitted) <= width);
  CLAIMGRAPH_FUZZ_CHECK(is_valid_utf8(fitted));
  if (columns <= width && is_valid_utf8(text) &&
      text.find_first_of("\n\r\t") == std::string_view::npos) {
    CLAIMGRAPH_FUZZ_CHECK(fitted == text);  // what fits is left alone
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string folded = fold_name(text);
  CLAIMGRAPH_FUZZ_CHECK(is_valid_utf8(folded));
  CLAIMGRAPH_FUZZ_CHECK(fold_name(folded) == folded);
  CLAIMGRAPH_FUZZ_CHECK(!folded.starts_with(' ') && !folded.ends_with(' '));
  check_claim_key(text);
  CLAIMGRAPH_FUZZ_CHECK(claim_key_for(folded) == claim_key_for(text));
  check_width(text, size == 0 ? 0 : data[0] % 64);
  return 0;
}
