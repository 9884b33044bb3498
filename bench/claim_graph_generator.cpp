#include "bench/claim_graph_generator.h"

#include <string_view>

#include "bench/name_tables.h"

namespace claimgraph::bench {
namespace {

// The words of one claim's proposition, drawn from its text stream. The edges replay the same
// draws to quote the claim, then go on drawing from the stream for their own fields.
struct ClaimWords {
  std::string_view verb;
  std::string_view adjective;  // may be empty
  std::string_view object;
  std::uint64_t amount = 0;  // 0: "the"
  std::string_view tail;     // empty: "by MONTH YEAR"
  std::string_view month;
  std::uint64_t year = 0;
};

ClaimWords draw_words(Rng& rng) {
  ClaimWords words;
  words.verb = rng.pick(words::kVerbPhrases);
  if (rng.chance(600)) words.adjective = rng.pick(words::kAdjectives);
  words.object = rng.pick(words::kObjects);
  if (rng.chance(400)) words.amount = rng.between(2, 999);
  if (rng.chance(700)) {
    words.tail = rng.pick(words::kTails);
  } else {
    words.month = rng.pick(words::kMonths);
    words.year = rng.between(2024, 2027);
  }
  return words;
}

// "[AMOUNT|the] [ADJECTIVE] OBJECT"
void append_object(std::string& text, const ClaimWords& words) {
  text += words.amount ? std::to_string(words.amount) : std::string("the");
  if (!words.adjective.empty()) (text += ' ') += words.adjective;
  (text += ' ') += words.object;
}

constexpr std::string_view kQuoteOpenings[] = {
    "", "it ", "we know it ", "make no mistake, it ", "I can confirm that it ", "frankly, it "};

std::string_view speaker_reference(Rng& rng, const GeneratedEntity& speaker) {
  if (!speaker.aliases.empty() && rng.chance(100))
    return speaker.aliases[rng.below(speaker.aliases.size())];
  return speaker.name;
}

void write_confidence(JsonLineBuffer& out, Rng& rng) {
  const std::uint64_t hundredths = rng.between(50, 99);
  out.raw("0.");
  out.raw(static_cast<char>('0' + hundredths / 10));
  out.raw(static_cast<char>('0' + hundredths % 10));
}

void write_day(JsonLineBuffer& out, std::uint32_t day) {
  char date[10];
  format_day(day, date);
  out.raw(std::string_view(date, sizeof date));
}

}  // namespace

ClaimGraphGenerator::ClaimGraphGenerator(const GeneratorOptions& options)
    : options_(options),
      catalog_(options.claims, options.seed),
      planner_(catalog_, options.claims, options.seed) {}

std::string ClaimGraphGenerator::claim_key(std::uint64_t index) {
  return "c" + std::to_string(index);
}

std::string ClaimGraphGenerator::article_key(std::uint64_t index) {
  return "a" + std::to_string(index);
}

void ClaimGraphGenerator::write_jsonl(JsonLineBuffer& out) const {
  for (std::uint64_t i = 0; i < planner_.article_count(); ++i) write_article(out, i);
  for (const GeneratedEntity& entity : catalog_.entities()) write_entity(out, entity);
  for (std::uint64_t i = 0; i < options_.claims; ++i) write_claim(out, i);
  for (std::uint64_t i = 0; i < options_.claims; ++i) write_edges(out, i);
  out.flush();
}

void ClaimGraphGenerator::write_article(JsonLineBuffer& out, std::uint64_t index) const {
  const ArticlePlan plan = planner_.article(index);
  const std::string& outlet = catalog_.entities()[plan.outlet].name;
  Rng rng = planner_.title_rng(index);
  const std::uint64_t first_claim = index * kClaimsPerArticle;
  std::string title = catalog_.entities()[planner_.claim(first_claim).about[0]].name;
  ((title += ": ") += rng.pick(words::kHeadlineNouns)) += " over ";
  (title += rng.pick(words::kAdjectives)) += ' ';
  title += rng.pick(words::kObjects);
  std::string url = "https://";
  for (const char c : outlet)
    url += c == ' ' ? '-' : c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  char date[10];
  format_day(plan.day, date);
  ((url += ".example/") += std::string_view(date, 4)) += '/';
  url += article_key(index);

  out.raw(R"({"type":"article","key":"a)");
  out.number(index);
  out.raw(R"(","title":)");
  out.string(title);
  out.raw(R"(,"url":)");
  out.string(url);
  out.raw(R"(,"outlet":)");
  out.string(outlet);
  out.raw(R"(,"published":")");
  write_day(out, plan.day);
  out.raw("\"}");
  out.end_line();
}

void ClaimGraphGenerator::write_entity(JsonLineBuffer& out, const GeneratedEntity& entity) const {
  out.raw(R"({"type":"entity","name":)");
  out.string(entity.name);
  out.raw(R"(,"kind":")");
  out.raw(entity.kind);
  out.raw('"');
  if (!entity.aliases.empty()) {
    out.raw(R"(,"aliases":[)");
    for (std::size_t i = 0; i < entity.aliases.size(); ++i) {
      if (i > 0) out.raw(',');
      out.string(entity.aliases[i]);
    }
    out.raw(']');
  }
  if (!entity.description.empty()) {
    out.raw(R"(,"description":)");
    out.string(entity.description);
  }
  out.raw('}');
  out.end_line();
}

void ClaimGraphGenerator::write_claim(JsonLineBuffer& out, std::uint64_t index) const {
  const ClaimPlan plan = planner_.claim(index);
  Rng rng = planner_.text_rng(index);
  const ClaimWords words = draw_words(rng);
  const auto& entities = catalog_.entities();
  std::string text = entities[plan.about[0]].name;
  ((text += ' ') += words.verb) += ' ';
  append_object(text, words);
  if (plan.about_count > 1) (text += " in ") += entities[plan.about[1]].name;
  if (words.tail.empty()) {
    ((text += " by ") += words.month) += ' ';
    text += std::to_string(words.year);
  } else {
    (text += ' ') += words.tail;
  }
  out.raw(R"({"type":"claim","key":"c)");
  out.number(index);
  out.raw(R"(","text":)");
  out.string(text);
  out.raw(R"(,"about":[)");
  for (std::size_t i = 0; i < plan.about_count; ++i) {
    if (i > 0) out.raw(',');
    out.string(entities[plan.about[i]].name);
  }
  out.raw("]}");
  out.end_line();
}

void ClaimGraphGenerator::write_edges(JsonLineBuffer& out, std::uint64_t index) const {
  const ClaimPlan plan = planner_.claim(index);
  Rng rng = planner_.text_rng(index);
  const ClaimWords words = draw_words(rng);
  const auto& entities = catalog_.entities();
  const auto write_stance = [&](std::string_view rel, std::uint32_t speaker) {
    out.raw(R"({"type":"edge","rel":")");
    out.raw(rel);
    out.raw(R"(","from":)");
    out.string(speaker_reference(rng, entities[speaker]));
    out.raw(R"(,"to":"c)");
    out.number(index);
    out.raw(R"(","article":"a)");
    out.number(plan.article);
    out.raw(R"(","date":")");
    write_day(out, plan.day);
    out.raw(R"(","quote":)");
    if (rel == "asserts") {
      std::string quote(rng.pick(std::span<const std::string_view>(kQuoteOpenings)));
      (quote += words.verb) += ' ';
      append_object(quote, words);
      out.string(quote);
    } else {
      out.string(rng.pick(words::kDenials));
    }
    out.raw(R"(,"confidence":)");
    write_confidence(out, rng);
    out.raw('}');
    out.end_line();
  };
  for (std::size_t i = 0; i < plan.asserter_count; ++i) write_stance("asserts", plan.asserters[i]);
  for (std::size_t i = 0; i < plan.denier_count; ++i) write_stance("denies", plan.deniers[i]);
  for (std::size_t i = 0; i < plan.outlet_count; ++i) {
    out.raw(R"({"type":"edge","rel":"reported-by","from":"c)");
    out.number(index);
    out.raw(R"(","to":)");
    out.string(entities[plan.outlets[i]].name);
    out.raw(R"(,"article":"a)");
    out.number(plan.article);
    out.raw("\"}");
    out.end_line();
  }
}

}  // namespace claimgraph::bench
