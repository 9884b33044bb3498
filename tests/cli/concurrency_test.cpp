// Queries beside a running import (issue 6): a reader opens the store read-only while another
// process writes a big batch, and always sees a whole state, the one before the import or the
// one after it, never an error or a part of the batch.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

extern char** environ;

namespace claimgraph::cli::testing {
namespace {

constexpr int kImportedClaims = 30000;

// One statement of Speaker 0, then a file giving Speaker 0 kImportedClaims more.
void write_inputs(const std::string& small, const std::string& big) {
  std::ofstream(small) << R"({"type":"claim","key":"first","text":"The first claim"})" << '\n'
                       << R"({"type":"edge","rel":"asserts","from":"Speaker 0","to":"first"})"
                       << '\n';
  std::ofstream out(big);
  for (int i = 0; i < kImportedClaims; ++i) {
    out << R"({"type":"claim","key":"c)" << i << R"(","text":"Claim number )" << i
        << R"( holds"})" << '\n'
        << R"({"type":"edge","rel":"asserts","from":"Speaker 0","to":"c)" << i
        << R"(","quote":"Claim number )" << i << R"( holds, said Speaker 0"})" << '\n';
  }
}

TEST(ConcurrencyTest, QueriesSeeTheStoreBeforeOrAfterARunningImportNeverBetween) {
  storage::testing::TempDir tmp;
  const std::string db = tmp.path("db"), small = tmp.path("small.jsonl"),
                    big = tmp.path("big.jsonl");
  write_inputs(small, big);
  ASSERT_EQ(run_claimgraph(db, {"import", small}).exit_code, 0);

  std::string binary = CLAIMGRAPH_BINARY, db_flag = "--db", db_arg = db, import = "import",
              file = big;
  char* argv[] = {binary.data(), db_flag.data(), db_arg.data(), import.data(), file.data(),
                  nullptr};
  pid_t writer = 0;
  ASSERT_EQ(posix_spawn(&writer, binary.c_str(), nullptr, nullptr, argv, environ), 0);
  const std::string before = "Speaker 0: 1 statement";
  const std::string after = "Speaker 0: " + std::to_string(kImportedClaims + 1) + " statements";
  int queries_during_import = 0, status = 0;
  while (waitpid(writer, &status, WNOHANG) == 0) {
    const ProcessResult said = run_claimgraph(db, {"said", "Speaker 0"});
    ASSERT_EQ(said.exit_code, 0) << said.err;
    const std::string first_line = said.out.substr(0, said.out.find('\n'));
    ASSERT_TRUE(first_line == before || first_line == after) << first_line;
    ++queries_during_import;
  }
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_GT(queries_during_import, 0) << "the import ended before a query could run beside it";
  const ProcessResult said = run_claimgraph(db, {"said", "Speaker 0"});
  EXPECT_EQ(said.out.substr(0, said.out.find('\n')), after);
}

}  // namespace
}  // namespace claimgraph::cli::testing
