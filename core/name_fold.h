// Folding of names and texts for comparison: the same name written with other case, accents,
// compatibility characters or spacing folds to the same string ("Erdoğan", "ERDOGAN" and
// "erdogan" all fold to "erdogan"; Cyrillic stays Cyrillic, lower-cased). Uses ICU.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::core {

// Returns `text` in NFKD with combining marks removed, case-folded, typographic quotes made
// plain, runs of white space collapsed to one space and trimmed. Invalid UTF-8 sequences
// become U+FFFD. Never fails.
std::string fold_name(std::string_view text);

// True if `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

// True if every byte of `text` is ASCII (below 0x80): folding it needs no ICU.
bool is_ascii(std::string_view text);

}  // namespace claimgraph::core
