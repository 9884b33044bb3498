#include "core/extract/coreference.h"

#include <string>

#include "core/extract/lexicon.h"

namespace claimgraph::core::extract {
namespace {

bool is_person(const EntityTable& table, std::size_t index) {
  return table.entities[index].entity.kind == EntityKind::kPerson;
}

bool is_media_noun(const std::string& w) {
  return w == "newspaper" || w == "paper" || w == "daily" || w == "broadcaster" ||
         w == "magazine" || w == "website" || w == "network" || w == "channel" || w == "station" ||
         w == "tabloid" || w == "outlet";
}

bool is_collective_noun(const std::string& w) {
  return w == "company" || w == "firm" || w == "group" || w == "bank" || w == "carrier" ||
         w == "organisation" || w == "organization" || w == "ministry" || w == "government" ||
         w == "club" || w == "party" || w == "agency" || w == "institute" || w == "board";
}

// "the minister's wife": a relative of the owner, never the owner.
bool is_kinship_noun(const std::string& w) {
  return w == "mother" || w == "father" || w == "wife" || w == "husband" || w == "son" ||
         w == "daughter" || w == "brother" || w == "sister" || w == "widow" || w == "widower" ||
         w == "parents" || w == "girlfriend" || w == "boyfriend" || w == "partner" ||
         w == "fiancee" || w == "fiance" || w == "uncle" || w == "aunt" || w == "cousin";
}

}  // namespace

bool Coreference::is_document_noun(const std::string& w) {
  return w == "lawsuit" || w == "suit" || w == "complaint" || w == "filing" || w == "report" ||
         w == "book" || w == "memoir" || w == "statement" || w == "letter" || w == "petition" ||
         w == "affidavit" || w == "study" || w == "website" || w == "blog";
}

bool Coreference::is_pronoun(const std::string& word) {
  return word == "he" || word == "she" || word == "they" || word == "it" || word == "we";
}

std::optional<std::size_t> Coreference::resolve_possessive(const std::string& word) const {
  if (word == "his" || word == "her") return by_kind(true);
  if (word == "its" || word == "their") return by_kind(false);
  return std::nullopt;
}

void Coreference::note_speaker(std::size_t entity, bool through_person) {
  ++statements_;
  last_spoke_[entity] = ++clock_;
  spoke_through_person_[entity] = through_person && !is_person(table_, entity);
  if (table_.entities[entity].entity.kind == EntityKind::kMedia) last_media_ = entity;
  last_speaker_ = entity;
}

void Coreference::note_sentence(std::size_t sentence) {
  const Sentence& s = sentences_[sentence];
  const std::vector<Mention> mentions = table_.mentions_in(sentence, 0, s.tokens.size());
  const bool had_statement = statements_ != statements_before_sentence_;
  statements_before_sentence_ = statements_;
  if (!mentions.empty() && mentions.front().first <= 2 &&
      is_person(table_, mentions.front().entity) && s.paragraph != 0) {
    last_subject_ = mentions.front().entity;  // "Mr Okafor-Lane quit ...": "he" may be him
    last_subject_time_ = ++clock_;
  } else if (const auto person = sole_person(sentence, mentions);
             person && !had_statement && opens_paragraph(sentence)) {
    last_subject_ = person;  // a paragraph that opens on Mr Okafor-Lane goes on with "he"
    last_subject_time_ = ++clock_;
  }
  for (const Mention& m : mentions) {
    const EntityKind kind = table_.entities[m.entity].entity.kind;
    if (kind == EntityKind::kPerson) last_person_mention_ = m.entity;
    if (kind == EntityKind::kOrganization || kind == EntityKind::kGroup)
      last_org_mention_ = m.entity;
    if (kind == EntityKind::kMedia) last_media_ = m.entity;
  }
}

bool Coreference::opens_paragraph(std::size_t sentence) const {
  const std::size_t paragraph = sentences_[sentence].paragraph;
  return paragraph != 0 && (sentence == 0 || sentences_[sentence - 1].paragraph != paragraph);
}

std::optional<std::size_t> Coreference::sole_person(std::size_t sentence,
                                                    const std::vector<Mention>& mentions) const {
  std::optional<std::size_t> person;
  for (const Mention& m : mentions) {
    if (sentences_[sentence].tokens[m.first].is_quoted || !is_person(table_, m.entity)) continue;
    if (person && *person != m.entity) return std::nullopt;
    person = m.entity;
  }
  return person;
}

std::optional<std::size_t> Coreference::by_kind(bool want_person) const {
  std::optional<std::size_t> best;
  std::size_t best_time = 0;
  for (std::size_t i = 0; i < last_spoke_.size(); ++i) {
    const bool speaks_as_person = is_person(table_, i) || spoke_through_person_[i];
    if (last_spoke_[i] > best_time && speaks_as_person == want_person) {
      best = i;
      best_time = last_spoke_[i];
    }
  }
  if (want_person && last_subject_ && last_subject_time_ > best_time) return last_subject_;
  if (best) return best;
  return want_person ? last_person_mention_ : last_org_mention_;
}

std::optional<std::size_t> Coreference::by_role(const std::string& role) const {
  std::optional<std::size_t> best;
  std::size_t best_time = 0;
  for (std::size_t i = 0; i < table_.entities.size(); ++i) {
    for (const std::string& r : table_.entities[i].roles) {
      if (r == role && (!best || last_spoke_[i] >= best_time)) {
        best = i;
        best_time = last_spoke_[i];
      }
    }
  }
  return best;
}

std::optional<std::size_t> Coreference::resolve_role(std::size_t sentence, std::size_t first,
                                                     std::size_t last,
                                                     std::size_t role_words) const {
  const Sentence& s = sentences_[sentence];
  std::string role;
  for (std::size_t i = last - role_words; i < last; ++i) {
    role += (role.empty() ? "" : " ") + s.tokens[i].lower;
  }
  const bool definite = s.tokens[first].lower == "the";
  std::optional<std::size_t> body;
  for (const Mention& m : table_.mentions_in(sentence, first, last - role_words)) body = m.entity;
  if (body && is_person(table_, *body)) return body;  // "the singer Lumi Vale's spokesman"
  const bool indefinite = s.tokens[first].lower == "a" || s.tokens[first].lower == "an";
  if (indefinite && !body) return std::nullopt;  // "a judge": someone not named
  if (definite || !body) {
    if (auto person = by_role(role)) return person;
    const std::string& head = s.tokens[last - 1].lower;
    if (auto person = by_role(head)) return person;
  }
  return body;
}

std::optional<std::size_t> Coreference::resolve(std::size_t sentence, std::size_t first,
                                                std::size_t last) const {
  if (first >= last) return std::nullopt;
  const Sentence& s = sentences_[sentence];
  if (const Mention* m = table_.mention_ending_at(sentence, last)) {
    // "BCE Inc. of Montreal": the body, not its place
    if (table_.entities[m->entity].entity.kind == EntityKind::kPlace && m->first > first + 1 &&
        (s.tokens[m->first - 1].lower == "of" || s.tokens[m->first - 1].lower == "in")) {
      std::size_t before = m->first - 1;
      if (before > first && s.tokens[before - 1].lower == ".") --before;
      if (const Mention* body = table_.mention_ending_at(sentence, before)) return body->entity;
    }
    return m->entity;
  }
  const std::string& word = s.tokens[last - 1].lower;
  if (last - first == 1 || (last - first == 2 && s.tokens[first].lower == "and")) {
    if (word == "he" || word == "she") return by_kind(true);
    if (word == "they" || word == "it" || word == "we") return by_kind(false);
  }
  const Lexicon& lex = Lexicon::get();
  if (is_media_noun(word) || is_collective_noun(word) ||
      word == "agency") {  // "Reuters news agency"
    const std::vector<Mention> inside = table_.mentions_in(sentence, first, last);
    if (!inside.empty() && s.tokens[inside.back().last].lower != "'s") return inside.back().entity;
  }
  if (s.tokens[first].lower == "the" && last - first == 2) {
    if (is_media_noun(word)) return last_media_;
    if (word == "statement") return last_speaker_;
  }
  if (last - first >= 3 && is_kinship_noun(word) && s.tokens[last - 2].lower == "'s") {
    return by_role(word);  // "Ana Ruiz's mother": the person introduced as her mother, if any
  }
  const bool is_owned = lex.is_role(word) || is_collective_noun(word) || is_document_noun(word);
  for (std::size_t p = last - 1; p > first; --p) {  // "the rapper's spokesman": the owner
    if (s.tokens[p].lower == "'s" && is_owned) {
      if (auto owner = resolve(sentence, first, p)) return owner;
    }
  }
  if (last - first == 2 && is_document_noun(word)) {  // "her lawsuit said": her statement
    if (auto owner = resolve_possessive(s.tokens[first].lower)) return owner;
  }
  if (last - first >= 2) {
    std::string two = s.tokens[last - 2].lower + " " + word;
    if (lex.is_role(two)) return resolve_role(sentence, first, last, 2);
  }
  if (lex.is_role(word)) return resolve_role(sentence, first, last, 1);
  if ((is_collective_noun(word) || lex.is_body_noun(word)) && s.tokens[first].lower == "the" &&
      last - first <= 4) {
    if (const auto org = by_kind(false)) return org;
  }
  return std::nullopt;
}

}  // namespace claimgraph::core::extract
