// The claimgraph executable: parses the command line, runs the selected command, and turns
// an error into one line on stderr and an exit code. The only place that catches.
#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  using namespace claimgraph;
  CLI::App app{"claimgraph: who claims what, and who denies it"};
  app.name("claimgraph");
  const std::vector<std::string_view> words(argv + 1, argv + argc);
  cli::CommandSet commands = cli::setup_commands(app, words);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;  // --help counts as success
  }
  try {
    const core::Status status = commands.run_selected(std::cout);
    std::cout.flush();
    if (status.ok()) return cli::kExitOk;
    std::cerr << "claimgraph: error: " << status.error().message << '\n';
    return cli::exit_code_for(status.error().code);
  } catch (const std::exception& e) {  // a bug or out of memory, never a user mistake
    std::cerr << "claimgraph: internal error: " << e.what() << '\n';
    return cli::kExitInternal;
  }
}
