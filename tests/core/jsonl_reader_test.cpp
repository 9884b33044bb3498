#include "core/jsonl_reader.h"

#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/jsonl_writer.h"

namespace claimgraph::core {
namespace {

Result<RecordList> read_text(const std::string& text) {
  std::istringstream in(text);
  return read_jsonl(in, "in.jsonl");
}

// The records of `text`, which must read without error.
RecordList read_ok(const std::string& text) {
  Result<RecordList> result = read_text(text);
  EXPECT_TRUE(result.ok()) << result.error().message;
  return result.ok() ? std::move(result).value() : RecordList{};
}

// The error message of `text`, which must fail with kInvalidInput.
std::string read_error(const std::string& text) {
  Result<RecordList> result = read_text(text);
  if (result.ok()) return "(no error)";
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
  return result.error().message;
}

// Records with only some fields set (designated initializers would have to name them all).
Article article(std::string key) {
  Article result;
  result.key = std::move(key);
  return result;
}

Entity entity(std::string name, EntityKind kind = EntityKind::kOther) {
  Entity result;
  result.name = std::move(name);
  result.kind = kind;
  return result;
}

Claim claim(std::string key, std::string text) {
  Claim result;
  result.key = std::move(key);
  result.text = std::move(text);
  return result;
}

Edge edge(Relation rel, std::string from, std::string to, std::optional<double> confidence = {}) {
  Edge result;
  result.rel = rel;
  result.from = std::move(from);
  result.to = std::move(to);
  result.provenance.confidence = confidence;
  return result;
}

TEST(JsonlReaderTest, ReadsArticleWithAllFields) {
  const RecordList records = read_ok(
      R"({"type":"article","key":"a1","title":"T","url":"https://x.test/a","outlet":"Outlet",)"
      R"("published":"2022-12-19","text_sha256":"abc"})");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].line, 1u);
  const Article expected{.key = "a1",
                         .title = "T",
                         .url = "https://x.test/a",
                         .outlet = "Outlet",
                         .published = "2022-12-19",
                         .text_sha256 = "abc"};
  EXPECT_EQ(std::get<Article>(records[0].record), expected);
}

TEST(JsonlReaderTest, ReadsEntityWithAllFields) {
  const RecordList records = read_ok(
      R"({"type":"entity","name":"Ada Quill","kind":"person","aliases":["Quill","A. Quill"],)"
      R"("description":"spokesperson"})");
  ASSERT_EQ(records.size(), 1u);
  const Entity expected{.name = "Ada Quill",
                        .kind = EntityKind::kPerson,
                        .aliases = {"Quill", "A. Quill"},
                        .description = "spokesperson"};
  EXPECT_EQ(std::get<Entity>(records[0].record), expected);
}

TEST(JsonlReaderTest, ReadsClaimWithAllFields) {
  const RecordList records =
      read_ok(R"({"type":"claim","key":"c1","text":"The bridge is closed","about":["Bridge"]})");
  ASSERT_EQ(records.size(), 1u);
  const Claim expected{.key = "c1", .text = "The bridge is closed", .about = {"Bridge"}};
  EXPECT_EQ(std::get<Claim>(records[0].record), expected);
}

TEST(JsonlReaderTest, ReadsEdgeWithAllFieldsAndRule) {
  const RecordList records = read_ok(
      R"({"type":"edge","rel":"denies","from":"Ada Quill","to":"c1","article":"a1",)"
      R"("date":"2024-02-29","quote":"\"No,\" she said","confidence":0.75,"rule":"denied-that"})");
  ASSERT_EQ(records.size(), 1u);
  const Edge expected{.rel = Relation::kDenies,
                      .from = "Ada Quill",
                      .to = "c1",
                      .provenance = {.article = "a1",
                                     .date = "2024-02-29",
                                     .quote = "\"No,\" she said",
                                     .confidence = 0.75,
                                     .rule = "denied-that"}};
  EXPECT_EQ(std::get<Edge>(records[0].record), expected);
}

