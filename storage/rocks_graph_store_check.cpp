// RocksGraphStore::check (core/store_checker.h): reads every raw column family once and
// reports each broken invariant with its key. Edges are checked one record at a time; the
// indexes are recomputed per claim from the raw `in`/`out` records (tolerating missing twins,
// which are reported on their own), so a damaged store is described rather than refused.
#include <set>

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
    CLAIMGRAPH_RETURN_IF_ERROR(check_names());
    CLAIMGRAPH_RETURN_IF_ERROR(check_keys());
    CLAIMGRAPH_RETURN_IF_ERROR(check_claim_indexes());
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

  core::Status scan(Family f, std::string_view prefix, const Visitor& visit) const {
    rocksdb::ReadOptions options;
    options.total_order_seek = true;
    std::unique_ptr<rocksdb::Iterator> it(db_.NewIterator(options, family(f)));
    for (it->Seek(slice(prefix)); it->Valid() && it->key().starts_with(slice(prefix)); it->Next()) {
      CLAIMGRAPH_RETURN_IF_ERROR(visit(view(it->key()), view(it->value())));
    }
    return to_status(it->status(), dir_);
  }

  core::Result<std::optional<std::string>> get(Family f, std::string_view key) const {
    std::string value;
    const rocksdb::Status status = db_.Get(rocksdb::ReadOptions(), family(f), slice(key), &value);
    if (status.IsNotFound()) return std::optional<std::string>();
    if (!status.ok()) return error_from_status(status, dir_);
    return std::optional<std::string>(std::move(value));
  }

  bool exists(core::NodeId node) const { return nodes_.contains(node); }

  core::Status check_nodes();
  core::Status check_out_edges();
  core::Status check_in_edges();
  core::Status check_names();
  core::Status check_keys();
  // The stance counts of every claim with a node or a stat record, and the text document and
  // postings of every claim node; each claim's edges are read once for both.
  core::Status check_claim_indexes();
  // What check_claim_indexes leaves: postings of missing claims or absent words, the totals.
  core::Status check_text_index();
  // The stance and reported-by edges of `claim` as the raw records hold them.
  core::Status claim_edges(std::uint64_t claim, std::vector<core::StoredEdge>& stance,
                           std::vector<core::StoredEdge>& reported_by) const;
  core::Status check_claim_stats(std::uint64_t claim, const std::vector<core::StoredEdge>& stance,
                                 const std::vector<core::StoredEdge>& reported_by);
  core::Status check_document(std::uint64_t claim, const std::vector<core::StoredEdge>& stance,
                              const std::vector<core::StoredEdge>& reported_by);
  // Looks up the postings `expected` calls for, in one MultiGet.
  core::Status check_postings_of(std::uint64_t claim, const core::TextDocument& expected);
  // Counts the postings of live claims and reports index entries of missing claims; with
  // `name_strays`, instead reports each posting whose token its claim's document lacks.
  core::Status check_postings_belong(bool name_strays);

  rocksdb::DB& db_;
  const Handles& handles_;
  std::string_view dir_;
  std::set<core::NodeId> nodes_;
  core::CheckReport report_;
  core::TextTotals text_totals_;          // of the documents the claims call for
  std::uint64_t expected_postings_ = 0;  // postings the claims' documents call for
  std::uint64_t live_postings_ = 0;      // postings of live claims in the `text` family
  std::uint64_t posting_problems_ = 0;   // expected postings found missing or wrong
};

