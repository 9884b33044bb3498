// `claimgraph assert SPEAKER CLAIM` and `claimgraph deny SPEAKER CLAIM`: record by hand that a
// speaker asserted or denied a claim, with its provenance and the outlets that carried it.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "cli/table.h"
#include "core/claim_key.h"
#include "core/graph_writer.h"

namespace claimgraph::cli {
namespace {

struct StanceOptions {
  std::string speaker;
  std::string claim;  // key or text
  std::vector<std::string> sources;
  std::string article;
  std::string date;
  std::string quote;
  std::optional<double> confidence;
};

// The claim CLAIM names: an existing key, an existing text, or a new claim with that text.
// Sets `key` to the claim's key.
core::Result<std::uint64_t> claim_for(core::GraphWriter& writer, const std::string& claim,
                                      std::string& key) {
  for (const std::string& candidate : {claim, core::claim_key_for(claim)}) {
    key = candidate;
    auto id = writer.claim_for_key(candidate);
    if (id.ok() || id.error().code != core::ErrorCode::kNotFound) return id;
  }
  return writer.put_claim(core::Claim{.key = key, .text = claim, .about = {}});
}

core::Status collect_stance(core::GraphWriter& writer, core::Relation rel,
                            const StanceOptions& options, std::string& claim_key) {
  if (!options.article.empty()) {
    auto article = writer.article_for_key(options.article);
    if (!article.ok() && article.error().code != core::ErrorCode::kNotFound) return article.error();
    if (!article.ok()) {
      core::Article fresh;
      fresh.key = options.article;
      fresh.published = options.date;
      auto added = writer.put_article(fresh);
      if (!added.ok()) return added.error();
    }
  }
  auto speaker = writer.entity_for(options.speaker, core::EntityKind::kOther);
  if (!speaker.ok()) return speaker.error();
  auto claim = claim_for(writer, options.claim, claim_key);
  if (!claim.ok()) return claim.error();
  const core::Provenance provenance{.article = options.article, .date = options.date,
                                    .quote = options.quote, .confidence = options.confidence,
                                    .rule = ""};
  const core::NodeId claim_node{core::NodeKind::kClaim, *claim};
  CLAIMGRAPH_RETURN_IF_ERROR(writer.put_edge(core::NodeId{core::NodeKind::kEntity, *speaker},
                                             rel, claim_node, provenance));
  for (const std::string& source : options.sources) {
    auto outlet = writer.entity_for(source, core::EntityKind::kMedia);
    if (!outlet.ok()) return outlet.error();
    CLAIMGRAPH_RETURN_IF_ERROR(writer.put_edge(claim_node, core::Relation::kReportedBy,
                                               core::NodeId{core::NodeKind::kEntity, *outlet},
                                               provenance));
  }
  return core::ok_status();
}

core::Status run_stance(core::Relation rel, const StanceOptions& options,
                        const GlobalOptions& global, std::ostream& out) {
  std::string claim_key;
  CLAIMGRAPH_RETURN_IF_ERROR(write_in_one_batch(global, [&](core::GraphWriter& writer) {
    return collect_stance(writer, rel, options, claim_key);
  }));
  const std::string verb(core::relation_name(rel));
  if (global.json) {
    print_json(out, {{"speaker", options.speaker}, {"rel", verb}, {"claim", claim_key},
                     {"sources", options.sources}});
  } else {
    out << options.speaker << " " << verb << " " << claim_key;
    if (!options.sources.empty()) out << " (reported by " << join(options.sources) << ")";
    out << "\n";
  }
  return core::ok_status();
}

void setup_stance(CLI::App& app, CommandSet& commands, core::Relation rel) {
  auto options = std::make_shared<StanceOptions>();
  const bool asserts = rel == core::Relation::kAsserts;
  CLI::App* command = app.add_subcommand(
      asserts ? "assert" : "deny",
      asserts ? "Record that a speaker asserted a claim" : "Record that a speaker denied a claim");
  command->add_option("SPEAKER", options->speaker, "Who spoke (created if new)")
      ->required()
      ->check(text_validator());
  command->add_option("CLAIM", options->claim, "Claim key, or its text (created if new)")
      ->required()
      ->check(text_validator());
  command->add_option("--source", options->sources, "Outlet that carried it (repeatable)")
      ->type_name("OUTLET")
      ->check(text_validator());
  command->add_option("--article", options->article, "Key of the article it was read in")
      ->type_name("KEY")
      ->check(text_validator());
  command->add_option("--date", options->date, "When it was said")->check(date_validator());
  command->add_option("--quote", options->quote, "The words as published")->check(text_validator());
  command->add_option("--confidence", options->confidence, "How sure the attribution is")
      ->check(confidence_validator());
  command->footer(asserts
                      ? "Example:\n  claimgraph assert ISW \"Putin's visit to Minsk is an "
                        "opportunity to pressure Lukashenko\" --date 2022-12-19"
                      : "Example:\n  claimgraph deny Peskov \"Putin will drag Belarus into the "
                        "war with Ukraine\" \\\n      --source \"RIA Novosti\" --date 2022-12-19");
  commands.add(command, [rel, options, global = commands.global_ptr()](std::ostream& out) {
    return run_stance(rel, *options, *global, out);
  });
}

}  // namespace

void setup_stance_commands(CLI::App& app, CommandSet& commands) {
  setup_stance(app, commands, core::Relation::kAsserts);
  setup_stance(app, commands, core::Relation::kDenies);
}

}  // namespace claimgraph::cli
