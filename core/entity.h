// An entity of the claim graph: a person, organization, media outlet, place or group that
// speaks, carries or is the subject of claims.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::core {

enum class EntityKind { kPerson, kOrganization, kMedia, kPlace, kGroup, kOther };

// "person", "organization", "media", "place", "group" or "other".
std::string_view entity_kind_name(EntityKind kind);

// The kind named `name` (as in FORMAT.md), or nullopt.
std::optional<EntityKind> parse_entity_kind(std::string_view name);

struct Entity {
  std::string name;  // canonical name, as the user or the article wrote it
  EntityKind kind = EntityKind::kOther;
  std::vector<std::string> aliases;  // other names; each resolves to this entity
  std::string description;

  // Adds `alias` unless it is the name or already an alias (compared after folding).
  // Returns true if it was added.
  bool add_alias(std::string_view alias);

  // Every name this entity answers to: the canonical name first, then the aliases.
  std::vector<std::string> all_names() const;

  bool operator==(const Entity&) const = default;
};

}  // namespace claimgraph::core
