// A deterministic generator of English news-like article text for benchmarks: reporting
// sentences ("X said that ...", "..., X told OUTLET."), denials, quotes and plain narration,
// with made-up names, so that extraction speed is measured on text the project owns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace claimgraph::bench {

// An article of about `bytes` bytes (title line, then paragraphs), the same for the same seed.
std::string generate_article(std::size_t bytes, std::uint32_t seed);

}  // namespace claimgraph::bench
