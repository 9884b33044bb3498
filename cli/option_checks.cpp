#include "cli/option_checks.h"

#include <string>

#include "core/field_checks.h"
#include "core/name_fold.h"

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

CLI::Validator text_validator() {
  return CLI::Validator(
      [](const std::string& value) {
        if (!core::is_valid_utf8(value)) return std::string("value is not valid UTF-8");
        if (value.size() > kMaxTextBytes) return std::string("value is longer than 64 KiB");
        return std::string();
      },
      "");  // nothing to add to the option's type in --help
}

}  // namespace claimgraph::cli
