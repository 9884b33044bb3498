// storage/external_sorter.h: sorting more Put and Delete operations than fit in memory, for an
// import too big to hold (storage/bulk_load.h). Operations are held up to a memory budget,
// then sorted and written to a run file on a second thread while adding goes on; at the end
// each family's runs are merged in key order, the last operation on a key winning, as in one
// RocksDB WriteBatch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>
#include <thread>
#include <vector>

#include "core/result.h"
#include "storage/operation_sort.h"

namespace claimgraph::storage {

class ExternalSorter {
 public:
  // Sorts operations on `families` families (numbered from 0), writing runs in `work_dir`,
  // which must exist, whenever the operations held take `memory_budget` bytes.
  // At most 256 families.
  ExternalSorter(std::filesystem::path work_dir, std::size_t families, std::size_t memory_budget);
  ~ExternalSorter();  // removes its run files
  ExternalSorter(const ExternalSorter&) = delete;
  ExternalSorter& operator=(const ExternalSorter&) = delete;

  core::Status put(std::size_t family, std::string_view key, std::string_view value);
  core::Status erase(std::size_t family, std::string_view key);

  // Ends the adding: writes what is held as the last run. Then merge() may be called.
  core::Status finish_adding();

  // How many operations on `family` were added (overwritten ones included).
  std::uint64_t added(std::size_t family) const { return added_[family]; }
  // How many run files there are (more than kMaxRuns are merged into one).
  std::size_t runs() const { return runs_.size(); }

  // Called with each surviving operation of a family, in key order.
  using Visitor =
      std::function<core::Status(std::string_view key, std::string_view value, bool is_put)>;
  // Visits the operations of `family`: of several on one key, only the last added. Calls for
  // different families may run at the same time on different threads.
  core::Status merge(std::size_t family, const Visitor& visit) const;

 private:
  // Where each family's operations are in one run file.
  struct Section {
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
  };
  struct Run {
    std::filesystem::path path;
    std::vector<Section> sections;  // by family
  };

  core::Status add(std::size_t family, std::string_view key, std::string_view value, bool is_put);
  // Copies the family's byte, `key` and `value` into the arena; returns where they start.
  const char* store(std::size_t family, std::string_view key, std::string_view value);
  // Sorts `operations` and writes them to `run`'s file, filling in its sections.
  static core::Status write_run(std::vector<Operation>& operations, Run& run);
  // Hands the operations held to a thread that sorts them and writes them as a run, once the
  // previous one is done: adding goes on meanwhile.
  core::Status spill();
  // Waits for the spill in progress, if any, and lists its run.
  core::Status wait_for_spill();
  // Merges every run into one.
  core::Status merge_runs();
  std::filesystem::path next_run_path();

  struct Block {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
  };
  // The operations held and the arena blocks their bytes are in.
  struct Held {
    std::vector<Operation> operations;
    std::vector<Block> blocks;
  };
  // A spill in progress: what it sorts and writes, and its run.
  struct Spill {
    Held held;
    Run run;
    core::Status status = core::ok_status();
    std::thread thread;
  };
  // A new arena block of at least `size` bytes: a spare one if one is big enough.
  Block new_block(std::size_t size);

  std::filesystem::path work_dir_;
  // A quarter each for the operations held and their bytes, and as much for those spilling.
  std::size_t memory_budget_;
  std::size_t operations_per_run_;  // what a quarter of the budget holds
  // The operations held, in the order added; each key starts with its family's byte, so that
  // one sort orders them by family and key.
  Held held_;
  // What the last spill held, emptied, for the next run to reuse: memory the allocator handed
  // back to the system would come back as fresh pages, which the kernel must zero (a sixth of
  // the adding thread's time).
  Held spare_;
  std::size_t block_used_ = 0;
  std::size_t arena_bytes_ = 0;
  std::vector<std::uint64_t> added_;
  std::vector<Run> runs_;
  std::unique_ptr<Spill> spilling_;
  std::size_t runs_written_ = 0;
};

}  // namespace claimgraph::storage
