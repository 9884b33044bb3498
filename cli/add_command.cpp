// `claimgraph add entity NAME` and `claimgraph add claim TEXT`: add records by hand.
#include <ostream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/store_open.h"
#include "core/claim_key.h"
#include "core/graph_writer.h"

namespace claimgraph::cli {
namespace {

struct AddEntityOptions {
  std::string name;
  std::string kind = "other";
  std::vector<std::string> aliases;
  std::string description;
};

struct AddClaimOptions {
  std::string text;
  std::string key;
  std::vector<std::string> about;
};

core::Status run_add_entity(const AddEntityOptions& options, const GlobalOptions& global,
                            std::ostream& out) {
  core::Entity entity{.name = options.name,
                      .kind = *core::parse_entity_kind(options.kind),
                      .aliases = options.aliases,
                      .description = options.description};
  CLAIMGRAPH_RETURN_IF_ERROR(write_in_one_batch(global, [&](core::GraphWriter& writer) -> core::Status {
    auto id = writer.put_entity(entity);
    return id.ok() ? core::ok_status() : core::Status(id.error());
  }));
  if (global.json) {
    print_json(out, {{"entity", entity.name}, {"kind", options.kind}});
  } else {
    out << "entity " << entity.name << " (" << options.kind << ")\n";
  }
  return core::ok_status();
}

core::Status run_add_claim(const AddClaimOptions& options, const GlobalOptions& global,
                           std::ostream& out) {
  core::Claim claim{.key = options.key, .text = options.text, .about = options.about};
  const std::string key = claim.key.empty() ? core::claim_key_for(claim.text) : claim.key;
  CLAIMGRAPH_RETURN_IF_ERROR(write_in_one_batch(global, [&](core::GraphWriter& writer) -> core::Status {
    auto id = writer.put_claim(claim);
    if (!id.ok()) return id.error();
    return core::ok_status();
  }));
  if (global.json) {
    print_json(out, {{"claim", key}, {"text", claim.text}, {"about", claim.about}});
  } else {
    out << "claim " << key << "\n";
  }
  return core::ok_status();
}

void setup_add_entity(CLI::App& add, CommandSet& commands) {
  auto options = std::make_shared<AddEntityOptions>();
  CLI::App* entity = add.add_subcommand("entity", "Add an entity, or add aliases to one");
  entity->add_option("NAME", options->name, "Canonical name")->required()->check(text_validator());
  entity->add_option("--kind", options->kind, "Kind of entity")
      ->check(CLI::IsMember({"person", "organization", "media", "place", "group", "other"}));
  entity->add_option("--alias", options->aliases, "Another name (repeatable)")
      ->type_name("NAME")
      ->check(text_validator());
  entity->add_option("--description", options->description, "A short description")
      ->check(text_validator());
  entity->footer(
      "Example:\n  claimgraph add entity \"Dmitry Peskov\" --kind person --alias Peskov \\\n"
      "      --description \"press secretary of the President of Russia\"");
  commands.add(entity, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_add_entity(*options, *global, out);
  });
}

void setup_add_claim(CLI::App& add, CommandSet& commands) {
  auto options = std::make_shared<AddClaimOptions>();
  CLI::App* claim = add.add_subcommand("claim", "Add a claim (a proposition)");
  claim->add_option("TEXT", options->text, "The proposition")->required()->check(text_validator());
  claim->add_option("--key", options->key, "Key (default: derived from the text)")
      ->check(text_validator());
  claim->add_option("--about", options->about, "An entity the claim is about (repeatable)")
      ->type_name("NAME")
      ->check(text_validator());
  claim->footer(
      "Example:\n  claimgraph add claim \"Putin will drag Belarus into the war with Ukraine\" \\\n"
      "      --about Putin --about Belarus");
  commands.add(claim, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_add_claim(*options, *global, out);
  });
}

}  // namespace

void setup_add_command(CLI::App& app, CommandSet& commands) {
  CLI::App* add = app.add_subcommand("add", "Add an entity or a claim by hand");
  add->require_subcommand(1);
  setup_add_entity(*add, commands);
  setup_add_claim(*add, commands);
}

}  // namespace claimgraph::cli
