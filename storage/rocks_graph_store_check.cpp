// RocksGraphStore::check (core/store_checker.h): reads every raw column family once and
// reports each broken invariant with its key. Edges are checked one record at a time, and each
// family of edges against the other through a fingerprint (looked up twin by twin only when
// the fingerprints differ); the indexes are recomputed per claim from the raw `in`/`out`
// records (tolerating missing twins, which are reported on their own), so a damaged store is
// described rather than refused.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <span>
#include <string_view>
#include <vector>

#include <rocksdb/db.h>

#include "storage/index_codec.h"
#include "storage/key_codec.h"
#include "storage/rocks_graph_store.h"
#include "storage/rocks_status.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {
namespace {

rocksdb::Slice slice(std::string_view bytes) { return {bytes.data(), bytes.size()}; }
std::string_view view(const rocksdb::Slice& bytes) { return {bytes.data(), bytes.size()}; }

template <class T>
std::optional<core::Error> error_of(const core::Result<T>& result) {
  if (result.ok()) return std::nullopt;
  return result.error();
}

std::string node_name(core::NodeId node) {
  return std::string(1, static_cast<char>(node.kind)) + "#" + std::to_string(node.id);
}

// A summary of a set of records that two equal sets share and two different ones almost
// never do. The `out` and `in` families are compared by scanning each once, not with a lookup
// of every edge's twin (11M random reads at a million claims), and the postings the claims
// call for with those the `text` family holds (18M).
class Fingerprint {
 public:
  void add(std::string_view key, std::string_view value = {}) {
    const std::hash<std::string_view> hash_of;
    const std::uint64_t hash = hash_of(key) * 0x9e3779b97f4a7c15ULL + hash_of(value);
    sum_ += hash;
    mixed_ ^= mix(hash);
    ++count_;
  }
  bool operator==(const Fingerprint&) const = default;

 private:
  // splitmix64's finaliser: the xor of mixed hashes does not cancel as the sum of raw ones can.
  static std::uint64_t mix(std::uint64_t x) {
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }

  std::uint64_t sum_ = 0;
  std::uint64_t mixed_ = 0;
  std::uint64_t count_ = 0;
};

// The stance and reported-by edges of one claim, and the entities it is about.
struct ClaimEdges {
  std::vector<core::StoredEdge> stance;
  std::vector<core::StoredEdge> reported_by;
  std::vector<std::uint64_t> about;  // in id order, each once
};

// How many claims' edges are read together.
constexpr std::size_t kClaimsPerBatch = 20'000;

core::StoredEdge stored_edge(const EdgeKey& key, const EdgePayload& payload) {
  return {.from = key.from, .rel = key.rel, .to = key.to, .article = key.article,
          .date = payload.date, .quote = payload.quote, .confidence = payload.confidence,
          .rule = payload.rule};
}

// One pass of the check over a store's raw families.
class Checker {
 public:
  using Handles = std::array<rocksdb::ColumnFamilyHandle*, kFamilyNames.size()>;
  Checker(rocksdb::DB& db, const Handles& handles, std::string_view dir)
      : db_(db), handles_(handles), dir_(dir) {}

  core::Result<core::CheckReport> run() {
    CLAIMGRAPH_RETURN_IF_ERROR(check_nodes());
    CLAIMGRAPH_RETURN_IF_ERROR(check_out_edges());
    CLAIMGRAPH_RETURN_IF_ERROR(check_in_edges());
    if (!(out_edges_ == in_edges_)) CLAIMGRAPH_RETURN_IF_ERROR(name_missing_twins());
    CLAIMGRAPH_RETURN_IF_ERROR(check_names());
    CLAIMGRAPH_RETURN_IF_ERROR(check_keys());
    CLAIMGRAPH_RETURN_IF_ERROR(check_claim_indexes());
    if (!(expected_disputed_about_ == stored_disputed_about_)) {
      CLAIMGRAPH_RETURN_IF_ERROR(name_disputed_about_problems());
    }
    CLAIMGRAPH_RETURN_IF_ERROR(check_text_index());
    return std::move(report_);
  }

