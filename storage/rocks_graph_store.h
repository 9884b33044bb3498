// storage/rocks_graph_store.h: RocksGraphStore, the one implementation of core::GraphStore,
// on RocksDB (column families and key layout in schema.h, key_codec.h and value_codec.h; see
// shared/DESIGN.md, Storage). Every RocksDB status becomes a core::Error before it leaves
// this folder, and no RocksDB header is included here.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/graph_store.h"
#include "core/index_writes.h"
#include "core/store_checker.h"
#include "storage/operation_sink.h"
#include "storage/schema.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
class WriteBatch;
}  // namespace rocksdb

namespace claimgraph::storage {

enum class OpenMode { kReadOnly, kReadWrite };

// A claimgraph store in one directory. Owns the RocksDB instance and closes it when
// destroyed. Not thread-safe: use one store per process. A read-write store holds RocksDB's
// lock on the directory; read-only stores take no lock and see the data as of their opening.
class RocksGraphStore final : public core::GraphStore, public core::StoreChecker {
 public:
  // Opens the store in `dir`.
  // kReadWrite creates `dir` (and its parents) and a new store if missing, and takes the
  //   directory's lock: kLocked "database is locked by another claimgraph process (DIR)" if
  //   another process, or another open in this process, holds it.
  // kReadOnly never writes: kNotFound "no claimgraph store at DIR (...)" if there is none.
  // kInvalidInput "DIR is not a claimgraph store" if `dir` holds something else; kCorruption
  // if the store has another schema version or RocksDB finds damage; kIoError if the disk fails.
  static core::Result<std::unique_ptr<RocksGraphStore>> open(const std::string& dir, OpenMode mode);

  ~RocksGraphStore() override;
  RocksGraphStore(const RocksGraphStore&) = delete;
  RocksGraphStore& operator=(const RocksGraphStore&) = delete;

  // Writes `writes` as one RocksDB WriteBatch, synced: all of it or nothing. A batch of at
  // least the ingest threshold (kIngestThreshold unless set) of operations is written as SST
  // files ingested atomically instead (storage/batch_ingest.h). Fails with kInvalidInput on a
  // read-only store.
  core::Status apply(const core::WriteSet& writes) override;

  // A BulkLoad (storage/bulk_load.h) holding about 320 MB of sorted operations at a time.
  core::Result<std::unique_ptr<core::StreamedWrite>> begin_streamed_write() override;

  // Tests lower the threshold to run small batches through the ingestion path.
  void set_ingest_threshold(std::size_t operations) { ingest_threshold_ = operations; }

  core::Result<std::vector<std::uint64_t>> find_entities(
      std::string_view folded_name) const override;
  core::Result<std::optional<std::uint64_t>> find_key(core::NodeKind kind,
                                                      std::string_view key) const override;

  core::Result<std::optional<core::Entity>> get_entity(std::uint64_t id) const override;
  core::Result<std::optional<core::Claim>> get_claim(std::uint64_t id) const override;
  core::Result<std::optional<core::Article>> get_article(std::uint64_t id) const override;

  // in_edges reads each payload from the `out` twin (one MultiGet); a missing twin is
  // kCorruption.
  core::Result<std::vector<core::StoredEdge>> out_edges(
      core::NodeId node, std::optional<core::Relation> rel) const override;
  core::Result<std::vector<core::StoredEdge>> in_edges(
      core::NodeId node, std::optional<core::Relation> rel) const override;

  // Batch reads and in_neighbours; in rocks_graph_store_batch.cpp.
  core::Result<std::vector<core::NodeId>> in_neighbours(
      core::NodeId node, std::optional<core::Relation> rel) const override;
  core::Result<std::vector<std::optional<core::Claim>>> get_claims(
      const std::vector<std::uint64_t>& ids) const override;
  core::Result<std::vector<std::vector<core::StoredEdge>>> out_edges_of(
      const std::vector<core::NodeId>& nodes, std::optional<core::Relation> rel) const override;
  core::Result<std::vector<std::vector<core::StoredEdge>>> in_edges_of(
      const std::vector<core::NodeId>& nodes, std::optional<core::Relation> rel) const override;

  core::Status scan_entities(const core::ScanVisitor<core::Entity>& visit) const override;
  core::Status scan_claims(const core::ScanVisitor<core::Claim>& visit) const override;
  core::Status scan_articles(const core::ScanVisitor<core::Article>& visit) const override;
  core::Status scan_edges(const std::function<bool(const core::StoredEdge&)>& visit) const override;

