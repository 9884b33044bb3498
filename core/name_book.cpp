#include "core/name_book.h"

namespace claimgraph::core {
namespace {

Error missing(std::string_view what, std::uint64_t id) {
  return make_error(ErrorCode::kCorruption,
                    "edge points to missing " + std::string(what) + " #" + std::to_string(id));
}

}  // namespace

Result<std::string_view> NameBook::entity(std::uint64_t id) {
  if (const auto it = entities_.find(id); it != entities_.end()) return std::string_view(it->second);
  Result<std::optional<Entity>> entity = store_.get_entity(id);
  if (!entity.ok()) return entity.error();
  if (!entity->has_value()) return missing("entity", id);
  return std::string_view(entities_.emplace(id, std::move((*entity)->name)).first->second);
}

Result<std::string_view> NameBook::article(std::uint64_t id) {
  if (id == 0) return std::string_view();
  if (const auto it = articles_.find(id); it != articles_.end()) return std::string_view(it->second);
  Result<std::optional<Article>> article = store_.get_article(id);
  if (!article.ok()) return article.error();
  if (!article->has_value()) return missing("article", id);
  return std::string_view(articles_.emplace(id, std::move((*article)->key)).first->second);
}

}  // namespace claimgraph::core
