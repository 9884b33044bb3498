#include "storage/posting_runs.h"

#include <algorithm>
#include <cerrno>
#include <numeric>
#include <system_error>
#include <utility>

#include "storage/key_codec.h"

namespace claimgraph::storage {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kPrefetchAhead = 16;  // postings

core::Error internal_error(std::string message) {
  return core::make_error(core::ErrorCode::kInternal, "bulk load postings: " + std::move(message));
}

}  // namespace

PostingRuns::PostingRuns(fs::path work_dir, std::size_t memory_budget)
    : work_dir_(std::move(work_dir)), batch_budget_(memory_budget / 2) {}

PostingRuns::~PostingRuns() {
  static_cast<void>(wait_for_spill());  // its run file is removed below
  for (const fs::path& run : runs_) {
    std::error_code ignored;
    fs::remove(run, ignored);
  }
}

std::uint32_t PostingRuns::token_index(std::string_view token) {
  if (const std::optional<std::uint64_t> index = token_indexes_.find(token)) {
    return static_cast<std::uint32_t>(*index);
  }
  const auto index = static_cast<std::uint32_t>(batch_.tokens.size());
  token_indexes_.insert(token, index);
  batch_.tokens.emplace_back(token);
  batch_.token_counts.push_back(0);
  return index;
}

core::Status PostingRuns::add(std::string_view token, std::uint64_t claim, std::string_view value,
                              bool is_put) {
  if (claim < last_claim_) return internal_error("claims out of order");
  if (token.find('\0') != std::string_view::npos) return internal_error("a token with a NUL byte");
  last_claim_ = claim;
  const std::uint32_t token_at = token_index(token);
  ++batch_.token_counts[token_at];
  std::string& values = batch_.values;
  batch_.held.push_back({claim, token_at, static_cast<std::uint32_t>(values.size())});
  char varint[kMaxVarintBytes];
  const auto size_plus_one = static_cast<std::uint32_t>(is_put ? value.size() + 1 : 0);
  values.append(varint, encode_varint(size_plus_one, varint));
  if (is_put) values.append(value);
  ++added_;
  // Per posting, its index in by_token() too; per token, its string and its map entry.
  const std::size_t held_bytes = batch_.held.size() * (sizeof(Held) + sizeof(std::uint32_t)) +
                                 values.size() + batch_.tokens.size() * 64;
  if (held_bytes >= batch_budget_ || values.size() > UINT32_MAX / 2) return spill();
  return core::ok_status();
}

void PostingRuns::Batch::clear() {
  tokens.clear();
  token_counts.clear();
  held.clear();
  values.clear();
}

std::vector<std::uint32_t> PostingRuns::by_token(const Batch& batch) {
  const std::vector<std::string>& tokens = batch.tokens;
  std::vector<std::uint32_t> tokens_in_order(tokens.size());
  std::iota(tokens_in_order.begin(), tokens_in_order.end(), 0);
  std::sort(tokens_in_order.begin(), tokens_in_order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return tokens[a] < tokens[b]; });
  // A counting sort: where each token's postings start, then each posting in its place.
  std::vector<std::uint32_t> next_place(tokens.size());
  std::uint32_t place = 0;
  for (const std::uint32_t token : tokens_in_order) {
    next_place[token] = place;
    place += batch.token_counts[token];
  }
  std::vector<std::uint32_t> placed(batch.held.size());
  for (std::uint32_t i = 0; i < batch.held.size(); ++i) {
    placed[next_place[batch.held[i].token]++] = i;
  }
  return placed;
}

// A run: for each token in order, [token size][token][posting count] (varints), then each
// posting: [claim id, 8 bytes big-endian][value record (Held::value_at)].
core::Status PostingRuns::write_run(const Batch& batch, const fs::path& path) {
  const std::vector<std::uint32_t> placed = by_token(batch);
  RunFileWriter file(path);
  if (!file.opened()) return run_file_error(path, "create", errno);
  const std::vector<Held>& held = batch.held;
  std::uint32_t group_left = 0;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    // In token order the postings are scattered over `held`: fetching ahead hides the wait.
    if (i + kPrefetchAhead < placed.size()) __builtin_prefetch(&held[placed[i + kPrefetchAhead]]);
    if (i + kPrefetchAhead / 2 < placed.size()) {
      __builtin_prefetch(batch.values.data() + held[placed[i + kPrefetchAhead / 2]].value_at);
    }
    const std::uint32_t at = placed[i];
    const Held& posting = held[at];
    if (group_left == 0) {
      const std::string& token = batch.tokens[posting.token];
      group_left = batch.token_counts[posting.token];
      file.append_varint(static_cast<std::uint32_t>(token.size()));
      file.append(token);
      file.append_varint(group_left);
    }
    --group_left;
    file.append(encode_u64(posting.claim));
    // The postings' value records are in values one after another, in the order added.
    const std::size_t end = at + 1 < held.size() ? held[at + 1].value_at : batch.values.size();
    file.append(std::string_view(batch.values).substr(posting.value_at, end - posting.value_at));
  }
  return file.close();
}

