#include "core/text_index.h"

#include "core/claim_key.h"

namespace claimgraph::core {
namespace {

// Calls `visit` with each indexable token of normalized text, in order.
template <class Visit>
void for_each_token(std::string_view normalized, Visit visit) {
  std::size_t start = 0;
  while (start < normalized.size()) {
    std::size_t end = normalized.find(' ', start);
    if (end == std::string_view::npos) end = normalized.size();
    if (end > start && end - start <= kMaxTokenBytes) visit(normalized.substr(start, end - start));
    start = end + 1;
  }
}

// Counts the tokens of `text` into `document`; a token's string is made only the first time.
void add_tokens(TextDocument& document, std::string_view text) {
  for_each_token(normalize_claim_text(text), [&](std::string_view token) {
    auto counted = document.term_counts.find(token);
    if (counted == document.term_counts.end()) {
      counted = document.term_counts.emplace(std::string(token), 0).first;
    }
    ++counted->second;
    ++document.length;
  });
}

}  // namespace

std::vector<std::string> text_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  for_each_token(normalize_claim_text(text),
                 [&](std::string_view token) { tokens.emplace_back(token); });
  return tokens;
}

TextDocument text_document(std::string_view text, std::span<const std::string> quotes) {
  TextDocument document;
  add_tokens(document, text);
  for (const std::string& quote : quotes) add_tokens(document, quote);
  return document;
}

}  // namespace claimgraph::core
