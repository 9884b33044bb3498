// The pieces every subcommand shares: the global options, how a command registers itself on
// the CLI11 app, and how the selected one runs. Each command lives in its own file
// (cli/<name>_command.cpp) with an options struct, a setup_ and a run_ function.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/result.h"

namespace claimgraph::cli {

// Options that every command sees (set on the top-level app).
struct GlobalOptions {
  std::string db;     // --db DIR; empty: CLAIMGRAPH_DB, then the XDG data directory
  bool json = false;  // --json: print machine-readable output
};

// Runs a command once its options are parsed; writes its normal output to `out`.
using CommandRunner = std::function<core::Status(std::ostream& out)>;

// The registered subcommands and their runners.
class CommandSet {
 public:
  explicit CommandSet(std::shared_ptr<GlobalOptions> global) : global_(std::move(global)) {}

  const GlobalOptions& global() const { return *global_; }
  std::shared_ptr<const GlobalOptions> global_ptr() const { return global_; }

  // Registers `runner` to run when `subcommand` is selected.
  void add(CLI::App* subcommand, CommandRunner runner);

  // Runs the runner of the (deepest) selected subcommand. Returns kInvalidInput naming the
  // choices if none was selected.
  core::Status run_selected(std::ostream& out) const;

 private:
  std::shared_ptr<GlobalOptions> global_;
  std::vector<std::pair<CLI::App*, CommandRunner>> commands_;
};

// Registers the global options and the subcommands on `app`: those named by one of `words`
// (the command line's arguments), or every one if none is or if `words` asks for help.
CommandSet setup_commands(CLI::App& app, const std::vector<std::string_view>& words = {});

// One setup_ function per command file.
void setup_add_command(CLI::App& app, CommandSet& commands);
void setup_stance_commands(CLI::App& app, CommandSet& commands);  // assert, deny
void setup_said_command(CLI::App& app, CommandSet& commands);
void setup_who_command(CLI::App& app, CommandSet& commands);
void setup_show_command(CLI::App& app, CommandSet& commands);
void setup_stats_command(CLI::App& app, CommandSet& commands);
void setup_import_command(CLI::App& app, CommandSet& commands);
void setup_export_command(CLI::App& app, CommandSet& commands);
void setup_render_command(CLI::App& app, CommandSet& commands);
void setup_ingest_command(CLI::App& app, CommandSet& commands);
void setup_disputed_command(CLI::App& app, CommandSet& commands);
void setup_search_command(CLI::App& app, CommandSet& commands);
void setup_about_command(CLI::App& app, CommandSet& commands);
void setup_timeline_command(CLI::App& app, CommandSet& commands);
void setup_alias_command(CLI::App& app, CommandSet& commands);     // alias add, alias rm
void setup_merge_command(CLI::App& app, CommandSet& commands);
void setup_distinct_command(CLI::App& app, CommandSet& commands);
void setup_claims_command(CLI::App& app, CommandSet& commands);    // claims merge
void setup_check_command(CLI::App& app, CommandSet& commands);
void setup_path_command(CLI::App& app, CommandSet& commands);
void setup_rank_command(CLI::App& app, CommandSet& commands);

}  // namespace claimgraph::cli
