// Denials stated as a predicate of a claim noun rather than with a reporting verb:
// "the allegations were untrue", "the claims had no merit", "media reports about X are
// baseless", "the information that X has nothing to do with reality". The speaker who says
// so denies X, or, when the noun names no content, the positive form ("the claims had merit").
#pragma once

#include <optional>
#include <string>

#include "core/extract/claim_text.h"
#include "core/extract/segmenter.h"

namespace claimgraph::core::extract {

struct PredicateDenial {
  TokenRange claim;  // the denied proposition, or the claim noun phrase and its verb
  std::string tail;  // words that complete the positive form ("true", "merit"), or empty
};

// The denial `range` of `sentence` states, or nullopt if it is not a predicate denial.
std::optional<PredicateDenial> predicate_denial(const Sentence& sentence, TokenRange range);

}  // namespace claimgraph::core::extract
