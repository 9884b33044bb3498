// The batch reads (get_claims, out_edges_of, in_edges_of) must answer for
// each id what a full scan of the store says about it, in the order asked, whatever that order,
// with repeats and ids the store does not hold.
#include <algorithm>
#include <map>
#include <tuple>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bench/claim_graph_generator.h"
#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/record_import.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::storage {
namespace {

class BatchReadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string text;
    bench::JsonLineBuffer out([&text](std::string_view chunk) { text.append(chunk); }, 1 << 16);
    bench::ClaimGraphGenerator(bench::GeneratorOptions{.claims = 2000, .seed = 7}).write_jsonl(out);
    auto opened = RocksGraphStore::open(dir_.path("db"), OpenMode::kReadWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    std::istringstream in(text);
    auto records = core::read_jsonl(in, "generated.jsonl");
    ASSERT_TRUE(records.ok()) << records.error().message;
    core::GraphWriter writer(*store_);
    ASSERT_TRUE(core::apply_records(*records, "generated.jsonl", writer).ok());
    ASSERT_TRUE(store_->apply(writer.take()).ok());
    ASSERT_TRUE(store_->scan_claims([&](std::uint64_t id, const core::Claim& claim) {
                        claims_[id] = claim;
                        return true;
                      }).ok());
    ASSERT_TRUE(store_->scan_edges([&](const core::StoredEdge& edge) {
                        out_[edge.from].push_back(edge);
                        in_[edge.to].push_back(edge);
                        return true;
                      }).ok());
    // Claims in descending id order, each twice, and one id nothing has.
    for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
      ids_.push_back(it->first);
      ids_.push_back(it->first);
    }
    ids_.push_back(claims_.rbegin()->first + 1000);
    for (const std::uint64_t id : ids_) nodes_.push_back({core::NodeKind::kClaim, id});
  }

  testing::TempDir dir_;
  std::unique_ptr<RocksGraphStore> store_;
  std::map<std::uint64_t, core::Claim> claims_;
  std::map<core::NodeId, std::vector<core::StoredEdge>> out_;
  std::map<core::NodeId, std::vector<core::StoredEdge>> in_;
  std::vector<std::uint64_t> ids_;
  std::vector<core::NodeId> nodes_;
};

TEST_F(BatchReadsTest, GetClaimsAnswersEachIdInTheOrderAsked) {
  ASSERT_GT(claims_.size(), 1000u);
  const auto got = store_->get_claims(ids_);
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_EQ(got->size(), ids_.size());
  for (std::size_t i = 0; i + 1 < ids_.size(); ++i) {
    ASSERT_TRUE((*got)[i].has_value()) << ids_[i];
    EXPECT_EQ((*got)[i]->key, claims_[ids_[i]].key);
    EXPECT_EQ((*got)[i]->text, claims_[ids_[i]].text);
  }
  EXPECT_FALSE(got->back().has_value());
}

TEST_F(BatchReadsTest, EdgesOfManyNodesAreEachNodesEdgesInKeyOrder) {
  const auto out = store_->out_edges_of(nodes_, std::nullopt);
  const auto in = store_->in_edges_of(nodes_, std::nullopt);
  ASSERT_TRUE(out.ok() && in.ok());
  std::size_t edges = 0;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    EXPECT_EQ((*out)[i], out_[nodes_[i]]) << ids_[i];
    // in_ holds a node's in-edges in out-key order; the store gives them in in-key order.
    std::vector<core::StoredEdge> expected = in_[nodes_[i]];
    std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
      return std::tie(a.rel, a.from, a.article) < std::tie(b.rel, b.from, b.article);
    });
    EXPECT_EQ((*in)[i], expected) << ids_[i];
    edges += (*out)[i].size() + (*in)[i].size();
  }
  EXPECT_GT(edges, 2 * claims_.size());
  EXPECT_TRUE(out->back().empty() && in->back().empty());
}

TEST_F(BatchReadsTest, EdgesOfOneRelationAreTheEdgesOfThatRelation) {
  const auto reports = store_->out_edges_of(nodes_, core::Relation::kReportedBy);
  ASSERT_TRUE(reports.ok());
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    std::vector<core::StoredEdge> expected;
    for (const core::StoredEdge& edge : out_[nodes_[i]]) {
      if (edge.rel == core::Relation::kReportedBy) expected.push_back(edge);
    }
    EXPECT_EQ((*reports)[i], expected) << ids_[i];
  }
}

}  // namespace
}  // namespace claimgraph::storage
