#include "cli/store_open.h"

#include <cstdlib>

#include "core/memo_store.h"
#include "storage/rocks_graph_store.h"

namespace claimgraph::cli {
namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

core::Result<std::unique_ptr<core::GraphStore>> open_store(const GlobalOptions& global,
                                                           storage::OpenMode mode) {
  const std::string dir = store_dir(global);
  if (dir.empty()) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "no store directory: pass --db DIR or set CLAIMGRAPH_DB or HOME");
  }
  auto store = storage::RocksGraphStore::open(dir, mode);
  if (!store.ok()) return store.error();
  return std::unique_ptr<core::GraphStore>(std::move(*store));
}

}  // namespace

std::string store_dir(const GlobalOptions& global) {
  if (!global.db.empty()) return global.db;
  if (std::string dir = env_or_empty("CLAIMGRAPH_DB"); !dir.empty()) return dir;
  if (std::string data = env_or_empty("XDG_DATA_HOME"); !data.empty()) {
    return data + "/claimgraph";
  }
  if (std::string home = env_or_empty("HOME"); !home.empty()) {
    return home + "/.local/share/claimgraph";
  }
  return "";
}

core::Result<std::unique_ptr<core::GraphStore>> open_store_for_reading(
    const GlobalOptions& global) {
  auto store = open_store(global, storage::OpenMode::kReadOnly);
  if (!store.ok()) return store.error();
  return std::unique_ptr<core::GraphStore>(std::make_unique<core::MemoStore>(std::move(*store)));
}

core::Result<std::unique_ptr<core::StoreChecker>> open_checker_for_reading(
    const GlobalOptions& global) {
  const std::string dir = store_dir(global);
  if (dir.empty()) return open_store(global, storage::OpenMode::kReadOnly).error();
  auto store = storage::RocksGraphStore::open(dir, storage::OpenMode::kReadOnly);
  if (!store.ok()) return store.error();
  return std::unique_ptr<core::StoreChecker>(std::move(*store));
}

core::Result<std::unique_ptr<core::GraphStore>> open_store_for_writing(
    const GlobalOptions& global) {
  return open_store(global, storage::OpenMode::kReadWrite);
}

core::Status write_in_one_batch(const GlobalOptions& global,
                                const std::function<core::Status(core::GraphWriter&)>& collect) {
  auto store = open_store_for_writing(global);
  if (!store.ok()) return store.error();
  core::GraphWriter writer(**store);
  CLAIMGRAPH_RETURN_IF_ERROR(collect(writer));
  return (*store)->apply(writer.take());
}

core::Status apply_in_one_batch(
    const GlobalOptions& global,
    const std::function<core::Result<core::WriteSet>(const core::GraphStore&)>& plan) {
  auto store = open_store_for_writing(global);
  if (!store.ok()) return store.error();
  core::Result<core::WriteSet> writes = plan(**store);
  if (!writes.ok()) return writes.error();
  return (*store)->apply(*writes);
}

}  // namespace claimgraph::cli
