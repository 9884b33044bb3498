// core/graph_store.h: where claimgraph keeps articles, entities, claims and edges.
// Implemented once, on RocksDB, by storage/rocks_graph_store.h. Core code (queries, import,
// ingest, drawing) only ever sees this interface.
// Not thread-safe: use one store per process.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/claim.h"
#include "core/claim_stats.h"
#include "core/entity.h"
#include "core/node_id.h"
#include "core/relation.h"
#include "core/result.h"
#include "core/stored_edge.h"
#include "core/streamed_write.h"
#include "core/text_index.h"
#include "core/write_set.h"

namespace claimgraph::core {

// Called for each record of a scan; return false to stop the scan early.
template <class Record>
using ScanVisitor = std::function<bool(std::uint64_t id, const Record& record)>;

class GraphStore {
 public:
  virtual ~GraphStore() = default;

  // Writes every record in `writes`, or none of them. Fails with kInvalidInput on a
  // read-only store, kIoError if the disk fails.
  virtual Status apply(const WriteSet& writes) = 0;

  // Starts a write whose WriteSet comes in parts (core/streamed_write.h), for an import too
  // big to hold in memory. kInvalidInput on a read-only store.
  virtual Result<std::unique_ptr<StreamedWrite>> begin_streamed_write() = 0;

  // Ids of the entities whose name or alias folds to `folded_name` (already folded with
  // fold_name), in id order. Empty if none.
  virtual Result<std::vector<std::uint64_t>> find_entities(std::string_view folded_name) const = 0;

  // Id of the claim or article with `key` (exact), or nullopt.
  virtual Result<std::optional<std::uint64_t>> find_key(NodeKind kind,
                                                        std::string_view key) const = 0;

  // The record with `id`, or nullopt if there is none. A claim's `about` is left empty.
  virtual Result<std::optional<Entity>> get_entity(std::uint64_t id) const = 0;
  virtual Result<std::optional<Claim>> get_claim(std::uint64_t id) const = 0;
  virtual Result<std::optional<Article>> get_article(std::uint64_t id) const = 0;

  // Edges leaving / reaching `node`, all relations or only `rel`, in key order
  // (by relation, then other end, then article).
  virtual Result<std::vector<StoredEdge>> out_edges(NodeId node,
                                                    std::optional<Relation> rel) const = 0;
  virtual Result<std::vector<StoredEdge>> in_edges(NodeId node,
                                                   std::optional<Relation> rel) const = 0;

  // The distinct nodes with an edge of `rel` (any relation if none) to `node`, in key order,
  // read from the `in` keys alone: no payload is read (in_edges reads every one).
  virtual Result<std::vector<NodeId>> in_neighbours(NodeId node,
                                                    std::optional<Relation> rel) const = 0;

  // Batch reads, for queries over many claims: what get_claim, out_edges and in_edges answer
  // for each of `ids` (`nodes`), in that order. The store reads them in key
  // order (one MultiGet, one iterator), not as a random read each.
  virtual Result<std::vector<std::optional<Claim>>> get_claims(
      const std::vector<std::uint64_t>& ids) const = 0;
  virtual Result<std::vector<std::vector<StoredEdge>>> out_edges_of(
      const std::vector<NodeId>& nodes, std::optional<Relation> rel) const = 0;
  virtual Result<std::vector<std::vector<StoredEdge>>> in_edges_of(
      const std::vector<NodeId>& nodes, std::optional<Relation> rel) const = 0;

  // Visit every record of a kind in id order, or every edge in out-edge key order.
  virtual Status scan_entities(const ScanVisitor<Entity>& visit) const = 0;
  virtual Status scan_claims(const ScanVisitor<Claim>& visit) const = 0;
  virtual Status scan_articles(const ScanVisitor<Article>& visit) const = 0;
  virtual Status scan_edges(const std::function<bool(const StoredEdge&)>& visit) const = 0;

  // The entities recorded as distinct from `entity` (never to be merged with it), in id order.
  virtual Result<std::vector<std::uint64_t>> distinct_from(std::uint64_t entity) const = 0;

  // The first id not yet assigned (ids start at 1 and are shared by all kinds). The store
  // holds nothing under an id at or above it: index_writes_for skips reading such claims.
  virtual Result<std::uint64_t> next_id() const = 0;

  // Indexes (`stat` and `text` families), kept up to date by apply() in the same batch as the
  // records they derive from (see core/index_writes.h).
  // The stance counts of `claim`, or nullopt if it has no stance or reported-by edge.
  virtual Result<std::optional<ClaimStats>> get_claim_stats(std::uint64_t claim) const = 0;
  // Visits every disputed claim (ClaimStats::is_disputed) with its stats, in claim id order.
  virtual Status scan_disputed(const ScanVisitor<ClaimStats>& visit) const = 0;
  // Visits every disputed claim about `entity` (with an about edge to it), in claim id order.
  virtual Status scan_disputed_about(std::uint64_t entity,
                                     const ScanVisitor<ClaimStats>& visit) const = 0;
  // The indexed document of `claim`, or nullopt if it is not indexed.
  virtual Result<std::optional<TextDocument>> get_text_document(std::uint64_t claim) const = 0;
  // Every claim whose document contains `token` (as text_tokens gives it), in claim id order.
  virtual Result<std::vector<Posting>> postings(std::string_view token) const = 0;
  // The number and total length of indexed documents.
  virtual Result<TextTotals> text_totals() const = 0;
};

}  // namespace claimgraph::core
