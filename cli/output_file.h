// Writing a command's output to a file without ever leaving a half-written file (write to
// FILE.tmp, then rename), or to stdout when no file is given. A path that is not a regular
// file (/dev/null, /dev/stdout, a pipe) is written in place: renaming over it would replace a
// device with a file.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "core/result.h"

namespace claimgraph::cli {

// Writes `content` to `path`, or to `out` when `path` is empty or "-".
// kIoError naming the file if it cannot be written.
core::Status write_output(const std::string& path, std::string_view content, std::ostream& out);

}  // namespace claimgraph::cli
