// import draws a progress line on stderr when stderr is a terminal (run here under script(1),
// which gives it one) and erases it when done; with stderr a pipe it prints nothing extra.
#include <fstream>

#include <gtest/gtest.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::cli::testing {
namespace {

// 3000 claims: enough records for a line while reading, not only the final one.
std::string write_claims(const storage::testing::TempDir& tmp) {
  const std::string path = tmp.path("claims.jsonl");
  std::ofstream out(path);
  for (int i = 0; i < 3000; ++i) {
    out << R"({"type":"claim","key":"c)" << i << R"(","text":"Claim number )" << i << "\"}\n";
  }
  return path;
}

TEST(ProgressTest, ImportShowsProgressOnATerminalAndErasesIt) {
  if (run_process("/usr/bin/script", {"--version"}).exit_code != 0) GTEST_SKIP() << "no script(1)";
  storage::testing::TempDir tmp;
  const std::string file = write_claims(tmp);
  const std::string command =
      std::string(CLAIMGRAPH_BINARY) + " --db " + tmp.path("db") + " import " + file;
  const ProcessResult run = run_process("/usr/bin/script", {"-qec", command, "/dev/null"});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("import: 3000 records read; writing the store"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("import: 1024 records read, "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("% of the file"), std::string::npos) << run.out;
  // Erased before the summary: the summary starts on a cleared line.
  EXPECT_NE(run.out.find("\r\x1b[Kimported 3000 records"), std::string::npos) << run.out;
}

TEST(ProgressTest, ImportPrintsNoProgressWhenStderrIsNotATerminal) {
  storage::testing::TempDir tmp;
  const ProcessResult run = run_claimgraph(tmp.path("db"), {"import", write_claims(tmp)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out.find("records read"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph::cli::testing
