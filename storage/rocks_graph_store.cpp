// Reads and writes of RocksGraphStore; opening and the schema check are in
// rocks_graph_store_open.cpp.
#include "storage/rocks_graph_store.h"

#include <utility>

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "core/claim_key.h"
#include "storage/batch_ingest.h"
#include "storage/bulk_load.h"
#include "storage/key_codec.h"
#include "storage/rocks_status.h"
#include "storage/stored_records.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {
namespace {

// How many claims' index writes apply() derives and adds to its batch at a time.
constexpr std::size_t kIndexClaimsPerPart = 10'000;

rocksdb::Slice slice(std::string_view bytes) { return {bytes.data(), bytes.size()}; }
std::string_view view(const rocksdb::Slice& bytes) { return {bytes.data(), bytes.size()}; }

// The smallest key greater than every key starting with `prefix`, or "" if there is none.
std::string prefix_end(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xFF) end.pop_back();
  if (!end.empty()) end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

// Called with each key and value of a scan: true to go on, false to stop, or an error.
using RawVisitor = std::function<core::Result<bool>(std::string_view key, std::string_view value)>;

// Visits the keys of `family` that start with `prefix`, in key order.
core::Status scan_prefix(rocksdb::DB& db, rocksdb::ColumnFamilyHandle* handle, std::string_view dir,
                         std::string_view prefix, const RawVisitor& visit) {
  rocksdb::ReadOptions options;
  const std::string end = prefix_end(prefix);
  const rocksdb::Slice end_slice = slice(end);
  if (!end.empty()) options.iterate_upper_bound = &end_slice;
  // The out/in prefix extractor only helps scans that name a node; others need total order.
  options.total_order_seek = prefix.size() < kNodeKeySize;
  std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(options, handle));
  for (it->Seek(slice(prefix)); it->Valid(); it->Next()) {
    const std::string_view key = view(it->key());
    if (key.substr(0, prefix.size()) != prefix) break;
    const core::Result<bool> go_on = visit(key, view(it->value()));
    if (!go_on.ok()) return go_on.error();
    if (!*go_on) return core::ok_status();
  }
  return to_status(it->status(), dir);
}

// Visits every record of one kind in the `node` family.
template <class Record, class Decode>
core::Status scan_nodes(rocksdb::DB& db, rocksdb::ColumnFamilyHandle* handle, std::string_view dir,
                        core::NodeKind kind, Decode decode,
                        const core::ScanVisitor<Record>& visit) {
  return scan_prefix(db, handle, dir, node_kind_prefix(kind),
                     [&](std::string_view key, std::string_view value) -> core::Result<bool> {
                       const auto node = decode_node_key(key);
                       if (!node) return corrupt_record(dir, Family::kNode, key, "malformed key");
                       auto record = decode(value);
                       if (!record.ok()) {
                         return corrupt_record(dir, Family::kNode, key, record.error().message);
                       }
                       return visit(node->id, *record);
                     });
}

}  // namespace

namespace {

// The operations of apply(), into one WriteBatch.
class BatchSink final : public OperationSink {
 public:
  using Handles = std::array<rocksdb::ColumnFamilyHandle*, kFamilyNames.size()>;
  BatchSink(rocksdb::WriteBatch& batch, const Handles& handles, std::string_view dir)
      : batch_(batch), handles_(handles), dir_(dir) {}

  void put(Family f, std::string_view key, std::string_view value) override {
    if (status_.ok()) status_ = batch_.Put(handle(f), slice(key), slice(value));
  }
  void erase(Family f, std::string_view key) override {
    if (status_.ok()) status_ = batch_.Delete(handle(f), slice(key));
  }
  core::Status status() const override {
    if (status_.ok()) return core::ok_status();
    return error_from_status(status_, std::string(dir_));
  }

 private:
  rocksdb::ColumnFamilyHandle* handle(Family f) const {
    return handles_[static_cast<std::size_t>(f)];
  }

  rocksdb::WriteBatch& batch_;
  const Handles& handles_;
  std::string_view dir_;
  rocksdb::Status status_;
};

}  // namespace

core::Status RocksGraphStore::apply(const core::WriteSet& writes) {
  if (read_only_) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "store at " + dir_ + " is open read-only");
  }
  rocksdb::WriteBatch batch;
  BatchSink out(batch, handles_, dir_);
  CLAIMGRAPH_RETURN_IF_ERROR(add_removals(out, writes));
  CLAIMGRAPH_RETURN_IF_ERROR(add_records(out, writes));
  // The indexes are derived from the store as it is before this batch (core/index_writes.h),
  // a part at a time: a big import never holds the text documents of all its claims.
  CLAIMGRAPH_RETURN_IF_ERROR(core::for_each_index_part(
      *this, writes, kIndexClaimsPerPart,
      [&](core::IndexWrites&& part) { return add_index_writes(out, part); }));
  if (batch.Count() >= ingest_threshold_) return ingest_batch(*db_, batch, handles_, dir_);
  rocksdb::WriteOptions options;
  options.sync = true;  // one command, one batch, durable when the command says it is done
  wrote_ = true;
  return to_status(db_->Write(options, &batch), dir_);
}

