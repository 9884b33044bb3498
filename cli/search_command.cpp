// `claimgraph search TEXT`: full-text search over claim texts and quotes, best match first.
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/text_search.h"

namespace claimgraph::cli {
namespace {

struct SearchOptions {
  std::vector<std::string> words;
  std::size_t limit = 20;
};

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

std::string score_text(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

void print_hits(std::ostream& out, const std::string& query,
                const std::vector<core::SearchHit>& hits) {
  if (hits.empty()) {
    out << "no claims match \"" << query << "\"\n";
    return;
  }
  out << hits.size() << (hits.size() == 1 ? " claim matches \"" : " claims match \"") << query
      << "\"\n\n";
  Table table({"SCORE", "CLAIM", "MATCHED", "KEY"}, {0, 64, 24, 0});
  for (const core::SearchHit& hit : hits) {
    table.add_row({score_text(hit.score), hit.text, join(hit.matched), hit.key});
  }
  table.print(out);
}

core::Status run_search(const SearchOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  const std::string query = joined(options.words);
  auto hits = core::search_claims(**store, query, options.limit);
  if (!hits.ok()) return hits.error();
  if (!global.json) {
    print_hits(out, query, *hits);
    return core::ok_status();
  }
  nlohmann::json list = nlohmann::json::array();
  for (const core::SearchHit& hit : *hits) {
    list.push_back({{"claim", hit.key},
                    {"text", hit.text},
                    {"score", std::round(hit.score * 1e4) / 1e4},
                    {"matched", hit.matched}});
  }
  print_json(out, {{"query", query}, {"hits", list}});
  return core::ok_status();
}

}  // namespace

void setup_search_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* search = app.add_subcommand(
      "search", "Find claims by the words of their text or of their quotes, best match first");
  search->add_option("TEXT", options->words, "Words to look for (any case or accents)")->required();
  search->add_option("--limit", options->limit, "Show at most N claims (0: all)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  search->footer(
      "Claims are ranked by BM25 over their text and the quotes of their statements.\n"
      "Examples:\n  claimgraph search Minsk pressure\n"
      "  claimgraph --json search \"special military operation\" --limit 5");
  commands.add(search, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_search(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
