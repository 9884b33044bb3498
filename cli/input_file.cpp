#include "cli/input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <string>

namespace claimgraph::cli {

std::istream& InputFile::stream() { return file_ ? *file_ : std::cin; }

core::Result<InputFile> open_input(const std::string& path) {
  if (path == "-") return InputFile();
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) {
    return core::make_error(core::ErrorCode::kNotFound, "cannot read " + path + ": no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "cannot read " + path + ": it is a directory");
  }
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    return core::make_error(core::ErrorCode::kIoError,
                            "cannot read " + path + ": " + std::strerror(errno));
  }
  return InputFile(std::move(file));
}

core::Result<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  auto input = open_input(path);
  if (!input.ok()) return input.error();
  std::istream& stream = input->stream();
  std::string content;
  char chunk[1 << 16];
  while (stream.read(chunk, sizeof chunk) || stream.gcount() > 0) {
    if (content.size() + static_cast<std::size_t>(stream.gcount()) > max_bytes) {
      return core::make_error(core::ErrorCode::kInvalidInput,
                              path + ": larger than " + std::to_string(max_bytes >> 20) + " MiB");
    }
    content.append(chunk, static_cast<std::size_t>(stream.gcount()));
  }
  if (stream.bad()) return core::make_error(core::ErrorCode::kIoError, "cannot read " + path);
  return content;
}

}  // namespace claimgraph::cli
