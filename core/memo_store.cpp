#include "core/memo_store.h"

namespace claimgraph::core {
namespace {

// The remembered value of `id` in `memo`, else read with `read` and remembered if it is ok.
template <class Record, class Read>
Result<std::optional<Record>> remembered(
    std::unordered_map<std::uint64_t, std::optional<Record>>& memo, std::uint64_t id, Read read) {
  if (const auto it = memo.find(id); it != memo.end()) return it->second;
  Result<std::optional<Record>> record = read(id);
  if (record.ok()) memo.emplace(id, *record);
  return record;
}

}  // namespace

Result<std::optional<Entity>> MemoStore::get_entity(std::uint64_t id) const {
  return remembered<Entity>(entities_, id, [this](std::uint64_t i) { return store_->get_entity(i); });
}

Result<std::optional<Article>> MemoStore::get_article(std::uint64_t id) const {
  return remembered<Article>(articles_, id,
                             [this](std::uint64_t i) { return store_->get_article(i); });
}

}  // namespace claimgraph::core
