// Extraction throughput (bytes of article text per second, one core) on generated articles
// of typical (4 KB) and long (64 KB) size. Run: build/bench/extract_bench
#include <benchmark/benchmark.h>

#include "bench/article_generator.h"
#include "core/extract/extractor.h"

namespace claimgraph::bench {
namespace {

void BM_ExtractArticle(benchmark::State& state) {
  const auto bytes = static_cast<std::size_t>(state.range(0));
  std::vector<std::string> articles;
  for (std::uint32_t seed = 1; seed <= 16; ++seed) articles.push_back(generate_article(bytes, seed));
  const core::ArticleMeta meta{.key = "bench", .title = "", .url = "", .outlet = "",
                               .date = "2024-05-02"};
  std::size_t next = 0, processed = 0;
  for (auto _ : state) {
    const std::string& text = articles[next++ % articles.size()];
    auto records = core::extract_article(text, meta, {});
    benchmark::DoNotOptimize(records);
    processed += text.size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(processed));
}
BENCHMARK(BM_ExtractArticle)->Arg(4 << 10)->Arg(64 << 10)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimgraph::bench

BENCHMARK_MAIN();
