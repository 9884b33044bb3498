// The command set: the global options and the registration of every subcommand.
#include <ostream>
#include <string>

#include "cli/command.h"

namespace claimgraph::cli {

void CommandSet::add(CLI::App* subcommand, CommandRunner runner) {
  commands_.emplace_back(subcommand, std::move(runner));
}

core::Status CommandSet::run_selected(std::ostream& out) const {
  // The deepest selected subcommand wins: `add entity` runs `entity`, not `add`.
  const CommandRunner* selected = nullptr;
  for (const auto& [app, runner] : commands_) {
    if (app->parsed()) selected = &runner;
  }
  if (selected == nullptr) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "no command given: run `claimgraph --help` to see the commands");
  }
  return (*selected)(out);
}

CommandSet setup_commands(CLI::App& app) {
  auto global = std::make_shared<GlobalOptions>();
  app.option_defaults()->always_capture_default();
  app.add_option("--db", global->db,
                 "Store directory (default: $CLAIMGRAPH_DB, else $XDG_DATA_HOME/claimgraph, else "
                 "~/.local/share/claimgraph)")
      ->type_name("DIR");
  app.add_flag("--json", global->json, "Print machine-readable JSON instead of tables");
  app.set_version_flag("--version", std::string("claimgraph ") + CLAIMGRAPH_VERSION);
  app.require_subcommand(0, 1);
  app.footer(
      "Examples:\n"
      "  claimgraph import examples/seed.jsonl\n"
      "  claimgraph said Peskov\n"
      "  claimgraph who \"Putin will drag Belarus into the war with Ukraine\"\n"
      "  claimgraph render --format svg -o graph.svg\n"
      "Run `claimgraph COMMAND --help` for a command's options.");

  CommandSet commands(global);
  setup_add_command(app, commands);
  setup_stance_commands(app, commands);
  setup_said_command(app, commands);
  setup_who_command(app, commands);
  setup_about_command(app, commands);
  setup_disputed_command(app, commands);
  setup_search_command(app, commands);
  setup_timeline_command(app, commands);
  setup_path_command(app, commands);
  setup_rank_command(app, commands);
  setup_alias_command(app, commands);
  setup_merge_command(app, commands);
  setup_distinct_command(app, commands);
  setup_claims_command(app, commands);
  setup_check_command(app, commands);
  setup_show_command(app, commands);
  setup_stats_command(app, commands);
  setup_import_command(app, commands);
  setup_export_command(app, commands);
  setup_ingest_command(app, commands);
  setup_render_command(app, commands);
  return commands;
}

}  // namespace claimgraph::cli
