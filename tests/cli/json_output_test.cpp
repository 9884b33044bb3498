// print_json_with_list streams a list item by item; its bytes must be print_json's.
#include "cli/json_output.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace claimgraph::cli {
namespace {

nlohmann::json item(std::size_t i) {
  return {{"n", i}, {"names", {"a", "b\"c"}}, {"nested", {{"empty", nlohmann::json::array()}}}};
}

std::string whole(nlohmann::json fields, const std::string& key, std::size_t count) {
  fields[key] = nlohmann::json::array();
  for (std::size_t i = 0; i < count; ++i) fields[key].push_back(item(i));
  std::ostringstream out;
  print_json(out, fields);
  return out.str();
}

std::string streamed(const nlohmann::json& fields, const std::string& key, std::size_t count) {
  std::ostringstream out;
  print_json_with_list(out, fields, key, count, item);
  return out.str();
}

TEST(PrintJsonWithList, WritesWhatPrintJsonWritesWhereverTheListKeySorts) {
  const nlohmann::json fields{{"b", "x"}, {"d", {{"e", 1.5}}}};
  for (const std::string key : {"a", "c", "z"}) {
    for (const std::size_t count : {0, 1, 3}) {
      EXPECT_EQ(streamed(fields, key, count), whole(fields, key, count))
          << "list " << key << " of " << count;
    }
  }
}

TEST(PrintJsonWithList, WritesAnObjectHoldingOnlyTheList) {
  const nlohmann::json none = nlohmann::json::object();
  EXPECT_EQ(streamed(none, "disputed", 0), "{\n  \"disputed\": []\n}\n");
  EXPECT_EQ(streamed(none, "disputed", 2), whole(none, "disputed", 2));
}

TEST(PrintJsonWithList, ReplacesInvalidUtf8AsPrintJsonDoes) {
  const nlohmann::json fields{{"name", std::string("bad \xff byte")}};
  EXPECT_EQ(streamed(fields, "list", 1), whole(fields, "list", 1));
  EXPECT_NE(streamed(fields, "list", 1).find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph::cli
