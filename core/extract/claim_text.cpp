#include "core/extract/claim_text.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "core/extract/lexicon.h"
#include "core/extract/predicate_denial.h"

namespace claimgraph::core::extract {
namespace {

bool is_trimmable(const Token& t) {
  if (t.is_quote()) return true;
  if (t.is_word()) return false;
  return t.lower != "(" && t.lower != ")" && t.lower != "[" && t.lower != "]" && t.lower != "$" &&
         t.lower != "%";
}

bool is_determiner(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "any" || w == "all" || w == "these" ||
         w == "those" || w == "this" || w == "such" || w == "both" || w == "recent" ||
         w == "media" || w == "newspaper" || w == "press" || w == "earlier" || w == "new";
}

bool is_sentence_end(const Token& t) {
  return t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ";";
}

std::size_t content_words(const Sentence& s, TokenRange r) {
  std::size_t n = 0;
  for (std::size_t i = r.first; i < r.last; ++i)
    n += s.tokens[i].is_word() && s.tokens[i].lower.size() > 2;
  return n;
}

// Words that carry no content of their own: a part made of little else is a remark
// ("If they want to, that's fine", "It's the truth"), not a proposition.
bool is_empty_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "the",     "and",     "but",   "that",      "that's",   "this",       "these",   "those",
      "there",   "there's", "here",  "it's",      "its",      "they",       "them",    "their",
      "they're", "what",    "which", "who",       "with",     "for",        "was",     "were",
      "are",     "have",    "has",   "had",       "been",     "can",        "will",    "would",
      "could",   "should",  "may",   "might",     "must",     "not",        "all",     "any",
      "some",    "our",     "you",   "your",      "i'm",      "we're",      "from",    "into",
      "about",   "than",    "then",  "also",      "just",     "very",       "course",  "want",
      "fine",    "tell",    "say",   "said",      "know",     "think",      "sure",    "truth",
      "thing",   "things",  "way",   "something", "anything", "everything", "nothing", "one",
      "did",     "does",    "don't", "can't",     "isn't",    "wasn't",     "if",      "so",
      "of",      "to",      "in",    "on",        "at",       "is",         "be",      "it",
      "we",      "i",       "a",     "an",        "he",       "she",        "him",     "her",
      "his",     "me",      "my",    "us",        "do",       "no"};
  return words.count(w) > 0;
}

std::size_t meaningful_words(const Sentence& s, TokenRange r) {
  std::size_t n = 0;
  for (std::size_t i = r.first; i < r.last; ++i) {
    n += s.tokens[i].is_word() && !is_empty_word(s.tokens[i].lower);
  }
  return n;
}

// The text of a pronoun's replacement, or empty when `lower` is not a pronoun for `speaker`.
std::string pronoun_replacement(const std::string& lower, bool quoted, const EntityInfo& info,
                                const std::string& short_name) {
  const bool person = info.entity.kind == EntityKind::kPerson;
  if (quoted) {
    std::string w = lower;  // "I’m" and "I'm" alike
    if (const std::size_t curly = w.find("\u2019"); curly != std::string::npos)
      w.replace(curly, 3, "'");
    static const std::pair<const char*, const char*> kContractions[] = {
        {"i'm", " is"}, {"i've", " has"}, {"i'll", " will"}, {"i'd", " would"}};
    for (const auto& [form, verb] : kContractions) {
      if (w == form) return short_name + verb;  // "I'm sure" -> "Baker is sure"
    }
    if (!person && (w == "we're" || w == "we've" || w == "we'll")) {
      return short_name + (w == "we're" ? " are" : w == "we've" ? " have" : " will");
    }
    if (lower == "i" || lower == "me") return short_name;
    if (lower == "my") return short_name + "'s";
    if (!person && (lower == "we" || lower == "us")) return short_name;
    if (!person && lower == "our") return short_name + "'s";
    return {};
  }
  if (person && (lower == "he" || lower == "she")) return short_name;
  if (person && (lower == "his")) return short_name + "'s";
  if (!person && (lower == "it" || lower == "they")) return short_name;
  if (!person && (lower == "its" || lower == "their")) return short_name + "'s";
  return {};
}

bool is_finite_auxiliary(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "is",    "are",    "was",  "were", "has",   "have", "had",  "will", "would", "can",
      "could", "should", "must", "may",  "might", "did",  "does", "do",   "shall"};
  return words.count(w) > 0 || w.ends_with("n't") || w.ends_with("n\u2019t");
}

