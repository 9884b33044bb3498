// Entity resolution by hand: aliases added or removed, two entities merged into one, and two
// entities recorded as distinct (homonyms that must never be merged). Each function reads the
// store and returns the one WriteSet that makes the change, for GraphStore::apply; none writes.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/graph_store.h"
#include "core/result.h"
#include "core/write_set.h"

namespace claimgraph::core {

// Adds `alias` to the entity `name` resolves to. If another entity already answers to
// `alias`, the alias then names both (it resolves as ambiguous): aliases never join entities.
// Errors: those of resolve_entity; kInvalidInput if `alias` is empty or already a name of it.
Result<WriteSet> alias_add(const GraphStore& store, std::string_view name, std::string_view alias);

// Removes `alias` from the entity `name` resolves to. kInvalidInput if `alias` is its
// canonical name or not one of its aliases.
Result<WriteSet> alias_remove(const GraphStore& store, std::string_view name,
                              std::string_view alias);

// What merge_entities did, for the command's report.
struct MergeSummary {
  std::uint64_t from = 0;
  std::uint64_t into = 0;
  std::size_t moved_edges = 0;
};

// Moves every edge of entity `from` (out and in, all relations, provenance kept) onto `into`,
// makes `from`'s name and aliases aliases of `into`, carries over its `distinct` pairs and
// removes its node. kInvalidInput if `from` is `into`, or if the two are recorded distinct.
Result<WriteSet> merge_entities(const GraphStore& store, std::uint64_t from, std::uint64_t into,
                                MergeSummary* summary = nullptr);

// Records that entities `a` and `b` must never be merged. kInvalidInput if `a` is `b`.
Result<WriteSet> mark_distinct(const GraphStore& store, std::uint64_t a, std::uint64_t b);

// Adds to `writes` the removal of every edge of node `from` (out and in) and the same edges
// with `from` replaced by `into`, provenance kept; an edge `into` already has keeps its own
// payload. Returns the number of edges moved.
Result<std::size_t> move_edges(const GraphStore& store, NodeId from, NodeId into,
                               WriteSet& writes);

}  // namespace claimgraph::core
