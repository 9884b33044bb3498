// Reading records a few batches ahead on a second thread (core/jsonl_read_ahead.h) visits the
// same records in the same order as reading them in line, stops at the same first error, and
// stops the reading thread when the visitor fails.
#include "core/jsonl_read_ahead.h"

#include <cstdint>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "core/jsonl_reader.h"

namespace claimgraph::core {
namespace {

// `count` claim lines, keyed k1, k2, ..., with a blank line now and then.
std::string claim_lines(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) {
    text += R"({"type":"claim","key":"k)" + std::to_string(i) + R"(","text":"claim )" +
            std::to_string(i) + "\"}\n";
    if (i % 700 == 0) text += "\n";
  }
  return text;
}

// What a visit saw: each record's claim key and line.
struct Seen {
  std::vector<std::string> keys;
  std::vector<std::size_t> lines;
};

Status record_into(Seen& seen, NumberedRecord&& record) {
  seen.keys.push_back(std::get<Claim>(record.record).key);
  seen.lines.push_back(record.line);
  return ok_status();
}

TEST(JsonlReadAheadTest, VisitsWhatTheInLineReadingVisitsInOrder) {
  const std::string text = claim_lines(5000);  // several batches
  Seen in_line, ahead;
  std::istringstream first(text), second(text);
  ASSERT_TRUE(for_each_jsonl_record(first, "in.jsonl", [&](NumberedRecord&& record) {
                return record_into(in_line, std::move(record));
              }).ok());
  std::int64_t position = -1;
  ASSERT_TRUE(for_each_jsonl_record_read_ahead(
                  second, "in.jsonl",
                  [&](NumberedRecord&& record) { return record_into(ahead, std::move(record)); },
                  &position)
                  .ok());
  EXPECT_EQ(ahead.keys.size(), 5000u);
  EXPECT_EQ(ahead.keys, in_line.keys);
  EXPECT_EQ(ahead.lines, in_line.lines);
  EXPECT_EQ(position, static_cast<std::int64_t>(text.size()));  // after the last batch
}

TEST(JsonlReadAheadTest, ABadLineFailsOnceEveryRecordBeforeItIsVisited) {
  const std::string text = claim_lines(2500) + "{\"type\":\"claimx\"}\n" + claim_lines(10);
  Seen seen;
  std::istringstream in(text);
  const Status status = for_each_jsonl_record_read_ahead(
      in, "in.jsonl", [&](NumberedRecord&& record) { return record_into(seen, std::move(record)); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
  const std::size_t bad_line = 2500 + 2500 / 700 + 1;  // the blank lines count too
  EXPECT_EQ(status.error().message.rfind("in.jsonl:" + std::to_string(bad_line) + ": ", 0), 0u)
      << status.error().message;
  EXPECT_EQ(seen.keys.size(), 2500u);
}

TEST(JsonlReadAheadTest, TheVisitorsErrorStopsTheReading) {
  const std::string text = claim_lines(20'000);  // far more than the batches held ahead
  int visits = 0;
  std::istringstream in(text);
  const Status status = for_each_jsonl_record_read_ahead(in, "in.jsonl", [&](NumberedRecord&&) {
    return ++visits == 10 ? Status(make_error(ErrorCode::kNotFound, "tenth")) : ok_status();
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, "tenth");
  EXPECT_EQ(visits, 10);
}

}  // namespace
}  // namespace claimgraph::core
