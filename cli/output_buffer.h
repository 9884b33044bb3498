// A large write buffer in front of an output stream, for commands that print many lines:
// text is appended to a string and written to the stream a megabyte at a time, instead of
// one small write per line or field through the stream.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace claimgraph::cli {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out) {}
  ~OutputBuffer() { flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  // What is appended here goes to the stream on the next flush.
  std::string& text() { return text_; }

  // Writes the text to the stream once it holds a megabyte or more.
  void flush_if_full() {
    if (text_.size() >= kFlushAt) flush();
  }
  void flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = std::size_t{1} << 20;
  std::ostream& out_;
  std::string text_;
};

}  // namespace claimgraph::cli
