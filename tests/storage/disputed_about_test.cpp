// The list of disputed claims by entity (`A` + entity id + claim id in the `stat` family,
// storage/index_codec.h), which `disputed --about` reads, through the real RocksDB store: each
// disputed claim is listed under every entity it is about, with the stats get_claim_stats
// gives, and under no other entity; apply() keeps the lists right when about or stance edges
// change and when entities or claims are merged, writes no entry when nothing changes, and a
// bulk load leaves the same lists as apply().
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/claim_merge.h"
#include "core/entity_merge.h"
#include "core/graph_writer.h"
#include "core/index_writes.h"
#include "core/jsonl_reader.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "storage/bulk_load.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/imported_store.h"
#include "tests/storage/store_dump.h"

namespace claimgraph::core {
namespace {

using storage::OpenMode;
using storage::RocksGraphStore;

// rain: about Gotham and Metropolis, asserted by Roe and denied by Doe (disputed).
// sun: about Gotham, asserted by Roe only. No claim is about Smallville.
constexpr const char* kGraph = R"({"type":"entity","name":"Gotham","kind":"place"}
{"type":"entity","name":"Metropolis","kind":"place"}
{"type":"entity","name":"Smallville","kind":"place"}
{"type":"claim","key":"rain","text":"It will rain","about":["Gotham","Metropolis"]}
{"type":"claim","key":"sun","text":"The sun will shine","about":["Gotham"]}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"rain","date":"2024-01-02"}
{"type":"edge","rel":"denies","from":"John Doe","to":"rain","date":"2024-01-05"}
{"type":"edge","rel":"asserts","from":"Jane Roe","to":"sun","date":"2024-01-03"})";

// A third speaker's denial of rain, later than the others.
constexpr const char* kLaneDeniesRain =
    R"({"type":"edge","rel":"denies","from":"Lois Lane","to":"rain","date":"2024-02-01"})";

// One entry of a list: a claim and the stats stored with it.
struct Entry {
  std::uint64_t claim = 0;
  ClaimStats stats;
  bool operator==(const Entry&) const = default;
};

void PrintTo(const Entry& entry, std::ostream* out) {
  const ClaimStats& s = entry.stats;
  *out << "{claim " << entry.claim << ": " << s.asserting_speakers << " asserting, "
       << s.denying_speakers << " denying, " << s.speakers << " speakers, " << s.outlets
       << " outlets (" << s.asserting_outlets << "/" << s.denying_outlets << "), latest \""
       << s.latest_date << "\"}";
}

// Entity id -> what scan_disputed_about visits for it; entities it visits nothing for are
// left out.
using Listing = std::map<std::uint64_t, std::vector<Entry>>;

// The lists of every id the store has allocated (entities, and the others, which must list
// nothing).
Listing listing(const GraphStore& store) {
  Listing lists;
  const Result<std::uint64_t> next = store.next_id();
  EXPECT_TRUE(next.ok());
  for (std::uint64_t id = 0; next.ok() && id < *next; ++id) {
    const Status status =
        store.scan_disputed_about(id, [&](std::uint64_t claim, const ClaimStats& stats) {
          lists[id].push_back({.claim = claim, .stats = stats});
          return true;
        });
    EXPECT_TRUE(status.ok()) << status.error().message;
  }
  return lists;
}

// What scan_disputed visits.
std::vector<Entry> disputed(const GraphStore& store) {
  std::vector<Entry> entries;
  const Status status = store.scan_disputed([&](std::uint64_t claim, const ClaimStats& stats) {
    entries.push_back({.claim = claim, .stats = stats});
    return true;
  });
  EXPECT_TRUE(status.ok()) << status.error().message;
  return entries;
}

// The lists the disputed index and the about edges call for: each disputed claim under every
// entity it has an about edge to.
Listing expected_listing(const GraphStore& store) {
  Listing lists;
  for (const Entry& entry : disputed(store)) {
    const auto about = store.out_edges({NodeKind::kClaim, entry.claim}, Relation::kAbout);
    EXPECT_TRUE(about.ok());
    if (!about.ok()) continue;
    for (const StoredEdge& edge : *about) lists[edge.to.id].push_back(entry);
  }
  return lists;
}

StoredEdge about_edge(std::uint64_t claim, std::uint64_t entity) {
  return {.from = {NodeKind::kClaim, claim},
          .rel = Relation::kAbout,
          .to = {NodeKind::kEntity, entity},
          .article = 0,
          .date = "",
          .quote = "",
          .confidence = std::nullopt,
          .rule = ""};
}

// A store holding kGraph, imported with apply().
class DisputedAboutTest : public storage::testing::ImportedStoreTest {
 protected:
  void SetUp() override {
    ImportedStoreTest::SetUp();
    if (!HasFatalFailure()) import(kGraph);
  }

