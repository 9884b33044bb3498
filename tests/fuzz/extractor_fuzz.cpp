// libFuzzer target: core::extract_article on arbitrary bytes as an article. It must return
// records or an error, never crash, hang or leak; every claim key it makes is the one
// claim_key_for gives its text, and every extracted string is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/claim_key.h"
#include "core/extract/extractor.h"
#include "core/name_fold.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace claimgraph::core;

// A store that knows one entity, so the known-entity path runs too.
std::optional<Entity> known_lookup(std::string_view name) {
  if (fold_name(name) != "peskov" && fold_name(name) != "dmitry peskov") return std::nullopt;
  return Entity{"Dmitry Peskov", EntityKind::kPerson, {"Peskov"}, "Kremlin spokesman"};
}

void check_record(const Record& record) {
  if (const auto* claim = std::get_if<Claim>(&record)) {
    CLAIMGRAPH_FUZZ_CHECK(!claim->text.empty());
    CLAIMGRAPH_FUZZ_CHECK(is_valid_utf8(claim->text));
  } else if (const auto* entity = std::get_if<Entity>(&record)) {
    CLAIMGRAPH_FUZZ_CHECK(!entity->name.empty());
    CLAIMGRAPH_FUZZ_CHECK(is_valid_utf8(entity->name));
  } else if (const auto* edge = std::get_if<Edge>(&record)) {
    CLAIMGRAPH_FUZZ_CHECK(!edge->from.empty() && !edge->to.empty());
    CLAIMGRAPH_FUZZ_CHECK(is_valid_utf8(edge->provenance.quote));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ArticleMeta meta;
  // The first byte picks which metadata the caller gave, so both paths are explored.
  const bool has_meta = size > 0 && (data[0] & 1) != 0;
  if (has_meta) meta = ArticleMeta{"", "", "https://example.org/a", "Reuters", "2022-12-19"};
  const KnownEntityLookup known = (size > 0 && (data[0] & 2) != 0) ? known_lookup : nullptr;
  const auto records = extract_article(text, meta, known);
  if (!records.ok()) {
    CLAIMGRAPH_FUZZ_CHECK(records.error().message.find('\n') == std::string::npos);
    return 0;
  }
  for (const auto& numbered : *records) check_record(numbered.record);
  return 0;
}
