#include "core/extract/name_spans.h"

#include <optional>
#include <unordered_set>

#include "core/extract/lexicon.h"

namespace claimgraph::core::extract {
namespace {

// Title words that qualify a title ("former", "acting", "foreign") say nothing of a person.
bool is_person_title(const std::string& w) {
  static const std::unordered_set<std::string> modifiers = {
      "former",  "acting", "deputy",  "foreign", "defence", "defense", "interior",  "finance",
      "justice", "health", "economy", "vice",    "prime",   "chief",   "executive", "general"};
  return Lexicon::get().is_title(w) && modifiers.count(w) == 0;
}

bool is_connector(const Token& t) {
  return t.lower == "of" || t.lower == "for" || t.lower == "de" || t.lower == "&" ||
         t.lower == "du" || t.lower == "von" || t.lower == "van" || t.lower == "al";
}

bool is_sentence_initial(const Sentence& s, std::size_t i) {
  for (std::size_t j = i; j-- > 0;) {
    const Token& t = s.tokens[j];
    if (t.is_quote() || t.lower == "(" || t.lower == "-") continue;
    return t.lower == ":" || t.lower == "." || t.lower == "/";
  }
  return true;
}

// A word that cannot be a name: "US" is one (the lexicon knows it), "The" and "May" are not.
bool is_non_name(const Token& t) {
  const Lexicon& lex = Lexicon::get();
  if (!lex.is_non_name(t.lower)) return false;
  return !(t.is_all_caps && lex.known(t.lower) != nullptr);
}

// Heads of a body's name that name nothing on their own ("Party strategists", "his Budget",
// "Chapter 11"): a capitalised one alone is no entity.
bool is_generic_head(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "party",     "group",       "company",    "ministry", "council",   "commission", "agency",
      "committee", "court",       "department", "bank",     "institute", "university", "college",
      "school",    "association", "foundation", "fund",     "authority", "office",     "board",
      "bureau",    "trust",       "society",    "budget",   "chapter",   "tribunal",   "club",
      "league",    "center",      "centre"};
  return words.count(w) > 0;
}

bool is_name_word(const Token& t) {
  return t.kind == TokenKind::kWord && t.is_capitalized && t.lower != "'s";
}

// Capitalised words seen away from the start of a sentence: evidence that a word is a name.
std::unordered_set<std::string> mid_sentence_capitals(const std::vector<Sentence>& sentences) {
  std::unordered_set<std::string> out;
  for (const Sentence& s : sentences) {
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      if (is_name_word(s.tokens[i]) && !is_sentence_initial(s, i)) out.insert(s.tokens[i].lower);
    }
  }
  return out;
}

std::unordered_set<std::string> lower_case_words(const std::vector<Sentence>& sentences) {
  std::unordered_set<std::string> out;
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) {
      if (t.kind == TokenKind::kWord && !t.is_capitalized) out.insert(t.lower);
    }
  }
  return out;
}

std::string join_lower(const Sentence& s, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first && s.tokens[i].has_space_before) out += ' ';
    out += s.tokens[i].lower;
  }
  return out;
}

// The role words right before a name ("Kremlin spokesman" Dmitry Peskov).
std::vector<std::string> roles_before(const Sentence& s, std::size_t first) {
  const Lexicon& lex = Lexicon::get();
  std::vector<std::string> roles;
  if (first == 0) return roles;
  const Token& t = s.tokens[first - 1];
  const bool is_noun_like = t.kind == TokenKind::kWord && !t.is_capitalized && !t.is_quoted &&
                            !lex.is_non_name(t.lower) && !lex.verb_stance(t.lower) &&
                            !t.lower.ends_with("ly") && !t.lower.ends_with("ed") && t.lower != "'s";
  const std::string& before = first >= 2 ? s.tokens[first - 2].lower : "";
  const bool is_determiner = before == "the" || before == "a" || before == "his" ||
                             before == "her" || before == "their";  // "his mother Ana Ruiz"
  if (is_noun_like &&
      (lex.is_role(t.lower) || first == 1 || s.tokens[first - 2].is_capitalized || is_determiner)) {
    roles.push_back(t.lower);
    if (first >= 2 && lex.is_role(join_lower(s, first - 2, first))) {
      roles.push_back(join_lower(s, first - 2, first));
    }
  }
  return roles;
}

// The role nouns of an apposition ", the press secretary of ...," after a name ending at `last`.
std::vector<std::string> apposition_roles(const Sentence& s, std::size_t last) {
  const Lexicon& lex = Lexicon::get();
  std::vector<std::string> roles;
  if (last + 1 >= s.tokens.size() || s.tokens[last].lower != ",") return roles;
  std::size_t i = last + 1;
  const std::string& det = s.tokens[i].lower;
  if (det == "the" || det == "a" || det == "an" || det == "its" || det == "his" || det == "her")
    ++i;
  for (std::size_t n = 0; i < s.tokens.size() && n < 6; ++i, ++n) {
    const Token& t = s.tokens[i];
    if (!t.is_word() || t.lower == "of" || t.lower == "for" || t.lower == "at") break;
    if (lex.is_role(t.lower)) roles.push_back(t.lower);
    if (i > 0 && lex.is_role(join_lower(s, i - 1, i + 1)))
      roles.push_back(join_lower(s, i - 1, i + 1));
  }
  return roles;
}

