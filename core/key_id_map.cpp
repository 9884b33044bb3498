#include "core/key_id_map.h"

#include <algorithm>
#include <cstring>

#include <xxhash.h>

namespace claimgraph::core {
namespace {

constexpr unsigned kPositionBits = 40;
constexpr std::uint64_t kPositionMask = (std::uint64_t{1} << kPositionBits) - 1;
constexpr std::size_t kEntryHeader = 8 + 4;  // id, key size

std::uint64_t hash_of(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }
std::uint64_t tag_of(std::uint64_t hash) { return hash >> kPositionBits; }

}  // namespace

char* KeyIdMap::entry_at(Position position) const {
  return blocks_[position >> kBlockBits].get() + (position & ((1u << kBlockBits) - 1));
}

std::string_view KeyIdMap::key_at(Position position) const {
  const char* entry = entry_at(position);
  std::uint32_t size = 0;
  std::memcpy(&size, entry + 8, sizeof size);
  return {entry + kEntryHeader, size};
}

std::size_t KeyIdMap::slot_of(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) return i;
    if (slot >> kPositionBits == tag_of(hash) && key_at((slot & kPositionMask) - 1) == key) {
      return i;
    }
  }
}

std::optional<std::uint64_t> KeyIdMap::find(std::string_view key) const {
  if (size_ == 0) return std::nullopt;
  const std::uint64_t slot = slots_[slot_of(key, hash_of(key))];
  if (slot == 0) return std::nullopt;
  std::uint64_t id = 0;
  std::memcpy(&id, entry_at((slot & kPositionMask) - 1), sizeof id);
  return id;
}

KeyIdMap::Position KeyIdMap::append(std::string_view key, std::uint64_t id) {
  const std::size_t size = kEntryHeader + key.size();
  // A block holds entries up to its size; a longer key gets a block of its own.
  if (blocks_.empty() || block_used_ + size > block_size_) {
    block_size_ = std::max(std::size_t{1} << kBlockBits, size);
    blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  const Position position = ((blocks_.size() - 1) << kBlockBits) | block_used_;
  char* entry = blocks_.back().get() + block_used_;
  const auto key_size = static_cast<std::uint32_t>(key.size());
  std::memcpy(entry, &id, sizeof id);
  std::memcpy(entry + 8, &key_size, sizeof key_size);
  std::memcpy(entry + kEntryHeader, key.data(), key.size());
  block_used_ += size;
  return position;
}

void KeyIdMap::insert(std::string_view key, std::uint64_t id) {
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();  // at most three quarters full
  const std::uint64_t hash = hash_of(key);
  std::uint64_t& slot = slots_[slot_of(key, hash)];
  if (slot != 0) {
    std::memcpy(entry_at((slot & kPositionMask) - 1), &id, sizeof id);
    return;
  }
  slot = tag_of(hash) << kPositionBits | (append(key, id) + 1);
  ++size_;
}

void KeyIdMap::grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(16, old.size() * 2), 0);
  for (const std::uint64_t slot : old) {
    if (slot == 0) continue;
    const std::string_view key = key_at((slot & kPositionMask) - 1);
    slots_[slot_of(key, hash_of(key))] = slot;
  }
}

}  // namespace claimgraph::core
