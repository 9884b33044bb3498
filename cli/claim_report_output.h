// Human output of a claim report, shared by `who` and `show`.
#pragma once

#include <iosfwd>

#include "core/claim_report.h"

namespace claimgraph::cli {

// Prints the claim's text, key, about, outlets and a table of its statements.
void print_claim_report(std::ostream& out, const core::ClaimReport& report);

}  // namespace claimgraph::cli