// Trims a raw span: leading non-names, titles, role nouns and connectors; trailing connectors.
std::optional<NameSpan> trim_span(const Sentence& s, std::size_t first, std::size_t last,
                                  const std::unordered_set<std::string>& mid_caps,
                                  const std::unordered_set<std::string>& lower_words) {
  const Lexicon& lex = Lexicon::get();
  NameSpan c;
  c.sentence = 0;
  if (is_sentence_initial(s, first) && last - first > 1 && !mid_caps.count(s.tokens[first].lower)) {
    const std::string& w = s.tokens[first].lower;
    if (lower_words.count(w) || w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing") ||
        lex.known(join_lower(s, first + 1, last)) != nullptr) {
      ++first;
    }
  }
  while (first < last) {
    if (lex.known(join_lower(s, first, last)) != nullptr) break;
    const std::string& w = s.tokens[first].lower;
    if (lex.is_title(w) || (lex.is_role(w) && last - first > 1)) {
      // "Experts of the Institute ...": a plural role names a body's people, not a person
      const bool is_plural_role = w.ends_with("s") && lex.is_role(w.substr(0, w.size() - 1));
      c.has_person_cue =
          c.has_person_cue || is_person_title(w) || (lex.is_role(w) && !is_plural_role);
    } else if (!(is_non_name(s.tokens[first]) || is_connector(s.tokens[first]) || lex.is_role(w) ||
                 s.tokens[first].lower == "-")) {
      break;
    }
    ++first;
  }
  while (last > first && (is_connector(s.tokens[last - 1]) || !s.tokens[last - 1].is_word()))
    --last;
  if (first >= last) return std::nullopt;
  const std::string& w = s.tokens[first].lower;
  const std::string singular = w.ends_with("s") ? w.substr(0, w.size() - 1) : w;
  if (last - first == 1 && (lex.is_demonym(w) || is_non_name(s.tokens[first]) || lex.is_role(w) ||
                            (is_generic_head(w) && lex.known(w) == nullptr) ||
                            lex.is_demonym(singular) || lex.is_role(singular) || lex.is_title(w))) {
    return std::nullopt;
  }
  const bool before_verb = last < s.tokens.size() && lex.verb_stance(s.tokens[last].lower);
  if (last - first == 1 && is_sentence_initial(s, first) && !mid_caps.count(w) &&
      lex.known(w) == nullptr && (!before_verb || lower_words.count(w) || w.ends_with("ing"))) {
    return std::nullopt;
  }
  bool is_body = false;  // "Russian Defense Ministry", "European Court of Human Rights" keep it
  for (std::size_t i = first; i < last; ++i)
    is_body = is_body || lex.is_org_suffix(s.tokens[i].lower);
  if (lex.is_demonym(w) && last - first > 1 && !is_body) ++first;
  c.first = first;
  c.last = last;
  c.surface =
      std::string(s.tokens[first].text.data(), s.tokens[last - 1].end() - s.tokens[first].begin);
  return c;
}

// Splits the capitalised spans of one sentence into candidates.
// "the Russian defense ministry", "Ukraine's armed forces": a state body named by a
// demonym and lower-case words is an organization ("Russian Defense Ministry").
bool is_state_body(const std::string& w) {
  return w == "ministry" || w == "army" || w == "navy" || w == "military" || w == "forces" ||
         w == "embassy" || w == "police";
}

std::optional<NameSpan> state_body_span(const Sentence& s, std::size_t i) {
  const auto& tk = s.tokens;
  if (!Lexicon::get().is_demonym(tk[i].lower) || !tk[i].is_capitalized) return std::nullopt;
  std::size_t j = i + 1;
  while (j < tk.size() && j < i + 4 && tk[j].kind == TokenKind::kWord && !tk[j].is_capitalized &&
         !is_state_body(tk[j].lower)) {
    ++j;
  }
  if (j >= tk.size() || !is_state_body(tk[j].lower) || tk[j].is_capitalized) return std::nullopt;
  if (j + 1 < tk.size() && tk[j + 1].is_capitalized) return std::nullopt;  // "army chief X"
  NameSpan span;
  span.first = i;
  span.last = j + 1;
  for (std::size_t k = i; k <= j; ++k) {
    std::string word(tk[k].text);
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    span.surface += (k > i ? " " : "") + word;
  }
  return span;
}

