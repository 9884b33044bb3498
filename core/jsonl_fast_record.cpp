#include "core/jsonl_fast_record.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include <simdjson.h>

#include "core/entity.h"
#include "core/field_checks.h"
#include "core/relation.h"

namespace claimgraph::core {

// Well under the checking reader's limits (64 KiB per string, 64 levels of nesting, 16 MiB per
// line): anything bigger is rare and is read the checking way.
constexpr std::size_t kMaxFastStringBytes = 4096;
constexpr std::size_t kMaxFastDepth = 4;  // an object holding arrays of strings needs 2
constexpr std::size_t kMaxFastLineBytes = std::size_t{1} << 20;

struct FastRecordReader::Parser {
  simdjson::dom::parser parser{kMaxFastLineBytes};
};

namespace {

using simdjson::dom::element;

// Each reader of a field value returns false where the checking reader could disagree.

// A string, null being absent: `out` is left as it is.
bool read_string(element value, std::string& out) {
  if (value.is_null()) return true;
  std::string_view text;
  if (value.get_string().get(text) != simdjson::SUCCESS || text.size() > kMaxFastStringBytes) {
    return false;
  }
  out = text;
  return true;
}

bool read_date(element value, std::string& out) {
  return read_string(value, out) && (out.empty() || is_valid_date(out));
}

bool read_strings(element value, std::vector<std::string>& out) {
  if (value.is_null()) return true;
  simdjson::dom::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) return false;
  for (element item : array) {
    std::string text;
    if (item.is_null() || !read_string(item, text)) return false;
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
  if (value.is_null()) return true;
  double number = 0;
  if (!value.is_number() || value.get_double().get(number) != simdjson::SUCCESS) return false;
  // Zero is left to nlohmann, which reads "-0" as +0 but "-0.0" as -0.
  if (number == 0 || !is_valid_confidence(number)) return false;
  out = number;
  return true;
}

// Calls `read(i, value)` for each field of `object`, `i` its index in `names` ("type" is 0 and
// is not passed). False on a field not in `names`, a field given twice, or a false `read`.
template <class Read>
bool read_fields(simdjson::dom::object object, std::initializer_list<std::string_view> names,
                 Read read) {
  std::uint32_t seen = 0;
  for (const simdjson::dom::key_value_pair field : object) {
    const auto* name = std::find(names.begin(), names.end(), field.key);
    if (name == names.end()) return false;
    const auto index = static_cast<std::size_t>(name - names.begin());
    const std::uint32_t bit = std::uint32_t{1} << index;
    if ((seen & bit) != 0) return false;
    seen |= bit;
    if (index > 0 && !read(index, field.value)) return false;
  }
  return true;
}

std::optional<Record> read_article(simdjson::dom::object object) {
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

std::optional<Record> read_entity(simdjson::dom::object object) {
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

std::optional<Record> read_claim(simdjson::dom::object object) {
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

std::optional<Record> read_edge(simdjson::dom::object object) {
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

FastRecordReader::FastRecordReader() : parser_(std::make_unique<Parser>()) {
  // Deeper lines fail to parse here and are read the checking way (at most 64 levels).
  if (parser_->parser.allocate(kMaxFastStringBytes, kMaxFastDepth) != simdjson::SUCCESS) {
    parser_.reset();  // no memory: every line goes the checking way
  }
}

FastRecordReader::~FastRecordReader() = default;

std::optional<Record> FastRecordReader::read(std::string_view line) {
  if (!parser_) return std::nullopt;
  simdjson::dom::object object;
  if (parser_->parser.parse(line.data(), line.size()).get_object().get(object) !=
      simdjson::SUCCESS) {
    return std::nullopt;
  }
  std::string_view type;
  if (object["type"].get_string().get(type) != simdjson::SUCCESS) return std::nullopt;
  if (type == "article") return read_article(object);
  if (type == "entity") return read_entity(object);
  if (type == "claim") return read_claim(object);
  if (type == "edge") return read_edge(object);
  return std::nullopt;
}

}  // namespace claimgraph::core
