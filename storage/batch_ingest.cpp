#include "storage/batch_ingest.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <numeric>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include "storage/rocks_status.h"

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;

// The 8 bytes of `bytes` at `i` as a big-endian number: compared as numbers, they order as
// memcmp orders them.
std::uint64_t big_endian_at(const char* bytes, std::size_t i) {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes + i, sizeof word);
  if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap64(word);
  return word;
}

// One operation of the batch; its key and value point into the batch. `head` holds the key's
// first 16 bytes (zero-padded) as big-endian numbers, so that sorting millions of operations
// compares them mostly without reading the keys, scattered over the batch. `order` is the
// operation's place among those of its family.
struct Operation {
  std::array<std::uint64_t, 2> head{};
  const char* key_data = nullptr;
  const char* value_data = nullptr;
  std::uint32_t key_size = 0;
  std::uint32_t value_size = 0;
  std::uint32_t order = 0;
  bool is_put = true;

  Operation() = default;
  Operation(const rocksdb::Slice& key, const rocksdb::Slice& value, bool put)
      : key_data(key.data()),
        value_data(value.data()),
        key_size(static_cast<std::uint32_t>(key.size())),
        value_size(static_cast<std::uint32_t>(value.size())),
        is_put(put) {
    char padded[16] = {};
    std::memcpy(padded, key.data(), std::min(key.size(), sizeof padded));
    head = {big_endian_at(padded, 0), big_endian_at(padded, 8)};
  }
  rocksdb::Slice key() const { return {key_data, key_size}; }
  rocksdb::Slice value() const { return {value_data, value_size}; }
};

// The batch's operations by column family (index into `families`), in batch order. Run over
// the batch twice: once counting (`counting`), then adding into vectors of the exact size,
// which a batch of millions of operations would otherwise double into.
class OperationCollector : public rocksdb::WriteBatch::Handler {
 public:
  explicit OperationCollector(std::span<rocksdb::ColumnFamilyHandle* const> families)
      : operations_(families.size()), counts_(families.size()) {
    for (std::size_t i = 0; i < families.size(); ++i) index_of_id_[families[i]->GetID()] = i;
  }

  rocksdb::Status PutCF(std::uint32_t family_id, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    return add(family_id, key, value, true);
  }
  rocksdb::Status DeleteCF(std::uint32_t family_id, const rocksdb::Slice& key) override {
    return add(family_id, key, {}, false);
  }

  // Ends the counting run: the next one adds.
  void reserve() {
    for (std::size_t i = 0; i < counts_.size(); ++i) operations_[i].reserve(counts_[i]);
    counting_ = false;
  }

  std::vector<std::vector<Operation>>& operations() { return operations_; }

 private:
  rocksdb::Status add(std::uint32_t family_id, const rocksdb::Slice& key,
                      const rocksdb::Slice& value, bool is_put) {
    const auto index = index_of_id_.find(family_id);
    if (index == index_of_id_.end()) {
      return rocksdb::Status::InvalidArgument("batch writes to an unknown column family");
    }
    if (key.size() > UINT32_MAX || value.size() > UINT32_MAX) {
      return rocksdb::Status::InvalidArgument("batch has a key or value of 4 GiB or more");
    }
    if (counting_) {
      ++counts_[index->second];
      return rocksdb::Status::OK();
    }
    std::vector<Operation>& family = operations_[index->second];
    if (family.size() == UINT32_MAX) {
      return rocksdb::Status::InvalidArgument("batch has 2^32 operations on one column family");
    }
    family.emplace_back(key, value, is_put).order = static_cast<std::uint32_t>(family.size());
    return rocksdb::Status::OK();
  }

  std::unordered_map<std::uint32_t, std::size_t> index_of_id_;  // family id -> index
  std::vector<std::vector<Operation>> operations_;
  std::vector<std::size_t> counts_;
  bool counting_ = true;
};

// Bytewise order, as RocksDB's default comparator: <0, 0 or >0. Eight bytes at a time and
// inlined, because the keys are short and sorting millions of them made memcmp's calls a fifth
// of an import.
int compare_keys(const rocksdb::Slice& a, const rocksdb::Slice& b) {
  const std::size_t common = std::min(a.size(), b.size());
  std::size_t i = 0;
  for (; i + 8 <= common; i += 8) {
    const std::uint64_t x = big_endian_at(a.data(), i), y = big_endian_at(b.data(), i);
    if (x != y) return x < y ? -1 : 1;
  }
  for (; i < common; ++i) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

// Sorts `operations` by key and keeps the last operation on each key. Sorted in place by key
// and then batch order (a stable sort would need a buffer as big as the operations).
void sort_keeping_last(std::vector<Operation>& operations) {
  std::sort(operations.begin(), operations.end(), [](const Operation& a, const Operation& b) {
    if (a.head != b.head) return a.head < b.head;
    const int by_key = compare_keys(a.key(), b.key());
    return by_key != 0 ? by_key < 0 : a.order < b.order;
  });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < operations.size(); ++i) {
    const bool last_of_key = i + 1 == operations.size() ||
                             compare_keys(operations[i + 1].key(), operations[i].key()) != 0;
    if (last_of_key) operations[kept++] = operations[i];
  }
  operations.resize(kept);
}

