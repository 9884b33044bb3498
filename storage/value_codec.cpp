#include "storage/value_codec.h"

#include <array>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimgraph::storage {
namespace {

using nlohmann::json;

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

std::string encode(const json& fields) {
  std::string value(1, static_cast<char>(kValueFormatVersion));
  json::to_msgpack(fields, value);
  return value;
}

core::Error bad_value(std::string what) {
  return core::make_error(core::ErrorCode::kCorruption, "bad value: " + std::move(what));
}

// Checks the version byte and parses the array; `expected_size` fields exactly.
core::Result<json> decode_array(std::string_view value, std::size_t expected_size) {
  if (value.empty()) return bad_value("empty");
  const auto version = static_cast<std::uint8_t>(value[0]);
  if (version != kValueFormatVersion) {
    return bad_value("unknown value format version " + std::to_string(version));
  }
  json fields = json::from_msgpack(value.substr(1), /*strict=*/true, /*allow_exceptions=*/false);
  if (fields.is_discarded()) return bad_value("malformed MessagePack");
  if (!fields.is_array() || fields.size() != expected_size) {
    return bad_value("expected an array of " + std::to_string(expected_size) + " fields");
  }
  return fields;
}

// Reads the string fields[i] into `out`; false if it is not a string.
bool read_string(const json& fields, std::size_t i, std::string& out) {
  const json& field = fields[i];
  if (!field.is_string()) return false;
  out = field.get_ref<const std::string&>();
  return true;
}

bool read_strings(const json& fields, std::size_t i, std::vector<std::string>& out) {
  const json& field = fields[i];
  if (!field.is_array()) return false;
  out.clear();
  for (const json& item : field) {
    if (!item.is_string()) return false;
    out.push_back(item.get_ref<const std::string&>());
  }
  return true;
}

}  // namespace

std::string encode_entity(const core::Entity& entity) {
  return encode(
      json::array({entity.name, kind_code(entity.kind), entity.aliases, entity.description}));
}

std::string encode_claim(const core::Claim& claim) {
  return encode(json::array({claim.key, claim.text}));
}

std::string encode_article(const core::Article& article) {
  return encode(json::array({article.key, article.title, article.url, article.outlet,
                             article.published, article.text_sha256}));
}

std::string encode_edge_payload(const EdgePayload& payload) {
  const json confidence = payload.confidence ? json(*payload.confidence) : json(nullptr);
  return encode(json::array({payload.date, payload.quote, confidence, payload.rule}));
}

core::Result<core::Entity> decode_entity(std::string_view value) {
  auto fields = decode_array(value, 4);
  if (!fields.ok()) return fields.error();
  core::Entity entity;
  const json& kind = (*fields)[1];
  const auto parsed_kind =
      kind.is_number_unsigned() ? kind_from_code(kind.get<std::uint64_t>()) : std::nullopt;
  if (!read_string(*fields, 0, entity.name) || !parsed_kind ||
      !read_strings(*fields, 2, entity.aliases) || !read_string(*fields, 3, entity.description)) {
    return bad_value("not an entity record");
  }
  entity.kind = *parsed_kind;
  return entity;
}

core::Result<core::Claim> decode_claim(std::string_view value) {
  auto fields = decode_array(value, 2);
  if (!fields.ok()) return fields.error();
  core::Claim claim;
  if (!read_string(*fields, 0, claim.key) || !read_string(*fields, 1, claim.text)) {
    return bad_value("not a claim record");
  }
  return claim;
}

core::Result<core::Article> decode_article(std::string_view value) {
  auto fields = decode_array(value, 6);
  if (!fields.ok()) return fields.error();
  core::Article article;
  if (!read_string(*fields, 0, article.key) || !read_string(*fields, 1, article.title) ||
      !read_string(*fields, 2, article.url) || !read_string(*fields, 3, article.outlet) ||
      !read_string(*fields, 4, article.published) ||
      !read_string(*fields, 5, article.text_sha256)) {
    return bad_value("not an article record");
  }
  return article;
}

core::Result<EdgePayload> decode_edge_payload(std::string_view value) {
  auto fields = decode_array(value, 4);
  if (!fields.ok()) return fields.error();
  EdgePayload payload;
  const json& confidence = (*fields)[2];
  if (confidence.is_number()) {
    payload.confidence = confidence.get<double>();
  } else if (!confidence.is_null()) {
    return bad_value("not an edge payload");
  }
  if (!read_string(*fields, 0, payload.date) || !read_string(*fields, 1, payload.quote) ||
      !read_string(*fields, 3, payload.rule)) {
    return bad_value("not an edge payload");
  }
  return payload;
}

}  // namespace claimgraph::storage
