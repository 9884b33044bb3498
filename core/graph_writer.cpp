#include "core/graph_writer.h"

#include <algorithm>
#include <utility>

#include "core/claim_key.h"
#include "core/name_fold.h"

namespace claimgraph::core {
namespace {

void add_unique(std::vector<std::uint64_t>& ids, std::uint64_t id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace

WriteSet GraphWriter::take() {
  pending_names_ = {};
  resolved_names_ = {};
  stored_names_ = {};
  pending_entities_ = {};
  pending_claims_ = KeyIdMap();
  pending_articles_ = KeyIdMap();
  return std::move(writes_);
}

WriteSet GraphWriter::take_settled() {
  WriteSet settled;
  settled.claims = std::exchange(writes_.claims, {});
  settled.articles = std::exchange(writes_.articles, {});
  settled.names = std::exchange(writes_.names, {});
  settled.edges = std::exchange(writes_.edges, {});
  settled.keys = std::exchange(writes_.keys, {});
  settled.distinct = std::exchange(writes_.distinct, {});
  return settled;
}

Result<std::uint64_t> GraphWriter::allocate_id() {
  if (next_id_ == 0) {  // first allocation of this batch: continue from the store's counter
    Result<std::uint64_t> first_free = store_.next_id();
    if (!first_free.ok()) return first_free.error();
    next_id_ = *first_free;
  }
  const std::uint64_t id = next_id_++;
  writes_.next_id = next_id_;
  return id;
}

Result<Entity> GraphWriter::current_entity(std::uint64_t id) {
  if (auto pending = pending_entities_.find(id); pending != pending_entities_.end()) {
    return writes_.entities[pending->second].second;
  }
  Result<std::optional<Entity>> stored = store_.get_entity(id);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value()) {
    return make_error(ErrorCode::kCorruption,
                      "name index points to missing entity #" + std::to_string(id));
  }
  return **stored;
}

Result<bool> GraphWriter::store_is_empty() {
  if (!store_is_empty_) {
    Result<std::uint64_t> first_free = store_.next_id();
    if (!first_free.ok()) return first_free.error();
    store_is_empty_ = *first_free == 1;  // no id was ever allocated
  }
  return *store_is_empty_;
}

Result<std::optional<std::uint64_t>> GraphWriter::stored_key(NodeKind kind, std::string_view key) {
  Result<bool> empty = store_is_empty();
  if (!empty.ok()) return empty.error();
  if (*empty) return std::optional<std::uint64_t>();
  return store_.find_key(kind, key);
}

Result<std::vector<std::uint64_t>> GraphWriter::stored_entities(const std::string& folded) {
  if (auto known = stored_names_.find(folded); known != stored_names_.end()) return known->second;
  Result<bool> empty = store_is_empty();
  if (!empty.ok()) return empty.error();
  if (*empty) return std::vector<std::uint64_t>();  // nothing to ask, nothing to remember
  Result<std::vector<std::uint64_t>> stored = store_.find_entities(folded);
  if (stored.ok()) stored_names_.emplace(folded, *stored);
  return stored;
}

Result<std::uint64_t> GraphWriter::resolve_pending(std::string_view name) {
  if (auto known = resolved_names_.find(name); known != resolved_names_.end()) {
    return *known->second;
  }
  const std::string folded = fold_name(name);
  Result<std::vector<std::uint64_t>> stored = stored_entities(folded);
  if (!stored.ok()) return stored.error();
  std::vector<std::uint64_t> ids = std::move(*stored);
  if (auto pending = pending_names_.find(folded); pending != pending_names_.end()) {
    if (ids.empty()) resolved_names_.emplace(name, &pending->second);
    add_unique(ids, pending->second);
  }
  if (ids.empty()) return make_error(ErrorCode::kNotFound, "unknown entity " + quoted(name));
  if (ids.size() == 1) return ids.front();
  std::string candidates;
  for (std::uint64_t id : ids) {
    Result<Entity> entity = current_entity(id);
    if (!entity.ok()) return entity.error();
    if (!candidates.empty()) candidates += ", ";
    candidates += entity->name + " (" + std::string(entity_kind_name(entity->kind)) + ")";
  }
  return make_error(ErrorCode::kInvalidInput,
                    "name " + quoted(name) + " is ambiguous: " + candidates);
}

void GraphWriter::index_names(std::uint64_t id, const Entity& entity) {
  for (const std::string& name : entity.all_names()) {
    std::string folded = fold_name(name);
    if (folded.empty()) continue;
    pending_names_[folded] = id;
    writes_.names.emplace_back(std::move(folded), id);
  }
  if (auto pending = pending_entities_.find(id); pending != pending_entities_.end()) {
    writes_.entities[pending->second].second = entity;
  } else {
    pending_entities_[id] = writes_.entities.size();
    writes_.entities.emplace_back(id, entity);
  }
}

Result<std::uint64_t> GraphWriter::put_entity(const Entity& entity) {
  if (fold_name(entity.name).empty()) {
    return make_error(ErrorCode::kInvalidInput, "entity name is empty");
  }
  Result<std::uint64_t> existing = resolve_pending(entity.name);
  for (std::size_t i = 0;
       !existing.ok() && existing.error().code == ErrorCode::kNotFound && i < entity.aliases.size();
       ++i) {
    existing = resolve_pending(entity.aliases[i]);
  }
  if (!existing.ok() && existing.error().code != ErrorCode::kNotFound) return existing.error();
  if (!existing.ok()) {
    Result<std::uint64_t> id = allocate_id();
    if (!id.ok()) return id.error();
    Entity fresh = entity;
    fresh.aliases.clear();
    for (const std::string& alias : entity.aliases) fresh.add_alias(alias);
    index_names(*id, fresh);
    return *id;
  }
  Result<Entity> current = current_entity(*existing);
  if (!current.ok()) return current.error();
  Entity merged = *current;
  bool changed = merged.add_alias(entity.name);
  for (const std::string& alias : entity.aliases) changed = merged.add_alias(alias) || changed;
  if (merged.description.empty() && !entity.description.empty()) {
    merged.description = entity.description;
    changed = true;
  }
  if (merged.kind == EntityKind::kOther && entity.kind != EntityKind::kOther) {
    merged.kind = entity.kind;
    changed = true;
  }
  if (changed) index_names(*existing, merged);
  return *existing;
}

Result<std::uint64_t> GraphWriter::entity_for(std::string_view name, EntityKind kind_if_new) {
  Result<std::uint64_t> existing = resolve_pending(name);
  if (existing.ok() || existing.error().code != ErrorCode::kNotFound) return existing;
  Entity entity;
  entity.name = std::string(name);
  entity.kind = kind_if_new;
  return put_entity(entity);
}

Result<std::uint64_t> GraphWriter::claim_for_key(std::string_view key) {
  if (const auto pending = pending_claims_.find(key)) return *pending;
  Result<std::optional<std::uint64_t>> stored = stored_key(NodeKind::kClaim, key);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value()) {
    return make_error(ErrorCode::kNotFound, "edge refers to unknown claim " + quoted(key));
  }
  return **stored;
}

Result<std::uint64_t> GraphWriter::put_claim(const Claim& claim) {
  if (normalize_claim_text(claim.text).empty()) {
    return make_error(ErrorCode::kInvalidInput, "claim text is empty");
  }
  Claim stored = claim;
  if (stored.key.empty()) stored.key = claim_key_for(claim.text);
  stored.about.clear();
  Result<std::uint64_t> id = claim_for_key(stored.key);
  if (!id.ok() && id.error().code != ErrorCode::kNotFound) return id.error();
  if (!id.ok()) {
    id = allocate_id();
    if (!id.ok()) return id.error();
    pending_claims_.insert(stored.key, *id);
    writes_.claims.emplace_back(*id, stored);
  }
  for (const std::string& name : claim.about) {
    Result<std::uint64_t> entity = entity_for(name, EntityKind::kOther);
    if (!entity.ok()) return entity.error();
    CLAIMGRAPH_RETURN_IF_ERROR(put_edge(NodeId{NodeKind::kClaim, *id}, Relation::kAbout,
                                        NodeId{NodeKind::kEntity, *entity}, Provenance{}));
  }
  return *id;
}

Result<std::uint64_t> GraphWriter::article_for_key(std::string_view key) {
  if (const auto pending = pending_articles_.find(key)) return *pending;
  Result<std::optional<std::uint64_t>> stored = stored_key(NodeKind::kArticle, key);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value()) {
    return make_error(ErrorCode::kNotFound, "edge refers to unknown article " + quoted(key));
  }
  return **stored;
}

