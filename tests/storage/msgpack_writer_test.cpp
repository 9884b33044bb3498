// MsgpackWriter must write exactly the bytes nlohmann's to_msgpack writes for the same values
// (stores written before it must read and compare alike), at every size and value where
// MessagePack switches encodings; and the value codecs built on it must still write what
// they wrote through nlohmann.
#include "storage/msgpack_writer.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "storage/index_codec.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {
namespace {

using nlohmann::json;

std::string packed(const json& value) {
  std::string bytes;
  json::to_msgpack(value, bytes);
  return bytes;
}

// A value as the codecs wrote it before: version byte, then nlohmann's MessagePack.
std::string versioned(const json& fields) {
  return std::string(1, static_cast<char>(kValueFormatVersion)) + packed(fields);
}

template <class Write>
std::string written(Write write) {
  std::string bytes;
  MsgpackWriter writer(bytes);
  write(writer);
  return bytes;
}

TEST(MsgpackWriterTest, StringsOfEveryLengthEncoding) {
  for (const std::size_t length : {0, 1, 31, 32, 255, 256, 65535, 65536}) {
    const std::string text(length, 'x');
    EXPECT_EQ(written([&](MsgpackWriter& w) { w.string(text); }), packed(text)) << length;
  }
}

TEST(MsgpackWriterTest, ArraysOfEverySizeEncoding) {
  for (const std::size_t size : {0, 15, 16, 65535, 65536}) {
    const json items(std::vector<std::uint64_t>(size, 1));
    const std::string bytes = written([&](MsgpackWriter& w) {
      w.array(size);
      for (std::size_t i = 0; i < size; ++i) w.unsigned_integer(1);
    });
    EXPECT_EQ(bytes, packed(items)) << size;
  }
}

TEST(MsgpackWriterTest, UnsignedIntegersOfEveryWidth) {
  const std::vector<std::uint64_t> values = {
      0,     127,   128,        255,        256,
      65535, 65536, 4294967295, 4294967296, std::numeric_limits<std::uint64_t>::max()};
  for (const std::uint64_t value : values) {
    EXPECT_EQ(written([&](MsgpackWriter& w) { w.unsigned_integer(value); }), packed(value))
        << value;
  }
}

TEST(MsgpackWriterTest, FloatsAsFloat32OnlyWhenExact) {
  const double inf = std::numeric_limits<double>::infinity();
  for (const double value : {0.0, -0.0, 0.5, 1.0, 0.1, 0.9, 1e-45, 1e39, -1e39,
                             3.4028234663852886e38, inf, -inf, std::nan("")}) {
    EXPECT_EQ(written([&](MsgpackWriter& w) { w.optional_float(value); }), packed(value)) << value;
  }
  EXPECT_EQ(written([](MsgpackWriter& w) { w.optional_float(std::nullopt); }), packed(nullptr));
}

TEST(MsgpackWriterTest, CodecsWriteWhatNlohmannWrote) {
  const core::Entity entity{.name = "Dmitry Peskov",
                            .kind = core::EntityKind::kPerson,
                            .aliases = {"Peskov", std::string(40, 'p')},
                            .description = "Kremlin spokesman"};
  EXPECT_EQ(encode_entity(entity),
            versioned(json::array({entity.name, 1, entity.aliases, entity.description})));
  const core::Claim claim{.key = "talks", .text = std::string(300, 't'), .about = {}};
  EXPECT_EQ(encode_claim(claim), versioned(json::array({claim.key, claim.text})));
  const core::Article article{.key = "a1",
                              .title = "Title",
                              .url = "https://x",
                              .outlet = "TASS",
                              .published = "2023-01-02",
                              .text_sha256 = std::string(64, 'f')};
  EXPECT_EQ(encode_article(article),
            versioned(json::array({article.key, article.title, article.url, article.outlet,
                                   article.published, article.text_sha256})));
  for (const std::optional<double> confidence :
       {std::optional<double>(), std::optional(0.75), std::optional(0.9)}) {
    const EdgePayload payload{
        .date = "2024-01-02", .quote = "q", .confidence = confidence, .rule = "said-that"};
    const json c = confidence ? json(*confidence) : json(nullptr);
    EXPECT_EQ(encode_edge_payload(payload),
              versioned(json::array({payload.date, payload.quote, c, payload.rule})));
  }
  const core::ClaimStats stats{.asserting_speakers = 3,
                               .denying_speakers = 200,
                               .speakers = 203,
                               .outlets = 70000,
                               .asserting_outlets = 1,
                               .denying_outlets = 0,
                               .latest_date = "2024-05-06"};
  EXPECT_EQ(encode_claim_stats(stats),
            versioned(json::array({3, 200, 203, 70000, 1, 0, "2024-05-06"})));
  core::TextDocument document;
  json terms = json::array();
  for (std::uint32_t i = 0; i < 20; ++i) {
    const std::string token = std::string(i * 3, 'a') + std::to_string(i);
    document.term_counts[token] = i * 1000;
  }
  for (const auto& [token, count] : document.term_counts) terms.push_back({token, count});
  EXPECT_EQ(encode_text_document(document), versioned(terms));
}

}  // namespace
}  // namespace claimgraph::storage
