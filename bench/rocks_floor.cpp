// rocks-floor: the physical floor that bench/run measures claimgraph against (issue 5). It
// writes exactly the keys and bytes of an existing claimgraph store into a new RocksDB with no
// graph logic at all (`load`), and does one bare prefix scan of the `out` family as a fresh
// process (`scan`). It is the one program outside storage/ that includes <rocksdb/...>: it
// measures RocksDB itself, so it must not go through claimgraph's store.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

namespace {

constexpr std::size_t kBatchKeys = 100'000;
constexpr std::size_t kWriteBufferBytes = 16 << 20;
constexpr std::size_t kNodeKeySize = 9;  // storage/key_codec.h: kind byte + 8-byte id

void check(const rocksdb::Status& status, const std::string& what) {
  if (!status.ok()) throw std::runtime_error(what + ": " + status.ToString());
}

// A read-only RocksDB opened with every column family it has, default options but the ones
// claimgraph's read path also sets; closes on
// destruction (handles before the DB).
class ReadOnlyDb {
 public:
  explicit ReadOnlyDb(const std::string& dir) {
    rocksdb::DBOptions options;
    options.skip_stats_update_on_db_open = true;
    options.max_file_opening_threads = 1;  // as claimgraph: no 16 threads per family at open
    options.info_log_level = rocksdb::InfoLogLevel::FATAL_LEVEL;
    check(rocksdb::DB::ListColumnFamilies(options, dir, &names_), "list families of " + dir);
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : names_)
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* db = nullptr;
    check(rocksdb::DB::OpenForReadOnly(options, dir, descriptors, &handles_, &db), "open " + dir);
    db_.reset(db);
  }
  ~ReadOnlyDb() {
    for (rocksdb::ColumnFamilyHandle* handle : handles_) {
      db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    }
  }
  ReadOnlyDb(const ReadOnlyDb&) = delete;
  ReadOnlyDb& operator=(const ReadOnlyDb&) = delete;

  const std::vector<std::string>& names() const { return names_; }
  rocksdb::ColumnFamilyHandle* family(std::string_view name) const {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (names_[i] == name) return handles_[i];
    }
    throw std::runtime_error("no column family " + std::string(name));
  }
  rocksdb::ColumnFamilyHandle* family(std::size_t i) const { return handles_[i]; }
  rocksdb::DB& db() const { return *db_; }

 private:
  std::vector<std::string> names_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::unique_ptr<rocksdb::DB> db_;
};

// Every key/value of a store, in one byte arena so that millions of pairs cost ~16 bytes of
// bookkeeping each.
struct Dump {
  struct Entry {
    std::uint64_t offset;
    std::uint32_t key_size, value_size_and_family;  // value size << 8 | family index
  };
  std::vector<std::string> families;
  std::string arena;
  std::vector<Entry> entries;

  std::string_view key(const Entry& e) const { return {arena.data() + e.offset, e.key_size}; }
  std::string_view value(const Entry& e) const {
    return {arena.data() + e.offset + e.key_size, e.value_size_and_family >> 8};
  }
  static std::size_t family(const Entry& e) { return e.value_size_and_family & 0xff; }
};

Dump read_all(const std::string& dir) {
  const ReadOnlyDb source(dir);
  Dump dump;
  dump.families = source.names();
  for (std::size_t f = 0; f < dump.families.size(); ++f) {
    std::unique_ptr<rocksdb::Iterator> it(source.db().NewIterator({}, source.family(f)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      const rocksdb::Slice key = it->key(), value = it->value();
      if (value.size() >= (1u << 24)) throw std::runtime_error("a value of 16 MiB or more");
      dump.entries.push_back({dump.arena.size(), static_cast<std::uint32_t>(key.size()),
                              static_cast<std::uint32_t>(value.size() << 8 | f)});
      dump.arena.append(key.data(), key.size());
      dump.arena.append(value.data(), value.size());
    }
    check(it->status(), "read " + dir);
  }
  return dump;
}

// /proc/self/status field `name` (VmRSS, VmHWM) in kB.
long status_kb(std::string_view name) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with(name) && line.size() > name.size() && line[name.size()] == ':')
      return std::stol(line.substr(name.size() + 1));
  }
  return 0;
}

// Restarts VmHWM from the current RSS (Linux >= 4.0), so that the write phase has its own peak.
void reset_peak_rss() { std::ofstream("/proc/self/clear_refs") << "5"; }

std::uint64_t dir_bytes(const std::string& dir) {
  std::uint64_t bytes = 0;
  for (const auto& file : std::filesystem::recursive_directory_iterator(dir)) {
    if (file.is_regular_file()) bytes += file.file_size();
  }
  return bytes;
}

rocksdb::Options target_options() {
  rocksdb::Options options;
  options.create_if_missing = true;
  options.error_if_exists = true;
  options.create_missing_column_families = true;
  options.write_buffer_size = kWriteBufferBytes;
  options.info_log_level = rocksdb::InfoLogLevel::FATAL_LEVEL;
  return options;
}

