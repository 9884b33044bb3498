#include "core/extract/word_classes.h"

#include <unordered_set>

#include "core/extract/lexicon.h"

namespace claimgraph::core::extract {

bool is_skippable_before_verb(const std::string& word) {
  static const std::unordered_set<std::string> words = {
      "has",        "have",      "had",          "also",          "again",        "previously",
      "earlier",    "later",     "then",         "now",           "repeatedly",   "reportedly",
      "strongly",   "firmly",    "flatly",       "categorically", "publicly",     "today",
      "yesterday",  "would",     "will",         "did",           "does",         "do",
      "has",        "once",      "further",      "vehemently",    "emphatically", "immediately",
      "quickly",    "swiftly",   "recently",     "already",       "allegedly",    "separately",
      "originally", "initially", "subsequently", "since",         "however",      "meanwhile",
      "always",     "instead",   "still",        "long",          "too",          "herself",
      "himself",    "itself"};
  return words.count(word) > 0;
}

bool is_weekday(const std::string& w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
         w == "saturday" || w == "sunday" || w == "today" || w == "yesterday" || w == "tonight" ||
         w == "wednesday's";
}

bool is_boundary_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "that",    "and", "but",     "which", "who",    "whom",     "when",   "while",
      "as",      "if",  "because", "after", "before", "although", "though", "where",
      "whether", "so",  "than",    "said",  "says",   "told",     "asked",  "to",
      "in",      "on",  "at",      "by",    "with",   "about",    "is",     "was",
      "were",    "are", "be",      "been",  "not",    "no",       "also"};
  return words.count(w) > 0;
}

bool is_phrase_token(const Token& t) {
  if (t.lower == "'s" || t.lower == "-" || t.lower == "&") return true;
  if (!t.is_word() || t.is_quoted) return false;
  if (t.is_capitalized) return true;
  return !is_boundary_word(t.lower) && !Lexicon::get().verb_stance(t.lower).has_value();
}

// True for "the report", "Ms Novak's claims", "the allegations as untrue": a statement
// named without its content.
bool is_bare_claim_noun(const Sentence& s, TokenRange r) {
  const Lexicon& lex = Lexicon::get();
  bool has_noun = false;
  for (std::size_t i = r.first; i < r.last; ++i) {
    const Token& t = s.tokens[i];
    if (lex.is_claim_noun(t.lower)) {
      has_noun = true;
    } else if (!(t.lower == "the" || t.lower == "a" || t.lower == "as" || t.lower == "'s" ||
                 t.lower == "these" || t.lower == "those" || t.lower == "this" ||
                 t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "its" ||
                 t.is_capitalized || !t.is_word() || lex.is_denial_word(t.lower) ||
                 lex.is_title(t.lower))) {
      return false;
    }
  }
  return has_noun && r.last - r.first <= 8;
}

bool is_adjunct_only(const Sentence& s, TokenRange r) {
  static const std::unordered_set<std::string> starts = {
      "in",      "at",         "on",       "during",    "after",   "before",
      "from",    "outside",    "last",     "this",      "earlier", "later",
      "shortly", "afterwards", "recently", "yesterday", "today"};
  if (r.empty() || r.last - r.first > 8 || !starts.count(s.tokens[r.first].lower)) return false;
  for (std::size_t i = r.first; i < r.last; ++i) {
    const Token& t = s.tokens[i];
    if (t.is_quoted || t.is_quote() || t.lower == "that" || t.lower == ":" ||
        Lexicon::get().verb_stance(t.lower)) {
      return false;
    }
  }
  return true;
}

// Words that start a clause or a noun phrase with its own subject.
bool is_function_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "the",  "a",     "an",    "any",  "all",     "his",  "her",     "its",    "their",
      "this", "these", "those", "that", "there",   "some", "no",      "one",    "both",
      "each", "every", "such",  "what", "i",       "you",  "someone", "anyone", "nobody",
      "our",  "my",    "your",  "if",   "whether", "how",  "why",     "when"};
  return words.count(w) > 0;
}

bool is_characterizing_verb(const std::string& w) {
  return w == "called" || w == "calls" || w == "calling" || w == "described" || w == "describes" ||
         w == "describing" || w == "branded" || w == "brands" || w == "labelled" || w == "labeled";
}

// True if the reporting verb at `v` is used as a verb (not "the claims", "to deny", "is said").
bool is_verb_use(const Sentence& s, std::size_t v) {
  const Token& t = s.tokens[v];
  if (t.is_quoted || t.kind != TokenKind::kWord || t.is_capitalized) return false;
  if (!Lexicon::get().verb_stance(t.lower)) return false;
  if (v > 0) {
    const std::string& p = s.tokens[v - 1].lower;
    if (p == "to" || p == "the" || p == "a" || p == "an" || p == "his" || p == "her" ||
        p == "its" || p == "their" || p == "our" || p == "these" || p == "those" || p == "is" ||
        p == "was" || p == "were" || p == "be" || p == "been" || p == "being" || p == "are" ||
        p == "of" || p == "'s" || p == "such" || p == "any" || p == "new") {
      return false;
    }
  }
  if (v + 1 < s.tokens.size() && s.tokens[v + 1].lower == "by") return false;
  if (v + 1 < s.tokens.size() &&
      s.tokens[v + 1].lower == "to") {  // "denied to Reuters", "claimed to have"
    return t.lower == "told" || t.lower == "tells" || t.lower.starts_with("claim") ||
           t.lower.starts_with("den") || t.lower.starts_with("pledg") ||
           t.lower.starts_with("promis") || t.lower.starts_with("admit") ||
           t.lower.starts_with("explain") || t.lower.starts_with("insist") ||
           t.lower.starts_with("confirm");
  }
  return true;
}

bool has_role_noun(const Sentence& s, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last && i < s.tokens.size(); ++i) {
    if (!s.tokens[i].is_capitalized && Lexicon::get().is_role(s.tokens[i].lower)) return true;
  }
  return false;
}

bool names_day(const Sentence& s) {
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    if (!s.tokens[i].is_quoted && s.tokens[i].lower == "on" && is_weekday(s.tokens[i + 1].lower)) {
      return true;
    }
  }
  return false;
}

bool is_new_occasion(const Sentence& s) {
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].lower;
    if (s.tokens[i].is_quoted) continue;
    const std::string& next = s.tokens[i + 1].lower;
    if ((w == "asked" && (i == 0 || next == "by")) ||
        ((w == "told" || w == "telling") && (next == "them" || next == "him" || next == "her" ||
                                             next == "mr" || next == "ms" || next == "mrs"))) {
      return true;  // "Asked by the film makers ...", "He told Mr Farage": another audience
    }
    if (w == "statement" || w == "tweeted" || w == "twitter" || w == "later" || w == "blog" ||
        w == "letter" || w == "conference" || w == "book") {
      return true;
    }
  }
  return false;
}

}  // namespace claimgraph::core::extract
