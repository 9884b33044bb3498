// Two processes on one store: a second writer gets the lock error while a first holds the
// store, a reader works meanwhile, and the lock is released when the holder is killed.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

extern char** environ;

namespace claimgraph::cli::testing {
namespace {

class LockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string holder = CLAIMGRAPH_STORE_HOLDER;
    std::string name = "Alexander Lukashenko";
    std::string dir = db_, ready = ready_;
    char* argv[] = {holder.data(), dir.data(), name.data(), ready.data(), nullptr};
    ASSERT_EQ(posix_spawn(&holder_, holder.c_str(), nullptr, nullptr, argv, environ), 0);
    for (int i = 0; i < 400 && !std::filesystem::exists(ready_); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    ASSERT_TRUE(std::filesystem::exists(ready_)) << "the holder never opened the store";
  }
  void TearDown() override { stop_holder(); }

  void stop_holder() {
    if (holder_ == 0) return;
    kill(holder_, SIGKILL);
    waitpid(holder_, nullptr, 0);
    holder_ = 0;
  }

  ProcessResult claimgraph(std::vector<std::string> args) {
    return run_claimgraph(db_, std::move(args));
  }

  storage::testing::TempDir tmp_;
  std::string db_ = tmp_.path("db");
  std::string ready_ = tmp_.path("ready");
  pid_t holder_ = 0;
};

TEST_F(LockTest, SecondWriterGetsTheLockErrorAndWritesNothing) {
  ProcessResult result = claimgraph({"add", "entity", "Jane Roe"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "claimgraph: error: database is locked by another claimgraph process (" +
                            db_ + ")\n");
  EXPECT_EQ(result.out, "");
}

TEST_F(LockTest, ReaderWorksWhileAWriterHoldsTheStore) {
  ProcessResult result = claimgraph({"said", "alexander LUKASHENKO"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "Alexander Lukashenko: 0 statements\n");
}

TEST_F(LockTest, LockIsReleasedWhenTheHolderIsKilled) {
  stop_holder();
  ProcessResult first = claimgraph({"add", "entity", "Jane Roe", "--kind", "person"});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  ProcessResult second = claimgraph({"assert", "Jane Roe", "The ferry runs on Sundays"});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  ProcessResult check = claimgraph({"said", "Jane Roe"});
  EXPECT_NE(check.out.find("The ferry runs on Sundays"), std::string::npos) << check.out;
}

}  // namespace
}  // namespace claimgraph::cli::testing