  core::Result<std::vector<std::uint64_t>> distinct_from(std::uint64_t entity) const override;
  core::Result<std::uint64_t> next_id() const override;

  // Indexes; in rocks_graph_store_index.cpp.
  core::Result<std::optional<core::ClaimStats>> get_claim_stats(std::uint64_t claim) const override;
  core::Status scan_disputed(const core::ScanVisitor<core::ClaimStats>& visit) const override;
  core::Status scan_disputed_about(std::uint64_t entity,
                                   const core::ScanVisitor<core::ClaimStats>& visit) const override;
  core::Result<std::optional<core::TextDocument>> get_text_document(
      std::uint64_t claim) const override;
  core::Result<std::vector<core::Posting>> postings(std::string_view token) const override;
  core::Result<core::TextTotals> text_totals() const override;

  // The integrity check; in rocks_graph_store_check.cpp.
  core::Result<core::CheckReport> check() const override;

  const std::string& dir() const { return dir_; }
  bool is_read_only() const { return read_only_; }

 private:
  friend class BulkLoad;  // writes the families' files itself
  using Handles = std::array<rocksdb::ColumnFamilyHandle*, kFamilyNames.size()>;

  // Takes ownership of `db` and of every handle (`default_family` included).
  RocksGraphStore(std::string dir, bool read_only, rocksdb::DB* db, Handles handles,
                  rocksdb::ColumnFamilyHandle* default_family);

  // One attempt at open(); open() retries a read-only open that meets a writer's file switch.
  static core::Result<std::unique_ptr<RocksGraphStore>> open_once(const std::string& dir,
                                                                   OpenMode mode);

  // After opening: kCorruption if the store has another schema version, kInvalidInput if it
  // has none; a new (empty) store opened read-write gets kSchemaVersion.
  core::Status check_schema();

  // The value of `key` in `f`, or nullopt if there is none.
  core::Result<std::optional<std::string>> get(Family f, std::string_view key) const;
  // The record of `node`, decoded with `decode` (a value_codec.h function), or nullopt.
  template <class Record, class Decode>
  core::Result<std::optional<Record>> get_node(core::NodeId node, Decode decode) const;

  // Called with each key and value of a scan: true to go on, false to stop, or an error.
  using RawVisitor =
      std::function<core::Result<bool>(std::string_view key, std::string_view value)>;
  // Visits the keys of `f` that start with `prefix`, in key order.
  core::Status scan(Family f, std::string_view prefix, const RawVisitor& visit) const;
  // Visits the `stat` records under `prefix` whose key is the prefix and a claim id.
  core::Status scan_claim_stats(std::string_view prefix,
                                const core::ScanVisitor<core::ClaimStats>& visit) const;
  // The values of `keys` in `f` (nullopt where there is none), read with one MultiGet.
  core::Result<std::vector<std::optional<std::string>>> multi_get(
      Family f, const std::vector<std::string>& keys) const;
  // Calls `visit(i, key, value)` for each key of `f` that starts with prefixes[i], visiting
  // the prefixes in key order with one iterator. Each prefix names a node (kNodeKeySize+).
  using PrefixVisitor =
      std::function<core::Status(std::size_t i, std::string_view key, std::string_view value)>;
  core::Status scan_prefixes(Family f, const std::vector<std::string>& prefixes,
                             const PrefixVisitor& visit) const;
  // Encode into `out` the records of `writes` (all but the removals and the indexes), its
  // deletions (WriteSet::removed_*), and the index records of `index` (stat and text
  // families); each gives out.status().
  core::Status add_records(OperationSink& out, const core::WriteSet& writes) const;
  core::Status add_removals(OperationSink& out, const core::WriteSet& writes) const;
  core::Status add_index_writes(OperationSink& out, const core::IndexWrites& index) const;

  rocksdb::ColumnFamilyHandle* family(Family f) const {
    return handles_[static_cast<std::size_t>(f)];
  }

  std::string dir_;
  bool read_only_;
  std::unique_ptr<rocksdb::DB> db_;
  Handles handles_;
  rocksdb::ColumnFamilyHandle* default_family_ = nullptr;
  std::size_t ingest_threshold_;
  bool wrote_ = false;  // apply() wrote through the WAL: flush when closing
};

}  // namespace claimgraph::storage