core::Result<std::unique_ptr<core::StreamedWrite>> RocksGraphStore::begin_streamed_write() {
  // The sorters keep their buffers between runs, so all of this stays allocated; the rest of
  // an import's memory grows with the claims (their keys, the entities): 10M claims must fit
  // in 1 GiB.
  constexpr std::size_t kMemoryBudget = std::size_t{320} << 20;
  auto load = BulkLoad::begin(*this, kMemoryBudget);
  if (!load.ok()) return load.error();
  return std::unique_ptr<core::StreamedWrite>(std::move(*load));
}

core::Status RocksGraphStore::add_records(OperationSink& out, const core::WriteSet& writes) const {
  const auto put = [&](Family f, std::string_view key, std::string_view value) {
    out.put(f, key, value);
  };
  for (const auto& [id, entity] : writes.entities) {
    put(Family::kNode, node_key({core::NodeKind::kEntity, id}), encode_entity(entity));
  }
  for (const auto& [id, claim] : writes.claims) {
    put(Family::kNode, node_key({core::NodeKind::kClaim, id}), encode_claim(claim));
    put(Family::kKey, key_index_key(core::NodeKind::kClaim, claim.key), encode_u64(id));
    // A claim with a chosen key is also found by its text (see core/write_set.h).
    const std::string text_key = core::claim_key_for(claim.text);
    if (text_key != claim.key) {
      put(Family::kKey, key_index_key(core::NodeKind::kClaim, text_key), encode_u64(id));
    }
  }
  for (const auto& [id, article] : writes.articles) {
    put(Family::kNode, node_key({core::NodeKind::kArticle, id}), encode_article(article));
    put(Family::kKey, key_index_key(core::NodeKind::kArticle, article.key), encode_u64(id));
  }
  for (const auto& [folded, id] : writes.names) put(Family::kName, name_key(folded, id), "");
  for (const core::StoredEdge& edge : writes.edges) {
    const EdgeKey key{edge.from, edge.rel, edge.to, edge.article};
    put(Family::kOut, out_edge_key(key),
        encode_edge_payload({edge.date, edge.quote, edge.confidence, edge.rule}));
    put(Family::kIn, in_edge_key(key), "");
  }
  for (const auto& [kind, key, id] : writes.keys) {
    put(Family::kKey, key_index_key(kind, key), encode_u64(id));
  }
  for (const auto& [a, b] : writes.distinct) {
    put(Family::kMeta, distinct_key(a, b), "");
    put(Family::kMeta, distinct_key(b, a), "");
  }
  if (writes.next_id) put(Family::kMeta, kNextIdKey, encode_u64(*writes.next_id));
  return out.status();
}

core::Status RocksGraphStore::add_removals(OperationSink& out, const core::WriteSet& writes) const {
  const auto erase = [&](Family f, std::string_view key) { out.erase(f, key); };
  for (const auto& [folded, id] : writes.removed_names) erase(Family::kName, name_key(folded, id));
  for (const core::StoredEdge& edge : writes.removed_edges) {
    const EdgeKey key{edge.from, edge.rel, edge.to, edge.article};
    erase(Family::kOut, out_edge_key(key));
    erase(Family::kIn, in_edge_key(key));
  }
  for (const core::NodeId node : writes.removed_nodes) erase(Family::kNode, node_key(node));
  for (const auto& [kind, key] : writes.removed_keys) {
    erase(Family::kKey, key_index_key(kind, key));
  }
  for (const auto& [a, b] : writes.removed_distinct) {
    erase(Family::kMeta, distinct_key(a, b));
    erase(Family::kMeta, distinct_key(b, a));
  }
  return out.status();
}

core::Status RocksGraphStore::scan(Family f, std::string_view prefix,
                                   const RawVisitor& visit) const {
  return scan_prefix(*db_, family(f), dir_, prefix, visit);
}

