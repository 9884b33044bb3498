// storage/bulk_load.h: RocksGraphStore's StreamedWrite (core/streamed_write.h), how `import`
// writes a file of millions of claims in bounded memory. Each part's records are encoded as
// for apply() and sorted on disk (external_sorter.h); the text and edges of each claim are
// sorted by claim beside them, so that commit() derives the stance counts and text index one
// claim at a time, in id order: the postings of the text index come out of that in order by
// token already and are only grouped (posting_runs.h). commit() then merges every family into
// SST files and ingests them all with one IngestExternalFiles call: after a crash the store
// holds the whole import or none.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/index_writes.h"
#include "core/streamed_write.h"
#include "storage/external_sorter.h"
#include "storage/posting_runs.h"

namespace claimgraph::storage {

class RocksGraphStore;

class BulkLoad final : public core::StreamedWrite {
 public:
  // A table's top-level index grows with its file, and a query reads it when it opens the
  // file: one file of gigabytes per family made a query at 10M claims twice as slow as at
  // 100k. So commit() writes each family as files of about this size.
  static constexpr std::uint64_t kFileBytes = std::uint64_t{256} << 20;

  // A load into `store` (open for writing) holding about `memory_budget` bytes of sorted
  // operations before writing them to run files in the store's directory, and writing SST
  // files of about `file_bytes`.
  static core::Result<std::unique_ptr<BulkLoad>> begin(RocksGraphStore& store,
                                                       std::size_t memory_budget,
                                                       std::uint64_t file_bytes = kFileBytes);
  ~BulkLoad() override;  // removes the run files
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  // Encodes and sorts the part on a thread of its own, while the caller collects the next.
  core::Status add(core::WriteSet part) override;
  core::Status commit() override;

 private:
  BulkLoad(RocksGraphStore& store, std::filesystem::path work, std::size_t memory_budget,
           std::uint64_t file_bytes);

  // Encodes `part` as apply() would and adds its operations and index sources to the sorters.
  core::Status sort_part(const core::WriteSet& part);
  // Runs `work` on the background thread once the work before it there is done: a part's
  // encoding while the next part is read, an index part's while the next claims are indexed.
  // An error comes back from the next call or from wait_for_background().
  core::Status in_background(std::function<core::Status()> work);
  // Waits for the background work, if any; its status.
  core::Status wait_for_background();
  // Adds the claims' texts and their stance, reported-by and about edges to index_sources_.
  core::Status sort_index_sources(const core::WriteSet& part);
  // Derives the index of every claim in index_sources_ and adds its writes to records_.
  core::Status derive_index();
  // Counts `part` into the indexer's totals and hands it to the background to be sorted.
  core::Status add_index_part(core::ClaimIndexer& indexer, core::IndexWrites& part);
  // Encodes `part` and adds its operations to records_.
  core::Status sort_index_writes(const core::IndexWrites& part);
  // Writes the SST files of every family on two threads and ingests them all.
  core::Status write_and_ingest();
  // Merges the runs of `family` into SST files of about file_bytes_ in work_, in key order,
  // and lists them in `paths`.
  core::Status write_family(std::size_t family, std::vector<std::string>& paths);
  // Merges the `text` family's runs and its postings, in key order, into `write`.
  core::Status merge_text(const ExternalSorter::Visitor& write);

  RocksGraphStore& store_;
  std::filesystem::path work_;
  std::uint64_t file_bytes_;
  ExternalSorter records_;        // by Family, the store's order; the index too
  ExternalSorter index_sources_;  // one family: claim id + a tag + text, edge or entity
  PostingRuns postings_;          // the text index's postings, apart from records_
  bool spent_ = false;
  bool into_empty_store_ = false;
  std::thread background_;  // see in_background()
  core::Status background_status_ = core::ok_status();
};

}  // namespace claimgraph::storage
