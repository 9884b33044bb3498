#include "core/text_search.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/text_index.h"

namespace claimgraph::core {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

std::vector<std::string> distinct_tokens(std::string_view query) {
  std::vector<std::string> tokens;
  for (std::string& token : text_tokens(query)) {
    if (std::find(tokens.begin(), tokens.end(), token) == tokens.end()) {
      tokens.push_back(std::move(token));
    }
  }
  return tokens;
}

// Scores and matched tokens of every claim that contains a query token.
Result<std::map<std::uint64_t, SearchHit>> score_postings(const GraphStore& store,
                                                          const std::vector<std::string>& tokens) {
  Result<TextTotals> totals = store.text_totals();
  if (!totals.ok()) return totals.error();
  const double average = totals->documents == 0 ? 1.0
                                                : static_cast<double>(totals->tokens) /
                                                      static_cast<double>(totals->documents);
  std::map<std::uint64_t, SearchHit> hits;
  for (const std::string& token : tokens) {
    Result<std::vector<Posting>> postings = store.postings(token);
    if (!postings.ok()) return postings.error();
    for (const Posting& posting : *postings) {
      SearchHit& hit = hits[posting.claim];
      hit.claim = posting.claim;
      hit.score += bm25(posting.term_count, posting.document_length, average, totals->documents,
                        postings->size());
      hit.matched.push_back(token);
    }
  }
  return hits;
}

}  // namespace

double bm25(std::uint32_t term_count, std::uint32_t document_length, double average_length,
            std::uint64_t documents, std::uint64_t document_frequency) {
  const double n = static_cast<double>(documents);
  const double df = static_cast<double>(document_frequency);
  const double idf = std::log(1.0 + std::max(0.0, n - df + 0.5) / (df + 0.5));
  const double tf = term_count;
  const double norm = 1.0 - kB + kB * static_cast<double>(document_length) / average_length;
  return idf * tf * (kK1 + 1.0) / (tf + kK1 * norm);
}

Result<std::vector<SearchHit>> search_claims(const GraphStore& store, std::string_view query,
                                             std::size_t limit) {
  const std::vector<std::string> tokens = distinct_tokens(query);
  if (tokens.empty()) {
    return make_error(ErrorCode::kInvalidInput,
                      "search text \"" + std::string(query) + "\" has no words to look for");
  }
  Result<std::map<std::uint64_t, SearchHit>> scored = score_postings(store, tokens);
  if (!scored.ok()) return scored.error();
  std::vector<SearchHit> hits;
  hits.reserve(scored->size());
  for (auto& [claim, hit] : *scored) hits.push_back(std::move(hit));
  const auto better = [](const SearchHit& a, const SearchHit& b) {
    return a.score != b.score ? a.score > b.score : a.claim < b.claim;
  };
  const std::size_t keep = limit == 0 ? hits.size() : std::min(limit, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(),
                    better);
  hits.resize(keep);
  for (SearchHit& hit : hits) {
    Result<std::optional<Claim>> claim = store.get_claim(hit.claim);
    if (!claim.ok()) return claim.error();
    if (!claim->has_value()) {
      return make_error(ErrorCode::kCorruption,
                        "text index points to missing claim #" + std::to_string(hit.claim));
    }
    hit.key = (*claim)->key;
    hit.text = (*claim)->text;
  }
  return hits;
}

}  // namespace claimgraph::core
