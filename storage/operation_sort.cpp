#include "storage/operation_sort.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include <boost/sort/pdqsort/pdqsort.hpp>

namespace claimgraph::storage {
namespace {

// The 8 bytes of `bytes` at `i` as a big-endian number: compared as numbers, they order as
// memcmp orders them.
std::uint64_t big_endian_at(const char* bytes, std::size_t i) {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes + i, sizeof word);
  if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap64(word);
  return word;
}

// The heads compared word by word first: std::array's operators call memcmp, which was a
// tenth of an import.
bool by_key_then_order(const Operation& a, const Operation& b) {
  if (a.head[0] != b.head[0]) return a.head[0] < b.head[0];
  if (a.head[1] != b.head[1]) return a.head[1] < b.head[1];
  if (a.head[2] != b.head[2]) return a.head[2] < b.head[2];
  const int by_key = compare_keys(a.key(), b.key());
  return by_key != 0 ? by_key < 0 : a.order < b.order;
}

// Reads the keys only when the heads and sizes leave it open: in the sorted order the keys are
// scattered over the arena, and reading each one was a third of sort_keeping_last's time.
bool same_key(const Operation& a, const Operation& b) {
  if (a.head != b.head || a.key_size != b.key_size) return false;
  return a.key_size <= sizeof a.head || compare_keys(a.key(), b.key()) == 0;
}

}  // namespace

Operation::Operation(std::string_view key, std::string_view value, bool put)
    : key_data(key.data()),
      value_data(value.data()),
      key_size(static_cast<std::uint32_t>(key.size())),
      value_size(static_cast<std::uint32_t>(value.size())),
      is_put(put) {
  char padded[24] = {};
  std::memcpy(padded, key.data(), std::min(key.size(), sizeof padded));
  head = {big_endian_at(padded, 0), big_endian_at(padded, 8), big_endian_at(padded, 16)};
}

int compare_keys(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  std::size_t i = 0;
  for (; i + 8 <= common; i += 8) {
    const std::uint64_t x = big_endian_at(a.data(), i), y = big_endian_at(b.data(), i);
    if (x != y) return x < y ? -1 : 1;
  }
  for (; i < common; ++i) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

void sort_keeping_last(std::vector<Operation>& operations) {
  // Pattern-defeating quicksort: 1.5x std::sort's speed on 1.8M operations of an import. Its
  // branchless partitioning suits a comparison that the heads nearly always settle, and a
  // lambda lets it inline the comparison (through a function pointer it could not): 24% less
  // time on 1.7M posting operations.
  boost::sort::pdqsort_branchless(
      operations.begin(), operations.end(),
      [](const Operation& a, const Operation& b) { return by_key_then_order(a, b); });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < operations.size(); ++i) {
    const bool last_of_key =
        i + 1 == operations.size() || !same_key(operations[i], operations[i + 1]);
    if (last_of_key) operations[kept++] = operations[i];
  }
  operations.resize(kept);
}

}  // namespace claimgraph::storage
