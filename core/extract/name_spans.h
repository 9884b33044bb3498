// Candidate names in segmented text: capitalised spans with titles, role nouns and sentence-
// initial words trimmed, the role nouns a pre-modifier or an apposition gives them, and an
// acronym introduced in parentheses. core/extract/entity_recognizer.h turns them into entities.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/entity.h"
#include "core/extract/segmenter.h"

namespace claimgraph::core::extract {

// A capitalised span before it becomes an entity: tokens [first, last) of a sentence.
struct NameSpan {
  std::size_t sentence = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  std::string surface;             // the span's text
  bool has_person_cue = false;     // an honorific, title or role noun before it
  std::vector<std::string> roles;  // role nouns attached by pre-modifier or apposition
  std::string acronym;             // "(ISW)" right after it
};

// The name spans of every sentence, in text order.
std::vector<NameSpan> find_name_spans(const std::vector<Sentence>& sentences);

// The kind a span's words suggest: lexicon suffixes ("Party", "News"), person cues, shape.
EntityKind guess_kind(const NameSpan& span, const Sentence& sentence);

// True for a title in Title Case: its capitals say nothing about names.
bool is_headline(const Sentence& sentence);

}  // namespace claimgraph::core::extract