TEST(JsonlReaderTest, ReadsEveryRelation) {
  const RecordList records = read_ok(
      "{\"type\":\"edge\",\"rel\":\"asserts\",\"from\":\"e\",\"to\":\"c\"}\n"
      "{\"type\":\"edge\",\"rel\":\"denies\",\"from\":\"e\",\"to\":\"c\"}\n"
      "{\"type\":\"edge\",\"rel\":\"reported-by\",\"from\":\"c\",\"to\":\"e\"}\n"
      "{\"type\":\"edge\",\"rel\":\"about\",\"from\":\"c\",\"to\":\"e\"}\n");
  ASSERT_EQ(records.size(), 4u);
  const Relation expected[] = {Relation::kAsserts, Relation::kDenies, Relation::kReportedBy,
                               Relation::kAbout};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(std::get<Edge>(records[i].record).rel, expected[i]);
    EXPECT_EQ(records[i].line, i + 1);
  }
}

TEST(JsonlReaderTest, OptionalFieldsDefault) {
  const RecordList records = read_ok(
      "{\"type\":\"entity\",\"name\":\"Somebody\"}\n"
      "{\"type\":\"claim\",\"key\":\"k\",\"text\":\"t\"}\n"
      "{\"type\":\"edge\",\"rel\":\"asserts\",\"from\":\"Somebody\",\"to\":\"k\"}\n"
      "{\"type\":\"article\",\"key\":\"a\"}\n");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(std::get<Entity>(records[0].record), entity("Somebody"));
  EXPECT_EQ(std::get<Entity>(records[0].record).kind, EntityKind::kOther);
  EXPECT_EQ(std::get<Claim>(records[1].record), claim("k", "t"));
  const Edge& edge = std::get<Edge>(records[2].record);
  EXPECT_EQ(edge.provenance, Provenance{});
  EXPECT_FALSE(edge.provenance.confidence.has_value());
  EXPECT_EQ(std::get<Article>(records[3].record), article("a"));
}

TEST(JsonlReaderTest, NullOptionalFieldsCountAsAbsent) {
  const RecordList records =
      read_ok(R"({"type":"entity","name":"N","kind":null,"aliases":null,"description":null})");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(std::get<Entity>(records[0].record), entity("N"));
}

TEST(JsonlReaderTest, UnknownFieldsAreIgnored) {
  const RecordList records = read_ok(
      R"({"type":"claim","key":"k","text":"t","lang":"en","extra":{"nested":[1,2,{"x":null}]}})");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(std::get<Claim>(records[0].record), claim("k", "t"));
}

TEST(JsonlReaderTest, EmptyInputGivesNoRecords) {
  EXPECT_TRUE(read_ok("").empty());
  EXPECT_TRUE(read_ok("\n\n  \n\t\r\n").empty());
}

TEST(JsonlReaderTest, SkipsBlankLinesAndKeepsLineNumbers) {
  const RecordList records = read_ok(
      "\n{\"type\":\"entity\",\"name\":\"A\"}\n   \n\n{\"type\":\"entity\",\"name\":\"B\"}");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].line, 2u);
  EXPECT_EQ(records[1].line, 5u);  // the last line has no newline
}

