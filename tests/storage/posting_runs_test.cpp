// The postings of a bulk load (storage/posting_runs.h), added claim after claim: whatever the
// memory budget, and so however many runs, the cursor gives them in the order RocksDB keeps
// their keys (index_codec.h), with their values and erases, and refuses what would break it.
#include "storage/posting_runs.h"

#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "storage/index_codec.h"
#include "storage/run_file.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

using Postings = std::vector<std::tuple<std::string, std::string, bool>>;  // key, value, put

// Every posting the cursor gives; a failure of the cursor fails the test.
Postings read_all(const PostingRuns& runs) {
  Postings out;
  PostingRuns::Cursor cursor(runs);
  core::Status status = cursor.start();
  while (status.ok() && cursor.valid()) {
    out.emplace_back(cursor.key(), cursor.value(), cursor.is_put());
    status = cursor.next();
  }
  EXPECT_TRUE(status.ok()) << status.error().message;
  return out;
}

// The cursor's error once it is read to the end.
core::Status read_error(const PostingRuns& runs) {
  PostingRuns::Cursor cursor(runs);
  core::Status status = cursor.start();
  while (status.ok() && cursor.valid()) status = cursor.next();
  return status;
}

class PostingRunsTest : public ::testing::TestWithParam<std::size_t> {
 protected:
  testing::TempDir dir_;
};

TEST_P(PostingRunsTest, TheCursorGivesEveryPostingInKeyOrder) {
  // Tokens that prefix one another, and bytes above 0x7F, where a signed comparison would err.
  const std::vector<std::string> vocabulary = {"a",  "ab",   "abc", "b",     "ba",
                                               "z",  "\xc3\xa9t\xc3\xa9", "\xff", "2024", ""};
  std::mt19937 random(11);
  std::map<std::string, std::pair<std::string, bool>> expected;  // ordered as RocksDB's keys
  PostingRuns runs(dir_.path(), GetParam());
  for (std::uint64_t claim = 1; claim <= 3000; claim += 1 + random() % 3) {
    for (const std::string& token : vocabulary) {
      if (random() % 3 != 0) continue;
      const bool put = random() % 6 != 0;
      const std::string value = put ? "v" + std::to_string(claim) + token : "";
      ASSERT_TRUE(runs.add(token, claim, value, put).ok());
      expected[posting_key(token, claim)] = {value, put};
    }
  }
  ASSERT_TRUE(runs.finish_adding().ok());
  Postings want;
  for (const auto& [key, operation] : expected) want.emplace_back(key, operation.first, operation.second);
  EXPECT_EQ(runs.added(), want.size());
  if (GetParam() < (1u << 20)) {
    EXPECT_GT(runs.runs(), 10u);
  } else {
    EXPECT_EQ(runs.runs(), 1u);
  }
  EXPECT_EQ(read_all(runs), want);
}

// 2 KB: dozens of runs; 64 MB: one.
INSTANTIATE_TEST_SUITE_P(Budgets, PostingRunsTest,
                         ::testing::Values(std::size_t{2} << 10, std::size_t{64} << 20));

// A group whose token ends exactly where the run reader's buffer does: reading the group's
// posting count refills the buffer the token was read into.
TEST(PostingRunsChecks, ATokenEndingAtTheReadBuffersEndKeepsItsBytes) {
  testing::TempDir dir;
  PostingRuns runs(dir.path(), std::size_t{64} << 20);
  const std::size_t varint_bytes = 3;  // of the token's size, which is over 2^14
  const std::string long_token(kRunReadBuffer - varint_bytes, 'a');
  ASSERT_TRUE(runs.add(long_token, 1, "v1", true).ok());
  ASSERT_TRUE(runs.add("b", 1, "v2", true).ok());
  ASSERT_TRUE(runs.finish_adding().ok());
  EXPECT_EQ(read_all(runs), (Postings{{posting_key(long_token, 1), "v1", true},
                                      {posting_key("b", 1), "v2", true}}));
}

TEST(PostingRunsChecks, ClaimsOutOfOrderAreRefused) {
  testing::TempDir dir;
  PostingRuns runs(dir.path(), 1 << 20);
  ASSERT_TRUE(runs.add("war", 5, "v", true).ok());
  const core::Status status = runs.add("peace", 3, "v", true);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInternal);
}

TEST(PostingRunsChecks, ATokenWithANulByteIsRefused) {
  testing::TempDir dir;
  PostingRuns runs(dir.path(), 1 << 20);
  const core::Status status = runs.add(std::string("a\0b", 3), 1, "v", true);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInternal);
}

TEST(PostingRunsChecks, ATokenTwiceForOneClaimFailsTheMerge) {
  testing::TempDir dir;
  PostingRuns runs(dir.path(), 1 << 20);
  ASSERT_TRUE(runs.add("war", 1, "v", true).ok());
  ASSERT_TRUE(runs.add("war", 1, "w", true).ok());
  ASSERT_TRUE(runs.finish_adding().ok());
  const core::Status status = read_error(runs);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInternal);
}

TEST(PostingRunsChecks, ATruncatedRunIsAnIoErrorNamingIt) {
  testing::TempDir dir;
  PostingRuns runs(dir.path(), 1 << 20);
  for (std::uint64_t claim = 1; claim <= 100; ++claim) {
    ASSERT_TRUE(runs.add("token", claim, "12345678", true).ok());
  }
  ASSERT_TRUE(runs.finish_adding().ok());
  const std::filesystem::path run = std::filesystem::directory_iterator(dir.path())->path();
  std::filesystem::resize_file(run, std::filesystem::file_size(run) / 2);
  const core::Status status = read_error(runs);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kIoError);
  EXPECT_NE(status.error().message.find(run.string()), std::string::npos)
      << status.error().message;
}

TEST(PostingRunsChecks, RunFilesGoWithThePostings) {
  testing::TempDir dir;
  {
    PostingRuns runs(dir.path(), 1024);
    for (std::uint64_t claim = 1; claim <= 1000; ++claim) {
      ASSERT_TRUE(runs.add("t" + std::to_string(claim % 7), claim, "v", true).ok());
    }
    ASSERT_TRUE(runs.finish_adding().ok());
    EXPECT_FALSE(std::filesystem::is_empty(dir.path()));
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace claimgraph::storage
