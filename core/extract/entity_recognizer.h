// Named-entity recognition over segmented article text: capitalised spans, lexicon names
// (outlets, organizations, places), acronyms introduced in parentheses, surnames and titles,
// and the role nouns that apposition and pre-modifiers attach to a name ("Dmitry Peskov, the
// press secretary ...", "Kremlin spokesman Dmitry Peskov"), which coreference uses later.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/extract/segmenter.h"

namespace claimgraph::core::extract {

struct EntityInfo {
  Entity entity;                   // canonical name, kind, the aliases the text uses
  std::vector<std::string> roles;  // folded role nouns the text gives it ("spokesman")
  bool is_known = false;           // from a lexicon or the store: its name is canonical
};

// A mention of an entity: tokens [first, last) of sentence `sentence`.
struct Mention {
  std::size_t sentence = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t entity = 0;  // index into EntityTable::entities
};

class EntityTable {
 public:
  std::vector<EntityInfo> entities;  // in order of first mention

  void add_mention(const Mention& mention);
  // The mention of `sentence` whose last token is `last - 1`, or nullptr.
  const Mention* mention_ending_at(std::size_t sentence, std::size_t last) const;
  // The mention of `sentence` starting at token `first`, or nullptr.
  const Mention* mention_starting_at(std::size_t sentence, std::size_t first) const;
  // The mentions of `sentence` inside tokens [first, last), in text order.
  std::vector<Mention> mentions_in(std::size_t sentence, std::size_t first, std::size_t last) const;
  // The name claims use for entity `index`: the surname of a person, else the name.
  std::string short_name(std::size_t index) const;

 private:
  std::vector<std::vector<Mention>> by_sentence_;
};

// Finds the entities of an article and every mention of them.
EntityTable recognize_entities(std::string_view text, const std::vector<Sentence>& sentences);

}  // namespace claimgraph::core::extract
