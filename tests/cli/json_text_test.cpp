// cli/json_text.h and append_json write by hand what nlohmann's dump(2, ' ', false, replace)
// writes; these check them byte for byte against nlohmann on awkward input.
#include "cli/json_text.h"

#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/json_output.h"

namespace claimgraph::cli {
namespace {

std::string dumped(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string appended_string(std::string_view text) {
  std::string out = "prefix";
  append_json_string(out, text);
  return out.substr(6);
}

TEST(JsonText, EscapesStringsAsNlohmannDoes) {
  using namespace std::string_literals;
  const std::vector<std::string> texts = {
      "",
      "plain",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      "nul \0 and \x01\x1f\x7f"s,
      "caf\xC3\xA9 \xE2\x80\xA6 \xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87",
      "\xC3",                            // truncated at the end
      "\xC3(",                           // lead byte, then ASCII
      "a\x80z",                          // lone continuation byte
      "\xE2\x82",                        // truncated three-byte sequence
      "\xE2\x82x\xE2\x82\xAC",           // truncated, then a good euro sign
      "\xC0\xAF \xE0\x80\xAF",           // overlong
      "\xED\xA0\x80",                    // surrogate
      "\xF4\x90\x80\x80 \xF5\x80",       // beyond U+10FFFF
      "\xF0\x9F\x98",                    // truncated four-byte sequence
      "\xFF\xFE\"\xC3\xA9\n",            // invalid bytes among escapes
      "\xEF\xBB\xBF bom",
  };
  for (const std::string& text : texts) {
    EXPECT_EQ(appended_string(text), dumped(nlohmann::json(text))) << text;
  }
}

TEST(JsonText, WritesNumbersAsNlohmannDoes) {
  for (const double value : {0.0, -0.0, 1.0, 0.86, 0.1, 1.0 / 3, 1e-7, 123456789012345680.0,
                             1e300, -2.5, 0.53}) {
    std::string out;
    append_json_double(out, value);
    EXPECT_EQ(out, dumped(nlohmann::json(value))) << value;
  }
  std::string out;
  append_json_double(out, std::numeric_limits<double>::quiet_NaN());
  append_json_double(out, std::nullopt);
  EXPECT_EQ(out, "nullnull");
  out.clear();
  append_json_count(out, 4294967295u);
  EXPECT_EQ(out, "4294967295");
}

TEST(JsonText, WritesStatementsAsToJsonDumped) {
  core::Statement full{.speaker = "Dmitry Peskov",
                       .rel = core::Relation::kDenies,
                       .claim_key = "putin-drag-belarus",
                       .claim_text = "Putin will \"drag\" Belarus\n\xFF",
                       .date = "2022-12-19",
                       .article = "a1",
                       .quote = "stupid",
                       .confidence = 0.9,
                       .rule = "denial-verb",
                       .sources = {"RIA Novosti", "TASS"}};
  core::Statement bare;  // no date, article, quote, confidence, rule or sources
  bare.speaker = "X";
  bare.claim_key = "k";
  bare.claim_text = "t";
  for (const core::Statement& statement : {full, bare}) {
    std::string out;
    append_json(out, statement, 0);
    EXPECT_EQ(out, dumped(to_json(statement)));
  }
  for (const std::vector<core::Statement>& list :
       {std::vector<core::Statement>{}, std::vector<core::Statement>{full, bare}}) {
    nlohmann::json object{{"list", nlohmann::json::array()}};
    for (const core::Statement& statement : list) object["list"].push_back(to_json(statement));
    std::string out;
    JsonObjectText text(out, 0);
    append_json(text.key("list"), list, 1);
    text.close();
    EXPECT_EQ(out, dumped(object));
  }
}

TEST(JsonText, WritesObjectsAndStringListsAsNlohmannDoes) {
  std::string out;
  JsonObjectText empty(out, 0);
  empty.close();
  EXPECT_EQ(out, "{}");
  out.clear();
  JsonObjectText object(out, 0);
  append_json_strings(object.key("a"), {}, 1);
  append_json_strings(object.key("b"), {"x", "y\"z"}, 1);
  JsonObjectText inner(object.key("c"), 1);
  append_json_count(inner.key("n"), 3);
  inner.close();
  object.close();
  EXPECT_EQ(out, dumped({{"a", nlohmann::json::array()}, {"b", {"x", "y\"z"}}, {"c", {{"n", 3}}}}));
}

}  // namespace
}  // namespace claimgraph::cli
