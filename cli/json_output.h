// The JSON shapes of query results (--json), shared by the commands that print them.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "core/claim_report.h"
#include "core/said_query.h"

namespace claimgraph::cli {

nlohmann::json to_json(const core::Statement& statement);
nlohmann::json to_json(const core::ClaimReport& report);

// Writes `value` indented, with invalid UTF-8 replaced, and a newline.
void print_json(std::ostream& out, const nlohmann::json& value);

}  // namespace claimgraph::cli
