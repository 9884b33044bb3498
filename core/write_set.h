// Everything one command writes, collected in memory and handed to GraphStore::apply, which
// writes all of it or none of it (one RocksDB WriteBatch).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/article.h"
#include "core/claim.h"
#include "core/entity.h"
#include "core/node_id.h"
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
  // Extra key index entries (kind, key -> id): a merged claim's old key, still resolving.
  std::vector<std::tuple<NodeKind, std::string, std::uint64_t>> keys;
  // Pairs of entities that must never be merged (homonyms), each stored in both directions.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> distinct;
  // The new value of the id counter, if ids were allocated.
  std::optional<std::uint64_t> next_id;

  // Deletions, applied in the same batch before the writes above (so a key both removed and
  // written stays written). Removing an edge removes its in-edge twin; the stats and text
  // documents of the claims it touched are recomputed without it (core/index_writes.h).
  std::vector<std::pair<std::string, std::uint64_t>> removed_names;  // folded name, id
  std::vector<StoredEdge> removed_edges;  // only the identity (from, rel, to, article) counts
  std::vector<NodeId> removed_nodes;      // a removed claim loses its stats and text document
  std::vector<std::pair<NodeKind, std::string>> removed_keys;  // key index entries
  std::vector<std::pair<std::uint64_t, std::uint64_t>> removed_distinct;

  bool empty() const {
    return entities.empty() && claims.empty() && articles.empty() && names.empty() &&
           edges.empty() && keys.empty() && distinct.empty() && !next_id &&
           removed_names.empty() && removed_edges.empty() && removed_nodes.empty() &&
           removed_keys.empty() && removed_distinct.empty();
  }
};

}  // namespace claimgraph::core
