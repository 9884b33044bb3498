#include "cli/date_options.h"

#include "cli/option_checks.h"

namespace claimgraph::cli {

void add_date_options(CLI::App* command, core::DateRange& range, const std::string& what) {
  command->add_option("--since", range.since, "Only " + what + " on or after this date")
      ->type_name("YYYY-MM-DD")
      ->check(date_validator());
  command->add_option("--until", range.until, "Only " + what + " on or before this date")
      ->type_name("YYYY-MM-DD")
      ->check(date_validator());
}

}  // namespace claimgraph::cli
