#include "storage/bulk_load.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>

#include "storage/index_codec.h"
#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "storage/rocks_status.h"
#include "storage/stored_records.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;

// How many claims' index writes commit() derives before adding them to the sort.
constexpr std::size_t kIndexClaimsPerPart = 10'000;

// index_sources_ keys: claim id, then kTextTag (value: the claim's text), kEdgeTag and a
// stance or reported-by edge's `out` key (value: its payload), or kAboutTag and the id of an
// entity the claim is about (no value: only the entity counts). A claim's text sorts first.
constexpr char kTextTag = 0;
constexpr char kEdgeTag = 1;
constexpr char kAboutTag = 2;

rocksdb::Slice slice(std::string_view bytes) { return {bytes.data(), bytes.size()}; }

core::Error io_error(const std::string& dir, const std::string& what,
                     const std::error_code& error) {
  return core::make_error(core::ErrorCode::kIoError,
                          "store at " + dir + ": cannot " + what + ": " + error.message());
}

bool removes_anything(const core::WriteSet& part) {
  return !part.removed_names.empty() || !part.removed_edges.empty() ||
         !part.removed_nodes.empty() || !part.removed_keys.empty() ||
         !part.removed_distinct.empty();
}

// The operations of the load's records and index, straight into its sorter by family; given
// the load's PostingRuns, the text index's postings go there instead.
class SorterSink final : public OperationSink {
 public:
  explicit SorterSink(ExternalSorter& sorter, PostingRuns* postings = nullptr)
      : sorter_(sorter), postings_(postings) {}

  void put(Family family, std::string_view key, std::string_view value) override {
    add(family, key, value, true);
  }
  void erase(Family family, std::string_view key) override { add(family, key, {}, false); }
  core::Status status() const override { return status_; }

 private:
  void add(Family family, std::string_view key, std::string_view value, bool is_put) {
    if (!status_.ok()) return;
    const std::optional<PostingKeyParts> posting =
        postings_ != nullptr && family == Family::kText ? split_posting_key(key) : std::nullopt;
    const auto index = static_cast<std::size_t>(family);
    if (posting) {
      status_ = postings_->add(posting->token, posting->claim, value, is_put);
    } else {
      status_ = is_put ? sorter_.put(index, key, value) : sorter_.erase(index, key);
    }
  }

  ExternalSorter& sorter_;
  PostingRuns* postings_;
  core::Status status_ = core::ok_status();
};

// One claim's entries of index_sources_, gathered while merging.
struct ClaimSources {
  std::uint64_t claim = 0;
  std::optional<std::string> text;
  std::vector<core::StoredEdge> edges;
};

}  // namespace

core::Result<std::unique_ptr<BulkLoad>> BulkLoad::begin(RocksGraphStore& store,
                                                        std::size_t memory_budget,
                                                        std::uint64_t file_bytes) {
  if (store.is_read_only()) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "store at " + store.dir() + " is open read-only");
  }
  const fs::path work = fs::path(store.dir()) / "import.tmp";  // left over only by a crash
  std::error_code error;
  fs::remove_all(work, error);
  if (!error) fs::create_directory(work, error);
  if (error) return io_error(store.dir(), "create " + work.string(), error);
  core::Result<std::uint64_t> next_id = store.next_id();
  if (!next_id.ok()) return next_id.error();
  auto load = std::unique_ptr<BulkLoad>(new BulkLoad(store, work, memory_budget, file_bytes));
  load->into_empty_store_ = *next_id == 1;  // no id was ever allocated: no record, no index
  return load;
}

BulkLoad::BulkLoad(RocksGraphStore& store, fs::path work, std::size_t memory_budget,
                   std::uint64_t file_bytes)
    : store_(store),
      work_(work),
      file_bytes_(file_bytes),
      records_(work / "records", kFamilyNames.size(), memory_budget / 3 * 2),
      index_sources_(work / "index", 1, memory_budget / 3),
      // The index sources' third, once they are sorted: postings come only after that.
      postings_(work / "postings", memory_budget / 3) {
  std::error_code ignored;  // a failure to create them shows as the first run's write error
  fs::create_directory(work / "records", ignored);
  fs::create_directory(work / "index", ignored);
  fs::create_directory(work / "postings", ignored);
}