core::Status PostingRuns::spill() {
  CLAIMGRAPH_RETURN_IF_ERROR(wait_for_spill());
  if (batch_.held.empty()) return core::ok_status();
  std::swap(batch_, spilled_);
  batch_.clear();
  token_indexes_ = core::KeyIdMap();
  runs_.push_back(work_dir_ / ("postings-" + std::to_string(runs_.size())));
  spilling_ = std::thread(
      [this, path = runs_.back()] { spill_status_ = write_run(spilled_, path); });
  return core::ok_status();
}

core::Status PostingRuns::wait_for_spill() {
  if (spilling_.joinable()) spilling_.join();
  return std::exchange(spill_status_, core::ok_status());
}

core::Status PostingRuns::finish_adding() {
  CLAIMGRAPH_RETURN_IF_ERROR(spill());
  const core::Status spilled = wait_for_spill();
  batch_ = {};  // merging needs no memory of them
  spilled_ = {};
  return spilled;
}

PostingRuns::Cursor::Cursor(const PostingRuns& postings) : waiting_(Later{&runs_}) {
  runs_.reserve(postings.runs_.size());
  for (const fs::path& run : postings.runs_) {
    std::error_code error;
    const std::uintmax_t bytes = fs::file_size(run, error);
    runs_.push_back(Run{RunFileReader(run, 0, error ? 0 : bytes), {}, 0, false});
  }
}

bool PostingRuns::Cursor::Later::operator()(std::size_t a, std::size_t b) const {
  const int order = (*runs)[a].token.compare((*runs)[b].token);
  return order != 0 ? order > 0 : a > b;
}

core::Status PostingRuns::Cursor::Run::read_group() {
  has_group = false;
  if (file.at_end()) return file.status();
  std::uint32_t token_size = 0;
  std::string_view read_token;
  if (!file.read_varint(token_size) || !file.take(token_size, read_token)) return file.status();
  token = read_token;  // now: the next read may refill the buffer the view is in
  if (!file.read_varint(left)) return file.status();
  has_group = true;
  return core::ok_status();
}

core::Status PostingRuns::Cursor::start() {
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    CLAIMGRAPH_RETURN_IF_ERROR(runs_[i].read_group());
    if (runs_[i].has_group) waiting_.push(i);
  }
  return next();
}

void PostingRuns::Cursor::begin_token() {
  token_runs_.clear();
  reading_ = 0;
  token_runs_.push_back(waiting_.top());
  waiting_.pop();
  const std::string& token = runs_[token_runs_.front()].token;
  while (!waiting_.empty() && runs_[waiting_.top()].token == token) {
    token_runs_.push_back(waiting_.top());
    waiting_.pop();
  }
  key_ = "p";
  key_ += token;
  key_ += '\0';
  prefix_size_ = key_.size();
  last_claim_ = 0;
}

core::Status PostingRuns::Cursor::read_posting(Run& run) {
  std::uint64_t claim = 0;
  std::uint32_t size_plus_one = 0;
  if (!run.file.read_u64(claim) || !run.file.read_varint(size_plus_one) ||
      !run.file.take(size_plus_one == 0 ? 0 : size_plus_one - 1, value_)) {
    valid_ = false;
    return run.file.status();
  }
  --run.left;
  if (claim <= last_claim_) {
    valid_ = false;
    return internal_error("claim " + std::to_string(claim) + " out of order or twice");
  }
  last_claim_ = claim;
  is_put_ = size_plus_one != 0;
  key_.resize(prefix_size_);
  append_u64(key_, claim);
  valid_ = true;
  return core::ok_status();
}

core::Status PostingRuns::Cursor::next() {
  for (;;) {
    while (reading_ < token_runs_.size()) {
      Run& run = runs_[token_runs_[reading_]];
      if (run.left > 0) return read_posting(run);
      // This run's postings of the token are read: its next group waits for its turn.
      CLAIMGRAPH_RETURN_IF_ERROR(run.read_group());
      if (run.has_group) waiting_.push(token_runs_[reading_]);
      ++reading_;
    }
    if (waiting_.empty()) {
      valid_ = false;
      return core::ok_status();
    }
    begin_token();
  }
}

}  // namespace claimgraph::storage