Result<std::uint64_t> GraphWriter::put_article(const Article& article) {
  if (article.key.empty()) return make_error(ErrorCode::kInvalidInput, "article key is empty");
  if (!article.outlet.empty()) {
    Result<std::uint64_t> outlet = entity_for(article.outlet, EntityKind::kMedia);
    if (!outlet.ok()) return outlet.error();
  }
  Result<std::uint64_t> id = article_for_key(article.key);
  if (!id.ok() && id.error().code != ErrorCode::kNotFound) return id.error();
  if (!id.ok()) {
    id = allocate_id();
    if (!id.ok()) return id.error();
    pending_articles_.insert(article.key, *id);
  }
  writes_.articles.emplace_back(*id, article);
  return *id;
}

Status GraphWriter::put_edge(const Edge& edge) {
  const bool from_speaker = is_stance(edge.rel);
  const EntityKind kind_if_new =
      edge.rel == Relation::kReportedBy ? EntityKind::kMedia : EntityKind::kOther;
  Result<std::uint64_t> entity = entity_for(from_speaker ? edge.from : edge.to, kind_if_new);
  if (!entity.ok()) return entity.error();
  Result<std::uint64_t> claim = claim_for_key(from_speaker ? edge.to : edge.from);
  if (!claim.ok()) return claim.error();
  const NodeId entity_node{NodeKind::kEntity, *entity};
  const NodeId claim_node{NodeKind::kClaim, *claim};
  return from_speaker ? put_edge(entity_node, edge.rel, claim_node, edge.provenance)
                      : put_edge(claim_node, edge.rel, entity_node, edge.provenance);
}

Status GraphWriter::put_edge(NodeId from, Relation rel, NodeId to, const Provenance& provenance) {
  StoredEdge edge{.from = from,
                  .rel = rel,
                  .to = to,
                  .article = 0,
                  .date = provenance.date,
                  .quote = provenance.quote,
                  .confidence = provenance.confidence,
                  .rule = provenance.rule};
  if (!provenance.article.empty()) {
    Result<std::uint64_t> article = article_for_key(provenance.article);
    if (!article.ok()) return article.error();
    edge.article = *article;
  }
  writes_.edges.push_back(std::move(edge));
  return ok_status();
}

}  // namespace claimgraph::core
