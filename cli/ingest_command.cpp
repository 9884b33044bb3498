// `claimgraph ingest FILE…`: extract who said what from article text and write it, one
// atomic batch per article; `--dry-run` prints the extraction and writes nothing.
#include <map>
#include <ostream>

#include "cli/command.h"
#include "cli/input_file.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/extract/extractor.h"
#include "core/graph_writer.h"
#include "core/jsonl_writer.h"
#include "core/name_resolver.h"
#include "core/record_import.h"

namespace claimgraph::cli {
namespace {

// The largest article ingest reads (README.md, Limits): far above any news article, and the
// extractor's memory stays a small multiple of it.
constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;  // 16 MiB

struct IngestOptions {
  std::vector<std::string> files;
  std::string outlet, date, url, title, key;
  bool dry_run = false;
  std::string format = "table";
};

// Resolves names against `store` (may be null: no store yet) for the extractor.
core::KnownEntityLookup lookup_in(const core::GraphStore* store) {
  if (store == nullptr) return {};
  return [store](std::string_view name) -> std::optional<core::Entity> {
    auto id = core::resolve_entity(*store, name);
    if (!id.ok()) return std::nullopt;
    auto entity = store->get_entity(*id);
    if (!entity.ok() || !entity->has_value()) return std::nullopt;
    return **entity;
  };
}

core::Result<core::RecordList> extract_file(const std::string& file, const IngestOptions& options,
                                            const core::GraphStore* store) {
  auto text = read_input(file, kMaxArticleBytes);
  if (!text.ok()) return text.error();
  const core::ArticleMeta meta{.key = options.key, .title = options.title, .url = options.url,
                               .outlet = options.outlet, .date = options.date};
  auto records = core::extract_article(*text, meta, lookup_in(store));
  if (!records.ok()) return core::make_error(records.error().code,
                                             file + ": " + records.error().message);
  return records;
}

void print_extraction(std::ostream& out, const std::string& file,
                      const core::RecordList& records) {
  std::map<std::string, std::string> claim_texts;
  std::map<std::string, std::vector<std::string>> sources;
  std::vector<std::string> entities;
  for (const auto& numbered : records) {
    if (const auto* claim = std::get_if<core::Claim>(&numbered.record)) {
      claim_texts[claim->key] = claim->text;
    } else if (const auto* entity = std::get_if<core::Entity>(&numbered.record)) {
      entities.push_back(entity->name + " (" + std::string(core::entity_kind_name(entity->kind)) + ")");
    } else if (const auto* edge = std::get_if<core::Edge>(&numbered.record);
               edge && edge->rel == core::Relation::kReportedBy) {
      sources[edge->from].push_back(edge->to);
    }
  }
  Table table({"SPEAKER", "STANCE", "CLAIM", "SOURCES", "RULE"}, {32, 0, 64, 32, 0});
  std::size_t statements = 0;
  for (const auto& numbered : records) {
    const auto* edge = std::get_if<core::Edge>(&numbered.record);
    if (edge == nullptr || !core::is_stance(edge->rel)) continue;
    ++statements;
    table.add_row({edge->from, std::string(core::relation_name(edge->rel)),
                   claim_texts[edge->to], join(sources[edge->to]), edge->provenance.rule});
  }
  out << file << ": " << statements << (statements == 1 ? " statement" : " statements")
      << ", " << entities.size() << " entities\n"
      << "entities: " << join(entities) << "\n";
  if (!table.empty()) {
    out << '\n';
    table.print(out);
  }
}

core::Status dry_run(const IngestOptions& options, const GlobalOptions& global,
                     std::ostream& out) {
  // Names resolve against the store when there is one; without one nothing is created.
  auto store = open_store_for_reading(global);
  if (!store.ok() && store.error().code != core::ErrorCode::kNotFound) return store.error();
  const core::GraphStore* known = store.ok() ? store->get() : nullptr;
  for (std::size_t i = 0; i < options.files.size(); ++i) {
    auto records = extract_file(options.files[i], options, known);
    if (!records.ok()) return records.error();
    if (options.format == "jsonl") {
      for (const auto& numbered : *records) out << core::to_jsonl_line(numbered.record) << '\n';
      continue;
    }
    if (i > 0) out << '\n';
    print_extraction(out, options.files[i], *records);
  }
  return core::ok_status();
}

core::Status ingest(const IngestOptions& options, const GlobalOptions& global,
                    std::ostream& out) {
  auto store = open_store_for_writing(global);
  if (!store.ok()) return store.error();
  nlohmann::json results = nlohmann::json::array();
  for (const std::string& file : options.files) {
    auto records = extract_file(file, options, store->get());
    if (!records.ok()) return records.error();
    core::GraphWriter writer(**store);
    CLAIMGRAPH_RETURN_IF_ERROR(core::apply_records(*records, file, writer));
    const core::WriteSet writes = writer.take();
    CLAIMGRAPH_RETURN_IF_ERROR((*store)->apply(writes));  // one article, one batch
    const auto& article = std::get<core::Article>(records->front().record);
    std::size_t statements = 0;
    for (const auto& numbered : *records) {
      const auto* edge = std::get_if<core::Edge>(&numbered.record);
      statements += edge != nullptr && core::is_stance(edge->rel) ? 1 : 0;
    }
    results.push_back({{"file", file}, {"article", article.key}, {"statements", statements},
                       {"records", records->size()}});
    if (!global.json) {
      out << "ingested " << file << " as " << article.key << ": " << statements
          << (statements == 1 ? " statement, " : " statements, ") << records->size()
          << " records\n";
    }
  }
  if (global.json) print_json(out, results);
  return core::ok_status();
}

core::Status run_ingest(const IngestOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  if (!options.key.empty() && options.files.size() > 1) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "--key names one article: give one FILE with it");
  }
  return options.dry_run ? dry_run(options, global, out) : ingest(options, global, out);
}

}  // namespace

void setup_ingest_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* ingest_app = app.add_subcommand(
      "ingest", "Extract who said what from news articles (title on line 1, body after)");
  ingest_app->add_option("FILE", options->files, "Article text files (UTF-8), or - for stdin")
      ->required();
  ingest_app->add_option("--outlet", options->outlet, "Who published the article")
      ->type_name("NAME")
      ->check(text_validator());
  ingest_app->add_option("--date", options->date, "Publication date, given to every statement")
      ->check(date_validator());
  ingest_app->add_option("--url", options->url, "Where the article was read")
      ->check(text_validator());
  ingest_app->add_option("--title", options->title, "Title (default: the first line)")
      ->check(text_validator());
  ingest_app->add_option("--key", options->key, "Article key (default: derived from the text)")
      ->check(text_validator());
  ingest_app->add_flag("--dry-run", options->dry_run,
                       "Print the extraction; write nothing (works without a store)");
  ingest_app->add_option("--format", options->format, "Dry-run output: table or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  ingest_app->footer(
      "Examples:\n  claimgraph ingest examples/seed-article.txt --outlet \"Ukrainska Pravda\" "
      "--date 2022-12-19\n"
      "  claimgraph ingest --dry-run --format jsonl article.txt");
  commands.add(ingest_app, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_ingest(*options, *global, out);
  });
}

}  // namespace claimgraph::cli

