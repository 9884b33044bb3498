#include "storage/external_sorter.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <queue>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include "storage/run_file.h"

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxBlockSize = std::size_t{4} << 20;  // arena blocks
// More runs than this are merged into one before more are written, so that a merge never
// holds more files open (or more read buffers) than this.
constexpr std::size_t kMaxRuns = 128;
constexpr std::size_t kPrefetchAhead = 16;  // operations

// A run file being written: for each operation, without its family byte, [is_put byte][key
// size][value size][key][value], the sizes as varints.
class RunWriter {
 public:
  explicit RunWriter(fs::path path) : file_(std::move(path)) {}

  bool opened() const { return file_.opened(); }
  std::uint64_t written() const { return file_.written(); }

  void write(std::string_view key, std::string_view value, bool is_put) {
    char header[1 + 2 * kMaxVarintBytes];  // one append: a call per field was 3% of a load
    header[0] = is_put ? 1 : 0;
    std::size_t size = 1;
    size += encode_varint(static_cast<std::uint32_t>(key.size()), header + size);
    size += encode_varint(static_cast<std::uint32_t>(value.size()), header + size);
    file_.append({header, size});
    file_.append(key);
    file_.append(value);
  }

  core::Status close() { return file_.close(); }

 private:
  RunFileWriter file_;
};

// Reads one family's section of a run file, an operation at a time.
class RunCursor {
 public:
  RunCursor(const fs::path& path, std::uint64_t offset, std::uint64_t bytes)
      : file_(path, offset, bytes) {}

  // Reads the next operation; false at the end of the section or on an error (status()).
  bool next() {
    if (file_.at_end()) return false;
    std::uint8_t is_put = 0;
    std::uint32_t key_size = 0, value_size = 0;
    if (!file_.read_byte(is_put) || !file_.read_varint(key_size) ||
        !file_.read_varint(value_size) || !file_.take(std::size_t{key_size} + value_size, key_)) {
      return false;
    }
    value_ = key_.substr(key_size);
    key_ = key_.substr(0, key_size);
    is_put_ = is_put == 1;
    return true;
  }

  core::Status status() const { return file_.status(); }
  std::string_view key() const { return key_; }
  std::string_view value() const { return value_; }
  bool is_put() const { return is_put_; }

 private:
  RunFileReader file_;
  std::string_view key_, value_;  // in file_'s buffer, until the next read
  bool is_put_ = true;
};

}  // namespace

ExternalSorter::ExternalSorter(fs::path work_dir, std::size_t families, std::size_t memory_budget)
    : work_dir_(std::move(work_dir)),
      memory_budget_(memory_budget),
      operations_per_run_(std::max<std::size_t>(1, memory_budget / 4 / sizeof(Operation))),
      added_(families, 0) {}

ExternalSorter::~ExternalSorter() {
  static_cast<void>(wait_for_spill());  // its run file is removed below
  for (const Run& run : runs_) {
    std::error_code ignored;
    fs::remove(run.path, ignored);
  }
}

core::Status ExternalSorter::put(std::size_t family, std::string_view key, std::string_view value) {
  return add(family, key, value, true);
}

core::Status ExternalSorter::erase(std::size_t family, std::string_view key) {
  return add(family, key, {}, false);
}

ExternalSorter::Block ExternalSorter::new_block(std::size_t size) {
  const std::size_t usual = std::clamp(memory_budget_ / 16, std::size_t{4096}, kMaxBlockSize);
  if (size <= usual && !spare_.blocks.empty()) {
    Block block = std::move(spare_.blocks.back());
    spare_.blocks.pop_back();
    return block;
  }
  const std::size_t bytes = std::max(usual, size);
  return {std::make_unique<char[]>(bytes), bytes};
}

const char* ExternalSorter::store(std::size_t family, std::string_view key,
                                  std::string_view value) {
  const std::size_t size = 1 + key.size() + value.size();
  if (held_.blocks.empty() || block_used_ + size > held_.blocks.back().size) {
    held_.blocks.push_back(new_block(size));
    block_used_ = 0;
    arena_bytes_ += held_.blocks.back().size;
  }
  char* at = held_.blocks.back().bytes.get() + block_used_;
  at[0] = static_cast<char>(family);
  std::memcpy(at + 1, key.data(), key.size());
  if (!value.empty()) std::memcpy(at + 1 + key.size(), value.data(), value.size());
  block_used_ += size;
  return at;
}

core::Status ExternalSorter::add(std::size_t family, std::string_view key, std::string_view value,
                                 bool is_put) {
  if (key.size() > UINT32_MAX / 2 || value.size() > UINT32_MAX / 2) {
    return core::make_error(core::ErrorCode::kInvalidInput, "a key or value of 2 GiB or more");
  }
  std::vector<Operation>& operations = held_.operations;
  if (operations.capacity() == 0) {
    operations = std::exchange(spare_.operations, {});
    operations.reserve(operations_per_run_);
  }
  const char* at = store(family, key, value);
  Operation& operation =
      operations.emplace_back(std::string_view(at, 1 + key.size()),
                              std::string_view(at + 1 + key.size(), value.size()), is_put);
  operation.order = static_cast<std::uint32_t>(operations.size());
  ++added_[family];
  if (operations.size() >= operations_per_run_ || arena_bytes_ >= memory_budget_ / 4) {
    return spill();
  }
  return core::ok_status();
}

