// storage/batch_ingest.h: writing a large WriteBatch without the memtable and the WAL. The
// batch's operations are sorted per column family, written as one SST file per family and
// ingested with one IngestExternalFiles call, which RocksDB records atomically in the
// MANIFEST: after a crash the store holds all of the batch or none of it, as with
// DB::Write. Inserting millions of keys into a skip list is what made a big import slow.
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "core/result.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
class WriteBatch;
}  // namespace rocksdb

namespace claimgraph::storage {

// Batches with at least this many operations are ingested as files; smaller ones are cheaper
// through DB::Write.
inline constexpr std::size_t kIngestThreshold = 100'000;

// Applies `batch` (Put and Delete operations only, on `families`) to `db` as SST files
// written in `dir`/ingest.tmp and moved into the store. Within the batch a later operation on
// a key wins over an earlier one, as in DB::Write. Errors name the store at `dir`.
core::Status ingest_batch(rocksdb::DB& db, const rocksdb::WriteBatch& batch,
                          std::span<rocksdb::ColumnFamilyHandle* const> families,
                          const std::string& dir);

}  // namespace claimgraph::storage
