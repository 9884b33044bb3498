#include "core/extract/attribution.h"

#include <unordered_set>

#include "core/extract/lexicon.h"

namespace claimgraph::core::extract {
namespace {

const std::unordered_set<std::string>& skippable_before_verb() {
  static const std::unordered_set<std::string> words = {
      "has", "have", "had", "also", "again", "previously", "earlier", "later", "then", "now",
      "repeatedly", "reportedly", "strongly", "firmly", "flatly", "categorically", "publicly",
      "today", "yesterday", "would", "will", "did", "does", "do", "has", "once", "further",
      "vehemently", "emphatically", "immediately", "quickly", "swiftly", "recently", "already",
      "allegedly", "separately", "originally", "initially", "subsequently", "since", "however",
      "meanwhile", "always", "instead", "still", "long", "too", "herself", "himself", "itself"};
  return words;
}

bool is_weekday(const std::string& w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
         w == "friday" || w == "saturday" || w == "sunday" || w == "today" || w == "yesterday" ||
         w == "tonight" || w == "wednesday's";
}

bool is_boundary_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "that", "and", "but", "which", "who", "whom", "when", "while", "as", "if", "because",
      "after", "before", "although", "though", "where", "whether", "so", "than", "said", "says",
      "told", "asked", "to", "in", "on", "at", "by", "with", "about", "is", "was", "were", "are",
      "be", "been", "not", "no", "also"};
  return words.count(w) > 0;
}

bool is_phrase_token(const Token& t) {
  if (t.lower == "'s" || t.lower == "-" || t.lower == "&") return true;
  if (!t.is_word() || t.is_quoted) return false;
  if (t.is_capitalized) return true;
  return !is_boundary_word(t.lower) && !Lexicon::get().verb_stance(t.lower).has_value();
}

// True for "the report", "Ms Villalba's claims", "the allegations as untrue": a statement
// named without its content.
bool is_bare_claim_noun(const Sentence& s, TokenRange r) {
  const Lexicon& lex = Lexicon::get();
  bool has_noun = false;
  for (std::size_t i = r.first; i < r.last; ++i) {
    const Token& t = s.tokens[i];
    if (lex.is_claim_noun(t.lower)) {
      has_noun = true;
    } else if (!(t.lower == "the" || t.lower == "a" || t.lower == "as" || t.lower == "'s" ||
                 t.lower == "these" || t.lower == "those" || t.lower == "this" ||
                 t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "its" ||
                 t.is_capitalized || !t.is_word() || lex.is_denial_word(t.lower) ||
                 lex.is_title(t.lower))) {
      return false;
    }
  }
  return has_noun && r.last - r.first <= 8;
}

// Words that start a clause or a noun phrase with its own subject.
bool is_function_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "the", "a", "an", "any", "all", "his", "her", "its", "their", "this", "these", "those",
      "that", "there", "some", "no", "one", "both", "each", "every", "such", "what", "i", "you",
      "someone", "anyone", "nobody", "our", "my", "your", "if", "whether", "how", "why", "when"};
  return words.count(w) > 0;
}

bool is_characterizing_verb(const std::string& w) {
  return w == "called" || w == "calls" || w == "calling" || w == "described" || w == "describes" ||
         w == "describing" ||
         w == "branded" || w == "brands" || w == "labelled" || w == "labeled";
}

// True if the reporting verb at `v` is used as a verb (not "the claims", "to deny", "is said").
bool is_verb_use(const Sentence& s, std::size_t v) {
  const Token& t = s.tokens[v];
  if (t.is_quoted || t.kind != TokenKind::kWord || t.is_capitalized) return false;
  if (!Lexicon::get().verb_stance(t.lower)) return false;
  if (v > 0) {
    const std::string& p = s.tokens[v - 1].lower;
    if (p == "to" || p == "the" || p == "a" || p == "an" || p == "his" || p == "her" ||
        p == "its" || p == "their" || p == "our" || p == "these" || p == "those" || p == "is" ||
        p == "was" || p == "were" || p == "be" || p == "been" || p == "being" || p == "are" ||
        p == "of" || p == "'s" || p == "such" || p == "any" || p == "new") {
      return false;
    }
  }
  if (v + 1 < s.tokens.size() && s.tokens[v + 1].lower == "by") return false;
  if (v + 1 < s.tokens.size() && s.tokens[v + 1].lower == "to") {  // "denied to Reuters", "claimed to have"
    return t.lower == "told" || t.lower == "tells" || t.lower.starts_with("claim") ||
           t.lower.starts_with("den") || t.lower.starts_with("pledg") || t.lower.starts_with("promis") ||
           t.lower.starts_with("admit") || t.lower.starts_with("explain") || t.lower.starts_with("insist") ||
           t.lower.starts_with("confirm");
  }
  return true;
}

