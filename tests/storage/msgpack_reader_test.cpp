// MsgpackReader must read back whatever nlohmann's to_msgpack writes for the types our values
// use, at every size where MessagePack switches encodings, and fail on anything short or odd.
#include "storage/msgpack_reader.h"

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace claimgraph::storage {
namespace {

std::string packed(const nlohmann::json& value) {
  std::string bytes;
  nlohmann::json::to_msgpack(value, bytes);
  return bytes;
}

TEST(MsgpackReaderTest, ReadsStringsOfEveryLengthEncoding) {
  for (const std::size_t length : {0, 31, 32, 255, 256, 65535, 65536}) {
    const std::string text(length, 'x');
    const std::string bytes = packed(text);
    MsgpackReader reader(bytes);
    std::string read;
    ASSERT_TRUE(reader.string(read)) << length;
    EXPECT_EQ(read, text);
    EXPECT_TRUE(reader.finished());
  }
}

TEST(MsgpackReaderTest, ReadsArraysOfEveryLengthEncoding) {
  for (const std::size_t length : {0, 15, 16, 65535, 65536}) {
    const std::string bytes = packed(std::vector<std::uint64_t>(length, 7));
    MsgpackReader reader(bytes);
    EXPECT_EQ(reader.array(), length);
    for (std::size_t i = 0; i < length; ++i) ASSERT_EQ(reader.unsigned_integer(), 7u);
    EXPECT_TRUE(reader.finished());
  }
}

TEST(MsgpackReaderTest, ReadsUnsignedIntegersOfEveryWidth) {
  for (const std::uint64_t n : {std::uint64_t{0}, std::uint64_t{127}, std::uint64_t{128},
                                std::uint64_t{255}, std::uint64_t{256}, std::uint64_t{65536},
                                std::uint64_t{1} << 32, UINT64_MAX}) {
    const std::string bytes = packed(n);
    MsgpackReader reader(bytes);
    EXPECT_EQ(reader.unsigned_integer(), n);
    EXPECT_TRUE(reader.finished());
  }
}

TEST(MsgpackReaderTest, ReadsSingleAndDoublePrecisionFloatsAndNil) {
  for (const double x : {0.5, 0.85, 1.0 / 3.0, 0.0}) {
    const std::string bytes = packed(x);
    MsgpackReader reader(bytes);
    std::optional<double> read;
    ASSERT_TRUE(reader.optional_float(read));
    EXPECT_EQ(read, x);
  }
  const std::string nil_bytes = packed(nullptr);
  MsgpackReader nil(nil_bytes);
  std::optional<double> read = 1.0;
  ASSERT_TRUE(nil.optional_float(read));
  EXPECT_FALSE(read.has_value());
}

TEST(MsgpackReaderTest, FailsOnEveryTruncationAndOnOtherTypes) {
  const std::string whole = packed(nlohmann::json::array({"date", std::string(300, 'q'), 0.85}));
  for (std::size_t cut = 0; cut < whole.size(); ++cut) {
    const std::string part = whole.substr(0, cut);
    MsgpackReader reader(part);
    std::string text;
    std::optional<double> number;
    const bool read_all = reader.array() == 3u && reader.string(text) && reader.string(text) &&
                          reader.optional_float(number);
    EXPECT_FALSE(read_all && reader.finished()) << "cut at " << cut;
  }
  const std::string negative_bytes = packed(-1);
  MsgpackReader negative(negative_bytes);
  EXPECT_FALSE(negative.unsigned_integer().has_value());
  const std::string boolean_bytes = packed(true);
  MsgpackReader boolean(boolean_bytes);
  std::string text;
  EXPECT_FALSE(boolean.string(text));
  EXPECT_FALSE(boolean.finished());
}

}  // namespace
}  // namespace claimgraph::storage
