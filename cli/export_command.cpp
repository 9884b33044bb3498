// `claimgraph export`: the whole store as JSON Lines (FORMAT.md) on stdout or in a file.
#include <ostream>

#include "cli/command.h"
#include "cli/output_file.h"
#include "cli/store_open.h"
#include "core/jsonl_writer.h"
#include "core/store_export.h"

namespace claimgraph::cli {
namespace {

struct ExportOptions {
  std::string format = "jsonl";
  std::string output;
};

core::Status run_export(const ExportOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  // Streamed: a store of millions of claims exports gigabytes.
  StreamedOutput output(options.output, out);
  const core::Result<std::ostream*> stream = output.open();
  if (!stream.ok()) return stream.error();
  CLAIMGRAPH_RETURN_IF_ERROR(core::export_records(**store, [&](const core::Record& record) {
    **stream << core::to_jsonl_line(record) << '\n';
  }));
  return output.commit();
}

}  // namespace

void setup_export_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* exporter =
      app.add_subcommand("export", "Write the whole store as JSON Lines (FORMAT.md)");
  exporter->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"jsonl"}));
  exporter->add_option("-o,--output", options->output, "Write to FILE instead of stdout")
      ->type_name("FILE");
  exporter->footer(
      "Examples:\n  claimgraph export > backup.jsonl\n"
      "  claimgraph export -o backup.jsonl");
  commands.add(exporter, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_export(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
