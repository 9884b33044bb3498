#include "core/text_index.h"

#include "core/claim_key.h"

namespace claimgraph::core {
namespace {

void add_tokens(TextDocument& document, std::string_view text) {
  for (std::string& token : text_tokens(text)) {
    ++document.term_counts[std::move(token)];
    ++document.length;
  }
}

}  // namespace

std::vector<std::string> text_tokens(std::string_view text) {
  const std::string normalized = normalize_claim_text(text);
  std::vector<std::string> tokens;
  std::size_t start = 0;
  while (start < normalized.size()) {
    std::size_t end = normalized.find(' ', start);
    if (end == std::string::npos) end = normalized.size();
    if (end > start && end - start <= kMaxTokenBytes) {
      tokens.push_back(normalized.substr(start, end - start));
    }
    start = end + 1;
  }
  return tokens;
}

TextDocument text_document(std::string_view text, std::span<const std::string> quotes) {
  TextDocument document;
  add_tokens(document, text);
  for (const std::string& quote : quotes) add_tokens(document, quote);
  return document;
}

}  // namespace claimgraph::core
