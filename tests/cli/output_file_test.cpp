// cli/output_file.h: a command's output file is either whole or untouched.
#include "cli/output_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/storage/temp_dir.h"

namespace claimgraph::cli {
namespace {

namespace fs = std::filesystem;

std::string contents(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// An output file that already holds "old\n".
class StreamedOutputTest : public ::testing::Test {
 protected:
  void SetUp() override { std::ofstream(path) << "old\n"; }

  storage::testing::TempDir tmp;
  const std::string path = tmp.path("out.jsonl");
  std::ostringstream stdout_stream;
};

TEST_F(StreamedOutputTest, CommitReplacesTheFileWhole) {
  StreamedOutput output(path, stdout_stream);
  auto stream = output.open();
  ASSERT_TRUE(stream.ok());
  **stream << "first\n";
  EXPECT_EQ(contents(path), "old\n");  // untouched until the end
  **stream << "second\n";
  ASSERT_TRUE(output.commit().ok());
  EXPECT_EQ(contents(path), "first\nsecond\n");
  EXPECT_FALSE(fs::exists(path + ".tmp"));
  EXPECT_EQ(stdout_stream.str(), "");
}

TEST_F(StreamedOutputTest, WithoutCommitTheFileIsLeftAsItWas) {
  {
    StreamedOutput output(path, stdout_stream);
    auto stream = output.open();
    ASSERT_TRUE(stream.ok());
    **stream << "half of it\n";
  }  // an error came: no commit
  EXPECT_EQ(contents(path), "old\n");
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST(StreamedOutputStdoutTest, NoPathOrDashMeansStdout) {
  for (const std::string path : {"", "-"}) {
    std::ostringstream stdout_stream;
    StreamedOutput output(path, stdout_stream);
    auto stream = output.open();
    ASSERT_TRUE(stream.ok());
    **stream << "line\n";
    ASSERT_TRUE(output.commit().ok());
    EXPECT_EQ(stdout_stream.str(), "line\n");
  }
}

TEST(StreamedOutputOpenTest, AFileInAMissingDirectoryIsAnErrorNamingIt) {
  storage::testing::TempDir tmp;
  const std::string path = tmp.path("missing/out.jsonl");
  std::ostringstream stdout_stream;
  StreamedOutput output(path, stdout_stream);
  const auto stream = output.open();
  ASSERT_FALSE(stream.ok());
  EXPECT_EQ(stream.error().code, core::ErrorCode::kIoError);
  EXPECT_NE(stream.error().message.find(path), std::string::npos) << stream.error().message;
}

}  // namespace
}  // namespace claimgraph::cli