 private:
  using Visitor = std::function<core::Status(std::string_view key, std::string_view value)>;

  rocksdb::ColumnFamilyHandle* family(Family f) const {
    return handles_[static_cast<std::size_t>(f)];
  }

  void problem(Family f, std::string_view key, std::string message) {
    report_.problems.push_back({std::string(kFamilyNames[static_cast<std::size_t>(f)]),
                                printable_key(key), std::move(message)});
  }

  // An iterator of one family, made at its first use and kept for the reads that follow:
  // seeking one again is cheaper than making one, and for keys asked in increasing order (one
  // claim after another) it moves only a little forward, where a Get would search the family
  // afresh.
  struct Cursor {
    Family family;
    std::unique_ptr<rocksdb::Iterator> it;
  };

  rocksdb::Iterator& iterator(Cursor& cursor) const {
    if (!cursor.it) {
      rocksdb::ReadOptions options;
      options.total_order_seek = true;
      cursor.it.reset(db_.NewIterator(options, family(cursor.family)));
    }
    return *cursor.it;
  }

  core::Status scan(Family f, std::string_view prefix, const Visitor& visit) const {
    Cursor cursor{f, nullptr};
    return scan_with(cursor, prefix, visit);
  }

  core::Status scan_with(Cursor& cursor, std::string_view prefix, const Visitor& visit) const {
    rocksdb::Iterator& it = iterator(cursor);
    for (it.Seek(slice(prefix)); it.Valid() && it.key().starts_with(slice(prefix)); it.Next()) {
      CLAIMGRAPH_RETURN_IF_ERROR(visit(view(it.key()), view(it.value())));
    }
    return to_status(it.status(), dir_);
  }

  core::Result<std::optional<std::string>> get(Family f, std::string_view key) const {
    std::string value;
    const rocksdb::Status status = db_.Get(rocksdb::ReadOptions(), family(f), slice(key), &value);
    if (status.IsNotFound()) return std::optional<std::string>();
    if (!status.ok()) return error_from_status(status, dir_);
    return std::optional<std::string>(std::move(value));
  }

  // get() with `cursor`.
  core::Result<std::optional<std::string>> get_next(Cursor& cursor, std::string_view key) const {
    rocksdb::Iterator& it = iterator(cursor);
    it.Seek(slice(key));
    if (!it.status().ok()) return error_from_status(it.status(), dir_);
    if (!it.Valid() || view(it.key()) != key) return std::optional<std::string>();
    return std::optional<std::string>(std::string(view(it.value())));
  }

  // nodes_ is in key order, which is NodeId's order: the scan gives it sorted.
  bool exists(core::NodeId node) const {
    return std::binary_search(nodes_.begin(), nodes_.end(), node);
  }

