#include "bench/entity_catalog.h"

#include <algorithm>

#include "bench/name_tables.h"

namespace claimgraph::bench {
namespace {

// Streams of the seed, so that each part of the catalog has its own random numbers.
constexpr std::uint64_t kSpeakerStream = 1;
constexpr std::uint64_t kOutletStream = 2;
constexpr std::uint64_t kAboutStream = 3;

constexpr int kAttemptsBeforeNumbering = 64;

std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

// The capitals of the words that start with one: "Kenport News Agency" gives "KNA".
std::string acronym(std::string_view name) {
  std::string letters;
  bool at_word_start = true;
  for (const char c : name) {
    if (at_word_start && c >= 'A' && c <= 'Z') letters.push_back(c);
    at_word_start = c == ' ';
  }
  return letters;
}

}  // namespace

std::string fold_ascii(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return folded;
}

bool EntityCatalog::reserve(std::string_view name) {
  return taken_.insert(fold_ascii(name)).second;
}

// A fresh name from `make`; after many collisions, one with a number appended.
std::string EntityCatalog::unique(Rng& rng, std::string (EntityCatalog::*make)(Rng&)) {
  for (int attempt = 0; attempt < kAttemptsBeforeNumbering; ++attempt) {
    std::string name = (this->*make)(rng);
    if (reserve(name)) return name;
  }
  for (std::uint64_t number = 2;; ++number) {
    std::string name = (this->*make)(rng) + " " + std::to_string(number);
    if (reserve(name)) return name;
  }
}

std::string EntityCatalog::place_name(Rng& rng) {
  std::string name;
  const std::uint64_t syllables = rng.between(2, 3);
  for (std::uint64_t i = 0; i < syllables; ++i) name += rng.pick(words::kSyllables);
  return capitalized(name) + std::string(rng.pick(words::kPlaceSuffixes));
}

std::string EntityCatalog::surname(Rng& rng) {
  std::string name;
  const std::uint64_t syllables = rng.between(2, 3);
  for (std::uint64_t i = 0; i < syllables; ++i) name += rng.pick(words::kSyllables);
  return capitalized(name);
}

std::string EntityCatalog::person_name(Rng& rng) {
  return std::string(rng.pick(words::kFirstNames)) + " " + surname(rng);
}

std::string EntityCatalog::company_name(Rng& rng) {
  return surname(rng) + " " + std::string(rng.pick(words::kOrgSuffixes));
}

std::string EntityCatalog::institution_name(Rng& rng) {
  return std::string(rng.pick(words::kOrgHeads)) + " " + place_name(rng);
}

std::string EntityCatalog::group_name(Rng& rng) {
  return capitalized(std::string(rng.pick(words::kGroupNouns))) + " of " + place_name(rng);
}

std::string EntityCatalog::outlet_name(Rng& rng) {
  const std::string suffix(rng.pick(words::kMediaSuffixes));
  return rng.chance(300) ? "The " + surname(rng) + " " + suffix : place_name(rng) + " " + suffix;
}

// Adds `alias` unless another name or alias already folds to it.
void EntityCatalog::add_alias(GeneratedEntity& entity, std::string alias) {
  if (alias.size() >= 2 && reserve(alias)) entity.aliases.push_back(std::move(alias));
}

GeneratedEntity EntityCatalog::make_speaker(Rng& rng) {
  GeneratedEntity entity;
  const std::uint64_t roll = rng.below(100);
  if (roll < 70) {
    entity.kind = "person";
    entity.name = unique(rng, &EntityCatalog::person_name);
    if (rng.chance(400)) add_alias(entity, entity.name.substr(entity.name.rfind(' ') + 1));
    if (rng.chance(250)) {
      entity.description = std::string(rng.pick(words::kRoles)) + " of " + place_name(rng);
    }
  } else if (roll < 82) {
    entity.kind = "organization";
    entity.name = unique(rng, &EntityCatalog::company_name);
    if (rng.chance(400)) add_alias(entity, entity.name.substr(0, entity.name.find(' ')));
  } else if (roll < 92) {
    entity.kind = "organization";
    entity.name = unique(rng, &EntityCatalog::institution_name);
    if (rng.chance(500)) add_alias(entity, acronym(entity.name));
  } else {
    entity.kind = "group";
    entity.name = unique(rng, &EntityCatalog::group_name);
  }
  if (rng.chance(50) && entity.aliases.size() == 1)
    add_alias(entity, entity.aliases[0] + "'s office");
  return entity;
}

GeneratedEntity EntityCatalog::make_about_entity(Rng& rng) {
  GeneratedEntity entity;
  const std::uint64_t roll = rng.below(100);
  if (roll < 60) {
    entity.kind = "place";
    entity.name = unique(rng, &EntityCatalog::place_name);
  } else if (roll < 85) {
    entity.kind = "organization";
    entity.name = unique(rng, &EntityCatalog::company_name);
  } else {
    entity.kind = "person";
    entity.name = unique(rng, &EntityCatalog::person_name);
    if (rng.chance(300)) add_alias(entity, entity.name.substr(entity.name.rfind(' ') + 1));
  }
  return entity;
}

EntityCatalog::EntityCatalog(std::uint64_t claims, std::uint64_t seed) {
  speaker_count_ = static_cast<std::size_t>(std::max<std::uint64_t>(claims / 20, 20));
  const auto about_count = static_cast<std::size_t>(std::max<std::uint64_t>(claims / 50, 20));
  entities_.reserve(speaker_count_ + kOutlets + about_count);
  Rng speakers(seed, kSpeakerStream, 0);
  for (std::size_t i = 0; i < speaker_count_; ++i) entities_.push_back(make_speaker(speakers));
  Rng outlets(seed, kOutletStream, 0);
  for (std::size_t i = 0; i < kOutlets; ++i) {
    GeneratedEntity outlet{.name = unique(outlets, &EntityCatalog::outlet_name),
                           .kind = "media",
                           .aliases = {},
                           .description = {}};
    if (outlets.chance(300)) add_alias(outlet, acronym(outlet.name));
    entities_.push_back(std::move(outlet));
  }
  // A quarter of what claims are about are speakers (drawn without repeats); the rest are
  // places, companies and people of their own.
  Rng about(seed, kAboutStream, 0);
  std::unordered_set<std::uint32_t> chosen_speakers;
  for (std::size_t rank = 0; rank < about_count; ++rank) {
    if (about.chance(250)) {
      auto speaker = static_cast<std::uint32_t>(about.below(speaker_count_));
      if (chosen_speakers.insert(speaker).second) {
        about_pool_.push_back(speaker);
        continue;
      }
    }
    about_pool_.push_back(static_cast<std::uint32_t>(entities_.size()));
    entities_.push_back(make_about_entity(about));
  }
}

}  // namespace claimgraph::bench
