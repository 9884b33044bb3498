// The fast path of the JSON Lines reader (core/jsonl_reader.h), for the lines a big import is
// made of: a well-formed record with only the fields FORMAT.md names, each once, of the right
// type and valid. Such a line is read with RapidJSON into the record the checking reader would
// give. Any other line (broken JSON, an unknown or repeated field, a bad value, a long string)
// gives nullopt, and the checking reader reads it again and says what is wrong: this path
// never words an error.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "core/record.h"

namespace claimgraph::core {

class FastRecordReader {
 public:
  FastRecordReader();
  ~FastRecordReader();
  FastRecordReader(const FastRecordReader&) = delete;
  FastRecordReader& operator=(const FastRecordReader&) = delete;

  // The record of `line` (one line, without its '\n'), or nullopt: read it the checking way.
  std::optional<Record> read(std::string_view line);

 private:
  struct Parser;  // RapidJSON's DOM and its memory, kept out of this header
  std::unique_ptr<Parser> parser_;
};

}  // namespace claimgraph::core
