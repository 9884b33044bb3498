// Attribution patterns: who states what in one sentence. Each pattern is a token matcher
// around a reporting verb from the lexicon (or "according to", a "Name:" label, a quote that
// continues the last speaker) and yields the speaker, the stance and the span of the claim.
//   say-that         X said (that) ... / X told OUTLET (that) ... / X said: "..."
//   quote-said       "...," X said.  /  ..., X said.
//   quote-said-x     "...," said X.
//   according-to     according to X, ...  /  ..., according to X.
//   called-false     X called ... groundless / false / lies  (a denial of ...)
//   colon-statement  X: "..."   and the "Quote:" line of the Source/Details/Quote layout
//   quote-continuation  a quote with no verb after the last speaker's statement
//   claim-noun       X's allegations that ... / a report in OUTLET that ... / claims by X of ...
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/extract/claim_text.h"
#include "core/extract/coreference.h"
#include "core/extract/entity_recognizer.h"
#include "core/extract/segmenter.h"
#include "core/relation.h"

namespace claimgraph::core::extract {

struct Attribution {
  std::size_t sentence = 0;
  std::size_t speaker = 0;  // entity index
  Relation rel = Relation::kAsserts;
  TokenRange claim;                   // the claim's span in the sentence
  std::optional<std::size_t> outlet;  // an outlet this sentence names as the carrier
  bool is_new_occasion = false;       // "in a statement", "later": no outlet is inherited
  bool is_dated = false;              // "on Tuesday, she told X": earlier statements keep no X
  bool needs_subject = false;         // "denied taking drugs": the speaker is the subject
  bool through_person = false;        // "a Kestrel spokeswoman said": a person spoke for a body
  std::string rule;
  double confidence = 0.5;
  // The sentence `claim` is a span of, when not `sentence`: "Kyiv dismissed the report as
  // untrue" denies the claim the report made, in an earlier sentence.
  std::optional<std::size_t> claim_sentence;
  std::optional<std::size_t> claim_speaker;  // whose "it"/"he" the claim's pronouns are
  // A statement named inside another sentence ("the allegations by X that ..."): it neither
  // changes who "he" is nor interrupts the running interview for reported-by.
  bool is_embedded = false;
};

// What the layout lines of an article say ("Source: RIA Novosti", "Previously:").
struct LayoutEvent {
  std::size_t sentence = 0;
  std::optional<std::size_t> source;  // "Source:" line naming an outlet
  bool ends_source = false;           // "Previously:", "Background:": a new occasion
};

class AttributionFinder {
 public:
  AttributionFinder(const std::vector<Sentence>& sentences, const EntityTable& table)
      : sentences_(sentences), table_(table), coref_(sentences, table) {}

  // Finds the attributions of every sentence, in text order (the title is skipped).
  void run();

  const std::vector<Attribution>& attributions() const { return attributions_; }
  const std::vector<LayoutEvent>& layout_events() const { return layout_; }

 private:
  void process(std::size_t sentence);
  bool process_label(std::size_t sentence, std::size_t& start);
  void process_verb(std::size_t sentence, std::size_t start, std::size_t verb);
  void process_according_to(std::size_t sentence, std::size_t start);
  void process_quote_continuation(std::size_t sentence, std::size_t start);
  void process_claim_nouns(std::size_t sentence, std::size_t start);
  std::optional<std::size_t> claim_noun_owner(std::size_t sentence, std::size_t noun,
                                              std::size_t& after) const;
  std::optional<std::size_t> subject_before(std::size_t sentence, std::size_t start,
                                            std::size_t verb, std::size_t& phrase_first) const;
  TokenRange complement_after(std::size_t sentence, std::size_t verb, Attribution& a) const;
  // The entity that begins sentence `sentence` (from `start`) as its subject, or nullopt.
  std::optional<std::size_t> sentence_subject(std::size_t sentence, std::size_t start) const;
  std::optional<std::size_t> outlet_in(std::size_t sentence, std::size_t first,
                                       std::size_t last) const;
  void emit(Attribution a);

  const std::vector<Sentence>& sentences_;
  const EntityTable& table_;
  Coreference coref_;
  std::vector<Attribution> attributions_;
  std::vector<LayoutEvent> layout_;
  std::size_t last_statement_sentence_ = 0;
  bool has_statement_ = false;
};

}  // namespace claimgraph::core::extract
