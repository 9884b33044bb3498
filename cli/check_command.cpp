// `claimgraph check`: verifies every invariant of the store and lists each broken one with its
// key; exit 1 if there is any.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/store_open.h"

namespace claimgraph::cli {
namespace {

void print_report(const core::CheckReport& report, bool json, std::ostream& out) {
  if (json) {
    nlohmann::json problems = nlohmann::json::array();
    for (const core::StoreProblem& problem : report.problems) {
      problems.push_back(
          {{"family", problem.family}, {"key", problem.key}, {"problem", problem.message}});
    }
    print_json(out, {{"consistent", report.problems.empty()},
                     {"nodes", report.nodes},
                     {"edges", report.edges},
                     {"problems", problems}});
    return;
  }
  for (const core::StoreProblem& problem : report.problems) {
    out << problem.family << " \"" << problem.key << "\": " << problem.message << "\n";
  }
  if (report.problems.empty()) {
    out << "store is consistent: " << report.nodes << " nodes, " << report.edges
        << " edges checked\n";
  }
}

core::Status run_check(const GlobalOptions& global, std::ostream& out) {
  auto checker = open_checker_for_reading(global);
  if (!checker.ok()) return checker.error();
  core::Result<core::CheckReport> report = (*checker)->check();
  if (!report.ok()) return report.error();
  print_report(*report, global.json, out);
  if (report->problems.empty()) return core::ok_status();
  return core::make_error(core::ErrorCode::kInvalidInput,
                          "store is inconsistent: " + std::to_string(report->problems.size()) +
                              " problems (" + std::to_string(report->nodes) + " nodes, " +
                              std::to_string(report->edges) + " edges checked)");
}

}  // namespace

void setup_check_command(CLI::App& app, CommandSet& commands) {
  CLI::App* check = app.add_subcommand(
      "check", "Verify the store's invariants: edge twins, dangling ends, name and key "
               "indexes, stance counts and the text index");
  check->fallthrough();  // `check --json` as well as `--json check`
  check->footer(
      "Example:\n  claimgraph check\n"
      "Prints one line per problem (family, key, problem) and exits 1 if there is any.");
  commands.add(check, [global = commands.global_ptr()](std::ostream& out) {
    return run_check(*global, out);
  });
}

}  // namespace claimgraph::cli
