#include "core/claim_merge.h"

#include <string>

#include "core/claim_key.h"
#include "core/entity_merge.h"

namespace claimgraph::core {
namespace {

// The claim with `id`; kNotFound if there is none.
Result<Claim> load_claim(const GraphStore& store, std::uint64_t id) {
  Result<std::optional<Claim>> claim = store.get_claim(id);
  if (!claim.ok()) return claim.error();
  if (!claim->has_value()) {
    return make_error(ErrorCode::kNotFound, "no claim #" + std::to_string(id));
  }
  return **claim;
}

}  // namespace

Result<WriteSet> merge_claims(const GraphStore& store, std::uint64_t from, std::uint64_t into,
                              std::size_t* moved_edges) {
  Result<Claim> source = load_claim(store, from);
  if (!source.ok()) return source.error();
  if (from == into) {
    return make_error(ErrorCode::kInvalidInput,
                      "cannot merge claim \"" + source->key + "\" into itself");
  }
  Result<Claim> target = load_claim(store, into);
  if (!target.ok()) return target.error();
  WriteSet writes;
  const NodeId from_node{NodeKind::kClaim, from};
  Result<std::size_t> moved = move_edges(store, from_node, {NodeKind::kClaim, into}, writes);
  if (!moved.ok()) return moved.error();
  writes.removed_nodes.push_back(from_node);
  writes.keys.emplace_back(NodeKind::kClaim, source->key, into);
  const std::string text_key = claim_key_for(source->text);
  if (text_key != source->key) writes.keys.emplace_back(NodeKind::kClaim, text_key, into);
  if (moved_edges != nullptr) *moved_edges = *moved;
  return writes;
}

}  // namespace claimgraph::core
