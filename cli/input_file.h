// Opening a file argument for reading, or standard input for "-", with clear errors for a
// missing file, a directory or an unreadable file.
#pragma once

#include <cstddef>
#include <fstream>
#include <istream>
#include <memory>
#include <string>

#include "core/result.h"

namespace claimgraph::cli {

class InputFile {
 public:
  explicit InputFile(std::unique_ptr<std::ifstream> file) : file_(std::move(file)) {}
  InputFile() = default;  // standard input

  std::istream& stream();

 private:
  std::unique_ptr<std::ifstream> file_;
};

// Opens `path` ("-": standard input). kNotFound: `cannot read FILE: no such file`;
// kInvalidInput for a directory; kIoError when it cannot be opened.
core::Result<InputFile> open_input(const std::string& path);

// Reads all of `path` ("-": standard input) into a string, with the errors of open_input;
// kInvalidInput `FILE: larger than N MiB` rather than read more than `max_bytes`.
core::Result<std::string> read_input(const std::string& path, std::size_t max_bytes);

}  // namespace claimgraph::cli
