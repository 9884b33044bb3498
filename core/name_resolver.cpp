#include "core/name_resolver.h"

#include <string>

#include "core/claim_key.h"
#include "core/name_fold.h"

namespace claimgraph::core {
namespace {

// "John Smith (person), Jane Smith (person)" for an ambiguity message.
Result<std::string> describe_candidates(const GraphStore& store,
                                        const std::vector<std::uint64_t>& ids) {
  std::string text;
  for (std::uint64_t id : ids) {
    Result<std::optional<Entity>> entity = store.get_entity(id);
    if (!entity.ok()) return entity.error();
    if (!text.empty()) text += ", ";
    if (!entity->has_value()) {
      text += "#" + std::to_string(id);
      continue;
    }
    text += (*entity)->name + " (" + std::string(entity_kind_name((*entity)->kind)) + ")";
  }
  return text;
}

}  // namespace

Result<std::vector<std::uint64_t>> entity_candidates(const GraphStore& store,
                                                     std::string_view name) {
  const std::string folded = fold_name(name);
  if (folded.empty()) return std::vector<std::uint64_t>{};
  return store.find_entities(folded);
}

Result<std::uint64_t> resolve_entity(const GraphStore& store, std::string_view name) {
  Result<std::vector<std::uint64_t>> ids = entity_candidates(store, name);
  if (!ids.ok()) return ids.error();
  if (ids->empty()) {
    return make_error(ErrorCode::kNotFound, "unknown entity \"" + std::string(name) + "\"");
  }
  if (ids->size() == 1) return ids->front();
  Result<std::string> candidates = describe_candidates(store, *ids);
  if (!candidates.ok()) return candidates.error();
  return make_error(ErrorCode::kInvalidInput,
                    "name \"" + std::string(name) + "\" is ambiguous: " + *candidates);
}

Result<NodeId> resolve_node(const GraphStore& store, std::string_view name_or_key) {
  for (NodeKind kind : {NodeKind::kClaim, NodeKind::kArticle}) {
    Result<std::optional<std::uint64_t>> id = store.find_key(kind, name_or_key);
    if (!id.ok()) return id.error();
    if (id->has_value()) return NodeId{kind, **id};
  }
  Result<std::uint64_t> entity = resolve_entity(store, name_or_key);
  if (entity.ok()) return NodeId{NodeKind::kEntity, *entity};
  if (entity.error().code != ErrorCode::kNotFound) return entity.error();
  Result<std::uint64_t> claim = resolve_claim(store, name_or_key);
  if (claim.ok()) return NodeId{NodeKind::kClaim, *claim};
  return make_error(ErrorCode::kNotFound, "no entity, claim or article named \"" +
                                              std::string(name_or_key) + "\"");
}

Result<std::uint64_t> resolve_claim(const GraphStore& store, std::string_view key_or_text) {
  for (const std::string& key : {std::string(key_or_text), claim_key_for(key_or_text)}) {
    Result<std::optional<std::uint64_t>> id = store.find_key(NodeKind::kClaim, key);
    if (!id.ok()) return id.error();
    if (id->has_value()) return **id;
  }
  return make_error(ErrorCode::kNotFound, "unknown claim \"" + std::string(key_or_text) + "\"");
}

}  // namespace claimgraph::core
