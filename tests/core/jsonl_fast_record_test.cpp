#include "core/jsonl_fast_record.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

namespace claimgraph::core {
namespace {

using namespace std::string_literals;

// The fast path may refuse any line (the checking reader reads it again); what it must never
// do is accept a line the checking reader refuses, or read a value differently.

Edge edge_of(std::string_view line) {
  FastRecordReader reader;
  const std::optional<Record> record = reader.read(line);
  EXPECT_TRUE(record.has_value()) << line;
  if (!record || !std::holds_alternative<Edge>(*record)) return {};
  return std::get<Edge>(*record);
}

TEST(FastRecordReaderTest, ReadsEscapesAndNulsInsideStrings) {
  const Edge edge =
      edge_of(R"({"rel":"denies","type":"edge","from":"A\u0000B","to":"c\n1\t\"\\\/\u00e9"})");
  EXPECT_EQ(edge.rel, Relation::kDenies);
  EXPECT_EQ(edge.from, "A\0B"s);
  EXPECT_EQ(edge.to, "c\n1\t\"\\/\xC3\xA9");
}

TEST(FastRecordReaderTest, ReadsSurrogatePairsAsOneCharacter) {
  FastRecordReader reader;
  const auto record = reader.read(R"({"type":"entity","name":"\ud83d\ude00 x","aliases":["y"]})");
  ASSERT_TRUE(record.has_value());
  const Entity& entity = std::get<Entity>(*record);
  EXPECT_EQ(entity.name, "\xF0\x9F\x98\x80 x");
  EXPECT_EQ(entity.aliases, std::vector<std::string>{"y"});
}

TEST(FastRecordReaderTest, RoundsConfidencesExactly) {
  EXPECT_EQ(edge_of(R"({"type":"edge","rel":"asserts","from":"A","to":"c","confidence":0.1})")
                .provenance.confidence,
            0.1);
  EXPECT_EQ(edge_of(R"({"type":"edge","rel":"asserts","from":"A","to":"c",)"
                    R"("confidence":0.30000000000000004})")
                .provenance.confidence,
            0.30000000000000004);
  // More digits than a double holds: a quick conversion is one unit in the last place off.
  EXPECT_EQ(edge_of(R"({"type":"edge","rel":"asserts","from":"A","to":"c",)"
                    R"("confidence":0.9141777631706690743})")
                .provenance.confidence,
            0.9141777631706690743);
  EXPECT_EQ(edge_of(R"({"type":"edge","rel":"asserts","from":"A","to":"c","confidence":1E0})")
                .provenance.confidence,
            1.0);
}

TEST(FastRecordReaderTest, RefusesWhatIsNotOneStrictRecord) {
  FastRecordReader reader;
  const std::string edge = R"({"type":"edge","rel":"asserts","from":"A","to":"c")";
  for (const std::string& line : std::vector<std::string>{
           edge + R"(,"confidence":NaN})", edge + R"(,"confidence":01})",
           edge + R"(,"confidence":.5})", edge + R"(,"confidence":"0.5"})",
           edge + R"(,"confidence":-0})",  // zero is left to the checking reader
           edge + ",}", edge + "} x", edge + "}{}", edge + "}\0{}"s, edge + R"(,"from":"B"})",
           edge + R"(,"quote":"\ud800"})", edge + ",\"quote\":\"tab\there\"}",
           R"({"type":"entity","name":"N","aliases":[["nested"]]})",
           R"({"type":"entity","name":"N","aliases":[null]})",
           R"({"type":"entity","name":"N","aliases":)" + std::string(3000, '[') +
               std::string(3000, ']') + "}",
           R"({"type":"entity","name":")" + std::string(5000, 'x') + "\"}",
           R"({"type":"Edge","rel":"asserts","from":"A","to":"c"})", R"(["type","edge"])",
           "{}", "\"edge\"", ""}) {
    EXPECT_FALSE(reader.read(line).has_value()) << line;
  }
}

TEST(FastRecordReaderTest, ReadsTheNextLineAfterARefusedOne) {
  FastRecordReader reader;
  EXPECT_FALSE(reader.read(R"({"type":"claim","key":"k","text":)").has_value());
  const auto record = reader.read(R"({"type":"claim","key":"k","text":"t","about":["A"]})");
  ASSERT_TRUE(record.has_value());
  const Claim& claim = std::get<Claim>(*record);
  EXPECT_EQ(claim.key, "k");
  EXPECT_EQ(claim.text, "t");
  EXPECT_EQ(claim.about, std::vector<std::string>{"A"});
}

}  // namespace
}  // namespace claimgraph::core
