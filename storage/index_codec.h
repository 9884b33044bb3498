// storage/index_codec.h: the byte layout of the index families. `stat` holds the stance
// counts of each claim (`S` + claim id) and a copy of them for every disputed claim
// (`D` + claim id), so `disputed` is one prefix scan, and again under each entity the claim
// is about (`A` + entity id + claim id), so `disputed --about` is one too. `text` holds a
// document per claim (`d` + claim id: its token counts, so that a later rewrite knows which
// postings to drop), the postings (`p` + token + '\0' + claim id -> term count and document
// length, 8 bytes) and the totals (`n`: document count and total length, two 8-byte numbers).
// Ids are 8-byte big-endian. Pure functions; decoding never throws and gives kCorruption on a bad value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/claim_stats.h"
#include "core/result.h"
#include "core/text_index.h"

namespace claimgraph::storage {

inline constexpr std::string_view kStatsPrefix = "S";
inline constexpr std::string_view kDisputedPrefix = "D";
inline constexpr std::string_view kDisputedAboutPrefix = "A";
inline constexpr std::string_view kTextTotalsKey = "n";

std::string stats_key(std::uint64_t claim);                            // `stat`: S + id
std::string disputed_key(std::uint64_t claim);                         // `stat`: D + id
std::string disputed_about_prefix(std::uint64_t entity);               // `stat`: A + entity
std::string disputed_about_key(std::uint64_t entity, std::uint64_t claim);  // ... + claim
std::string document_key(std::uint64_t claim);                         // `text`: d + id
std::string posting_prefix(std::string_view token);                    // p + token + '\0'
std::string posting_key(std::string_view token, std::uint64_t claim);  // ... + id

// The token and claim id of a posting key, or nullopt if `key` is not one.
struct PostingKeyParts {
  std::string_view token;
  std::uint64_t claim = 0;
};
std::optional<PostingKeyParts> split_posting_key(std::string_view key);

// The claim id at the end of a `D`, `A` or posting key, or nullopt if `key` is too short.
std::optional<std::uint64_t> trailing_id(std::string_view key);

std::string encode_claim_stats(const core::ClaimStats& stats);
core::Result<core::ClaimStats> decode_claim_stats(std::string_view value);

std::string encode_text_document(const core::TextDocument& document);
core::Result<core::TextDocument> decode_text_document(std::string_view value);

// A posting value: term count and document length, 4 bytes each, big-endian.
std::string encode_posting(std::uint32_t term_count, std::uint32_t document_length);
core::Result<core::Posting> decode_posting(std::uint64_t claim, std::string_view value);

std::string encode_text_totals(const core::TextTotals& totals);
core::Result<core::TextTotals> decode_text_totals(std::string_view value);

}  // namespace claimgraph::storage
