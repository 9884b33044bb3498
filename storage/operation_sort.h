// storage/operation_sort.h: sorting a large set of Put/Delete operations by key, as RocksDB's
// bytewise comparator orders them, keeping the last operation on each key. Shared by the
// ingestion of one big batch (batch_ingest.h) and the on-disk sort of a streamed import
// (external_sorter.h).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::storage {

// One operation; its key and value are held elsewhere (value right after the key or not).
// `head` holds the key's first 24 bytes (zero-padded) as big-endian numbers, so that sorting
// millions of operations compares them mostly without reading the keys: 24 bytes hold the
// whole posting key of a token of up to 13 bytes, and an edge key up to its far end's id.
// With 16, every two postings of one short token tied, and the sort read both keys. `order` is the
// operation's place among those sorted together: of two operations on a key the later wins.
struct Operation {
  std::array<std::uint64_t, 3> head{};
  const char* key_data = nullptr;
  const char* value_data = nullptr;
  std::uint32_t key_size = 0;
  std::uint32_t value_size = 0;
  std::uint32_t order = 0;
  bool is_put = true;

  Operation() = default;
  Operation(std::string_view key, std::string_view value, bool put);
  std::string_view key() const { return {key_data, key_size}; }
  std::string_view value() const { return {value_data, value_size}; }
};

// Bytewise order, as RocksDB's default comparator: <0, 0 or >0. Eight bytes at a time and
// inlined, because the keys are short and sorting millions of them made memcmp's calls a fifth
// of an import.
int compare_keys(std::string_view a, std::string_view b);

// Sorts `operations` by key and keeps the last operation (highest `order`) on each key. Sorted
// in place by key and then order (a stable sort would need a buffer as big as the operations).
void sort_keeping_last(std::vector<Operation>& operations);

}  // namespace claimgraph::storage
