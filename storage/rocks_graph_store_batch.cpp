// The batch reads of RocksGraphStore (core/graph_store.h): many claims' records, stats and
// edges read in key order, with one MultiGet or one iterator, for queries that report on
// thousands of claims (`said`, `about`, `disputed`). The single reads are batches of one.
#include <algorithm>
#include <numeric>
#include <set>

#include <rocksdb/db.h>

#include "storage/index_codec.h"
#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "storage/rocks_status.h"
#include "storage/stored_records.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {
namespace {

rocksdb::Slice slice(std::string_view bytes) { return {bytes.data(), bytes.size()}; }
std::string_view view(const rocksdb::Slice& bytes) { return {bytes.data(), bytes.size()}; }

// The positions of `keys` in key order.
std::vector<std::size_t> key_order(const std::vector<std::string>& keys) {
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  return order;
}

std::vector<std::string> edge_prefixes(const std::vector<core::NodeId>& nodes,
                                       std::optional<core::Relation> rel) {
  std::vector<std::string> prefixes;
  prefixes.reserve(nodes.size());
  for (const core::NodeId node : nodes) prefixes.push_back(edge_prefix(node, rel));
  return prefixes;
}

// The key of each of `ids`, made by `key_of`.
template <class KeyOf>
std::vector<std::string> keys_of(const std::vector<std::uint64_t>& ids, KeyOf key_of) {
  std::vector<std::string> keys;
  keys.reserve(ids.size());
  for (const std::uint64_t id : ids) keys.push_back(key_of(id));
  return keys;
}

}  // namespace

core::Result<std::vector<std::optional<std::string>>> RocksGraphStore::multi_get(
    Family f, const std::vector<std::string>& keys) const {
  // In key order, a chunk at a time: RocksDB keeps a few hundred bytes of context per key of
  // a MultiGet, 20 MB of fresh pages for 47k keys in one call.
  constexpr std::size_t kChunk = 1024;
  const std::vector<std::size_t> order = key_order(keys);
  std::vector<std::optional<std::string>> found(keys.size());
  std::vector<rocksdb::Slice> slices;
  std::vector<rocksdb::PinnableSlice> values(std::min(kChunk, keys.size()));
  std::vector<rocksdb::Status> statuses(values.size());
  for (std::size_t start = 0; start < order.size(); start += kChunk) {
    const std::size_t size = std::min(kChunk, order.size() - start);
    slices.clear();
    for (std::size_t k = 0; k < size; ++k) slices.push_back(slice(keys[order[start + k]]));
    db_->MultiGet(rocksdb::ReadOptions(), family(f), size, slices.data(), values.data(),
                  statuses.data(), /*sorted_input=*/true);
    for (std::size_t k = 0; k < size; ++k) {
      if (statuses[k].IsNotFound()) continue;
      if (!statuses[k].ok()) return error_from_status(statuses[k], dir_);
      found[order[start + k]] = values[k].ToString();
      values[k].Reset();
    }
  }
  return found;
}

core::Status RocksGraphStore::scan_prefixes(Family f, const std::vector<std::string>& prefixes,
                                            const PrefixVisitor& visit) const {
  // One pass in key order. Where the next prefix's keys are only a few keys ahead, the
  // iterator walks there with Next, far cheaper than a Seek; else it seeks. Walking between
  // prefixes needs total order (a prefix seek is only defined within its prefix).
  constexpr int kWalk = 16;
  rocksdb::ReadOptions options;
  options.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family(f)));
  const std::string* previous = nullptr;
  for (const std::size_t i : key_order(prefixes)) {
    const std::string& prefix = prefixes[i];
    // After a distinct prefix of the same length, the iterator is at or before this one's keys.
    bool reached = previous != nullptr && *previous != prefix && previous->size() == prefix.size();
    for (int step = 0; reached && it->Valid() && view(it->key()) < prefix; ++step) {
      if (step == kWalk) reached = false;
      else it->Next();
    }
    if (!reached) it->Seek(slice(prefix));
    previous = &prefix;
    for (; it->Valid(); it->Next()) {
      const std::string_view key = view(it->key());
      if (!key.starts_with(prefix)) break;
      CLAIMGRAPH_RETURN_IF_ERROR(visit(i, key, view(it->value())));
    }
    CLAIMGRAPH_RETURN_IF_ERROR(to_status(it->status(), dir_));
  }
  return core::ok_status();
}

