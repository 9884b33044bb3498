// bench/gen: a deterministic generator of realistic claim graphs in JSON Lines (FORMAT.md),
// shared by the query tests of issue 4 and the benchmark of issue 5. The same claim count and
// seed always give byte-identical output, on any platform.
#pragma once

#include <cstdint>

#include "bench/claim_plan.h"
#include "bench/entity_catalog.h"
#include "bench/json_line_buffer.h"

namespace claimgraph::bench {

struct GeneratorOptions {
  std::uint64_t claims = 0;
  std::uint64_t seed = 1;
};

// Writes a graph of `options.claims` claims: ~N/20 speakers with Zipf activity, 200 outlets,
// ~N/50 entities to be about, one article per 10 claims. Holds the entity catalog (about 100
// bytes per entity); claims are replayed from their plans, never stored.
class ClaimGraphGenerator {
 public:
  explicit ClaimGraphGenerator(const GeneratorOptions& options);
  ClaimGraphGenerator(const ClaimGraphGenerator&) = delete;
  ClaimGraphGenerator& operator=(const ClaimGraphGenerator&) = delete;

  // Writes every record in an order `claimgraph import` accepts: articles, entities, claims,
  // then edges (asserts, denies, reported-by per claim). Flushes `out` at the end.
  void write_jsonl(JsonLineBuffer& out) const;

  const GeneratorOptions& options() const { return options_; }
  const EntityCatalog& catalog() const { return catalog_; }
  const ClaimPlanner& planner() const { return planner_; }

  // The key of claim `index` and of article `index`.
  static std::string claim_key(std::uint64_t index);
  static std::string article_key(std::uint64_t index);

 private:
  void write_article(JsonLineBuffer& out, std::uint64_t index) const;
  void write_entity(JsonLineBuffer& out, const GeneratedEntity& entity) const;
  void write_claim(JsonLineBuffer& out, std::uint64_t index) const;
  void write_edges(JsonLineBuffer& out, std::uint64_t index) const;

  GeneratorOptions options_;
  EntityCatalog catalog_;
  ClaimPlanner planner_;
};

}  // namespace claimgraph::bench
