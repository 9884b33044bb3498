#include "core/relation.h"

namespace claimgraph::core {

std::string_view relation_name(Relation rel) {
  switch (rel) {
    case Relation::kAsserts: return "asserts";
    case Relation::kDenies: return "denies";
    case Relation::kReportedBy: return "reported-by";
    case Relation::kAbout: return "about";
  }
  return "unknown";
}

std::optional<Relation> parse_relation(std::string_view name) {
  for (Relation rel : {Relation::kAsserts, Relation::kDenies, Relation::kReportedBy,
                       Relation::kAbout}) {
    if (relation_name(rel) == name) return rel;
  }
  return std::nullopt;
}

}  // namespace claimgraph::core
