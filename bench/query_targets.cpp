#include "bench/query_targets.h"

#include <algorithm>
#include <numeric>

#include "bench/json_line_buffer.h"

namespace claimgraph::bench {
namespace {

constexpr std::size_t kPositions[] = {0, 1, 2, 9, 99, 999, 9999};

// Every entity of a claim; an entity may appear twice (a speaker the claim is also about).
std::vector<std::uint32_t> entities_of(const ClaimPlan& plan) {
  std::vector<std::uint32_t> all;
  all.insert(all.end(), plan.about.begin(), plan.about.begin() + plan.about_count);
  all.insert(all.end(), plan.asserters.begin(), plan.asserters.begin() + plan.asserter_count);
  all.insert(all.end(), plan.deniers.begin(), plan.deniers.begin() + plan.denier_count);
  all.insert(all.end(), plan.outlets.begin(), plan.outlets.begin() + plan.outlet_count);
  return all;
}

// Candidates ordered by count, largest first (ties by index), keeping only those with a
// count of at least `minimum`; then the ones at kPositions and the `lightest` last ones.
std::vector<std::uint32_t> spread(std::vector<std::uint32_t> candidates,
                                  const std::vector<std::uint64_t>& count, std::uint64_t minimum,
                                  std::size_t lightest) {
  std::erase_if(candidates, [&](std::uint32_t e) { return count[e] < minimum; });
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return count[a] > count[b]; });
  std::vector<std::uint32_t> chosen;
  const auto add = [&](std::size_t position) {
    if (position >= candidates.size()) return;
    if (std::find(chosen.begin(), chosen.end(), candidates[position]) == chosen.end()) {
      chosen.push_back(candidates[position]);
    }
  };
  for (const std::size_t position : kPositions) add(position);
  for (std::size_t i = 0; i < lightest && i < candidates.size(); ++i)
    add(candidates.size() - 1 - i);
  return chosen;
}

struct Counts {
  std::vector<std::uint64_t> statements;  // per entity
  std::vector<std::uint64_t> disputed;    // per entity, of the claims about it
};

Counts count_claims(const ClaimPlanner& planner, std::size_t entity_count, GraphShape& shape) {
  Counts counts{std::vector<std::uint64_t>(entity_count), std::vector<std::uint64_t>(entity_count)};
  for (std::uint64_t i = 0; i < planner.claim_count(); ++i) {
    const ClaimPlan plan = planner.claim(i);
    shape.asserts += plan.asserter_count;
    shape.denies += plan.denier_count;
    shape.reported_by += plan.outlet_count;
    shape.about += plan.about_count;
    for (std::size_t k = 0; k < plan.asserter_count; ++k) ++counts.statements[plan.asserters[k]];
    for (std::size_t k = 0; k < plan.denier_count; ++k) ++counts.statements[plan.deniers[k]];
    // Deniers are never asserters, so any asserts + denies come from different speakers.
    if (!plan.is_disputed()) continue;
    ++shape.disputed_claims;
    for (std::size_t k = 0; k < plan.about_count; ++k) ++counts.disputed[plan.about[k]];
  }
  return counts;
}

std::vector<WhoTarget> who_targets(const ClaimPlanner& planner) {
  std::vector<WhoTarget> targets;
  const std::uint64_t n = planner.claim_count();
  const auto add = [&](std::uint64_t index, const ClaimPlan& plan) {
    const std::string key = ClaimGraphGenerator::claim_key(index);
    for (const WhoTarget& target : targets) {
      if (target.claim == key) return;
    }
    targets.push_back({key, plan.asserter_count, plan.denier_count, plan.outlet_count});
  };
  for (std::uint64_t part = 0; part < 5 && n > 0; ++part) {
    const std::uint64_t start = part * n / 5;
    add(start, planner.claim(start));
    for (std::uint64_t i = start; i < n && i < start + 1000; ++i) {
      const ClaimPlan plan = planner.claim(i);
      if (plan.is_disputed()) {
        add(i, plan);
        break;
      }
    }
  }
  return targets;
}

// Neighbourhoods of depth 2 of `focuses`, in one more pass over the claims.
std::vector<NeighbourhoodTarget> neighbourhoods(const ClaimGraphGenerator& generator,
                                                const std::vector<std::uint32_t>& focuses) {
  const auto& entities = generator.catalog().entities();
  std::vector<int> slot_of(entities.size(), -1);
  for (std::size_t f = 0; f < focuses.size(); ++f) slot_of[focuses[f]] = static_cast<int>(f);
  std::vector<std::vector<bool>> reached(focuses.size(), std::vector<bool>(entities.size()));
  std::vector<NeighbourhoodTarget> targets(focuses.size());
  for (std::uint64_t i = 0; i < generator.planner().claim_count(); ++i) {
    const std::vector<std::uint32_t> all = entities_of(generator.planner().claim(i));
    for (std::size_t f = 0; f < focuses.size(); ++f) {
      if (std::find(all.begin(), all.end(), focuses[f]) == all.end()) continue;
      ++targets[f].claims;
      for (const std::uint32_t e : all) reached[f][e] = true;
    }
  }
  for (std::size_t f = 0; f < focuses.size(); ++f) {
    reached[f][focuses[f]] = true;
    targets[f].focus = entities[focuses[f]].name;
    targets[f].nodes = targets[f].claims + static_cast<std::uint64_t>(std::count(
                                               reached[f].begin(), reached[f].end(), true));
  }
  return targets;
}

}  // namespace

