// A store on a full disk: an import that runs out of space on a small tmpfs fails with one
// clear error line (exit 1) and leaves the store as it was. Mounting needs root; without it
// the test is skipped with a message.
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sys/mount.h>

#include "tests/cli/process_runner.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::cli::testing {
namespace {

const std::string kValidSmall =
    std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/valid_small.jsonl";

// A tmpfs of `megabytes` mounted on a fresh directory for the life of the object.
class SmallDisk {
 public:
  explicit SmallDisk(int megabytes) {
    const std::string options = "size=" + std::to_string(megabytes) + "m";
    is_mounted_ = ::mount("tmpfs", tmp_.path().c_str(), "tmpfs", 0, options.c_str()) == 0;
  }
  ~SmallDisk() {
    if (is_mounted_) ::umount2(tmp_.path().c_str(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;

  bool is_mounted() const { return is_mounted_; }
  // Makes room, as a user would after the error: remounts with a larger size.
  bool grow(int megabytes) {
    const std::string options = "size=" + std::to_string(megabytes) + "m";
    return ::mount("tmpfs", tmp_.path().c_str(), "tmpfs", MS_REMOUNT, options.c_str()) == 0;
  }
  std::string path(const std::string& child) const { return tmp_.path(child); }

 private:
  storage::testing::TempDir tmp_;
  bool is_mounted_ = false;
};

// Writes an import file of about `megabytes`: entities with long descriptions.
void write_big_import(const std::string& path, int megabytes) {
  std::ofstream file(path, std::ios::binary);
  const std::string description(8000, 'd');
  for (int i = 0; i < megabytes * 128; ++i) {
    file << "{\"type\":\"entity\",\"name\":\"Entity " << i << "\",\"description\":\"" << description
         << "\"}\n";
  }
}

TEST(DiskFullTest, ImportThatRunsOutOfSpaceFailsCleanlyAndChangesNothing) {
  SmallDisk disk(8);
  if (!disk.is_mounted()) GTEST_SKIP() << "cannot mount a tmpfs (needs root): disk-full not tested";
  const std::string db = disk.path("db");
  ASSERT_EQ(run_claimgraph(db, {"import", kValidSmall}).exit_code, 0);
  const ProcessResult before = run_claimgraph(db, {"export"});
  ASSERT_EQ(before.exit_code, 0) << before.err;

  storage::testing::TempDir input_dir;  // on the real disk
  const std::string big = input_dir.path("big.jsonl");
  write_big_import(big, 12);
  const ProcessResult result = run_claimgraph(db, {"import", big});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.err.find("claimgraph: error: store at " + db + ": "), 0u) << result.err;
  EXPECT_NE(result.err.find("No space left on device"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;

  // Reopened (read-only, then for writing once there is room), the store holds what it
  // held before.
  const ProcessResult after = run_claimgraph(db, {"export"});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(after.out, before.out);
  ASSERT_TRUE(disk.grow(64));
  const ProcessResult small = run_claimgraph(db, {"add", "entity", "After The Full Disk"});
  EXPECT_EQ(small.exit_code, 0) << small.err;
  const ProcessResult last = run_claimgraph(db, {"export"});
  EXPECT_NE(last.out.find("After The Full Disk"), std::string::npos);
  EXPECT_EQ(last.out.find("Entity 0"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph::cli::testing
