#include "core/index_writes.h"

#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace claimgraph::core {
namespace {

// An edge's identity: the store keeps one edge per (from, rel, to, article).
using EdgeIdentity = std::tuple<NodeId, Relation, NodeId, std::uint64_t>;

EdgeIdentity identity(const StoredEdge& edge) {
  return {edge.from, edge.rel, edge.to, edge.article};
}

// The stance and reported-by edges of one claim, and the entities it is about.
struct ClaimEdges {
  std::vector<StoredEdge> stance;
  std::vector<StoredEdge> reported_by;
  std::set<std::uint64_t> about;         // with the batch's edges
  std::set<std::uint64_t> about_stored;  // before the batch
};

// What the WriteSet adds, by claim.
struct Pending {
  std::map<std::uint64_t, std::vector<const StoredEdge*>> edges;
  std::map<std::uint64_t, const Claim*> claims;
  std::map<std::uint64_t, std::set<EdgeIdentity>> removed_edges;  // by claim
  std::set<std::uint64_t> removed_claims;
};

Pending pending_of(const WriteSet& writes) {
  Pending pending;
  for (const auto& [id, claim] : writes.claims) pending.claims[id] = &claim;
  for (const StoredEdge& edge : writes.edges) {
    if (const auto claim = indexed_claim(edge)) pending.edges[*claim].push_back(&edge);
  }
  for (const StoredEdge& edge : writes.removed_edges) {
    if (const auto claim = indexed_claim(edge)) {
      pending.removed_edges[*claim].insert(identity(edge));
      pending.edges.try_emplace(*claim);
    }
  }
  for (const NodeId node : writes.removed_nodes) {
    if (node.kind != NodeKind::kClaim) continue;
    pending.removed_claims.insert(node.id);
    pending.edges.try_emplace(node.id);
  }
  for (const auto& [id, claim] : pending.claims) pending.edges.try_emplace(id);
  return pending;
}

// The claim's edges now: the stored ones, overwritten or completed by the pending ones.
// Edges the batch removes are left out (its writes win over its removals, as in the store).
Result<ClaimEdges> edges_now(const GraphStore& store, std::uint64_t claim, bool is_new,
                             const std::vector<const StoredEdge*>& pending,
                             const std::set<EdgeIdentity>* removed) {
  ClaimEdges result;
  std::map<EdgeIdentity, StoredEdge> edges;
  if (!is_new) {
    const NodeId node{NodeKind::kClaim, claim};
    Result<std::vector<StoredEdge>> in = store.in_edges(node, std::nullopt);
    if (!in.ok()) return in.error();
    Result<std::vector<StoredEdge>> out = store.out_edges(node, std::nullopt);
    if (!out.ok()) return out.error();
    for (StoredEdge& edge : *in) {
      if (is_stance(edge.rel)) edges.emplace(identity(edge), std::move(edge));
    }
    for (StoredEdge& edge : *out) {
      if (edge.rel == Relation::kAbout) result.about_stored.insert(edge.to.id);
      edges.emplace(identity(edge), std::move(edge));
    }
  }
  if (removed != nullptr) {
    for (const EdgeIdentity& gone : *removed) edges.erase(gone);
  }
  for (const StoredEdge* edge : pending) edges.insert_or_assign(identity(*edge), *edge);
  for (auto& [key, edge] : edges) {
    if (edge.rel == Relation::kAbout) {
      result.about.insert(edge.to.id);
    } else {
      (is_stance(edge.rel) ? result.stance : result.reported_by).push_back(std::move(edge));
    }
  }
  return result;
}

// Lists the claim under each entity it is about while it is disputed, and takes it off the
// lists it leaves: `before` and `after` are its stored and new stats. Entries that stay the
// same are not written.
void list_disputed_about(std::uint64_t claim, const ClaimEdges& edges, const ClaimStats& before,
                         const ClaimStats& after, IndexWrites& index) {
  const bool was_disputed = before.is_disputed();
  const bool is_disputed = after.is_disputed();
  for (const std::uint64_t entity : edges.about_stored) {
    if (was_disputed && !(is_disputed && edges.about.contains(entity))) {
      index.disputed_about.push_back({.entity = entity, .claim = claim, .stats = std::nullopt});
    }
  }
  if (!is_disputed) return;
  for (const std::uint64_t entity : edges.about) {
    if (was_disputed && before == after && edges.about_stored.contains(entity)) continue;
    index.disputed_about.push_back({.entity = entity, .claim = claim, .stats = after});
  }
}

// What a batch does to one claim, as far as its index goes.
struct ClaimChange {
  std::uint64_t claim = 0;
  const std::string* text = nullptr;  // the claim's text, if the batch writes the claim
  bool removed = false;               // the batch removes the claim
  const std::vector<const StoredEdge*>* edges = nullptr;  // its edges written (indexed_claim)
  const std::set<EdgeIdentity>* removed_edges = nullptr;  // or nullptr
};

// The claim's text, or nullopt if no claim has that id (a dangling edge: `check` reports it;
// the claim then has stats but no text document, so search never returns it).
Result<std::optional<std::string>> claim_text(const GraphStore& store, const ClaimChange& change) {
  if (change.text != nullptr) return std::optional<std::string>(*change.text);
  if (change.removed) return std::optional<std::string>();
  Result<std::optional<Claim>> stored = store.get_claim(change.claim);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value()) return std::optional<std::string>();
  return std::optional<std::string>((*stored)->text);
}

