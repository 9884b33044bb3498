// `claimgraph path A B`: the shortest chains of claims and outlets that connect two entities.
#include <ostream>
#include <string>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "core/display_width.h"
#include "core/name_resolver.h"
#include "core/path_query.h"
#include "core/said_query.h"

namespace claimgraph::cli {
namespace {

constexpr std::size_t kClaimColumns = 60;  // claims print as their text cut to this width

struct PathOptions {
  std::string from;
  std::string to;
  core::PathOptions query;
};

std::string node_text(const core::NodeLabel& label) {
  if (label.node.kind != core::NodeKind::kClaim) return label.name;
  return "\"" + core::fit_to_width(label.name, kClaimColumns) + "\"";
}

// `Peskov ─denies→ "claim" ←asserts─ ISW`: each hop with its relation and direction.
std::string path_line(const core::EntityPath& path) {
  std::string line = node_text(path.start);
  for (const core::PathHop& hop : path.hops) {
    const std::string rel(core::relation_name(hop.rel));
    line += hop.is_forward ? " ─" + rel + "→ " : " ←" + rel + "─ ";
    line += node_text(hop.node);
  }
  return line;
}

void print_paths(std::ostream& out, const std::string& from, const std::string& to,
                 std::size_t max_hops, const core::PathSearch& search) {
  const std::vector<core::EntityPath>& paths = search.paths;
  if (paths.empty()) {
    out << "no path between " << from << " and " << to << " within " << max_hops
        << (max_hops == 1 ? " hop" : " hops") << '\n';
    return;
  }
  const std::size_t hops = paths.front().hops.size();
  if (search.shortest_count > paths.size()) out << "showing " << paths.size() << " of ";
  out << search.shortest_count
      << (search.shortest_count == 1 ? " shortest path" : " shortest paths") << " between " << from
      << " and " << to << " (" << hops << (hops == 1 ? " hop" : " hops") << "):\n\n";
  for (std::size_t i = 0; i < paths.size(); ++i) {
    out << i + 1 << ". " << path_line(paths[i]) << '\n';
  }
}

nlohmann::json node_json(const core::NodeLabel& label) {
  if (label.node.kind == core::NodeKind::kClaim) {
    return {{"type", "claim"}, {"key", label.key}, {"text", label.name}};
  }
  return {{"type", "entity"}, {"kind", label.kind}, {"name", label.name}};
}

nlohmann::json path_json(const core::EntityPath& path) {
  nlohmann::json hops = nlohmann::json::array();
  for (const core::PathHop& hop : path.hops) {
    hops.push_back({{"rel", core::relation_name(hop.rel)},
                    {"direction", hop.is_forward ? "forward" : "backward"},
                    {"node", node_json(hop.node)}});
  }
  return {{"length", path.hops.size()}, {"start", node_json(path.start)}, {"hops", hops}};
}

core::Status run_path(const PathOptions& options, const GlobalOptions& global, std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto from = core::resolve_entity(**store, options.from);
  if (!from.ok()) return from.error();
  auto to = core::resolve_entity(**store, options.to);
  if (!to.ok()) return to.error();
  auto search = core::shortest_paths(**store, *from, *to, options.query);
  if (!search.ok()) return search.error();
  if (global.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const core::EntityPath& path : search->paths) list.push_back(path_json(path));
    print_json(out, list);
    return core::ok_status();
  }
  auto from_name = core::entity_name_of(**store, *from);
  if (!from_name.ok()) return from_name.error();
  auto to_name = core::entity_name_of(**store, *to);
  if (!to_name.ok()) return to_name.error();
  print_paths(out, *from_name, *to_name, options.query.max_hops, *search);
  return core::ok_status();
}

}  // namespace

void setup_path_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<PathOptions>();
  CLI::App* path =
      app.add_subcommand("path", "The shortest chains of claims connecting two entities");
  path->add_option("A", options->from, "An entity name or alias")->required();
  path->add_option("B", options->to, "Another entity name or alias")->required();
  path->add_option("--max-hops", options->query.max_hops, "Longest chain searched, in edges")
      ->type_name("N")
      ->check(CLI::Range(1, 20));
  path->add_option("--limit", options->query.limit,
                   "Most chains shown, all of the shortest length")
      ->type_name("K")
      ->check(CLI::Range(1, 1000));
  path->fallthrough();  // global options such as --json may follow the names
  path->footer(
      "Chains follow asserts, denies, reported-by and about edges in either direction; articles\n"
      "are provenance, not links. The search reads only the nodes it reaches and gives up after\n"
      "2,000,000 of them.\n\n"
      "Examples:\n  claimgraph path Peskov ISW\n"
      "  claimgraph --json path \"Dmitry Peskov\" \"RIA Novosti\" --max-hops 4 --limit 10");
  commands.add(path, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_path(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
