// "What did this speaker say?": every claim a speaker asserted or denied, with the provenance
// of each statement and the outlets that carried it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/graph_store.h"
#include "core/name_book.h"
#include "core/result.h"

namespace claimgraph::core {

// One asserts/denies edge, readable: the claim and where the statement was read.
struct Statement {
  std::string speaker;
  Relation rel = Relation::kAsserts;
  std::string claim_key;
  std::string claim_text;
  std::string date;
  std::string article;  // article key, or empty
  std::string quote;
  std::optional<double> confidence;
  std::string rule;
  std::vector<std::string> sources;  // outlets that carried it (reported-by, same article)
};

// Optional filters of a statement list. Dates compare as YYYY-MM-DD strings; statements
// without a date pass only when no date filter is set.
struct StatementFilter {
  std::optional<std::uint64_t> about;  // only claims with an about edge to this entity
  std::string since;                   // inclusive
  std::string until;                   // inclusive
};

// Every statement of `speaker` (an entity id), ordered by date, then claim key.
Result<std::vector<Statement>> statements_of(const GraphStore& store, std::uint64_t speaker,
                                             const StatementFilter& filter = {});

// The statement that stance edge `edge` records, given its claim and that claim's
// reported-by edges; kCorruption if one of its ends is missing.
Result<Statement> statement_from_edge(NameBook& names, StoredEdge edge, Claim claim,
                                      const std::vector<StoredEdge>& reports);

// Sorted, distinct names of the entities `edges` point to; only through edges of `article`
// when one is given (0: edges without an article).
Result<std::vector<std::string>> target_names(NameBook& names, const std::vector<StoredEdge>& edges,
                                              std::optional<std::uint64_t> article);

// The canonical name of entity `id`; kCorruption if it is missing.
Result<std::string> entity_name_of(const GraphStore& store, std::uint64_t id);

}  // namespace claimgraph::core
