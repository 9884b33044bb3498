// Opening and closing a RocksGraphStore: what is in the directory, the RocksDB options of
// each column family, and the schema version check. Reads and writes are in
// rocks_graph_store.cpp.
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include "storage/batch_ingest.h"
#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "storage/rocks_status.h"

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;

enum class DirState { kMissing, kEmpty, kRocksDb, kOther };

core::Error not_a_store(const std::string& dir) {
  return core::make_error(core::ErrorCode::kInvalidInput, dir + " is not a claimgraph store");
}

core::Error io_error(const std::string& dir, const std::error_code& error) {
  return core::make_error(core::ErrorCode::kIoError,
                          "cannot open store at " + dir + ": " + error.message());
}

// What `dir` holds, looked at without opening anything.
core::Result<DirState> inspect_dir(const std::string& dir) {
  std::error_code error;
  const fs::file_status status = fs::status(dir, error);
  if (status.type() == fs::file_type::not_found) return DirState::kMissing;
  if (error) return io_error(dir, error);
  if (!fs::is_directory(status)) return DirState::kOther;
  if (fs::exists(fs::path(dir) / "CURRENT", error)) return DirState::kRocksDb;
  if (error) return io_error(dir, error);
  const bool is_empty = fs::is_empty(dir, error);
  if (error) return io_error(dir, error);
  return is_empty ? DirState::kEmpty : DirState::kOther;
}

// Checks what `dir` holds before RocksDB is involved, and creates it for a writer. Returns
// whether it holds a RocksDB database already.
core::Result<bool> prepare_dir(const std::string& dir, OpenMode mode) {
  auto state = inspect_dir(dir);
  if (!state.ok()) return state.error();
  if (*state == DirState::kOther) return not_a_store(dir);
  if (*state == DirState::kRocksDb) return true;
  if (mode == OpenMode::kReadOnly) {
    return core::make_error(core::ErrorCode::kNotFound,
                            "no claimgraph store at " + dir +
                                " (create one with a command that writes, e.g. `claimgraph "
                                "import`)");
  }
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return io_error(dir, error);
  return false;
}

// For a store that exists: kInvalidInput unless it has our `meta` family, kCorruption if it
// lacks another of ours and cannot create it (read-only).
core::Status check_families(const std::string& dir, OpenMode mode) {
  std::vector<std::string> names;
  const rocksdb::Status status = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names);
  if (!status.ok()) return error_from_status(status, dir);
  const auto has = [&names](std::string_view name) {
    for (const std::string& n : names) {
      if (n == name) return true;
    }
    return false;
  };
  if (!has(kFamilyNames[static_cast<std::size_t>(Family::kMeta)])) return not_a_store(dir);
  if (mode == OpenMode::kReadWrite) return core::ok_status();
  for (std::string_view name : kFamilyNames) {
    if (!has(name)) {
      return core::make_error(core::ErrorCode::kCorruption,
                              "store at " + dir + " lacks column family " + std::string(name));
    }
  }
  return core::ok_status();
}

