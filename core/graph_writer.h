// GraphWriter collects the writes of one command (an import file, an ingested article, an
// `assert`) into one WriteSet, resolving names against the store and against what the same
// WriteSet already adds, so that the second mention of a new entity finds the first.
// Writing the same records twice gives the same WriteSet content: ingest and import are
// idempotent. Not thread-safe; one writer per command, and the store must not change while
// the writer lives (it remembers what the store answered).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "core/claim.h"
#include "core/edge.h"
#include "core/entity.h"
#include "core/graph_store.h"
#include "core/key_id_map.h"
#include "core/result.h"
#include "core/write_set.h"

namespace claimgraph::core {

class GraphWriter {
 public:
  explicit GraphWriter(const GraphStore& store) : store_(store) {}

  // Adds `entity` or merges it into the entity its name (or else one of its aliases)
  // resolves to: new aliases are added, an empty description or kind `other` is filled in.
  // kInvalidInput if the name is ambiguous.
  Result<std::uint64_t> put_entity(const Entity& entity);

  // The entity `name` resolves to; one of kind `kind_if_new` named `name` if none does.
  Result<std::uint64_t> entity_for(std::string_view name, EntityKind kind_if_new);

  // Adds `claim` (its key derived from the text if empty) unless a claim with that key
  // exists, and an `about` edge to each entity it names. Returns the claim's id.
  Result<std::uint64_t> put_claim(const Claim& claim);

  // The claim with `key`, in the store or added earlier; kNotFound:
  // `edge refers to unknown claim "KEY"`.
  Result<std::uint64_t> claim_for_key(std::string_view key);

  // Adds or overwrites `article`; its outlet, if named, becomes an entity of kind media.
  Result<std::uint64_t> put_article(const Article& article);

  // The article with `key`; kNotFound: `edge refers to unknown article "KEY"`.
  Result<std::uint64_t> article_for_key(std::string_view key);

  // Adds `edge` (names and keys as in FORMAT.md: speakers and outlets are created as needed,
  // claims and articles must exist: kNotFound otherwise). Field values are checked by the
  // reader (core/jsonl_reader.h) or the command, not here.
  Status put_edge(const Edge& edge);

  // Adds an edge between resolved nodes with the provenance of `edge` (its article resolved).
  Status put_edge(NodeId from, Relation rel, NodeId to, const Provenance& provenance);

  // The collected writes; the writer should not be used afterwards. What it remembered to
  // resolve names and keys is freed first: at 10M claims that is half a gigabyte, which the
  // last part of a big import then has back for its encoding.
  WriteSet take();

  // The writes collected so far that later records can only overwrite, not change: all but
  // the entities (a later record may add an alias) and the id counter, which stay for take().
  // For a StreamedWrite (core/streamed_write.h), so that a big import is never all in memory.
  WriteSet take_settled();

 private:
  // Whether the store holds nothing yet (its id counter was never moved): then a big import
  // into a new store neither asks it about every name and key nor remembers the answers.
  Result<bool> store_is_empty();
  Result<std::vector<std::uint64_t>> stored_entities(const std::string& folded);
  Result<std::optional<std::uint64_t>> stored_key(NodeKind kind, std::string_view key);
  Result<std::uint64_t> resolve_pending(std::string_view name);
  Result<std::uint64_t> allocate_id();
  void index_names(std::uint64_t id, const Entity& entity);
  Result<Entity> current_entity(std::uint64_t id);

  const GraphStore& store_;
  WriteSet writes_;
  std::uint64_t next_id_ = 0;                                     // 0: not read from the store yet
  std::optional<bool> store_is_empty_;                            // not asked yet
  std::unordered_map<std::string, std::uint64_t> pending_names_;  // folded name -> id
  // Names as written -> their entry in pending_names_, for names the store does not know: an
  // import resolves a speaker or outlet for every edge, mostly the same few thousand names.
  // Entries are never erased and a map's nodes never move, so the pointers stay good.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };
  std::unordered_map<std::string, const std::uint64_t*, NameHash, std::equal_to<>> resolved_names_;
  // The store's answers to find_entities, by folded name: an import asks for every edge.
  std::unordered_map<std::string, std::vector<std::uint64_t>> stored_names_;
  std::map<std::uint64_t, std::size_t> pending_entities_;  // id -> index in writes_.entities
  KeyIdMap pending_claims_;                                // key -> id
  KeyIdMap pending_articles_;                              // key -> id
};

}  // namespace claimgraph::core
