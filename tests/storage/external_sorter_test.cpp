// The on-disk sort of a streamed import (storage/external_sorter.h): whatever the memory
// budget, and so however many runs it writes, merging gives each family's operations in key
// order with only the last one added on each key, exactly as one in-memory map would.
#include "storage/external_sorter.h"

#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

// What a family holds after the operations: key -> (value, is_put), the last one winning.
using Model = std::map<std::string, std::pair<std::string, bool>>;

std::vector<std::tuple<std::string, std::string, bool>> merged(const ExternalSorter& sorter,
                                                               std::size_t family) {
  std::vector<std::tuple<std::string, std::string, bool>> out;
  const core::Status status = sorter.merge(
      family, [&](std::string_view key, std::string_view value, bool is_put) -> core::Status {
        out.emplace_back(key, value, is_put);
        return core::ok_status();
      });
  EXPECT_TRUE(status.ok()) << status.error().message;
  return out;
}

std::vector<std::tuple<std::string, std::string, bool>> expected(const Model& model) {
  std::vector<std::tuple<std::string, std::string, bool>> out;
  for (const auto& [key, operation] : model)
    out.emplace_back(key, operation.first, operation.second);
  return out;
}

// Random keys of 1 to 40 bytes over a small alphabet (so that many repeat and many share
// prefixes, some longer than the 16 bytes compared first), including bytes above 0x7F.
std::string random_key(std::mt19937& random) {
  static const std::string alphabet = std::string("ab\x00\xff", 4) + "z";
  std::uniform_int_distribution<std::size_t> length(1, 40), letter(0, alphabet.size() - 1);
  std::string key(length(random) % 3 == 0 ? 20 : 3, 'k');
  key += std::to_string(random() % 500);
  for (std::size_t i = length(random) % 5; i > 0; --i) key += alphabet[letter(random)];
  return key;
}

class ExternalSorterTest : public ::testing::TestWithParam<std::size_t> {
 protected:
  testing::TempDir dir_;
};

TEST_P(ExternalSorterTest, MergeGivesEachFamilyInKeyOrderWithTheLastOperationOnAKey) {
  const std::size_t budget = GetParam();
  std::mt19937 random(7);
  std::vector<Model> models(3);
  ExternalSorter sorter(dir_.path(), models.size(), budget);
  for (int i = 0; i < 20'000; ++i) {
    const std::size_t family = random() % 2;  // family 2 gets nothing
    const std::string key = random_key(random);
    if (random() % 5 == 0) {
      ASSERT_TRUE(sorter.erase(family, key).ok());
      models[family][key] = {"", false};
    } else {
      const std::string value = "v" + std::to_string(i) + std::string(random() % 30, 'x');
      ASSERT_TRUE(sorter.put(family, key, value).ok());
      models[family][key] = {value, true};
    }
  }
  ASSERT_TRUE(sorter.finish_adding().ok());
  if (budget < (1u << 20)) {
    EXPECT_GT(sorter.runs(), 1u);
  } else {
    EXPECT_EQ(sorter.runs(), 1u);
  }
  for (std::size_t family = 0; family < models.size(); ++family) {
    EXPECT_EQ(merged(sorter, family), expected(models[family])) << "family " << family;
  }
  EXPECT_EQ(sorter.added(2), 0u);
}

// 16 KB: over a hundred runs, merged into one whenever there are too many; 64 KB: a few
// dozen runs; 64 MB: one run.
INSTANTIATE_TEST_SUITE_P(Budgets, ExternalSorterTest,
                         ::testing::Values(std::size_t{16} << 10, std::size_t{64} << 10,
                                           std::size_t{64} << 20));

TEST(ExternalSorterFiles, RunFilesGoWithTheSorter) {
  testing::TempDir dir;
  {
    ExternalSorter sorter(dir.path(), 1, 4096);
    for (int i = 0; i < 1000; ++i) ASSERT_TRUE(sorter.put(0, std::to_string(i), "value").ok());
    ASSERT_TRUE(sorter.finish_adding().ok());
    EXPECT_GT(sorter.runs(), 1u);
    EXPECT_FALSE(std::filesystem::is_empty(dir.path()));
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(ExternalSorterFiles, AMissingRunDirectoryIsAnIoErrorNamingIt) {
  testing::TempDir dir;
  ExternalSorter sorter(dir.path("missing"), 1, 4096);
  core::Status status = core::ok_status();
  for (int i = 0; i < 1000 && status.ok(); ++i) status = sorter.put(0, std::to_string(i), "v");
  if (status.ok()) status = sorter.finish_adding();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kIoError);
  EXPECT_NE(status.error().message.find(dir.path("missing")), std::string::npos)
      << status.error().message;
}

TEST(ExternalSorterFiles, AValueBiggerThanTheReadBufferComesBackWhole) {
  testing::TempDir dir;
  ExternalSorter sorter(dir.path(), 1, 4096);
  const std::string big(300'000, 'q');  // over twice the run reader's buffer
  ASSERT_TRUE(sorter.put(0, "a", "small").ok());
  ASSERT_TRUE(sorter.put(0, "b", big).ok());
  ASSERT_TRUE(sorter.put(0, "c", "small").ok());
  ASSERT_TRUE(sorter.finish_adding().ok());
  EXPECT_EQ(merged(sorter, 0),
            (std::vector<std::tuple<std::string, std::string, bool>>{
                {"a", "small", true}, {"b", big, true}, {"c", "small", true}}));
}

TEST(ExternalSorterFiles, ATruncatedRunIsAnIoErrorNamingIt) {
  testing::TempDir dir;
  ExternalSorter sorter(dir.path(), 1, std::size_t{64} << 20);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(sorter.put(0, std::to_string(i), "value").ok());
  ASSERT_TRUE(sorter.finish_adding().ok());
  ASSERT_EQ(sorter.runs(), 1u);
  const std::filesystem::path run = std::filesystem::directory_iterator(dir.path())->path();
  std::filesystem::resize_file(run, std::filesystem::file_size(run) / 2);
  const core::Status status =
      sorter.merge(0, [](std::string_view, std::string_view, bool) { return core::ok_status(); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kIoError);
  EXPECT_NE(status.error().message.find(run.string()), std::string::npos)
      << status.error().message;
}

}  // namespace
}  // namespace claimgraph::storage
