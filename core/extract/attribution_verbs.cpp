// The verb patterns of AttributionFinder (attribution.h): "X said (that) ...", "..., X said",
// "...," said X, "X told OUTLET ...", "X called ... groundless", nested and coordinated verbs.
#include <unordered_set>

#include "core/extract/attribution.h"
#include "core/extract/lexicon.h"
#include "core/extract/word_classes.h"

namespace claimgraph::core::extract {

std::optional<std::size_t> AttributionFinder::subject_before(std::size_t si, std::size_t start,
                                                             std::size_t v,
                                                             std::size_t& phrase_first) const {
  const auto& tk = sentences_[si].tokens;
  std::size_t j = v;
  while (j > start) {
    const std::string& w = tk[j - 1].lower;
    if (is_skippable_before_verb(w) ||
        (w.size() > 4 && w.ends_with("ly") && !tk[j - 1].is_capitalized)) {
      --j;
    } else if (is_weekday(w) && j >= start + 2 && tk[j - 2].lower == "on") {
      j -= 2;
    } else {
      break;
    }
  }
  if (j > start && (tk[j - 1].lower == "which" || tk[j - 1].lower == "who")) {
    // "news site Quillpost, which said ...", "Ana Ruiz who said ...": the antecedent speaks
    std::size_t end = j - 1;
    if (end > start && tk[end - 1].lower == ",") --end;
    if (const Mention* m = table_.mention_ending_at(si, end)) {
      phrase_first = j - 1;
      return m->entity;
    }
    return std::nullopt;
  }
  if (tk[v].lower.ends_with("ing") && j > start && tk[j - 1].lower == ",") {
    // ", insisting it had not been hacked": the subject of the sentence
    phrase_first = v;
    if (!attributions_.empty() && attributions_.back().sentence == si)
      return attributions_.back().speaker;
    if (const Mention* m = table_.mention_starting_at(si, start)) return m->entity;
    if (start + 1 < tk.size() && tk[start].lower == "the") {
      if (const Mention* m = table_.mention_starting_at(si, start + 1)) return m->entity;
    }
    std::optional<std::size_t> person;  // "showed Mr Brandt, talking about X, telling ..."
    for (const Mention& m : table_.mentions_in(si, start, v)) {
      if (table_.entities[m.entity].entity.kind == EntityKind::kPerson) person = m.entity;
    }
    return person;
  }
  if (tk[v].lower.ends_with("ing")) return std::nullopt;
  if (j >= start + 3 && tk[j - 1].lower == ")" && tk[j - 3].lower == "(") j -= 3;
  if (j > start && tk[j - 1].lower == ",") {  // "X, the press secretary of Y, said"
    std::size_t c = j - 1;
    while (c > start && j - c < 20 && tk[c - 1].lower != ",") --c;
    if (c <= start) return std::nullopt;
    if (const Mention* m = table_.mention_starting_at(si, c); m != nullptr && m->last == j - 1) {
      phrase_first = c;  // "The firm that raised the alarm, Kestrel Labs, said"
      return m->entity;
    }
    std::size_t before = c - 1;
    if (before >= start + 3 && tk[before - 1].lower == ")" && tk[before - 3].lower == "(")
      before -= 3;
    const bool owned_document =
        before >= start + 2 && Coreference::is_document_noun(tk[before - 1].lower);
    if (table_.mention_ending_at(si, before) == nullptr && !owned_document) return std::nullopt;
    j = before;  // "Ana Ruiz, 46, said", "Her lawsuit, filed in May, said"
  }
  if (j > start + 2 && (tk[j - 1].lower == "and" || tk[j - 1].lower == "but")) {
    // "Mr Osei pleaded not guilty and denied ...": a second predicate of the sentence subject
    if (const auto subject = sentence_subject(si, start)) {
      phrase_first = j;
      return subject;
    }
  }
  std::size_t b = j;
  while (b > start && j - b < 10 &&
         (is_phrase_token(tk[b - 1]) ||
          (tk[b - 1].lower == "." && !tk[b - 1].has_space_before && b >= start + 2 &&
           tk[b - 2].is_capitalized && tk[b - 2].text.size() <= 4))) {
    --b;
  }
  if (b == j) return std::nullopt;
  phrase_first = b;
  if (Coreference::is_pronoun(tk[j - 1].lower)) {
    phrase_first = j - 1;
    return coref_.resolve(si, j - 1, j);
  }
  return coref_.resolve(si, b, j);
}

std::optional<std::size_t> AttributionFinder::sentence_subject(std::size_t si,
                                                               std::size_t start) const {
  const auto& tk = sentences_[si].tokens;
  std::size_t first = start;
  if (first + 1 < tk.size() && Coreference::is_pronoun(tk[first].lower) &&
      tk[first + 1].is_word()) {
    return coref_.resolve(si, first, first + 1);  // "He did not X but argued ..."
  }
  if (first < tk.size() && (tk[first].lower == "the" || Lexicon::get().is_title(tk[first].lower))) {
    ++first;
  }
  const Mention* m = table_.mention_starting_at(si, first);
  if (m == nullptr || m->last >= tk.size() ||
      table_.entities[m->entity].entity.kind == EntityKind::kPlace) {
    return std::nullopt;
  }
  const std::string& next = tk[m->last].lower;  // the subject's verb or an aside ("- who ...")
  if (next == "'s" || next == "of" || next == "and" || tk[m->last].is_quote()) return std::nullopt;
  return m->entity;
}

std::optional<std::size_t> AttributionFinder::outlet_in(std::size_t si, std::size_t first,
                                                        std::size_t last) const {
  const auto& tk = sentences_[si].tokens;
  for (const Mention& m : table_.mentions_in(si, first, last)) {
    if (table_.entities[m.entity].entity.kind != EntityKind::kMedia) continue;
    std::size_t p = m.first;
    if (p > 0 && tk[p - 1].lower == "the") --p;
    const std::string prev = p > 0 ? tk[p - 1].lower : "";
    const std::string prev2 = p > 1 ? tk[p - 2].lower : "";
    const std::string next = m.last < tk.size() ? tk[m.last].lower : "";
    if (prev == "told" || prev == "tells" || prev == "on" || prev == "from" || prev == "with" ||
        (prev == "by" && (prev2 == "carried" || prev2 == "cited" || prev2 == "quoted")) ||
        (prev == "to" && prev2 != "went" && prev2 != "moved" && prev2 != "joined") ||
        next == "reported" || next == "reports" || next == "cited" || next == "quoted") {
      return m.entity;
    }
  }
  return std::nullopt;
}

TokenRange AttributionFinder::complement_after(std::size_t si, std::size_t v,
                                               Attribution& a) const {
  const auto& tk = sentences_[si].tokens;
  const std::size_t n = tk.size();
  std::size_t i = v + 1;
  const bool is_tell = tk[v].lower == "told" || tk[v].lower == "tells" || tk[v].lower == "tell" ||
                       tk[v].lower == "telling";
  if (is_tell) {
    for (std::size_t k = i; k < n && k < i + 12;
         ++k) {  // "told US TV network Fox News on Sunday that"
      const std::string& w = tk[k].lower;
      if (tk[k].is_quoted || w == "," || Lexicon::get().verb_stance(w)) break;
      const bool pronoun = Coreference::is_pronoun(w) || w == "i";
      if (pronoun && (k == i || tk[k - 1].lower == "him" || tk[k - 1].lower == "her")) break;
      if (k > i && (w == "that" || w == ":" || pronoun)) {
        if (auto outlet = outlet_in(si, i, k)) a.outlet = outlet;
        for (const Mention& m : table_.mentions_in(si, i, k)) {
          if (table_.entities[m.entity].entity.kind == EntityKind::kMedia) a.outlet = m.entity;
        }
        i = k;
        break;
      }
    }
  }
  if (i == v + 1 && is_tell) {
    const std::size_t at = i < n && (tk[i].lower == "the" || tk[i].lower == "a") ? i + 1 : i;
    if (const Mention* m = table_.mention_starting_at(si, at)) {
      if (table_.entities[m->entity].entity.kind == EntityKind::kMedia) a.outlet = m->entity;
      i = m->last;
    } else if (i < n && !tk[i].is_capitalized && tk[i].is_word() && tk[i].lower != "that") {
      i += (tk[i].lower == "the" || tk[i].lower == "a") ? 2 : 1;  // "told reporters", "the paper"
    }
    if (i < n && tk[i].lower == "'s") {
      for (std::size_t k = i; k < n && k < i + 6; ++k) {
        if (tk[k].lower == ":" || tk[k].lower == "that") {
          i = k;
          break;
        }
      }
    }
  }
  if (i + 1 < n && tk[i].lower == "to" && tk[v].lower != "told") {  // "denied to Reuters that"
    const std::size_t at = tk[i + 1].lower == "the" ? i + 2 : i + 1;
    const Mention* m = table_.mention_starting_at(si, at);
    if (m != nullptr && table_.entities[m->entity].entity.kind == EntityKind::kMedia) {
      a.outlet = m->entity;
      i = m->last;
    } else {
      a.needs_subject = true;  // "claimed to have X": the speaker has X
      ++i;
    }
  }
  if (i < n && tk[i].lower == ",") {  // "added, on Coastal Radio's morning show: ..."
    for (std::size_t k = i + 1; k < n && k < i + 14; ++k) {
      if (tk[k].lower == ":") {
        if (auto outlet = outlet_in(si, i, k)) a.outlet = outlet;
        i = k;
        break;
      }
      if (tk[k].is_quote()) break;
    }
  }
  if (i + 2 < n && tk[i].lower == "in" && !tk[i].is_quoted) {  // "said in a tweet on Sunday"
    for (std::size_t k = i + 1; k < n && k < i + 5; ++k) {
      const std::string& w = tk[k].lower;
      if (w == "statement" || w == "tweet" || w == "interview" || w == "post" || w == "letter" ||
          w == "video" || w == "message" || w == "speech" || w == "briefing" || w == "email" ||
          w == "comments" || w == "remarks" || w == "blog" || w == "filing" || w == "release") {
        i = k + 1;
        if (i + 1 < n && (tk[i].lower == "with" || tk[i].lower == "to")) {
          if (const Mention* m =
                  table_.mention_starting_at(si, tk[i + 1].lower == "the" ? i + 2 : i + 1)) {
            if (table_.entities[m->entity].entity.kind == EntityKind::kMedia) a.outlet = m->entity;
            i = m->last;
          }
        }
        if (i + 1 < n && tk[i].lower == "on" && is_weekday(tk[i + 1].lower)) i += 2;
        if (i + 1 < n && tk[i].lower == "," && tk[i + 1].lower.ends_with("ing"))
          return TokenRange{n, n};
        break;
      }
    }
  }
  while (i < n) {
    const std::string& w = tk[i].lower;
    if (w == "that" || w == ":" || w == "," || w == "also" || w == "again" || is_weekday(w) ||
        w == "earlier" || w == "later") {
      ++i;
    } else if (w == "on" && i + 1 < n && is_weekday(tk[i + 1].lower)) {
      i += 2;
    } else {
      break;
    }
  }
  std::size_t end = n;
  for (std::size_t k = i + 1; k < n; ++k) {
    const std::string& w = tk[k].lower;
    if (a.rel == Relation::kDenies && !tk[k].is_quoted && (w == "since" || w == "until")) {
      end = k;  // "denied taking drugs since 2003": the tail dates the denial
      break;
    }
    bool is_name_relative = (w == "who" || w == "which") && k >= 2 && tk[k - 2].is_capitalized;
    for (std::size_t p = k >= 5 ? k - 5 : 1; is_name_relative && p + 1 < k; ++p) {
      if (tk[p].lower == "not" && tk[p - 1].lower == ",")
        is_name_relative = false;  // "X, not Y, who"
    }
    if (tk[k - 1].lower == "," && !tk[k].is_quoted &&
        (w == "although" || w == "though" || w == "despite" || w == "citing" || w == "according" ||
         w == "since" || is_name_relative ||  // ", since it has ...", "Ana Ruiz, who ..."
         (w.ends_with("ing") && Lexicon::get().verb_stance(w)))) {
      end = k;
      break;
    }
  }
  return trim_range(sentences_[si], TokenRange{i, end});
}

void AttributionFinder::process_verb(std::size_t si, std::size_t start, std::size_t v) {
  const Sentence& s = sentences_[si];
  const auto& tk = s.tokens;
  const Lexicon& lex = Lexicon::get();
  Attribution a;
  a.sentence = si;
  a.rel = *lex.verb_stance(tk[v].lower);
  std::size_t phrase_first = v;
  std::optional<std::size_t> subject = subject_before(si, start, v, phrase_first);
  Attribution* outer = nullptr;
  if (!attributions_.empty() && attributions_.back().sentence == si &&
      attributions_.back().claim.first <= v && v < attributions_.back().claim.last) {
    outer = &attributions_.back();
  }
  if (!subject && outer != nullptr && v > start &&
      (tk[v - 1].lower == "and" || tk[v - 1].lower == "but")) {
    subject = outer->speaker;  // "denied the claims and said ...": the same subject
    phrase_first = v;
  }
  if (outer != nullptr && phrase_first == outer->claim.first && phrase_first + 1 == v &&
      Coreference::is_pronoun(tk[phrase_first].lower)) {
    subject = outer->speaker;  // "Kestrel said it rejected ...": the pronoun is the speaker
  }
  if (outer != nullptr && (!subject || *subject != outer->speaker)) return;  // a nested report
  if (is_characterizing_verb(tk[v].lower)) {
    std::size_t adjective = v + 1;
    while (adjective < tk.size() && adjective < v + 30 &&
           !lex.is_denial_word(tk[adjective].lower)) {
      ++adjective;
    }
    if (!subject || adjective >= tk.size() || adjective >= v + 30) return;
    std::size_t end = adjective;
    while (end > v + 1 &&
           (tk[end - 1].is_quote() || tk[end - 1].lower == "as" || !tk[end - 1].is_word() ||
            tk[end - 1].lower == "and" || tk[end - 1].lower == "utterly" ||
            tk[end - 1].lower == "completely" || tk[end - 1].lower == "totally" ||
            lex.is_denial_word(tk[end - 1].lower))) {
      --end;
    }
    a.speaker = *subject;
    a.rel = Relation::kDenies;
    a.claim = denied_proposition(s, TokenRange{v + 1, end});
    a.rule = "called-false";
    a.confidence = 0.7;
    emit(std::move(a));
    return;
  }
  if (subject) {
    a.speaker = *subject;
    a.through_person = has_role_noun(s, phrase_first, v);
    TokenRange complement = complement_after(si, v, a);
    if (phrase_first > start && is_adjunct_only(s, complement))
      complement = {};  // "..., she said in her ruling"
    if (outer != nullptr) {
      const std::string& joint = phrase_first > 0 ? tk[phrase_first - 1].lower : "";
      if (joint == "but" || joint == "and" || joint == "while" || joint == "," ||
          joint == "which" || joint == "when" || joint == "after" || joint == "before" ||
          joint == "because" || joint == "until" || joint == "since" || joint == "as" ||
          joint == "although") {
        std::size_t cut = phrase_first - 1;
        if (cut > 0 && tk[cut - 1].lower == ",") --cut;
        outer->claim.last = cut;  // "said X but he said Y": two statements
      } else {  // "said he rejected the idea that X": the inner verb carries the stance
        if (complement.empty()) return;  // "said X - a move he announced in May": no new claim
        outer->claim = a.rel == Relation::kDenies ? denied_proposition(s, complement) : complement;
        if (a.rel == Relation::kDenies) outer->rel = Relation::kDenies;
        outer->rule += "+nested";
        outer->needs_subject = a.needs_subject;
        if (a.outlet && !outer->outlet) outer->outlet = a.outlet;
        return;
      }
    }
    if (!complement.empty()) {
      a.claim = a.rel == Relation::kDenies ? denied_proposition(s, complement) : complement;
      if (a.rel == Relation::kDenies && is_bare_claim_noun(s, complement)) {
        // "dismissed the report as untrue": the report is the last statement of another speaker
        for (auto it = attributions_.rbegin(); it != attributions_.rend(); ++it) {
          if (it->sentence + 3 < si) break;  // only a report just quoted
          if (it->speaker == a.speaker || it->is_embedded) continue;
          a.claim = it->claim;
          a.claim_sentence = it->claim_sentence.value_or(it->sentence);
          a.claim_speaker = it->claim_speaker.value_or(it->speaker);
          a.rule = "deny-previous-claim";
          a.confidence = 0.5;
          emit(std::move(a));
          return;
        }
        return;
      }
      if (a.claim.empty()) return;
      const std::string& head = tk[a.claim.first].lower;
      const bool is_bare_noun = !tk[a.claim.first].is_capitalized && !tk[a.claim.first].is_quoted &&
                                !is_function_word(head) && !Coreference::is_pronoun(head);
      a.needs_subject = a.needs_subject || (a.rel == Relation::kDenies && is_bare_noun);
      a.rule = "say-that";
      a.confidence = 0.8;
    } else {
      a.claim = TokenRange{start, phrase_first};
      a.rule = "quote-said";
      a.confidence = 0.8;
    }
    emit(std::move(a));
    return;
  }
  if (v > start && (tk[v - 1].lower == "," || tk[v - 1].is_quote())) {  // "...," said X.
    std::size_t e = v + 1;
    while (e < tk.size() && e < v + 12 && (is_phrase_token(tk[e]) || tk[e].lower == "of")) ++e;
    if (Coreference::is_pronoun(tk[v + 1].lower) && v + 2 < tk.size() && tk[v + 2].is_word()) {
      return;  // "..., announced it was closing": a clause, not an inverted speaker
    }
    const std::optional<std::size_t> inverted = coref_.resolve(si, v + 1, e);
    if (!inverted) return;
    a.speaker = *inverted;
    a.through_person = has_role_noun(s, v + 1, e);
    a.claim = TokenRange{start, v};
    a.rule = "quote-said-x";
    a.confidence = 0.8;
    emit(std::move(a));
  }
}

}  // namespace claimgraph::core::extract