  core::Status check_nodes();
  core::Status check_out_edges();
  core::Status check_in_edges();
  // Reports each edge of either family whose twin the other lacks, looking each one up.
  core::Status name_missing_twins();
  using DecodeEdgeKey = std::optional<EdgeKey> (*)(std::string_view);
  using EncodeEdgeKey = std::string (*)(const EdgeKey&);
  // Reports with `message` each edge of `f` (read with `decode`) whose twin key is missing from
  // `twins`.
  core::Status name_edges_without_twin(Family f, DecodeEdgeKey decode, Family twins,
                                       EncodeEdgeKey twin_key, std::string_view message);
  core::Status check_names();
  core::Status check_keys();
  // The stance counts of every claim with a node or a stat record, and the text document and
  // postings of every claim node; each claim's edges are read once for both.
  core::Status check_claim_indexes();
  // What check_claim_indexes leaves: postings of missing claims or absent words, the totals.
  core::Status check_text_index();
  // Calls `visit` with each of claims_ and its stance and reported-by edges as the raw records
  // hold them, in id order. The edges are read a batch of claims at a time: the payloads of
  // the stance edges lie on their `out` twins, one read each, and reading them in key order
  // reads each table block once per batch (a random read each took most of a check).
  core::Status for_each_claim_edges(
      const std::function<core::Status(std::uint64_t claim, const ClaimEdges& edges)>& visit);
  // The edges of each of `claims`, into `edges`.
  core::Status read_claims_edges(std::span<const std::uint64_t> claims,
                                 std::vector<ClaimEdges>& edges);
  // Checks the claim's stats record and disputed entry against `expected`, its edges' stats.
  core::Status check_claim_stats(std::uint64_t claim, const core::ClaimStats& expected);
  // The entries the claim's stats and about edges call for in the disputed-by-entity index:
  // key and value.
  static std::vector<std::pair<std::string, std::string>> expected_disputed_about(
      std::uint64_t claim, const core::ClaimStats& stats, const ClaimEdges& edges);
  // Looks up every entry of the disputed-by-entity index the claims call for, and checks every
  // stored one against them, reporting each one missing, wrong or astray.
  core::Status name_disputed_about_problems();
  // The text document the claim's record and edges call for; nullopt if its record is
  // missing or unreadable (reported by check_nodes).
  core::Result<std::optional<core::TextDocument>> expected_document(
      std::uint64_t claim, const std::vector<core::StoredEdge>& stance,
      const std::vector<core::StoredEdge>& reported_by) const;
  core::Status check_document(std::uint64_t claim, const std::vector<core::StoredEdge>& stance,
                              const std::vector<core::StoredEdge>& reported_by);
  // Looks up the postings `expected` calls for, in one MultiGet.
  core::Status check_postings_of(std::uint64_t claim, const core::TextDocument& expected);
  // Looks up every claim's postings, reporting each one missing or wrong.
  core::Status look_up_postings();
  // Fingerprints the postings of live claims and reports index entries of missing claims;
  // with `name_strays`, instead reports each posting whose token its claim's document lacks.
  core::Status check_postings_belong(bool name_strays);

