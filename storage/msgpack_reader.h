// storage/msgpack_reader.h: reads, field by field, the MessagePack that value_codec writes
// with nlohmann::json's to_msgpack (arrays of strings, unsigned integers, floats and nil).
// Decoding a value is on the path of every record a query reads; this reader builds no
// document, so a record costs only its own strings. Any other MessagePack type, a length past
// the end or a short read makes the reader fail, and every later read fails too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::storage {

class MsgpackReader {
 public:
  explicit MsgpackReader(std::string_view bytes) : rest_(bytes) {}

  // An array header: the number of items that follow.
  std::optional<std::size_t> array();
  // A string, into `out`; false if the next item is not one.
  bool string(std::string& out);
  std::optional<std::uint64_t> unsigned_integer();
  // A float, or nil (nullopt); false if the next item is neither.
  bool optional_float(std::optional<double>& out);

  // True if every byte was read and no read failed.
  bool finished() const { return !failed_ && rest_.empty(); }

 private:
  std::optional<std::uint8_t> next_byte();
  // The next `size` bytes as a big-endian number.
  std::optional<std::uint64_t> big_endian(std::size_t size);
  std::optional<std::string_view> take(std::size_t size);
  bool fail() {
    failed_ = true;
    return false;
  }

  std::string_view rest_;
  bool failed_ = false;
};

}  // namespace claimgraph::storage
