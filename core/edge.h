// An edge as the user and FORMAT.md see it: its ends are names (entities) and keys (claims),
// with the provenance of the statement it records.
#pragma once

#include <optional>
#include <string>

#include "core/relation.h"

namespace claimgraph::core {

// Where an edge came from. Every field may be empty.
struct Provenance {
  std::string article;  // article key
  std::string date;     // YYYY-MM-DD
  std::string quote;    // verbatim span of the article
  std::optional<double> confidence;  // 0..1
  std::string rule;     // the extraction rule that produced the edge, for ingested edges

  bool operator==(const Provenance&) const = default;
};

struct Edge {
  Relation rel = Relation::kAsserts;
  std::string from;  // entity name (asserts, denies) or claim key (reported-by, about)
  std::string to;    // claim key (asserts, denies) or entity name (reported-by, about)
  Provenance provenance;

  bool operator==(const Edge&) const = default;
};

}  // namespace claimgraph::core