// Writes `dump` into a new DB at `dir` in batches of kBatchKeys, each sorted by family and
// key, WAL off; then flushes and compacts every family. Returns the seconds it took.
double write_all(Dump& dump, const std::string& dir) {
  const rocksdb::Options options = target_options();
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : dump.families) descriptors.emplace_back(name, options);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  const auto start = std::chrono::steady_clock::now();
  check(rocksdb::DB::Open(options, dir, descriptors, &handles, &raw), "create " + dir);
  const std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::WriteOptions no_wal;
  no_wal.disableWAL = true;
  const auto by_family_and_key = [&](const Dump::Entry& a, const Dump::Entry& b) {
    const std::size_t fa = Dump::family(a), fb = Dump::family(b);
    return fa != fb ? fa < fb : dump.key(a) < dump.key(b);
  };
  for (std::size_t begin = 0; begin < dump.entries.size(); begin += kBatchKeys) {
    const auto first = dump.entries.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last =
        first + static_cast<std::ptrdiff_t>(std::min(kBatchKeys, dump.entries.size() - begin));
    std::sort(first, last, by_family_and_key);
    rocksdb::WriteBatch batch;
    for (auto e = first; e != last; ++e) {
      const std::string_view key = dump.key(*e), value = dump.value(*e);
      check(batch.Put(handles[Dump::family(*e)], rocksdb::Slice(key.data(), key.size()),
                      rocksdb::Slice(value.data(), value.size())),
            "batch");
    }
    check(db->Write(no_wal, &batch), "write " + dir);
  }
  check(db->Flush(rocksdb::FlushOptions(), handles), "flush " + dir);
  for (rocksdb::ColumnFamilyHandle* handle : handles)
    check(db->CompactRange(rocksdb::CompactRangeOptions(), handle, nullptr, nullptr), "compact");
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  check(db->Close(), "close " + dir);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// `load`: copies the store at `from` into a new DB at `to`, timed, and prints one JSON object.
// `sorted` writes the keys in store order (family by family, each in key order): the floor.
// Otherwise in a fixed shuffled order, the worst an import could meet them in (each batch is
// still sorted); at 100k claims that is about 3.5 times slower.
void load(const std::string& from, const std::string& to, bool sorted) {
  const long baseline_kb = status_kb("VmRSS");
  Dump dump = read_all(from);
  if (!sorted) std::shuffle(dump.entries.begin(), dump.entries.end(), std::mt19937_64(5));
  std::uint64_t bytes = 0;
  for (const Dump::Entry& e : dump.entries) bytes += e.key_size + (e.value_size_and_family >> 8);
  const long input_kb = status_kb("VmRSS");
  reset_peak_rss();
  const double seconds = write_all(dump, to);
  // The write phase's own peak, as if the input had not been held in memory.
  const long peak_kb = status_kb("VmHWM") - input_kb + baseline_kb;
  std::printf(
      "{\"seconds\":%.3f,\"keys\":%zu,\"bytes\":%llu,\"store_bytes\":%llu,\"peak_rss_kb\":%ld}\n",
      seconds, dump.entries.size(), static_cast<unsigned long long>(bytes),
      static_cast<unsigned long long>(dir_bytes(to)), peak_kb);
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (const unsigned char c : bytes) {
    hex += kDigits[c >> 4];
    hex += kDigits[c & 0xf];
  }
  return hex;
}

std::string from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) throw std::runtime_error("odd-length hex prefix");
  std::string bytes;
  for (std::size_t i = 0; i < hex.size(); i += 2)
    bytes += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  return bytes;
}

// `first-prefix`: prints the first key of `out`, cut to a node key, in hex.
void first_prefix(const std::string& dir) {
  const ReadOnlyDb db(dir);
  std::unique_ptr<rocksdb::Iterator> it(db.db().NewIterator({}, db.family("out")));
  it->SeekToFirst();
  check(it->status(), "read " + dir);
  if (!it->Valid()) throw std::runtime_error("family out of " + dir + " is empty");
  std::cout << to_hex(it->key().ToStringView().substr(0, kNodeKeySize)) << '\n';
}

// `scan`: the query floor. Opens `dir` read-only and counts the `out` keys under the prefix.
void scan(const std::string& dir, const std::string& hex_prefix) {
  const ReadOnlyDb db(dir);
  const std::string prefix = from_hex(hex_prefix);
  std::unique_ptr<rocksdb::Iterator> it(db.db().NewIterator({}, db.family("out")));
  std::uint64_t keys = 0, bytes = 0;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    ++keys;
    bytes += it->key().size() + it->value().size();
  }
  check(it->status(), "scan " + dir);
  std::printf("{\"keys\":%llu,\"bytes\":%llu}\n", static_cast<unsigned long long>(keys),
              static_cast<unsigned long long>(bytes));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rocks-floor: raw RocksDB with claimgraph's keys and bytes, the benchmark floor"};
  app.require_subcommand(1);
  std::string from, to, dir, prefix, order = "sorted";
  CLI::App* load_command = app.add_subcommand("load", "Time writing a store's keys into a new DB");
  load_command->add_option("--from", from, "An existing claimgraph store")->required();
  load_command->add_option("--to", to, "Where to create the new DB (must not exist)")->required();
  load_command->add_option("--order", order, "Key order before batching: store order, or shuffled")
      ->check(CLI::IsMember({"shuffled", "sorted"}))
      ->capture_default_str();
  CLI::App* prefix_command =
      app.add_subcommand("first-prefix", "Print the first `out` key's node prefix in hex");
  prefix_command->add_option("--db", dir, "A DB written by load")->required();
  CLI::App* scan_command = app.add_subcommand("scan", "One prefix scan of `out`, read-only");
  scan_command->add_option("--db", dir, "A DB written by load")->required();
  scan_command->add_option("--prefix", prefix, "Key prefix in hex (see first-prefix)")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    if (*load_command) load(from, to, order == "sorted");
    if (*prefix_command) first_prefix(dir);
    if (*scan_command) scan(dir, prefix);
  } catch (const std::exception& e) {
    std::cerr << "rocks-floor: error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
