#include "cli/json_output.h"

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

void print_json(std::ostream& out, const nlohmann::json& value) {
  out << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace claimgraph::cli
