// The JSON shapes of query results (--json), shared by the commands that print them.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/claim_report.h"
#include "core/said_query.h"

namespace claimgraph::cli {

nlohmann::json to_json(const core::Statement& statement);
nlohmann::json to_json(const core::ClaimReport& report);

// What to_json(statement(s)).dump(2, ...) gives, as if at `depth` levels in, appended to `out`
// without building the document (cli/json_text.h).
void append_json(std::string& out, const core::Statement& statement, int depth);
void append_json(std::string& out, const std::vector<core::Statement>& statements, int depth);

// Writes `value` indented, with invalid UTF-8 replaced, and a newline.
void print_json(std::ostream& out, const nlohmann::json& value);

// Writes the object `fields` plus the array `list_key` of `count` items, where `item(i)`
// makes the i-th, exactly as print_json would write the whole object; but one item at a
// time, so a list of 100k statements is never a document in memory.
void print_json_with_list(std::ostream& out, const nlohmann::json& fields,
                          std::string_view list_key, std::size_t count,
                          const std::function<nlohmann::json(std::size_t)>& item);
// The same, where `append_item(text, i)` appends the i-th item's JSON to `text`, laid out as
// print_json would at two levels in (the list's items are there): no document per item.
void print_json_with_list(std::ostream& out, const nlohmann::json& fields,
                          std::string_view list_key, std::size_t count,
                          const std::function<void(std::string&, std::size_t)>& append_item);

}  // namespace claimgraph::cli
