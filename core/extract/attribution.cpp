#include "core/extract/attribution.h"

#include <unordered_set>

#include "core/extract/lexicon.h"
#include "core/extract/word_classes.h"
#include "core/name_fold.h"

namespace claimgraph::core::extract {

namespace {

// A title that is a sentence ("X said that Y.") is read like the body; a headline is not.
bool is_sentence_title(const Sentence& s) {
  return s.tokens.size() > 6 && s.tokens.back().lower == ".";
}

// "I can say that X", "We would like to categorically deny X": a quote that starts with the
// speaker's own reporting verb states X with that verb's stance.
void strip_first_person_wrapper(const Sentence& s, Attribution& a) {
  const auto& tk = s.tokens;
  std::size_t i = a.claim.first;
  if (i >= a.claim.last || (tk[i].lower != "i" && tk[i].lower != "we")) return;
  static const std::unordered_set<std::string> fillers = {
      "can",        "could",         "would",      "must",   "do",     "also", "like",
      "to",         "categorically", "strongly",   "firmly", "really", "just", "want",
      "again",      "still",         "will",       "have",   "always", "once", "clearly",
      "absolutely", "totally",       "completely", "flatly", "hereby"};
  for (++i; i < a.claim.last && fillers.count(tk[i].lower); ++i) {
  }
  if (i >= a.claim.last) return;
  const std::optional<Relation> stance = Lexicon::get().verb_stance(tk[i].lower);
  if (!stance || tk[i].lower == "told" || tk[i].lower == "tell") return;
  TokenRange rest{i + 1, a.claim.last};
  const std::string& object = rest.first < rest.last ? tk[rest.first].lower : "";
  if (object == "you" || object == "them" || object == "him" || object == "her" || object == "us") {
    ++rest.first;  // "I can assure you that ..."
  }
  if (*stance == Relation::kDenies) {
    a.rel = Relation::kDenies;
    a.claim = denied_proposition(s, rest);
  } else {
    a.claim = trim_range(s, rest);
  }
  a.rule += "+first-person";
}

}  // namespace

void AttributionFinder::run() {
  for (std::size_t i = 0; i < sentences_.size(); ++i) {
    const bool is_body = sentences_[i].paragraph != 0 || is_sentence_title(sentences_[i]);
    if (is_body && sentences_[i].tokens.size() <= 400) process(i);
    coref_.note_sentence(i);
  }
}

// An assertion of the claim `range` of sentence `si` by `speaker`, found by `rule`.
Attribution statement(std::size_t si, std::size_t speaker, TokenRange range, std::string rule,
                      double confidence) {
  Attribution a;
  a.sentence = si;
  a.speaker = speaker;
  a.claim = range;
  a.rule = std::move(rule);
  a.confidence = confidence;
  return a;
}

// "it was wrong to suggest X", "there is no truth in the reports that X": denials of X.
void normalize_denial_idiom(const Sentence& s, Attribution& a) {
  const auto& tk = s.tokens;
  const Lexicon& lex = Lexicon::get();
  std::size_t i = a.claim.first;
  auto word = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < a.claim.last ? tk[k].lower : none;
  };
  if (word(i) == "it" && (word(i + 1) == "was" || word(i + 1) == "is" || word(i + 1) == "would") &&
      lex.is_denial_word(word(i + 2)) && word(i + 3) == "to" && lex.verb_stance(word(i + 4))) {
    i += 5;  // "it was wrong to suggest (that) X"
  } else if (word(i) == "there" && (word(i + 1) == "is" || word(i + 1) == "was") &&
             word(i + 2) == "no" && word(i + 3) == "truth" && word(i + 4) == "in") {
    a.claim.first = i + 5;  // "there is no truth in the reports that X"
    a.claim = denied_proposition(s, a.claim);
    a.rel = Relation::kDenies;
    a.rule += "+denial-idiom";
    return;
  } else {
    return;
  }
  a.claim = trim_range(s, TokenRange{i, a.claim.last});
  a.rel = Relation::kDenies;
  a.rule += "+denial-idiom";
}

// A capital that speaks stands for its country when the article names it ("Kyiv dismissed").
std::size_t country_for_capital(const EntityTable& table, std::size_t speaker) {
  const Entity& e = table.entities[speaker].entity;
  if (e.kind != EntityKind::kPlace) return speaker;
  const std::string country = Lexicon::get().country_of_capital(fold_name(e.name));
  if (country.empty()) return speaker;
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    if (table.entities[i].entity.name == country) return i;
  }
  return speaker;
}

void AttributionFinder::emit(Attribution a) {
  const Sentence& s = sentences_[a.sentence];
  a.speaker = country_for_capital(table_, a.speaker);
  a.claim = trim_range(sentences_[a.claim_sentence.value_or(a.sentence)], a.claim);
  if (!a.claim_sentence) {
    strip_first_person_wrapper(s, a);
    normalize_denial_idiom(s, a);
  }
  if (a.claim.empty()) return;
  if (!a.outlet) a.outlet = outlet_in(a.sentence, 0, s.tokens.size());
  if (a.outlet && *a.outlet == a.speaker) a.outlet.reset();
  a.is_new_occasion = is_new_occasion(s);
  a.is_dated = names_day(s);
  attributions_.push_back(std::move(a));
  if (attributions_.back().is_embedded) return;
  coref_.note_speaker(attributions_.back().speaker, attributions_.back().through_person);
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
      if (!event.source || table_.entities[m.entity].entity.kind == EntityKind::kMedia)
        event.source = m.entity;
    }
    layout_.push_back(event);
    return true;
  }
  if (label == "quote" || label == "quotes") {
    if (auto speaker = coref_.last_speaker()) {
      emit(statement(si, *speaker, TokenRange{colon + 1, tk.size()}, "layout-quote", 0.7));
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
      emit(statement(si, m->entity, TokenRange{colon + 1, tk.size()}, "colon-statement", 0.6));
      return true;
    }
  }
  return false;
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
  emit(statement(si, *speaker, TokenRange{start, tk.size()}, "quote-continuation", 0.6));
}

}  // namespace claimgraph::core::extract
