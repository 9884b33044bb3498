#include "cli/json_text.h"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace claimgraph::cli {
namespace {

// The length of the well-formed UTF-8 sequence (Unicode's table 3-7, as nlohmann's decoder
// accepts) that starts with the non-ASCII byte at `text[i]`, or 0 if it is not well formed.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) -> unsigned {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  const auto continues = [](unsigned b, unsigned low, unsigned high) {
    return b >= low && b <= high;
  };
  const unsigned lead = byte(i);
  if (lead >= 0xC2 && lead <= 0xDF) return continues(byte(i + 1), 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned high = lead == 0xED ? 0x9F : 0xBF;
    return continues(byte(i + 1), low, high) && continues(byte(i + 2), 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned high = lead == 0xF4 ? 0x8F : 0xBF;
    return continues(byte(i + 1), low, high) && continues(byte(i + 2), 0x80, 0xBF) &&
                   continues(byte(i + 3), 0x80, 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

// Appends `c`, an ASCII byte, escaped as nlohmann does.
void append_escaped_ascii(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    default: break;
  }
  if (static_cast<unsigned char>(c) < 0x20) {
    constexpr char kHex[] = "0123456789abcdef";
    const auto b = static_cast<unsigned char>(c);
    out += "\\u00";
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
    return;
  }
  out += c;
}

bool needs_escape(unsigned char b) { return b < 0x20 || b == '"' || b == '\\' || b >= 0x80; }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    // Copy the run of bytes that need nothing.
    std::size_t run = i;
    while (run < text.size() && !needs_escape(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text, i, run - i);
    i = run;
    if (i == text.size()) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      append_escaped_ascii(out, text[i++]);
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      // Invalid UTF-8: rare, and its replacement has subtle rules. nlohmann writes it.
      out.resize(start);
      out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out.append(text, i, length);
    i += length;
  }
  out += '"';
}

void append_json_double(std::string& out, std::optional<double> value) {
  if (!value || !std::isfinite(*value)) {
    out += "null";
    return;
  }
  char digits[64];
  const char* end = nlohmann::detail::to_chars(digits, digits + sizeof digits, *value);
  out.append(digits, static_cast<std::size_t>(end - digits));
}

void append_json_count(std::string& out, std::uint64_t value) {
  char digits[24];
  const auto result = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, result.ptr);
}

void append_json_newline(std::string& out, int depth) {
  out += '\n';
  out.append(static_cast<std::size_t>(2 * depth), ' ');
}

void append_json_strings(std::string& out, const std::vector<std::string>& items, int depth) {
  append_json_array(out, items, depth, [](std::string& to, const std::string& item, int) {
    append_json_string(to, item);
  });
}

std::string& JsonObjectText::key(std::string_view name) {
  out_ += empty_ ? "{" : ",";
  empty_ = false;
  append_json_newline(out_, depth_ + 1);
  out_ += '"';
  out_ += name;
  out_ += "\": ";
  return out_;
}

void JsonObjectText::close() {
  if (empty_) {
    out_ += "{}";
    return;
  }
  append_json_newline(out_, depth_);
  out_ += '}';
}

}  // namespace claimgraph::cli
