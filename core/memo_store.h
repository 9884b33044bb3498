// core/memo_store.h: a GraphStore that remembers the entities and articles it has read, for
// read-only queries. A speaker's thousands of statements name the same few outlets, speakers
// and articles again and again; reading and decoding each once per query instead of once per
// statement is most of what `said`, `who`, `about` and `render` spend on a big store.
// Everything else is passed through. Only for stores nobody writes through during its life.
#pragma once

#include <memory>
#include <optional>
#include <unordered_map>

#include "core/graph_store.h"

namespace claimgraph::core {

class MemoStore final : public GraphStore {
 public:
  explicit MemoStore(std::unique_ptr<GraphStore> store) : store_(std::move(store)) {}

  Status apply(const WriteSet& writes) override { return store_->apply(writes); }
  Result<std::unique_ptr<StreamedWrite>> begin_streamed_write() override {
    return store_->begin_streamed_write();
  }
  Result<std::vector<std::uint64_t>> find_entities(std::string_view folded_name) const override {
    return store_->find_entities(folded_name);
  }
  Result<std::optional<std::uint64_t>> find_key(NodeKind kind,
                                                std::string_view key) const override {
    return store_->find_key(kind, key);
  }
  // Remembered: read from the store once per id.
  Result<std::optional<Entity>> get_entity(std::uint64_t id) const override;
  Result<std::optional<Article>> get_article(std::uint64_t id) const override;
  Result<std::optional<Claim>> get_claim(std::uint64_t id) const override {
    return store_->get_claim(id);
  }
  Result<std::vector<StoredEdge>> out_edges(NodeId node,
                                            std::optional<Relation> rel) const override {
    return store_->out_edges(node, rel);
  }
  Result<std::vector<StoredEdge>> in_edges(NodeId node,
                                           std::optional<Relation> rel) const override {
    return store_->in_edges(node, rel);
  }
  Result<std::vector<NodeId>> in_neighbours(NodeId node,
                                            std::optional<Relation> rel) const override {
    return store_->in_neighbours(node, rel);
  }
  Result<std::vector<std::optional<Claim>>> get_claims(
      const std::vector<std::uint64_t>& ids) const override {
    return store_->get_claims(ids);
  }
  Result<std::vector<std::vector<StoredEdge>>> out_edges_of(
      const std::vector<NodeId>& nodes, std::optional<Relation> rel) const override {
    return store_->out_edges_of(nodes, rel);
  }
  Result<std::vector<std::vector<StoredEdge>>> in_edges_of(
      const std::vector<NodeId>& nodes, std::optional<Relation> rel) const override {
    return store_->in_edges_of(nodes, rel);
  }
  Status scan_entities(const ScanVisitor<Entity>& visit) const override {
    return store_->scan_entities(visit);
  }
  Status scan_claims(const ScanVisitor<Claim>& visit) const override {
    return store_->scan_claims(visit);
  }
  Status scan_articles(const ScanVisitor<Article>& visit) const override {
    return store_->scan_articles(visit);
  }
  Status scan_edges(const std::function<bool(const StoredEdge&)>& visit) const override {
    return store_->scan_edges(visit);
  }
  Result<std::vector<std::uint64_t>> distinct_from(std::uint64_t entity) const override {
    return store_->distinct_from(entity);
  }
  Result<std::uint64_t> next_id() const override { return store_->next_id(); }
  Result<std::optional<ClaimStats>> get_claim_stats(std::uint64_t claim) const override {
    return store_->get_claim_stats(claim);
  }
  Status scan_disputed(const ScanVisitor<ClaimStats>& visit) const override {
    return store_->scan_disputed(visit);
  }
  Status scan_disputed_about(std::uint64_t entity,
                             const ScanVisitor<ClaimStats>& visit) const override {
    return store_->scan_disputed_about(entity, visit);
  }
  Result<std::optional<TextDocument>> get_text_document(std::uint64_t claim) const override {
    return store_->get_text_document(claim);
  }
  Result<std::vector<Posting>> postings(std::string_view token) const override {
    return store_->postings(token);
  }
  Result<TextTotals> text_totals() const override { return store_->text_totals(); }

 private:
  std::unique_ptr<GraphStore> store_;
  mutable std::unordered_map<std::uint64_t, std::optional<Entity>> entities_;
  mutable std::unordered_map<std::uint64_t, std::optional<Article>> articles_;
};

}  // namespace claimgraph::core
