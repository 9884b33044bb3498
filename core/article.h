// An article: the provenance of edges (where a statement was read).
#pragma once

#include <string>

namespace claimgraph::core {

struct Article {
  std::string key;        // unique
  std::string title;
  std::string url;
  std::string outlet;     // name of the entity that published it
  std::string published;  // YYYY-MM-DD or empty
  std::string text_sha256;

  bool operator==(const Article&) const = default;
};

}  // namespace claimgraph::core
