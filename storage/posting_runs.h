// storage/posting_runs.h: the postings of a bulk load's text index (index_codec.h), put in key
// order without sorting them. A load derives the index one claim after another in id order
// (bulk_load.h), so each token's postings arrive in key order already: they only need grouping
// by token. They are grouped in memory up to a budget, then written as a run file of groups in
// token order; a merge by token reads each token's groups run after run. At 1M claims the
// postings are 18M of a load's 34M keys: sorted with the rest, each cost a comparison sort of
// 56-byte operations and a heap merge, where here it costs a counting sort and a copy.
// Runs are not merged before the end, so the final merge holds one open file per run: one run
// per ~1.8M postings at the load's budget, about 100 at 10M claims.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/key_id_map.h"
#include "core/result.h"
#include "storage/run_file.h"

namespace claimgraph::storage {

class PostingRuns {
 public:
  // Writes run files in `work_dir`, which must exist, whenever the postings held take about
  // `memory_budget` bytes.
  PostingRuns(std::filesystem::path work_dir, std::size_t memory_budget);
  ~PostingRuns();  // removes its run files
  PostingRuns(const PostingRuns&) = delete;
  PostingRuns& operator=(const PostingRuns&) = delete;

  // Adds the posting of `token` for `claim`: a put of `value`, or an erase. Claims must come
  // in increasing order (the postings of one claim together) and a token must not hold a NUL
  // byte: kInternal otherwise. A token twice for one claim fails the merge.
  core::Status add(std::string_view token, std::uint64_t claim, std::string_view value,
                   bool is_put);
  // Ends the adding: writes what is held as the last run.
  core::Status finish_adding();
  std::uint64_t added() const { return added_; }
  std::size_t runs() const { return runs_.size(); }  // run files written

  class Cursor;

 private:
  // A posting held in memory, in the order added.
  struct Held {
    std::uint64_t claim = 0;
    std::uint32_t token = 0;     // index in tokens_
    // In values: a varint (0: an erase, else 1 + size) and the value, up to the next posting's.
    std::uint32_t value_at = 0;
  };

  // The postings held until a run takes them.
  struct Batch {
    std::vector<std::string> tokens;
    std::vector<std::uint32_t> token_counts;  // by token index
    std::vector<Held> held;
    std::string values;

    void clear();  // keeps the memory, for the next batch
  };

  std::uint32_t token_index(std::string_view token);
  // The indexes in `batch.held` of its postings, by token in order, each token's in the order
  // added.
  static std::vector<std::uint32_t> by_token(const Batch& batch);
  static core::Status write_run(const Batch& batch, const std::filesystem::path& path);
  // Hands the batch held to a thread that writes it as a run, once the previous one is
  // written: adding goes on meanwhile.
  core::Status spill();
  core::Status wait_for_spill();

  std::filesystem::path work_dir_;
  std::size_t batch_budget_;      // half the budget: a batch is held while one is written
  core::KeyIdMap token_indexes_;  // token -> its index in batch_
  Batch batch_;
  Batch spilled_;  // the batch being written, or the last one written
  std::thread spilling_;
  core::Status spill_status_ = core::ok_status();
  std::uint64_t last_claim_ = 0;
  std::uint64_t added_ = 0;
  std::vector<std::filesystem::path> runs_;
};

// Reads the runs' groups of one token after another, in token order, each token's groups in
// the order of their runs: the postings in key order.
class PostingRuns::Cursor {
 public:
  // Over every posting of `postings`, once its adding has finished. Call start() first.
  explicit Cursor(const PostingRuns& postings);
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;

  // Whether there is a posting to read; false at the end and after an error.
  bool valid() const { return valid_; }
  // `p` + token + NUL + claim id, as index_codec.h's posting_key.
  std::string_view key() const { return key_; }
  std::string_view value() const { return value_; }
  bool is_put() const { return is_put_; }
  // Moves to the next posting: the read error, or kInternal if a token's claims are out of
  // order or one comes twice.
  core::Status next();
  // Moves to the first posting; call once.
  core::Status start();

 private:
  // A run file read one group at a time.
  struct Run {
    RunFileReader file;
    std::string token;
    std::uint32_t left = 0;  // postings of `token` not read yet
    bool has_group = false;
    core::Status read_group();
  };
  // Takes the runs whose next group is of the smallest token waiting.
  void begin_token();
  core::Status read_posting(Run& run);

  std::vector<Run> runs_;
  // Runs with a group not read yet, the smallest token on top (of equal ones, the first run).
  struct Later {
    const std::vector<Run>* runs;
    bool operator()(std::size_t a, std::size_t b) const;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, Later> waiting_;
  std::vector<std::size_t> token_runs_;  // runs with a group of the current token, in order
  std::size_t reading_ = 0;              // in token_runs_
  std::string key_;
  std::string_view value_;       // in its run's buffer, until the run is read again
  std::size_t prefix_size_ = 0;  // of key_: `p` + token + NUL
  std::uint64_t last_claim_ = 0;
  bool valid_ = false;
  bool is_put_ = true;
};

}  // namespace claimgraph::storage
