// `path`: shortest chains between entities through the real store, on small hand-built graphs.
#include "core/path_query.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/storage/imported_store.h"

namespace claimgraph::core {
namespace {

// A asserts c1, B denies c1 (2 hops). C and E meet only through the outlet O (4 hops). F and G
// share two claims (two shortest paths; F asserts c4 in two articles: still one hop). D is
// alone.
constexpr const char* kGraph =
    R"({"type":"article","key":"a1","published":"2024-01-01"}
{"type":"article","key":"a2","published":"2024-01-02"}
{"type":"entity","name":"Anna A","kind":"person"}
{"type":"entity","name":"Boris B","kind":"person"}
{"type":"entity","name":"Chen C","kind":"person"}
{"type":"entity","name":"Dana D","kind":"person"}
{"type":"entity","name":"Emil E","kind":"person"}
{"type":"entity","name":"Fay F","kind":"person"}
{"type":"entity","name":"Gus G","kind":"person"}
{"type":"entity","name":"The Outlet","kind":"media","aliases":["O"]}
{"type":"claim","key":"c1","text":"claim one"}
{"type":"claim","key":"c2","text":"claim two"}
{"type":"claim","key":"c3","text":"claim three"}
{"type":"claim","key":"c4","text":"claim four"}
{"type":"claim","key":"c5","text":"claim five"}
{"type":"edge","rel":"asserts","from":"Anna A","to":"c1"}
{"type":"edge","rel":"denies","from":"Boris B","to":"c1"}
{"type":"edge","rel":"asserts","from":"Chen C","to":"c2"}
{"type":"edge","rel":"reported-by","from":"c2","to":"The Outlet"}
{"type":"edge","rel":"reported-by","from":"c3","to":"The Outlet"}
{"type":"edge","rel":"asserts","from":"Emil E","to":"c3"}
{"type":"edge","rel":"asserts","from":"Fay F","to":"c4","article":"a1"}
{"type":"edge","rel":"asserts","from":"Fay F","to":"c4","article":"a2"}
{"type":"edge","rel":"asserts","from":"Fay F","to":"c5"}
{"type":"edge","rel":"denies","from":"Gus G","to":"c4"}
{"type":"edge","rel":"denies","from":"Gus G","to":"c5"})";

class PathQueryTest : public storage::testing::ImportedStoreTest {
 protected:
  void SetUp() override {
    ImportedStoreTest::SetUp();
    import(kGraph);
  }

  PathSearch search(const std::string& from, const std::string& to, PathOptions options = {}) {
    auto found = shortest_paths(*store_, entity(from), entity(to), options);
    EXPECT_TRUE(found.ok()) << found.error().message;
    return found.ok() ? *found : PathSearch{};
  }
};

// "Anna A ─asserts→ c1 ←denies─ Boris B" as (name-or-key, rel, direction) steps.
std::string describe(const EntityPath& path) {
  std::string text = path.start.name;
  for (const PathHop& hop : path.hops) {
    const std::string rel(relation_name(hop.rel));
    text += hop.is_forward ? " -" + rel + "-> " : " <-" + rel + "- ";
    text += hop.node.key.empty() ? hop.node.name : hop.node.key;
  }
  return text;
}

TEST_F(PathQueryTest, TwoSpeakersOfOneClaimAreTwoHopsApart) {
  const PathSearch found = search("Anna A", "Boris B");
  ASSERT_EQ(found.paths.size(), 1u);
  EXPECT_EQ(found.shortest_count, 1u);
  EXPECT_EQ(describe(found.paths[0]), "Anna A -asserts-> c1 <-denies- Boris B");
  EXPECT_EQ(found.paths[0].hops[0].node.kind, "claim");
  EXPECT_EQ(found.paths[0].hops[0].node.name, "claim one");
  EXPECT_EQ(found.paths[0].hops[1].node.kind, "person");
}

TEST_F(PathQueryTest, AnOutletJoinsTwoSpeakersInFourHops) {
  const PathSearch found = search("Chen C", "Emil E");
  ASSERT_EQ(found.paths.size(), 1u);
  EXPECT_EQ(describe(found.paths[0]),
            "Chen C -asserts-> c2 -reported-by-> The Outlet <-reported-by- c3 <-asserts- Emil E");
}

TEST_F(PathQueryTest, EveryShortestPathIsListedAndParallelEdgesCountOnce) {
  const PathSearch found = search("Fay F", "Gus G");
  EXPECT_EQ(found.shortest_count, 2u);
  std::vector<std::string> paths;
  for (const EntityPath& path : found.paths) paths.push_back(describe(path));
  EXPECT_EQ(paths, (std::vector<std::string>{"Fay F -asserts-> c4 <-denies- Gus G",
                                             "Fay F -asserts-> c5 <-denies- Gus G"}));
}

TEST_F(PathQueryTest, LimitCapsThePathsButNotTheCount) {
  const PathSearch found = search("Fay F", "Gus G", {.max_hops = 6, .limit = 1});
  EXPECT_EQ(found.paths.size(), 1u);
  EXPECT_EQ(found.shortest_count, 2u);
}

TEST_F(PathQueryTest, NoPathWithinMaxHops) {
  EXPECT_TRUE(search("Chen C", "Emil E", {.max_hops = 3}).paths.empty());
  EXPECT_EQ(search("Chen C", "Emil E", {.max_hops = 4}).paths.size(), 1u);
}

TEST_F(PathQueryTest, MaxHopsStopsTheSearchBeforeReadingFurther) {
  // From Chen C within 1 hop only c2 is reached: its neighbours are never expanded.
  const PathSearch found = search("Chen C", "Emil E", {.max_hops = 1});
  EXPECT_TRUE(found.paths.empty());
  EXPECT_EQ(found.visited_nodes, 2u);
}

TEST_F(PathQueryTest, PathToSelfHasNoHops) {
  const PathSearch found = search("Anna A", "anna a");
  ASSERT_EQ(found.paths.size(), 1u);
  EXPECT_TRUE(found.paths[0].hops.empty());
  EXPECT_EQ(found.paths[0].start.name, "Anna A");
}

TEST_F(PathQueryTest, DisconnectedEntitiesHaveNoPath) {
  const PathSearch found = search("Anna A", "Dana D");
  EXPECT_TRUE(found.paths.empty());
  EXPECT_EQ(found.shortest_count, 0u);
}

TEST_F(PathQueryTest, TooManyVisitedNodesIsAClearError) {
  auto found = shortest_paths(*store_, entity("Chen C"), entity("Emil E"),
                              {.max_hops = 6, .limit = 5, .max_visited = 3});
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(found.error().message,
            "the path search visited 3 nodes without finishing: try fewer hops");
}

TEST_F(PathQueryTest, UnknownAndAmbiguousNamesAreErrors) {
  auto unknown = resolve_entity(*store_, "Nobody");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message, "unknown entity \"Nobody\"");
  WriteSet writes;  // a second entity answering to "O"
  import(R"({"type":"entity","name":"Other Org","kind":"organization"})");
  writes.names.emplace_back("o", entity("Other Org"));
  ASSERT_TRUE(store_->apply(writes).ok());
  auto ambiguous = resolve_entity(*store_, "O");
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_EQ(ambiguous.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(ambiguous.error().message,
            "name \"O\" is ambiguous: The Outlet (media), Other Org (organization)");
}

}  // namespace
}  // namespace claimgraph::core
