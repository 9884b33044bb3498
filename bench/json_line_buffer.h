// A large output buffer for writing JSON Lines quickly by hand: raw text, escaped JSON strings
// and numbers, handed to a sink (a file, a string) in big chunks. No JSON library per line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace claimgraph::bench {

// Appends `text` to `out` as a JSON string literal, quotes included: ", \ and control
// characters escaped, other bytes (UTF-8) as they are.
void append_json_string(std::string& out, std::string_view text);

// Collects output and passes it to `sink` whenever more than `capacity` bytes are waiting,
// and on flush(). Not thread-safe. The destructor does not flush: call flush() at the end.
class JsonLineBuffer {
 public:
  using Sink = std::function<void(std::string_view)>;

  explicit JsonLineBuffer(Sink sink, std::size_t capacity = std::size_t{4} << 20);

  void raw(std::string_view text) { buffer_.append(text); }
  void raw(char c) { buffer_.push_back(c); }
  void string(std::string_view text) { append_json_string(buffer_, text); }
  void number(std::uint64_t value);
  // Ends the current line; hands the buffer to the sink if it is full.
  void end_line() {
    buffer_.push_back('\n');
    if (buffer_.size() >= capacity_) flush();
  }
  void flush();

  // Bytes handed to the sink or waiting, since construction.
  std::uint64_t bytes() const { return flushed_ + buffer_.size(); }

 private:
  Sink sink_;
  std::size_t capacity_;
  std::string buffer_;
  std::uint64_t flushed_ = 0;
};

}  // namespace claimgraph::bench