BulkLoad::~BulkLoad() {
  static_cast<void>(wait_for_background());
  std::error_code ignored;
  fs::remove_all(work_, ignored);
}

core::Status BulkLoad::add(core::WriteSet part) {
  if (spent_)
    return core::make_error(core::ErrorCode::kInvalidInput, "bulk load already committed");
  if (removes_anything(part)) {
    return core::make_error(core::ErrorCode::kInvalidInput, "a bulk load cannot remove records");
  }
  // Parts are sorted one at a time, in order: the last write on a key must win.
  return in_background([this, part = std::move(part)] { return sort_part(part); });
}

core::Status BulkLoad::in_background(std::function<core::Status()> work) {
  CLAIMGRAPH_RETURN_IF_ERROR(wait_for_background());
  background_ = std::thread([this, work = std::move(work)] { background_status_ = work(); });
  return core::ok_status();
}

core::Status BulkLoad::wait_for_background() {
  if (background_.joinable()) background_.join();
  return std::exchange(background_status_, core::ok_status());
}

core::Status BulkLoad::sort_part(const core::WriteSet& part) {
  SorterSink records(records_);
  CLAIMGRAPH_RETURN_IF_ERROR(store_.add_records(records, part));
  return sort_index_sources(part);
}

core::Status BulkLoad::sort_index_sources(const core::WriteSet& part) {
  std::string key;
  for (const auto& [id, claim] : part.claims) {
    key = encode_u64(id);
    key += kTextTag;
    CLAIMGRAPH_RETURN_IF_ERROR(index_sources_.put(0, key, claim.text));
  }
  for (const core::StoredEdge& edge : part.edges) {
    const std::optional<std::uint64_t> claim = core::indexed_claim(edge);
    if (!claim) continue;
    key = encode_u64(*claim);
    if (edge.rel == core::Relation::kAbout) {
      key += kAboutTag;
      append_u64(key, edge.to.id);
      CLAIMGRAPH_RETURN_IF_ERROR(index_sources_.put(0, key, {}));
      continue;
    }
    key += kEdgeTag;
    key += out_edge_key({edge.from, edge.rel, edge.to, edge.article});
    CLAIMGRAPH_RETURN_IF_ERROR(index_sources_.put(
        0, key, encode_edge_payload({edge.date, edge.quote, edge.confidence, edge.rule})));
  }
  return core::ok_status();
}

core::Status BulkLoad::add_index_part(core::ClaimIndexer& indexer, core::IndexWrites& part) {
  CLAIMGRAPH_RETURN_IF_ERROR(indexer.count(part));
  // Encoded and sorted in the background while the next claims are indexed.
  return in_background([this, part = std::exchange(part, {})] { return sort_index_writes(part); });
}

core::Status BulkLoad::sort_index_writes(const core::IndexWrites& part) {
  SorterSink index(records_, &postings_);
  return store_.add_index_writes(index, part);
}

