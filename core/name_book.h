// core/name_book.h: the names of entities and the keys of articles that a query's statements
// show, each read from the store once per query and then handed out without a copy. A
// speaker's 100k statements name the same speakers, outlets and articles again and again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/graph_store.h"
#include "core/result.h"

namespace claimgraph::core {

class NameBook {
 public:
  explicit NameBook(const GraphStore& store) : store_(store) {}

  // The canonical name of entity `id`; kCorruption if the store has no such entity. The view
  // lives as long as the book.
  Result<std::string_view> entity(std::uint64_t id);
  // The key of article `id`, or "" for 0; kCorruption if the store has no such article.
  Result<std::string_view> article(std::uint64_t id);

  // Read ahead the names of entities `ids` and the keys of articles `ids` (any order, repeats
  // and 0 allowed) in id order, the store's key order: far cheaper than a random read each as
  // entity() and article() are asked. Missing ones are left for those to report.
  Status read_entities(std::vector<std::uint64_t> ids);
  Status read_articles(std::vector<std::uint64_t> ids);

  const GraphStore& store() const { return store_; }

 private:
  const GraphStore& store_;
  std::unordered_map<std::uint64_t, std::string> entities_;
  std::unordered_map<std::uint64_t, std::string> articles_;
};

}  // namespace claimgraph::core