  std::uint64_t claim(std::string_view key) {
    auto id = resolve_claim(*store_, key);
    EXPECT_TRUE(id.ok()) << key;
    return id.ok() ? *id : 0;
  }

  // The claim with the stats get_claim_stats gives it.
  Entry entry(std::string_view key) {
    const std::uint64_t id = claim(key);
    auto stats = store_->get_claim_stats(id);
    EXPECT_TRUE(stats.ok() && stats->has_value()) << key;
    return {.claim = id, .stats = stats.ok() && stats->has_value() ? **stats : ClaimStats{}};
  }

  void apply(const Result<WriteSet>& writes) {
    ASSERT_TRUE(writes.ok()) << writes.error().message;
    const Status applied = store_->apply(*writes);
    ASSERT_TRUE(applied.ok()) << applied.error().message;
  }

  // The WriteSet `claimgraph import` would apply for `jsonl`.
  WriteSet collect(const std::string& jsonl) {
    std::istringstream in(jsonl);
    auto records = read_jsonl(in, "test.jsonl");
    EXPECT_TRUE(records.ok()) << records.error().message;
    GraphWriter writer(*store_);
    EXPECT_TRUE(records.ok() && apply_records(*records, "test.jsonl", writer).ok());
    return writer.take();
  }
};

TEST_F(DisputedAboutTest, DisputedClaimIsListedUnderEachEntityItIsAboutOnly) {
  const Entry rain{.claim = claim("rain"),
                   .stats = ClaimStats{.asserting_speakers = 1,
                                       .denying_speakers = 1,
                                       .speakers = 2,
                                       .outlets = 0,
                                       .asserting_outlets = 0,
                                       .denying_outlets = 0,
                                       .latest_date = "2024-01-05"}};
  ASSERT_EQ(disputed(*store_), std::vector<Entry>{rain});
  EXPECT_EQ(entry("rain"), rain);
  // Not under Smallville, the speakers or the claims; sun (asserted only) under no entity.
  EXPECT_EQ(listing(*store_),
            (Listing{{entity("Gotham"), {rain}}, {entity("Metropolis"), {rain}}}));
}

TEST_F(DisputedAboutTest, AboutEdgeAddedLaterListsTheClaimUnderTheNewEntity) {
  WriteSet writes;
  writes.edges.push_back(about_edge(claim("rain"), entity("Smallville")));
  apply(writes);
  const Entry rain = entry("rain");
  EXPECT_EQ(listing(*store_), (Listing{{entity("Gotham"), {rain}},
                                       {entity("Metropolis"), {rain}},
                                       {entity("Smallville"), {rain}}}));
}

TEST_F(DisputedAboutTest, AboutEdgeRemovedTakesTheClaimOffThatEntityOnly) {
  WriteSet writes;
  writes.removed_edges.push_back(about_edge(claim("rain"), entity("Metropolis")));
  apply(writes);
  ASSERT_TRUE(store_->out_edges({NodeKind::kClaim, claim("rain")}, Relation::kAbout)->size() == 1u);
  EXPECT_EQ(listing(*store_), (Listing{{entity("Gotham"), {entry("rain")}}}));
}

// Removes Doe's denial of rain: only Roe's assertion is left.
class UndisputedTest : public DisputedAboutTest {
 protected:
  void SetUp() override {
    DisputedAboutTest::SetUp();
    if (HasFatalFailure()) return;
    auto denies = store_->in_edges({NodeKind::kClaim, claim("rain")}, Relation::kDenies);
    ASSERT_TRUE(denies.ok() && denies->size() == 1u);
    WriteSet writes;
    writes.removed_edges = *denies;
    apply(writes);
  }
};

TEST_F(UndisputedTest, ClaimNoLongerDisputedLeavesEveryList) {
  EXPECT_FALSE(entry("rain").stats.is_disputed());
  EXPECT_EQ(disputed(*store_), std::vector<Entry>{});
  EXPECT_EQ(listing(*store_), Listing{});
}

TEST_F(UndisputedTest, DenialByAnotherSpeakerListsTheClaimAgainWithItsNewStats) {
  import(kLaneDeniesRain);
  const Entry rain = entry("rain");
  EXPECT_EQ(rain.stats.latest_date, "2024-02-01");  // Lane's denial, not Doe's
  EXPECT_EQ(listing(*store_),
            (Listing{{entity("Gotham"), {rain}}, {entity("Metropolis"), {rain}}}));
}

TEST_F(DisputedAboutTest, FurtherDenialRewritesTheStatsUnderEveryEntity) {
  import(kLaneDeniesRain);
  const Entry rain = entry("rain");
  EXPECT_EQ(rain.stats.denying_speakers, 2u);
  EXPECT_EQ(listing(*store_),
            (Listing{{entity("Gotham"), {rain}}, {entity("Metropolis"), {rain}}}));
}

