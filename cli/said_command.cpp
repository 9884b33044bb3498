// `claimgraph said SPEAKER`: what a speaker asserted and denied, with dates and sources.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/name_resolver.h"
#include "core/said_query.h"

namespace claimgraph::cli {
namespace {

struct SaidOptions {
  std::string speaker;
  std::string about;
  std::string since;
  std::string until;
};

void print_statements(std::ostream& out, const std::string& speaker,
                      const std::vector<core::Statement>& statements) {
  out << speaker << ": " << statements.size()
      << (statements.size() == 1 ? " statement" : " statements") << "\n";
  if (statements.empty()) return;
  out << '\n';
  Table table({"DATE", "STANCE", "CLAIM", "SOURCES", "KEY"}, {0, 0, 64, 32, 0});
  std::string sources;
  for (const core::Statement& s : statements) {
    join_into(sources, s.sources);
    table.add_row({s.date.empty() ? "-" : s.date, core::relation_name(s.rel), s.claim_text,
                   sources, s.claim_key});
  }
  table.print(out);
}

core::Status run_said(const SaidOptions& options, const GlobalOptions& global,
                      std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto speaker = core::resolve_entity(**store, options.speaker);
  if (!speaker.ok()) return speaker.error();
  core::StatementFilter filter{.about = std::nullopt, .since = options.since,
                               .until = options.until};
  if (!options.about.empty()) {
    auto about = core::resolve_entity(**store, options.about);
    if (!about.ok()) return about.error();
    filter.about = *about;
  }
  auto statements = core::statements_of(**store, *speaker, filter);
  if (!statements.ok()) return statements.error();
  auto name = core::entity_name_of(**store, *speaker);
  if (!name.ok()) return name.error();
  if (global.json) {
    print_json_with_list(out, {{"speaker", *name}}, "statements", statements->size(),
                         [&](std::string& text, std::size_t i) {
                           append_json(text, (*statements)[i], 2);
                         });
  } else {
    print_statements(out, *name, *statements);
  }
  return core::ok_status();
}

}  // namespace

void setup_said_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<SaidOptions>();
  CLI::App* said = app.add_subcommand("said", "What a speaker asserted and denied");
  said->add_option("SPEAKER", options->speaker, "Speaker name or alias (any case or accents)")
      ->required();
  said->add_option("--about", options->about, "Only claims about this entity")
      ->type_name("ENTITY");
  said->add_option("--since", options->since, "Only statements on or after this date")
      ->type_name("YYYY-MM-DD")
      ->check(date_validator());
  said->add_option("--until", options->until, "Only statements on or before this date")
      ->type_name("YYYY-MM-DD")
      ->check(date_validator());
  said->footer(
      "Examples:\n  claimgraph said Peskov --about Belarus\n"
      "  claimgraph --json said \"Dmitry Peskov\" --since 2022-12-01");
  commands.add(said, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_said(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
