#include "cli/json_output.h"

#include <string>

#include "cli/json_text.h"
#include "cli/output_buffer.h"

namespace claimgraph::cli {

nlohmann::json to_json(const core::Statement& statement) {
  nlohmann::json object{{"speaker", statement.speaker},
                        {"rel", core::relation_name(statement.rel)},
                        {"claim", statement.claim_key},
                        {"text", statement.claim_text},
                        {"date", statement.date},
                        {"article", statement.article},
                        {"quote", statement.quote},
                        {"sources", statement.sources}};
  object["confidence"] = statement.confidence ? nlohmann::json(*statement.confidence) : nullptr;
  if (!statement.rule.empty()) object["rule"] = statement.rule;
  return object;
}

nlohmann::json to_json(const core::ClaimReport& report) {
  nlohmann::json asserted = nlohmann::json::array();
  for (const auto& statement : report.asserted) asserted.push_back(to_json(statement));
  nlohmann::json denied = nlohmann::json::array();
  for (const auto& statement : report.denied) denied.push_back(to_json(statement));
  return {{"claim", report.key},         {"text", report.text},
          {"about", report.about},       {"asserted_by", asserted},
          {"denied_by", denied},         {"reported_by", report.reported_by}};
}

void append_json(std::string& out, const core::Statement& statement, int depth) {
  // The keys of to_json(statement), in nlohmann's (sorted) order.
  JsonObjectText object(out, depth);
  append_json_string(object.key("article"), statement.article);
  append_json_string(object.key("claim"), statement.claim_key);
  append_json_double(object.key("confidence"), statement.confidence);
  append_json_string(object.key("date"), statement.date);
  append_json_string(object.key("quote"), statement.quote);
  append_json_string(object.key("rel"), core::relation_name(statement.rel));
  if (!statement.rule.empty()) append_json_string(object.key("rule"), statement.rule);
  append_json_strings(object.key("sources"), statement.sources, depth + 1);
  append_json_string(object.key("speaker"), statement.speaker);
  append_json_string(object.key("text"), statement.claim_text);
  object.close();
}

void append_json(std::string& out, const std::vector<core::Statement>& statements, int depth) {
  append_json_array(out, statements, depth,
                    [](std::string& to, const core::Statement& statement, int item_depth) {
                      append_json(to, statement, item_depth);
                    });
}

namespace {

std::string dumped(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Appends `value` as print_json would at `depth` levels in: each line after the first indented.
void append_nested(std::string& out, const nlohmann::json& value, std::size_t depth) {
  const std::string text = dumped(value);
  std::size_t start = 0;
  for (std::size_t newline = text.find('\n'); newline != std::string::npos;
       newline = text.find('\n', start)) {
    out.append(text, start, newline + 1 - start);
    out.append(2 * depth, ' ');
    start = newline + 1;
  }
  out.append(text, start);
}

void append_list(OutputBuffer& buffer, std::size_t count,
                 const std::function<void(std::string&, std::size_t)>& append_item) {
  std::string& out = buffer.text();
  if (count == 0) {
    out += "[]";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < count; ++i) {
    out += i == 0 ? "    " : ",\n    ";
    append_item(out, i);
    buffer.flush_if_full();
  }
  out += "\n  ]";
}

}  // namespace

void print_json(std::ostream& out, const nlohmann::json& value) { out << dumped(value) << '\n'; }

void print_json_with_list(std::ostream& out, const nlohmann::json& fields,
                          std::string_view list_key, std::size_t count,
                          const std::function<nlohmann::json(std::size_t)>& item) {
  print_json_with_list(out, fields, list_key, count,
                       [&](std::string& text, std::size_t i) { append_nested(text, item(i), 2); });
}

void print_json_with_list(std::ostream& out, const nlohmann::json& fields,
                          std::string_view list_key, std::size_t count,
                          const std::function<void(std::string&, std::size_t)>& append_item) {
  OutputBuffer buffer(out);
  std::string& text = buffer.text();
  // Keys in nlohmann's order (sorted), the list's among them.
  bool list_written = false;
  bool first = true;
  const auto write_key = [&](std::string_view key) {
    text += first ? "{\n  " : ",\n  ";
    append_json_string(text, key);
    text += ": ";
    first = false;
  };
  for (const auto& [key, value] : fields.items()) {
    if (!list_written && list_key < key) {
      write_key(list_key);
      append_list(buffer, count, append_item);
      list_written = true;
    }
    write_key(key);
    append_nested(text, value, 1);
  }
  if (!list_written) {
    write_key(list_key);
    append_list(buffer, count, append_item);
  }
  text += "\n}\n";
}

}  // namespace claimgraph::cli
