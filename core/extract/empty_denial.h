// Empty denials: a sentence that only calls something already mentioned false ("This is
// nonsense.", "That is a lie.", "[We should] treat it as utterly stupid, groundless claims.").
// It has no proposition of its own: its words are pronouns, denial words, intensifiers,
// copulas and generic claim nouns. Its content is the antecedent's, which the article stated
// just before, so on its own it is never a claim (least of all an assertion of its own words).
#pragma once

#include <string_view>

namespace claimgraph::core::extract {

// True if `claim_text` holds at least one denial (a word of the denial lexicon, or "not true")
// and no content word besides: pronouns, intensifiers, copulas and light verbs ("treat ... as",
// "consider"), articles and generic claim nouns ("claims", "reports") do not count, nor do the
// words of `speaker_name` ("We" may have become the speaker's name). Never fails.
bool is_empty_denial(std::string_view claim_text, std::string_view speaker_name = {});

}  // namespace claimgraph::core::extract
