// An edge as the store keeps it: its ends and article are ids, with the rest of the
// provenance as its payload. The store keeps one edge per (from, rel, to, article).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/node_id.h"
#include "core/relation.h"

namespace claimgraph::core {

struct StoredEdge {
  NodeId from;
  Relation rel = Relation::kAsserts;
  NodeId to;
  std::uint64_t article = 0;  // article id; 0 when the edge has no article
  std::string date;           // YYYY-MM-DD or empty
  std::string quote;
  std::optional<double> confidence;
  std::string rule;           // extraction rule, empty for edges added by hand

  bool operator==(const StoredEdge&) const = default;
};

}  // namespace claimgraph::core
