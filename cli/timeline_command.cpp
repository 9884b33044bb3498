// `claimgraph timeline SPEAKER`: a speaker's statements in date order, marking where the
// speaker turned from asserting a claim to denying it, or the reverse.
#include <ostream>

#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/name_resolver.h"
#include "core/timeline_query.h"

namespace claimgraph::cli {
namespace {

struct TimelineOptions {
  std::string speaker;
  core::DateRange dates;
};

std::string past_tense(core::Relation rel) {
  return rel == core::Relation::kAsserts ? "asserted" : "denied";
}

std::string reversal_note(const core::TimelineEntry& entry) {
  if (!entry.reverses) return "";
  const core::Reversal& r = *entry.reverses;
  return "reversal: " + past_tense(r.rel) + " " + (r.date.empty() ? "undated" : r.date);
}

std::size_t count_reversals(const std::vector<core::TimelineEntry>& entries) {
  std::size_t n = 0;
  for (const auto& entry : entries) n += entry.reverses ? 1 : 0;
  return n;
}

void print_timeline(std::ostream& out, const std::string& speaker,
                    const std::vector<core::TimelineEntry>& entries) {
  if (entries.empty()) {
    out << "no statements by " << speaker << "\n";
    return;
  }
  const std::size_t reversals = count_reversals(entries);
  out << speaker << ": " << entries.size()
      << (entries.size() == 1 ? " statement, " : " statements, ") << reversals
      << (reversals == 1 ? " reversal" : " reversals") << "\n\n";
  Table table({"DATE", "STANCE", "CLAIM", "SOURCES", "NOTE", "KEY"}, {0, 0, 56, 28, 0, 0});
  for (const core::TimelineEntry& entry : entries) {
    const core::Statement& s = entry.statement;
    table.add_row({s.date.empty() ? "-" : s.date, std::string(core::relation_name(s.rel)),
                   s.claim_text, join(s.sources), reversal_note(entry), s.claim_key});
  }
  table.print(out);
}

nlohmann::json to_json(const core::TimelineEntry& entry) {
  nlohmann::json object = cli::to_json(entry.statement);
  object["reverses"] = nullptr;
  if (entry.reverses) {
    object["reverses"] = {{"rel", core::relation_name(entry.reverses->rel)},
                          {"date", entry.reverses->date},
                          {"article", entry.reverses->article}};
  }
  return object;
}

core::Status run_timeline(const TimelineOptions& options, const GlobalOptions& global,
                          std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto speaker = core::resolve_entity(**store, options.speaker);
  if (!speaker.ok()) return speaker.error();
  auto name = core::entity_name_of(**store, *speaker);
  if (!name.ok()) return name.error();
  auto entries = core::timeline_of(**store, *speaker, options.dates);
  if (!entries.ok()) return entries.error();
  if (global.json) {
    print_json_with_list(out, {{"speaker", *name}}, "statements", entries->size(),
                         [&](std::size_t i) { return to_json((*entries)[i]); });
  } else {
    print_timeline(out, *name, *entries);
  }
  return core::ok_status();
}

}  // namespace

void setup_timeline_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<TimelineOptions>();
  CLI::App* timeline =
      app.add_subcommand("timeline", "A speaker's statements in date order, with reversals marked");
  timeline->add_option("SPEAKER", options->speaker, "Speaker name or alias (any case or accents)")
      ->required();
  add_date_options(timeline, options->dates, "statements");
  timeline->footer(
      "A reversal is a statement that asserts a claim the speaker denied before, or the reverse.\n"
      "Examples:\n  claimgraph timeline Peskov\n"
      "  claimgraph --json timeline \"Alma Reyes\" --since 2024-01-01");
  commands.add(timeline, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_timeline(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
