// Small word classes and token tests shared by the attribution patterns: words that may
// stand between a subject and its verb, clause boundaries, function words, and whether a
// reporting verb is used as a verb at all ("the claims" is a noun, "to deny" an infinitive).
#pragma once

#include <cstddef>
#include <string>

#include "core/extract/claim_text.h"
#include "core/extract/segmenter.h"

namespace claimgraph::core::extract {

// Auxiliaries and adverbs between a subject and its verb: "has", "also", "repeatedly".
bool is_skippable_before_verb(const std::string& word);
// Days and "today", "yesterday": "said on Monday".
bool is_weekday(const std::string& word);
// Words that end a subject phrase read leftwards from a verb: "that", "and", "said", "in" ...
bool is_boundary_word(const std::string& word);
// A token that can be part of a speaker phrase ("Kremlin", "spokesman", "'s").
bool is_phrase_token(const Token& token);
// Words that start a clause or a noun phrase with its own subject ("the", "there", "if").
bool is_function_word(const std::string& word);
// "called", "described", "branded": verbs that characterize an object ("... as false").
bool is_characterizing_verb(const std::string& word);
// True if the reporting verb at `index` is used as a verb (not "the claims", "to deny").
bool is_verb_use(const Sentence& sentence, std::size_t index);
// True if tokens [first, last) hold a role noun: "a Kestrel spokeswoman", "the party's leader".
bool has_role_noun(const Sentence& sentence, std::size_t first, std::size_t last);
// True if the sentence dates its statement ("on Tuesday, he told ..."): the statements
// before it were made on another occasion.
bool names_day(const Sentence& sentence);
// True if the sentence names a new occasion ("in a statement", "later", "tweeted").
bool is_new_occasion(const Sentence& sentence);
// True for "the report", "Ms Novak's claims", "the allegations as untrue": a statement
// named without its content.
bool is_bare_claim_noun(const Sentence& sentence, TokenRange range);
// True for a short prepositional or temporal tail after a reporting verb that holds no
// claim: "in her ruling", "at the time", "on Friday", "after the hearing".
bool is_adjunct_only(const Sentence& sentence, TokenRange range);

}  // namespace claimgraph::core::extract
