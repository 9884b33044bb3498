#include "storage/value_codec.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "storage/msgpack_reader.h"

namespace claimgraph::storage {
namespace {

// Stored entity kind codes: never renumber (core's enum order is not a storage contract).
constexpr std::array<std::pair<core::EntityKind, std::uint8_t>, 6> kKindCodes = {{
    {core::EntityKind::kPerson, 1},
    {core::EntityKind::kOrganization, 2},
    {core::EntityKind::kMedia, 3},
    {core::EntityKind::kPlace, 4},
    {core::EntityKind::kGroup, 5},
    {core::EntityKind::kOther, 6},
}};

std::uint8_t kind_code(core::EntityKind kind) {
  for (const auto& [k, code] : kKindCodes) {
    if (k == kind) return code;
  }
  return 6;  // unreachable while kKindCodes lists every kind
}

std::optional<core::EntityKind> kind_from_code(std::uint64_t code) {
  for (const auto& [k, c] : kKindCodes) {
    if (c == code) return k;
  }
  return std::nullopt;
}


void write_strings(MsgpackWriter& writer, const std::vector<std::string>& strings) {
  writer.array(strings.size());
  for (const std::string& item : strings) writer.string(item);
}

core::Error bad_value(std::string what) {
  return core::make_error(core::ErrorCode::kCorruption, "bad value: " + std::move(what));
}

// A reader positioned after the version byte and the array header of `expected_size` fields.
core::Result<MsgpackReader> open_array(std::string_view value, std::size_t expected_size) {
  if (value.empty()) return bad_value("empty");
  const auto version = static_cast<std::uint8_t>(value[0]);
  if (version != kValueFormatVersion) {
    return bad_value("unknown value format version " + std::to_string(version));
  }
  MsgpackReader reader(value.substr(1));
  if (reader.array() != expected_size) {
    return bad_value("expected an array of " + std::to_string(expected_size) + " fields");
  }
  return reader;
}

bool read_strings(MsgpackReader& reader, std::vector<std::string>& out) {
  const auto size = reader.array();
  if (!size) return false;
  out.assign(*size, std::string());
  for (std::string& item : out) {
    if (!reader.string(item)) return false;
  }
  return true;
}

}  // namespace

std::string encode_entity(const core::Entity& entity) {
  return encode_value(4, [&](MsgpackWriter& w) {
    w.string(entity.name);
    w.unsigned_integer(kind_code(entity.kind));
    write_strings(w, entity.aliases);
    w.string(entity.description);
  });
}

std::string encode_claim(const core::Claim& claim) {
  return encode_value(2, [&](MsgpackWriter& w) {
    w.string(claim.key);
    w.string(claim.text);
  });
}

std::string encode_article(const core::Article& article) {
  return encode_value(6, [&](MsgpackWriter& w) {
    for (const std::string* field : {&article.key, &article.title, &article.url, &article.outlet,
                                     &article.published, &article.text_sha256}) {
      w.string(*field);
    }
  });
}

std::string encode_edge_payload(const EdgePayload& payload) {
  return encode_value(4, [&](MsgpackWriter& w) {
    w.string(payload.date);
    w.string(payload.quote);
    w.optional_float(payload.confidence);
    w.string(payload.rule);
  });
}

core::Result<core::Entity> decode_entity(std::string_view value) {
  auto reader = open_array(value, 4);
  if (!reader.ok()) return reader.error();
  core::Entity entity;
  const bool named = reader->string(entity.name);
  const auto code = reader->unsigned_integer();  // fails too once a read has failed
  const auto kind = code ? kind_from_code(*code) : std::nullopt;
  if (!named || !kind || !read_strings(*reader, entity.aliases) ||
      !reader->string(entity.description) || !reader->finished()) {
    return bad_value("not an entity record");
  }
  entity.kind = *kind;
  return entity;
}

core::Result<core::Claim> decode_claim(std::string_view value) {
  auto reader = open_array(value, 2);
  if (!reader.ok()) return reader.error();
  core::Claim claim;
  if (!reader->string(claim.key) || !reader->string(claim.text) || !reader->finished()) {
    return bad_value("not a claim record");
  }
  return claim;
}

core::Result<core::Article> decode_article(std::string_view value) {
  auto reader = open_array(value, 6);
  if (!reader.ok()) return reader.error();
  core::Article article;
  if (!reader->string(article.key) || !reader->string(article.title) ||
      !reader->string(article.url) || !reader->string(article.outlet) ||
      !reader->string(article.published) || !reader->string(article.text_sha256) ||
      !reader->finished()) {
    return bad_value("not an article record");
  }
  return article;
}

core::Result<EdgePayload> decode_edge_payload(std::string_view value) {
  auto reader = open_array(value, 4);
  if (!reader.ok()) return reader.error();
  EdgePayload payload;
  if (!reader->string(payload.date) || !reader->string(payload.quote) ||
      !reader->optional_float(payload.confidence) || !reader->string(payload.rule) ||
      !reader->finished()) {
    return bad_value("not an edge payload");
  }
  return payload;
}

}  // namespace claimgraph::storage