QueryTargets compute_targets(const ClaimGraphGenerator& generator) {
  const EntityCatalog& catalog = generator.catalog();
  const ClaimPlanner& planner = generator.planner();
  const auto& entities = catalog.entities();
  QueryTargets targets;
  targets.options = generator.options();
  targets.shape.articles = planner.article_count();
  targets.shape.entities = entities.size();
  targets.shape.claims = planner.claim_count();
  const Counts counts = count_claims(planner, entities.size(), targets.shape);

  std::vector<std::uint32_t> speakers(catalog.speaker_count());
  std::iota(speakers.begin(), speakers.end(), 0u);
  const std::vector<std::uint32_t> said = spread(speakers, counts.statements, 1, 3);
  for (const std::uint32_t e : said)
    targets.said.push_back({entities[e].name, counts.statements[e]});

  targets.who = who_targets(planner);

  std::vector<std::uint32_t> disputed = spread(catalog.about_pool(), counts.disputed, 1, 2);
  const auto& pool = catalog.about_pool();
  const auto undisputed = std::find_if(pool.begin(), pool.end(),
                                       [&](std::uint32_t e) { return counts.disputed[e] == 0; });
  if (undisputed != pool.end()) disputed.push_back(*undisputed);
  for (const std::uint32_t e : disputed) {
    targets.disputed_about.push_back({entities[e].name, counts.disputed[e]});
  }

  // The heaviest speaker, one from the middle, the lightest ones, light and middle
  // about-entities and the least cited outlet.
  std::vector<std::uint32_t> focuses;
  const auto add_focus = [&](const std::vector<std::uint32_t>& from, std::size_t position) {
    if (position < from.size() &&
        std::find(focuses.begin(), focuses.end(), from[position]) == focuses.end()) {
      focuses.push_back(from[position]);
    }
  };
  for (const std::size_t position :
       {std::size_t{0}, said.size() / 2, said.size() - 1, said.size() - 2}) {
    add_focus(said, position);
  }
  for (const std::size_t position :
       {disputed.size() / 2, disputed.size() - 1, disputed.size() - 2}) {
    add_focus(disputed, position);
  }
  add_focus({static_cast<std::uint32_t>(catalog.outlet(EntityCatalog::kOutlets - 1))}, 0);
  targets.neighbourhood = neighbourhoods(generator, focuses);
  return targets;
}

namespace {

class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out) : out_(out) {}
  JsonObjectWriter& field(std::string_view name, std::uint64_t value) {
    key(name);
    out_ += std::to_string(value);
    return *this;
  }
  JsonObjectWriter& field(std::string_view name, std::string_view value) {
    key(name);
    append_json_string(out_, value);
    return *this;
  }
  void close() { out_ += '}'; }

 private:
  void key(std::string_view name) {
    out_ += first_ ? '{' : ',';
    first_ = false;
    append_json_string(out_, name);
    out_ += ':';
  }
  std::string& out_;
  bool first_ = true;
};

// Writes `"NAME": [` then one object per line made by `write`, then `]`.
template <class T, class Write>
void write_list(std::string& out, std::string_view name, const std::vector<T>& items, Write write) {
  out += ",\n";
  append_json_string(out, name);
  out += ": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += i == 0 ? "\n  " : ",\n  ";
    JsonObjectWriter object(out);
    write(object, items[i]);
    object.close();
  }
  out += "\n]";
}

}  // namespace

std::string targets_to_json(const QueryTargets& targets) {
  std::string out = "{\"claims\": " + std::to_string(targets.options.claims) +
                    ", \"seed\": " + std::to_string(targets.options.seed) + ",\n\"shape\": ";
  const GraphShape& shape = targets.shape;
  JsonObjectWriter(out)
      .field("articles", shape.articles)
      .field("entities", shape.entities)
      .field("claims", shape.claims)
      .field("nodes", shape.nodes())
      .field("edges", shape.edges())
      .field("asserts", shape.asserts)
      .field("denies", shape.denies)
      .field("reported_by", shape.reported_by)
      .field("about", shape.about)
      .field("disputed_claims", shape.disputed_claims)
      .close();
  write_list(out, "said", targets.said, [](JsonObjectWriter& o, const SaidTarget& t) {
    o.field("speaker", t.speaker).field("statements", t.statements);
  });
  write_list(out, "who", targets.who, [](JsonObjectWriter& o, const WhoTarget& t) {
    o.field("claim", t.claim)
        .field("asserts", t.asserts)
        .field("denies", t.denies)
        .field("reported_by", t.reported_by);
  });
  write_list(out, "disputed_about", targets.disputed_about,
             [](JsonObjectWriter& o, const DisputedTarget& t) {
               o.field("entity", t.entity).field("disputed", t.disputed);
             });
  write_list(out, "neighbourhood", targets.neighbourhood,
             [](JsonObjectWriter& o, const NeighbourhoodTarget& t) {
               o.field("focus", t.focus)
                   .field("depth", t.depth)
                   .field("claims", t.claims)
                   .field("nodes", t.nodes);
             });
  out += "\n}\n";
  return out;
}

}  // namespace claimgraph::bench
