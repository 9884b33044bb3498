// The command set: the global options and the registration of every subcommand.
#include <algorithm>
#include <array>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

namespace {

using Setup = void (*)(CLI::App&, CommandSet&);

// Every subcommand's name and setup function, in the order `--help` lists them.
constexpr std::array<std::pair<std::string_view, Setup>, 22> kSetups = {{
    {"add", setup_add_command},
    {"assert", setup_stance_commands},  // registers deny too
    {"deny", setup_stance_commands},
    {"said", setup_said_command},
    {"who", setup_who_command},
    {"about", setup_about_command},
    {"disputed", setup_disputed_command},
    {"search", setup_search_command},
    {"timeline", setup_timeline_command},
    {"path", setup_path_command},
    {"rank", setup_rank_command},
    {"alias", setup_alias_command},
    {"merge", setup_merge_command},
    {"distinct", setup_distinct_command},
    {"claims", setup_claims_command},
    {"check", setup_check_command},
    {"show", setup_show_command},
    {"stats", setup_stats_command},
    {"import", setup_import_command},
    {"export", setup_export_command},
    {"ingest", setup_ingest_command},
    {"render", setup_render_command},
}};

// Which subcommands to register for `words`: those whose name is one of the words, or all
// of them if none is, or if help is asked for (help and the errors about a missing or
// unknown command list them all).
std::array<bool, kSetups.size()> wanted(const std::vector<std::string_view>& words) {
  std::array<bool, kSetups.size()> wanted{};
  for (std::string_view word : words) {
    if (word == "-h" || word.starts_with("--help")) return std::array<bool, kSetups.size()>{};
    for (std::size_t i = 0; i < kSetups.size(); ++i) {
      if (word == kSetups[i].first) wanted[i] = true;
    }
  }
  return wanted;
}

}  // namespace

CommandSet setup_commands(CLI::App& app, const std::vector<std::string_view>& words) {
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
  // Registering all 22 subcommands and their options was a tenth of a one-claim query's
  // instructions; the words of the command line say which can be selected. A word that names
  // a command without selecting it (`said who`) registers one more, which changes nothing.
  std::array<bool, kSetups.size()> chosen = wanted(words);
  if (std::find(chosen.begin(), chosen.end(), true) == chosen.end()) chosen.fill(true);
  for (std::size_t i = 0; i < kSetups.size(); ++i) {
    const bool done = i > 0 && kSetups[i].second == kSetups[i - 1].second && chosen[i - 1];
    if (chosen[i] && !done) kSetups[i].second(app, commands);
  }
  return commands;
}

}  // namespace claimgraph::cli
