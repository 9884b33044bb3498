#include "storage/index_codec.h"

#include <nlohmann/json.hpp>

#include "storage/key_codec.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {
namespace {

using nlohmann::json;

std::string id_key(std::string_view prefix, std::uint64_t id) {
  std::string key(prefix);
  append_u64(key, id);
  return key;
}


core::Error bad_value(const std::string& what) {
  return core::make_error(core::ErrorCode::kCorruption, "bad value: " + what);
}

// The MessagePack array after the version byte, or nullopt.
std::optional<json> decode_array(std::string_view value) {
  if (value.empty() || static_cast<std::uint8_t>(value[0]) != kValueFormatVersion) {
    return std::nullopt;
  }
  json fields = json::from_msgpack(value.substr(1), /*strict=*/true, /*allow_exceptions=*/false);
  if (fields.is_discarded() || !fields.is_array()) return std::nullopt;
  return fields;
}

bool is_u32(const json& field) {
  return field.is_number_unsigned() && field.get<std::uint64_t>() <= UINT32_MAX;
}

std::uint32_t read_u32(std::string_view bytes) {
  std::uint32_t value = 0;
  for (char c : bytes.substr(0, 4)) value = (value << 8) | static_cast<std::uint8_t>(c);
  return value;
}

void append_u32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((value >> shift) & 0xFF));
  }
}

}  // namespace

std::string stats_key(std::uint64_t claim) { return id_key(kStatsPrefix, claim); }
std::string disputed_key(std::uint64_t claim) { return id_key(kDisputedPrefix, claim); }
std::string disputed_about_prefix(std::uint64_t entity) {
  return id_key(kDisputedAboutPrefix, entity);
}
std::string disputed_about_key(std::uint64_t entity, std::uint64_t claim) {
  return id_key(disputed_about_prefix(entity), claim);
}
std::string document_key(std::uint64_t claim) { return id_key("d", claim); }

std::string posting_prefix(std::string_view token) {
  std::string key = "p";
  key.append(token);
  key.push_back('\0');
  return key;
}

std::string posting_key(std::string_view token, std::uint64_t claim) {
  return id_key(posting_prefix(token), claim);
}

std::optional<PostingKeyParts> split_posting_key(std::string_view key) {
  constexpr std::size_t kMinSize = 1 + 1 + kIdSize;  // `p`, NUL, id: the token may be empty
  if (key.size() < kMinSize || key.front() != 'p' || key[key.size() - kIdSize - 1] != '\0') {
    return std::nullopt;
  }
  const std::optional<std::uint64_t> claim = trailing_id(key);
  if (!claim) return std::nullopt;
  return PostingKeyParts{key.substr(1, key.size() - kMinSize), *claim};
}

std::optional<std::uint64_t> trailing_id(std::string_view key) {
  if (key.size() < kIdSize) return std::nullopt;
  return decode_u64(key.substr(key.size() - kIdSize));
}

std::string encode_claim_stats(const core::ClaimStats& s) {
  return encode_value(7, [&](MsgpackWriter& w) {
    for (const std::uint32_t count : {s.asserting_speakers, s.denying_speakers, s.speakers,
                                      s.outlets, s.asserting_outlets, s.denying_outlets}) {
      w.unsigned_integer(count);
    }
    w.string(s.latest_date);
  });
}

core::Result<core::ClaimStats> decode_claim_stats(std::string_view value) {
  const auto fields = decode_array(value);
  if (!fields || fields->size() != 7 || !(*fields)[6].is_string()) {
    return bad_value("not a claim stats record");
  }
  for (std::size_t i = 0; i < 6; ++i) {
    if (!is_u32((*fields)[i])) return bad_value("not a claim stats record");
  }
  const auto at = [&](std::size_t i) { return (*fields)[i].get<std::uint32_t>(); };
  return core::ClaimStats{.asserting_speakers = at(0),
                          .denying_speakers = at(1),
                          .speakers = at(2),
                          .outlets = at(3),
                          .asserting_outlets = at(4),
                          .denying_outlets = at(5),
                          .latest_date = (*fields)[6].get<std::string>()};
}

std::string encode_text_document(const core::TextDocument& document) {
  return encode_value(document.term_counts.size(), [&](MsgpackWriter& w) {
    for (const auto& [token, count] : document.term_counts) {
      w.array(2);
      w.string(token);
      w.unsigned_integer(count);
    }
  });
}

core::Result<core::TextDocument> decode_text_document(std::string_view value) {
  const auto fields = decode_array(value);
  if (!fields) return bad_value("not a text document");
  core::TextDocument document;
  for (const json& term : *fields) {
    if (!term.is_array() || term.size() != 2 || !term[0].is_string() || !is_u32(term[1])) {
      return bad_value("not a text document");
    }
    const auto count = term[1].get<std::uint32_t>();
    document.term_counts[term[0].get<std::string>()] = count;
    document.length += count;
  }
  return document;
}

std::string encode_posting(std::uint32_t term_count, std::uint32_t document_length) {
  std::string value;
  append_u32(value, term_count);
  append_u32(value, document_length);
  return value;
}

core::Result<core::Posting> decode_posting(std::uint64_t claim, std::string_view value) {
  if (value.size() != 8) return bad_value("not a posting");
  return core::Posting{
      .claim = claim, .term_count = read_u32(value), .document_length = read_u32(value.substr(4))};
}

std::string encode_text_totals(const core::TextTotals& totals) {
  return encode_u64(totals.documents) + encode_u64(totals.tokens);
}

core::Result<core::TextTotals> decode_text_totals(std::string_view value) {
  const auto documents = decode_u64(value.substr(0, kIdSize));
  const auto tokens =
      value.size() == 2 * kIdSize ? decode_u64(value.substr(kIdSize)) : std::nullopt;
  if (!documents || !tokens) return bad_value("not text totals");
  return core::TextTotals{.documents = *documents, .tokens = *tokens};
}

}  // namespace claimgraph::storage
