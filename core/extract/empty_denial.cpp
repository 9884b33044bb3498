#include "core/extract/empty_denial.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "core/extract/lexicon.h"
#include "core/text_index.h"

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

}  // namespace

bool is_empty_denial(std::string_view claim_text, std::string_view speaker_name) {
  const Lexicon& lex = Lexicon::get();
  const std::vector<std::string> name = text_tokens(speaker_name);
  const std::unordered_set<std::string> name_words(name.begin(), name.end());
  const std::vector<std::string> words = text_tokens(claim_text);
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
