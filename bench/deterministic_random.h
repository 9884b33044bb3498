// Random numbers for the claim graph generator that are the same on every platform: a
// SplitMix64 stream and hand-written mappings to ranges and weighted choices, because the
// distributions of <random> may differ between standard libraries. Weights use only +, / and
// comparisons on doubles (no pow or log), which IEEE 754 rounds the same everywhere.
#pragma once

#include <cassert>
#include <cstdint>
#include <span>
#include <vector>

namespace claimgraph::bench {

// Mixes `x` into a well-spread 64-bit value (the SplitMix64 finalizer).
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A SplitMix64 stream. Cheap to create, so the generator seeds one per claim and per article
// from (seed, stream, index) and can replay any claim without replaying the others.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  Rng(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
      : state_(mix64(seed ^ mix64(stream * 0x9e3779b97f4a7c15ULL + mix64(index)))) {}

  std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix64(state_);
  }

  // Uniform in [0, n) for n >= 1 (multiply-high; the bias is below 2^-40 for our n).
  std::uint64_t below(std::uint64_t n) {
    assert(n >= 1);
    __extension__ using Wide = unsigned __int128;
    return static_cast<std::uint64_t>((static_cast<Wide>(next()) * n) >> 64);
  }

  // Uniform in [lo, hi].
  std::uint64_t between(std::uint64_t lo, std::uint64_t hi) { return lo + below(hi - lo + 1); }

  // Uniform in [0, 1) with 53 random bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1p-53; }

  // True with probability `per_mille` / 1000.
  bool chance(std::uint64_t per_mille) { return below(1000) < per_mille; }

  // A uniformly chosen element of a non-empty table.
  template <class T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// Picks ranks 0..n-1 with weight 1 / (rank + offset): Zipf with s = 1 when offset is 1, a
// flatter head (Zipf-Mandelbrot) for larger offsets. Walker's alias method (Vose's
// construction): a pick costs two random numbers and two table reads, whatever n.
class ZipfPicker {
 public:
  ZipfPicker(std::size_t n, double offset) : keep_(n), alias_(n) {
    assert(n >= 1 && offset > 0);
    std::vector<double> scaled(n);
    double total = 0;
    for (std::size_t rank = 0; rank < n; ++rank) {
      scaled[rank] = 1.0 / (static_cast<double>(rank) + offset);
      total += scaled[rank];
    }
    std::vector<std::uint32_t> small, large;
    for (std::size_t rank = 0; rank < n; ++rank) {
      scaled[rank] = scaled[rank] * static_cast<double>(n) / total;
      (scaled[rank] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(rank));
    }
    while (!small.empty() && !large.empty()) {
      const std::uint32_t less = small.back(), more = large.back();
      small.pop_back();
      keep_[less] = scaled[less];
      alias_[less] = more;
      scaled[more] = (scaled[more] + scaled[less]) - 1.0;
      if (scaled[more] < 1.0) {
        large.pop_back();
        small.push_back(more);
      }
    }
    for (const std::uint32_t rank : large) keep_[rank] = 1.0, alias_[rank] = rank;
    for (const std::uint32_t rank : small) keep_[rank] = 1.0, alias_[rank] = rank;
  }

  std::size_t size() const { return keep_.size(); }

  std::size_t pick(Rng& rng) const {
    const std::size_t column = rng.below(keep_.size());
    return rng.unit() < keep_[column] ? column : alias_[column];
  }

 private:
  std::vector<double> keep_;          // probability of keeping the column's own rank
  std::vector<std::uint32_t> alias_;  // the rank taken otherwise
};

}  // namespace claimgraph::bench
