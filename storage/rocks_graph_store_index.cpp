// The index families of RocksGraphStore (layout in index_codec.h): writing what
// core::index_writes_for derives from a batch, and the reads that `disputed` and `search` use.
#include <rocksdb/db.h>

#include "storage/index_codec.h"
#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "storage/rocks_status.h"
#include "storage/stored_records.h"

namespace claimgraph::storage {
namespace {

void write_stats(OperationSink& out, std::uint64_t claim, const core::ClaimStats& stats) {
  if (stats == core::ClaimStats{}) {
    out.erase(Family::kStat, stats_key(claim));
    out.erase(Family::kStat, disputed_key(claim));
    return;
  }
  const std::string value = encode_claim_stats(stats);
  out.put(Family::kStat, stats_key(claim), value);
  if (stats.is_disputed()) {
    out.put(Family::kStat, disputed_key(claim), value);
  } else {
    out.erase(Family::kStat, disputed_key(claim));
  }
}

void write_document(OperationSink& out, const core::TextDocumentChange& change) {
  constexpr Family family = Family::kText;
  const core::TextDocument& document = change.document;
  if (change.previous) {
    for (const auto& [token, count] : change.previous->term_counts) {
      if (!document.term_counts.contains(token))
        out.erase(family, posting_key(token, change.claim));
    }
  }
  for (const auto& [token, count] : document.term_counts) {
    out.put(family, posting_key(token, change.claim), encode_posting(count, document.length));
  }
  out.put(family, document_key(change.claim), encode_text_document(document));
}

}  // namespace

core::Status RocksGraphStore::add_index_writes(OperationSink& out,
                                               const core::IndexWrites& index) const {
  for (const auto& [claim, stats] : index.stats) write_stats(out, claim, stats);
  for (const core::DisputedAboutChange& change : index.disputed_about) {
    const std::string key = disputed_about_key(change.entity, change.claim);
    if (change.stats) {
      out.put(Family::kStat, key, encode_claim_stats(*change.stats));
    } else {
      out.erase(Family::kStat, key);
    }
  }
  for (const core::TextDocumentChange& change : index.documents) write_document(out, change);
  for (const auto& [claim, document] : index.removed_documents) {
    for (const auto& [token, count] : document.term_counts) {
      out.erase(Family::kText, posting_key(token, claim));
    }
    out.erase(Family::kText, document_key(claim));
  }
  if (index.totals) out.put(Family::kText, kTextTotalsKey, encode_text_totals(*index.totals));
  return out.status();
}

core::Result<std::optional<core::ClaimStats>> RocksGraphStore::get_claim_stats(
    std::uint64_t claim) const {
  const std::string key = stats_key(claim);
  auto value = get(Family::kStat, key);
  if (!value.ok()) return value.error();
  if (!*value) return std::optional<core::ClaimStats>();
  auto stats = decode_claim_stats(**value);
  if (!stats.ok()) return corrupt_record(dir_, Family::kStat, key, stats.error().message);
  return std::optional<core::ClaimStats>(std::move(*stats));
}

core::Status RocksGraphStore::scan_claim_stats(
    std::string_view prefix, const core::ScanVisitor<core::ClaimStats>& visit) const {
  return scan(Family::kStat, prefix,
              [&](std::string_view key, std::string_view value) -> core::Result<bool> {
                const auto claim = trailing_id(key);
                auto stats = decode_claim_stats(value);
                if (key.size() != prefix.size() + kIdSize || !claim) {
                  return corrupt_record(dir_, Family::kStat, key, "malformed key");
                }
                if (!stats.ok()) return corrupt_record(dir_, Family::kStat, key, stats.error().message);
                return visit(*claim, *stats);
              });
}

core::Status RocksGraphStore::scan_disputed(
    const core::ScanVisitor<core::ClaimStats>& visit) const {
  return scan_claim_stats(kDisputedPrefix, visit);
}

core::Status RocksGraphStore::scan_disputed_about(
    std::uint64_t entity, const core::ScanVisitor<core::ClaimStats>& visit) const {
  return scan_claim_stats(disputed_about_prefix(entity), visit);
}

core::Result<std::optional<core::TextDocument>> RocksGraphStore::get_text_document(
    std::uint64_t claim) const {
  const std::string key = document_key(claim);
  auto value = get(Family::kText, key);
  if (!value.ok()) return value.error();
  if (!*value) return std::optional<core::TextDocument>();
  auto document = decode_text_document(**value);
  if (!document.ok()) return corrupt_record(dir_, Family::kText, key, document.error().message);
  return std::optional<core::TextDocument>(std::move(*document));
}

core::Result<std::vector<core::Posting>> RocksGraphStore::postings(std::string_view token) const {
  std::vector<core::Posting> postings;
  const std::string prefix = posting_prefix(token);
  CLAIMGRAPH_RETURN_IF_ERROR(
      scan(Family::kText, prefix,
           [&](std::string_view key, std::string_view value) -> core::Result<bool> {
             const auto claim = trailing_id(key);
             if (key.size() != prefix.size() + kIdSize || !claim) {
               return corrupt_record(dir_, Family::kText, key, "malformed key");
             }
             auto posting = decode_posting(*claim, value);
             if (!posting.ok()) return corrupt_record(dir_, Family::kText, key, posting.error().message);
             postings.push_back(*posting);
             return true;
           }));
  return postings;
}

core::Result<core::TextTotals> RocksGraphStore::text_totals() const {
  auto value = get(Family::kText, kTextTotalsKey);
  if (!value.ok()) return value.error();
  if (!*value) return core::TextTotals{};
  auto totals = decode_text_totals(**value);
  if (!totals.ok()) return corrupt_record(dir_, Family::kText, kTextTotalsKey, totals.error().message);
  return *totals;
}

}  // namespace claimgraph::storage
