#include "core/drawing.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/name_fold.h"

namespace claimgraph::core {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Code points in valid UTF-8 text.
std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

TEST(WrapTextTest, BreaksBetweenWordsWithinWidth) {
  const struct {
    std::string text;
    std::size_t width;
    std::string wrapped;
  } cases[] = {
      {"", 30, ""},
      {"short", 30, "short"},
      {"Putin will drag Belarus into the war with Ukraine", 30,
       "Putin will drag Belarus into\nthe war with Ukraine"},
      {"aaa bbb ccc", 7, "aaa bbb\nccc"},
      {"aaa bbb ccc", 3, "aaa\nbbb\nccc"},
      {"  spaced   out\n\ttext  ", 30, "spaced out text"},
      {"abcdefghij", 4, "abcd\nefgh\nij"},
      {"a well-known claim", 8, "a well-\nknown\nclaim"},
      {"abc", 0, "a\nb\nc"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(wrap_text(c.text, c.width), c.wrapped) << c.text << " at " << c.width;
  }
}

TEST(WrapTextTest, NeverSplitsMultiByteCharacters) {
  const std::string texts[] = {
      "Песков отверг сообщения о том, что Путин едет в Минск",
      "ПутинбудетвтягиватьБеларусьввойнусУкраиной",
      "🇧🇾🇷🇺😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
      "هذا ادعاء طويل جدا عن الحرب والسياسة في المنطقة",
      "普京将把白俄罗斯拖入与乌克兰的战争普京将把白俄罗斯拖入与乌克兰的战争",
      "e\xCC\x81"
      "e\xCC\x81"
      "e\xCC\x81"
      "e\xCC\x81"
      "e\xCC\x81",  // e + combining acute
  };
  for (const std::string& text : texts) {
    for (std::size_t width : {1u, 2u, 3u, 7u, 30u}) {
      const std::string wrapped = wrap_text(text, width);
      EXPECT_TRUE(is_valid_utf8(wrapped)) << text << " at " << width;
      for (const std::string& line : lines_of(wrapped)) {
        EXPECT_TRUE(is_valid_utf8(line)) << line;
        EXPECT_FALSE(line.empty()) << text << " at " << width;
      }
    }
  }
}

TEST(WrapTextTest, CountsCharactersNotBytes) {
  const std::string cyrillic = "Песков отверг сообщения о визите";  // 32 characters
  const std::vector<std::string> lines = lines_of(wrap_text(cyrillic, 30));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Песков отверг сообщения о");
  for (const std::string& line : lines) EXPECT_LE(code_points(line), 30u);
}

TEST(WrapTextTest, KeepsGraphemeClustersTogether) {
  // Each flag is two code points; each accented e is two; a cut keeps each pair whole.
  EXPECT_EQ(wrap_text("🇧🇾🇷🇺🇺🇦", 1), "🇧🇾\n🇷🇺\n🇺🇦");
  EXPECT_EQ(wrap_text("e\xCC\x81"
                      "e\xCC\x81",
                      1),
            "e\xCC\x81\ne\xCC\x81");
}

TEST(WrapTextTest, ReplacesIllFormedUtf8) {
  const std::string wrapped = wrap_text("bad \xC3 byte \xFF here", 30);
  EXPECT_TRUE(is_valid_utf8(wrapped));
  EXPECT_NE(wrapped.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

TEST(DrawingTest, EntityKindsMapToStyles) {
  EXPECT_EQ(node_style_for(EntityKind::kPerson), NodeStyle::kPerson);
  EXPECT_EQ(node_style_for(EntityKind::kOrganization), NodeStyle::kOrganization);
  EXPECT_EQ(node_style_for(EntityKind::kMedia), NodeStyle::kOutlet);
  EXPECT_EQ(node_style_for(EntityKind::kPlace), NodeStyle::kPlace);
  EXPECT_EQ(node_style_for(EntityKind::kGroup), NodeStyle::kGroup);
  EXPECT_EQ(node_style_for(EntityKind::kOther), NodeStyle::kOtherEntity);
}

TEST(DrawingTest, EveryStyleHasALegendName) {
  for (const NodeStyle style : kAllNodeStyles) EXPECT_FALSE(node_style_name(style).empty());
  EXPECT_EQ(node_style_name(NodeStyle::kOutlet), "media outlet");
}

TEST(DrawingTest, EntityNodeKeepsTheNameAndDrawsMediaAsOutlet) {
  const Entity outlet{.name = "RIA \"Novosti\" <ru>\n{x}\\",
                      .kind = EntityKind::kMedia,
                      .aliases = {},
                      .description = ""};
  const DrawingNode node = entity_drawing_node(7, outlet);
  EXPECT_EQ(node.id, "E7");
  EXPECT_EQ(node.label, outlet.name);
  EXPECT_EQ(node.style, NodeStyle::kOutlet);
  EXPECT_FALSE(node.is_focus);
}

TEST(DrawingTest, ClaimNodeWrapsItsTextOrShowsItsKey) {
  const Claim claim{.key = "putin-belarus",
                    .text = "Putin will drag Belarus into the war with Ukraine",
                    .about = {}};
  const DrawingNode node = claim_drawing_node(12, claim);
  EXPECT_EQ(node.id, "C12");
  EXPECT_EQ(node.style, NodeStyle::kClaim);
  EXPECT_EQ(node.label, "Putin will drag Belarus into\nthe war with Ukraine");
  EXPECT_EQ(claim_drawing_node(3, {.key = "k", .text = "", .about = {}}).label, "k");
}

TEST(DrawingTest, NodeIdsAreKindAndNumber) {
  EXPECT_EQ(drawing_node_id({NodeKind::kEntity, 1}), "E1");
  EXPECT_EQ(drawing_node_id({NodeKind::kClaim, 42}), "C42");
}

}  // namespace
}  // namespace claimgraph::core
