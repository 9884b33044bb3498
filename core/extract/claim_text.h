// Turning a span of a sentence into a claim: a self-contained proposition with the
// attribution wrapper dropped ("that", quote marks, "[... ed.]" notes), pronouns that refer to
// the speaker replaced by its name ("he would not" -> "Peskov would not"), and, for denials,
// the denied proposition picked out of its wrapper ("rejected the claims that X" -> "X").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/entity_recognizer.h"
#include "core/extract/segmenter.h"

namespace claimgraph::core::extract {

// Tokens [first, last) of one sentence.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return first >= last; }
};

// Trims punctuation, quote marks and a leading "that" from both ends of `range`.
TokenRange trim_range(const Sentence& sentence, TokenRange range);

// The proposition a denial rejects inside `range`: what follows "the reports that",
// "claims of", "the allegations by X that", "as untrue", ... or `range` itself.
TokenRange denied_proposition(const Sentence& sentence, TokenRange range);

// Splits a span holding several sentences (a long quote) into at most `max_parts` parts.
std::vector<TokenRange> split_propositions(const Sentence& sentence, TokenRange range,
                                           std::size_t max_parts);

struct ClaimText {
  std::string text;                // empty if the span holds too little to be a claim
  std::vector<std::size_t> about;  // entities the text names, in order, no duplicates
};

// The normalized claim for `range`, speaking for entity `speaker`.
// With `prefix_speaker` the speaker's name becomes the subject ("denied taking" -> "X taking").
ClaimText make_claim_text(const Sentence& sentence, TokenRange range, std::size_t speaker,
                          const EntityTable& table, std::size_t sentence_index,
                          bool prefix_speaker = false);

}  // namespace claimgraph::core::extract
