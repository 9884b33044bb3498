// Reading the whole store back as JSON Lines records (FORMAT.md), in an order that import
// accepts: articles, entities, claims (with their plain `about` list), then edges.
#pragma once

#include <functional>

#include "core/graph_store.h"
#include "core/record.h"
#include "core/result.h"

namespace claimgraph::core {

// Calls `emit` for every record of the store. About edges without provenance go into their
// claim's `about` list; every other edge is an `edge` record naming its ends by canonical
// name or key. Deterministic: the same store always exports the same lines.
Status export_records(const GraphStore& store, const std::function<void(const Record&)>& emit);

}  // namespace claimgraph::core
