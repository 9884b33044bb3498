#include "core/extract/entity_recognizer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/extract/lexicon.h"
#include "core/name_fold.h"

namespace claimgraph::core::extract {
namespace {

// A capitalised span before it becomes an entity.
struct Candidate {
  std::size_t sentence = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  std::string surface;            // the span's text
  bool has_person_cue = false;    // an honorific or title before it
  std::vector<std::string> roles;  // role nouns attached by pre-modifier or apposition
  std::string acronym;            // "(ISW)" right after it
};

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
  if (is_noun_like && (lex.is_role(t.lower) || first == 1 || s.tokens[first - 2].is_capitalized ||
                       s.tokens[first - 2].lower == "the" || s.tokens[first - 2].lower == "a")) {
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
  if (det == "the" || det == "a" || det == "an" || det == "its" || det == "his" || det == "her") ++i;
  for (std::size_t n = 0; i < s.tokens.size() && n < 6; ++i, ++n) {
    const Token& t = s.tokens[i];
    if (!t.is_word() || t.lower == "of" || t.lower == "for" || t.lower == "at") break;
    if (lex.is_role(t.lower)) roles.push_back(t.lower);
    if (i > 0 && lex.is_role(join_lower(s, i - 1, i + 1))) roles.push_back(join_lower(s, i - 1, i + 1));
  }
  return roles;
}

// Trims a raw span: leading non-names, titles, role nouns and connectors; trailing connectors.
std::optional<Candidate> trim_span(const Sentence& s, std::size_t first, std::size_t last,
                                   const std::unordered_set<std::string>& mid_caps,
                                   const std::unordered_set<std::string>& lower_words) {
  const Lexicon& lex = Lexicon::get();
  Candidate c;
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
      c.has_person_cue = true;
    } else if (!(is_non_name(s.tokens[first]) || is_connector(s.tokens[first]) || lex.is_role(w) ||
                 s.tokens[first].lower == "-")) {
      break;
    }
    ++first;
  }
  while (last > first && (is_connector(s.tokens[last - 1]) || !s.tokens[last - 1].is_word())) --last;
  if (first >= last) return std::nullopt;
  const std::string& w = s.tokens[first].lower;
  const std::string singular = w.ends_with("s") ? w.substr(0, w.size() - 1) : w;
  if (last - first == 1 && (lex.is_demonym(w) || is_non_name(s.tokens[first]) || lex.is_role(w) ||
                            lex.is_demonym(singular) || lex.is_role(singular) ||
                            lex.is_title(w))) {
    return std::nullopt;
  }
  const bool before_verb = last < s.tokens.size() && lex.verb_stance(s.tokens[last].lower);
  if (last - first == 1 && is_sentence_initial(s, first) && !mid_caps.count(w) &&
      lex.known(w) == nullptr && (!before_verb || lower_words.count(w) || w.ends_with("ing"))) {
    return std::nullopt;
  }
  bool is_body = false;  // "Russian Defense Ministry", "European Court of Human Rights" keep it
  for (std::size_t i = first; i < last; ++i) is_body = is_body || lex.is_org_suffix(s.tokens[i].lower);
  if (lex.is_demonym(w) && last - first > 1 && !is_body) ++first;
  c.first = first;
  c.last = last;
  c.surface = std::string(s.tokens[first].text.data(),
                          s.tokens[last - 1].end() - s.tokens[first].begin);
  return c;
}

