// storage/key_codec.h: the byte layout of every key claimgraph writes to RocksDB. Ids are
// 8-byte big-endian so that byte order is numeric order, and an edge key starts with its
// node (kind + id, 9 bytes: the prefix extractor's length) then its relation, so one prefix
// scan returns a node's edges grouped by relation. Pure functions; never fail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/node_id.h"
#include "core/relation.h"

namespace claimgraph::storage {

inline constexpr std::size_t kIdSize = 8;
inline constexpr std::size_t kNodeKeySize = 1 + kIdSize;  // kind + id
inline constexpr std::size_t kEdgeKeySize = kNodeKeySize + 1 + kNodeKeySize + kIdSize;

// Appends `value` to `out` as 8 bytes, most significant first.
void append_u64(std::string& out, std::uint64_t value);
std::string encode_u64(std::uint64_t value);
// Reads 8 big-endian bytes; nullopt unless `bytes` is exactly 8 bytes long.
std::optional<std::uint64_t> decode_u64(std::string_view bytes);

// `node` family: kind byte + id.
std::string node_key(core::NodeId node);
// The node a `node` key names, or nullopt if `key` is not one.
std::optional<core::NodeId> decode_node_key(std::string_view key);
// The key prefix shared by every record of `kind` in the `node` family.
std::string node_kind_prefix(core::NodeKind kind);

// `name` family: folded name + '\0' + entity id. name_prefix() is what find_entities scans.
std::string name_prefix(std::string_view folded_name);
std::string name_key(std::string_view folded_name, std::uint64_t entity_id);

// `key` family: kind byte + claim or article key.
std::string key_index_key(core::NodeKind kind, std::string_view key);

// `meta` family: kDistinctPrefix + entity id (+ the other entity's id); see schema.h.
std::string distinct_prefix(std::uint64_t entity);
std::string distinct_key(std::uint64_t entity, std::uint64_t other);

// The identity of an edge, as its key holds it; the payload lives in the value.
struct EdgeKey {
  core::NodeId from;
  core::Relation rel = core::Relation::kAsserts;
  core::NodeId to;
  std::uint64_t article = 0;

  bool operator==(const EdgeKey&) const = default;
};

// `out` family: from | rel | to | article. `in` family: to | rel | from | article.
std::string out_edge_key(const EdgeKey& edge);
std::string in_edge_key(const EdgeKey& edge);
// Decodes an `out` / `in` key; nullopt if it is malformed (wrong size, kind or relation).
std::optional<EdgeKey> decode_out_edge_key(std::string_view key);
std::optional<EdgeKey> decode_in_edge_key(std::string_view key);
// The prefix of the edges of `node` (in either family), of one relation if `rel` is given.
std::string edge_prefix(core::NodeId node, std::optional<core::Relation> rel);

// A printable form of a key for error messages: printable ASCII as is, other bytes as \xHH.
std::string printable_key(std::string_view key);

}  // namespace claimgraph::storage
