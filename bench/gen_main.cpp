// claimgraph-gen: writes a deterministic, realistic claim graph as JSON Lines (FORMAT.md) and,
// optionally, query targets with their expected answer sizes. See bench/claim_graph_generator.h.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "bench/claim_graph_generator.h"
#include "bench/query_targets.h"

namespace {

using claimgraph::bench::ClaimGraphGenerator;
using claimgraph::bench::GeneratorOptions;
using claimgraph::bench::JsonLineBuffer;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// Writes `text` to `path` ("-" or empty: standard output); false with a message on failure.
class OutputFile {
 public:
  explicit OutputFile(const std::string& path)
      : path_(path.empty() ? "-" : path),
        file_(path_ == "-" ? stdout : std::fopen(path_.c_str(), "wb")) {
    if (file_ == nullptr) fail();
  }
  ~OutputFile() {
    if (file_ != nullptr && file_ != stdout) std::fclose(file_);
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view text) {
    if (file_ != nullptr && std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail();
  }
  bool close() {
    if (file_ != nullptr && (file_ == stdout ? std::fflush(file_) : std::fclose(file_)) != 0)
      fail();
    if (file_ != stdout) file_ = nullptr;
    return error_.empty();
  }
  const std::string& error() const { return error_; }

 private:
  void fail() {
    if (error_.empty()) error_ = "cannot write " + path_ + ": " + std::strerror(errno);
  }
  std::string path_;
  std::FILE* file_;
  std::string error_;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimgraph-gen: a deterministic generator of realistic claim graphs (JSON Lines)"};
  GeneratorOptions options;
  std::string out_path;
  std::string targets_path;
  app.add_option("--claims", options.claims, "Number of claims")->required();
  app.add_option("--seed", options.seed, "Random seed; the same seed gives the same bytes")
      ->capture_default_str();
  app.add_option("--out", out_path, "JSON Lines output file (default: standard output)");
  app.add_option("--targets", targets_path,
                 "Also write query targets with their expected answer sizes (JSON) here");
  app.footer(
      "Examples:\n  claimgraph-gen --claims 1000000 --out /tmp/g1m.jsonl --targets /tmp/g1m.json\n"
      "  claimgraph-gen --claims 10000 --seed 7 | claimgraph import -");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  try {
    const ClaimGraphGenerator generator(options);
    OutputFile out(out_path);
    if (!out.error().empty()) {
      std::cerr << "claimgraph-gen: error: " << out.error() << '\n';
      return kExitFailed;
    }
    JsonLineBuffer buffer([&out](std::string_view text) { out.write(text); });
    generator.write_jsonl(buffer);
    if (!out.close()) {
      std::cerr << "claimgraph-gen: error: " << out.error() << '\n';
      return kExitFailed;
    }
    if (!targets_path.empty()) {
      OutputFile targets(targets_path);
      targets.write(
          claimgraph::bench::targets_to_json(claimgraph::bench::compute_targets(generator)));
      if (!targets.close()) {
        std::cerr << "claimgraph-gen: error: " << targets.error() << '\n';
        return kExitFailed;
      }
    }
    return kExitOk;
  } catch (const std::exception& e) {  // out of memory
    std::cerr << "claimgraph-gen: internal error: " << e.what() << '\n';
    return 3;
  }
}
