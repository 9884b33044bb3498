// JSON text written straight into a string, byte for byte as nlohmann::json's
// dump(2, ' ', false, error_handler_t::replace) lays it out, for outputs too big to build as
// nlohmann documents first (`said` and `disputed` on a big store).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::cli {

// `text` as a quoted JSON string: escapes as nlohmann's do, invalid UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view text);

// `value` as nlohmann writes a floating-point number ("null" when not finite, or nullopt),
// and an unsigned integer.
void append_json_double(std::string& out, std::optional<double> value);
void append_json_count(std::string& out, std::uint64_t value);

// A line break and the indent of `depth` levels (two spaces each).
void append_json_newline(std::string& out, int depth);

// An array whose "[" sits at `depth` levels in; `append_item(out, item, depth + 1)` writes
// each item ("[]" when there is none).
template <class Item, class AppendItem>
void append_json_array(std::string& out, const std::vector<Item>& items, int depth,
                       AppendItem append_item) {
  if (items.empty()) {
    out += "[]";
    return;
  }
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out += ',';
    append_json_newline(out, depth + 1);
    append_item(out, items[i], depth + 1);
  }
  append_json_newline(out, depth);
  out += ']';
}

// An array of strings whose "[" sits at `depth` levels in.
void append_json_strings(std::string& out, const std::vector<std::string>& items, int depth);

// An object whose "{" sits at `depth` levels in, written one field at a time: key() writes the
// separator, the indent and the key, and the caller then appends the value. close() writes
// the "}" ("{}" when no field was written).
class JsonObjectText {
 public:
  JsonObjectText(std::string& out, int depth) : out_(out), depth_(depth) {}
  std::string& key(std::string_view name);  // `name` needs no escaping
  void close();

 private:
  std::string& out_;
  int depth_;
  bool empty_ = true;
};

}  // namespace claimgraph::cli