bool is_new_occasion(const Sentence& s) {
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].lower;
    if (s.tokens[i].is_quoted) continue;
    if (w == "statement" || w == "tweeted" || w == "twitter" || w == "later" || w == "blog" ||
        w == "letter" || w == "conference" || w == "book") {
      return true;
    }
  }
  return false;
}

}  // namespace

// A title that is a sentence ("X said that Y.") is read like the body; a headline is not.
bool is_sentence_title(const Sentence& s) {
  return s.tokens.size() > 6 && s.tokens.back().lower == ".";
}

void AttributionFinder::run() {
  for (std::size_t i = 0; i < sentences_.size(); ++i) {
    const bool is_body = sentences_[i].paragraph != 0 || is_sentence_title(sentences_[i]);
    if (is_body && sentences_[i].tokens.size() <= 400) process(i);
    coref_.note_sentence(i);
  }
}

// "I can say that X", "We would like to categorically deny X": a quote that starts with the
// speaker's own reporting verb states X with that verb's stance.
void strip_first_person_wrapper(const Sentence& s, Attribution& a) {
  const auto& tk = s.tokens;
  std::size_t i = a.claim.first;
  if (i >= a.claim.last || (tk[i].lower != "i" && tk[i].lower != "we")) return;
  static const std::unordered_set<std::string> fillers = {
      "can", "could", "would", "must", "do", "also", "like", "to", "categorically", "strongly",
      "firmly", "really", "just", "want", "again", "still", "will", "have", "always", "once",
      "clearly", "absolutely", "totally", "completely", "flatly", "hereby"};
  for (++i; i < a.claim.last && fillers.count(tk[i].lower); ++i) {
  }
  if (i >= a.claim.last) return;
  const std::optional<Relation> stance = Lexicon::get().verb_stance(tk[i].lower);
  if (!stance || tk[i].lower == "told" || tk[i].lower == "tell") return;
  TokenRange rest{i + 1, a.claim.last};
  if (*stance == Relation::kDenies) {
    a.rel = Relation::kDenies;
    a.claim = denied_proposition(s, rest);
  } else {
    a.claim = trim_range(s, rest);
  }
  a.rule += "+first-person";
}

void AttributionFinder::emit(Attribution a) {
  const Sentence& s = sentences_[a.sentence];
  a.claim = trim_range(s, a.claim);
  if (!a.claim_sentence) strip_first_person_wrapper(s, a);
  if (a.claim.empty()) return;
  if (!a.outlet) a.outlet = outlet_in(a.sentence, 0, s.tokens.size());
  if (a.outlet && *a.outlet == a.speaker) a.outlet.reset();
  a.is_new_occasion = is_new_occasion(s);
  attributions_.push_back(std::move(a));
  if (attributions_.back().is_embedded) return;
  coref_.note_speaker(attributions_.back().speaker);
  last_statement_sentence_ = attributions_.back().sentence;
  has_statement_ = true;
}

void AttributionFinder::process(std::size_t si) {
  const Sentence& s = sentences_[si];
  std::size_t start = 0;
  if (process_label(si, start)) return;
  const std::size_t before = attributions_.size();
  for (std::size_t v = start; v < s.tokens.size(); ++v) {
    if (is_verb_use(s, v)) process_verb(si, start, v);
  }
  if (attributions_.size() == before) process_according_to(si, start);
  process_claim_nouns(si, start);
  if (attributions_.size() == before) process_quote_continuation(si, start);
}

