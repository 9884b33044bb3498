#include "cli/json_output.h"

#include <string>

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

namespace {

std::string dumped(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Writes `value` as print_json would at `depth` levels in: each line after the first indented.
void write_nested(std::ostream& out, const nlohmann::json& value, std::size_t depth) {
  const std::string text = dumped(value);
  const std::string indent(2 * depth, ' ');
  std::size_t start = 0;
  for (std::size_t newline = text.find('\n'); newline != std::string::npos;
       newline = text.find('\n', start)) {
    out.write(text.data() + start, static_cast<std::streamsize>(newline + 1 - start));
    out << indent;
    start = newline + 1;
  }
  out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

void write_list(std::ostream& out, std::size_t count,
                const std::function<nlohmann::json(std::size_t)>& item) {
  if (count == 0) {
    out << "[]";
    return;
  }
  out << "[\n";
  for (std::size_t i = 0; i < count; ++i) {
    out << (i == 0 ? "    " : ",\n    ");
    write_nested(out, item(i), 2);
  }
  out << "\n  ]";
}

}  // namespace

void print_json(std::ostream& out, const nlohmann::json& value) { out << dumped(value) << '\n'; }

void print_json_with_list(std::ostream& out, const nlohmann::json& fields,
                          std::string_view list_key, std::size_t count,
                          const std::function<nlohmann::json(std::size_t)>& item) {
  // Keys in nlohmann's order (sorted), the list's among them.
  bool list_written = false;
  bool first = true;
  const auto write_key = [&](std::string_view key) {
    out << (first ? "{\n  " : ",\n  ") << dumped(nlohmann::json(key)) << ": ";
    first = false;
  };
  for (const auto& [key, value] : fields.items()) {
    if (!list_written && list_key < key) {
      write_key(list_key);
      write_list(out, count, item);
      list_written = true;
    }
    write_key(key);
    write_nested(out, value, 1);
  }
  if (!list_written) {
    write_key(list_key);
    write_list(out, count, item);
  }
  out << "\n}\n";
}

}  // namespace claimgraph::cli
