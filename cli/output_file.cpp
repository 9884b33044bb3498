#include "cli/output_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <utility>

namespace claimgraph::cli {
namespace {

core::Error write_error(const std::string& path, const std::string& reason) {
  return core::make_error(core::ErrorCode::kIoError, "cannot write " + path + ": " + reason);
}

// True if `path` names something other than a regular file or nothing (a device, a pipe).
bool is_special_file(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  return !error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
         !std::filesystem::is_directory(status);
}

}  // namespace

core::Status write_output(const std::string& path, std::string_view content, std::ostream& out) {
  StreamedOutput output(path, out);
  const core::Result<std::ostream*> stream = output.open();
  if (!stream.ok()) return stream.error();
  (*stream)->write(content.data(), static_cast<std::streamsize>(content.size()));
  return output.commit();
}

StreamedOutput::StreamedOutput(std::string path, std::ostream& out)
    : path_(path == "-" ? "" : std::move(path)), out_(out) {}

StreamedOutput::~StreamedOutput() {
  if (committed_ || temporary_.empty()) return;
  file_.close();
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

core::Result<std::ostream*> StreamedOutput::open() {
  if (path_.empty()) return &out_;
  if (!is_special_file(path_)) temporary_ = path_ + ".tmp";
  file_.open(temporary_.empty() ? path_ : temporary_, std::ios::binary | std::ios::trunc);
  if (!file_) return write_error(path_, std::strerror(errno));
  return &file_;
}

core::Status StreamedOutput::commit() {
  if (path_.empty()) {
    out_.flush();
    if (!out_) return write_error("standard output", std::strerror(errno));
    return core::ok_status();
  }
  file_.close();
  if (!file_) return write_error(path_, std::strerror(errno));
  committed_ = true;
  if (temporary_.empty()) return core::ok_status();
  std::error_code error;
  std::filesystem::rename(temporary_, path_, error);
  if (error) {
    std::filesystem::remove(temporary_, error);
    return write_error(path_, error.message());
  }
  return core::ok_status();
}

}  // namespace claimgraph::cli
