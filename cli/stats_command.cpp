// `claimgraph stats`: how many entities, claims, articles and edges the store holds.
#include <map>
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"

namespace claimgraph::cli {
namespace {

struct StoreCounts {
  std::map<std::string, std::uint64_t> entities_by_kind;
  std::uint64_t entities = 0, claims = 0, articles = 0;
  std::map<std::string, std::uint64_t> edges_by_rel;
};

core::Result<StoreCounts> count_store(const core::GraphStore& store) {
  StoreCounts counts;
  for (auto rel : {core::Relation::kAsserts, core::Relation::kDenies,
                   core::Relation::kReportedBy, core::Relation::kAbout}) {
    counts.edges_by_rel[std::string(core::relation_name(rel))] = 0;
  }
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_entities([&](std::uint64_t, const core::Entity& e) {
    ++counts.entities;
    ++counts.entities_by_kind[std::string(core::entity_kind_name(e.kind))];
    return true;
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_claims([&](std::uint64_t, const core::Claim&) {
    ++counts.claims;
    return true;
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_articles([&](std::uint64_t, const core::Article&) {
    ++counts.articles;
    return true;
  }));
  CLAIMGRAPH_RETURN_IF_ERROR(store.scan_edges([&](const core::StoredEdge& edge) {
    ++counts.edges_by_rel[std::string(core::relation_name(edge.rel))];
    return true;
  }));
  return counts;
}

core::Status run_stats(const GlobalOptions& global, std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto counts = count_store(**store);
  if (!counts.ok()) return counts.error();
  if (global.json) {
    print_json(out, {{"store", store_dir(global)},
                     {"entities", counts->entities},
                     {"entities_by_kind", counts->entities_by_kind},
                     {"claims", counts->claims},
                     {"articles", counts->articles},
                     {"edges", counts->edges_by_rel}});
    return core::ok_status();
  }
  out << "store: " << store_dir(global) << "\n\n";
  Table table({"RECORD", "COUNT"});
  table.add_row({"entities", std::to_string(counts->entities)});
  for (const auto& [kind, n] : counts->entities_by_kind) {
    table.add_row({"  " + kind, std::to_string(n)});
  }
  table.add_row({"claims", std::to_string(counts->claims)});
  table.add_row({"articles", std::to_string(counts->articles)});
  for (const auto& [rel, n] : counts->edges_by_rel) {
    table.add_row({rel + " edges", std::to_string(n)});
  }
  table.print(out);
  return core::ok_status();
}

}  // namespace

void setup_stats_command(CLI::App& app, CommandSet& commands) {
  CLI::App* stats = app.add_subcommand("stats", "Count the entities, claims, articles and edges");
  stats->footer("Example:\n  claimgraph stats\n  claimgraph --json stats");
  commands.add(stats, [global = commands.global_ptr()](std::ostream& out) {
    return run_stats(*global, out);
  });
}

}  // namespace claimgraph::cli
