#include "core/extract/entity_recognizer.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/extract/lexicon.h"
#include "core/extract/name_spans.h"
#include "core/name_fold.h"

namespace claimgraph::core::extract {
namespace {

// Letters of the significant words of a name: "Institute for the Study of War" -> "isw",
// "Northern Harbour Party (NHP)" -> "nhp" (an acronym inside a name counts whole). A last
// suffix word ("Group", "Party") is dropped unless `keep_suffix`: "UK Harbour Party" -> "ukhp".
std::string initials(std::string_view name, bool keep_suffix = false) {
  std::string out;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    const std::string w = fold_name(word);
    const bool is_suffix =
        !keep_suffix && Lexicon::get().is_org_suffix(w) && !out.empty() && end == name.size();
    bool is_acronym = word.size() >= 2 && word.size() <= 4;
    for (char c : word) is_acronym = is_acronym && c >= 'A' && c <= 'Z';
    if (!w.empty() && w != "of" && w != "for" && w != "the" && w != "and" && w != "&" &&
        !is_suffix) {
      out += is_acronym ? w : w.substr(0, 1);
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
  void add(const NameSpan& c, bool single_pass, bool attach_only = false) {
    const Sentence& s = sentences_[c.sentence];
    const std::string folded = fold_name(c.surface);
    const bool single = c.surface.find(' ') == std::string::npos;  // "Okafor-Lane" is one word
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
        info.entity.kind = guess_kind(c, s);
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
      if (auto it = by_name_.find(fold_name(known->canonical)); it != by_name_.end())
        return it->second;
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
        rest_is_suffix =
            rest_is_suffix && Lexicon::get().is_org_suffix(name.substr(start, end - start));
        start = end + 1;
      }
      if (rest_is_suffix) return i;
    }
    if (!single) return std::nullopt;
    std::vector<std::size_t> found;
    for (int pass = 0; pass < 2 && found.empty(); ++pass) {
      for (std::size_t i = 0; i < table_.entities.size();
           ++i) {  // surname or acronym, then first name
        const Entity& e = table_.entities[i].entity;
        const std::string name = fold_name(e.name);
        const bool person = e.kind == EntityKind::kPerson && name.find(' ') != std::string::npos;
        const bool is_surname = person && last_word(name) == folded;
        const bool is_first_name = person && name.substr(0, name.find(' ')) == folded;
        const bool is_acronym = folded.size() >= 2 && name.find(' ') != std::string::npos &&
                                e.kind != EntityKind::kPerson &&
                                (initials(e.name) == folded || initials(name) == folded ||
                                 initials(e.name, true) == folded);  // "UKIP", "BNP"
        if (pass == 0 ? (is_surname || is_acronym) : is_first_name) found.push_back(i);
      }
    }
    if (found.size() <= 1) return found.empty() ? std::nullopt : std::optional(found.front());
    is_ambiguous_ = true;  // "Vale" beside Lumi and Arno Vale: the latest one
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
  const std::vector<NameSpan> candidates = find_name_spans(sentences);
  EntityTable table;
  Builder builder(sentences, table);
  auto in_headline = [&](const NameSpan& c) { return is_headline(sentences[c.sentence]); };
  for (const NameSpan& c : candidates) {
    if (!in_headline(c)) builder.add(c, false);  // full names first
  }
  for (const NameSpan& c : candidates) {
    if (!in_headline(c)) builder.add(c, true);  // then surnames and acronyms
  }
  for (const NameSpan& c : candidates) {
    if (in_headline(c)) builder.add(c, true, true);  // "Kestrel Denies Interest In ..."
  }
  // A two- or three-word name the text shortens to its first word is a firm ("Kestrel"
  // for Kestrel Bank), not a person, who is shortened to the surname.
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