TEST(JsonlReaderTest, ToleratesCrlf) {
  const RecordList records = read_ok(
      "{\"type\":\"entity\",\"name\":\"A\"}\r\n\r\n{\"type\":\"entity\",\"name\":\"B\"}\r\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(std::get<Entity>(records[1].record).name, "B");
  EXPECT_EQ(records[1].line, 3u);
  EXPECT_EQ(read_error("\r\n{\"type\":\"robot\"}\r\n"), "in.jsonl:2: unknown type \"robot\"");
}

TEST(JsonlReaderTest, ToleratesBom) {
  const RecordList records = read_ok("\xEF\xBB\xBF{\"type\":\"entity\",\"name\":\"A\"}\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(std::get<Entity>(records[0].record).name, "A");
  EXPECT_TRUE(read_ok("\xEF\xBB\xBF\n").empty());
  // nlohmann skips a BOM at the start of any line, as of concatenated files.
  EXPECT_EQ(read_error("{\"type\":\"entity\",\"name\":\"A\"}\n\xEF\xBB\xBF{\"type\":\"x\"}\n"),
            "in.jsonl:2: unknown type \"x\"");
}

// One bad line among good ones: the error names that line and says what is wrong.
struct ErrorCase {
  const char* line;
  const char* message;  // after "in.jsonl:3: "
};

TEST(JsonlReaderTest, ReportsEachProblemWithItsLine) {
  const std::vector<ErrorCase> cases = {
      {R"({"type":"claimx","key":"k"})", R"(unknown type "claimx")"},
      {R"({"type":"edge","rel":"assert","from":"a","to":"b"})",
       R"(unknown rel "assert" (expected asserts, denies, reported-by or about))"},
      {R"({"type":"claim","key":"k"})", R"(claim is missing required field "text")"},
      {R"({"type":"claim","text":"t"})", R"(claim is missing required field "key")"},
      {R"({"type":"claim","key":"k","text":null})", R"(claim is missing required field "text")"},
      {R"({"type":"claim","key":"k","text":""})", R"(field "text" must not be empty)"},
      {R"({"type":"claim","key":"k","text":42})", R"(field "text" must be a string)"},
      {R"({"type":"claim","key":"k","text":"t","about":"X"})",
       R"(field "about" must be an array of strings)"},
      {R"({"type":"entity"})", R"(entity is missing required field "name")"},
      {R"({"type":"entity","name":"N","aliases":["a",1]})",
       R"(field "aliases" must be an array of strings)"},
      {R"({"type":"entity","name":"N","aliases":"a"})",
       R"(field "aliases" must be an array of strings)"},
      {R"({"type":"entity","name":"N","kind":"robot"})",
       R"(entity kind "robot" is not one of person, organization, media, place, group, other)"},
      {R"({"type":"entity","name":"N","kind":"Person"})",
       R"(entity kind "Person" is not one of person, organization, media, place, group, other)"},
      {R"({"type":"entity","name":"N","description":["x"]})",
       R"(field "description" must be a string)"},
      {R"({"type":"article"})", R"(article is missing required field "key")"},
      {R"({"type":"article","key":"a","published":"19.12.2022"})",
       R"(date "19.12.2022" is not a valid YYYY-MM-DD date)"},
      {R"({"type":"edge","from":"a","to":"b"})", R"(edge is missing required field "rel")"},
      {R"({"type":"edge","rel":"asserts","to":"b"})", R"(edge is missing required field "from")"},
      {R"({"type":"edge","rel":"asserts","from":"a"})", R"(edge is missing required field "to")"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","date":"2022-13-45"})",
       R"(date "2022-13-45" is not a valid YYYY-MM-DD date)"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","date":"2023-02-29"})",
       R"(date "2023-02-29" is not a valid YYYY-MM-DD date)"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","confidence":1.5})",
       R"(confidence 1.5 is outside 0..1)"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","confidence":-1})",
       R"(confidence -1 is outside 0..1)"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","confidence":"0.5"})",
       R"(field "confidence" must be a number)"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","confidence":true})",
       R"(field "confidence" must be a number)"},
      {R"({"type":"edge","rel":"asserts","from":"a","to":"b","rule":7})",
       R"(field "rule" must be a string)"},
      {R"(["type","claim"])", "record is not a JSON object"},
      {R"("claim")", "record is not a JSON object"},
      {"42", "record is not a JSON object"},
      {R"({"key":"k"})", R"(record is missing required field "type")"},
      {R"({"type":3})", R"(field "type" must be a string)"},
      {"{\"type\":\"claim\",\"key\":\"k\",\"text\":\"caf\xC3\"}", "invalid UTF-8"},
      {"{\"type\":\"claim\",\"key\":\"k\",\"text\":\"\xED\xA0\x80\"}", "invalid UTF-8"},
  };
  for (const ErrorCase& c : cases) {
    const std::string text = "{\"type\":\"entity\",\"name\":\"A\"}\n\n" + std::string(c.line) +
                             "\n{\"type\":\"entity\",\"name\":\"B\"}\n";
    EXPECT_EQ(read_error(text), std::string("in.jsonl:3: ") + c.message) << c.line;
  }
}

TEST(JsonlReaderTest, ReportsBrokenJsonShortly) {
  const std::string message = read_error("\n\n\n{\"type\":\"claim\",\"key\":}\n");
  EXPECT_EQ(message,
            "in.jsonl:4: invalid JSON: syntax error while parsing value - unexpected '}'; "
            "expected '[', '{', or a literal (column 23)");
  EXPECT_EQ(read_error("{\"type\":\"claim\""),
            "in.jsonl:1: invalid JSON: syntax error while parsing object - unexpected end of "
            "input; expected '}' (column 16)");
  EXPECT_EQ(read_error("{\"confidence\":1e999}"),
            "in.jsonl:1: invalid JSON: number overflow parsing '1e999'");
}

TEST(JsonlReaderTest, LeavesOutLongLastReadOfBrokenJson) {
  const std::string message =
      read_error("{\"type\":\"claim\",\"text\":\"" + std::string(1000, 'x') + "\n");
  EXPECT_LT(message.size(), 200u) << message;
  EXPECT_TRUE(message.starts_with("in.jsonl:1: invalid JSON: ")) << message;
}

TEST(JsonlReaderTest, QuotesLongBadValuesShortly) {
  const std::string kind(500, 'k');
  const std::string message =
      read_error("{\"type\":\"entity\",\"name\":\"N\",\"kind\":\"" + kind + "\"}");
  EXPECT_EQ(message, "in.jsonl:1: entity kind \"" + std::string(60, 'k') +
                         "...\" is not one of person, organization, media, place, group, other");
}

TEST(JsonlReaderTest, QuotesControlCharactersEscaped) {
  EXPECT_EQ(read_error(R"({"type":"cla\tim"})"), R"(in.jsonl:1: unknown type "cla\tim")");
}

TEST(JsonlReaderTest, RejectsDeepNestingBeforeParsing) {
  const std::string deep =
      "{\"type\":\"claim\",\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(read_error("\n" + deep + "\n"), "in.jsonl:2: JSON nests deeper than 64 levels");
  // Brackets inside strings, even after an escaped quote, do not count.
  const std::string in_string =
      R"({"type":"claim","key":"k","text":"\"[[[)" + std::string(200, '{') + "\"}";
  ASSERT_EQ(read_ok(in_string).size(), 1u);
  // 64 levels are still allowed.
  const std::string at_limit =
      "{\"type\":\"claim\",\"key\":\"k\",\"text\":\"t\",\"x\":" + std::string(63, '[') +
      std::string(63, ']') + "}";
  EXPECT_EQ(read_ok(at_limit).size(), 1u);
}

TEST(JsonlReaderTest, RejectsDuplicateKeysInOneObject) {
  EXPECT_EQ(read_error("\n" R"({"type":"claim","key":"k","text":"a","text":"b"})"),
            R"(in.jsonl:2: duplicate key "text" in one object)");
  EXPECT_EQ(read_error(R"({"type":"claim","key":"k","text":"t","x":{"a":1,"b":2,"a":3}})"),
            R"(in.jsonl:1: duplicate key "a" in one object)");
  EXPECT_EQ(read_error(R"({"type":"claim","type":"claim","key":"k","text":"t"})"),
            R"(in.jsonl:1: duplicate key "type" in one object)");
  // The same key in sibling or nested objects is not a duplicate.
  EXPECT_EQ(read_ok(R"({"type":"claim","key":"k","text":"t","x":[{"key":1},{"key":{"key":2}}]})")
                .size(),
            1u);
}

TEST(JsonlReaderTest, RejectsOverlongStrings) {
  const std::string text(64 * 1024 + 1, 'x');
  EXPECT_EQ(read_error("{\"type\":\"claim\",\"key\":\"k\",\"text\":\"" + text + "\"}"),
            "in.jsonl:1: field \"text\" is longer than 64 KiB");
  EXPECT_EQ(read_error("{\"type\":\"entity\",\"name\":\"" + text + "\"}"),
            "in.jsonl:1: field \"name\" is longer than 64 KiB");
  EXPECT_EQ(read_error("{\"type\":\"entity\",\"name\":\"n\",\"aliases\":[\"" + text + "\"]}"),
            "in.jsonl:1: an element of field \"aliases\" is longer than 64 KiB");
  const std::string at_limit(64 * 1024, 'x');
  EXPECT_EQ(read_ok("{\"type\":\"claim\",\"key\":\"k\",\"text\":\"" + at_limit + "\"}").size(), 1u);
}

TEST(JsonlReaderTest, RejectsOverlongLine) {
  const std::string padding(16 * 1024 * 1024, ' ');
  EXPECT_EQ(read_error("{\"type\":\"entity\",\"name\":\"A\"}\n{\"type\":\"entity\"," + padding +
                       "\"name\":\"B\"}\n"),
            "in.jsonl:2: line is longer than 16 MiB");
}

TEST(JsonlReaderTest, UsesSourceNameInErrors) {
  std::istringstream in("{\"type\":\"claimx\"}\n");
  const Result<RecordList> result = read_jsonl(in, "data/bad file.jsonl");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "data/bad file.jsonl:1: unknown type \"claimx\"");
}

TEST(JsonlReaderTest, RoundTripsEveryRecordType) {
  const std::vector<Record> records = {
      Article{.key = "ua-2022-12-19",
              .title = "Пєсков: «ні»",
              .url = "https://x.test/ü?a=1&b=2",
              .outlet = "Straße Zeitung",
              .published = "2022-12-19",
              .text_sha256 = "00ff"},
      article("only-key"),
      Entity{.name = "Recep Tayyip Erdoğan",
             .kind = EntityKind::kPerson,
             .aliases = {"Erdoğan", "Ердоган", "エルドアン"},
             .description = "line\nbreak \"q\""},
      entity("Plain"),
      entity("Ministry", EntityKind::kOrganization),
      entity("Wire", EntityKind::kMedia),
      entity("Minsk", EntityKind::kPlace),
      entity("Crowd", EntityKind::kGroup),
      Claim{.key = "c-ü", .text = "Мост закрыт 🚧\ttab", .about = {"Мост", "Kyiv"}},
      claim("k", "t"),
      Edge{.rel = Relation::kAsserts,
           .from = "Erdoğan",
           .to = "c-ü",
           .provenance = {.article = "ua-2022-12-19",
                          .date = "2000-02-29",
                          .quote = "«Так», — сказав він",
                          .confidence = 0.1,
                          .rule = "said-that"}},
      edge(Relation::kDenies, "a", "b", 1.0 / 3.0),
      edge(Relation::kReportedBy, "c", "Wire", 0.0),
      edge(Relation::kAbout, "c", "Minsk"),
  };
  for (const Record& record : records) {
    const std::string line = to_jsonl_line(record);
    const RecordList read = read_ok(line + "\n");
    ASSERT_EQ(read.size(), 1u) << line;
    EXPECT_EQ(read[0].record, record) << line;
  }
}

}  // namespace
}  // namespace claimgraph::core