// True if tokens from `i` start a clause with its own subject and finite verb: "the woman
// was ...", "I don't ...", "media reports are ...". A conjunction before it joins two
// propositions ("the claims were untrue and the woman was lying").
bool starts_clause(const Sentence& s, std::size_t i, std::size_t last) {
  if (i >= last) return false;
  const std::string& w = s.tokens[i].lower;
  std::size_t j = i + 1;
  if (w == "he" || w == "she" || w == "it" || w == "they" || w == "we" || w == "i" || w == "you" ||
      w == "there") {
    return j < last && is_finite_auxiliary(s.tokens[j].lower);
  }
  static const std::unordered_set<std::string> determiners = {
      "the", "a",    "an",    "his",   "her",  "their", "its",  "our",
      "my",  "this", "these", "those", "some", "no",    "media"};
  if (!determiners.count(w) && !s.tokens[i].is_capitalized) return false;
  for (; j < last && j < i + 7; ++j) {
    const Token& t = s.tokens[j];
    if (is_finite_auxiliary(t.lower)) return true;
    if (!t.is_word() || t.lower == "and" || t.lower == "that" || t.lower == "who") return false;
  }
  return false;
}

// True if a conjunction before token `next` joins a clause that denies to one that asserts
// ("the claims were untrue and the woman was lying"): two propositions of opposite stance.
bool changes_stance(const Sentence& s, TokenRange before, std::size_t next, std::size_t last) {
  if (!starts_clause(s, next, last)) return false;
  std::size_t end = next;
  while (end < last && !is_sentence_end(s.tokens[end]) && s.tokens[end].lower != "and" &&
         s.tokens[end].lower != "but") {
    ++end;
  }
  const bool denies_before = predicate_denial(s, trim_range(s, before)).has_value();
  const bool denies_after = predicate_denial(s, TokenRange{next, end}).has_value();
  return denies_before != denies_after;
}

// True if the bracket opening at `open` is an editor's note ("[We should - ed.]", "[sic]"),
// which a claim drops; other brackets hold words the editor put in for clarity.
bool is_editor_note(const Sentence& s, std::size_t open, std::size_t last) {
  for (std::size_t i = open + 1; i < last && s.tokens[i].lower != "]"; ++i) {
    const std::string& w = s.tokens[i].lower;
    if (w == "ed" || w == "eds" || w == "sic" || w == "editor" || w == "translator") return true;
  }
  return false;
}

// If tokens from `i` are an apposition ", the press secretary of X," right after a mention,
// returns the index after its closing comma; else `i`.
std::size_t apposition_after(const Sentence& s, std::size_t i, std::size_t last,
                             const std::vector<Mention>& mentions) {
  if (s.tokens[i].lower != "," || i + 2 >= last) return i;
  bool after_mention = false;
  for (const Mention& m : mentions) after_mention = after_mention || m.last == i;
  const std::string& det = s.tokens[i + 1].lower;
  if (!after_mention || (det != "the" && det != "a" && det != "an")) return i;
  for (std::size_t k = i + 2; k < last && k < i + 12; ++k) {
    const Token& t = s.tokens[k];
    if (t.lower == ",") return k + 1 < last ? k + 1 : i;
    if (!t.is_word() && t.lower != "-" && t.lower != "'s") return i;
    if (Lexicon::get().verb_stance(t.lower) || t.lower == "and" || t.lower == "who" ||
        t.lower == "which" || t.lower == "is" || t.lower == "was") {
      return i;
    }
  }
  return i;
}

}  // namespace

TokenRange trim_range(const Sentence& s, TokenRange r) {
  r.last = std::min(r.last, s.tokens.size());
  while (!r.empty() && (is_trimmable(s.tokens[r.first]) || s.tokens[r.first].lower == "that"))
    ++r.first;
  while (!r.empty() && is_trimmable(s.tokens[r.last - 1])) --r.last;
  return r;
}

TokenRange denied_proposition(const Sentence& s, TokenRange r) {
  const Lexicon& lex = Lexicon::get();
  r = trim_range(s, r);
  if (r.last - r.first >= 2 && s.tokens[r.first].lower == "as" &&
      lex.is_denial_word(s.tokens[r.first + 1].lower)) {
    r.first += 2;
  }
  std::size_t i = r.first;
  while (i < r.last && is_determiner(s.tokens[i].lower)) ++i;
  if (i < r.last && s.tokens[i].is_capitalized && i + 2 < r.last && s.tokens[i + 1].lower == "'s") {
    i += 2;  // "Reuters' report"
  }
  if (i >= r.last || !lex.is_claim_noun(s.tokens[i].lower)) return trim_range(s, r);
  // The proposition starts after "that", "about", "of" or "on" within a few words.
  for (std::size_t j = i + 1; j < r.last && j < i + 14; ++j) {
    const std::string& w = s.tokens[j].lower;
    if (w == "that" || ((w == "about" || w == "of" || w == "on") && j == i + 1)) {
      return trim_range(s, TokenRange{j + 1, r.last});
    }
  }
  return trim_range(s, TokenRange{i + 1, r.last});
}

