// Helpers for the extraction tests: run extract_article() on a text and look at what it found
// as (speaker, rel, claim text, outlet) rows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/extract/extractor.h"

namespace claimgraph::core::testing {

struct Statement {
  std::string speaker;
  std::string rel;  // "asserts" or "denies"
  std::string claim;
  std::string outlet;  // empty if none
  std::string rule;
};

struct Extraction {
  std::vector<Entity> entities;
  std::vector<Claim> claims;
  std::vector<Edge> edges;
  std::vector<Statement> statements;

  const Entity* entity(std::string_view name) const {
    for (const Entity& e : entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }
  // The statement of `speaker` whose claim contains `words`, or nullopt.
  std::optional<Statement> find(std::string_view speaker, std::string_view words) const {
    for (const Statement& s : statements) {
      if (s.speaker == speaker && s.claim.find(words) != std::string::npos) return s;
    }
    return std::nullopt;
  }
};

inline Extraction extract_text(std::string_view text, const KnownEntityLookup& known = {}) {
  Extraction out;
  const Result<RecordList> records = extract_article(text, ArticleMeta{}, known);
  EXPECT_TRUE(records.ok()) << (records.ok() ? "" : records.error().message);
  if (!records.ok()) return out;
  for (const NumberedRecord& r : *records) {
    if (const auto* e = std::get_if<Entity>(&r.record)) out.entities.push_back(*e);
    if (const auto* c = std::get_if<Claim>(&r.record)) out.claims.push_back(*c);
    if (const auto* e = std::get_if<Edge>(&r.record)) out.edges.push_back(*e);
  }
  for (const Edge& e : out.edges) {
    if (!is_stance(e.rel)) continue;
    Statement s{e.from, std::string(relation_name(e.rel)), "", "", e.provenance.rule};
    for (const Claim& c : out.claims) {
      if (c.key == e.to) s.claim = c.text;
    }
    for (const Edge& r : out.edges) {
      if (r.rel == Relation::kReportedBy && r.from == e.to) s.outlet = r.to;
    }
    out.statements.push_back(s);
  }
  return out;
}

// A text with a headline line first, as extract_article() expects.
inline std::string article(std::string_view body) {
  return "Test headline\n" + std::string(body) + "\n";
}

}  // namespace claimgraph::core::testing
