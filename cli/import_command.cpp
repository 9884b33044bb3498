// `claimgraph import FILE`: load a JSON Lines file (FORMAT.md) in one atomic batch, read as a
// stream (storage/batch_ingest.h writes a big batch as ingested files).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>

#include "cli/command.h"
#include "cli/input_file.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/record_import.h"

namespace claimgraph::cli {
namespace {

struct ImportOptions {
  std::string file;
};

core::Status run_import(const ImportOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  auto input = open_input(options.file);
  if (!input.ok()) return input.error();
  const std::string source = options.file == "-" ? "<stdin>" : options.file;
  auto store = open_store_for_writing(global);
  if (!store.ok()) return store.error();
  // Records go to the writer as they are read: a big file is never held as records too.
  core::GraphWriter writer(**store);
  std::size_t records = 0;
  CLAIMGRAPH_RETURN_IF_ERROR(core::for_each_jsonl_record(
      input->stream(), source, [&](core::NumberedRecord&& record) {
        ++records;
        return core::apply_numbered_record(record, source, writer);
      }));
  const core::WriteSet writes = writer.take();
  CLAIMGRAPH_RETURN_IF_ERROR((*store)->apply(writes));
  if (global.json) {
    print_json(out, {{"file", source},
                     {"records", records},
                     {"entities_written", writes.entities.size()},
                     {"claims_written", writes.claims.size()},
                     {"edges_written", writes.edges.size()}});
  } else {
    out << "imported " << records << " records from " << source << " ("
        << writes.entities.size() << " entities, " << writes.claims.size() << " claims, "
        << writes.articles.size() << " articles, " << writes.edges.size()
        << " edges written)\n";
  }
  return core::ok_status();
}

}  // namespace

void setup_import_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* import = app.add_subcommand(
      "import", "Load a JSON Lines file (FORMAT.md); all of it is written or none of it");
  import->add_option("FILE", options->file, "JSON Lines file, or - for standard input")
      ->required();
  import->footer(
      "Examples:\n  claimgraph import examples/seed.jsonl\n"
      "  claimgraph export | claimgraph --db /tmp/copy import -");
  commands.add(import, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_import(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