  rocksdb::DB& db_;
  const Handles& handles_;
  std::string_view dir_;
  std::vector<core::NodeId> nodes_;
  // The claims' edges, read claim after claim (check_claim_indexes).
  Cursor claim_in_edges_{Family::kIn, nullptr};
  Cursor claim_out_edges_{Family::kOut, nullptr};
  Cursor claim_stats_{Family::kStat, nullptr};
  Cursor claim_disputed_{Family::kStat, nullptr};
  mutable Cursor claim_records_{Family::kNode, nullptr};
  Cursor claim_documents_{Family::kText, nullptr};
  Fingerprint out_edges_;  // of the well-formed keys of each family
  Fingerprint in_edges_;
  core::CheckReport report_;
  core::TextTotals text_totals_;          // of the documents the claims call for
  std::vector<std::uint64_t> claims_;  // with a node or a stat record, in id order
  Fingerprint expected_postings_;      // the postings the claims' documents call for
  Fingerprint expected_disputed_about_;  // the `A` entries the claims call for
  Fingerprint stored_disputed_about_;    // the `A` entries in the `stat` family
  Fingerprint live_postings_;          // the postings of live claims in the `text` family
};

core::Status Checker::check_nodes() {
  return scan(Family::kNode, "", [&](std::string_view key, std::string_view value) {
    const auto node = decode_node_key(key);
    if (!node) return problem(Family::kNode, key, "malformed key"), core::ok_status();
    ++report_.nodes;
    nodes_.push_back(*node);
    std::optional<core::Error> bad;
    if (node->kind == core::NodeKind::kEntity) bad = error_of(decode_entity(value));
    if (node->kind == core::NodeKind::kClaim) bad = error_of(decode_claim(value));
    if (node->kind == core::NodeKind::kArticle) bad = error_of(decode_article(value));
    if (bad) problem(Family::kNode, key, "bad record: " + bad->message);
    return core::ok_status();
  });
}

core::Status Checker::check_out_edges() {
  return scan(Family::kOut, "", [&](std::string_view key, std::string_view value) {
    const auto edge = decode_out_edge_key(key);
    if (!edge) return problem(Family::kOut, key, "malformed key"), core::ok_status();
    ++report_.edges;
    if (auto payload = decode_edge_payload(value); !payload.ok()) {
      problem(Family::kOut, key, "bad payload: " + payload.error().message);
    }
    out_edges_.add(key);
    for (const core::NodeId end : {edge->from, edge->to}) {
      if (!exists(end)) problem(Family::kOut, key, "edge end " + node_name(end) + " is missing");
    }
    if (edge->article != 0 && !exists({core::NodeKind::kArticle, edge->article})) {
      problem(Family::kOut, key, "edge article A#" + std::to_string(edge->article) + " is missing");
    }
    return core::ok_status();
  });
}

core::Status Checker::check_in_edges() {
  return scan(Family::kIn, "", [&](std::string_view key, std::string_view) {
    const auto edge = decode_in_edge_key(key);
    if (!edge) return problem(Family::kIn, key, "malformed key"), core::ok_status();
    in_edges_.add(out_edge_key(*edge));
    return core::ok_status();
  });
}

core::Status Checker::name_missing_twins() {
  CLAIMGRAPH_RETURN_IF_ERROR(name_edges_without_twin(Family::kOut, decode_out_edge_key,
                                                     Family::kIn, in_edge_key,
                                                     "out-edge has no in-edge twin"));
  return name_edges_without_twin(Family::kIn, decode_in_edge_key, Family::kOut, out_edge_key,
                                 "in-edge has no out-edge twin");
}

core::Status Checker::name_edges_without_twin(Family f, DecodeEdgeKey decode, Family twins,
                                              EncodeEdgeKey twin_key, std::string_view message) {
  return scan(f, "", [&](std::string_view key, std::string_view) {
    const auto edge = decode(key);
    if (!edge) return core::ok_status();  // reported by check_out_edges / check_in_edges
    auto twin = get(twins, twin_key(*edge));
    if (!twin.ok()) return core::Status(twin.error());
    if (!*twin) problem(f, key, std::string(message));
    return core::ok_status();
  });
}

core::Status Checker::check_names() {
  return scan(Family::kName, "", [&](std::string_view key, std::string_view) {
    const auto id = key.size() > kIdSize ? decode_u64(key.substr(key.size() - kIdSize))
                                         : std::nullopt;
    if (!id || key[key.size() - kIdSize - 1] != '\0') {
      problem(Family::kName, key, "malformed key");
    } else if (!exists({core::NodeKind::kEntity, *id})) {
      problem(Family::kName, key, "name points to missing entity E#" + std::to_string(*id));
    }
    return core::ok_status();
  });
}

core::Status Checker::check_keys() {
  return scan(Family::kKey, "", [&](std::string_view key, std::string_view value) {
    const auto id = decode_u64(value);
    const auto kind = key.empty() ? core::NodeKind::kEntity : core::NodeKind(key[0]);
    if (kind != core::NodeKind::kClaim && kind != core::NodeKind::kArticle) {
      problem(Family::kKey, key, "malformed key");
    } else if (!id) {
      problem(Family::kKey, key, "bad value: not an 8-byte id");
    } else if (!exists({kind, *id})) {
      problem(Family::kKey, key, "key points to missing " + node_name({kind, *id}));
    }
    return core::ok_status();
  });
}


core::Status Checker::for_each_claim_edges(
    const std::function<core::Status(std::uint64_t claim, const ClaimEdges& edges)>& visit) {
  std::vector<ClaimEdges> edges;
  for (std::size_t first = 0; first < claims_.size(); first += kClaimsPerBatch) {
    const std::span<const std::uint64_t> batch =
        std::span(claims_).subspan(first, std::min(kClaimsPerBatch, claims_.size() - first));
    CLAIMGRAPH_RETURN_IF_ERROR(read_claims_edges(batch, edges));
    for (std::size_t i = 0; i < batch.size(); ++i) {
      CLAIMGRAPH_RETURN_IF_ERROR(visit(batch[i], edges[i]));
    }
  }
  return core::ok_status();
}

core::Status Checker::read_claims_edges(std::span<const std::uint64_t> claims,
                                        std::vector<ClaimEdges>& edges) {
  edges.assign(claims.size(), ClaimEdges{});
  // The stance edges from the `in` keys, then their payloads from the `out` twins.
  std::vector<std::pair<std::size_t, EdgeKey>> stances;  // claim's index, edge
  std::vector<std::string> twins;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const core::NodeId node{core::NodeKind::kClaim, claims[i]};
    CLAIMGRAPH_RETURN_IF_ERROR(scan_with(
        claim_in_edges_, edge_prefix(node, std::nullopt),
        [&](std::string_view key, std::string_view) -> core::Status {
          const auto edge = decode_in_edge_key(key);
          if (!edge || !core::is_stance(edge->rel)) return core::ok_status();
          stances.emplace_back(i, *edge);
          twins.push_back(out_edge_key(*edge));
          return core::ok_status();
        }));
    CLAIMGRAPH_RETURN_IF_ERROR(scan_with(
        claim_out_edges_, edge_prefix(node, std::nullopt),
        [&](std::string_view key, std::string_view value) -> core::Status {
          const auto edge = decode_out_edge_key(key);
          if (edge && edge->rel == core::Relation::kAbout) edges[i].about.push_back(edge->to.id);
          if (!edge || edge->rel != core::Relation::kReportedBy) return core::ok_status();
          auto payload = decode_edge_payload(value);
          if (payload.ok()) edges[i].reported_by.push_back(stored_edge(*edge, *payload));
          return core::ok_status();  // a bad payload is reported by check_out_edges
        }));
    std::vector<std::uint64_t>& about = edges[i].about;  // one edge per article: repeats
    about.erase(std::unique(about.begin(), about.end()), about.end());
  }
  std::vector<std::size_t> in_key_order(twins.size());
  for (std::size_t n = 0; n < twins.size(); ++n) in_key_order[n] = n;
  std::sort(in_key_order.begin(), in_key_order.end(),
            [&](std::size_t a, std::size_t b) { return twins[a] < twins[b]; });
  std::vector<rocksdb::Slice> keys;
  for (std::size_t n : in_key_order) keys.push_back(slice(twins[n]));
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db_.MultiGet(rocksdb::ReadOptions(), family(Family::kOut), keys.size(), keys.data(),
               values.data(), statuses.data(), /*sorted_input=*/true);
  std::vector<std::optional<core::StoredEdge>> found(twins.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (statuses[k].IsNotFound()) continue;  // a missing twin is reported on its own
    if (!statuses[k].ok()) return error_from_status(statuses[k], dir_);
    const std::size_t n = in_key_order[k];
    auto payload = decode_edge_payload(view(values[k]));
    if (payload.ok()) found[n] = stored_edge(stances[n].second, *payload);
  }
  for (std::size_t n = 0; n < stances.size(); ++n) {  // in `in` key order, as before
    if (found[n]) edges[stances[n].first].stance.push_back(std::move(*found[n]));
  }
  return core::ok_status();
}

