// `claimgraph merge FROM INTO`: two entities found to be one; FROM's edges, names and
// aliases move onto INTO, and FROM's names resolve to INTO afterwards.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "core/entity_merge.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct MergeOptions {
  std::string from;
  std::string into;
};

core::Status run_merge(const MergeOptions& options, const GlobalOptions& global,
                       std::ostream& out) {
  core::MergeSummary summary;
  CLAIMGRAPH_RETURN_IF_ERROR(
      apply_in_one_batch(global, [&](const core::GraphStore& store) -> core::Result<core::WriteSet> {
        core::Result<std::uint64_t> from = core::resolve_entity(store, options.from);
        if (!from.ok()) return from.error();
        core::Result<std::uint64_t> into = core::resolve_entity(store, options.into);
        if (!into.ok()) return into.error();
        return core::merge_entities(store, *from, *into, &summary);
      }));
  if (global.json) {
    print_json(out, {{"from", options.from},
                     {"into", options.into},
                     {"moved_edges", summary.moved_edges}});
  } else {
    out << "merged " << options.from << " into " << options.into << ": "
        << summary.moved_edges << (summary.moved_edges == 1 ? " edge moved\n" : " edges moved\n");
  }
  return core::ok_status();
}

}  // namespace

void setup_merge_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* merge = app.add_subcommand(
      "merge", "Merge entity FROM into INTO: its edges, name and aliases move onto INTO");
  merge->add_option("FROM", options->from, "The entity merged away")
      ->required()
      ->check(text_validator());
  merge->add_option("INTO", options->into, "The entity that remains")
      ->required()
      ->check(text_validator());
  merge->fallthrough();  // global options such as --json may follow the names
  merge->footer("Example:\n  claimgraph merge \"Kremlin spokesman\" \"Dmitry Peskov\"");
  commands.add(merge, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_merge(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
