// The text index's vocabulary: how claim texts and quotes become tokens, and the records the
// store keeps for full-text search (`text` family): one document per claim (its text and the
// quotes of every statement and report of it), postings token -> claim, and totals for BM25.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::core {

// Tokens longer than this many bytes are not indexed (they are noise, and keys stay small).
inline constexpr std::size_t kMaxTokenBytes = 64;

// The searchable tokens of `text`, in order, repeats kept: normalize_claim_text (case and
// accents folded, every run of non-letters a separator) split at spaces. Never fails.
std::vector<std::string> text_tokens(std::string_view text);

// What the index knows of one claim: how often each token occurs in its text and quotes.
struct TextDocument {
  std::map<std::string, std::uint32_t, std::less<>> term_counts;
  std::uint32_t length = 0;  // number of tokens, repeats counted

  bool operator==(const TextDocument&) const = default;
};

// The document of a claim with `text` whose edges carry `quotes` (empty quotes are skipped).
TextDocument text_document(std::string_view text, std::span<const std::string> quotes);

// Index-wide numbers BM25 needs: how many documents, and their total length.
struct TextTotals {
  std::uint64_t documents = 0;
  std::uint64_t tokens = 0;

  bool operator==(const TextTotals&) const = default;
};

// One entry of a token's posting list: a claim containing the token, how often, and the
// claim document's length (kept in the posting so ranking needs no other read).
struct Posting {
  std::uint64_t claim = 0;
  std::uint32_t term_count = 0;
  std::uint32_t document_length = 0;

  bool operator==(const Posting&) const = default;
};

}  // namespace claimgraph::core
