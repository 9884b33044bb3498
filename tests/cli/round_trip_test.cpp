// import -> export -> import gives the same records, through the real binary and stores.
#include <gtest/gtest.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::cli::testing {
namespace {

TEST(RoundTripTest, ExportOfAnImportImportsToTheSameRecords) {
  storage::testing::TempDir tmp;
  const std::string seed = std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples/seed.jsonl";
  ASSERT_EQ(run_claimgraph(tmp.path("a"), {"import", seed}).exit_code, 0);
  // Hand-added records with every optional field and Unicode take the same trip.
  ASSERT_EQ(run_claimgraph(tmp.path("a"), {"deny", "Алёна «Ё» O'Brien", "Ferries run \"daily\" <now>",
                                       "--source", "Radio {Ω}", "--article", "a-2",
                                       "--date", "2024-02-29", "--quote", "line1\nline2",
                                       "--confidence", "0.25"})
                .exit_code,
            0);
  ProcessResult first = run_claimgraph(tmp.path("a"), {"export", "-o", tmp.path("a.jsonl")});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(run_claimgraph(tmp.path("b"), {"import", tmp.path("a.jsonl")}).exit_code, 0);
  ProcessResult a = run_claimgraph(tmp.path("a"), {"export"});
  ProcessResult b = run_claimgraph(tmp.path("b"), {"export"});
  EXPECT_EQ(a.exit_code, 0);
  EXPECT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out.find(R"("quote":"line1\nline2")"), std::string::npos);
}

TEST(RoundTripTest, QueriesOnAMissingStoreSayHowToCreateOne) {
  storage::testing::TempDir tmp;
  ProcessResult result = run_claimgraph(tmp.path("none"), {"said", "Peskov"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("no claimgraph store at " + tmp.path("none")), std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(tmp.path("none")));
}

}  // namespace
}  // namespace claimgraph::cli::testing
