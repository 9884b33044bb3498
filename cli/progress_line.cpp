#include "cli/progress_line.h"

#include <unistd.h>

namespace claimgraph::cli {

bool ProgressLine::due() const {
  return enabled_ && std::chrono::steady_clock::now() - last_ >= std::chrono::milliseconds(200);
}

void ProgressLine::show(const std::string& text, bool now) {
  if (!enabled_ || (!now && !due())) return;
  err_ << "\r\x1b[K" << text << std::flush;  // to the line's start, erase it, write
  drawn_ = true;
  last_ = std::chrono::steady_clock::now();
}

void ProgressLine::clear() {
  if (!drawn_) return;
  err_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

bool ProgressLine::stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace claimgraph::cli
