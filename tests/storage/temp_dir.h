// tests/storage/temp_dir.h: a fresh directory per test, removed afterwards, so that storage
// tests can run in parallel (ctest -j) against real RocksDB stores.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace claimgraph::storage::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "claimgraph-storage-XXXXXX").string();
    const char* made = ::mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr) << "mkdtemp " << pattern;
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The directory itself, or a path inside it.
  std::string path() const { return path_.string(); }
  std::string path(const std::string& child) const { return (path_ / child).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace claimgraph::storage::testing
