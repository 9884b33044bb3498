#include "core/extract/lexicon.h"

#include <vector>

#include "core/extract/lexicon_data.h"
#include "core/name_fold.h"

namespace claimgraph::core::extract {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The entries of a lexicon file: one per line, comments and blank lines dropped.
std::vector<std::string_view> entries(std::string_view content) {
  std::vector<std::string_view> out;
  while (!content.empty()) {
    const std::size_t end = content.find('\n');
    std::string_view line = content.substr(0, end);
    content = end == std::string_view::npos ? std::string_view() : content.substr(end + 1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    line = trim(line);
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// Splits "A = B = C" into its trimmed parts.
std::vector<std::string_view> split_names(std::string_view entry) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= entry.size()) {
    const std::size_t eq = entry.find(" = ", start);
    out.push_back(trim(entry.substr(start, eq == std::string_view::npos ? eq : eq - start)));
    if (eq == std::string_view::npos) break;
    start = eq + 3;
  }
  return out;
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon instance;
  return instance;
}

Lexicon::Lexicon() {
  for (std::size_t i = 0; i < kLexiconFileCount; ++i) {
    const LexiconFile& file = kLexiconFiles[i];
    std::unordered_set<std::string>* words = nullptr;
    std::optional<EntityKind> kind;
    if (file.name == "denial_words") words = &denial_words_;
    if (file.name == "claim_nouns") words = &claim_nouns_;
    if (file.name == "demonyms") words = &demonyms_;
    if (file.name == "org_suffixes") words = &org_suffixes_;
    if (file.name == "media_suffixes") words = &media_suffixes_;
    if (file.name == "titles") words = &titles_;
    if (file.name == "non_names") words = &non_names_;
    if (file.name == "role_nouns") words = &roles_;
    if (file.name == "body_nouns") words = &body_nouns_;
    if (file.name == "outlets") kind = EntityKind::kMedia;
    if (file.name == "organizations") kind = EntityKind::kOrganization;
    if (file.name == "places") kind = EntityKind::kPlace;
    for (std::string_view entry : entries(file.content)) {
      if (file.name == "reporting_verbs") {
        const std::size_t space = entry.find(' ');
        if (space == std::string_view::npos) continue;
        const std::string_view stance = trim(entry.substr(space + 1));
        verbs_[std::string(entry.substr(0, space))] =
            stance == "denies" ? Relation::kDenies : Relation::kAsserts;
      } else if (file.name == "capitals") {
        const std::vector<std::string_view> names = split_names(entry);
        if (names.size() == 2) capitals_[fold_name(names[0])] = std::string(names[1]);
      } else if (words != nullptr) {
        words->insert(fold_name(entry));
      } else if (kind) {
        const std::vector<std::string_view> names = split_names(entry);
        const KnownName known{std::string(names.front()), *kind};
        for (std::string_view name : names) known_.emplace(fold_name(name), known);
      }
    }
  }
}

std::optional<Relation> Lexicon::verb_stance(std::string_view lower_word) const {
  const auto it = verbs_.find(std::string(lower_word));
  if (it == verbs_.end()) return std::nullopt;
  return it->second;
}

const KnownName* Lexicon::known(std::string_view folded_name) const {
  const auto it = known_.find(std::string(folded_name));
  return it == known_.end() ? nullptr : &it->second;
}

}  // namespace claimgraph::core::extract