core::Status Checker::check_nodes() {
  return scan(Family::kNode, "", [&](std::string_view key, std::string_view value) {
    const auto node = decode_node_key(key);
    if (!node) return problem(Family::kNode, key, "malformed key"), core::ok_status();
    ++report_.nodes;
    nodes_.insert(*node);
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
    auto twin = get(Family::kIn, in_edge_key(*edge));
    if (!twin.ok()) return core::Status(twin.error());
    if (!*twin) problem(Family::kOut, key, "out-edge has no in-edge twin");
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
    auto twin = get(Family::kOut, out_edge_key(*edge));
    if (!twin.ok()) return core::Status(twin.error());
    if (!*twin) problem(Family::kIn, key, "in-edge has no out-edge twin");
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


core::Status Checker::claim_edges(std::uint64_t claim, std::vector<core::StoredEdge>& stance,
                                  std::vector<core::StoredEdge>& reported_by) const {
  const core::NodeId node{core::NodeKind::kClaim, claim};
  const auto add = [](std::vector<core::StoredEdge>& to, const EdgeKey& key,
                      std::string_view value) {
    auto payload = decode_edge_payload(value);
    if (!payload.ok()) return;  // reported by check_out_edges
    to.push_back({.from = key.from, .rel = key.rel, .to = key.to, .article = key.article,
                  .date = payload->date, .quote = payload->quote,
                  .confidence = payload->confidence, .rule = payload->rule});
  };
  CLAIMGRAPH_RETURN_IF_ERROR(scan(Family::kIn, edge_prefix(node, std::nullopt),
                                  [&](std::string_view key, std::string_view) -> core::Status {
    const auto edge = decode_in_edge_key(key);
    if (!edge || !core::is_stance(edge->rel)) return core::ok_status();
    auto value = get(Family::kOut, out_edge_key(*edge));
    if (!value.ok()) return value.error();
    if (*value) add(stance, *edge, **value);  // a missing twin is reported by check_in_edges
    return core::ok_status();
  }));
  return scan(Family::kOut, edge_prefix(node, core::Relation::kReportedBy),
              [&](std::string_view key, std::string_view value) -> core::Status {
                if (const auto edge = decode_out_edge_key(key)) add(reported_by, *edge, value);
                return core::ok_status();
              });
}

core::Status Checker::check_claim_stats(std::uint64_t claim,
                                       const std::vector<core::StoredEdge>& stance,
                                       const std::vector<core::StoredEdge>& reported_by) {
  const core::ClaimStats expected = core::compute_claim_stats(stance, reported_by);
  const bool empty = expected == core::ClaimStats{};
  for (const std::string& key : {stats_key(claim), disputed_key(claim)}) {
    const bool disputed_entry = key == disputed_key(claim);
    auto value = get(Family::kStat, key);
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

core::Status Checker::check_claim_indexes() {
  std::set<std::uint64_t> claims;
  for (const core::NodeId node : nodes_) {
    if (node.kind == core::NodeKind::kClaim) claims.insert(node.id);
  }
  CLAIMGRAPH_RETURN_IF_ERROR(scan(Family::kStat, "", [&](std::string_view key, std::string_view) {
    const auto claim = trailing_id(key);
    if (!claim || key.size() != 1 + kIdSize) {
      problem(Family::kStat, key, "malformed key");
    } else {
      claims.insert(*claim);
    }
    return core::ok_status();
  }));
  for (std::uint64_t claim : claims) {
    std::vector<core::StoredEdge> stance, reported_by;
    CLAIMGRAPH_RETURN_IF_ERROR(claim_edges(claim, stance, reported_by));
    CLAIMGRAPH_RETURN_IF_ERROR(check_claim_stats(claim, stance, reported_by));
    if (exists({core::NodeKind::kClaim, claim})) {
      CLAIMGRAPH_RETURN_IF_ERROR(check_document(claim, stance, reported_by));
    }
  }
  return core::ok_status();
}

core::Status Checker::check_document(std::uint64_t claim,
                                    const std::vector<core::StoredEdge>& stance,
                                    const std::vector<core::StoredEdge>& reported_by) {
  auto record = get(Family::kNode, node_key({core::NodeKind::kClaim, claim}));
  if (!record.ok()) return record.error();
  auto decoded = *record ? decode_claim(**record) : core::Result<core::Claim>(core::Claim{});
  if (!decoded.ok()) return core::ok_status();  // reported by check_nodes
  std::vector<std::string> quotes;
  for (const auto* side : {&stance, &reported_by}) {
    for (const core::StoredEdge& edge : *side) quotes.push_back(edge.quote);
  }
  const core::TextDocument expected = core::text_document(decoded->text, quotes);
  ++text_totals_.documents;
  text_totals_.tokens += expected.length;
  const std::string key = document_key(claim);
  auto stored = get(Family::kText, key);
  if (!stored.ok()) return stored.error();
  auto document = *stored ? decode_text_document(**stored)
                          : core::Result<core::TextDocument>(core::TextDocument{});
  if (!*stored || !document.ok() || *document != expected) {
    problem(Family::kText, key, "text document differs from the claim's text and quotes");
  }
  expected_postings_ += expected.term_counts.size();
  return check_postings_of(claim, expected);
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
      ++posting_problems_;
    }
  }
  return core::ok_status();
}

core::Status Checker::check_text_index() {
  CLAIMGRAPH_RETURN_IF_ERROR(check_postings_belong(/*name_strays=*/false));
  // check_claim_indexes looked up every expected posting; if there are more live postings, or
  // some were missing, find the strays one by one (a decode per posting: only on a damaged
  // store).
  if (live_postings_ != expected_postings_ || posting_problems_ != 0) {
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
  live_postings_ = 0;
  return scan(Family::kText, "", [&](std::string_view key, std::string_view) {
    const auto claim = trailing_id(key);
    const bool live = claim && exists({core::NodeKind::kClaim, *claim});
    if ((key.starts_with("d") || key.starts_with("p")) && !live) {
      if (!name_strays) problem(Family::kText, key, "index entry of a missing claim");
      return core::ok_status();
    }
    if (!key.starts_with("p")) return core::ok_status();
    ++live_postings_;
    if (!name_strays) return core::ok_status();
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
