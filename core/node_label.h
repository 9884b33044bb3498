// core/node_label.h: how a node of the graph reads in query results (path, rank): an entity by
// its name and kind, a claim by its text and key.
#pragma once

#include <string>

#include "core/graph_store.h"
#include "core/node_id.h"
#include "core/result.h"

namespace claimgraph::core {

struct NodeLabel {
  NodeId node;
  std::string kind;  // the entity's kind ("person", "media" ...), or "claim"
  std::string name;  // the entity's canonical name, or the claim's text
  std::string key;   // the claim's key; empty for an entity

  bool operator==(const NodeLabel&) const = default;
};

// The label of entity or claim `node`. kCorruption if the record is missing (a query only
// labels nodes it found through edges); kInvalidInput for an article.
Result<NodeLabel> label_of(const GraphStore& store, NodeId node);

}  // namespace claimgraph::core
