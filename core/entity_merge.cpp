#include "core/entity_merge.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "core/name_fold.h"
#include "core/name_resolver.h"

namespace claimgraph::core {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

Error invalid(std::string message) {
  return make_error(ErrorCode::kInvalidInput, std::move(message));
}

// The entity with `id`; kNotFound if there is none.
Result<Entity> load_entity(const GraphStore& store, std::uint64_t id) {
  Result<std::optional<Entity>> entity = store.get_entity(id);
  if (!entity.ok()) return entity.error();
  if (!entity->has_value()) {
    return make_error(ErrorCode::kNotFound, "no entity #" + std::to_string(id));
  }
  return **entity;
}

// Every edge of `node`, leaving and reaching it.
Result<std::vector<StoredEdge>> edges_of(const GraphStore& store, NodeId node) {
  Result<std::vector<StoredEdge>> out = store.out_edges(node, std::nullopt);
  if (!out.ok()) return out.error();
  Result<std::vector<StoredEdge>> in = store.in_edges(node, std::nullopt);
  if (!in.ok()) return in.error();
  out->insert(out->end(), in->begin(), in->end());
  return out;
}

using EdgeIdentity = std::tuple<NodeId, Relation, NodeId, std::uint64_t>;

EdgeIdentity identity(const StoredEdge& edge) {
  return {edge.from, edge.rel, edge.to, edge.article};
}

// `into` with the names of `from` as aliases, and its empty description or kind filled in.
Entity absorbed(Entity into, const Entity& from) {
  for (const std::string& name : from.all_names()) into.add_alias(name);
  if (into.description.empty()) into.description = from.description;
  if (into.kind == EntityKind::kOther) into.kind = from.kind;
  return into;
}

}  // namespace

Result<std::size_t> move_edges(const GraphStore& store, NodeId from, NodeId into,
                               WriteSet& writes) {
  Result<std::vector<StoredEdge>> moving = edges_of(store, from);
  if (!moving.ok()) return moving.error();
  Result<std::vector<StoredEdge>> existing = edges_of(store, into);
  if (!existing.ok()) return existing.error();
  std::set<EdgeIdentity> kept;
  for (const StoredEdge& edge : *existing) kept.insert(identity(edge));
  for (const StoredEdge& edge : *moving) {
    StoredEdge moved = edge;
    if (moved.from == from) moved.from = into;
    if (moved.to == from) moved.to = into;
    writes.removed_edges.push_back(edge);
    if (kept.insert(identity(moved)).second) writes.edges.push_back(std::move(moved));
  }
  return moving->size();
}

Result<WriteSet> alias_add(const GraphStore& store, std::string_view name,
                           std::string_view alias) {
  Result<std::uint64_t> id = resolve_entity(store, name);
  if (!id.ok()) return id.error();
  Result<Entity> entity = load_entity(store, *id);
  if (!entity.ok()) return entity.error();
  std::string folded = fold_name(alias);
  if (folded.empty()) return invalid("alias is empty");
  if (!entity->add_alias(alias)) {
    return invalid(quoted(alias) + " is already a name of " + entity->name);
  }
  WriteSet writes;
  writes.entities.emplace_back(*id, std::move(*entity));
  writes.names.emplace_back(std::move(folded), *id);
  return writes;
}

Result<WriteSet> alias_remove(const GraphStore& store, std::string_view name,
                              std::string_view alias) {
  Result<std::uint64_t> id = resolve_entity(store, name);
  if (!id.ok()) return id.error();
  Result<Entity> entity = load_entity(store, *id);
  if (!entity.ok()) return entity.error();
  const std::string folded = fold_name(alias);
  if (folded == fold_name(entity->name)) {
    return invalid("cannot remove " + quoted(alias) + ": it is the canonical name of " +
                   entity->name);
  }
  auto& aliases = entity->aliases;
  const auto found = std::find_if(aliases.begin(), aliases.end(), [&](const std::string& a) {
    return fold_name(a) == folded;
  });
  if (folded.empty() || found == aliases.end()) {
    return invalid(quoted(alias) + " is not an alias of " + entity->name);
  }
  aliases.erase(found);
  WriteSet writes;
  writes.entities.emplace_back(*id, std::move(*entity));
  writes.removed_names.emplace_back(folded, *id);
  return writes;
}

Result<WriteSet> merge_entities(const GraphStore& store, std::uint64_t from, std::uint64_t into,
                                MergeSummary* summary) {
  Result<Entity> source = load_entity(store, from);
  if (!source.ok()) return source.error();
  if (from == into) return invalid("cannot merge " + source->name + " into itself");
  Result<Entity> target = load_entity(store, into);
  if (!target.ok()) return target.error();
  Result<std::vector<std::uint64_t>> distinct = store.distinct_from(from);
  if (!distinct.ok()) return distinct.error();
  if (std::find(distinct->begin(), distinct->end(), into) != distinct->end()) {
    return invalid("refusing to merge " + source->name + " into " + target->name +
                   ": they are recorded as distinct");
  }
  WriteSet writes;
  const NodeId from_node{NodeKind::kEntity, from};
  Result<std::size_t> moved = move_edges(store, from_node, {NodeKind::kEntity, into}, writes);
  if (!moved.ok()) return moved.error();
  for (const std::string& name : source->all_names()) {
    std::string folded = fold_name(name);
    if (folded.empty()) continue;
    writes.removed_names.emplace_back(folded, from);
    writes.names.emplace_back(std::move(folded), into);
  }
  writes.entities.emplace_back(into, absorbed(*target, *source));
  writes.removed_nodes.push_back(from_node);
  for (std::uint64_t other : *distinct) {
    writes.removed_distinct.emplace_back(from, other);
    writes.distinct.emplace_back(into, other);
  }
  if (summary != nullptr) *summary = {.from = from, .into = into, .moved_edges = *moved};
  return writes;
}

Result<WriteSet> mark_distinct(const GraphStore& store, std::uint64_t a, std::uint64_t b) {
  Result<Entity> first = load_entity(store, a);
  if (!first.ok()) return first.error();
  if (a == b) return invalid(first->name + " cannot be distinct from itself");
  Result<Entity> second = load_entity(store, b);
  if (!second.ok()) return second.error();
  WriteSet writes;
  writes.distinct.emplace_back(a, b);
  return writes;
}

}  // namespace claimgraph::core
