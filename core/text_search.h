// Full-text search over claims (their texts and the quotes of their statements) through the
// store's inverted index (core/text_index.h), ranked by BM25. Reads the postings of the query's
// tokens and the claims it returns, never every claim.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/graph_store.h"
#include "core/result.h"

namespace claimgraph::core {

struct SearchHit {
  std::uint64_t claim = 0;
  std::string key;
  std::string text;
  double score = 0;                  // BM25, summed over the matched tokens
  std::vector<std::string> matched;  // the query tokens the claim contains, in query order
};

// The claims matching any token of `query` (case and accents folded as text_tokens does),
// best first (ties by claim id), at most `limit` (0: all). kInvalidInput if `query` has no
// word to look for; kCorruption if a posting names a missing claim.
Result<std::vector<SearchHit>> search_claims(const GraphStore& store, std::string_view query,
                                             std::size_t limit);

// BM25 weight of a token found `term_count` times in a document of `document_length` tokens,
// in an index of `documents` documents averaging `average_length`, `document_frequency` of
// which contain it (k1 = 1.2, b = 0.75; idf = ln(1 + (N - df + 0.5) / (df + 0.5)), never < 0).
double bm25(std::uint32_t term_count, std::uint32_t document_length, double average_length,
            std::uint64_t documents, std::uint64_t document_frequency);

}  // namespace claimgraph::core
