// Hostile import files too big to commit, generated in the test's temporary directory: a
// 100 MB single line, 10,000-deep nested JSON, a streamed import that fails at its end. Each is one
// clear error naming the file and line, exit 1, and the store exports the same before and after.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::cli::testing {
namespace {

const std::string kValidSmall =
    std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/valid_small.jsonl";

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ProcessResult setup = claimgraph({"import", kValidSmall});
    ASSERT_EQ(setup.exit_code, 0) << setup.err;
    before_ = export_store();
  }
  ProcessResult claimgraph(std::vector<std::string> args) {
    return run_claimgraph(db_, std::move(args));
  }
  std::string export_store() {
    ProcessResult result = claimgraph({"export"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
  }
  // Imports `path` and expects exactly `message` (after "claimgraph: error: "), exit 1 and
  // an unchanged store.
  void expect_import_fails(const std::string& path, const std::string& message) {
    ProcessResult result = claimgraph({"import", path});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err, "claimgraph: error: " + message + "\n");
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(export_store(), before_);
  }

  storage::testing::TempDir tmp_;
  std::string db_ = tmp_.path("db");
  std::string before_;
};

TEST_F(BadInputTest, HundredMegabyteSingleLineIsRefusedAtItsLine) {
  const std::string path = tmp_.path("huge.jsonl");
  {
    std::ofstream file(path, std::ios::binary);
    file << "{\"type\":\"entity\",\"name\":\"A\"}\n{\"type\":\"entity\",\"name\":\"";
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) file << chunk;
    file << "\"}\n";
  }
  expect_import_fails(path, path + ":2: line is longer than 16 MiB");
}

TEST_F(BadInputTest, TenThousandDeepNestingIsRefusedAtItsLine) {
  const std::string path = tmp_.path("deep.jsonl");
  std::ofstream(path, std::ios::binary)
      << "{\"type\":\"entity\",\"name\":\"A\"}\n{\"type\":\"claim\",\"key\":\"k\",\"x\":"
      << std::string(10000, '[') << std::string(10000, ']') << "}\n";
  expect_import_fails(path, path + ":2: JSON nests deeper than 64 levels");
  // Objects too, and unbalanced: the parser never recurses 10,000 levels.
  std::ofstream(path, std::ios::binary) << std::string(10000, '{') << "\n";
  expect_import_fails(path, path + ":1: JSON nests deeper than 64 levels");
}

TEST_F(BadInputTest, NulByteOutsideAStringIsRefusedAtItsLine) {
  const std::string path = tmp_.path("nul.jsonl");
  std::ofstream(path, std::ios::binary)
      << std::string("{\"type\":\"entity\",\0\"name\":\"A\"}\n", 30);
  ProcessResult result = claimgraph({"import", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.find("claimgraph: error: " + path + ":1: invalid JSON: "), 0u) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
  EXPECT_EQ(result.err.find('\0'), std::string::npos);
  EXPECT_EQ(export_store(), before_);
}

// 60k records: more than one part of a streamed import, so parts are already sorted on disk
// when the last line fails. Nothing of them may reach the store, and no run file may stay.
TEST_F(BadInputTest, AStreamedImportThatFailsAtItsLastLineWritesNothing) {
  const std::string path = tmp_.path("big.jsonl");
  {
    std::ofstream file(path, std::ios::binary);
    for (int i = 0; i < 30'000; ++i) {
      file << "{\"type\":\"claim\",\"key\":\"k" << i << "\",\"text\":\"Rates rise " << i
           << "\"}\n{\"type\":\"edge\",\"rel\":\"asserts\",\"from\":\"Speaker " << i % 97
           << "\",\"to\":\"k" << i << "\"}\n";
    }
    file << "{\"type\":\"edge\",\"rel\":\"denies\",\"from\":\"Speaker 1\",\"to\":\"nowhere\"}\n";
  }
  expect_import_fails(path, path + ":60001: edge refers to unknown claim \"nowhere\"");
  EXPECT_FALSE(std::filesystem::exists(db_ + "/import.tmp"));
}

TEST_F(BadInputTest, CommandLineTextMustBeUtf8AndWithinTheLimit) {
  const std::string overlong(64 * 1024 + 1, 'a');
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"add", "entity", "bad\xff"},
           {"add", "entity", "Fine", "--alias", "caf\xC3"},
           {"add", "claim", overlong},
           {"assert", "Voss", "the harbour reopens", "--quote", overlong},
           {"deny", "Voss", "x", "--source", "\xED\xA0\x80"}}) {
    const ProcessResult result = claimgraph(args);
    EXPECT_EQ(result.exit_code, 2) << args[0] << " " << result.err;
    const bool says_why = result.err.find("not valid UTF-8") != std::string::npos ||
                          result.err.find("longer than 64 KiB") != std::string::npos;
    EXPECT_TRUE(says_why) << result.err;
  }
  EXPECT_EQ(export_store(), before_);
}

}  // namespace
}  // namespace claimgraph::cli::testing
