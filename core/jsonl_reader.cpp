#include "core/jsonl_reader.h"

#include <cstddef>
#include <optional>
#include <set>
#include <streambuf>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/entity.h"
#include "core/field_checks.h"
#include "core/jsonl_fast_record.h"
#include "core/name_fold.h"
#include "core/relation.h"

namespace claimgraph::core {
namespace {

using nlohmann::json;

// Limits against hostile input: nothing a real file comes near.
constexpr std::size_t kMaxLineBytes = std::size_t{16} << 20;    // 16 MiB
constexpr std::size_t kMaxStringBytes = std::size_t{64} << 10;  // 64 KiB
constexpr int kMaxNesting = 64;              // nlohmann's parser and destructor recurse per level
constexpr std::size_t kMaxQuotedBytes = 60;  // of a bad value quoted in an error message

// A problem of one record, before it is given its `SOURCE:LINE: ` prefix.
using Problem = std::optional<std::string>;

enum class LineRead { kLine, kEnd, kTooLong };

// Reads the next line of `buffer` into `line` (without the '\n'). Stops reading at
// kMaxLineBytes rather than holding a hostile line in memory.
LineRead read_line(std::streambuf& buffer, std::string& line) {
  line.clear();
  for (;;) {
    const int c = buffer.sbumpc();
    if (c == std::char_traits<char>::eof()) return line.empty() ? LineRead::kEnd : LineRead::kLine;
    if (c == '\n') return LineRead::kLine;
    if (line.size() == kMaxLineBytes) return LineRead::kTooLong;
    line.push_back(static_cast<char>(c));
  }
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// True if brackets outside strings nest deeper than kMaxNesting. Broken JSON passes here and
// fails in the parser.
bool nests_too_deep(std::string_view line) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;  // skips the escaped character, so \" does not end the string
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// `value` in double quotes with JSON escapes, cut short if long, for an error message.
std::string quote_value(std::string_view value) {
  std::string text(value.substr(0, kMaxQuotedBytes));
  std::string suffix;
  if (value.size() > kMaxQuotedBytes) {
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
      text.pop_back();  // a continuation byte: cut before the whole character
    }
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
    suffix = "...";
  }
  const std::string dumped = json(text).dump(-1, ' ', false, json::error_handler_t::replace);
  return dumped.substr(0, dumped.size() - 1) + suffix + '"';
}

// nlohmann's message without its exception id and line (always 1), with the column at the end
// and a long "last read" left out.
std::string shorten_parse_error(const json::exception& e, std::size_t byte) {
  std::string message = e.what();
  if (message.starts_with("[json.exception.")) message.erase(0, message.find("] ") + 2);
  if (const std::size_t column = message.find(": "); message.starts_with("parse error at")) {
    message.erase(0, column + 2);
  }
  const std::string_view marker = "; last read: '";
  if (const std::size_t start = message.find(marker); start != std::string::npos) {
    std::size_t end = message.find("'; expected", start + marker.size());
    if (end == std::string::npos) end = message.size() - 1;
    if (end - start - marker.size() > kMaxQuotedBytes) message.erase(start, end + 1 - start);
  }
  if (byte > 0) message += " (column " + std::to_string(byte) + ")";
  return message;
}

// Checks the string field `field` of `object`: absent or null is nullopt, otherwise it must
// be a string within the size limit.
Problem get_string(const json& object, const char* field, std::string& out) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return "field \"" + std::string(field) + "\" must be a string";
  const auto& value = it->get_ref<const std::string&>();
  if (value.size() > kMaxStringBytes) {
    return "field \"" + std::string(field) + "\" is longer than 64 KiB";
  }
  out = value;
  return std::nullopt;
}

Problem get_required_string(const json& object, std::string_view type, const char* field,
                            std::string& out) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) {
    return std::string(type) + " is missing required field \"" + field + "\"";
  }
  if (Problem problem = get_string(object, field, out)) return problem;
  if (out.empty()) return "field \"" + std::string(field) + "\" must not be empty";
  return std::nullopt;
}

