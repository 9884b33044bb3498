// `claimgraph distinct A B`: two entities that must never be merged (homonyms).
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "core/entity_merge.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct DistinctOptions {
  std::string first;
  std::string second;
};

core::Status run_distinct(const DistinctOptions& options, const GlobalOptions& global,
                          std::ostream& out) {
  CLAIMGRAPH_RETURN_IF_ERROR(
      apply_in_one_batch(global, [&](const core::GraphStore& store) -> core::Result<core::WriteSet> {
        core::Result<std::uint64_t> a = core::resolve_entity(store, options.first);
        if (!a.ok()) return a.error();
        core::Result<std::uint64_t> b = core::resolve_entity(store, options.second);
        if (!b.ok()) return b.error();
        return core::mark_distinct(store, *a, *b);
      }));
  if (global.json) {
    print_json(out, {{"distinct", {options.first, options.second}}});
  } else {
    out << options.first << " and " << options.second << " are distinct\n";
  }
  return core::ok_status();
}

}  // namespace

void setup_distinct_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<DistinctOptions>();
  CLI::App* distinct =
      app.add_subcommand("distinct", "Record that two entities must never be merged");
  distinct->add_option("A", options->first, "An entity")->required()->check(text_validator());
  distinct->add_option("B", options->second, "Another entity")
      ->required()
      ->check(text_validator());
  distinct->fallthrough();  // global options such as --json may follow the names
  distinct->footer("Example:\n  claimgraph distinct \"John Smith\" \"John Smith (journalist)\"");
  commands.add(distinct, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_distinct(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
