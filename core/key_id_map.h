// core/key_id_map.h: claim or article keys -> ids, for a GraphWriter that may remember millions
// of them during one import. The keys and ids sit in one arena and an open-addressing table of
// 8-byte slots points at them: about 30 bytes per short key, where a std::map took over 80.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace claimgraph::core {

class KeyIdMap {
 public:
  // The id of `key`, or nullopt.
  std::optional<std::uint64_t> find(std::string_view key) const;
  // Maps `key` to `id`, or remaps it if it is there.
  void insert(std::string_view key, std::uint64_t id);
  std::size_t size() const { return size_; }

 private:
  // Where an entry starts in the arena: block index << kBlockBits | offset.
  using Position = std::uint64_t;
  static constexpr unsigned kBlockBits = 20;

  // The slot holding `key` (hashed to `hash`), or the empty slot where it would go.
  std::size_t slot_of(std::string_view key, std::uint64_t hash) const;
  Position append(std::string_view key, std::uint64_t id);
  std::string_view key_at(Position position) const;
  char* entry_at(Position position) const;
  void grow();

  // Entries: id (8 bytes), key size (4 bytes), key.
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0;
  std::size_t block_size_ = 0;
  // 0 for an empty slot, else the hash's top 24 bits << 40 | (entry position + 1).
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace claimgraph::core