// Splits the capitalised spans of one sentence into candidates.
void sentence_candidates(const Sentence& s, std::size_t index,
                         const std::unordered_set<std::string>& mid_caps,
                         const std::unordered_set<std::string>& lower_words,
                         std::vector<Candidate>& out) {
  const Lexicon& lex = Lexicon::get();
  const auto& tk = s.tokens;
  for (std::size_t i = 0; i < tk.size();) {
    if (!is_name_word(tk[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < tk.size()) {
      const Token& t = tk[j];
      const bool starts_title = t.has_space_before && (lex.is_title(t.lower) || lex.is_role(t.lower)) &&
                                !lex.is_title(tk[j - 1].lower) && !lex.is_role(tk[j - 1].lower);
      const bool is_channel_number = (t.lower == "one" || t.lower == "two" || t.lower == "three" ||
                                      t.lower == "four" || t.lower == "five") && tk[j - 1].is_all_caps;
      const bool stops = is_non_name(t) && t.text.size() > 1 && !is_channel_number;
      if (is_name_word(t) && !starts_title && !stops) {
        ++j;
      } else if (t.kind == TokenKind::kNumber &&
                 (!t.has_space_before || lex.is_media_suffix(tk[j - 1].lower) || tk[i].is_all_caps)) {
        ++j;
      } else if ((t.lower == "and" || t.lower == "&") && j + 1 < tk.size() && is_name_word(tk[j + 1]) &&
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
    if (j < tk.size() && tk[j].lower == "website" && j > i && lex.is_media_suffix(tk[j - 1].lower)) {
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
      if (c->first > 0 && lex.is_title(tk[c->first - 1].lower)) c->has_person_cue = true;
      if (c->last + 2 < tk.size() && tk[c->last].lower == "(" && tk[c->last + 1].is_all_caps &&
          tk[c->last + 2].lower == ")") {
        c->acronym = std::string(tk[c->last + 1].text);
      }
      out.push_back(std::move(*c));
    }
    i = j;
  }
}

EntityKind kind_of(const Candidate& c, const Sentence& s) {
  const Lexicon& lex = Lexicon::get();
  const std::size_t n = c.last - c.first;
  const std::string& last = s.tokens[c.last - 1].lower;
  if (lex.is_media_suffix(last) && n > 1) return EntityKind::kMedia;
  if (lex.is_org_suffix(last)) return EntityKind::kOrganization;
  if (c.has_person_cue) return EntityKind::kPerson;
  for (std::size_t i = c.first; i < c.last; ++i) {
    if (is_connector(s.tokens[i]) || s.tokens[i].is_all_caps || s.tokens[i].kind == TokenKind::kNumber) {
      return EntityKind::kOrganization;
    }
  }
  if (n >= 2 && n <= 3) return EntityKind::kPerson;
  return EntityKind::kOrganization;
}

// Letters of the significant words of a name: "Institute for the Study of War" -> "isw".
std::string initials(std::string_view folded) {
  std::string out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    const std::string_view w = folded.substr(start, end - start);
    const bool is_suffix = Lexicon::get().is_org_suffix(w) && !out.empty() && end == folded.size();
    if (!w.empty() && w != "of" && w != "for" && w != "the" && w != "and" && w != "&" && !is_suffix) {
      out += w[0];
    }
    start = end + 1;
  }
  return out;
}

std::string last_word(std::string_view folded) {
  const std::size_t space = folded.rfind(' ');
  return std::string(space == std::string_view::npos ? folded : folded.substr(space + 1));
}

class Builder {
 public:
  Builder(const std::vector<Sentence>& sentences, EntityTable& table)
      : sentences_(sentences), table_(table) {}

  // Adds candidate `c` in the pass for full names (`single_pass` false) or for one-word
  // names. With `attach_only` it may only name an entity already found (headline words).
  void add(const Candidate& c, bool single_pass, bool attach_only = false) {
    const Sentence& s = sentences_[c.sentence];
    const std::string folded = fold_name(c.surface);
    const bool single = c.surface.find(' ') == std::string::npos;  // "Kilroy-Silk" is one word
    if (!attach_only && single != single_pass) return;
    is_ambiguous_ = false;
    current_sentence_ = c.sentence;
    std::optional<std::size_t> index = find(folded, single);
    if (!index && attach_only && Lexicon::get().known(folded) == nullptr) return;
    if (!index) {
      EntityInfo info;
      if (const KnownName* known = Lexicon::get().known(folded)) {
        info.entity.name = known->canonical;
        info.entity.kind = known->kind;
        info.is_known = true;
      } else {
        info.entity.name = c.surface;
        info.entity.kind = kind_of(c, s);
      }
      index = table_.entities.size();
      table_.entities.push_back(std::move(info));
      by_name_[fold_name(table_.entities.back().entity.name)] = *index;
    }
    EntityInfo& info = table_.entities[*index];
    if (seen_in_.size() <= *index) seen_in_.resize(*index + 1);
    seen_in_[*index].push_back(c.sentence);
    if (!is_ambiguous_) {
      info.entity.add_alias(c.surface);
      by_name_[folded] = *index;
    }
    for (const std::string& r : c.roles) info.roles.push_back(r);
    if (c.has_person_cue && !info.is_known) info.entity.kind = EntityKind::kPerson;
    if (!c.acronym.empty()) {
      info.entity.add_alias(c.acronym);
      by_name_[fold_name(c.acronym)] = *index;
    }
    table_.add_mention(Mention{c.sentence, c.first, c.last, *index});
  }

 private:
  std::optional<std::size_t> find(const std::string& folded, bool single) {
    if (auto it = by_name_.find(folded); it != by_name_.end()) return it->second;
    if (const KnownName* known = Lexicon::get().known(folded)) {
      if (auto it = by_name_.find(fold_name(known->canonical)); it != by_name_.end()) return it->second;
      return std::nullopt;
    }
    for (std::size_t i = 0; i < table_.entities.size(); ++i) {
      const Entity& e = table_.entities[i].entity;
      if (e.kind == EntityKind::kPerson) continue;
      const std::string name = fold_name(e.name);
      if (name.size() <= folded.size() || !name.starts_with(folded + " ")) continue;
      bool rest_is_suffix = true;  // the rest of the name is "Group", "Inc.", "Plc" ...
      std::size_t start = folded.size() + 1;
      while (start < name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string::npos) end = name.size();
        rest_is_suffix = rest_is_suffix && Lexicon::get().is_org_suffix(name.substr(start, end - start));
        start = end + 1;
      }
      if (rest_is_suffix) return i;
    }
    if (!single) return std::nullopt;
    std::vector<std::size_t> found;
    for (int pass = 0; pass < 2 && found.empty(); ++pass) {
      for (std::size_t i = 0; i < table_.entities.size(); ++i) {  // surname or acronym, then first name
        const Entity& e = table_.entities[i].entity;
        const std::string name = fold_name(e.name);
        const bool person = e.kind == EntityKind::kPerson && name.find(' ') != std::string::npos;
        const bool is_surname = person && last_word(name) == folded;
        const bool is_first_name = person && name.substr(0, name.find(' ')) == folded;
        const bool is_acronym = folded.size() >= 2 && name.find(' ') != std::string::npos &&
                                e.kind != EntityKind::kPerson && initials(name) == folded;
        if (pass == 0 ? (is_surname || is_acronym) : is_first_name) found.push_back(i);
      }
    }
    if (found.size() <= 1) return found.empty() ? std::nullopt : std::optional(found.front());
    is_ambiguous_ = true;  // "Jackson" beside Michael and Katherine Jackson: the latest one
    std::size_t best = found.front();
    std::size_t best_sentence = 0;
    for (std::size_t i : found) {
      for (std::size_t sentence : seen_in_[i]) {
        if (sentence <= current_sentence_ && sentence >= best_sentence) {
          best = i;
          best_sentence = sentence;
        }
      }
    }
    return best;
  }

  bool is_ambiguous_ = false;
  std::size_t current_sentence_ = 0;
  std::vector<std::vector<std::size_t>> seen_in_;  // per entity: sentences of its mentions

  const std::vector<Sentence>& sentences_;
  EntityTable& table_;
  std::unordered_map<std::string, std::size_t> by_name_;
};

// A title in Title Case: its capitals say nothing about names.
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

}  // namespace

void EntityTable::add_mention(const Mention& mention) {
  if (by_sentence_.size() <= mention.sentence) by_sentence_.resize(mention.sentence + 1);
  auto& list = by_sentence_[mention.sentence];
  list.push_back(mention);
  std::sort(list.begin(), list.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

const Mention* EntityTable::mention_ending_at(std::size_t sentence, std::size_t last) const {
  if (sentence >= by_sentence_.size()) return nullptr;
  for (const Mention& m : by_sentence_[sentence]) {
    if (m.last == last) return &m;
  }
  return nullptr;
}

const Mention* EntityTable::mention_starting_at(std::size_t sentence, std::size_t first) const {
  if (sentence >= by_sentence_.size()) return nullptr;
  for (const Mention& m : by_sentence_[sentence]) {
    if (m.first == first) return &m;
  }
  return nullptr;
}

std::vector<Mention> EntityTable::mentions_in(std::size_t sentence, std::size_t first,
                                              std::size_t last) const {
  std::vector<Mention> out;
  if (sentence >= by_sentence_.size()) return out;
  for (const Mention& m : by_sentence_[sentence]) {
    if (m.first >= first && m.last <= last) out.push_back(m);
  }
  return out;
}

std::string EntityTable::short_name(std::size_t index) const {
  const Entity& e = entities[index].entity;
  if (e.kind != EntityKind::kPerson) return e.name;
  const std::size_t space = e.name.rfind(' ');
  return space == std::string::npos ? e.name : e.name.substr(space + 1);
}

EntityTable recognize_entities(std::string_view /*text*/, const std::vector<Sentence>& sentences) {
  const auto mid_caps = mid_sentence_capitals(sentences);
  const auto lower_words = lower_case_words(sentences);
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    sentence_candidates(sentences[i], i, mid_caps, lower_words, candidates);
  }
  EntityTable table;
  Builder builder(sentences, table);
  auto in_headline = [&](const Candidate& c) { return is_headline(sentences[c.sentence]); };
  for (const Candidate& c : candidates) {
    if (!in_headline(c)) builder.add(c, false);  // full names first
  }
  for (const Candidate& c : candidates) {
    if (!in_headline(c)) builder.add(c, true);  // then surnames and acronyms
  }
  for (const Candidate& c : candidates) {
    if (in_headline(c)) builder.add(c, true, true);  // "Softbank Denies Interest In ..."
  }
  // A two- or three-word name the text shortens to its first word is a firm ("Merrill"
  // for Merrill Lynch), not a person, who is shortened to the surname.
  for (EntityInfo& info : table.entities) {
    Entity& e = info.entity;
    if (info.is_known || e.kind != EntityKind::kPerson || !info.roles.empty()) continue;
    const std::string name = fold_name(e.name);
    const std::string first_word = name.substr(0, name.find(' '));
    bool has_first = false;
    bool has_last = false;
    for (const std::string& alias : e.aliases) {
      has_first = has_first || fold_name(alias) == first_word;
      has_last = has_last || fold_name(alias) == last_word(name);
    }
    if (has_first && !has_last) e.kind = EntityKind::kOrganization;
  }
  return table;
}

}  // namespace claimgraph::core::extract
