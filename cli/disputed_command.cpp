// `claimgraph disputed`: claims that one speaker asserts and another denies, most fought-over
// first, read from the disputed index.
#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/disputed_query.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct DisputedOptions {
  std::string about;
  core::DateRange dates;
  std::size_t limit = 20;
};

// The distinct speakers of one side, sorted.
std::vector<std::string> speakers(const std::vector<core::Statement>& side) {
  std::vector<std::string> names;
  for (const core::Statement& s : side) names.push_back(s.speaker);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

nlohmann::json to_json(const core::DisputedClaim& claim) {
  const core::ClaimStats& s = claim.stats;
  nlohmann::json object = cli::to_json(claim.report);
  object["latest"] = s.latest_date;
  object["counts"] = {{"asserting_speakers", s.asserting_speakers},
                      {"denying_speakers", s.denying_speakers},
                      {"asserting_outlets", s.asserting_outlets},
                      {"denying_outlets", s.denying_outlets},
                      {"outlets", s.outlets}};
  return object;
}

void print_disputed(std::ostream& out, const std::vector<core::DisputedClaim>& claims) {
  if (claims.empty()) {
    out << "no disputed claims\n";
    return;
  }
  out << claims.size() << (claims.size() == 1 ? " disputed claim" : " disputed claims") << "\n\n";
  Table table({"CLAIM", "ASSERTED BY", "DENIED BY", "OUTLETS", "LATEST", "KEY"},
              {48, 28, 28, 28, 0, 0});
  for (const core::DisputedClaim& claim : claims) {
    const core::ClaimReport& r = claim.report;
    table.add_row({r.text, join(speakers(r.asserted)), join(speakers(r.denied)),
                   join(r.reported_by),
                   claim.stats.latest_date.empty() ? "-" : claim.stats.latest_date, r.key});
  }
  table.print(out);
}

core::Status run_disputed(const DisputedOptions& options, const GlobalOptions& global,
                          std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  core::DisputedFilter filter{
      .about = std::nullopt, .dates = options.dates, .limit = options.limit};
  if (!options.about.empty()) {
    auto about = core::resolve_entity(**store, options.about);
    if (!about.ok()) return about.error();
    filter.about = *about;
  }
  auto claims = core::disputed_claims(**store, filter);
  if (!claims.ok()) return claims.error();
  if (global.json) {
    print_json_with_list(out, nlohmann::json::object(), "disputed", claims->size(),
                         [&](std::size_t i) { return to_json((*claims)[i]); });
  } else {
    print_disputed(out, *claims);
  }
  return core::ok_status();
}

}  // namespace

void setup_disputed_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<DisputedOptions>();
  CLI::App* disputed =
      app.add_subcommand("disputed", "Claims that one speaker asserts and another denies");
  disputed->add_option("--about", options->about, "Only claims about this entity")
      ->type_name("ENTITY");
  add_date_options(disputed, options->dates, "statements");
  disputed->add_option("--limit", options->limit, "Show at most N claims (0: all)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  disputed->footer(
      "Claims are ranked by the distinct speakers and outlets on both sides, then by date.\n"
      "Examples:\n  claimgraph disputed --limit 5\n"
      "  claimgraph disputed --about Eastport --since 2024-01-01");
  commands.add(disputed, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_disputed(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
