// `claimgraph rank`: the most active speakers, most cited outlets, most contested claims.
#include <iomanip>
#include <map>
#include <ostream>
#include <sstream>
#include <string>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/name_resolver.h"
#include "core/rank_query.h"

namespace claimgraph::cli {
namespace {

struct RankCommandOptions {
  core::RankOptions query;
  std::string by;  // checked by CLI11, parsed by parse_choices()
  std::string algo = "degree";
  std::string about;
  std::string focus;
};

std::string format_score(double score, core::RankAlgorithm algorithm) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(algorithm == core::RankAlgorithm::kDegree ? 0 : 4)
       << score;
  return text.str();
}

void print_ranking(std::ostream& out, const core::RankOptions& query,
                   const std::vector<core::RankedNode>& ranked) {
  if (ranked.empty()) {
    out << "no " << core::rank_role_name(query.role) << " to rank\n";
    return;
  }
  Table table({"RANK", "NAME", "KIND", "SCORE"}, {0, 64, 0, 0});
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    table.add_row({std::to_string(i + 1), ranked[i].label.name, ranked[i].label.kind,
                   format_score(ranked[i].score, query.algorithm)});
  }
  table.print(out);
}

nlohmann::json ranking_json(const std::vector<core::RankedNode>& ranked) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    nlohmann::json item{{"rank", i + 1},
                        {"name", ranked[i].label.name},
                        {"kind", ranked[i].label.kind},
                        {"score", ranked[i].score}};
    if (!ranked[i].label.key.empty()) item["key"] = ranked[i].label.key;
    list.push_back(std::move(item));
  }
  return list;
}

void parse_choices(RankCommandOptions& options) {
  const std::map<std::string, core::RankRole> roles{{"speakers", core::RankRole::kSpeakers},
                                                    {"outlets", core::RankRole::kOutlets},
                                                    {"claims", core::RankRole::kClaims}};
  const std::map<std::string, core::RankAlgorithm> algorithms{
      {"degree", core::RankAlgorithm::kDegree},
      {"pagerank", core::RankAlgorithm::kPageRank},
      {"betweenness", core::RankAlgorithm::kBetweenness}};
  options.query.role = roles.at(options.by);
  options.query.algorithm = algorithms.at(options.algo);
}

core::Status run_rank(RankCommandOptions options, const GlobalOptions& global, std::ostream& out) {
  parse_choices(options);
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  if (!options.about.empty()) {
    auto about = core::resolve_entity(**store, options.about);
    if (!about.ok()) return about.error();
    options.query.selection.about = *about;
  }
  if (!options.focus.empty()) {
    auto focus = core::resolve_node(**store, options.focus);
    if (!focus.ok()) return focus.error();
    options.query.selection.focus = *focus;
  }
  auto ranked = core::rank_nodes(**store, options.query);
  if (!ranked.ok()) return ranked.error();
  if (global.json) {
    print_json(out, ranking_json(*ranked));
  } else {
    print_ranking(out, options.query, *ranked);
  }
  return core::ok_status();
}

void add_choice_options(CLI::App* rank, RankCommandOptions& options) {
  rank->add_option("--by", options.by, "What to rank")
      ->required()
      ->check(CLI::IsMember({"speakers", "outlets", "claims"}))
      ->type_name("WHAT");
  rank->add_option("--algo", options.algo, "How to score")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}))
      ->type_name("ALGO");
}

}  // namespace

void setup_rank_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<RankCommandOptions>();
  CLI::App* rank = app.add_subcommand(
      "rank", "The most active speakers, most cited outlets or most contested claims");
  add_choice_options(rank, *options);
  CLI::Option* about = rank->add_option("--about", options->about,
                                        "Only the claims about this entity, with "
                                        "their speakers and outlets")
                           ->type_name("ENTITY");
  CLI::Option* focus =
      rank->add_option("--focus", options->focus, "Only the nodes near this entity or claim")
          ->type_name("NAME")
          ->excludes(about);
  rank->add_option("--depth", options->query.selection.depth, "With --focus: how many edges away")
      ->type_name("N")
      ->check(CLI::Range(1, 10))
      ->needs(focus);
  rank->add_option("--limit", options->query.limit, "How many to list")
      ->type_name("N")
      ->check(CLI::Range(1, 100000));
  rank->fallthrough();  // global options such as --json may follow the others
  rank->footer(
      "Scores:\n"
      "  degree       speakers: asserts+denies edges; outlets: reported-by edges; claims:\n"
      "               distinct asserters + 2 x distinct deniers\n"
      "  pagerank     Boost.Graph PageRank, credit flowing toward what is ranked (claims to\n"
      "               their speakers, speakers' claims to the outlets that carried them, speakers\n"
      "               and outlets to claims; denials count twice)\n"
      "  betweenness  exact (Brandes), edges taken as undirected: O(V*E), so it is refused on\n"
      "               more than 50,000 nodes; use --about or --focus to select fewer\n\n"
      "Examples:\n  claimgraph rank --by speakers\n"
      "  claimgraph rank --by outlets --algo pagerank --limit 10\n"
      "  claimgraph rank --by claims --algo betweenness --about Belarus\n"
      "  claimgraph --json rank --by speakers --algo betweenness --focus Peskov --depth 3");
  commands.add(rank, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_rank(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
