#include "storage/key_codec.h"

#include <cstdio>

#include "storage/schema.h"

namespace claimgraph::storage {
namespace {

std::optional<core::NodeKind> decode_kind(char byte) {
  switch (static_cast<core::NodeKind>(byte)) {
    case core::NodeKind::kEntity:
    case core::NodeKind::kClaim:
    case core::NodeKind::kArticle:
      return static_cast<core::NodeKind>(byte);
  }
  return std::nullopt;
}

std::optional<core::Relation> decode_relation(char byte) {
  const auto value = static_cast<std::uint8_t>(byte);
  if (value < static_cast<std::uint8_t>(core::Relation::kAsserts) ||
      value > static_cast<std::uint8_t>(core::Relation::kAbout)) {
    return std::nullopt;
  }
  return static_cast<core::Relation>(value);
}

void append_node(std::string& out, core::NodeId node) {
  out.push_back(static_cast<char>(node.kind));
  append_u64(out, node.id);
}

// Splits an edge key into its first node, relation, second node and article.
struct EdgeKeyParts {
  core::NodeId first;
  core::Relation rel;
  core::NodeId second;
  std::uint64_t article;
};

std::optional<EdgeKeyParts> decode_edge_parts(std::string_view key) {
  if (key.size() != kEdgeKeySize) return std::nullopt;
  const auto first = decode_node_key(key.substr(0, kNodeKeySize));
  const auto rel = decode_relation(key[kNodeKeySize]);
  const auto second = decode_node_key(key.substr(kNodeKeySize + 1, kNodeKeySize));
  const auto article = decode_u64(key.substr(2 * kNodeKeySize + 1));
  if (!first || !rel || !second || !article) return std::nullopt;
  return EdgeKeyParts{*first, *rel, *second, *article};
}

std::string edge_key(core::NodeId first, core::Relation rel, core::NodeId second,
                     std::uint64_t article) {
  std::string key;
  key.reserve(kEdgeKeySize);
  append_node(key, first);
  key.push_back(static_cast<char>(rel));
  append_node(key, second);
  append_u64(key, article);
  return key;
}

}  // namespace

void append_u64(std::string& out, std::uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((value >> shift) & 0xFF));
  }
}

std::string encode_u64(std::uint64_t value) {
  std::string out;
  out.reserve(kIdSize);
  append_u64(out, value);
  return out;
}

std::optional<std::uint64_t> decode_u64(std::string_view bytes) {
  if (bytes.size() != kIdSize) return std::nullopt;
  std::uint64_t value = 0;
  for (char byte : bytes) value = (value << 8) | static_cast<std::uint8_t>(byte);
  return value;
}

std::string node_key(core::NodeId node) {
  std::string key;
  key.reserve(kNodeKeySize);
  append_node(key, node);
  return key;
}

std::optional<core::NodeId> decode_node_key(std::string_view key) {
  if (key.size() != kNodeKeySize) return std::nullopt;
  const auto kind = decode_kind(key[0]);
  const auto id = decode_u64(key.substr(1));
  if (!kind || !id) return std::nullopt;
  return core::NodeId{*kind, *id};
}

std::string node_kind_prefix(core::NodeKind kind) {
  return std::string(1, static_cast<char>(kind));
}

std::string name_prefix(std::string_view folded_name) {
  std::string key(folded_name);
  key.push_back('\0');
  return key;
}

std::string name_key(std::string_view folded_name, std::uint64_t entity_id) {
  std::string key = name_prefix(folded_name);
  append_u64(key, entity_id);
  return key;
}

std::string distinct_prefix(std::uint64_t entity) {
  std::string key(kDistinctPrefix);
  append_u64(key, entity);
  return key;
}

std::string distinct_key(std::uint64_t entity, std::uint64_t other) {
  std::string key = distinct_prefix(entity);
  append_u64(key, other);
  return key;
}

std::string key_index_key(core::NodeKind kind, std::string_view key) {
  std::string out(1, static_cast<char>(kind));
  out.append(key);
  return out;
}

std::string out_edge_key(const EdgeKey& edge) {
  return edge_key(edge.from, edge.rel, edge.to, edge.article);
}

std::string in_edge_key(const EdgeKey& edge) {
  return edge_key(edge.to, edge.rel, edge.from, edge.article);
}

std::optional<EdgeKey> decode_out_edge_key(std::string_view key) {
  const auto parts = decode_edge_parts(key);
  if (!parts) return std::nullopt;
  return EdgeKey{parts->first, parts->rel, parts->second, parts->article};
}

std::optional<EdgeKey> decode_in_edge_key(std::string_view key) {
  const auto parts = decode_edge_parts(key);
  if (!parts) return std::nullopt;
  return EdgeKey{parts->second, parts->rel, parts->first, parts->article};
}

std::string edge_prefix(core::NodeId node, std::optional<core::Relation> rel) {
  std::string prefix = node_key(node);
  if (rel) prefix.push_back(static_cast<char>(*rel));
  return prefix;
}

std::string printable_key(std::string_view key) {
  std::string out;
  for (char c : key) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F && c != '\\') {
      out.push_back(c);
    } else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned>(byte));
      out.append(hex);
    }
  }
  return out;
}

}  // namespace claimgraph::storage
