// "Who says this?": one claim with everyone who asserts or denies it, the outlets that
// carried each statement, and the entities it is about.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date_range.h"
#include "core/graph_store.h"
#include "core/result.h"
#include "core/said_query.h"

namespace claimgraph::core {

struct ClaimReport {
  std::string key;
  std::string text;
  std::vector<std::string> about;       // entity names, sorted
  std::vector<Statement> asserted;      // by date, then speaker
  std::vector<Statement> denied;        // by date, then speaker
  std::vector<std::string> reported_by;  // every outlet that carried it, sorted
};

// The report of claim `id`; kCorruption if the claim or an edge's end is missing.
Result<ClaimReport> report_claim(const GraphStore& store, std::uint64_t id);

// The reports of claims `ids`, in that order, read with the store's batch reads.
Result<std::vector<ClaimReport>> report_claims(const GraphStore& store,
                                               const std::vector<std::uint64_t>& ids);

// As report_claims, except that each side holds one Statement per distinct speaker, in name
// order, with only `speaker` and `rel` set: the speakers come from the claims' `in` keys, and
// the stance payloads (date, quote, article), a random read each in the `out` family, are not
// read. For listings that name who asserts and who denies, not when or where.
Result<std::vector<ClaimReport>> report_claim_speakers(const GraphStore& store,
                                                       const std::vector<std::uint64_t>& ids);

// Keeps only the statements of `report` dated within `dates`; when a range is set,
// reported_by becomes the outlets that carried those statements. No-op for an unset range.
void keep_dates(ClaimReport& report, const DateRange& dates);

}  // namespace claimgraph::core
