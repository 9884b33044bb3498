// storage/value_codec.h: the byte layout of the records claimgraph keeps as RocksDB values
// (entities, claims and articles in `node`, edge payloads in `out`). A value is a format
// version byte followed by a MessagePack array, as nlohmann::json's to_msgpack writes it
// (storage/msgpack_writer.h): compact, binary, and readable by any MessagePack tool. Decoding
// never throws; a value it cannot read gives a kCorruption error whose message says what was
// wrong (the caller adds the key).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/article.h"
#include "core/claim.h"
#include "core/entity.h"
#include "core/result.h"
#include "storage/msgpack_writer.h"

namespace claimgraph::storage {

// The first byte of every record value. Bump it (and teach the decoders the old one) when a
// record gains or loses a field.
inline constexpr std::uint8_t kValueFormatVersion = 1;

// A value: the version byte, then an array of `fields` fields, which `write` adds with the
// MsgpackWriter it is given.
template <class Write>
std::string encode_value(std::size_t fields, Write write) {
  std::string value(1, static_cast<char>(kValueFormatVersion));
  MsgpackWriter writer(value);
  writer.array(fields);
  write(writer);
  return value;
}

// The part of an edge its key does not hold.
struct EdgePayload {
  std::string date;
  std::string quote;
  std::optional<double> confidence;
  std::string rule;

  bool operator==(const EdgePayload&) const = default;
};

std::string encode_entity(const core::Entity& entity);
std::string encode_claim(const core::Claim& claim);  // `about` is not stored
std::string encode_article(const core::Article& article);
std::string encode_edge_payload(const EdgePayload& payload);

core::Result<core::Entity> decode_entity(std::string_view value);
core::Result<core::Claim> decode_claim(std::string_view value);
core::Result<core::Article> decode_article(std::string_view value);
core::Result<EdgePayload> decode_edge_payload(std::string_view value);

}  // namespace claimgraph::storage