std::vector<TokenRange> split_propositions(const Sentence& s, TokenRange range,
                                           std::size_t max_parts) {
  std::vector<TokenRange> parts;
  std::optional<TokenRange> weak;  // a sentence with little content, waiting for the next one
  std::size_t start = range.first;
  int bracket = 0;
  for (std::size_t i = range.first; i < range.last && parts.size() < max_parts; ++i) {
    if (s.tokens[i].lower == "[") ++bracket;
    if (s.tokens[i].lower == "]") --bracket;
    if (bracket > 0) continue;
    const bool ellipsis = (i + 1 < range.last && is_sentence_end(s.tokens[i + 1])) ||
                          (i > range.first && is_sentence_end(s.tokens[i - 1]));
    const bool list_item = s.tokens[i].lower == ";" && i + 2 < range.last &&
                           s.tokens[i + 2].lower == ")";  // "a) ...; b) ..."
    // "Kestrel Bank Group Inc. was": a full stop before a lower-case word ends no sentence
    const bool abbreviation = s.tokens[i].lower == "." && i + 1 < range.last &&
                              s.tokens[i + 1].is_word() && !s.tokens[i + 1].is_capitalized;
    const bool ends = (is_sentence_end(s.tokens[i]) && !ellipsis && !list_item && !abbreviation) ||
                      i + 1 == range.last;
    // "said X, but that Y": a second that-clause of the same verb is a second proposition
    const std::string& w = s.tokens[i].lower;
    const bool is_conjunction = w == "but" || w == "and";
    const bool second_clause = i + 1 < range.last && is_conjunction &&
                               ((!s.tokens[i].is_quoted && s.tokens[i + 1].lower == "that") ||
                                changes_stance(s, TokenRange{start, i}, i + 1, range.last));
    if (second_clause) {
      const TokenRange part = trim_range(s, TokenRange{start, i});
      if (content_words(s, part) < 3) continue;  // "If so, and ...": too little to stand alone
      parts.push_back(part);
      start = i + 1;
      continue;
    }
    if (!ends) continue;
    TokenRange part = trim_range(s, TokenRange{start, i + 1});
    start = i + 1;
    if (content_words(s, part) < 3) continue;
    if (weak) part.first = weak->first;  // "The bridge is safe. I checked the cables myself."
    weak.reset();
    if (meaningful_words(s, part) >= 3) {
      parts.push_back(part);
    } else {
      weak = part;  // too little on its own: it joins the next sentence
    }
  }
  if (weak && !parts.empty() && meaningful_words(s, *weak) >= 2) parts.push_back(*weak);
  const TokenRange whole = trim_range(s, range);
  bool is_one_sentence = true;
  for (std::size_t i = whole.first; i + 1 < whole.last; ++i) {
    is_one_sentence = is_one_sentence && !is_sentence_end(s.tokens[i]);
  }
  // a short statement on its own ("he would resign"), but not a string of remarks
  if (parts.empty() && content_words(s, whole) >= 2 &&
      (is_one_sentence || meaningful_words(s, whole) >= 2)) {
    parts.push_back(whole);
  }
  return parts;
}

ClaimText make_claim_text(const Sentence& s, TokenRange range, std::size_t speaker,
                          const EntityTable& table, std::size_t sentence_index,
                          bool prefix_speaker) {
  ClaimText out;
  range = trim_range(s, range);
  if (content_words(s, range) < 2) return out;
  const EntityInfo& info = table.entities[speaker];
  const std::string short_name = table.short_name(speaker);
  auto add_about = [&out](std::size_t e) {
    if (std::find(out.about.begin(), out.about.end(), e) == out.about.end()) out.about.push_back(e);
  };
  int bracket = 0;
  bool space = false;
  if (prefix_speaker) {
    out.text = short_name;
    add_about(speaker);
  }
  const std::vector<Mention> mentions = table.mentions_in(sentence_index, range.first, range.last);
  for (std::size_t i = range.first; i < range.last; ++i) {
    const Token& t = s.tokens[i];
    const std::size_t skip = apposition_after(s, i, range.last, mentions);
    if (skip > i) {  // "Putin, the Russian dictator, would" -> "Putin would"
      i = skip - 1;
      continue;
    }
    if (t.lower == "[" && !is_editor_note(s, i, range.last)) continue;  // "[the victim]" stays
    if (t.lower == "]" && bracket == 0) continue;
    if (t.lower == "[") ++bracket;
    if (bracket > 0) {
      if (t.lower == "]") --bracket;
      continue;
    }
    if (t.is_quote()) {
      space = space || t.has_space_before;
      continue;
    }
    std::string piece(t.text);
    const std::string replacement = pronoun_replacement(t.lower, t.is_quoted, info, short_name);
    if (!replacement.empty()) {
      piece = replacement;
      add_about(speaker);
    } else if (t.lower == "am" && i > range.first && s.tokens[i - 1].lower == "i") {
      piece = "is";  // "I am sure" -> "Baker is sure"
    }
    if (!out.text.empty() && (t.has_space_before || space)) out.text += ' ';
    out.text += piece;
    space = false;
  }
  for (const Mention& m : table.mentions_in(sentence_index, range.first, range.last))
    add_about(m.entity);
  return out;
}

}  // namespace claimgraph::core::extract
