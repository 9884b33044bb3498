// The noun pattern of AttributionFinder (attribution.h): "X's allegations that ...",
// "the allegations by X that ...", "a report in OUTLET that ...".
#include <unordered_set>

#include "core/extract/attribution.h"
#include "core/extract/lexicon.h"
#include "core/extract/word_classes.h"

namespace claimgraph::core::extract {

std::optional<std::size_t> AttributionFinder::claim_noun_owner(std::size_t si, std::size_t i,
                                                               std::size_t& after) const {
  const auto& tk = sentences_[si].tokens;
  after = i + 1;
  std::size_t before = i;  // "Novak's earlier claims": one adjective may come between
  if (before > 0 && !tk[before - 1].is_capitalized && tk[before - 1].is_word() &&
      tk[before - 1].lower != "'s" && !is_function_word(tk[before - 1].lower)) {
    --before;
  }
  if (before >= 2 && tk[before - 1].lower == "'s") {
    if (const Mention* m = table_.mention_ending_at(si, before - 1)) return m->entity;
    return std::nullopt;
  }
  if (before >= 1) {
    if (auto owner = coref_.resolve_possessive(tk[before - 1].lower)) return owner;
  }
  if (i + 2 < tk.size() &&
      (tk[i + 1].lower == "by" || tk[i + 1].lower == "in" || tk[i + 1].lower == "from")) {
    const Mention* m = table_.mention_starting_at(si, i + 2);  // "in The Harbour Times"
    if (m == nullptr && tk[i + 2].lower == "the") m = table_.mention_starting_at(si, i + 3);
    if (m != nullptr) {
      const bool is_media = table_.entities[m->entity].entity.kind == EntityKind::kMedia;
      if (tk[i + 1].lower != "in" || is_media) {
        after = m->last;
        return m->entity;
      }
    }
  }
  return std::nullopt;
}

void AttributionFinder::process_claim_nouns(std::size_t si, std::size_t start) {
  const auto& tk = sentences_[si].tokens;
  const Lexicon& lex = Lexicon::get();
  for (std::size_t i = start; i < tk.size(); ++i) {
    if (tk[i].is_quoted || !lex.is_claim_noun(tk[i].lower) || tk[i].lower == "statement") continue;
    std::size_t after = i + 1;
    const std::optional<std::size_t> owner = claim_noun_owner(si, i, after);
    if (!owner) continue;
    std::size_t k = after;  // the content: "that ..." within a few words, or "of ..."
    while (k < tk.size() && k < after + 10 && tk[k].lower != "that" && tk[k].lower != "," &&
           !lex.verb_stance(tk[k].lower)) {
      ++k;
    }
    std::size_t from = 0;
    if (k < tk.size() && tk[k].lower == "that") {
      from = k + 1;
    } else if (after < tk.size() && (tk[after].lower == "of" || tk[after].lower == "about")) {
      from = after + 1;
    } else {
      continue;
    }
    std::size_t end = from;
    while (end < tk.size() && !(tk[end].lower == "," && !tk[end].is_quoted) && tk[end].lower != ";")
      ++end;
    Attribution a;
    a.sentence = si;
    a.speaker = *owner;
    a.claim = TokenRange{from, end};
    a.rule = "claim-noun";
    a.confidence = 0.5;
    a.is_embedded = true;
    emit(std::move(a));
  }
}

}  // namespace claimgraph::core::extract
