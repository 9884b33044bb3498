// How the store identifies a node: its kind and a number. Ids are assigned by the store's
// counter (GraphStore::next_id) and never reused; they order edges in keys.
#pragma once

#include <compare>
#include <cstdint>

namespace claimgraph::core {

// The byte values are stored in keys: never change them.
enum class NodeKind : char { kEntity = 'E', kClaim = 'C', kArticle = 'A' };

struct NodeId {
  NodeKind kind = NodeKind::kEntity;
  std::uint64_t id = 0;

  auto operator<=>(const NodeId&) const = default;
};

}  // namespace claimgraph::core
