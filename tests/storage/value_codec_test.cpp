#include "storage/value_codec.h"

#include <gtest/gtest.h>

namespace claimgraph::storage {
namespace {

TEST(ValueCodecTest, EntityRoundTripsIncludingUnicode) {
  const core::Entity entity{.name = "Дмитрий Песков",
                            .kind = core::EntityKind::kPerson,
                            .aliases = {"Peskov", "Пєсков", "Erdoğan's 🙂 friend"},
                            .description = "Kremlin press secretary — «spokesman»"};
  const auto decoded = decode_entity(encode_entity(entity));
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(*decoded, entity);
}

TEST(ValueCodecTest, EveryEntityKindRoundTrips) {
  for (core::EntityKind kind :
       {core::EntityKind::kPerson, core::EntityKind::kOrganization, core::EntityKind::kMedia,
        core::EntityKind::kPlace, core::EntityKind::kGroup, core::EntityKind::kOther}) {
    const core::Entity entity{.name = "x", .kind = kind, .aliases = {}, .description = ""};
    const auto decoded = decode_entity(encode_entity(entity));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->kind, kind);
  }
}

TEST(ValueCodecTest, ClaimRoundTripsWithoutAbout) {
  const core::Claim claim{.key = "putin-minsk-pressure",
                          .text = "Визит Путина в Минск — давление на Лукашенко",
                          .about = {"Putin", "Belarus"}};
  const auto decoded = decode_claim(encode_claim(claim));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->key, claim.key);
  EXPECT_EQ(decoded->text, claim.text);
  EXPECT_TRUE(decoded->about.empty());
}

TEST(ValueCodecTest, ArticleRoundTrips) {
  const core::Article article{.key = "isw-2022-12-19",
                              .title = "Russian Offensive Campaign Assessment",
                              .url = "https://example.org/a?b=c&d=é",
                              .outlet = "ISW",
                              .published = "2022-12-19",
                              .text_sha256 = std::string(64, 'f')};
  const auto decoded = decode_article(encode_article(article));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(*decoded, article);
}

TEST(ValueCodecTest, EdgePayloadRoundTripsWithAndWithoutConfidence) {
  for (const EdgePayload& payload :
       {EdgePayload{"2022-12-19", "«Это не так», — сказал Песков.", 0.85, "said-that"},
        EdgePayload{"", "", std::nullopt, ""}}) {
    const auto decoded = decode_edge_payload(encode_edge_payload(payload));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(*decoded, payload);
  }
}

TEST(ValueCodecTest, ValueStartsWithFormatVersionAndIsNotJsonText) {
  const std::string value = encode_claim({.key = "k", .text = "t", .about = {}});
  ASSERT_FALSE(value.empty());
  EXPECT_EQ(static_cast<std::uint8_t>(value[0]), kValueFormatVersion);
  EXPECT_EQ(value.find('"'), std::string::npos);
}

TEST(ValueCodecTest, BadValuesAreCorruptionNotExceptions) {
  const std::string claim = encode_claim({.key = "k", .text = "t", .about = {}});
  std::string other_version = claim;
  other_version[0] = 7;
  const std::string truncated = claim.substr(0, claim.size() - 1);
  for (const std::string& bad : {std::string(), other_version, truncated, std::string("\x01\xc1"),
                                 encode_claim({.key = "k", .text = "t", .about = {}}) + "x"}) {
    const auto decoded = decode_claim(bad);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, core::ErrorCode::kCorruption);
  }
  // A well-formed value of another record kind is not a claim either.
  EXPECT_FALSE(decode_claim(encode_edge_payload({"", "", std::nullopt, ""})).ok());
  EXPECT_FALSE(decode_entity(encode_article({})).ok());
}

}  // namespace
}  // namespace claimgraph::storage
