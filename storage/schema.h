// storage/schema.h: the version and names of claimgraph's RocksDB layout: the schema version
// kept in the `meta` family, the column families and the meta keys. A store written with
// another kSchemaVersion is refused rather than misread (see shared/DESIGN.md, Storage).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace claimgraph::storage {

// Bump when a key or value layout changes in a way older code would misread.
// 2: the `stat` and `text` families hold the stance counts and the text index (issue 4).
// 3: `stat` also holds each disputed claim under every entity it is about (issue 5).
inline constexpr std::uint64_t kSchemaVersion = 3;

// Meta keys; both values are 8-byte big-endian integers (key_codec.h, encode_u64).
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
inline constexpr std::string_view kNextIdKey = "next_id";
// Meta keys kDistinctPrefix + id A + id B (8 bytes each, empty value): A and B must never be
// merged. Each pair is kept in both directions so one prefix scan lists an entity's pairs.
inline constexpr std::string_view kDistinctPrefix = "distinct:";

// Our column families, in the order RocksGraphStore keeps their handles.
enum class Family : std::size_t { kMeta, kNode, kName, kKey, kOut, kIn, kStat, kText };
inline constexpr std::array<std::string_view, 8> kFamilyNames = {"meta", "node", "name", "key",
                                                                 "out",  "in",   "stat", "text"};

}  // namespace claimgraph::storage
