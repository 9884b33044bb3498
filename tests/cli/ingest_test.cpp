// `claimgraph ingest` through the real binary and store: idempotence, merging of the same
// claim from two articles, dry runs that create nothing, and bad input.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::cli::testing {
namespace {

const std::string kArticles = std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/articles/";

class IngestTest : public ::testing::Test {
 protected:
  ProcessResult claimgraph(std::vector<std::string> args) {
    return run_claimgraph(db_, std::move(args));
  }
  std::string export_store() {
    ProcessResult result = claimgraph({"export"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
  }

  storage::testing::TempDir tmp_;
  std::string db_ = tmp_.path("db");
};

TEST_F(IngestTest, IngestingTheSameArticleTwiceChangesNothing) {
  ProcessResult first = claimgraph({"ingest", kArticles + "harbour-one.txt", "--date", "2024-05-02"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string before = export_store();
  EXPECT_NE(before.find("\"type\":\"edge\""), std::string::npos);
  ASSERT_EQ(claimgraph({"ingest", kArticles + "harbour-one.txt", "--date", "2024-05-02"}).exit_code, 0);
  EXPECT_EQ(export_store(), before);
}

TEST_F(IngestTest, TheSameClaimFromTwoArticlesIsOneClaimWithBothProvenances) {
  ASSERT_EQ(claimgraph({"ingest", kArticles + "harbour-one.txt", "--key", "one", "--date",
                        "2024-05-02"}).exit_code, 0);
  ASSERT_EQ(claimgraph({"ingest", kArticles + "harbour-two.txt", "--key", "two", "--date",
                        "2024-05-09"}).exit_code, 0);
  ProcessResult who = claimgraph({"--json", "who", "the repairs were on schedule"});
  ASSERT_EQ(who.exit_code, 0) << who.err;
  EXPECT_NE(who.out.find("\"article\": \"one\""), std::string::npos) << who.out;
  EXPECT_NE(who.out.find("\"article\": \"two\""), std::string::npos) << who.out;
  ProcessResult said = claimgraph({"said", "mara voss"});
  EXPECT_NE(said.out.find("Mara Voss: 2 statements"), std::string::npos) << said.out;
  EXPECT_NE(said.out.find("Coastal Wire"), std::string::npos) << said.out;
}

TEST_F(IngestTest, DryRunWithoutAStoreCreatesNothing) {
  ProcessResult result =
      claimgraph({"ingest", "--dry-run", "--format", "jsonl", kArticles + "harbour-one.txt"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("{\"type\":\"article\"", 0), 0u) << result.out;
  EXPECT_NE(result.out.find("\"rule\":"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(db_));
}

TEST_F(IngestTest, BinaryOrInvalidUtf8IsOneClearErrorAndWritesNothing) {
  ASSERT_EQ(claimgraph({"ingest", kArticles + "harbour-one.txt"}).exit_code, 0);
  const std::string before = export_store();
  for (const char* file : {"binary.bin", "invalid-utf8.txt"}) {
    ProcessResult result = claimgraph({"ingest", kArticles + file});
    EXPECT_EQ(result.exit_code, 1) << file;
    EXPECT_EQ(result.err, "claimgraph: error: " + kArticles + file +
                              ": article text is not valid UTF-8\n");
  }
  EXPECT_EQ(export_store(), before);
}

TEST_F(IngestTest, EmptyArticleIsAnEmptyExtraction) {
  ProcessResult result = claimgraph({"ingest", "--dry-run", kArticles + "empty.txt"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("0 statements"), std::string::npos) << result.out;
}

TEST_F(IngestTest, HugeSingleLineFailsCleanlyOrExtractsNothing) {
  const std::string path = tmp_.path("huge.txt");
  {
    std::ofstream file(path, std::ios::binary);
    const std::string chunk = "The minister said that the bridge is safe and ";
    for (std::size_t written = 0; written < 50u * 1024 * 1024; written += chunk.size()) {
      file << chunk;
    }
  }
  ProcessResult result = claimgraph({"ingest", path});
  EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.exit_code;
  if (result.exit_code == 1) {
    EXPECT_EQ(result.err.find("claimgraph: error: " + path + ": "), 0u) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
  }
}

TEST_F(IngestTest, MissingFileIsOneClearError) {
  ProcessResult result = claimgraph({"ingest", kArticles + "no-such-article.txt"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "claimgraph: error: cannot read " + kArticles +
                            "no-such-article.txt: no such file\n");
}

}  // namespace
}  // namespace claimgraph::cli::testing
