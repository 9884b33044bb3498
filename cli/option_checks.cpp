#include "cli/option_checks.h"

#include <string>

#include "core/field_checks.h"

namespace claimgraph::cli {

CLI::Validator date_validator() {
  return CLI::Validator(
      [](const std::string& value) {
        return core::is_valid_date(value) ? std::string()
                                          : "\"" + value + "\" is not a valid YYYY-MM-DD date";
      },
      "YYYY-MM-DD");
}

CLI::Validator confidence_validator() {
  return CLI::Validator(
      [](const std::string& value) {
        try {
          std::size_t used = 0;
          const double number = std::stod(value, &used);
          if (used == value.size() && core::is_valid_confidence(number)) return std::string();
        } catch (const std::exception&) {  // not a number: reported below
        }
        return "confidence \"" + value + "\" is not a number within 0..1";
      },
      "0..1");
}

}  // namespace claimgraph::cli
