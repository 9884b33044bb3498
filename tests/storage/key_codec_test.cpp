#include "storage/key_codec.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace claimgraph::storage {
namespace {

using core::NodeId;
using core::NodeKind;
using core::Relation;

TEST(KeyCodecTest, IdsSortNumericallyAsBytes) {
  const std::vector<std::pair<std::uint64_t, std::uint64_t>> smaller_larger = {
      {0, 1},
      {1, 2},
      {255, 256},
      {65535, 65536},
      {1ULL << 32, (1ULL << 32) + 1},
      {7, std::numeric_limits<std::uint64_t>::max()}};
  for (const auto& [small, large] : smaller_larger) {
    EXPECT_LT(encode_u64(small), encode_u64(large)) << small << " < " << large;
    EXPECT_LT(node_key({NodeKind::kClaim, small}), node_key({NodeKind::kClaim, large}));
    EXPECT_LT(name_key("putin", small), name_key("putin", large));
  }
}

TEST(KeyCodecTest, U64RoundTripsAndRejectsWrongSizes) {
  for (std::uint64_t value : {0ULL, 1ULL, 256ULL, 0x0102030405060708ULL, ~0ULL}) {
    EXPECT_EQ(decode_u64(encode_u64(value)), value);
  }
  EXPECT_EQ(encode_u64(0x0102030405060708ULL), std::string("\x01\x02\x03\x04\x05\x06\x07\x08"));
  EXPECT_FALSE(decode_u64("1234567"));
  EXPECT_FALSE(decode_u64("123456789"));
}

TEST(KeyCodecTest, NodeKeyIsKindByteAndBigEndianId) {
  EXPECT_EQ(node_key({NodeKind::kEntity, 258}), std::string("E\0\0\0\0\0\0\x01\x02", 9));
  EXPECT_EQ(decode_node_key(node_key({NodeKind::kArticle, 42})), (NodeId{NodeKind::kArticle, 42}));
  EXPECT_FALSE(decode_node_key(std::string("X\0\0\0\0\0\0\0\x01", 9)));
  EXPECT_FALSE(decode_node_key("E"));
  EXPECT_EQ(node_key({NodeKind::kClaim, 5}).substr(0, 1), node_kind_prefix(NodeKind::kClaim));
}

TEST(KeyCodecTest, EdgesOfOneNodeComeGroupedByRelation) {
  const NodeId speaker{NodeKind::kEntity, 300};
  std::vector<std::string> keys;
  for (Relation rel : {Relation::kAbout, Relation::kAsserts, Relation::kDenies}) {
    for (std::uint64_t other : {1000ULL, 2ULL, 70000ULL}) {
      keys.push_back(out_edge_key({speaker, rel, {NodeKind::kClaim, other}, other + 1}));
    }
  }
  keys.push_back(out_edge_key({{NodeKind::kEntity, 299}, Relation::kAbout, speaker, 0}));
  keys.push_back(out_edge_key({{NodeKind::kEntity, 301}, Relation::kAsserts, speaker, 0}));
  std::sort(keys.begin(), keys.end());

  std::vector<Relation> rels;
  std::vector<std::uint64_t> others;
  for (const std::string& key : keys) {
    const auto edge = decode_out_edge_key(key);
    ASSERT_TRUE(edge);
    if (edge->from != speaker) continue;
    EXPECT_EQ(key.substr(0, kNodeKeySize), edge_prefix(speaker, std::nullopt));
    rels.push_back(edge->rel);
    others.push_back(edge->to.id);
  }
  EXPECT_EQ(rels, (std::vector<Relation>{Relation::kAsserts, Relation::kAsserts, Relation::kAsserts,
                                         Relation::kDenies, Relation::kDenies, Relation::kDenies,
                                         Relation::kAbout, Relation::kAbout, Relation::kAbout}));
  EXPECT_EQ(others, (std::vector<std::uint64_t>{2, 1000, 70000, 2, 1000, 70000, 2, 1000, 70000}));
  // The speaker's edges sit together between its neighbours' (ids 299 and 301).
  EXPECT_EQ(decode_out_edge_key(keys.front())->from.id, 299u);
  EXPECT_EQ(decode_out_edge_key(keys.back())->from.id, 301u);
}

TEST(KeyCodecTest, InKeySwapsTheEndsAndBothDecodeToTheSameEdge) {
  const EdgeKey edge{{NodeKind::kEntity, 1}, Relation::kDenies, {NodeKind::kClaim, 2}, 3};
  const std::string out = out_edge_key(edge);
  const std::string in = in_edge_key(edge);
  ASSERT_EQ(out.size(), kEdgeKeySize);
  EXPECT_EQ(out.substr(0, kNodeKeySize), node_key(edge.from));
  EXPECT_EQ(in.substr(0, kNodeKeySize), node_key(edge.to));
  EXPECT_EQ(in.substr(0, kNodeKeySize + 1), edge_prefix(edge.to, Relation::kDenies));
  EXPECT_EQ(decode_out_edge_key(out), edge);
  EXPECT_EQ(decode_in_edge_key(in), edge);
}

TEST(KeyCodecTest, MalformedEdgeKeysDoNotDecode) {
  std::string key =
      out_edge_key({{NodeKind::kEntity, 1}, Relation::kAbout, {NodeKind::kClaim, 2}, 3});
  EXPECT_FALSE(decode_out_edge_key(key.substr(1)));
  key[kNodeKeySize] = 9;  // no such relation
  EXPECT_FALSE(decode_out_edge_key(key));
}

TEST(KeyCodecTest, NameKeyIsFoldedNameNulThenId) {
  EXPECT_EQ(name_prefix("пєсков"), std::string("пєсков") + '\0');
  EXPECT_EQ(name_key("a", 1), std::string("a\0\0\0\0\0\0\0\0\x01", 10));
  EXPECT_EQ(key_index_key(NodeKind::kClaim, "putin-minsk"), "Cputin-minsk");
}

TEST(KeyCodecTest, PrintableKeyEscapesBinaryBytes) {
  EXPECT_EQ(printable_key(node_key({NodeKind::kClaim, 10})),
            "C\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x0a");
  EXPECT_EQ(printable_key("a\\b"), "a\\x5cb");
}

}  // namespace
}  // namespace claimgraph::storage
