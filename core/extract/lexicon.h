// The extraction lexicons, parsed once from the compiled-in text files
// (core/extract/lexicon/README.md). Lookups take lower-case (folded) words or names.
// Thread-safe: the one instance is built on first use and never changes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/entity.h"
#include "core/relation.h"

namespace claimgraph::core::extract {

// A name the lexicons know: its canonical spelling and kind.
struct KnownName {
  std::string canonical;
  EntityKind kind = EntityKind::kOther;
};

class Lexicon {
 public:
  // The shared instance.
  static const Lexicon& get();

  // The stance of a reporting verb form ("said" -> asserts, "denied" -> denies), or nullopt.
  std::optional<Relation> verb_stance(std::string_view lower_word) const;
  bool is_denial_word(std::string_view lower_word) const {
    return denial_words_.count(std::string(lower_word)) > 0;
  }
  bool is_claim_noun(std::string_view lower_word) const {
    return claim_nouns_.count(std::string(lower_word)) > 0;
  }
  bool is_demonym(std::string_view lower_word) const {
    return demonyms_.count(std::string(lower_word)) > 0;
  }
  bool is_org_suffix(std::string_view lower_word) const {
    return org_suffixes_.count(std::string(lower_word)) > 0;
  }
  bool is_media_suffix(std::string_view lower_word) const {
    return media_suffixes_.count(std::string(lower_word)) > 0;
  }
  bool is_title(std::string_view lower_word) const {
    return titles_.count(std::string(lower_word)) > 0;
  }
  bool is_non_name(std::string_view lower_word) const {
    return non_names_.count(std::string(lower_word)) > 0;
  }
  // True for a role noun, single ("spokesman") or multi-word ("press secretary").
  bool is_role(std::string_view lower_phrase) const {
    return roles_.count(std::string(lower_phrase)) > 0;
  }
  // "company", "giant", "newspaper": a noun that stands for an organization.
  bool is_body_noun(std::string_view lower_word) const {
    return body_nouns_.count(std::string(lower_word)) > 0;
  }

  // The country a capital stands for when it acts ("Moscow said" -> "Russia"), or empty.
  std::string country_of_capital(std::string_view folded_capital) const {
    const auto it = capitals_.find(std::string(folded_capital));
    return it == capitals_.end() ? std::string() : it->second;
  }

  // The outlet, organization or place whose name or alias folds to `folded_name`, or nullptr.
  const KnownName* known(std::string_view folded_name) const;

 private:
  Lexicon();
  std::unordered_map<std::string, Relation> verbs_;
  std::unordered_set<std::string> denial_words_, claim_nouns_, demonyms_, org_suffixes_,
      media_suffixes_, titles_, non_names_, roles_, body_nouns_;
  std::unordered_map<std::string, KnownName> known_;
  std::unordered_map<std::string, std::string> capitals_;  // folded capital -> country name
};

}  // namespace claimgraph::core::extract
