#include "storage/msgpack_reader.h"

#include <bit>

namespace claimgraph::storage {

std::optional<std::string_view> MsgpackReader::take(std::size_t size) {
  if (failed_ || rest_.size() < size) {
    failed_ = true;
    return std::nullopt;
  }
  const std::string_view taken = rest_.substr(0, size);
  rest_.remove_prefix(size);
  return taken;
}

std::optional<std::uint8_t> MsgpackReader::next_byte() {
  const auto byte = take(1);
  if (!byte) return std::nullopt;
  return static_cast<std::uint8_t>(byte->front());
}

std::optional<std::uint64_t> MsgpackReader::big_endian(std::size_t size) {
  const auto bytes = take(size);
  if (!bytes) return std::nullopt;
  std::uint64_t value = 0;
  for (const char byte : *bytes) value = (value << 8) | static_cast<std::uint8_t>(byte);
  return value;
}

std::optional<std::size_t> MsgpackReader::array() {
  const auto type = next_byte();
  if (!type) return std::nullopt;
  if (*type >= 0x90 && *type <= 0x9f) return std::size_t{*type & 0x0fu};
  if (*type == 0xdc || *type == 0xdd) {
    const auto size = big_endian(*type == 0xdc ? 2 : 4);
    if (size) return static_cast<std::size_t>(*size);
    return std::nullopt;
  }
  fail();
  return std::nullopt;
}

bool MsgpackReader::string(std::string& out) {
  const auto type = next_byte();
  if (!type) return false;
  std::optional<std::uint64_t> size;
  if (*type >= 0xa0 && *type <= 0xbf) {
    size = *type & 0x1fu;
  } else if (*type >= 0xd9 && *type <= 0xdb) {
    size = big_endian(std::size_t{1} << (*type - 0xd9));  // str8, str16, str32
  }
  if (!size) return fail();
  const auto bytes = take(static_cast<std::size_t>(*size));
  if (!bytes) return false;
  out.assign(bytes->data(), bytes->size());
  return true;
}

std::optional<std::uint64_t> MsgpackReader::unsigned_integer() {
  const auto type = next_byte();
  if (!type) return std::nullopt;
  if (*type <= 0x7f) return *type;
  if (*type >= 0xcc && *type <= 0xcf) return big_endian(std::size_t{1} << (*type - 0xcc));
  fail();
  return std::nullopt;
}

bool MsgpackReader::optional_float(std::optional<double>& out) {
  const auto type = next_byte();
  if (!type) return false;
  if (*type == 0xc0) {
    out.reset();
  } else if (*type == 0xca) {
    const auto bits = big_endian(4);
    if (!bits) return false;
    out = static_cast<double>(std::bit_cast<float>(static_cast<std::uint32_t>(*bits)));
  } else if (*type == 0xcb) {
    const auto bits = big_endian(8);
    if (!bits) return false;
    out = std::bit_cast<double>(*bits);
  } else {
    return fail();
  }
  return true;
}

}  // namespace claimgraph::storage