// True if a process holds the store's LOCK file, as RocksDB's writer does (a POSIX record
// lock, looked at with F_GETLK without taking it).
bool writer_holds(const std::string& dir) {
  const int fd = ::open((fs::path(dir) / "LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock lock {};
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  ::close(fd);
  return held;
}

// The default Env, except that it starts no background threads: a read-only DB flushes and
// compacts nothing, yet DB::OpenForReadOnly asks for a compaction and a flush thread (two
// thread starts, and two joins at exit, in every query process).
class NoBackgroundThreadsEnv final : public rocksdb::EnvWrapper {
 public:
  NoBackgroundThreadsEnv() : rocksdb::EnvWrapper(rocksdb::Env::Default()) {}
  static const char* kClassName() { return "ClaimgraphNoBackgroundThreadsEnv"; }
  const char* Name() const override { return kClassName(); }
  void IncBackgroundThreadsIfNeeded(int /*number*/, Priority /*pri*/) override {}
};

rocksdb::Env* read_only_env() {
  static NoBackgroundThreadsEnv* const env = new NoBackgroundThreadsEnv();  // never destroyed
  return env;
}

rocksdb::DBOptions db_options(OpenMode mode) {
  rocksdb::DBOptions options;
  const bool is_writer = mode == OpenMode::kReadWrite;
  if (!is_writer) options.env = read_only_env();
  options.create_if_missing = is_writer;
  options.create_missing_column_families = is_writer;
  // A reader opens every table file at DB::Open, which reads only each file's tail. RocksDB
  // 7.8 opens at most 16 that way; a file it opens later, during a lookup, it opens by reading
  // all of its index and filter partitions (47 MB for one 300 MB table): `who` on a 10M-claim
  // store (36 files) took 150 ms instead of 12. A writer keeps to 256 open files.
  options.max_open_files = is_writer ? 256 : -1;
  // Opening the table files a command needs takes a few reads each; RocksDB would spawn 16
  // threads per column family to do it (128 thread starts for a one-row query).
  options.max_file_opening_threads = 1;
  // The table cache holds open table readers; one thread uses it (RocksDB's default: 64
  // shards, each built at open and freed at close).
  options.table_cache_numshardbits = 2;
  options.skip_stats_update_on_db_open = true;
  options.skip_checking_sst_file_sizes_on_db_open = !is_writer;
  options.keep_log_file_num = 4;
  // RocksDB's info LOG lives beside the data: on a full disk its first failed append makes
  // the next one abort the process (an assert in Debian's librocksdb), so log only fatal
  // errors. claimgraph reports every error itself, on one line.
  options.info_log_level = rocksdb::InfoLogLevel::FATAL_LEVEL;
  return options;
}

// One block cache for every family of the process, holding the index and filter partitions
// too. It takes memory only as blocks are read. Four shards, not RocksDB's default of 64 for
// this size: a claimgraph process reads from one thread, and each shard is a table to build
// at start and to free at exit.
// Never destroyed: freeing its blocks one by one at exit is work for nothing.
std::shared_ptr<rocksdb::Cache> shared_block_cache() {
  static const auto* const cache =
      new std::shared_ptr<rocksdb::Cache>(rocksdb::NewLRUCache(64 << 20, 2));
  return *cache;
}

// The table options of every family (the families differ in their prefix extractors only).
// One factory for all of them: each one made costs a parse of its options.
std::shared_ptr<rocksdb::TableFactory> table_factory(OpenMode mode) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = shared_block_cache();
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  // A query reads a few keys: opening a table file must not load its whole index and bloom
  // filter (megabytes each for a family of millions of keys). Partitioned, only the top level
  // is read at open and the partitions a lookup needs after it.
  table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  table.partition_filters = true;
  table.cache_index_and_filter_blocks = true;
  // Index blocks are read by every query, and were a quarter of a `who`'s instructions at 10M
  // claims decompressing them: stored plain, they cost a few percent of the store's size.
  table.enable_index_compression = false;
  // Pinned, each file's top-level index and filter blocks are read when the file is opened,
  // and a reader opens every file at DB::Open: 450 KB read and decoded at each query on 1M
  // claims, more than half of it for the `text` family that `who` never reads. Unpinned, a
  // reader reads them at its first lookup in that file, into the block cache.
  table.pin_top_level_index_and_filter = mode == OpenMode::kReadWrite;
  return std::shared_ptr<rocksdb::TableFactory>(rocksdb::NewBlockBasedTableFactory(table));
}

// `base`: the options every family shares. Copied, not made anew: RocksDB's
// ColumnFamilyOptions() makes a table factory with its own 8 MB block cache.
rocksdb::ColumnFamilyOptions family_options(Family family, OpenMode mode,
                                            const rocksdb::ColumnFamilyOptions& base) {
  rocksdb::ColumnFamilyOptions options = base;
  if (family == Family::kOut || family == Family::kIn) {
    // Every edge question is "the edges of this node": filter on kind + id.
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kNodeKeySize));
    // A writer's memtable fills up; a reader's holds at most what a WAL left behind. The
    // bloom is allocated and zeroed when each memtable is made (1.3 MB each with the 64 MB
    // write buffer), which was a sixth of a read-only query's time.
    if (mode == OpenMode::kReadWrite) options.memtable_prefix_bloom_size_ratio = 0.02;
  }
  return options;
}

std::vector<rocksdb::ColumnFamilyDescriptor> family_descriptors(OpenMode mode) {
  rocksdb::ColumnFamilyOptions base;
  base.table_factory = table_factory(mode);
  // LZ4 rather than the default Snappy: at 1M claims the store is 4% smaller, an import 4%
  // faster and disputed --about 14% faster. Files of either kind read alike.
  base.compression = rocksdb::kLZ4Compression;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, base);  // holds nothing
  for (std::size_t i = 0; i < kFamilyNames.size(); ++i) {
    descriptors.emplace_back(std::string(kFamilyNames[i]),
                             family_options(static_cast<Family>(i), mode, base));
  }
  return descriptors;
}

}  // namespace

RocksGraphStore::RocksGraphStore(std::string dir, bool read_only, rocksdb::DB* db, Handles handles,
                                 rocksdb::ColumnFamilyHandle* default_family)
    : dir_(std::move(dir)),
      read_only_(read_only),
      db_(db),
      handles_(handles),
      default_family_(default_family),
      ingest_threshold_(kIngestThreshold) {}

