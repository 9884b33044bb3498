// The integrity check of a store (`claimgraph check`): every invariant the store keeps, verified
// against its raw records. Implemented by storage/rocks_graph_store.h, which alone can read the
// raw column families; core and cli see only this interface.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace claimgraph::core {

// One broken invariant: the column family and printable key of the record, and what is wrong.
struct StoreProblem {
  std::string family;
  std::string key;      // printable: ASCII as is, other bytes as \xHH
  std::string message;  // e.g. `out-edge has no in-edge twin`

  bool operator==(const StoreProblem&) const = default;
};

struct CheckReport {
  std::uint64_t nodes = 0;  // node records read
  std::uint64_t edges = 0;  // out-edge records read
  std::vector<StoreProblem> problems;  // empty if the store is consistent
};

class StoreChecker {
 public:
  virtual ~StoreChecker() = default;

  // Verifies that every out-edge has its in-edge twin and vice versa, that every edge's ends
  // and article exist, that every name and key index entry points to a live record, and that
  // the stance counts, the disputed index and the text index equal a recomputation from the
  // records. Problems are reported, not returned as errors: fails only if reading fails.
  virtual Result<CheckReport> check() const = 0;
};

}  // namespace claimgraph::core