core::Result<std::vector<std::uint64_t>> RocksGraphStore::find_entities(
    std::string_view folded_name) const {
  std::vector<std::uint64_t> ids;
  const std::string prefix = name_prefix(folded_name);
  CLAIMGRAPH_RETURN_IF_ERROR(
      scan_prefix(*db_, family(Family::kName), dir_, prefix,
                  [&](std::string_view key, std::string_view) -> core::Result<bool> {
                    // A longer name that contains '\0' shares the prefix but not the key length.
                    if (const auto id = decode_u64(key.substr(prefix.size()))) ids.push_back(*id);
                    return true;
                  }));
  return ids;
}

core::Result<std::optional<std::uint64_t>> RocksGraphStore::find_key(core::NodeKind kind,
                                                                     std::string_view key) const {
  const std::string index_key = key_index_key(kind, key);
  auto value = get(Family::kKey, index_key);
  if (!value.ok()) return value.error();
  if (!*value) return std::optional<std::uint64_t>();
  const auto id = decode_u64(**value);
  if (!id) return corrupt_record(dir_, Family::kKey, index_key, "bad value: not an 8-byte id");
  return id;
}

core::Result<std::optional<std::string>> RocksGraphStore::get(Family f,
                                                              std::string_view key) const {
  std::string value;
  const rocksdb::Status status = db_->Get(rocksdb::ReadOptions(), family(f), slice(key), &value);
  if (status.IsNotFound()) return std::optional<std::string>();
  if (!status.ok()) return error_from_status(status, dir_);
  return std::optional<std::string>(std::move(value));
}

template <class Record, class Decode>
core::Result<std::optional<Record>> RocksGraphStore::get_node(core::NodeId node,
                                                              Decode decode) const {
  const std::string key = node_key(node);
  auto value = get(Family::kNode, key);
  if (!value.ok()) return value.error();
  if (!*value) return std::optional<Record>();
  auto record = decode(**value);
  if (!record.ok()) return corrupt_record(dir_, Family::kNode, key, record.error().message);
  return std::optional<Record>(std::move(*record));
}

core::Result<std::optional<core::Entity>> RocksGraphStore::get_entity(std::uint64_t id) const {
  return get_node<core::Entity>({core::NodeKind::kEntity, id}, decode_entity);
}

core::Result<std::optional<core::Claim>> RocksGraphStore::get_claim(std::uint64_t id) const {
  return get_node<core::Claim>({core::NodeKind::kClaim, id}, decode_claim);
}

core::Result<std::optional<core::Article>> RocksGraphStore::get_article(std::uint64_t id) const {
  return get_node<core::Article>({core::NodeKind::kArticle, id}, decode_article);
}

core::Status RocksGraphStore::scan_entities(const core::ScanVisitor<core::Entity>& visit) const {
  return scan_nodes(*db_, family(Family::kNode), dir_, core::NodeKind::kEntity, decode_entity,
                    visit);
}

core::Status RocksGraphStore::scan_claims(const core::ScanVisitor<core::Claim>& visit) const {
  return scan_nodes(*db_, family(Family::kNode), dir_, core::NodeKind::kClaim, decode_claim, visit);
}

core::Status RocksGraphStore::scan_articles(const core::ScanVisitor<core::Article>& visit) const {
  return scan_nodes(*db_, family(Family::kNode), dir_, core::NodeKind::kArticle, decode_article,
                    visit);
}

core::Status RocksGraphStore::scan_edges(
    const std::function<bool(const core::StoredEdge&)>& visit) const {
  return scan_prefix(*db_, family(Family::kOut), dir_, "",
                     [&](std::string_view key, std::string_view value) -> core::Result<bool> {
                       auto edge = decode_stored_edge(dir_, key, value);
                       if (!edge.ok()) return edge.error();
                       return visit(*edge);
                     });
}

core::Result<std::vector<std::uint64_t>> RocksGraphStore::distinct_from(
    std::uint64_t entity) const {
  std::vector<std::uint64_t> others;
  const std::string prefix = distinct_prefix(entity);
  CLAIMGRAPH_RETURN_IF_ERROR(
      scan(Family::kMeta, prefix, [&](std::string_view key, std::string_view) -> core::Result<bool> {
        const auto other = decode_u64(key.substr(prefix.size()));
        if (!other) return corrupt_record(dir_, Family::kMeta, key, "malformed key");
        others.push_back(*other);
        return true;
      }));
  return others;
}

core::Result<std::uint64_t> RocksGraphStore::next_id() const {
  auto value = get(Family::kMeta, kNextIdKey);
  if (!value.ok()) return value.error();
  if (!*value) return std::uint64_t{1};
  const auto id = decode_u64(**value);
  if (!id) return corrupt_record(dir_, Family::kMeta, kNextIdKey, "bad value: not an 8-byte id");
  return *id;
}

}  // namespace claimgraph::storage
