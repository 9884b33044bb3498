#include "core/jsonl_fast_record.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

// Strings are scanned 16 bytes at a time (SSE2 is part of x86-64; elsewhere byte by byte).
#if defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>

#include "core/entity.h"
#include "core/field_checks.h"
#include "core/relation.h"

namespace claimgraph::core {

// Well under the checking reader's limits (64 KiB per string, 16 MiB per line): anything
// bigger is rare and is read the checking way. Nesting needs no limit here: a record's values
// are strings or arrays of strings, and anything deeper is refused by the readers below (the
// parse itself is iterative, so a deep line cannot exhaust the stack).
constexpr std::size_t kMaxFastStringBytes = 4096;
constexpr std::size_t kMaxFastLineBytes = std::size_t{1} << 20;

// RapidJSON's DOM, parsed in place from a copy of the line. Strict JSON (no comments, NaN or
// trailing commas), numbers rounded exactly as nlohmann rounds them. UTF-8 was checked by the
// caller.
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag |
                                 rapidjson::kParseFullPrecisionFlag | rapidjson::kParseInsituFlag;
// The copy ends in this many NULs: the 16-byte string scans stay inside it.
constexpr std::size_t kTextPadding = 16;

// One document for every line, parsed in `text`. Its values live in a buffer that each parse
// fills from the start, so a line of the usual size allocates nothing (a bigger one takes
// chunks from the heap, freed before the next line); its parsing stack grows once and is kept.
struct FastRecordReader::Parser {
  std::array<char, 64 * 1024> value_buffer;
  rapidjson::MemoryPoolAllocator<> values{value_buffer.data(), value_buffer.size()};
  rapidjson::Document document{&values};
  std::string text;
};

namespace {

using element = const rapidjson::Value&;

std::string_view string_of(element value) {
  return {value.GetString(), value.GetStringLength()};
}

// Each reader of a field value returns false where the checking reader could disagree.

// A string, null being absent: `out` is left as it is.
bool read_string(element value, std::string& out) {
  if (value.IsNull()) return true;
  if (!value.IsString() || value.GetStringLength() > kMaxFastStringBytes) return false;
  out = string_of(value);
  return true;
}

bool read_date(element value, std::string& out) {
  return read_string(value, out) && (out.empty() || is_valid_date(out));
}

bool read_strings(element value, std::vector<std::string>& out) {
  if (value.IsNull()) return true;
  if (!value.IsArray()) return false;
  for (element item : value.GetArray()) {
    std::string text;
    if (item.IsNull() || !read_string(item, text)) return false;
    out.push_back(std::move(text));
  }
  return true;
}

bool read_kind(element value, EntityKind& out) {
  std::string name;
  if (!read_string(value, name)) return false;
  if (name.empty()) return true;
  const std::optional<EntityKind> kind = parse_entity_kind(name);
  if (kind) out = *kind;
  return kind.has_value();
}

bool read_relation(element value, Relation& out) {
  std::string name;
  if (!read_string(value, name)) return false;
  const std::optional<Relation> rel = parse_relation(name);
  if (rel) out = *rel;
  return rel.has_value();
}

bool read_confidence(element value, std::optional<double>& out) {
  if (value.IsNull()) return true;
  if (!value.IsNumber()) return false;
  const double number = value.GetDouble();
  // Zero is left to nlohmann, which reads "-0" as +0 but "-0.0" as -0.
  if (number == 0 || !is_valid_confidence(number)) return false;
  out = number;
  return true;
}

// Calls `read(i, value)` for each field of `object`, `i` its index in `names` ("type" is 0 and
// is not passed). False on a field not in `names`, a field given twice, or a false `read`.
template <class Read>
bool read_fields(element object, std::initializer_list<std::string_view> names, Read read) {
  std::uint32_t seen = 0;
  for (const auto& field : object.GetObject()) {
    const auto* name = std::find(names.begin(), names.end(), string_of(field.name));
    if (name == names.end()) return false;
    const auto index = static_cast<std::size_t>(name - names.begin());
    const std::uint32_t bit = std::uint32_t{1} << index;
    if ((seen & bit) != 0) return false;
    seen |= bit;
    if (index > 0 && !read(index, field.value)) return false;
  }
  return true;
}

std::optional<Record> read_article(element object) {
  Article article;
  const bool ok = read_fields(
      object, {"type", "key", "title", "url", "outlet", "published", "text_sha256"},
      [&](std::size_t field, element value) {
        switch (field) {
          case 1: return read_string(value, article.key);
          case 2: return read_string(value, article.title);
          case 3: return read_string(value, article.url);
          case 4: return read_string(value, article.outlet);
          case 5: return read_date(value, article.published);
          default: return read_string(value, article.text_sha256);
        }
      });
  if (!ok || article.key.empty()) return std::nullopt;
  return article;
}

std::optional<Record> read_entity(element object) {
  Entity entity;
  const bool ok = read_fields(object, {"type", "name", "kind", "aliases", "description"},
                              [&](std::size_t field, element value) {
                                switch (field) {
                                  case 1: return read_string(value, entity.name);
                                  case 2: return read_kind(value, entity.kind);
                                  case 3: return read_strings(value, entity.aliases);
                                  default: return read_string(value, entity.description);
                                }
                              });
  if (!ok || entity.name.empty()) return std::nullopt;
  return entity;
}

std::optional<Record> read_claim(element object) {
  Claim claim;
  const bool ok = read_fields(object, {"type", "key", "text", "about"},
                              [&](std::size_t field, element value) {
                                switch (field) {
                                  case 1: return read_string(value, claim.key);
                                  case 2: return read_string(value, claim.text);
                                  default: return read_strings(value, claim.about);
                                }
                              });
  if (!ok || claim.key.empty() || claim.text.empty()) return std::nullopt;
  return claim;
}

std::optional<Record> read_edge(element object) {
  Edge edge;
  bool has_rel = false;
  Provenance& provenance = edge.provenance;
  const bool ok = read_fields(
      object, {"type", "rel", "from", "to", "article", "date", "quote", "confidence", "rule"},
      [&](std::size_t field, element value) {
        switch (field) {
          case 1: return has_rel = read_relation(value, edge.rel);
          case 2: return read_string(value, edge.from);
          case 3: return read_string(value, edge.to);
          case 4: return read_string(value, provenance.article);
          case 5: return read_date(value, provenance.date);
          case 6: return read_string(value, provenance.quote);
          case 7: return read_confidence(value, provenance.confidence);
          default: return read_string(value, provenance.rule);
        }
      });
  if (!ok || !has_rel || edge.from.empty() || edge.to.empty()) return std::nullopt;
  return edge;
}

}  // namespace

FastRecordReader::FastRecordReader() : parser_(std::make_unique<Parser>()) {}

FastRecordReader::~FastRecordReader() = default;

std::optional<Record> FastRecordReader::read(std::string_view line) {
  // A NUL would end the parse early, taking a prefix of the line for all of it.
  if (line.size() > kMaxFastLineBytes || line.find('\0') != std::string_view::npos) {
    return std::nullopt;
  }
  parser_->text.assign(line);
  parser_->text.append(kTextPadding, '\0');
  parser_->values.Clear();  // the last line's values: nothing refers to them any more
  rapidjson::Document& document = parser_->document;
  document.ParseInsitu<kParseFlags>(parser_->text.data());
  if (document.HasParseError() || !document.IsObject()) return std::nullopt;
  const auto type = document.FindMember("type");
  if (type == document.MemberEnd() || !type->value.IsString()) return std::nullopt;
  const std::string_view name = string_of(type->value);
  if (name == "article") return read_article(document);
  if (name == "entity") return read_entity(document);
  if (name == "claim") return read_claim(document);
  if (name == "edge") return read_edge(document);
  return std::nullopt;
}

}  // namespace claimgraph::core
