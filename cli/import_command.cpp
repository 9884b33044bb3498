// `claimgraph import FILE`: load a JSON Lines file (FORMAT.md) in one atomic batch, read as a
// stream (storage/batch_ingest.h writes a big batch as ingested files).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>
#include <string>
#include <system_error>

#include "cli/command.h"
#include "cli/input_file.h"
#include "cli/json_output.h"
#include "cli/progress_line.h"
#include "cli/store_open.h"
#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/record_import.h"

namespace claimgraph::cli {
namespace {

struct ImportOptions {
  std::string file;
};

// "import: N records read, P% of the file" (just the records for standard input).
std::string reading_progress(std::size_t records, std::istream& in, std::uintmax_t total_bytes) {
  std::string text = "import: " + std::to_string(records) + " records read";
  const std::streamoff position = in.tellg();
  if (total_bytes > 0 && position >= 0) {
    const std::uintmax_t percent = static_cast<std::uintmax_t>(position) * 100 / total_bytes;
    text += ", " + std::to_string(percent) + "% of the file";
  }
  return text;
}

// The size of `file` in bytes, or 0 for standard input or when it is unknown.
std::uintmax_t file_size(const std::string& file) {
  std::error_code error;
  const std::uintmax_t size = file == "-" ? 0 : std::filesystem::file_size(file, error);
  return error ? 0 : size;
}

core::Status run_import(const ImportOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  auto input = open_input(options.file);
  if (!input.ok()) return input.error();
  const std::string source = options.file == "-" ? "<stdin>" : options.file;
  auto store = open_store_for_writing(global);
  if (!store.ok()) return store.error();
  // Records go to the writer as they are read: a big file is never held as records too.
  core::GraphWriter writer(**store);
  ProgressLine progress(std::cerr, ProgressLine::stderr_is_terminal());
  const std::uintmax_t total_bytes = file_size(options.file);
  std::size_t records = 0;
  CLAIMGRAPH_RETURN_IF_ERROR(core::for_each_jsonl_record(
      input->stream(), source, [&](core::NumberedRecord&& record) {
        if (++records % 1024 == 0 && progress.due()) {
          progress.show(reading_progress(records, input->stream(), total_bytes));
        }
        return core::apply_numbered_record(record, source, writer);
      }));
  const core::WriteSet writes = writer.take();
  progress.show("import: " + std::to_string(records) + " records read; writing the store",
                /*now=*/true);
  CLAIMGRAPH_RETURN_IF_ERROR((*store)->apply(writes));
  progress.clear();
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
