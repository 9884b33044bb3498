#include "core/timeline_query.h"

#include <map>

namespace claimgraph::core {

Result<std::vector<TimelineEntry>> timeline_of(const GraphStore& store, std::uint64_t speaker,
                                               const DateRange& dates) {
  Result<std::vector<Statement>> statements = statements_of(store, speaker);
  if (!statements.ok()) return statements.error();
  std::map<std::string, const Statement*> last_by_claim;  // claim key -> latest statement so far
  std::vector<TimelineEntry> entries;
  for (const Statement& statement : *statements) {
    TimelineEntry entry{.statement = statement, .reverses = std::nullopt};
    const Statement*& last = last_by_claim[statement.claim_key];
    if (last != nullptr && last->rel != statement.rel) {
      entry.reverses = Reversal{.rel = last->rel, .date = last->date, .article = last->article};
    }
    last = &statement;
    if (dates.contains(statement.date)) entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace claimgraph::core
