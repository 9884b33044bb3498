// Resolution of the names a user types ("peskov", "PESKOV", "Erdogan", a Cyrillic alias) to
// the entity they mean, through the store's name index (folded names and aliases).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/graph_store.h"
#include "core/result.h"

namespace claimgraph::core {

// Ids of every entity `name` may mean (by canonical name or alias, folded). Empty if none.
Result<std::vector<std::uint64_t>> entity_candidates(const GraphStore& store,
                                                     std::string_view name);

// The one entity `name` means. kNotFound: `unknown entity "NAME"`; kInvalidInput when the
// name is ambiguous: `name "Smith" is ambiguous: John Smith (person), Jane Smith (person)`.
Result<std::uint64_t> resolve_entity(const GraphStore& store, std::string_view name);

// The node a user means by `name_or_key`: a claim or article with that exact key, else the
// one entity of that name. Errors as resolve_entity.
Result<NodeId> resolve_node(const GraphStore& store, std::string_view name_or_key);

// A claim given as a key or as its text (the key derived from the text by claim_key_for).
// kNotFound: `unknown claim "TEXT"`.
Result<std::uint64_t> resolve_claim(const GraphStore& store, std::string_view key_or_text);

}  // namespace claimgraph::core
