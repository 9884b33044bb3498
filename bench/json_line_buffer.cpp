#include "bench/json_line_buffer.h"

#include <charconv>

namespace claimgraph::bench {
namespace {

bool needs_escape(char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\'; }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!needs_escape(c)) continue;
    out.append(text.substr(start, i - start));
    start = i + 1;
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '\r':
        out.append("\\r");
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const auto byte = static_cast<unsigned char>(c);
        out.append("\\u00");
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0xF]);
      }
    }
  }
  out.append(text.substr(start));
  out.push_back('"');
}

JsonLineBuffer::JsonLineBuffer(Sink sink, std::size_t capacity)
    : sink_(std::move(sink)), capacity_(capacity) {
  buffer_.reserve(capacity_ + (std::size_t{64} << 10));
}

void JsonLineBuffer::number(std::uint64_t value) {
  char digits[24];
  const auto result = std::to_chars(digits, digits + sizeof digits, value);
  buffer_.append(digits, result.ptr);
}

void JsonLineBuffer::flush() {
  if (buffer_.empty()) return;
  sink_(buffer_);
  flushed_ += buffer_.size();
  buffer_.clear();
}

}  // namespace claimgraph::bench
