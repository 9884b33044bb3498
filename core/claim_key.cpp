#include "core/claim_key.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <cstdio>

#include "core/name_fold.h"

namespace claimgraph::core {
namespace {

constexpr std::size_t kMaxSlugBytes = 48;

// u_isalnum of an ASCII character, without the call into ICU: a claim's text is normalized
// when it is added and again when it is indexed, and the calls were 2% of an import.
bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string slug_of(std::string_view normalized) {
  std::string slug;
  for (char c : normalized) {
    if (slug.size() >= kMaxSlugBytes) break;
    if (is_ascii_alnum(static_cast<unsigned char>(c))) {  // normalized: no capitals
      slug.push_back(c);
    } else if (c == ' ' && !slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "claim" : slug;
}

// normalize_claim_text of ASCII text in one pass: folding ASCII only lowercases it and turns
// its white space into separators, which every other non-alphanumeric character becomes too.
std::string normalize_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (is_ascii_alnum(static_cast<unsigned char>(c))) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string normalize_claim_text(std::string_view text) {
  if (is_ascii(text)) return normalize_ascii(text);
  const std::string folded = fold_name(text);
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  const auto length = static_cast<int32_t>(folded.size());
  std::string out;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) {
      out.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string claim_key_for(std::string_view text) {
  const std::string normalized = normalize_claim_text(text);
  const XXH64_hash_t hash = XXH3_64bits(normalized.data(), normalized.size());
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(hash & 0xffffffffu));
  return slug_of(normalized) + "-" + hex;
}

}  // namespace claimgraph::core
