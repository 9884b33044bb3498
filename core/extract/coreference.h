// Coreference for speakers: which entity a subject phrase names. A mention ending the phrase
// ("party leader Ana Ruiz", "experts of the ISW"), a pronoun (he/she -> the last person
// who spoke, they/it -> the last organization), a role noun ("the press secretary" -> the
// entity the text gave that role; "a Kestrel spokeswoman" -> Kestrel) or "the company".
// Not thread-safe: one instance per article, fed the speakers in text order.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/extract/entity_recognizer.h"
#include "core/extract/segmenter.h"

namespace claimgraph::core::extract {

class Coreference {
 public:
  Coreference(const std::vector<Sentence>& sentences, const EntityTable& table)
      : sentences_(sentences),
        table_(table),
        last_spoke_(table.entities.size(), 0),
        spoke_through_person_(table.entities.size(), false) {}

  // The entity the phrase of tokens [first, last) of `sentence` refers to as a speaker.
  std::optional<std::size_t> resolve(std::size_t sentence, std::size_t first,
                                     std::size_t last) const;

  // Records that `entity` made a statement (the antecedent of later pronouns); with
  // `through_person` a body spoke through a spokesman, whom a later "he"/"she" may mean.
  void note_speaker(std::size_t entity, bool through_person = false);
  // Records the mentions of `sentence`: antecedents when no speaker fits.
  void note_sentence(std::size_t sentence);

  std::optional<std::size_t> last_speaker() const { return last_speaker_; }
  // The antecedent of a possessive pronoun: "his"/"her" -> the last person who spoke,
  // "its"/"their" -> the last organization; nullopt for other words.
  std::optional<std::size_t> resolve_possessive(const std::string& word) const;
  // True if `word` (folded) is a pronoun resolve() handles.
  static bool is_pronoun(const std::string& word);
  // True for a document that speaks for its owner: "her lawsuit says", "the firm's report".
  static bool is_document_noun(const std::string& word);

 private:
  std::optional<std::size_t> by_kind(bool want_person) const;
  std::optional<std::size_t> by_role(const std::string& role) const;
  bool opens_paragraph(std::size_t sentence) const;
  // The one person the sentence names outside quotes, or nullopt (none, or several).
  std::optional<std::size_t> sole_person(std::size_t sentence,
                                         const std::vector<Mention>& mentions) const;
  std::optional<std::size_t> resolve_role(std::size_t sentence, std::size_t first, std::size_t last,
                                          std::size_t role_words) const;

  const std::vector<Sentence>& sentences_;
  const EntityTable& table_;
  std::vector<std::size_t> last_spoke_;  // per entity: 1 + order of its last statement, 0 = never
  std::vector<bool> spoke_through_person_;  // per entity: its last statement came from a spokesman
  std::size_t clock_ = 0;
  std::optional<std::size_t> last_speaker_;
  std::optional<std::size_t> last_person_mention_;
  std::optional<std::size_t> last_org_mention_;
  std::optional<std::size_t> last_media_;    // the last outlet mentioned or quoted
  std::optional<std::size_t> last_subject_;  // the last person who began a sentence
  std::size_t last_subject_time_ = 0;
  std::size_t statements_ = 0;  // statements noted so far, to tell which sentence had one
  std::size_t statements_before_sentence_ = 0;
};

}  // namespace claimgraph::core::extract
