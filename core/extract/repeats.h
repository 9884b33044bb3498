// Repeated statements: news articles often state one proposition of a speaker twice (a lede
// that summarises the quote below it, a quote that restates an indirect statement). A claim
// is a repeat when it shares most of its content words with an earlier claim of the same
// speaker; extraction keeps the first mention only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::core::extract {

// Remembers the claims each speaker made so far. Not thread-safe; one per article.
class RepeatFilter {
 public:
  // True if `claim` repeats an earlier claim of `speaker` (whose name `speaker_name` is not
  // counted as content); otherwise records it and returns false.
  bool is_repeat(const std::string& speaker_name, std::string_view claim);

 private:
  struct Said {
    std::string speaker;
    std::vector<std::string> stems;
  };
  std::vector<Said> said_;
};

}  // namespace claimgraph::core::extract
