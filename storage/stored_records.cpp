#include "storage/stored_records.h"

#include <string>
#include <utility>

#include "storage/key_codec.h"
#include "storage/value_codec.h"

namespace claimgraph::storage {

core::Error corrupt_record(std::string_view dir, Family family, std::string_view key,
                           std::string_view what) {
  return core::make_error(core::ErrorCode::kCorruption,
                          "store at " + std::string(dir) + ": " +
                              std::string(kFamilyNames[static_cast<std::size_t>(family)]) +
                              " key \"" + printable_key(key) + "\": " + std::string(what));
}

core::Result<core::StoredEdge> decode_stored_edge(std::string_view dir, std::string_view key,
                                                  std::string_view value) {
  const auto edge_key = decode_out_edge_key(key);
  if (!edge_key) return corrupt_record(dir, Family::kOut, key, "malformed key");
  auto payload = decode_edge_payload(value);
  if (!payload.ok()) return corrupt_record(dir, Family::kOut, key, payload.error().message);
  return core::StoredEdge{.from = edge_key->from,
                          .rel = edge_key->rel,
                          .to = edge_key->to,
                          .article = edge_key->article,
                          .date = std::move(payload->date),
                          .quote = std::move(payload->quote),
                          .confidence = payload->confidence,
                          .rule = std::move(payload->rule)};
}

}  // namespace claimgraph::storage
