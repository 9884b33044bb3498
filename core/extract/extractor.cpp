#include "core/extract/extractor.h"

#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/claim_key.h"
#include "core/extract/attribution.h"
#include "core/extract/claim_text.h"
#include "core/extract/empty_denial.h"
#include "core/extract/entity_recognizer.h"
#include "core/extract/predicate_denial.h"
#include "core/extract/repeats.h"
#include "core/extract/reported_by.h"
#include "core/extract/segmenter.h"
#include "core/name_fold.h"

namespace claimgraph::core {
namespace {

using extract::Attribution;
using extract::EntityTable;
using extract::Sentence;

constexpr std::size_t kMaxPropositionsPerStatement = 3;

std::string first_line(std::string_view text) {
  const std::size_t end = text.find('\n');
  std::string line(text.substr(0, end));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// Replaces each entity's name by the store's canonical name when the store knows it, and
// merges entities that turn out to be the same. Returns the final name of each entity.
std::vector<std::string> resolve_names(EntityTable& table, const KnownEntityLookup& known,
                                       std::vector<Entity>& out) {
  std::vector<std::string> names;
  std::unordered_map<std::string, std::size_t> by_folded;
  for (extract::EntityInfo& info : table.entities) {
    Entity entity = info.entity;
    if (known) {
      std::optional<Entity> stored = known(entity.name);
      for (std::size_t i = 0; !stored && i < entity.aliases.size(); ++i)
        stored = known(entity.aliases[i]);
      if (stored) {
        for (const std::string& alias : entity.all_names()) stored->add_alias(alias);
        std::vector<std::string> used;  // keep only the aliases this text uses
        for (const std::string& alias : stored->aliases) {
          for (const std::string& mine : entity.all_names()) {
            if (fold_name(alias) == fold_name(mine)) used.push_back(alias);
          }
        }
        entity = Entity{stored->name, stored->kind, used, stored->description};
      }
    }
    const std::string folded = fold_name(entity.name);
    if (auto it = by_folded.find(folded); it != by_folded.end()) {
      for (const std::string& alias : entity.aliases) out[it->second].add_alias(alias);
    } else {
      by_folded[folded] = out.size();
      out.push_back(entity);
    }
    names.push_back(entity.name);
  }
  return names;
}

class RecordBuilder {
 public:
  RecordBuilder(std::string_view text, const std::vector<Sentence>& sentences,
                const EntityTable& table, std::vector<std::string> names, const Article& article)
      : text_(text),
        sentences_(sentences),
        table_(table),
        names_(std::move(names)),
        article_(article) {}

  void add(const Attribution& a) {
    const std::size_t claim_sentence = a.claim_sentence.value_or(a.sentence);
    const Sentence& s = sentences_[claim_sentence];
    const Sentence& quoted = sentences_[a.sentence];
    for (extract::TokenRange part :
         extract::split_propositions(s, a.claim, kMaxPropositionsPerStatement)) {
      Relation rel = a.rel;
      std::string tail;  // "the claims had no merit" denies "the claims had merit"
      std::string rule = a.rule;
      if (const auto denial = extract::predicate_denial(s, part);
          denial && rel == Relation::kAsserts) {
        rel = Relation::kDenies;
        rule += "+predicate-denial";
        part = denial->claim;
        tail = denial->tail;
      }
      extract::ClaimText ct =
          extract::make_claim_text(s, part, a.claim_speaker.value_or(a.speaker), table_,
                                   claim_sentence, a.needs_subject && part.first == a.claim.first);
      if (ct.text.empty()) continue;
      // "This is nonsense.": no proposition of its own, it only denies what came before
      if (rel == Relation::kAsserts && extract::is_empty_denial(ct.text, names_[a.speaker])) {
        continue;
      }
      if (!tail.empty()) ct.text += " " + tail;
      const std::string key = claim_key_for(ct.text);
      if (!stances_.insert({names_[a.speaker], key}).second) continue;
      if (repeats_.is_repeat(names_[a.speaker], ct.text)) continue;
      if (claim_index_.emplace(key, claims_.size()).second) {
        Claim claim{key, ct.text, {}};
        for (std::size_t e : ct.about) add_unique(claim.about, names_[e]);
        claims_.push_back(std::move(claim));
      }
      Provenance provenance{article_.key, article_.published,
                            std::string(text_.substr(quoted.begin, quoted.end - quoted.begin)),
                            a.confidence, rule};
      stance_edges_.push_back(Edge{rel, names_[a.speaker], key, provenance});
      if (a.outlet && reported_.insert({key, names_[*a.outlet]}).second) {
        provenance.rule = rule + "/reported-by";
        reported_edges_.push_back(Edge{Relation::kReportedBy, key, names_[*a.outlet], provenance});
      }
    }
  }

  RecordList finish(const std::vector<Entity>& entities) {
    RecordList out;
    out.push_back(NumberedRecord{article_, 0});
    for (const Entity& e : entities) out.push_back(NumberedRecord{e, 0});
    for (const Claim& c : claims_) out.push_back(NumberedRecord{c, 0});
    for (const Edge& e : stance_edges_) out.push_back(NumberedRecord{e, 0});
    for (const Edge& e : reported_edges_) out.push_back(NumberedRecord{e, 0});
    for (const Claim& c : claims_) {
      for (const std::string& name : c.about) {
        out.push_back(NumberedRecord{Edge{Relation::kAbout, c.key, name, {}}, 0});
      }
    }
    return out;
  }

 private:
  static void add_unique(std::vector<std::string>& list, const std::string& value) {
    for (const std::string& v : list) {
      if (v == value) return;
    }
    list.push_back(value);
  }

  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const EntityTable& table_;
  std::vector<std::string> names_;
  const Article& article_;
  std::vector<Claim> claims_;
  std::map<std::string, std::size_t> claim_index_;
  std::set<std::pair<std::string, std::string>> stances_, reported_;
  extract::RepeatFilter repeats_;
  std::vector<Edge> stance_edges_, reported_edges_;
};

}  // namespace

Result<RecordList> extract_article(std::string_view text, const ArticleMeta& meta,
                                   const KnownEntityLookup& known) {
  if (!is_valid_utf8(text)) {
    return make_error(ErrorCode::kInvalidInput, "article text is not valid UTF-8");
  }
  Article article;
  article.key = meta.key.empty() ? claim_key_for(text) : meta.key;
  article.title = meta.title.empty() ? first_line(text) : meta.title;
  article.url = meta.url;
  article.outlet = meta.outlet;
  article.published = meta.date;

  Result<std::vector<Sentence>> sentences = extract::segment(text);
  if (!sentences.ok()) return sentences.error();
  EntityTable table = extract::recognize_entities(text, *sentences);
  extract::AttributionFinder finder(*sentences, table);
  finder.run();
  std::vector<Attribution> attributions = finder.attributions();
  extract::assign_outlets(attributions, finder.layout_events());

  std::vector<Entity> entities;
  std::vector<std::string> names = resolve_names(table, known, entities);
  if (!meta.outlet.empty()) {
    bool present = false;
    for (const Entity& e : entities)
      present = present || fold_name(e.name) == fold_name(meta.outlet);
    if (!present) entities.push_back(Entity{meta.outlet, EntityKind::kMedia, {}, {}});
  }
  RecordBuilder builder(text, *sentences, table, std::move(names), article);
  for (const Attribution& a : attributions) builder.add(a);
  return builder.finish(entities);
}

}  // namespace claimgraph::core
