// Running the real claimgraph binary from a test and capturing what it prints, for CLI
// tests that need more than tests/cli/run_case.cmake offers (other processes, timing).
#pragma once

#include <string>
#include <vector>

namespace claimgraph::cli::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `program` with `args` (no shell), stdin from /dev/null, and waits for it.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args);

// Runs the claimgraph binary under test (CLAIMGRAPH_BINARY) on the store `db` with `args`.
ProcessResult run_claimgraph(const std::string& db, std::vector<std::string> args);

}  // namespace claimgraph::cli::testing
