// `claimgraph claims merge KEY1 KEY2`: two phrasings of one claim become one, every source
// kept as evidence; KEY1 resolves to the merged claim afterwards.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "core/claim_merge.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct ClaimsMergeOptions {
  std::string from;
  std::string into;
};

core::Status run_claims_merge(const ClaimsMergeOptions& options, const GlobalOptions& global,
                              std::ostream& out) {
  std::size_t moved = 0;
  CLAIMGRAPH_RETURN_IF_ERROR(
      apply_in_one_batch(global, [&](const core::GraphStore& store) -> core::Result<core::WriteSet> {
        core::Result<std::uint64_t> from = core::resolve_claim(store, options.from);
        if (!from.ok()) return from.error();
        core::Result<std::uint64_t> into = core::resolve_claim(store, options.into);
        if (!into.ok()) return into.error();
        return core::merge_claims(store, *from, *into, &moved);
      }));
  if (global.json) {
    print_json(out, {{"from", options.from}, {"into", options.into}, {"moved_edges", moved}});
  } else {
    out << "merged claim " << options.from << " into " << options.into << ": " << moved
        << (moved == 1 ? " edge moved\n" : " edges moved\n");
  }
  return core::ok_status();
}

}  // namespace

void setup_claims_command(CLI::App& app, CommandSet& commands) {
  CLI::App* claims = app.add_subcommand("claims", "Edit claims");
  claims->require_subcommand(1);
  auto options = std::make_shared<ClaimsMergeOptions>();
  CLI::App* merge = claims->add_subcommand(
      "merge", "Merge claim KEY1 into KEY2 (two phrasings of one claim); all sources are kept");
  merge->add_option("KEY1", options->from, "The claim merged away (key or text)")
      ->required()
      ->check(text_validator());
  merge->add_option("KEY2", options->into, "The claim that remains (key or text)")
      ->required()
      ->check(text_validator());
  merge->fallthrough();  // global options such as --json may follow the names
  merge->footer(
      "Example:\n  claimgraph claims merge \"Putin will drag Belarus into the war\" "
      "putin-drag-belarus");
  commands.add(merge, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_claims_merge(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
