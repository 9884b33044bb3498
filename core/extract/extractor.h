// Extraction: an article's text becomes records of the claim graph (FORMAT.md): the article,
// its entities, the claims its speakers assert or deny, and the asserts/denies, reported-by
// and about edges, each with its provenance. Rule-based, offline and deterministic; the rules
// are in the other files of core/extract/ and the lexicons in core/extract/lexicon/.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/entity.h"
#include "core/record.h"
#include "core/result.h"

namespace claimgraph::core {

// What the caller knows about an article beyond its text. Every field may be empty.
struct ArticleMeta {
  std::string key;    // empty: derived from the text (the same text always gets the same key)
  std::string title;  // empty: the first line of the text
  std::string url;
  std::string outlet;  // the publisher: an entity of kind media
  std::string date;    // YYYY-MM-DD
};

// Looks up a name already known to the store: returns the stored entity (canonical name,
// kind, aliases) or nullopt. Extraction then uses the stored canonical name.
using KnownEntityLookup = std::function<std::optional<Entity>(std::string_view name)>;

// Extracts the records of one article (title on the first line, body after): one Article,
// the Entities (kind, aliases used in the text), the Claims (key = claim_key_for(text);
// text = a self-contained proposition with pronouns resolved and the attribution wrapper
// dropped; about = entity names), and the Edges: asserts/denies (speaker -> claim key),
// reported-by (claim key -> outlet) and about (claim key -> entity), the stance edges with
// provenance (article key, date, quote = the sentence, confidence, rule). Deterministic.
// Returns kInvalidInput for text that is not UTF-8 or has a line over 1 MiB; empty or
// binary-but-valid text gives an Article and nothing else. `known` may be empty.
Result<RecordList> extract_article(std::string_view text, const ArticleMeta& meta,
                                   const KnownEntityLookup& known);

}  // namespace claimgraph::core
