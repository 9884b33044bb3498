#include "core/node_label.h"

namespace claimgraph::core {

Result<NodeLabel> label_of(const GraphStore& store, NodeId node) {
  const std::string missing = "node #" + std::to_string(node.id) + " has edges but no record";
  if (node.kind == NodeKind::kEntity) {
    Result<std::optional<Entity>> entity = store.get_entity(node.id);
    if (!entity.ok()) return entity.error();
    if (!entity->has_value()) return make_error(ErrorCode::kCorruption, missing);
    return NodeLabel{.node = node,
                     .kind = std::string(entity_kind_name((*entity)->kind)),
                     .name = (*entity)->name,
                     .key = ""};
  }
  if (node.kind == NodeKind::kClaim) {
    Result<std::optional<Claim>> claim = store.get_claim(node.id);
    if (!claim.ok()) return claim.error();
    if (!claim->has_value()) return make_error(ErrorCode::kCorruption, missing);
    return NodeLabel{.node = node, .kind = "claim", .name = (*claim)->text, .key = (*claim)->key};
  }
  return make_error(ErrorCode::kInvalidInput,
                    "article #" + std::to_string(node.id) + " is not a node of the graph");
}

}  // namespace claimgraph::core
