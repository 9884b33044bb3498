// A record of the JSON Lines interchange format (FORMAT.md): what import reads, export and
// `ingest --dry-run --format jsonl` write, and what extraction produces.
#pragma once

#include <cstddef>
#include <variant>
#include <vector>

#include "core/article.h"
#include "core/claim.h"
#include "core/edge.h"
#include "core/entity.h"

namespace claimgraph::core {

using Record = std::variant<Article, Entity, Claim, Edge>;

// A record with the line of the file it was read from (0 when it was not read from a file).
struct NumberedRecord {
  Record record;
  std::size_t line = 0;
};

using RecordList = std::vector<NumberedRecord>;

}  // namespace claimgraph::core