TextDocument document_of(const std::string& text, const ClaimEdges& edges) {
  std::vector<std::string> quotes;
  for (const auto* side : {&edges.stance, &edges.reported_by}) {
    for (const StoredEdge& edge : *side) quotes.push_back(edge.quote);
  }
  return text_document(text, quotes);
}

// The claim's stored stats; none for a claim new in this batch.
Result<std::optional<ClaimStats>> stored_stats(const GraphStore& store, std::uint64_t claim,
                                               bool is_new) {
  if (is_new) return std::optional<ClaimStats>();
  return store.get_claim_stats(claim);
}

// The claim's stored text document; none for a claim new in this batch.
Result<std::optional<TextDocument>> stored_document(const GraphStore& store, std::uint64_t claim,
                                                    bool is_new) {
  if (is_new) return std::optional<TextDocument>();
  return store.get_text_document(claim);
}

// Adds the stats and document of the changed claim to `index` where they differ from the
// stored ones. A claim with an id at or above the store's `first_new_id` was allocated by this
// batch: the store holds nothing of it, so it is not read (this is what keeps a big import fast).
Status reindex_claim(const GraphStore& store, const ClaimChange& change,
                     std::uint64_t first_new_id, IndexWrites& index) {
  const std::uint64_t claim = change.claim;
  const bool is_new = claim >= first_new_id;
  Result<ClaimEdges> now = edges_now(store, claim, is_new, *change.edges, change.removed_edges);
  if (!now.ok()) return now.error();
  const ClaimStats stats = compute_claim_stats(now->stance, now->reported_by);
  Result<std::optional<ClaimStats>> old_stats = stored_stats(store, claim, is_new);
  if (!old_stats.ok()) return old_stats.error();
  const ClaimStats before = old_stats->value_or(ClaimStats{});
  if (stats != before) index.stats.emplace_back(claim, stats);
  list_disputed_about(claim, *now, before, stats, index);

  Result<std::optional<std::string>> text = claim_text(store, change);
  if (!text.ok()) return text.error();
  Result<std::optional<TextDocument>> previous = stored_document(store, claim, is_new);
  if (!previous.ok()) return previous.error();
  if (!text->has_value()) {  // a removed claim (or a dangling edge) has no document
    if (change.removed && previous->has_value()) {
      index.removed_documents.emplace_back(claim, std::move(**previous));
    }
    return ok_status();
  }
  TextDocument document = document_of(**text, *now);
  if (*previous == document) return ok_status();
  index.documents.push_back(
      {.claim = claim, .previous = std::move(*previous), .document = std::move(document)});
  return ok_status();
}

