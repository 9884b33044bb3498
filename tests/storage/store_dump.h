// tests/storage/store_dump.h: what store-equality tests compare. Generated claim graphs
// (bench/gen's generator) as JSON Lines, and a dump of everything a user can read back from a
// store: the export, the disputed index (also by entity) and the text totals.
#pragma once

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "bench/claim_graph_generator.h"
#include "core/jsonl_writer.h"
#include "core/store_export.h"
#include "storage/rocks_graph_store.h"

namespace claimgraph::storage::testing {

// A generated claim graph of `claims` claims.
inline std::string generated_jsonl(std::uint64_t claims, std::uint64_t seed) {
  std::string text;
  bench::JsonLineBuffer out([&text](std::string_view chunk) { text.append(chunk); }, 1 << 16);
  bench::ClaimGraphGenerator(bench::GeneratorOptions{.claims = claims, .seed = seed})
      .write_jsonl(out);
  return text;
}

// Everything a user can read back: the export, the disputed index (also by entity) and the
// text totals.
inline std::string dump(const RocksGraphStore& store) {
  std::string text;
  EXPECT_TRUE(core::export_records(store, [&](const core::Record& record) {
                text += core::to_jsonl_line(record);
                text += '\n';
              }).ok());
  EXPECT_TRUE(store
                  .scan_disputed([&](std::uint64_t claim, const core::ClaimStats& stats) {
                    text += "disputed " + std::to_string(claim) + " " +
                            std::to_string(stats.asserting_speakers) + "/" +
                            std::to_string(stats.denying_speakers) + " " + stats.latest_date + "\n";
                    return true;
                  })
                  .ok());
  EXPECT_TRUE(store
                  .scan_entities([&](std::uint64_t entity, const core::Entity&) {
                    return store
                        .scan_disputed_about(entity,
                                             [&](std::uint64_t claim, const core::ClaimStats& s) {
                                               text += "about " + std::to_string(entity) + " " +
                                                       std::to_string(claim) + " " +
                                                       std::to_string(s.weight()) + "\n";
                                               return true;
                                             })
                        .ok();
                  })
                  .ok());
  const auto totals = store.text_totals();
  EXPECT_TRUE(totals.ok());
  if (totals.ok()) {
    text += "text " + std::to_string(totals->documents) + " " + std::to_string(totals->tokens);
  }
  return text;
}

}  // namespace claimgraph::storage::testing
