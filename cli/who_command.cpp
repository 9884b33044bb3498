// `claimgraph who CLAIM`: who asserts a claim, who denies it, and who reported each.
#include <ostream>

#include "cli/claim_report_output.h"
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/claim_report.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct WhoOptions {
  std::string claim;
  core::DateRange dates;
};

void add_side(Table& table, const std::vector<core::Statement>& side) {
  for (const core::Statement& s : side) {
    table.add_row({std::string(core::relation_name(s.rel)), s.speaker,
                   s.date.empty() ? "-" : s.date, join(s.sources),
                   s.article.empty() ? "-" : s.article});
  }
}

}  // namespace

// Prints a claim report as a readable block; shared with `show` on a claim.
void print_claim_report(std::ostream& out, const core::ClaimReport& report) {
  out << "claim:        " << report.text << '\n'
      << "key:          " << report.key << '\n'
      << "about:        " << join(report.about) << '\n'
      << "reported by:  " << join(report.reported_by) << '\n'
      << "asserted by " << report.asserted.size() << ", denied by " << report.denied.size()
      << "\n";
  if (report.asserted.empty() && report.denied.empty()) return;
  out << '\n';
  Table table({"STANCE", "SPEAKER", "DATE", "SOURCES", "ARTICLE"}, {0, 40, 0, 40, 40});
  add_side(table, report.asserted);
  add_side(table, report.denied);
  table.print(out);
}

namespace {

core::Status run_who(const WhoOptions& options, const GlobalOptions& global,
                     std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto claim = core::resolve_claim(**store, options.claim);
  if (!claim.ok()) return claim.error();
  auto report = core::report_claim(**store, *claim);
  if (!report.ok()) return report.error();
  core::keep_dates(*report, options.dates);
  if (global.json) {
    print_json(out, to_json(*report));
  } else {
    print_claim_report(out, *report);
  }
  return core::ok_status();
}

}  // namespace

void setup_who_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<WhoOptions>();
  CLI::App* who = app.add_subcommand("who", "Who asserts a claim, who denies it, who reported it");
  who->add_option("CLAIM", options->claim, "Claim key, or the claim's text")->required();
  add_date_options(who, options->dates, "statements");
  who->footer(
      "Examples:\n  claimgraph who putin-will-drag-belarus-into-the-war-with-ukraine-1a2b3c4d\n"
      "  claimgraph who \"Putin will drag Belarus into the war with Ukraine\"\n"
      "  claimgraph who putin-drag-belarus --since 2022-12-01 --until 2022-12-31");
  commands.add(who, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_who(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