bool AttributionFinder::process_label(std::size_t si, std::size_t& start) {
  const Sentence& s = sentences_[si];
  const auto& tk = s.tokens;
  if (tk.size() < 2 || !tk[0].is_word()) return false;
  std::size_t colon = 1;
  if (const Mention* m = table_.mention_starting_at(si, 0)) colon = m->last;
  if (colon >= tk.size() || tk[colon].lower != ":") return false;
  const std::string& label = tk[0].lower;
  if (label == "source" || label == "sources") {
    LayoutEvent event{si, std::nullopt, false};
    for (const Mention& m : table_.mentions_in(si, colon, tk.size())) {
      if (!event.source || table_.entities[m.entity].entity.kind == EntityKind::kMedia) event.source = m.entity;
    }
    layout_.push_back(event);
    return true;
  }
  if (label == "quote" || label == "quotes") {
    if (auto speaker = coref_.last_speaker()) {
      emit(Attribution{si, *speaker, Relation::kAsserts, TokenRange{colon + 1, tk.size()},
                       std::nullopt, false, false, "layout-quote", 0.7, std::nullopt});
    }
    return true;
  }
  if (label == "details" || label == "detail") {
    start = colon + 1;
    return false;
  }
  if (label == "previously" || label == "background" || label == "earlier" || label == "context") {
    layout_.push_back(LayoutEvent{si, std::nullopt, true});
    start = colon + 1;
    return false;
  }
  if (const Mention* m = table_.mention_starting_at(si, 0); m != nullptr && m->last == colon) {
    const EntityKind kind = table_.entities[m->entity].entity.kind;
    if (kind != EntityKind::kPlace && colon + 3 < tk.size()) {
      emit(Attribution{si, m->entity, Relation::kAsserts, TokenRange{colon + 1, tk.size()},
                       std::nullopt, false, false, "colon-statement", 0.6, std::nullopt});
      return true;
    }
  }
  return false;
}