core::Status Checker::check_claim_stats(std::uint64_t claim, const core::ClaimStats& expected) {
  const bool empty = expected == core::ClaimStats{};
  for (const std::string& key : {stats_key(claim), disputed_key(claim)}) {
    const bool disputed_entry = key == disputed_key(claim);
    auto value = get_next(disputed_entry ? claim_disputed_ : claim_stats_, key);
    if (!value.ok()) return value.error();
    const bool wanted = disputed_entry ? expected.is_disputed() : !empty;
    if (!*value) {
      if (wanted) problem(Family::kStat, key, "missing: the claim's edges give stance counts");
      continue;
    }
    if (!wanted) {
      problem(Family::kStat, key,
              disputed_entry ? "claim is not disputed" : "claim has no stance or report");
      continue;
    }
    auto stored = decode_claim_stats(**value);
    if (!stored.ok() || *stored != expected) {
      problem(Family::kStat, key, "stance counts differ from the claim's edges");
    }
  }
  return core::ok_status();
}

std::vector<std::pair<std::string, std::string>> Checker::expected_disputed_about(
    std::uint64_t claim, const core::ClaimStats& stats, const ClaimEdges& edges) {
  std::vector<std::pair<std::string, std::string>> entries;
  if (!stats.is_disputed()) return entries;
  const std::string value = encode_claim_stats(stats);
  for (const std::uint64_t entity : edges.about) {
    entries.emplace_back(disputed_about_key(entity, claim), value);
  }
  return entries;
}

