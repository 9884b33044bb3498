// storage/msgpack_writer.h: writes the MessagePack that value_codec and index_codec store,
// byte for byte as nlohmann::json's to_msgpack writes it (the smallest form of each length
// and number; a float as float32 when that holds it exactly), without building a document:
// an import encodes millions of values. MsgpackReader reads it back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::storage {

class MsgpackWriter {
 public:
  // Appends to `out`.
  explicit MsgpackWriter(std::string& out) : out_(out) {}

  // An array header; its `size` items follow.
  void array(std::size_t size);
  void string(std::string_view text);
  void unsigned_integer(std::uint64_t value);
  // A float, or nil for nullopt.
  void optional_float(std::optional<double> value);

 private:
  // `value` as a `size`-byte big-endian number.
  void big_endian(std::uint64_t value, std::size_t size);

  std::string& out_;
};

}  // namespace claimgraph::storage
