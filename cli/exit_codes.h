// The process exit codes of claimgraph (DESIGN.md) and how a core error maps onto them.
#pragma once

#include "core/result.h"

namespace claimgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;  // bad input, unknown name, I/O: the user can fix it
inline constexpr int kExitUsage = 2;      // bad command line
inline constexpr int kExitInternal = 3;   // a bug, or a corrupt or incompatible store

inline int exit_code_for(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kCorruption:
    case core::ErrorCode::kInternal:
      return kExitInternal;
    default:
      return kExitUserError;
  }
}

}  // namespace claimgraph::cli
