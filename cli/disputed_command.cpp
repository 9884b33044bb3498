// `claimgraph disputed`: claims that one speaker asserts and another denies, most fought-over
// first, read from the disputed index.
#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/json_output.h"
#include "cli/json_text.h"
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

// "a, b, c": the distinct speakers of one side, sorted; "-" for none. `names` is scratch.
void join_speakers(std::string& text, const std::vector<core::Statement>& side,
                   std::vector<std::string_view>& names) {
  names.clear();
  for (const core::Statement& s : side) names.push_back(s.speaker);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  text.clear();
  if (names.empty()) text += '-';
  for (const std::string_view name : names) {
    if (!text.empty()) text += ", ";
    text += name;
  }
}

// The claim's report (cli::to_json of it) with "latest" and "counts", at `depth` levels in.
void append_json(std::string& out, const core::DisputedClaim& claim, int depth) {
  const core::ClaimReport& r = claim.report;
  const core::ClaimStats& s = claim.stats;
  JsonObjectText object(out, depth);  // keys in nlohmann's (sorted) order
  append_json_strings(object.key("about"), r.about, depth + 1);
  cli::append_json(object.key("asserted_by"), r.asserted, depth + 1);
  append_json_string(object.key("claim"), r.key);
  JsonObjectText counts(object.key("counts"), depth + 1);
  append_json_count(counts.key("asserting_outlets"), s.asserting_outlets);
  append_json_count(counts.key("asserting_speakers"), s.asserting_speakers);
  append_json_count(counts.key("denying_outlets"), s.denying_outlets);
  append_json_count(counts.key("denying_speakers"), s.denying_speakers);
  append_json_count(counts.key("outlets"), s.outlets);
  counts.close();
  cli::append_json(object.key("denied_by"), r.denied, depth + 1);
  append_json_string(object.key("latest"), s.latest_date);
  append_json_strings(object.key("reported_by"), r.reported_by, depth + 1);
  append_json_string(object.key("text"), r.text);
  object.close();
}

void print_disputed(std::ostream& out, const std::vector<core::DisputedClaim>& claims) {
  if (claims.empty()) {
    out << "no disputed claims\n";
    return;
  }
  out << claims.size() << (claims.size() == 1 ? " disputed claim" : " disputed claims") << "\n\n";
  Table table({"CLAIM", "ASSERTED BY", "DENIED BY", "OUTLETS", "LATEST", "KEY"},
              {48, 28, 28, 28, 0, 0});
  std::string asserted, denied, outlets;
  std::vector<std::string_view> names;
  for (const core::DisputedClaim& claim : claims) {
    const core::ClaimReport& r = claim.report;
    join_speakers(asserted, r.asserted, names);
    join_speakers(denied, r.denied, names);
    join_into(outlets, r.reported_by);
    table.add_row({r.text, asserted, denied, outlets,
                   claim.stats.latest_date.empty() ? "-" : claim.stats.latest_date, r.key});
  }
  table.print(out);
}

core::Status run_disputed(const DisputedOptions& options, const GlobalOptions& global,
                          std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  // The table names the speakers of each side, not their statements' dates or articles.
  core::DisputedFilter filter{.about = std::nullopt,
                              .dates = options.dates,
                              .limit = options.limit,
                              .has_statement_details = global.json};
  if (!options.about.empty()) {
    auto about = core::resolve_entity(**store, options.about);
    if (!about.ok()) return about.error();
    filter.about = *about;
  }
  auto claims = core::disputed_claims(**store, filter);
  if (!claims.ok()) return claims.error();
  if (global.json) {
    print_json_with_list(out, nlohmann::json::object(), "disputed", claims->size(),
                         [&](std::string& text, std::size_t i) {
                           append_json(text, (*claims)[i], 2);
                         });
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
