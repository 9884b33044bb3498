#include "core/extract/empty_denial.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "core/extract/lexicon.h"

namespace claimgraph::core::extract {
namespace {

// Words that carry no proposition in a characterization: "it", "is", "utterly", "treat ... as".
bool is_empty_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      // pronouns and determiners that point at the antecedent, and the speaker's "we"
      "it", "this", "that", "these", "those", "they", "them", "we", "i", "a", "an", "the", "such",
      "and", "or", "all",
      // intensifiers
      "utterly", "absolutely", "completely", "totally", "entirely", "simply", "wholly", "quite",
      "just", "very", "utter", "absolute", "complete", "total", "pure", "sheer", "outright",
      "blatant", "clearly", "obviously",
      // copulas, light verbs and modals: "[we should] treat it as ...", "we consider them ..."
      "is", "are", "was", "were", "be", "been", "being", "s", "re", "remain", "remains", "treat",
      "treated", "treats", "consider", "considered", "considers", "regard", "regarded", "regards",
      "call", "called", "calls", "as", "should", "must", "can", "would"};
  return words.count(w) > 0;
}

bool is_truth_word(const std::string& w) {
  return w == "true" || w == "correct" || w == "accurate";
}

// Lower-case words of `text`: ASCII letters and digits, and any other UTF-8 letters; the
// General Punctuation block (U+2000-U+206F: dashes, curly quotes and apostrophes) separates.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
         static_cast<unsigned char>(text[i + 1]) == 0x81)) {
      flush();
      i += 2;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      word += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

bool is_empty_denial(std::string_view claim_text, std::string_view speaker_name) {
  const Lexicon& lex = Lexicon::get();
  const std::vector<std::string> name = words_of(speaker_name);
  const std::unordered_set<std::string> name_words(name.begin(), name.end());
  const std::vector<std::string> words = words_of(claim_text);
  bool has_denial = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (lex.is_denial_word(w)) {
      has_denial = true;
    } else if (w == "not" && i + 1 < words.size() && is_truth_word(words[i + 1])) {
      has_denial = true;  // "that is not true"
      ++i;
    } else if (!is_empty_word(w) && !lex.is_claim_noun(w) && !name_words.count(w)) {
      return false;
    }
  }
  return has_denial;
}

}  // namespace claimgraph::core::extract
