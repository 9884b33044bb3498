#include "storage/batch_ingest.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <numeric>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include "storage/operation_sort.h"
#include "storage/rocks_status.h"

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;

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
    family.emplace_back(std::string_view(key.data(), key.size()),
                       std::string_view(value.data(), value.size()), is_put).order = static_cast<std::uint32_t>(family.size());
    return rocksdb::Status::OK();
  }

  std::unordered_map<std::uint32_t, std::size_t> index_of_id_;  // family id -> index
  std::vector<std::vector<Operation>> operations_;
  std::vector<std::size_t> counts_;
  bool counting_ = true;
};

rocksdb::Status write_file(rocksdb::DB& db, rocksdb::ColumnFamilyHandle* family,
                           const std::vector<Operation>& operations, const std::string& path) {
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), db.GetOptions(family), family);
  rocksdb::Status status = writer.Open(path);
  for (const Operation& operation : operations) {
    if (!status.ok()) return status;
    const rocksdb::Slice key(operation.key_data, operation.key_size);
    status = operation.is_put
                 ? writer.Put(key, rocksdb::Slice(operation.value_data, operation.value_size))
                 : writer.Delete(key);
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
