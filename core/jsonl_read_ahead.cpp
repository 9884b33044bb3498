#include "core/jsonl_read_ahead.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "core/jsonl_reader.h"

namespace claimgraph::core {
namespace {

// Records are handed over in batches, so that the threads meet once per batch, not per record;
// a few batches ahead keep the memory held small.
constexpr std::size_t kRecordsPerBatch = 1024;
constexpr std::size_t kBatchesAhead = 4;

struct Batch {
  std::vector<NumberedRecord> records;
  std::int64_t position = -1;  // in the input, after the batch's last line
};

// The batches between the reading thread and the visiting one.
class BatchQueue {
 public:
  // Waits while kBatchesAhead batches wait. False once the visitor has stopped.
  bool push(Batch batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || batches_.size() < kBatchesAhead; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }

  // Waits for a batch; nullopt once the reading has ended and every batch was taken.
  std::optional<Batch> pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return finished_ || !batches_.empty(); });
    if (batches_.empty()) return std::nullopt;
    Batch batch = std::move(batches_.front());
    batches_.pop_front();
    changed_.notify_all();
    return batch;
  }

  // The reading has ended, with `status`.
  void finish(Status status) {
    const std::lock_guard lock(mutex_);
    finished_ = true;
    reading_status_ = std::move(status);
    changed_.notify_all();
  }

  // The visitor takes no more batches: a push waiting for room returns false.
  void stop() {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

  // How the reading ended; only once pop() returned nullopt.
  Status reading_status() {
    const std::lock_guard lock(mutex_);
    return reading_status_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> batches_;
  bool finished_ = false;
  bool stopped_ = false;
  Status reading_status_ = ok_status();
};

// Reads `in` into `queue` a batch at a time, until the end, a bad line or the visitor stops.
void read_batches(std::istream& in, std::string_view source_name, BatchQueue& queue) {
  Batch batch;
  const auto hand_over = [&] {
    batch.position = in.tellg();
    return queue.push(std::exchange(batch, {}));
  };
  Status read = for_each_jsonl_record(in, source_name, [&](NumberedRecord&& record) -> Status {
    batch.records.push_back(std::move(record));
    if (batch.records.size() < kRecordsPerBatch || hand_over()) return ok_status();
    return make_error(ErrorCode::kInternal, "reading stopped");  // the visitor's error wins
  });
  if (!batch.records.empty()) hand_over();  // the records before a bad line are visited
  queue.finish(std::move(read));
}

// The reading thread, stopped and joined however the visiting ends.
class ReadingThread {
 public:
  ReadingThread(std::istream& in, std::string_view source_name, BatchQueue& queue)
      : queue_(queue), thread_([&in, source_name, &queue] { read_batches(in, source_name, queue); }) {}
  ~ReadingThread() {
    queue_.stop();
    thread_.join();
  }
  ReadingThread(const ReadingThread&) = delete;
  ReadingThread& operator=(const ReadingThread&) = delete;

 private:
  BatchQueue& queue_;
  std::thread thread_;
};

}  // namespace

Status for_each_jsonl_record_read_ahead(std::istream& in, std::string_view source_name,
                                        const std::function<Status(NumberedRecord&&)>& visit,
                                        std::int64_t* bytes_read) {
  BatchQueue queue;
  const ReadingThread reading(in, source_name, queue);
  while (std::optional<Batch> batch = queue.pop()) {
    if (bytes_read != nullptr) *bytes_read = batch->position;
    for (NumberedRecord& record : batch->records) {
      CLAIMGRAPH_RETURN_IF_ERROR(visit(std::move(record)));
    }
  }
  return queue.reading_status();
}

}  // namespace claimgraph::core
