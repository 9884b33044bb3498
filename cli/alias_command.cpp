// `claimgraph alias add NAME ALIAS` and `claimgraph alias rm NAME ALIAS`: an entity's other
// names, by hand.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "core/entity_merge.h"

namespace claimgraph::cli {
namespace {

struct AliasOptions {
  std::string name;
  std::string alias;
};

core::Status run_alias(const AliasOptions& options, bool add, const GlobalOptions& global,
                       std::ostream& out) {
  CLAIMGRAPH_RETURN_IF_ERROR(apply_in_one_batch(global, [&](const core::GraphStore& store) {
    return add ? core::alias_add(store, options.name, options.alias)
               : core::alias_remove(store, options.name, options.alias);
  }));
  if (global.json) {
    print_json(out, {{"entity", options.name},
                     {add ? "added" : "removed", options.alias}});
  } else {
    out << (add ? "added alias " : "removed alias ") << options.alias << (add ? " to " : " from ")
        << options.name << "\n";
  }
  return core::ok_status();
}

void setup_alias_subcommand(CLI::App& alias, CommandSet& commands, bool add) {
  auto options = std::make_shared<AliasOptions>();
  CLI::App* sub = add ? alias.add_subcommand("add", "Add another name to an entity")
                      : alias.add_subcommand("rm", "Remove one of an entity's aliases");
  sub->add_option("NAME", options->name, "The entity (any of its names)")
      ->required()
      ->check(text_validator());
  sub->add_option("ALIAS", options->alias, "The alias")->required()->check(text_validator());
  sub->fallthrough();  // global options such as --json may follow the names
  sub->footer(add ? "Example:\n  claimgraph alias add \"Dmitry Peskov\" \"Kremlin spokesman\""
                  : "Example:\n  claimgraph alias rm \"Dmitry Peskov\" \"Kremlin spokesman\"");
  commands.add(sub, [options, add, global = commands.global_ptr()](std::ostream& out) {
    return run_alias(*options, add, *global, out);
  });
}

}  // namespace

void setup_alias_command(CLI::App& app, CommandSet& commands) {
  CLI::App* alias = app.add_subcommand("alias", "Add or remove an entity's aliases");
  alias->require_subcommand(1);
  setup_alias_subcommand(*alias, commands, true);
  setup_alias_subcommand(*alias, commands, false);
}

}  // namespace claimgraph::cli