Problem get_string_array(const json& object, const char* field, std::vector<std::string>& out) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::nullopt;
  const std::string must = "field \"" + std::string(field) + "\" must be an array of strings";
  if (!it->is_array()) return must;
  for (const json& element : *it) {
    if (!element.is_string()) return must;
    const auto& value = element.get_ref<const std::string&>();
    if (value.size() > kMaxStringBytes) {
      return "an element of field \"" + std::string(field) + "\" is longer than 64 KiB";
    }
    out.push_back(value);
  }
  return std::nullopt;
}

Problem get_date(const json& object, const char* field, std::string& out) {
  if (Problem problem = get_string(object, field, out)) return problem;
  if (!out.empty() && !is_valid_date(out)) {
    return "date " + quote_value(out) + " is not a valid YYYY-MM-DD date";
  }
  return std::nullopt;
}

Problem read_article(const json& object, Article& article) {
  if (Problem p = get_required_string(object, "article", "key", article.key)) return p;
  if (Problem p = get_string(object, "title", article.title)) return p;
  if (Problem p = get_string(object, "url", article.url)) return p;
  if (Problem p = get_string(object, "outlet", article.outlet)) return p;
  if (Problem p = get_date(object, "published", article.published)) return p;
  return get_string(object, "text_sha256", article.text_sha256);
}

Problem read_entity(const json& object, Entity& entity) {
  if (Problem p = get_required_string(object, "entity", "name", entity.name)) return p;
  std::string kind;
  if (Problem p = get_string(object, "kind", kind)) return p;
  if (!kind.empty()) {
    const std::optional<EntityKind> parsed = parse_entity_kind(kind);
    if (!parsed) {
      return "entity kind " + quote_value(kind) +
             " is not one of person, organization, media, place, group, other";
    }
    entity.kind = *parsed;
  }
  if (Problem p = get_string_array(object, "aliases", entity.aliases)) return p;
  return get_string(object, "description", entity.description);
}

Problem read_claim(const json& object, Claim& claim) {
  if (Problem p = get_required_string(object, "claim", "key", claim.key)) return p;
  if (Problem p = get_required_string(object, "claim", "text", claim.text)) return p;
  return get_string_array(object, "about", claim.about);
}

Problem read_confidence(const json& object, std::optional<double>& out) {
  const auto it = object.find("confidence");
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) return "field \"confidence\" must be a number";
  const double value = it->get<double>();
  if (!is_valid_confidence(value)) return "confidence " + it->dump() + " is outside 0..1";
  out = value;
  return std::nullopt;
}

Problem read_edge(const json& object, Edge& edge) {
  std::string rel;
  if (Problem p = get_required_string(object, "edge", "rel", rel)) return p;
  const std::optional<Relation> parsed = parse_relation(rel);
  if (!parsed) {
    return "unknown rel " + quote_value(rel) + " (expected asserts, denies, reported-by or about)";
  }
  edge.rel = *parsed;
  if (Problem p = get_required_string(object, "edge", "from", edge.from)) return p;
  if (Problem p = get_required_string(object, "edge", "to", edge.to)) return p;
  Provenance& provenance = edge.provenance;
  if (Problem p = get_string(object, "article", provenance.article)) return p;
  if (Problem p = get_date(object, "date", provenance.date)) return p;
  if (Problem p = get_string(object, "quote", provenance.quote)) return p;
  if (Problem p = read_confidence(object, provenance.confidence)) return p;
  return get_string(object, "rule", provenance.rule);
}

// Reads a record of the type named by `type` from `object`.
template <class T>
Problem read_as(const json& object, Record& record, Problem (*read)(const json&, T&)) {
  T value;
  Problem problem = read(object, value);
  if (!problem) record = std::move(value);
  return problem;
}

