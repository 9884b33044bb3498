// Two phrasings of one claim made one (`claims merge KEY1 KEY2`): the edges of the first move
// onto the second with their provenance, so every source stays as evidence, and the first's
// keys keep resolving, to the merged claim. Reads the store, returns the WriteSet; never writes.
#pragma once

#include <cstdint>

#include "core/graph_store.h"
#include "core/result.h"
#include "core/write_set.h"

namespace claimgraph::core {

// Moves every edge of claim `from` (stance, reported-by, about) onto claim `into`, removes
// `from`'s node and points its key (and the key its text derives) at `into`. The stats and
// text documents of both are recomputed by GraphStore::apply. `moved_edges`, if given, gets
// the number of edges moved. kInvalidInput if `from` is `into`; kNotFound if either is missing.
Result<WriteSet> merge_claims(const GraphStore& store, std::uint64_t from, std::uint64_t into,
                              std::size_t* moved_edges = nullptr);

}  // namespace claimgraph::core