rocksdb::Status write_file(rocksdb::DB& db, rocksdb::ColumnFamilyHandle* family,
                           const std::vector<Operation>& operations, const std::string& path) {
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), db.GetOptions(family), family);
  rocksdb::Status status = writer.Open(path);
  for (const Operation& operation : operations) {
    if (!status.ok()) return status;
    status = operation.is_put ? writer.Put(operation.key(), operation.value())
                              : writer.Delete(operation.key());
  }
  if (!status.ok()) return status;
  return writer.Finish();  // syncs the file
}

// Sorts each family's operations and writes them to work/INDEX.sst (its path in `paths`, left
// empty for a family without operations), on two threads: the families are independent and
// sorting and compressing are most of an import's time. The biggest family goes first, so
// that it is not left to one thread at the end (the text index is half of an import).
rocksdb::Status write_files(rocksdb::DB& db, std::span<rocksdb::ColumnFamilyHandle* const> families,
                            std::vector<std::vector<Operation>>& operations, const fs::path& work,
                            std::vector<std::string>& paths) {
  std::vector<std::size_t> biggest_first(families.size());
  std::iota(biggest_first.begin(), biggest_first.end(), std::size_t{0});
  std::stable_sort(biggest_first.begin(), biggest_first.end(), [&](std::size_t a, std::size_t b) {
    return operations[a].size() > operations[b].size();
  });
  std::atomic<std::size_t> next{0};
  std::vector<rocksdb::Status> statuses(families.size());
  const auto work_on_families = [&] {
    for (std::size_t n = next++; n < families.size(); n = next++) {
      const std::size_t i = biggest_first[n];
      if (operations[i].empty()) continue;
      sort_keeping_last(operations[i]);
      paths[i] = (work / (std::to_string(i) + ".sst")).string();
      statuses[i] = write_file(db, families[i], operations[i], paths[i]);
      operations[i] = {};  // written: its memory goes back before the next family's
    }
  };
  std::thread helper(work_on_families);
  work_on_families();
  helper.join();
  for (const rocksdb::Status& status : statuses) {
    if (!status.ok()) return status;
  }
  return rocksdb::Status::OK();
}

core::Status remove_dir(const fs::path& path, const std::string& dir) {
  std::error_code error;
  fs::remove_all(path, error);
  if (!error) return core::ok_status();
  return core::make_error(core::ErrorCode::kIoError,
                          "store at " + dir + ": cannot remove " + path.string() + ": " +
                              error.message());
}

}  // namespace

core::Status ingest_batch(rocksdb::DB& db, const rocksdb::WriteBatch& batch,
                          std::span<rocksdb::ColumnFamilyHandle* const> families,
                          const std::string& dir) {
  OperationCollector collector(families);
  CLAIMGRAPH_RETURN_IF_ERROR(to_status(batch.Iterate(&collector), dir));
  collector.reserve();
  CLAIMGRAPH_RETURN_IF_ERROR(to_status(batch.Iterate(&collector), dir));
  const fs::path work = fs::path(dir) / "ingest.tmp";  // left over only by a crash
  CLAIMGRAPH_RETURN_IF_ERROR(remove_dir(work, dir));
  std::error_code error;
  fs::create_directory(work, error);
  if (error) {
    return core::make_error(core::ErrorCode::kIoError,
                            "store at " + dir + ": cannot create " + work.string() + ": " +
                                error.message());
  }
  std::vector<std::string> paths(families.size());
  const rocksdb::Status written = write_files(db, families, collector.operations(), work, paths);
  if (!written.ok()) {
    static_cast<void>(remove_dir(work, dir));  // the write error is the one to report
    return error_from_status(written, dir);
  }
  std::vector<rocksdb::IngestExternalFileArg> files;
  for (std::size_t i = 0; i < families.size(); ++i) {
    if (paths[i].empty()) continue;
    rocksdb::IngestExternalFileArg file;
    file.column_family = families[i];
    file.external_files = {paths[i]};
    file.options.move_files = true;
    files.push_back(std::move(file));
  }
  const rocksdb::Status ingested =
      files.empty() ? rocksdb::Status::OK() : db.IngestExternalFiles(files);
  const core::Status cleaned = remove_dir(work, dir);
  CLAIMGRAPH_RETURN_IF_ERROR(to_status(ingested, dir));
  return cleaned;
}

}  // namespace claimgraph::storage