core::Status Checker::name_disputed_about_problems() {
  std::set<std::string> expected;
  Cursor entries{Family::kStat, nullptr};
  CLAIMGRAPH_RETURN_IF_ERROR(
      for_each_claim_edges([&](std::uint64_t claim, const ClaimEdges& edges) -> core::Status {
        const core::ClaimStats stats = core::compute_claim_stats(edges.stance, edges.reported_by);
        for (auto& [key, value] : expected_disputed_about(claim, stats, edges)) {
          auto stored = get_next(entries, key);
          if (!stored.ok()) return stored.error();
          if (!*stored) {
            problem(Family::kStat, key, "missing: the claim is disputed and about the entity");
          } else if (**stored != value) {
            problem(Family::kStat, key, "stance counts differ from the claim's edges");
          }
          expected.insert(std::move(key));
        }
        return core::ok_status();
      }));
  return scan(Family::kStat, kDisputedAboutPrefix,
              [&](std::string_view key, std::string_view) -> core::Status {
                if (key.size() == 1 + 2 * kIdSize && !expected.contains(std::string(key))) {
                  problem(Family::kStat, key, "claim is not disputed or not about the entity");
                }
                return core::ok_status();
              });
}

core::Status Checker::check_claim_indexes() {
  for (const core::NodeId node : nodes_) {
    if (node.kind == core::NodeKind::kClaim) claims_.push_back(node.id);
  }
  const auto take_stat_record = [&](std::string_view key, std::string_view value) {
    const auto claim = trailing_id(key);
    if (key.starts_with(kDisputedAboutPrefix) && key.size() == 1 + 2 * kIdSize) {
      stored_disputed_about_.add(key, value);
    } else if (!claim || key.size() != 1 + kIdSize) {
      problem(Family::kStat, key, "malformed key");
    } else {
      claims_.push_back(*claim);
    }
    return core::ok_status();
  };
  CLAIMGRAPH_RETURN_IF_ERROR(scan(Family::kStat, "", take_stat_record));
  std::sort(claims_.begin(), claims_.end());
  claims_.erase(std::unique(claims_.begin(), claims_.end()), claims_.end());
  return for_each_claim_edges([&](std::uint64_t claim, const ClaimEdges& edges) -> core::Status {
    // Computed once: the stats records and the disputed-by-entity entries both call for them.
    const core::ClaimStats stats = core::compute_claim_stats(edges.stance, edges.reported_by);
    CLAIMGRAPH_RETURN_IF_ERROR(check_claim_stats(claim, stats));
    for (const auto& [key, value] : expected_disputed_about(claim, stats, edges)) {
      expected_disputed_about_.add(key, value);
    }
    if (!exists({core::NodeKind::kClaim, claim})) return core::ok_status();
    return check_document(claim, edges.stance, edges.reported_by);
  });
}

core::Result<std::optional<core::TextDocument>> Checker::expected_document(
    std::uint64_t claim, const std::vector<core::StoredEdge>& stance,
    const std::vector<core::StoredEdge>& reported_by) const {
  auto record = get_next(claim_records_, node_key({core::NodeKind::kClaim, claim}));
  if (!record.ok()) return record.error();
  auto decoded = *record ? decode_claim(**record) : core::Result<core::Claim>(core::Claim{});
  if (!decoded.ok()) return std::optional<core::TextDocument>();
  std::vector<std::string> quotes;
  for (const auto* side : {&stance, &reported_by}) {
    for (const core::StoredEdge& edge : *side) quotes.push_back(edge.quote);
  }
  return std::optional<core::TextDocument>(core::text_document(decoded->text, quotes));
}

