// The raw text of the extraction lexicons (core/extract/lexicon/*.txt), compiled into the
// library by core/extract/lexicon/embed.cmake. Parsed by core/extract/lexicon.h.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimgraph::core::extract {

struct LexiconFile {
  std::string_view name;     // file name without ".txt", e.g. "reporting_verbs"
  std::string_view content;  // the file's text
};

extern const LexiconFile kLexiconFiles[];
extern const std::size_t kLexiconFileCount;

}  // namespace claimgraph::core::extract
