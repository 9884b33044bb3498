#include "core/extract/repeats.h"

#include <algorithm>
#include <unordered_set>

namespace claimgraph::core::extract {
namespace {

constexpr std::size_t kStemLength = 5;  // "residences"/"residence", "contacted"/"contact"
constexpr std::size_t kMinShared = 3;

bool is_stopword(const std::string& w) {
  static const std::unordered_set<std::string> words = {
      "that",  "this",  "these",  "those",   "there", "their", "they",  "them",   "with",
      "from",  "have",  "been",   "were",    "will",  "would", "could", "should", "about",
      "into",  "than",  "then",   "also",    "what",  "which", "when",  "where",  "while",
      "does",  "said",  "says",   "told",    "only",  "just",  "very",  "such",   "some",
      "other", "never", "nobody", "nothing", "none"};
  return words.count(w) > 0;
}

// Content stems of `text`: words of four letters or more, cut to kStemLength, without the
// words of the speaker's name; sorted and unique.
std::vector<std::string> stems_of(std::string_view text, const std::string& speaker_name) {
  std::unordered_set<std::string> name_words;
  std::vector<std::string> out;
  auto words = [](std::string_view s, auto&& visit) {
    std::string word;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      const char c = i < s.size() ? s[i] : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else if (!word.empty()) {
        visit(word);
        word.clear();
      }
    }
  };
  words(speaker_name, [&](const std::string& w) { name_words.insert(w); });
  words(text, [&](const std::string& w) {
    if (w.size() >= 4 && !is_stopword(w) && !name_words.count(w))
      out.push_back(w.substr(0, kStemLength));
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

}  // namespace

bool RepeatFilter::is_repeat(const std::string& speaker_name, std::string_view claim) {
  std::vector<std::string> stems = stems_of(claim, speaker_name);
  for (const Said& earlier : said_) {
    if (earlier.speaker != speaker_name) continue;
    const std::size_t common = shared(stems, earlier.stems);
    const std::size_t smaller = std::min(stems.size(), earlier.stems.size());
    if (common >= kMinShared && common * 4 >= smaller * 3) return true;  // 3/4 of the shorter
  }
  said_.push_back(Said{speaker_name, std::move(stems)});
  return false;
}

}  // namespace claimgraph::core::extract
