#include "core/extract/segmenter.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/name_fold.h"

namespace claimgraph::core::extract {
namespace {

struct LineBreaker {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

LineBreaker make_breakers() {
  UErrorCode status = U_ZERO_ERROR;
  LineBreaker breaker;
  breaker.sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
  status = U_ZERO_ERROR;
  breaker.words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
  return breaker;
}

std::string lower_of(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return fold_name(word);
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_contraction_stem(const std::string& w) {
  return w == "it" || w == "he" || w == "she" || w == "that" || w == "there" || w == "what" ||
         w == "who" || w == "here" || w == "let" || w == "where" || w == "how" || w == "this";
}

Token make_token(std::string_view text, std::size_t begin, bool space_before) {
  Token token;
  token.text = text.substr(begin);
  token.begin = begin;
  token.has_space_before = space_before;
  return token;
}

void classify(Token& token) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(token.text.data());
  const auto length = static_cast<int32_t>(token.text.size());
  UChar32 first = 0;
  int32_t i = 0;
  U8_NEXT(bytes, i, length, first);
  token.lower = lower_of(token.text);
  if (first == '"' || first == 0x201C || first == 0x201D || first == 0x00AB || first == 0x00BB) {
    token.kind =
        first == 0x201D || first == 0x00BB ? TokenKind::kCloseQuote : TokenKind::kOpenQuote;
    if (first == '"') token.kind = TokenKind::kOpenQuote;  // decided by position later
    return;
  }
  if (u_isdigit(first)) {
    token.kind = TokenKind::kNumber;
    return;
  }
  if (!u_isalpha(first)) return;
  token.kind = TokenKind::kWord;
  token.is_capitalized = u_isupper(first) || u_istitle(first);
  int letters = 0;
  bool all_upper = true;
  for (int32_t j = 0; j < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, j, length, c);
    if (u_isalpha(c)) {
      ++letters;
      all_upper = all_upper && u_isupper(c);
    }
  }
  token.is_all_caps = letters >= 2 && all_upper;
}

// Byte offset in the line of every UTF-16 index of `line16`.
std::vector<std::size_t> utf8_offsets(std::string_view line) {
  std::vector<std::size_t> offsets;
  offsets.reserve(line.size() + 1);
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    offsets.push_back(static_cast<std::size_t>(start));
    if (c > 0xFFFF) offsets.push_back(static_cast<std::size_t>(start));
  }
  offsets.push_back(line.size());
  return offsets;
}

// Tokens of one line, with possessive "'s" split from its word and quotes paired.
std::vector<Token> tokenize_line(std::string_view text, std::size_t line_begin,
                                 const icu::UnicodeString& line16,
                                 const std::vector<std::size_t>& offsets,
                                 icu::BreakIterator& words) {
  std::vector<Token> tokens;
  words.setText(line16);
  int32_t start = words.first();
  bool space_before = true;
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE;
       start = end, end = words.next()) {
    const std::size_t b = line_begin + offsets[static_cast<std::size_t>(start)];
    const std::size_t e = line_begin + offsets[static_cast<std::size_t>(end)];
    const std::string_view piece = text.substr(b, e - b);
    const UChar32 c = line16.char32At(start);
    if (u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR) {
      space_before = true;
      continue;
    }
    std::size_t stem = piece.size();
    if (piece.size() > 2 && piece.ends_with("'s")) stem -= 2;
    if (piece.size() > 4 && piece.ends_with("\u2019s")) stem -= 4;
    if (stem < piece.size() && is_contraction_stem(lower_of(piece.substr(0, stem)))) {
      stem = piece.size();  // "it's", "there's": a verb, not a possessive
    }
    Token token = make_token(text, b, space_before);
    token.text = piece.substr(0, stem);
    classify(token);
    tokens.push_back(std::move(token));
    if (stem < piece.size()) {
      Token suffix = make_token(text, b + stem, false);
      suffix.text = piece.substr(stem);
      suffix.lower = "'s";
      suffix.kind = TokenKind::kWord;
      tokens.push_back(std::move(suffix));
    }
    space_before = false;
  }
  // A straight quote opens when it follows a space and sticks to the next word, else it
  // closes ("He said: "Yes." "No."" reopens after a close); between a pair is quoted.
  bool open = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& token = tokens[i];
    if (token.is_quote()) {
      if (token.text == "\"") {
        const bool sticks = i + 1 < tokens.size() && !tokens[i + 1].has_space_before;
        const bool opens = (token.has_space_before || i == 0) && sticks;
        token.kind = opens || (!open && sticks) ? TokenKind::kOpenQuote : TokenKind::kCloseQuote;
      }
      open = token.kind == TokenKind::kOpenQuote;
      continue;
    }
    token.is_quoted = open;
  }
  return tokens;
}

void split_line(std::string_view text, std::size_t line_begin, std::size_t paragraph,
                LineBreaker& breaker, std::vector<Sentence>& out) {
  const std::string_view line = text.substr(line_begin, text.find('\n', line_begin) - line_begin);
  const icu::UnicodeString line16 = icu::UnicodeString::fromUTF8(
      icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  const std::vector<std::size_t> offsets = utf8_offsets(line);
  std::vector<Token> tokens = tokenize_line(text, line_begin, line16, offsets, *breaker.words);
  if (tokens.empty()) return;
  std::vector<std::size_t> ends;  // byte offsets where ICU ends a sentence
  breaker.sentences->setText(line16);
  for (int32_t b = breaker.sentences->next(); b != icu::BreakIterator::DONE;
       b = breaker.sentences->next()) {
    ends.push_back(line_begin + offsets[static_cast<std::size_t>(b)]);
  }
  constexpr std::size_t kMaxMergedTokens = 250;
  Sentence current;
  current.paragraph = paragraph;
  std::size_t next_end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (current.tokens.empty()) current.begin = tokens[i].begin;
    current.tokens.push_back(std::move(tokens[i]));
    const Token& last = current.tokens.back();
    while (next_end < ends.size() && ends[next_end] < last.end()) ++next_end;
    const bool at_break =
        i + 1 == tokens.size() || (next_end < ends.size() && ends[next_end] <= tokens[i + 1].begin);
    const bool inside_quote = i + 1 < tokens.size() && tokens[i + 1].is_quoted &&
                              (last.is_quoted || last.kind == TokenKind::kOpenQuote);
    if (at_break && (!inside_quote || current.tokens.size() > kMaxMergedTokens)) {
      current.end = last.end();
      out.push_back(std::move(current));
      current = Sentence();
      current.paragraph = paragraph;
    }
  }
}

}  // namespace

Result<std::vector<Sentence>> segment(std::string_view text) {
  std::vector<Sentence> sentences;
  LineBreaker breaker = make_breakers();
  if (!breaker.sentences || !breaker.words) {
    return make_error(ErrorCode::kInternal, "cannot create the ICU break iterators");
  }
  std::size_t paragraph = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end - begin > kMaxLineBytes) {
      return make_error(ErrorCode::kInvalidInput,
                        "line " + std::to_string(paragraph + 1) + " is longer than " +
                            std::to_string(kMaxLineBytes) + " bytes: not article text");
    }
    split_line(text.substr(0, end), begin, paragraph, breaker, sentences);
    ++paragraph;
    begin = end + 1;
  }
  return sentences;
}

std::string_view span_text(std::string_view text, const Sentence& sentence, std::size_t first,
                           std::size_t last) {
  if (first >= last || last > sentence.tokens.size()) return {};
  const std::size_t b = sentence.tokens[first].begin;
  return text.substr(b, sentence.tokens[last - 1].end() - b);
}

}  // namespace claimgraph::core::extract