RocksGraphStore::~RocksGraphStore() {
  // Leave nothing in the WAL for the next command: its open would replay and delete the log
  // under the feet of readers, and every read-only open would replay it too. The data is
  // durable in the WAL already, so a failed flush loses nothing.
  if (!read_only_ && wrote_) {
    rocksdb::FlushOptions flush;
    std::vector<rocksdb::ColumnFamilyHandle*> families(handles_.begin(), handles_.end());
    db_->Flush(flush, families).PermitUncheckedError();
  }
  // Handles must go before the DB they belong to.
  for (rocksdb::ColumnFamilyHandle* handle : handles_) {
    if (handle != nullptr) db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  if (default_family_ != nullptr) {
    db_->DestroyColumnFamilyHandle(default_family_).PermitUncheckedError();
  }
}

core::Result<std::unique_ptr<RocksGraphStore>> RocksGraphStore::open(const std::string& dir,
                                                                     OpenMode mode) {
  // A reader can catch a writer opening or switching files (a new MANIFEST, a WAL flushed and
  // deleted) and fail to open a store that is fine; it tries again while a writer holds it.
  constexpr int kAttempts = 40;
  for (int attempt = 1;; ++attempt) {
    auto store = open_once(dir, mode);
    if (store.ok() || mode == OpenMode::kReadWrite || attempt == kAttempts ||
        store.error().code == core::ErrorCode::kNotFound || !writer_holds(dir)) {
      return store;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
}

core::Result<std::unique_ptr<RocksGraphStore>> RocksGraphStore::open_once(const std::string& dir,
                                                                          OpenMode mode) {
  const core::Result<bool> exists = prepare_dir(dir, mode);
  if (!exists.ok()) return exists.error();
  // A writer must not add our families to a database that is not ours. A reader adds
  // nothing: it looks at the families (a second read of the MANIFEST) only when its open
  // fails, to say why.
  if (*exists && mode == OpenMode::kReadWrite) {
    CLAIMGRAPH_RETURN_IF_ERROR(check_families(dir, mode));
  }

  const std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = family_descriptors(mode);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  const rocksdb::Status status =
      mode == OpenMode::kReadOnly
          ? rocksdb::DB::OpenForReadOnly(db_options(mode), dir, descriptors, &handles, &db)
          : rocksdb::DB::Open(db_options(mode), dir, descriptors, &handles, &db);
  if (!status.ok()) {
    if (mode == OpenMode::kReadOnly) CLAIMGRAPH_RETURN_IF_ERROR(check_families(dir, mode));
    return error_from_status(status, dir);
  }

  Handles ours{};
  for (std::size_t i = 0; i < ours.size(); ++i) ours[i] = handles[i + 1];
  std::unique_ptr<RocksGraphStore> store(
      new RocksGraphStore(dir, mode == OpenMode::kReadOnly, db, ours, handles[0]));
  CLAIMGRAPH_RETURN_IF_ERROR(store->check_schema());
  return store;
}

core::Status RocksGraphStore::check_schema() {
  rocksdb::ColumnFamilyHandle* meta = family(Family::kMeta);
  std::string value;
  const rocksdb::Status status =
      db_->Get(rocksdb::ReadOptions(), meta,
               rocksdb::Slice(kSchemaVersionKey.data(), kSchemaVersionKey.size()), &value);
  if (status.ok()) {
    const std::optional<std::uint64_t> version = decode_u64(value);
    if (!version) {
      return core::make_error(core::ErrorCode::kCorruption,
                              "store at " + dir_ + " has an unreadable schema version");
    }
    if (*version == kSchemaVersion) return core::ok_status();
    const std::string remedy =
        *version > kSchemaVersion
            ? "use a newer claimgraph"
            : "export it with the claimgraph that wrote it and import the file into a new store";
    return core::make_error(core::ErrorCode::kCorruption,
                            "store at " + dir_ + " has schema version " + std::to_string(*version) +
                                "; this claimgraph reads version " +
                                std::to_string(kSchemaVersion) + ": " + remedy);
  }
  if (!status.IsNotFound()) return error_from_status(status, dir_);
  // No version: a store we have just created (or whose creation was cut short) has an empty
  // `meta`; anything else is not ours.
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), meta));
  it->SeekToFirst();
  CLAIMGRAPH_RETURN_IF_ERROR(to_status(it->status(), dir_));
  if (read_only_ || it->Valid()) return not_a_store(dir_);
  rocksdb::WriteOptions sync;
  sync.sync = true;
  wrote_ = true;
  return to_status(
      db_->Put(sync, meta, rocksdb::Slice(kSchemaVersionKey.data(), kSchemaVersionKey.size()),
               encode_u64(kSchemaVersion)),
      dir_);
}

}  // namespace claimgraph::storage
