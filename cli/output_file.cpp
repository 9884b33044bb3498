#include "cli/output_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace claimgraph::cli {

core::Status write_output(const std::string& path, std::string_view content, std::ostream& out) {
  if (path.empty() || path == "-") {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return core::ok_status();
  }
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (file) file.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!file) {
      const std::string reason = std::strerror(errno);
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return core::make_error(core::ErrorCode::kIoError, "cannot write " + path + ": " + reason);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    return core::make_error(core::ErrorCode::kIoError,
                            "cannot write " + path + ": " + error.message());
  }
  return core::ok_status();
}

}  // namespace claimgraph::cli
