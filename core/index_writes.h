// The index records a WriteSet implies: the stance counts (`stat`), the disputed claims by
// entity (`stat`) and the text index (`text`) of every claim it adds or whose stance,
// reported-by or about edges it writes. They are recomputed from the claim's edges *now* (the
// store's plus the WriteSet's), never patched with increments, so that a batch which
// rewrites, moves or deletes edges (re-import, merge) leaves the indexes right.
// GraphStore::apply derives and writes them in the same batch as the records, whoever built
// the WriteSet.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/claim_stats.h"
#include "core/graph_store.h"
#include "core/result.h"
#include "core/text_index.h"
#include "core/write_set.h"

namespace claimgraph::core {

// A claim's text document, and the one the store had (whose postings the new one replaces).
struct TextDocumentChange {
  std::uint64_t claim = 0;
  std::optional<TextDocument> previous;
  TextDocument document;
};

// A disputed claim listed under an entity it is about, or (no stats) taken off that list.
struct DisputedAboutChange {
  std::uint64_t entity = 0;
  std::uint64_t claim = 0;
  std::optional<ClaimStats> stats;  // the claim's stats; nullopt: erase the entry
};

struct IndexWrites {
  // New stats per claim; the store also adds the claim to the disputed index or removes it
  // from there (ClaimStats::is_disputed), and drops the record of stats that are all zero.
  std::vector<std::pair<std::uint64_t, ClaimStats>> stats;
  std::vector<DisputedAboutChange> disputed_about;
  std::vector<TextDocumentChange> documents;
  // Documents of claims the WriteSet removes: their postings and record are deleted.
  std::vector<std::pair<std::uint64_t, TextDocument>> removed_documents;
  std::optional<TextTotals> totals;  // set when a document changed

  bool empty() const {
    return stats.empty() && disputed_about.empty() && documents.empty() &&
           removed_documents.empty() && !totals;
  }
};

// The claim whose index `edge` feeds (a stance edge's claim, a reported-by or about edge's
// claim), if any.
std::optional<std::uint64_t> indexed_claim(const StoredEdge& edge);

// The index writes of `writes` over `store` as it is before they are applied. Stats and
// documents equal to the stored ones are left out, so re-applying a WriteSet gives none.
// An edge to a claim that neither the store nor `writes` holds counts in the stats but gives
// no text document. Fails only if reading the store fails.
Result<IndexWrites> index_writes_for(const GraphStore& store, const WriteSet& writes);

// The same writes in parts, each of the claims that follow the last part's, at most
// `claims_per_part` of them: a big import never holds the documents of all its claims at once.
// `totals` is set in the last part only (the only part when there are fewer claims), and
// `visit` is called at least once. Stops at the first error of the store or of `visit`.
Status for_each_index_part(const GraphStore& store, const WriteSet& writes,
                           std::size_t claims_per_part,
                           const std::function<Status(IndexWrites&&)>& visit);

// The same derivation claim by claim, for a write that hands over each claim's text and edges
// together (a streamed import, storage/bulk_load.h); it removes nothing.
class ClaimIndexer {
 public:
  // Over `store` as it is before the write.
  static Result<ClaimIndexer> over(const GraphStore& store);

  // Adds to `part` the stats and document of `claim`, given its text if the write adds the
  // claim (nullptr if not) and the stance, reported-by and about edges the write gives it.
  Status add(std::uint64_t claim, const std::string* text,
             const std::vector<const StoredEdge*>& edges, IndexWrites& part);
  // Counts the document changes of a finished part into the text totals.
  Status count(const IndexWrites& part);
  // The text totals to write with the last part; nullopt if no document changed.
  const std::optional<TextTotals>& totals() const { return totals_; }

 private:
  ClaimIndexer(const GraphStore& store, std::uint64_t first_new_id)
      : store_(&store), first_new_id_(first_new_id) {}

  const GraphStore* store_;
  std::uint64_t first_new_id_;
  std::optional<TextTotals> totals_;
};

}  // namespace claimgraph::core
