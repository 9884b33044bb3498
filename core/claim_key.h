// Derivation of a claim's key from its text, so that the same proposition always gets the
// same key whoever adds it (FORMAT.md: "the CLI derives one from the normalized claim text").
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::core {

// Folds `text` for key derivation: fold_name(), then every run of characters that are not
// letters or digits becomes one space. "Putin won't  go!" and "putin won t go" normalize alike.
std::string normalize_claim_text(std::string_view text);

// Returns "<slug>-<hash>": the first words of the normalized text joined by '-' (at most
// 48 bytes, ASCII letters and digits only) and 8 hex digits of the XXH3 hash of the whole
// normalized text. The same text always gives the same key. Never fails.
std::string claim_key_for(std::string_view text);

}  // namespace claimgraph::core
