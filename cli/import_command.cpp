// `claimgraph import FILE`: load a JSON Lines file (FORMAT.md), all of it or none, read as a
// stream; a big file is written as a StreamedWrite (core/streamed_write.h) in bounded memory.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <ostream>
#include <string>
#include <system_error>
#include <utility>

#include "cli/command.h"
#include "cli/input_file.h"
#include "cli/json_output.h"
#include "cli/progress_line.h"
#include "cli/store_open.h"
#include "core/graph_writer.h"
#include "core/jsonl_read_ahead.h"
#include "core/record_import.h"

namespace claimgraph::cli {
namespace {

struct ImportOptions {
  std::string file;
};

// "import: N records read, P% of the file" (just the records for standard input).
std::string reading_progress(std::size_t records, std::int64_t position,
                             std::uintmax_t total_bytes) {
  std::string text = "import: " + std::to_string(records) + " records read";
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

// What an import wrote, summed over its parts.
struct ImportCounts {
  std::size_t entities = 0, claims = 0, articles = 0, edges = 0;

  void add(const core::WriteSet& part) {
    entities += part.entities.size();
    claims += part.claims.size();
    articles += part.articles.size();
    edges += part.edges.size();
  }
};

// The writes of an import: one apply() for a file of up to kRecordsPerPart records, a
// StreamedWrite of parts of that many records for a bigger one, so that memory stays bounded.
class ImportWrites {
 public:
  static constexpr std::size_t kRecordsPerPart = 20'000;

  ImportWrites(core::GraphStore& store, core::GraphWriter& writer)
      : store_(store), writer_(writer) {}

  // Called after each record: hands the settled writes over at the end of a part.
  core::Status record_added() {
    if (++records_in_part_ < kRecordsPerPart) return core::ok_status();
    records_in_part_ = 0;
    if (!stream_) {
      auto stream = store_.begin_streamed_write();
      if (!stream.ok()) return stream.error();
      stream_ = std::move(*stream);
    }
    return add(writer_.take_settled());
  }

  // Writes the rest, and everything if there was no part.
  core::Status finish() {
    core::WriteSet rest = writer_.take();
    counts_.add(rest);
    if (!stream_) return store_.apply(rest);
    CLAIMGRAPH_RETURN_IF_ERROR(stream_->add(std::move(rest)));
    return stream_->commit();
  }

  const ImportCounts& counts() const { return counts_; }

 private:
  core::Status add(core::WriteSet part) {
    counts_.add(part);
    return stream_->add(std::move(part));
  }

  core::GraphStore& store_;
  core::GraphWriter& writer_;
  std::unique_ptr<core::StreamedWrite> stream_;
  std::size_t records_in_part_ = 0;
  ImportCounts counts_;
};

core::Status run_import(const ImportOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  auto input = open_input(options.file);
  if (!input.ok()) return input.error();
  const std::string source = options.file == "-" ? "<stdin>" : options.file;
  auto store = open_store_for_writing(global);
  if (!store.ok()) return store.error();
  // Records go to the writer as they are read, and its writes to the store a part at a time.
  core::GraphWriter writer(**store);
  ImportWrites writes(**store, writer);
  ProgressLine progress(std::cerr, ProgressLine::stderr_is_terminal());
  const std::uintmax_t total_bytes = file_size(options.file);
  std::size_t records = 0;
  std::int64_t position = -1;  // in the file, as far as the records visited so far
  const auto add_record = [&](core::NumberedRecord&& record) -> core::Status {
    if (++records % 1024 == 0 && progress.due()) {
      progress.show(reading_progress(records, position, total_bytes));
    }
    CLAIMGRAPH_RETURN_IF_ERROR(core::apply_numbered_record(record, source, writer));
    return writes.record_added();
  };
  // Parsing runs a few batches ahead on a thread of its own.
  CLAIMGRAPH_RETURN_IF_ERROR(
      core::for_each_jsonl_record_read_ahead(input->stream(), source, add_record, &position));
  progress.show("import: " + std::to_string(records) + " records read; writing the store",
                /*now=*/true);
  CLAIMGRAPH_RETURN_IF_ERROR(writes.finish());
  progress.clear();
  const ImportCounts& counts = writes.counts();
  if (global.json) {
    print_json(out, {{"file", source},
                     {"records", records},
                     {"entities_written", counts.entities},
                     {"claims_written", counts.claims},
                     {"edges_written", counts.edges}});
  } else {
    out << "imported " << records << " records from " << source << " (" << counts.entities
        << " entities, " << counts.claims << " claims, " << counts.articles << " articles, "
        << counts.edges << " edges written)\n";
  }
  return core::ok_status();
}

}  // namespace

void setup_import_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* import = app.add_subcommand(
      "import", "Load a JSON Lines file (FORMAT.md); all of it is written or none of it");
  import->add_option("FILE", options->file, "JSON Lines file, or - for standard input")->required();
  import->footer(
      "Examples:\n  claimgraph import examples/seed.jsonl\n"
      "  claimgraph export | claimgraph --db /tmp/copy import -");
  commands.add(import, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_import(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
