// KeyIdMap (core/key_id_map.h) must answer exactly as a std::map of the same keys would: through
// its growth from empty, for keys that differ only in their last byte or length, for the empty
// key, for keys longer than an arena block, and when a key is mapped again.
#include "core/key_id_map.h"

#include <map>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace claimgraph::core {
namespace {

TEST(KeyIdMap, AnswersAsAMapThroughGrowth) {
  KeyIdMap map;
  std::map<std::string, std::uint64_t> model;
  std::mt19937_64 random(11);
  EXPECT_FALSE(map.find("c0").has_value());
  for (std::uint64_t i = 0; i < 200'000; ++i) {
    const std::string key = "c" + std::to_string(random() % 150'000);
    map.insert(key, i);
    model[key] = i;
  }
  EXPECT_EQ(map.size(), model.size());
  for (const auto& [key, id] : model) {
    const auto found = map.find(key);
    ASSERT_TRUE(found.has_value()) << key;
    EXPECT_EQ(*found, id) << key;
  }
  EXPECT_FALSE(map.find("c150000").has_value());
  EXPECT_FALSE(map.find("c").has_value());
}

TEST(KeyIdMap, KeysThatNearlyMatchStayApart) {
  KeyIdMap map;
  const std::string long_key(3 << 20, 'x');  // longer than an arena block
  map.insert("", 1);
  map.insert(std::string("a\0", 2), 2);
  map.insert("a", 3);
  map.insert("ab", 4);
  map.insert(long_key, 5);
  map.insert("after the long key", 6);
  EXPECT_EQ(map.find(""), 1u);
  EXPECT_EQ(map.find(std::string("a\0", 2)), 2u);
  EXPECT_EQ(map.find("a"), 3u);
  EXPECT_EQ(map.find("ab"), 4u);
  EXPECT_EQ(map.find(long_key), 5u);
  EXPECT_EQ(map.find("after the long key"), 6u);
  EXPECT_FALSE(map.find("b").has_value());
  EXPECT_FALSE(map.find(long_key + "x").has_value());
  map.insert("a", 7);
  EXPECT_EQ(map.find("a"), 7u);
  EXPECT_EQ(map.size(), 6u);
}

}  // namespace
}  // namespace claimgraph::core
