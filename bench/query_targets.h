// Query targets of a generated claim graph with their expected answer sizes, computed from the
// generator's own plans (independently of claimgraph), so that tests and bench/run can check
// claimgraph's answers: said, who, disputed --about and the depth-2 neighbourhood of render.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/claim_graph_generator.h"

namespace claimgraph::bench {

// Record and edge counts of the whole graph. `about` counts the about edges that the claims'
// about arrays create.
struct GraphShape {
  std::uint64_t articles = 0, entities = 0, claims = 0, disputed_claims = 0;
  std::uint64_t asserts = 0, denies = 0, reported_by = 0, about = 0;

  std::uint64_t edges() const { return asserts + denies + reported_by + about; }
  std::uint64_t nodes() const { return entities + claims + articles; }
};

// `said SPEAKER`: one row per asserts/denies edge of the speaker.
struct SaidTarget {
  std::string speaker;
  std::uint64_t statements = 0;
};

// `who CLAIM`: asserting and denying statements, and the distinct outlets that carried it.
struct WhoTarget {
  std::string claim;
  std::uint64_t asserts = 0, denies = 0, reported_by = 0;
};

// `disputed --about ENTITY`: claims about the entity with an asserts and a denies from
// different speakers.
struct DisputedTarget {
  std::string entity;
  std::uint64_t disputed = 0;
};

// The entities and claims within `depth` edges of `focus`, edges taken as undirected (articles
// are not nodes of the drawing), the focus included; `claims` of them are claims.
struct NeighbourhoodTarget {
  std::string focus;
  std::uint64_t depth = 2;
  std::uint64_t claims = 0;
  std::uint64_t nodes = 0;
};

struct QueryTargets {
  GeneratorOptions options;
  GraphShape shape;
  std::vector<SaidTarget> said;
  std::vector<WhoTarget> who;
  std::vector<DisputedTarget> disputed_about;
  std::vector<NeighbourhoodTarget> neighbourhood;
};

// About ten targets of each query, chosen deterministically: the heaviest, some in between
// and the lightest non-empty ones (plus an empty `disputed` if there is one). Replays every
// claim's plan twice; memory is a few counters and one bit per entity per neighbourhood focus,
// so it is exact at 10M claims too.
QueryTargets compute_targets(const ClaimGraphGenerator& generator);

// The targets as a JSON object, one target per line.
std::string targets_to_json(const QueryTargets& targets);

}  // namespace claimgraph::bench
