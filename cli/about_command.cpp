// `claimgraph about ENTITY`: the claims about an entity, each with who asserts it, who denies
// it and who reported each statement.
#include <ostream>

#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/about_query.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct AboutOptions {
  std::string entity;
  core::DateRange dates;
};

// One row per statement; the claim's text and key only on its first row.
void add_claim_rows(Table& table, const core::ClaimReport& report) {
  bool first = true;
  for (const auto* side : {&report.asserted, &report.denied}) {
    for (const core::Statement& s : *side) {
      table.add_row({first ? report.text : "", std::string(core::relation_name(s.rel)), s.speaker,
                     s.date.empty() ? "-" : s.date, join(s.sources), first ? report.key : ""});
      first = false;
    }
  }
  if (first) table.add_row({report.text, "-", "-", "-", "-", report.key});
}

void print_about(std::ostream& out, const std::string& name,
                 const std::vector<core::ClaimReport>& reports) {
  if (reports.empty()) {
    out << "no claims about " << name << "\n";
    return;
  }
  out << name << ": " << reports.size() << (reports.size() == 1 ? " claim" : " claims")
      << " about it\n\n";
  Table table({"CLAIM", "STANCE", "SPEAKER", "DATE", "SOURCES", "KEY"}, {56, 0, 32, 0, 32, 0});
  for (const core::ClaimReport& report : reports) add_claim_rows(table, report);
  table.print(out);
}

core::Status run_about(const AboutOptions& options, const GlobalOptions& global,
                       std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto entity = core::resolve_entity(**store, options.entity);
  if (!entity.ok()) return entity.error();
  auto name = core::entity_name_of(**store, *entity);
  if (!name.ok()) return name.error();
  auto reports = core::claims_about(**store, *entity, options.dates);
  if (!reports.ok()) return reports.error();
  if (global.json) {
    print_json_with_list(out, {{"entity", *name}}, "claims", reports->size(),
                         [&](std::size_t i) { return to_json((*reports)[i]); });
  } else {
    print_about(out, *name, *reports);
  }
  return core::ok_status();
}

}  // namespace

void setup_about_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<AboutOptions>();
  CLI::App* about = app.add_subcommand(
      "about", "Claims about an entity: who asserts, who denies and who reported each");
  about->add_option("ENTITY", options->entity, "Entity name or alias (any case or accents)")
      ->required();
  add_date_options(about, options->dates, "statements");
  about->footer(
      "Examples:\n  claimgraph about Belarus\n"
      "  claimgraph --json about Minsk --since 2022-12-01");
  commands.add(about, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_about(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