core::Status ExternalSorter::write_run(std::vector<Operation>& operations, Run& run) {
  RunWriter writer(run.path);
  if (!writer.opened()) return run_file_error(run.path, "create", errno);
  // Keys start with their family's byte: sorted, each family's operations are together.
  sort_keeping_last(operations);
  for (std::size_t i = 0; i < operations.size(); ++i) {
    // Sorted, the keys are scattered over the arena: fetching a few ahead halves the wait.
    if (i + kPrefetchAhead < operations.size()) {
      __builtin_prefetch(operations[i + kPrefetchAhead].key_data);
    }
    const Operation& operation = operations[i];
    const auto family = static_cast<unsigned char>(operation.key_data[0]);
    Section& section = run.sections[family];
    if (section.bytes == 0) section.offset = writer.written();
    writer.write(operation.key().substr(1), operation.value(), operation.is_put);
    section.bytes = writer.written() - section.offset;
  }
  return writer.close();
}

core::Status ExternalSorter::spill() {
  CLAIMGRAPH_RETURN_IF_ERROR(wait_for_spill());
  if (runs_.size() >= kMaxRuns) CLAIMGRAPH_RETURN_IF_ERROR(merge_runs());
  auto spill = std::make_unique<Spill>();
  spill->held = std::exchange(held_, {});
  block_used_ = arena_bytes_ = 0;
  spill->run = Run{next_run_path(), std::vector<Section>(added_.size())};
  Spill* running = spill.get();
  running->thread = std::thread([running] {
    running->status = write_run(running->held.operations, running->run);
    running->held.operations.clear();
  });
  spilling_ = std::move(spill);
  return core::ok_status();
}

core::Status ExternalSorter::wait_for_spill() {
  if (!spilling_) return core::ok_status();
  spilling_->thread.join();
  runs_.push_back(std::move(spilling_->run));  // even a failed run's file is removed at the end
  spare_ = std::move(spilling_->held);
  const core::Status status = spilling_->status;
  spilling_.reset();
  return status;
}

core::Status ExternalSorter::merge_runs() {
  Run merged{next_run_path(), std::vector<Section>(added_.size())};
  RunWriter writer(merged.path);
  if (!writer.opened()) return run_file_error(merged.path, "create", errno);
  core::Status status = core::ok_status();
  for (std::size_t family = 0; family < added_.size() && status.ok(); ++family) {
    Section& section = merged.sections[family];
    section.offset = writer.written();
    status = merge(family, [&](std::string_view key, std::string_view value, bool is_put) {
      writer.write(key, value, is_put);  // deletions too: they may delete stored keys
      return core::ok_status();
    });
    section.bytes = writer.written() - section.offset;
  }
  if (status.ok()) status = writer.close();
  if (!status.ok()) {
    std::error_code ignored;
    fs::remove(merged.path, ignored);
    return status;
  }
  for (const Run& run : runs_) {
    std::error_code ignored;
    fs::remove(run.path, ignored);
  }
  runs_ = {std::move(merged)};
  return core::ok_status();
}

fs::path ExternalSorter::next_run_path() {
  return work_dir_ / ("run-" + std::to_string(runs_written_++));
}

core::Status ExternalSorter::finish_adding() {
  if (!held_.operations.empty()) CLAIMGRAPH_RETURN_IF_ERROR(spill());
  const core::Status spilled = wait_for_spill();
  spare_ = {};  // merging needs no arena
  return spilled;
}

core::Status ExternalSorter::merge(std::size_t family, const Visitor& visit) const {
  std::vector<RunCursor> cursors;
  cursors.reserve(runs_.size());
  for (const Run& run : runs_) {
    const Section& section = run.sections[family];
    cursors.emplace_back(run.path, section.offset, section.bytes);
  }
  // The heap's top is the smallest key; of equal keys, the latest run's (the one that wins).
  const auto after = [&](std::size_t a, std::size_t b) {
    const int order = compare_keys(cursors[a].key(), cursors[b].key());
    return order != 0 ? order > 0 : a < b;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(after)> heap(after);
  const auto advance = [&](std::size_t i) -> core::Status {
    if (cursors[i].next()) {
      heap.push(i);
      return core::ok_status();
    }
    return cursors[i].status();
  };
  for (std::size_t i = 0; i < cursors.size(); ++i) CLAIMGRAPH_RETURN_IF_ERROR(advance(i));
  while (!heap.empty()) {
    const std::size_t winner = heap.top();
    heap.pop();
    const RunCursor& top = cursors[winner];
    CLAIMGRAPH_RETURN_IF_ERROR(visit(top.key(), top.value(), top.is_put()));
    while (!heap.empty() && cursors[heap.top()].key() == top.key()) {
      const std::size_t overwritten = heap.top();
      heap.pop();
      CLAIMGRAPH_RETURN_IF_ERROR(advance(overwritten));
    }
    CLAIMGRAPH_RETURN_IF_ERROR(advance(winner));
  }
  return core::ok_status();
}

}  // namespace claimgraph::storage