TEST_F(DisputedAboutTest, EntityMergeMovesTheClaimToTheEntityMergedInto) {
  const std::uint64_t gotham = entity("Gotham"), smallville = entity("Smallville");
  apply(merge_entities(*store_, entity("Metropolis"), smallville));
  const Entry rain = entry("rain");
  EXPECT_EQ(listing(*store_), (Listing{{gotham, {rain}}, {smallville, {rain}}}));
}

TEST_F(DisputedAboutTest, EntityMergeIntoAnotherEntityOfTheClaimListsItOnce) {
  const std::uint64_t gotham = entity("Gotham");
  apply(merge_entities(*store_, entity("Metropolis"), gotham));
  EXPECT_EQ(listing(*store_), (Listing{{gotham, {entry("rain")}}}));
}

TEST_F(DisputedAboutTest, MergingTheTwoSpeakersEndsTheDisputeOnEveryList) {
  apply(merge_entities(*store_, entity("John Doe"), entity("Jane Roe")));
  EXPECT_FALSE(entry("rain").stats.is_disputed());
  EXPECT_EQ(listing(*store_), Listing{});
}

// rain's stance and about edges move onto sun, which becomes disputed; rain is removed.
TEST_F(DisputedAboutTest, ClaimMergeListsTheMergedClaimAndNotTheRemovedOne) {
  const std::uint64_t rain = claim("rain"), sun = claim("sun");
  apply(merge_claims(*store_, rain, sun));
  ASSERT_FALSE(store_->get_claim(rain)->has_value());
  const Entry merged = entry("sun");
  ASSERT_EQ(merged.claim, sun);
  EXPECT_EQ(listing(*store_),
            (Listing{{entity("Gotham"), {merged}}, {entity("Metropolis"), {merged}}}));
}

TEST_F(DisputedAboutTest, ReapplyingAWriteSetWritesNoEntry) {
  auto reimport = index_writes_for(*store_, collect(kGraph));
  ASSERT_TRUE(reimport.ok());
  EXPECT_EQ(reimport->disputed_about.size(), 0u);

  WriteSet writes;
  writes.edges.push_back(about_edge(claim("rain"), entity("Smallville")));
  auto first = index_writes_for(*store_, writes);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->disputed_about.size(), 1u);  // rain under Smallville
  apply(writes);
  auto again = index_writes_for(*store_, writes);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->disputed_about.size(), 0u);
}

// Imports `jsonl` into `store` as `claimgraph import` does a big file: through a BulkLoad fed
// the writer's settled writes every 97 records, with a small memory budget (many run files).
void bulk_load(RocksGraphStore& store, const std::string& jsonl) {
  std::istringstream in(jsonl);
  auto records = read_jsonl(in, "generated.jsonl");
  ASSERT_TRUE(records.ok()) << records.error().message;
  auto load = storage::BulkLoad::begin(store, 64 << 10);
  ASSERT_TRUE(load.ok()) << load.error().message;
  GraphWriter writer(store);
  std::size_t records_added = 0;
  for (const NumberedRecord& record : *records) {
    ASSERT_TRUE(apply_numbered_record(record, "generated.jsonl", writer).ok());
    if (++records_added % 97 == 0) {
      ASSERT_TRUE((*load)->add(writer.take_settled()).ok());
    }
  }
  ASSERT_TRUE((*load)->add(writer.take()).ok());
  const Status committed = (*load)->commit();
  ASSERT_TRUE(committed.ok()) << committed.error().message;
}

// store_ is written with apply(), a second store with bulk loads of the same files.
class DisputedAboutBulkLoadTest : public storage::testing::ImportedStoreTest {};

TEST_F(DisputedAboutBulkLoadTest, BulkLoadListsWhatApplyLists) {
  auto loaded = RocksGraphStore::open(dir_.path("loaded"), OpenMode::kReadWrite);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  // Into an empty store, then over the claims the first file left (the second rewrites some).
  for (const std::uint64_t seed : {std::uint64_t{1}, std::uint64_t{2}}) {
    SCOPED_TRACE(seed);
    const std::string jsonl = storage::testing::generated_jsonl(400, seed);
    import(jsonl);
    bulk_load(**loaded, jsonl);
    ASSERT_FALSE(HasFatalFailure());
    const Listing applied = listing(*store_);
    EXPECT_FALSE(applied.empty());
    EXPECT_EQ(applied, expected_listing(*store_));
    EXPECT_EQ(listing(**loaded), applied);
  }
}

}  // namespace
}  // namespace claimgraph::core