std::optional<std::size_t> AttributionFinder::subject_before(std::size_t si, std::size_t start,
                                                             std::size_t v,
                                                             std::size_t& phrase_first) const {
  const auto& tk = sentences_[si].tokens;
  std::size_t j = v;
  while (j > start) {
    const std::string& w = tk[j - 1].lower;
    if (skippable_before_verb().count(w) || (w.size() > 4 && w.ends_with("ly") && !tk[j - 1].is_capitalized)) {
      --j;
    } else if (is_weekday(w) && j >= start + 2 && tk[j - 2].lower == "on") {
      j -= 2;
    } else {
      break;
    }
  }
  if (j > start && (tk[j - 1].lower == "which" || tk[j - 1].lower == "who")) {
    // "news site TechCrunch, which said ...", "Raul Capote who said ...": the antecedent speaks
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
    if (!attributions_.empty() && attributions_.back().sentence == si) return attributions_.back().speaker;
    if (const Mention* m = table_.mention_starting_at(si, start)) return m->entity;
    if (start + 1 < tk.size() && tk[start].lower == "the") {
      if (const Mention* m = table_.mention_starting_at(si, start + 1)) return m->entity;
    }
    std::optional<std::size_t> person;  // "showed Mr Nattrass, talking about X, telling ..."
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
      phrase_first = c;  // "The firm that raised the alarm, Hudson Rock, said"
      return m->entity;
    }
    std::size_t before = c - 1;
    if (before >= start + 3 && tk[before - 1].lower == ")" && tk[before - 3].lower == "(") before -= 3;
    if (table_.mention_ending_at(si, before) == nullptr) return std::nullopt;
    j = before;
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

TokenRange AttributionFinder::complement_after(std::size_t si, std::size_t v, Attribution& a) const {
  const auto& tk = sentences_[si].tokens;
  const std::size_t n = tk.size();
  std::size_t i = v + 1;
  const bool is_tell = tk[v].lower == "told" || tk[v].lower == "tells" || tk[v].lower == "tell" ||
                       tk[v].lower == "telling";
  if (is_tell) {
    for (std::size_t k = i; k < n && k < i + 12; ++k) {  // "told US TV network Fox News on Sunday that"
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
  if (i < n && tk[i].lower == ",") {  // "added, on BBC Radio 4's Today programme: ..."
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
          if (const Mention* m = table_.mention_starting_at(si, tk[i + 1].lower == "the" ? i + 2 : i + 1)) {
            if (table_.entities[m->entity].entity.kind == EntityKind::kMedia) a.outlet = m->entity;
            i = m->last;
          }
        }
        if (i + 1 < n && tk[i].lower == "on" && is_weekday(tk[i + 1].lower)) i += 2;
        if (i + 1 < n && tk[i].lower == "," && tk[i + 1].lower.ends_with("ing")) return TokenRange{n, n};
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
    if (tk[k - 1].lower == "," && !tk[k].is_quoted &&
        (w == "although" || w == "though" || w == "despite" || w == "citing" || w == "according" ||
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
  if (!subject && outer != nullptr && v > start && (tk[v - 1].lower == "and" || tk[v - 1].lower == "but")) {
    subject = outer->speaker;  // "denied the claims and said ...": the same subject
    phrase_first = v;
  }
  if (outer != nullptr && (!subject || *subject != outer->speaker)) return;  // a nested report
  if (is_characterizing_verb(tk[v].lower)) {
    std::size_t adjective = v + 1;
    while (adjective < tk.size() && adjective < v + 30 && !lex.is_denial_word(tk[adjective].lower)) {
      ++adjective;
    }
    if (!subject || adjective >= tk.size() || adjective >= v + 30) return;
    std::size_t end = adjective;
    while (end > v + 1 && (tk[end - 1].is_quote() || tk[end - 1].lower == "as" ||
                           !tk[end - 1].is_word() || tk[end - 1].lower == "and" ||
                           tk[end - 1].lower == "utterly" || tk[end - 1].lower == "completely" ||
                           tk[end - 1].lower == "totally" || lex.is_denial_word(tk[end - 1].lower))) {
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
    const TokenRange complement = complement_after(si, v, a);
    if (outer != nullptr) {
      const std::string& joint = phrase_first > 0 ? tk[phrase_first - 1].lower : "";
      if (joint == "but" || joint == "and" || joint == "while" || joint == "," || joint == "which" ||
          joint == "when" || joint == "after" || joint == "before" || joint == "because" ||
          joint == "until" || joint == "since" || joint == "as" || joint == "although") {
        std::size_t cut = phrase_first - 1;
        if (cut > 0 && tk[cut - 1].lower == ",") --cut;
        outer->claim.last = cut;  // "said X but he said Y": two statements
      } else {  // "said he rejected the idea that X": the inner verb carries the stance
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
          if (it->speaker == a.speaker) continue;
          a.claim = it->claim;
          a.claim_sentence = it->claim_sentence.value_or(it->sentence);
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
    const std::optional<std::size_t> inverted = coref_.resolve(si, v + 1, e);
    if (!inverted) return;
    a.speaker = *inverted;
    a.claim = TokenRange{start, v};
    a.rule = "quote-said-x";
    a.confidence = 0.8;
    emit(std::move(a));
  }
}

void AttributionFinder::process_according_to(std::size_t si, std::size_t start) {
  const auto& tk = sentences_[si].tokens;
  for (std::size_t i = start; i + 2 < tk.size(); ++i) {
    if (tk[i].lower != "according" || tk[i + 1].lower != "to" || tk[i].is_quoted) continue;
    std::size_t e = i + 2;
    while (e < tk.size() && (is_phrase_token(tk[e]) || tk[e].lower == "of")) ++e;
    const std::optional<std::size_t> speaker = coref_.resolve(si, i + 2, e);
    if (!speaker) return;
    Attribution a;
    a.sentence = si;
    a.speaker = *speaker;
    a.claim = i <= start + 1 ? TokenRange{e, tk.size()} : TokenRange{start, i};
    a.rule = "according-to";
    a.confidence = 0.7;
    emit(std::move(a));
    return;
  }
}

void AttributionFinder::process_quote_continuation(std::size_t si, std::size_t start) {
  const auto& tk = sentences_[si].tokens;
  if (!has_statement_ || si > last_statement_sentence_ + 2 || start >= tk.size()) return;
  if (sentences_[si].paragraph > sentences_[last_statement_sentence_].paragraph + 1) return;
  bool continues = tk[start].kind == TokenKind::kOpenQuote;
  for (const Token& t : tk) {
    if (t.is_quote()) {
      continues = continues || t.kind == TokenKind::kCloseQuote;
      break;
    }
  }
  const auto speaker = coref_.last_speaker();
  if (!continues || !speaker) return;
  emit(Attribution{si, *speaker, Relation::kAsserts, TokenRange{start, tk.size()}, std::nullopt,
                   false, false, "quote-continuation", 0.6, std::nullopt});
}

std::optional<std::size_t> AttributionFinder::claim_noun_owner(std::size_t si, std::size_t i,
                                                               std::size_t& after) const {
  const auto& tk = sentences_[si].tokens;
  after = i + 1;
  std::size_t before = i;  // "Stepanova's earlier claims": one adjective may come between
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
  if (i + 2 < tk.size() && (tk[i + 1].lower == "by" || tk[i + 1].lower == "in" || tk[i + 1].lower == "from")) {
    const std::size_t at = tk[i + 2].lower == "the" ? i + 3 : i + 2;
    if (const Mention* m = table_.mention_starting_at(si, at)) {
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
    while (end < tk.size() && !(tk[end].lower == "," && !tk[end].is_quoted) && tk[end].lower != ";") ++end;
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