// Adds the document changes of `part` to `totals`, read from the store at the first change.
Status count_documents(const GraphStore& store, const IndexWrites& part,
                       std::optional<TextTotals>& totals) {
  if (part.documents.empty() && part.removed_documents.empty()) return ok_status();
  if (!totals) {
    Result<TextTotals> stored = store.text_totals();
    if (!stored.ok()) return stored.error();
    totals = *stored;
  }
  for (const TextDocumentChange& change : part.documents) {
    if (!change.previous) ++totals->documents;
    totals->tokens += change.document.length;
    if (change.previous) totals->tokens -= change.previous->length;
  }
  for (const auto& [claim, document] : part.removed_documents) {
    --totals->documents;
    totals->tokens -= document.length;
  }
  return ok_status();
}

}  // namespace

Status for_each_index_part(const GraphStore& store, const WriteSet& writes,
                           std::size_t claims_per_part,
                           const std::function<Status(IndexWrites&&)>& visit) {
  const Pending pending = pending_of(writes);
  const Result<std::uint64_t> first_new_id = store.next_id();
  if (!first_new_id.ok()) return first_new_id.error();
  std::optional<TextTotals> totals;
  IndexWrites part;
  std::size_t claims_in_part = 0;
  for (const auto& [claim, edges] : pending.edges) {
    const auto text = pending.claims.find(claim);
    const auto removed_edges = pending.removed_edges.find(claim);
    const ClaimChange change{
        .claim = claim,
        .text = text == pending.claims.end() ? nullptr : &text->second->text,
        .removed = pending.removed_claims.contains(claim),
        .edges = &edges,
        .removed_edges =
            removed_edges == pending.removed_edges.end() ? nullptr : &removed_edges->second};
    CLAIMGRAPH_RETURN_IF_ERROR(reindex_claim(store, change, *first_new_id, part));
    if (++claims_in_part < claims_per_part) continue;
    CLAIMGRAPH_RETURN_IF_ERROR(count_documents(store, part, totals));
    CLAIMGRAPH_RETURN_IF_ERROR(visit(std::exchange(part, IndexWrites{})));
    claims_in_part = 0;
  }
  CLAIMGRAPH_RETURN_IF_ERROR(count_documents(store, part, totals));
  part.totals = totals;
  return visit(std::move(part));
}

std::optional<std::uint64_t> indexed_claim(const StoredEdge& edge) {
  if (is_stance(edge.rel) && edge.to.kind == NodeKind::kClaim) return edge.to.id;
  if ((edge.rel == Relation::kReportedBy || edge.rel == Relation::kAbout) &&
      edge.from.kind == NodeKind::kClaim) {
    return edge.from.id;
  }
  return std::nullopt;
}

Result<ClaimIndexer> ClaimIndexer::over(const GraphStore& store) {
  const Result<std::uint64_t> first_new_id = store.next_id();
  if (!first_new_id.ok()) return first_new_id.error();
  return ClaimIndexer(store, *first_new_id);
}

Status ClaimIndexer::add(std::uint64_t claim, const std::string* text,
                         const std::vector<const StoredEdge*>& edges, IndexWrites& part) {
  const ClaimChange change{.claim = claim, .text = text, .edges = &edges};
  return reindex_claim(*store_, change, first_new_id_, part);
}

Status ClaimIndexer::count(const IndexWrites& part) {
  return count_documents(*store_, part, totals_);
}

Result<IndexWrites> index_writes_for(const GraphStore& store, const WriteSet& writes) {
  IndexWrites index;
  CLAIMGRAPH_RETURN_IF_ERROR(
      for_each_index_part(store, writes, SIZE_MAX, [&](IndexWrites&& part) {
        index = std::move(part);
        return ok_status();
      }));
  return index;
}

}  // namespace claimgraph::core
