// Where the store lives when --db is not given: CLAIMGRAPH_DB, then XDG_DATA_HOME, then HOME.
#include <cstdlib>

#include <gtest/gtest.h>

#include "cli/store_open.h"

namespace claimgraph::cli {
namespace {

// Sets or clears an environment variable for one test and restores it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      setenv(name, value, 1);
    } else {
      unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(StoreDirTest, DbOptionWinsOverEverything) {
  ScopedEnv db("CLAIMGRAPH_DB", "/from/env");
  EXPECT_EQ(store_dir(GlobalOptions{.db = "/from/option", .json = false}), "/from/option");
}

TEST(StoreDirTest, EnvironmentVariableComesNext) {
  ScopedEnv db("CLAIMGRAPH_DB", "/from/env");
  ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
  EXPECT_EQ(store_dir(GlobalOptions{}), "/from/env");
}

TEST(StoreDirTest, XdgDataHomeThenHome) {
  ScopedEnv db("CLAIMGRAPH_DB", nullptr);
  {
    ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
    EXPECT_EQ(store_dir(GlobalOptions{}), "/xdg/claimgraph");
  }
  ScopedEnv xdg("XDG_DATA_HOME", nullptr);
  ScopedEnv home("HOME", "/home/ana");
  EXPECT_EQ(store_dir(GlobalOptions{}), "/home/ana/.local/share/claimgraph");
}

}  // namespace
}  // namespace claimgraph::cli
