// Developer driver for the extraction engine (not part of the product): prints the records
// extract_article() finds in an article file as JSON Lines, as `ingest --dry-run --format
// jsonl` will. Usage: extract_dev ARTICLE.txt [KEY]
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/extract/extractor.h"
#include "core/jsonl_writer.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_dev ARTICLE.txt [KEY]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "extract_dev: cannot read " << argv[1] << '\n';
    return 1;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  claimgraph::core::ArticleMeta meta;
  if (argc > 2) meta.key = argv[2];
  const auto records = claimgraph::core::extract_article(buffer.str(), meta, {});
  if (!records.ok()) {
    std::cerr << "extract_dev: error: " << records.error().message << '\n';
    return 1;
  }
  for (const auto& numbered : *records) {
    std::cout << claimgraph::core::to_jsonl_line(numbered.record) << '\n';
  }
  return 0;
}
