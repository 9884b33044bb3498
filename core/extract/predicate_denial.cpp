#include "core/extract/predicate_denial.h"

#include "core/extract/lexicon.h"

namespace claimgraph::core::extract {
namespace {

bool is_copula(const std::string& w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "remain" || w == "remains" ||
         w == "been";
}

bool is_possession(const std::string& w) { return w == "has" || w == "have" || w == "had"; }

bool is_intensifier(const std::string& w) {
  return w == "completely" || w == "totally" || w == "utterly" || w == "entirely" ||
         w == "simply" || w == "absolutely" || w == "wholly" || w == "all" || w == "quite";
}

// The index of the claim noun heading the subject: "the", "media", "recent" ... before it.
std::optional<std::size_t> claim_noun_head(const Sentence& s, TokenRange r) {
  const Lexicon& lex = Lexicon::get();
  for (std::size_t i = r.first; i < r.last && i < r.first + 4; ++i) {
    const Token& t = s.tokens[i];
    if (lex.is_claim_noun(t.lower) && t.lower != "statement" && t.lower != "view") return i;
    if (!t.is_word() || lex.verb_stance(t.lower) || is_copula(t.lower) || is_possession(t.lower)) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// Where the negative predicate after the verb at `verb` starts and what makes it positive:
// "untrue" -> "true", "no merit" -> "merit", "nothing to do with reality" -> "".
std::optional<std::string> negative_predicate(const Sentence& s, std::size_t verb,
                                              std::size_t last) {
  const Lexicon& lex = Lexicon::get();
  std::size_t i = verb + 1;
  while (i < last && (is_intensifier(s.tokens[i].lower) || s.tokens[i].is_quote())) ++i;
  if (i >= last) return std::nullopt;
  const std::string& w = s.tokens[i].lower;
  std::size_t end = i + 1;
  std::string tail;
  if (is_copula(s.tokens[verb].lower) && lex.is_denial_word(w)) {
    tail = "true";
  } else if (is_possession(s.tokens[verb].lower) && w == "no" && end < last &&
             (s.tokens[end].lower == "merit" || s.tokens[end].lower == "basis" ||
              s.tokens[end].lower == "foundation" || s.tokens[end].lower == "substance")) {
    tail = s.tokens[end].lower;
    ++end;
  } else if (is_possession(s.tokens[verb].lower) && w == "nothing" && end + 2 < last &&
             s.tokens[end].lower == "to" && s.tokens[end + 1].lower == "do" &&
             s.tokens[end + 2].lower == "with") {
    tail = "something to do with reality";
    end = last;
  } else {
    return std::nullopt;
  }
  // only further denial words may follow: "baseless and unsubstantiated"
  for (; end < last; ++end) {
    const Token& t = s.tokens[end];
    if (!(t.is_quote() || !t.is_word() || t.lower == "and" || t.lower == "or" ||
          is_intensifier(t.lower) || lex.is_denial_word(t.lower))) {
      return std::nullopt;
    }
  }
  return tail;
}

}  // namespace

std::optional<PredicateDenial> predicate_denial(const Sentence& s, TokenRange r) {
  if (r.last - r.first > 3 && s.tokens[r.first].is_word() && s.tokens[r.first + 1].lower == ",") {
    r.first += 2;  // "Likewise, the reports ..."
  }
  const std::optional<std::size_t> head = claim_noun_head(s, r);
  if (!head) return std::nullopt;
  for (std::size_t v = *head + 1; v < r.last && v < *head + 20; ++v) {
    const std::string& w = s.tokens[v].lower;
    if (!is_copula(w) && !is_possession(w)) continue;
    if (is_possession(w) && v + 1 < r.last && s.tokens[v + 1].lower == "been") continue;
    const std::optional<std::string> tail = negative_predicate(s, v, r.last);
    if (!tail) return std::nullopt;
    const bool perfect = w == "been" && is_possession(s.tokens[v - 1].lower);
    const std::size_t verb = perfect ? v - 1 : v;  // "have been untrue": the content ends before
    // the content the noun names: "the reports that X", "claims about X", "allegations of X"
    for (std::size_t k = *head + 1; k < verb && k < *head + 4; ++k) {
      const std::string& c = s.tokens[k].lower;
      if (c == "that" || c == "about" || c == "of") {
        const TokenRange content = trim_range(s, TokenRange{k + 1, verb});
        if (content.last - content.first >= 3) return PredicateDenial{content, ""};
        break;
      }
    }
    return PredicateDenial{TokenRange{r.first, v + 1}, *tail};
  }
  return std::nullopt;
}

}  // namespace claimgraph::core::extract