core::Status BulkLoad::derive_index() {
  core::Result<core::ClaimIndexer> indexer = core::ClaimIndexer::over(store_);
  if (!indexer.ok()) return indexer.error();
  core::IndexWrites part;
  std::size_t claims_in_part = 0;
  std::optional<ClaimSources> current;
  const auto index_current = [&]() -> core::Status {
    if (!current) return core::ok_status();
    std::vector<const core::StoredEdge*> edges;
    for (const core::StoredEdge& edge : current->edges) edges.push_back(&edge);
    const std::string* text = current->text ? &*current->text : nullptr;
    CLAIMGRAPH_RETURN_IF_ERROR(indexer->add(current->claim, text, edges, part));
    current.reset();
    if (++claims_in_part < kIndexClaimsPerPart) return core::ok_status();
    claims_in_part = 0;
    return add_index_part(*indexer, part);
  };
  const auto gather = [&](std::string_view key, std::string_view value, bool) -> core::Status {
    const std::optional<std::uint64_t> claim = decode_u64(key.substr(0, kIdSize));
    if (!claim || key.size() <= kIdSize) {
      return core::make_error(core::ErrorCode::kInternal, "malformed bulk load index key");
    }
    if (current && current->claim != *claim) CLAIMGRAPH_RETURN_IF_ERROR(index_current());
    if (!current) {
      current.emplace();
      current->claim = *claim;
    }
    if (key[kIdSize] == kTextTag) {
      current->text = std::string(value);
      return core::ok_status();
    }
    if (key[kIdSize] == kAboutTag) {
      const std::optional<std::uint64_t> entity = decode_u64(key.substr(kIdSize + 1));
      if (!entity) return core::make_error(core::ErrorCode::kInternal, "malformed about source");
      core::StoredEdge& about = current->edges.emplace_back();
      about.from = {core::NodeKind::kClaim, *claim};
      about.rel = core::Relation::kAbout;
      about.to = {core::NodeKind::kEntity, *entity};
      return core::ok_status();
    }
    core::Result<core::StoredEdge> edge =
        decode_stored_edge(store_.dir(), key.substr(kIdSize + 1), value);
    if (!edge.ok()) return edge.error();
    current->edges.push_back(std::move(*edge));
    return core::ok_status();
  };
  CLAIMGRAPH_RETURN_IF_ERROR(index_sources_.merge(0, gather));
  CLAIMGRAPH_RETURN_IF_ERROR(index_current());
  CLAIMGRAPH_RETURN_IF_ERROR(indexer->count(part));
  part.totals = indexer->totals();
  CLAIMGRAPH_RETURN_IF_ERROR(wait_for_background());
  return sort_index_writes(part);
}

core::Status BulkLoad::write_and_ingest() {
  // Biggest family first, on two threads: merging and compressing are most of a commit.
  const auto added = [&](std::size_t family) {
    const bool text = family == static_cast<std::size_t>(Family::kText);
    return records_.added(family) + (text ? postings_.added() : 0);
  };
  std::vector<std::size_t> biggest_first;
  for (std::size_t family = 0; family < kFamilyNames.size(); ++family) {
    if (added(family) > 0) biggest_first.push_back(family);
  }
  std::stable_sort(biggest_first.begin(), biggest_first.end(),
                   [&](std::size_t a, std::size_t b) { return added(a) > added(b); });
  // By family: each thread fills only the entries of the families it takes.
  std::vector<std::vector<std::string>> paths(kFamilyNames.size());
  std::vector<core::Status> statuses(kFamilyNames.size(), core::ok_status());
  std::atomic<std::size_t> next{0};
  const auto write_families = [&] {
    for (std::size_t n = next++; n < biggest_first.size(); n = next++) {
      const std::size_t family = biggest_first[n];
      statuses[family] = write_family(family, paths[family]);
    }
  };
  std::thread second(write_families);
  write_families();
  second.join();
  for (const core::Status& status : statuses) CLAIMGRAPH_RETURN_IF_ERROR(status);
  std::vector<rocksdb::IngestExternalFileArg> files;
  for (std::size_t family = 0; family < kFamilyNames.size(); ++family) {
    if (paths[family].empty()) continue;
    rocksdb::IngestExternalFileArg file;
    file.column_family = store_.family(static_cast<Family>(family));
    file.external_files = std::move(paths[family]);
    file.options.move_files = true;
    files.push_back(std::move(file));
  }
  if (files.empty()) return core::ok_status();
  return to_status(store_.db_->IngestExternalFiles(files), store_.dir());
}

