#include "cli/input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

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

core::Result<std::string> read_input(const std::string& path) {
  auto input = open_input(path);
  if (!input.ok()) return input.error();
  std::ostringstream content;
  content << input->stream().rdbuf();
  if (input->stream().bad()) {
    return core::make_error(core::ErrorCode::kIoError, "cannot read " + path);
  }
  return content.str();
}

}  // namespace claimgraph::cli