core::Result<std::vector<std::optional<core::Claim>>> RocksGraphStore::get_claims(
    const std::vector<std::uint64_t>& ids) const {
  const std::vector<std::string> keys =
      keys_of(ids, [](std::uint64_t id) { return node_key({core::NodeKind::kClaim, id}); });
  auto values = multi_get(Family::kNode, keys);
  if (!values.ok()) return values.error();
  std::vector<std::optional<core::Claim>> claims(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!(*values)[i]) continue;
    auto claim = decode_claim(*(*values)[i]);
    if (!claim.ok()) return corrupt_record(dir_, Family::kNode, keys[i], claim.error().message);
    claims[i] = std::move(*claim);
  }
  return claims;
}

core::Result<std::vector<std::vector<core::StoredEdge>>> RocksGraphStore::out_edges_of(
    const std::vector<core::NodeId>& nodes, std::optional<core::Relation> rel) const {
  std::vector<std::vector<core::StoredEdge>> edges(nodes.size());
  CLAIMGRAPH_RETURN_IF_ERROR(scan_prefixes(
      Family::kOut, edge_prefixes(nodes, rel),
      [&](std::size_t i, std::string_view key, std::string_view value) -> core::Status {
        auto edge = decode_stored_edge(dir_, key, value);
        if (!edge.ok()) return edge.error();
        edges[i].push_back(std::move(*edge));
        return core::ok_status();
      }));
  return edges;
}

core::Result<std::vector<std::vector<core::StoredEdge>>> RocksGraphStore::in_edges_of(
    const std::vector<core::NodeId>& nodes, std::optional<core::Relation> rel) const {
  // The `in` keys give the edges; their payloads are on the `out` twins, read in one MultiGet.
  std::vector<std::size_t> owners;
  std::vector<std::string> out_keys;
  CLAIMGRAPH_RETURN_IF_ERROR(scan_prefixes(
      Family::kIn, edge_prefixes(nodes, rel),
      [&](std::size_t i, std::string_view key, std::string_view) -> core::Status {
        const auto edge_key = decode_in_edge_key(key);
        if (!edge_key) return corrupt_record(dir_, Family::kIn, key, "malformed key");
        owners.push_back(i);
        out_keys.push_back(out_edge_key(*edge_key));
        return core::ok_status();
      }));
  auto values = multi_get(Family::kOut, out_keys);
  if (!values.ok()) return values.error();
  std::vector<std::vector<core::StoredEdge>> edges(nodes.size());
  for (std::size_t k = 0; k < out_keys.size(); ++k) {
    if (!(*values)[k]) {
      return corrupt_record(dir_, Family::kIn, in_edge_key(*decode_out_edge_key(out_keys[k])),
                            "in-edge has no out-edge twin");
    }
    auto edge = decode_stored_edge(dir_, out_keys[k], *(*values)[k]);
    if (!edge.ok()) return edge.error();
    edges[owners[k]].push_back(std::move(*edge));
  }
  return edges;
}

core::Result<std::vector<core::NodeId>> RocksGraphStore::in_neighbours(
    core::NodeId node, std::optional<core::Relation> rel) const {
  std::vector<core::NodeId> nodes;
  CLAIMGRAPH_RETURN_IF_ERROR(scan_prefixes(
      Family::kIn, {edge_prefix(node, rel)},
      [&](std::size_t, std::string_view key, std::string_view) -> core::Status {
        const auto edge_key = decode_in_edge_key(key);
        if (!edge_key) return corrupt_record(dir_, Family::kIn, key, "malformed key");
        nodes.push_back(edge_key->from);
        return core::ok_status();
      }));
  // One edge per article: a node can come more than once. Keep its first place.
  std::set<core::NodeId> seen;
  std::vector<core::NodeId> distinct;
  for (const core::NodeId from : nodes) {
    if (seen.insert(from).second) distinct.push_back(from);
  }
  return distinct;
}

core::Result<std::vector<core::StoredEdge>> RocksGraphStore::out_edges(
    core::NodeId node, std::optional<core::Relation> rel) const {
  auto edges = out_edges_of({node}, rel);
  if (!edges.ok()) return edges.error();
  return std::move(edges->front());
}

core::Result<std::vector<core::StoredEdge>> RocksGraphStore::in_edges(
    core::NodeId node, std::optional<core::Relation> rel) const {
  auto edges = in_edges_of({node}, rel);
  if (!edges.ok()) return edges.error();
  return std::move(edges->front());
}

}  // namespace claimgraph::storage