core::Status BulkLoad::write_family(std::size_t family, std::vector<std::string>& paths) {
  rocksdb::ColumnFamilyHandle* handle = store_.family(static_cast<Family>(family));
  const rocksdb::Options options = store_.db_->GetOptions(handle);
  std::optional<rocksdb::SstFileWriter> writer;
  rocksdb::Status status;
  // A new file once the current one holds file_bytes_: the keys come in order, so the files do
  // not overlap and a query opens only the one its keys are in.
  const auto next_file = [&] {
    if (writer) status = writer->Finish();  // syncs the file
    if (!status.ok()) return;
    paths.push_back(
        (work_ / (std::to_string(family) + "-" + std::to_string(paths.size()) + ".sst")).string());
    // Bloom filters only for the edge families, whose prefix filters spare a walk the seeks
    // for nodes without edges. The others go to the bottom level, where nearly every lookup
    // is for a key that is there, and a fresh query process reads each file's filter index
    // when it opens it (at 1M claims, 540 KB of a `who`'s reads against 107 KB without).
    const bool edges = family == static_cast<std::size_t>(Family::kOut) ||
                       family == static_cast<std::size_t>(Family::kIn);
    writer.emplace(rocksdb::EnvOptions(), options, handle, /*invalidate_page_cache=*/true,
                   rocksdb::Env::IO_TOTAL, /*skip_filters=*/!edges);
    status = writer->Open(paths.back());
  };
  const auto write = [&](std::string_view key, std::string_view value, bool is_put) {
    // Into an empty store a deletion has nothing to delete: the merge already let it win over
    // this load's earlier puts. Written, it would stay in the bottom level for every walk over
    // the family to step over (849k of them in `stat` at 1M claims, one per undisputed claim).
    if (!is_put && into_empty_store_) return core::ok_status();
    if (status.ok() && (!writer || writer->FileSize() >= file_bytes_)) next_file();
    if (status.ok()) {
      status = is_put ? writer->Put(slice(key), slice(value)) : writer->Delete(slice(key));
    }
    return to_status(status, store_.dir());
  };
  if (family == static_cast<std::size_t>(Family::kText)) {
    CLAIMGRAPH_RETURN_IF_ERROR(merge_text(write));
  } else {
    CLAIMGRAPH_RETURN_IF_ERROR(records_.merge(family, write));
  }
  if (writer) CLAIMGRAPH_RETURN_IF_ERROR(to_status(writer->Finish(), store_.dir()));
  return core::ok_status();
}

core::Status BulkLoad::merge_text(const ExternalSorter::Visitor& write) {
  PostingRuns::Cursor postings(postings_);
  CLAIMGRAPH_RETURN_IF_ERROR(postings.start());
  // The postings that sort before `key`, then `key`.
  const auto write_up_to = [&](std::string_view key, std::string_view value,
                                bool is_put) -> core::Status {
    while (postings.valid() && compare_keys(postings.key(), key) < 0) {
      CLAIMGRAPH_RETURN_IF_ERROR(write(postings.key(), postings.value(), postings.is_put()));
      CLAIMGRAPH_RETURN_IF_ERROR(postings.next());
    }
    return write(key, value, is_put);
  };
  CLAIMGRAPH_RETURN_IF_ERROR(records_.merge(static_cast<std::size_t>(Family::kText), write_up_to));
  while (postings.valid()) {
    CLAIMGRAPH_RETURN_IF_ERROR(write(postings.key(), postings.value(), postings.is_put()));
    CLAIMGRAPH_RETURN_IF_ERROR(postings.next());
  }
  return core::ok_status();
}

core::Status BulkLoad::commit() {
  if (spent_)
    return core::make_error(core::ErrorCode::kInvalidInput, "bulk load already committed");
  spent_ = true;
  CLAIMGRAPH_RETURN_IF_ERROR(wait_for_background());
  CLAIMGRAPH_RETURN_IF_ERROR(index_sources_.finish_adding());
  // The index is derived once every record is in, on this thread and the background one
  // that sorts its parts: both cores. Deriving it while the records' files were written
  // (three busy threads on two cores) left one core idle at the end, while the index's
  // biggest family was written alone.
  CLAIMGRAPH_RETURN_IF_ERROR(derive_index());
  CLAIMGRAPH_RETURN_IF_ERROR(postings_.finish_adding());
  CLAIMGRAPH_RETURN_IF_ERROR(records_.finish_adding());
  return write_and_ingest();
}

}  // namespace claimgraph::storage
