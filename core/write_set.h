// Everything one command writes, collected in memory and handed to GraphStore::apply, which
// writes all of it or none of it (one RocksDB WriteBatch).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/article.h"
#include "core/claim.h"
#include "core/entity.h"
#include "core/stored_edge.h"

namespace claimgraph::core {

struct WriteSet {
  // Records to insert or overwrite, by id. A claim's or article's key index entry is written
  // with it; a claim whose key is not the one its text derives (claim_key_for) is indexed
  // under both, so that it can be found by its text. `Claim::about` is not stored (about
  // edges are).
  std::vector<std::pair<std::uint64_t, Entity>> entities;
  std::vector<std::pair<std::uint64_t, Claim>> claims;
  std::vector<std::pair<std::uint64_t, Article>> articles;
  // Name index entries: folded name (fold_name) -> entity id.
  std::vector<std::pair<std::string, std::uint64_t>> names;
  // Edges to insert or overwrite; the store writes each with its in-edge twin.
  std::vector<StoredEdge> edges;
  // The new value of the id counter, if ids were allocated.
  std::optional<std::uint64_t> next_id;

  bool empty() const {
    return entities.empty() && claims.empty() && articles.empty() && names.empty() &&
           edges.empty() && !next_id;
  }
};

}  // namespace claimgraph::core
