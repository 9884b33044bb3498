// `claimgraph show NAME-or-KEY`: one entity, claim or article with its edges and where each
// edge came from (article, date, quote, extraction rule).
#include <ostream>

#include "cli/claim_report_output.h"
#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/claim_report.h"
#include "core/jsonl_writer.h"
#include "core/name_resolver.h"
#include "core/said_query.h"

namespace claimgraph::cli {
namespace {

struct ShowOptions {
  std::string name;
};

void print_provenance(std::ostream& out, const std::vector<core::Statement>& statements) {
  for (const core::Statement& s : statements) {
    if (s.quote.empty() && s.rule.empty()) continue;
    out << "\n" << s.speaker << " " << core::relation_name(s.rel);
    if (!s.article.empty()) out << " in " << s.article;
    if (!s.date.empty()) out << " on " << s.date;
    if (s.confidence) out << " (confidence " << *s.confidence << ")";
    if (!s.rule.empty()) out << " [rule " << s.rule << "]";
    out << ":\n  \"" << s.quote << "\"\n";
  }
}

core::Status show_claim(const core::GraphStore& store, std::uint64_t id,
                        const GlobalOptions& global, std::ostream& out) {
  auto report = core::report_claim(store, id);
  if (!report.ok()) return report.error();
  if (global.json) {
    print_json(out, to_json(*report));
    return core::ok_status();
  }
  print_claim_report(out, *report);
  print_provenance(out, report->asserted);
  print_provenance(out, report->denied);
  return core::ok_status();
}

core::Result<std::vector<std::string>> claims_linked(const core::GraphStore& store,
                                                     std::uint64_t entity, core::Relation rel) {
  auto edges = store.in_edges(core::NodeId{core::NodeKind::kEntity, entity}, rel);
  if (!edges.ok()) return edges.error();
  std::vector<std::string> keys;
  for (const core::StoredEdge& edge : *edges) {
    auto claim = store.get_claim(edge.from.id);
    if (!claim.ok()) return claim.error();
    if (claim->has_value()) keys.push_back((*claim)->text);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void print_entity(std::ostream& out, const core::Entity& entity,
                  const std::vector<core::Statement>& statements,
                  const std::vector<std::string>& about, const std::vector<std::string>& carried) {
  out << "entity:       " << entity.name << '\n'
      << "kind:         " << core::entity_kind_name(entity.kind) << '\n'
      << "aliases:      " << join(entity.aliases) << '\n';
  if (!entity.description.empty()) out << "description:  " << entity.description << '\n';
  out << "statements:   " << statements.size() << '\n'
      << "claims about: " << about.size() << '\n'
      << "carried:      " << carried.size() << '\n';
  if (!statements.empty()) {
    out << '\n';
    Table table({"DATE", "STANCE", "CLAIM", "SOURCES"}, {0, 0, 64, 32});
    for (const auto& s : statements) {
      table.add_row({s.date.empty() ? "-" : s.date, std::string(core::relation_name(s.rel)),
                     s.claim_text, join(s.sources)});
    }
    table.print(out);
  }
  for (const auto& [title, claims] : {std::pair{"about it", &about}, {"carried by it", &carried}}) {
    if (claims->empty()) continue;
    out << "\nclaims " << title << ":\n";
    for (const std::string& text : *claims) out << "  " << text << '\n';
  }
}

core::Status show_entity(const core::GraphStore& store, std::uint64_t id,
                         const GlobalOptions& global, std::ostream& out) {
  auto entity = store.get_entity(id);
  if (!entity.ok()) return entity.error();
  if (!entity->has_value()) return core::make_error(core::ErrorCode::kCorruption, "missing entity");
  auto statements = core::statements_of(store, id);
  if (!statements.ok()) return statements.error();
  auto about = claims_linked(store, id, core::Relation::kAbout);
  if (!about.ok()) return about.error();
  auto carried = claims_linked(store, id, core::Relation::kReportedBy);
  if (!carried.ok()) return carried.error();
  if (!global.json) {
    print_entity(out, **entity, *statements, *about, *carried);
    return core::ok_status();
  }
  nlohmann::json object = nlohmann::json::parse(core::to_jsonl_line(**entity));
  object.erase("type");
  object["statements"] = nlohmann::json::array();
  for (const auto& s : *statements) object["statements"].push_back(to_json(s));
  object["claims_about"] = *about;
  object["claims_carried"] = *carried;
  print_json(out, object);
  return core::ok_status();
}

core::Status show_article(const core::GraphStore& store, std::uint64_t id,
                          const GlobalOptions& global, std::ostream& out) {
  auto article = store.get_article(id);
  if (!article.ok()) return article.error();
  if (!article->has_value()) return core::make_error(core::ErrorCode::kCorruption, "missing article");
  const core::Article& a = **article;
  if (global.json) {
    nlohmann::json object = nlohmann::json::parse(core::to_jsonl_line(a));
    object.erase("type");
    print_json(out, object);
    return core::ok_status();
  }
  out << "article:      " << a.key << '\n'
      << "title:        " << (a.title.empty() ? "-" : a.title) << '\n'
      << "outlet:       " << (a.outlet.empty() ? "-" : a.outlet) << '\n'
      << "published:    " << (a.published.empty() ? "-" : a.published) << '\n'
      << "url:          " << (a.url.empty() ? "-" : a.url) << '\n';
  return core::ok_status();
}

core::Status run_show(const ShowOptions& options, const GlobalOptions& global,
                      std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  auto node = core::resolve_node(**store, options.name);
  if (!node.ok()) return node.error();
  switch (node->kind) {
    case core::NodeKind::kClaim: return show_claim(**store, node->id, global, out);
    case core::NodeKind::kArticle: return show_article(**store, node->id, global, out);
    case core::NodeKind::kEntity: break;
  }
  return show_entity(**store, node->id, global, out);
}

}  // namespace

void setup_show_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* show = app.add_subcommand(
      "show", "Show one entity, claim or article with its edges and their provenance");
  show->add_option("NAME-or-KEY", options->name, "Entity name or alias, claim key or text, or article key")
      ->required();
  show->footer("Examples:\n  claimgraph show Peskov\n  claimgraph show up-peskov-belarus");
  commands.add(show, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_show(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
