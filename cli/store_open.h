// Where the store lives (--db, CLAIMGRAPH_DB, the XDG data directory) and opening it the way
// a command needs: read-only for queries (so they run beside a writer), read-write for writes.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "cli/command.h"
#include "core/graph_store.h"
#include "core/graph_writer.h"
#include "core/result.h"
#include "core/store_checker.h"

namespace claimgraph::cli {

// --db if given, else $CLAIMGRAPH_DB, else $XDG_DATA_HOME/claimgraph, else
// $HOME/.local/share/claimgraph.
std::string store_dir(const GlobalOptions& global);

// Opens the store read-only, remembering the entities and articles it reads (core/memo_store.h);
// kNotFound if there is none yet.
core::Result<std::unique_ptr<core::GraphStore>> open_store_for_reading(const GlobalOptions& global);

// Opens the store read-only for `check`; errors as open_store_for_reading.
core::Result<std::unique_ptr<core::StoreChecker>> open_checker_for_reading(
    const GlobalOptions& global);

// Opens (creating if needed) the store for writing; kLocked if another process writes.
core::Result<std::unique_ptr<core::GraphStore>> open_store_for_writing(const GlobalOptions& global);
// Opens the store for writing, lets `collect` add records to a GraphWriter over it, and
// writes what it collected as one atomic batch; nothing is written if `collect` fails.
core::Status write_in_one_batch(const GlobalOptions& global,
                                const std::function<core::Status(core::GraphWriter&)>& collect);
// Opens the store for writing and applies the WriteSet `plan` derives from it, as one atomic
// batch; nothing is written if `plan` fails.
core::Status apply_in_one_batch(
    const GlobalOptions& global,
    const std::function<core::Result<core::WriteSet>(const core::GraphStore&)>& plan);

}  // namespace claimgraph::cli
