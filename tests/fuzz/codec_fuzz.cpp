// libFuzzer target: the storage key and value codecs. Decoding arbitrary bytes (a damaged
// store) must never crash and gives a value or kCorruption; whatever decodes encodes back to
// the same bytes; records built from the input round-trip through encode and decode.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "storage/key_codec.h"
#include "storage/value_codec.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace claimgraph;
using storage::EdgeKey;
using storage::EdgePayload;

// Hands out pieces of the input: a length byte then that many bytes.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::string text() {
    if (data_.empty()) return {};
    const std::size_t length =
        std::min<std::size_t>(static_cast<std::uint8_t>(data_[0]), data_.size() - 1);
    std::string out(data_.substr(1, length));
    data_.remove_prefix(1 + length);
    return out;
  }
  std::uint64_t number() {
    std::uint64_t value = 0;
    const std::size_t n = std::min<std::size_t>(8, data_.size());
    std::memcpy(&value, data_.data(), n);
    data_.remove_prefix(n);
    return value;
  }

 private:
  std::string_view data_;
};

void decode_keys(std::string_view bytes) {
  if (const auto node = storage::decode_node_key(bytes)) {
    CLAIMGRAPH_FUZZ_CHECK(storage::node_key(*node) == bytes);
  }
  if (const auto edge = storage::decode_out_edge_key(bytes)) {
    CLAIMGRAPH_FUZZ_CHECK(storage::out_edge_key(*edge) == bytes);
  }
  if (const auto edge = storage::decode_in_edge_key(bytes)) {
    CLAIMGRAPH_FUZZ_CHECK(storage::in_edge_key(*edge) == bytes);
  }
  if (const auto number = storage::decode_u64(bytes)) {
    CLAIMGRAPH_FUZZ_CHECK(storage::encode_u64(*number) == bytes);
  }
  const std::string printable = storage::printable_key(bytes);
  for (char c : printable) CLAIMGRAPH_FUZZ_CHECK(c >= 0x20 && c < 0x7F);
}

template <class T>
void check_decoded(const core::Result<T>& decoded) {
  if (!decoded.ok()) CLAIMGRAPH_FUZZ_CHECK(decoded.error().code == core::ErrorCode::kCorruption);
}

void decode_values(std::string_view bytes) {
  check_decoded(storage::decode_entity(bytes));
  check_decoded(storage::decode_claim(bytes));
  check_decoded(storage::decode_article(bytes));
  check_decoded(storage::decode_edge_payload(bytes));
}

void round_trip(std::string_view bytes) {
  Reader in(bytes);
  core::Entity entity{
      in.text(), static_cast<core::EntityKind>(in.number() % 6), {in.text(), in.text()}, in.text()};
  const auto entity_back = storage::decode_entity(storage::encode_entity(entity));
  CLAIMGRAPH_FUZZ_CHECK(entity_back.ok() && *entity_back == entity);

  core::Claim claim{in.text(), in.text(), {}};
  const auto claim_back = storage::decode_claim(storage::encode_claim(claim));
  CLAIMGRAPH_FUZZ_CHECK(claim_back.ok() && *claim_back == claim);

  core::Article article{in.text(), in.text(), in.text(), in.text(), in.text(), in.text()};
  const auto article_back = storage::decode_article(storage::encode_article(article));
  CLAIMGRAPH_FUZZ_CHECK(article_back.ok() && *article_back == article);

  EdgePayload payload{in.text(), in.text(), std::nullopt, in.text()};
  const std::uint64_t bits = in.number();
  if (bits % 3 != 0) {
    double confidence = 0;
    std::memcpy(&confidence, &bits, sizeof confidence);
    if (!std::isnan(confidence)) payload.confidence = confidence;  // NaN never compares equal
  }
  const auto payload_back = storage::decode_edge_payload(storage::encode_edge_payload(payload));
  CLAIMGRAPH_FUZZ_CHECK(payload_back.ok() && *payload_back == payload);

  const auto kind = [&in] {
    const std::uint64_t n = in.number() % 3;
    return n == 0   ? core::NodeKind::kEntity
           : n == 1 ? core::NodeKind::kClaim
                    : core::NodeKind::kArticle;
  };
  const core::NodeId from{kind(), in.number()};
  const auto rel = static_cast<core::Relation>(1 + in.number() % 4);
  const EdgeKey edge{from, rel, core::NodeId{kind(), in.number()}, in.number()};
  CLAIMGRAPH_FUZZ_CHECK(storage::decode_out_edge_key(storage::out_edge_key(edge)) == edge);
  CLAIMGRAPH_FUZZ_CHECK(storage::decode_in_edge_key(storage::in_edge_key(edge)) == edge);
  CLAIMGRAPH_FUZZ_CHECK(storage::decode_node_key(storage::node_key(from)) == from);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  decode_keys(bytes);
  decode_values(bytes);
  round_trip(bytes);
  return 0;
}
