// Splitting article text into paragraphs (lines), sentences and word tokens with ICU
// break iterators. Sentences are merged so that a quotation never straddles two of them:
// the attribution patterns then see a whole quote and its "he said" together.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace claimgraph::core::extract {

enum class TokenKind { kWord, kNumber, kPunct, kOpenQuote, kCloseQuote };

struct Token {
  std::string_view text;  // view into the article text
  std::size_t begin = 0;  // byte offset in the article text
  std::string lower;      // folded (lower-case, accents stripped) form
  TokenKind kind = TokenKind::kPunct;
  bool is_capitalized = false;  // first letter is upper case
  bool is_all_caps = false;     // two or more letters, all upper case
  bool has_space_before = true;
  bool is_quoted = false;  // inside a quotation (quote marks themselves are not)

  std::size_t end() const { return begin + text.size(); }
  bool is_word() const { return kind == TokenKind::kWord || kind == TokenKind::kNumber; }
  bool is_quote() const { return kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote; }
};

struct Sentence {
  std::size_t begin = 0;  // byte range in the article text
  std::size_t end = 0;
  std::size_t paragraph = 0;  // line number, 0 = the title
  std::vector<Token> tokens;
};

// The longest line segment() accepts; longer lines are not article text.
inline constexpr std::size_t kMaxLineBytes = 1 << 20;

// Splits `text` (valid UTF-8) into sentences, line by line; blank lines are skipped.
// Returns kInvalidInput if a line is longer than kMaxLineBytes.
Result<std::vector<Sentence>> segment(std::string_view text);

// The text of tokens [first, last) of `sentence`, as it appears in `text` (verbatim).
std::string_view span_text(std::string_view text, const Sentence& sentence, std::size_t first,
                           std::size_t last);

}  // namespace claimgraph::core::extract