void sentence_candidates(const Sentence& s, std::size_t index,
                         const std::unordered_set<std::string>& mid_caps,
                         const std::unordered_set<std::string>& lower_words,
                         std::vector<NameSpan>& out) {
  const Lexicon& lex = Lexicon::get();
  const auto& tk = s.tokens;
  for (std::size_t i = 0; i < tk.size();) {
    std::optional<NameSpan> body = state_body_span(s, i);
    if (!body && tk[i].lower == "the" && i + 1 < tk.size()) body = state_body_span(s, i + 1);
    if (body) {
      body->sentence = index;
      i = body->last;
      out.push_back(std::move(*body));
      continue;
    }
    if (!is_name_word(tk[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < tk.size()) {
      const Token& t = tk[j];
      const bool starts_title = t.has_space_before &&
                                (lex.is_title(t.lower) || lex.is_role(t.lower)) &&
                                !lex.is_title(tk[j - 1].lower) && !lex.is_role(tk[j - 1].lower);
      const bool is_channel_number = (t.lower == "one" || t.lower == "two" || t.lower == "three" ||
                                      t.lower == "four" || t.lower == "five") &&
                                     tk[j - 1].is_all_caps;
      const bool stops = is_non_name(t) && t.text.size() > 1 && !is_channel_number;
      if (is_name_word(t) && !starts_title && !stops) {
        ++j;
      } else if (t.kind == TokenKind::kNumber &&
                 (!t.has_space_before || lex.is_media_suffix(tk[j - 1].lower) ||
                  tk[i].is_all_caps)) {
        ++j;
      } else if ((t.lower == "and" || t.lower == "&") && j + 1 < tk.size() &&
                 is_name_word(tk[j + 1]) &&
                 (lex.known(join_lower(s, i, j + 2)) != nullptr ||
                  ((lex.is_org_suffix(tk[j + 1].lower) || lex.is_media_suffix(tk[j + 1].lower)) &&
                   (j + 2 >= tk.size() || !is_name_word(tk[j + 2]))))) {
        j += 2;
      } else if (t.lower == "'" && !t.has_space_before && tk[j - 1].lower.ends_with("s") &&
                 j + 1 < tk.size() && is_name_word(tk[j + 1])) {
        j += 2;
      } else if (t.kind == TokenKind::kNumber && j + 1 >= tk.size()) {
        break;
      } else if ((is_connector(t) || (t.lower == "the" && is_connector(tk[j - 1]))) &&
                 j + 1 < tk.size() && (is_name_word(tk[j + 1]) || tk[j + 1].lower == "the")) {
        ++j;
      } else if (t.lower == "-" && !t.has_space_before && j + 1 < tk.size() &&
                 is_name_word(tk[j + 1]) && !tk[j + 1].has_space_before) {
        j += 2;
      } else {
        break;
      }
    }
    if (j < tk.size() && tk[j].lower == "website" && j > i &&
        lex.is_media_suffix(tk[j - 1].lower)) {
      ++j;  // "the BBC News website" is an outlet of its own
    }
    if (auto c = trim_span(s, i, j, mid_caps, lower_words)) {
      c->sentence = index;
      c->roles = roles_before(s, c->first);
      if (c->first > i && lex.is_role(tk[c->first - 1].lower)) {
        c->roles.push_back(tk[c->first - 1].lower);
        c->has_person_cue = true;
      }
      for (std::string& r : apposition_roles(s, c->last)) c->roles.push_back(std::move(r));
      if (c->first > 0 && is_person_title(tk[c->first - 1].lower)) c->has_person_cue = true;
      if (c->last + 2 < tk.size() && tk[c->last].lower == "(" && tk[c->last + 1].is_all_caps &&
          tk[c->last + 2].lower == ")") {
        c->acronym = std::string(tk[c->last + 1].text);
      }
      out.push_back(std::move(*c));
    }
    i = j;
  }
}

}  // namespace

std::vector<NameSpan> find_name_spans(const std::vector<Sentence>& sentences) {
  const auto mid_caps = mid_sentence_capitals(sentences);
  const auto lower_words = lower_case_words(sentences);
  std::vector<NameSpan> spans;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    sentence_candidates(sentences[i], i, mid_caps, lower_words, spans);
  }
  return spans;
}

EntityKind guess_kind(const NameSpan& c, const Sentence& s) {
  const Lexicon& lex = Lexicon::get();
  const std::size_t n = c.last - c.first;
  const std::string& last = s.tokens[c.last - 1].lower;
  if (lex.is_media_suffix(last) && n > 1) return EntityKind::kMedia;
  if (lex.is_org_suffix(last)) return EntityKind::kOrganization;
  if (c.has_person_cue) return EntityKind::kPerson;
  for (std::size_t i = c.first; i < c.last; ++i) {
    if (is_connector(s.tokens[i]) || s.tokens[i].is_all_caps ||
        s.tokens[i].kind == TokenKind::kNumber) {
      return EntityKind::kOrganization;
    }
  }
  if (n >= 2 && n <= 3) return EntityKind::kPerson;
  return EntityKind::kOrganization;
}

bool is_headline(const Sentence& s) {
  if (s.paragraph != 0) return false;
  std::size_t words = 0;
  std::size_t capitals = 0;
  for (const Token& t : s.tokens) {
    if (t.kind != TokenKind::kWord || t.lower.size() < 4) continue;
    ++words;
    capitals += t.is_capitalized;
  }
  return words >= 3 && capitals * 10 >= words * 7;
}

}  // namespace claimgraph::core::extract
