#include "storage/msgpack_writer.h"

#include <bit>
#include <limits>
#include <utility>

namespace claimgraph::storage {
namespace {

constexpr std::uint64_t kU8 = std::numeric_limits<std::uint8_t>::max();
constexpr std::uint64_t kU16 = std::numeric_limits<std::uint16_t>::max();
constexpr std::uint64_t kU32 = std::numeric_limits<std::uint32_t>::max();

}  // namespace

void MsgpackWriter::big_endian(std::uint64_t value, std::size_t size) {
  for (std::size_t shift = size * 8; shift > 0; shift -= 8) {
    out_.push_back(static_cast<char>((value >> (shift - 8)) & 0xFF));
  }
}

void MsgpackWriter::array(std::size_t size) {
  if (size <= 15) {
    out_.push_back(static_cast<char>(0x90 | size));
  } else if (size <= kU16) {
    out_.push_back(static_cast<char>(0xdc));
    big_endian(size, 2);
  } else {
    out_.push_back(static_cast<char>(0xdd));
    big_endian(size, 4);
  }
}

void MsgpackWriter::string(std::string_view text) {
  const std::size_t size = text.size();
  if (size <= 31) {
    out_.push_back(static_cast<char>(0xa0 | size));
  } else if (size <= kU8) {
    out_.push_back(static_cast<char>(0xd9));
    big_endian(size, 1);
  } else if (size <= kU16) {
    out_.push_back(static_cast<char>(0xda));
    big_endian(size, 2);
  } else {
    out_.push_back(static_cast<char>(0xdb));
    big_endian(size, 4);
  }
  out_.append(text);
}

void MsgpackWriter::unsigned_integer(std::uint64_t value) {
  if (value <= 0x7f) {
    out_.push_back(static_cast<char>(value));
    return;
  }
  const auto [type, size] = value <= kU8    ? std::pair{0xcc, 1}
                            : value <= kU16 ? std::pair{0xcd, 2}
                            : value <= kU32 ? std::pair{0xce, 4}
                                            : std::pair{0xcf, 8};
  out_.push_back(static_cast<char>(type));
  big_endian(value, static_cast<std::size_t>(size));
}

void MsgpackWriter::optional_float(std::optional<double> value) {
  if (!value) {
    out_.push_back(static_cast<char>(0xc0));
    return;
  }
  const double x = *value;
  // The test nlohmann::json makes: in float's range, and the same value as a float.
  const bool fits_float = x >= static_cast<double>(std::numeric_limits<float>::lowest()) &&
                          x <= static_cast<double>(std::numeric_limits<float>::max()) &&
                          static_cast<double>(static_cast<float>(x)) == x;
  if (fits_float) {
    out_.push_back(static_cast<char>(0xca));
    big_endian(std::bit_cast<std::uint32_t>(static_cast<float>(x)), 4);
  } else {
    out_.push_back(static_cast<char>(0xcb));
    big_endian(std::bit_cast<std::uint64_t>(x), 8);
  }
}

}  // namespace claimgraph::storage