Problem read_record(const json& object, Record& record) {
  if (!object.is_object()) return "record is not a JSON object";
  const auto it = object.find("type");
  if (it == object.end()) return "record is missing required field \"type\"";
  if (!it->is_string()) return "field \"type\" must be a string";
  const auto& type = it->get_ref<const std::string&>();
  if (type == "article") return read_as(object, record, &read_article);
  if (type == "entity") return read_as(object, record, &read_entity);
  if (type == "claim") return read_as(object, record, &read_claim);
  if (type == "edge") return read_as(object, record, &read_edge);
  return "unknown type " + quote_value(type);
}

// Parses `line` as JSON and sets `duplicate` to the first key that appears twice in one
// object: nlohmann keeps the last one silently, and a record must not lose a field unseen.
json parse_checking_keys(std::string_view line, std::string& duplicate) {
  std::vector<std::set<std::string>> open_objects;  // the keys seen in each open object
  const json::parser_callback_t check = [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) {
      open_objects.emplace_back();
    } else if (event == json::parse_event_t::object_end) {
      open_objects.pop_back();
    } else if (event == json::parse_event_t::key && !open_objects.empty()) {
      const auto& key = parsed.get_ref<const std::string&>();
      if (!open_objects.back().insert(key).second && duplicate.empty()) duplicate = key;
    }
    return true;
  };
  return json::parse(line, check);
}

// Parses one non-blank line (BOM and '\r' already removed) into `record`: with `fast` if it
// can, otherwise with nlohmann, checking and wording each problem.
Problem read_line_record(std::string_view line, FastRecordReader& fast, Record& record) {
  if (!is_valid_utf8(line)) return "invalid UTF-8";
  if (std::optional<Record> read = fast.read(line)) {
    record = std::move(*read);
    return std::nullopt;
  }
  if (nests_too_deep(line)) {
    return "JSON nests deeper than " + std::to_string(kMaxNesting) + " levels";
  }
  json object;
  std::string duplicate;
  try {  // nlohmann reports broken JSON only by throwing; nothing else here throws
    object = parse_checking_keys(line, duplicate);
  } catch (const json::parse_error& e) {
    return "invalid JSON: " + shorten_parse_error(e, e.byte);
  } catch (const json::exception& e) {  // e.g. a number too large for a double
    return "invalid JSON: " + shorten_parse_error(e, 0);
  }
  if (!duplicate.empty()) return "duplicate key " + quote_value(duplicate) + " in one object";
  return read_record(object, record);
}

}  // namespace

Status for_each_jsonl_record(std::istream& in, std::string_view source_name,
                             const std::function<Status(NumberedRecord&&)>& visit) {
  std::streambuf* buffer = in.rdbuf();
  if (buffer == nullptr) {
    return make_error(ErrorCode::kIoError, std::string(source_name) + ": cannot read");
  }
  const auto fail = [&](std::size_t line_number, const std::string& problem) {
    return make_error(ErrorCode::kInvalidInput, std::string(source_name) + ':' +
                                                    std::to_string(line_number) + ": " + problem);
  };
  std::string line;
  FastRecordReader fast;
  for (std::size_t line_number = 1;; ++line_number) {
    const LineRead read = read_line(*buffer, line);
    if (read == LineRead::kEnd) break;
    if (read == LineRead::kTooLong) return fail(line_number, "line is longer than 16 MiB");
    std::string_view text = line;
    if (line_number == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (is_blank(text)) continue;
    NumberedRecord numbered{.record = Record{}, .line = line_number};
    if (Problem problem = read_line_record(text, fast, numbered.record)) {
      return fail(line_number, *problem);
    }
    CLAIMGRAPH_RETURN_IF_ERROR(visit(std::move(numbered)));
  }
  return ok_status();
}

Result<RecordList> read_jsonl(std::istream& in, std::string_view source_name) {
  RecordList records;
  const Status read = for_each_jsonl_record(in, source_name, [&](NumberedRecord&& record) {
    records.push_back(std::move(record));
    return ok_status();
  });
  if (!read.ok()) return read.error();
  return records;
}

}  // namespace claimgraph::core
