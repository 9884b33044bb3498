#include "core/entity.h"

#include <array>

#include "core/name_fold.h"

namespace claimgraph::core {
namespace {

constexpr std::array<std::string_view, 6> kKindNames = {"person", "organization", "media",
                                                         "place",  "group",        "other"};

}  // namespace

std::string_view entity_kind_name(EntityKind kind) {
  return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<EntityKind> parse_entity_kind(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<EntityKind>(i);
  }
  return std::nullopt;
}

bool Entity::add_alias(std::string_view alias) {
  const std::string folded = fold_name(alias);
  if (folded.empty()) return false;
  for (const std::string& existing : all_names()) {
    if (fold_name(existing) == folded) return false;
  }
  aliases.emplace_back(alias);
  return true;
}

std::vector<std::string> Entity::all_names() const {
  std::vector<std::string> names{name};
  names.insert(names.end(), aliases.begin(), aliases.end());
  return names;
}

}  // namespace claimgraph::core