core::Status Checker::check_document(std::uint64_t claim,
                                    const std::vector<core::StoredEdge>& stance,
                                    const std::vector<core::StoredEdge>& reported_by) {
  auto document_called_for = expected_document(claim, stance, reported_by);
  if (!document_called_for.ok()) return document_called_for.error();
  if (!*document_called_for) return core::ok_status();
  const core::TextDocument& expected = **document_called_for;
  ++text_totals_.documents;
  text_totals_.tokens += expected.length;
  const std::string key = document_key(claim);
  auto stored = get_next(claim_documents_, key);
  if (!stored.ok()) return stored.error();
  auto document = *stored ? decode_text_document(**stored)
                          : core::Result<core::TextDocument>(core::TextDocument{});
  if (!*stored || !document.ok() || *document != expected) {
    problem(Family::kText, key, "text document differs from the claim's text and quotes");
  }
  for (const auto& [token, count] : expected.term_counts) {
    expected_postings_.add(posting_key(token, claim), encode_posting(count, expected.length));
  }
  return core::ok_status();
}

core::Status Checker::check_postings_of(std::uint64_t claim, const core::TextDocument& expected) {
  std::vector<std::string> keys;
  std::vector<std::string> wanted;
  for (const auto& [token, count] : expected.term_counts) {
    keys.push_back(posting_key(token, claim));
    wanted.push_back(encode_posting(count, expected.length));
  }
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db_.MultiGet(rocksdb::ReadOptions(), family(Family::kText), keys.size(), slices.data(),
               values.data(), statuses.data(), /*sorted_input=*/false);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!statuses[i].ok() && !statuses[i].IsNotFound()) {
      return error_from_status(statuses[i], dir_);
    }
    if (statuses[i].IsNotFound() || view(values[i]) != wanted[i]) {
      problem(Family::kText, keys[i], "posting missing or wrong for the claim's text");
    }
  }
  return core::ok_status();
}

core::Status Checker::look_up_postings() {
  return for_each_claim_edges([&](std::uint64_t claim, const ClaimEdges& edges) -> core::Status {
    if (!exists({core::NodeKind::kClaim, claim})) return core::ok_status();
    auto expected = expected_document(claim, edges.stance, edges.reported_by);
    if (!expected.ok()) return core::Status(expected.error());
    if (!*expected) return core::ok_status();
    return check_postings_of(claim, **expected);
  });
}

core::Status Checker::check_text_index() {
  CLAIMGRAPH_RETURN_IF_ERROR(check_postings_belong(/*name_strays=*/false));
  // The postings differ from those the documents call for: find which, one by one (a lookup
  // per expected posting and a decode per stored one: only on a damaged store).
  if (!(live_postings_ == expected_postings_)) {
    CLAIMGRAPH_RETURN_IF_ERROR(look_up_postings());
    CLAIMGRAPH_RETURN_IF_ERROR(check_postings_belong(/*name_strays=*/true));
  }
  auto stored = get(Family::kText, kTextTotalsKey);
  if (!stored.ok()) return stored.error();
  auto decoded = *stored ? decode_text_totals(**stored)
                         : core::Result<core::TextTotals>(core::TextTotals{});
  if (!decoded.ok() || *decoded != text_totals_) {
    problem(Family::kText, kTextTotalsKey, "text totals differ from the claims' documents");
  }
  return core::ok_status();
}

core::Status Checker::check_postings_belong(bool name_strays) {
  return scan(Family::kText, "", [&](std::string_view key, std::string_view value) {
    const auto claim = trailing_id(key);
    const bool live = claim && exists({core::NodeKind::kClaim, *claim});
    if ((key.starts_with("d") || key.starts_with("p")) && !live) {
      if (!name_strays) problem(Family::kText, key, "index entry of a missing claim");
      return core::ok_status();
    }
    if (!key.starts_with("p")) return core::ok_status();
    if (!name_strays) return live_postings_.add(key, value), core::ok_status();
    const std::string_view token = key.substr(1, key.size() - 2 - kIdSize);
    auto document = get(Family::kText, document_key(*claim));
    if (!document.ok()) return core::Status(document.error());
    auto decoded = *document ? decode_text_document(**document)
                             : core::Result<core::TextDocument>(core::TextDocument{});
    if (decoded.ok() && !decoded->term_counts.contains(token)) {
      problem(Family::kText, key, "posting of a token the claim's document lacks");
    }
    return core::ok_status();
  });
}

}  // namespace

core::Result<core::CheckReport> RocksGraphStore::check() const {
  return Checker(*db_, handles_, dir_).run();
}

}  // namespace claimgraph::storage
