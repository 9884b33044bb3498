#include "core/jsonl_writer.h"

#include <nlohmann/json.hpp>

#include "core/relation.h"

namespace claimgraph::core {
namespace {

// Ordered, so that every line starts with "type" as in FORMAT.md.
using json = nlohmann::ordered_json;

void set_if_present(json& object, const char* field, const std::string& value) {
  if (!value.empty()) object[field] = value;
}

json to_json(const Article& article) {
  json object{{"type", "article"}, {"key", article.key}};
  set_if_present(object, "title", article.title);
  set_if_present(object, "url", article.url);
  set_if_present(object, "outlet", article.outlet);
  set_if_present(object, "published", article.published);
  set_if_present(object, "text_sha256", article.text_sha256);
  return object;
}

json to_json(const Entity& entity) {
  json object{{"type", "entity"}, {"name", entity.name}, {"kind", entity_kind_name(entity.kind)}};
  if (!entity.aliases.empty()) object["aliases"] = entity.aliases;
  set_if_present(object, "description", entity.description);
  return object;
}

json to_json(const Claim& claim) {
  json object{{"type", "claim"}, {"key", claim.key}, {"text", claim.text}};
  if (!claim.about.empty()) object["about"] = claim.about;
  return object;
}

json to_json(const Edge& edge) {
  json object{{"type", "edge"},
              {"rel", relation_name(edge.rel)},
              {"from", edge.from},
              {"to", edge.to}};
  const Provenance& provenance = edge.provenance;
  set_if_present(object, "article", provenance.article);
  set_if_present(object, "date", provenance.date);
  set_if_present(object, "quote", provenance.quote);
  if (provenance.confidence) object["confidence"] = *provenance.confidence;
  set_if_present(object, "rule", provenance.rule);
  return object;
}

}  // namespace

std::string to_jsonl_line(const Record& record) {
  // Replace invalid UTF-8 rather than throw: a record never fails to print.
  return std::visit([](const auto& r) { return to_json(r); }, record)
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace claimgraph::core
