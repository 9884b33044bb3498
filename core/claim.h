// A claim: a proposition that speakers assert or deny, identified by a stable key.
#pragma once

#include <string>
#include <vector>

namespace claimgraph::core {

struct Claim {
  std::string key;                 // unique; derived from the text when none is given
  std::string text;                // the proposition, as normalized by the author or extractor
  std::vector<std::string> about;  // names of the entities the claim is about

  bool operator==(const Claim&) const = default;
};

}  // namespace claimgraph::core
