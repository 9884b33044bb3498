// Writing a command's output to a file without ever leaving a half-written file (write to
// FILE.tmp, then rename), or to stdout when no file is given. A path that is not a regular
// file (/dev/null, /dev/stdout, a pipe) is written in place: renaming over it would replace a
// device with a file.
#pragma once

#include <fstream>
#include <iosfwd>
#include <string>
#include <string_view>

#include "core/result.h"

namespace claimgraph::cli {

// Writes `content` to `path`, or to `out` when `path` is empty or "-".
// kIoError naming the file if it cannot be written.
core::Status write_output(const std::string& path, std::string_view content, std::ostream& out);

// The same for output too big to hold: written piece by piece to FILE.tmp, renamed by
// commit(); dropped (FILE untouched) if commit() is never reached. To stdout it goes as it
// comes, so a failure halfway leaves the part before it there (and a non-zero exit).
class StreamedOutput {
 public:
  StreamedOutput(std::string path, std::ostream& out);
  ~StreamedOutput();  // removes FILE.tmp unless committed
  StreamedOutput(const StreamedOutput&) = delete;
  StreamedOutput& operator=(const StreamedOutput&) = delete;

  // Where to write: kIoError naming the file if it cannot be created.
  core::Result<std::ostream*> open();
  // Finishes the output; kIoError naming the file if any write failed.
  core::Status commit();

 private:
  std::string path_;  // "" for `out`
  std::string temporary_;  // "" when writing in place
  std::ostream& out_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace claimgraph::cli
