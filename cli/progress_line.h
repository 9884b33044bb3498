// cli/progress_line.h: one line on stderr, rewritten in place, that says how far a long
// command has got ("import: 1200000 records read, 310 of 737 MB"). Shown only when stderr is a
// terminal, at most five times a second, and erased when the work is done, so that scripts,
// pipes and tests see nothing of it.
#pragma once

#include <chrono>
#include <ostream>
#include <string>

namespace claimgraph::cli {

class ProgressLine {
 public:
  // `enabled`: whether to draw at all (ProgressLine::stderr_is_terminal() for real use).
  ProgressLine(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}
  ~ProgressLine() { clear(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Whether a redraw is due (enabled, and 200 ms since the last one): lets a caller skip
  // making the text.
  bool due() const;
  // Replaces the line with `text` if a redraw is due, or always when `now` is set.
  void show(const std::string& text, bool now = false);
  // Erases the line.
  void clear();

  static bool stderr_is_terminal();

 private:
  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace claimgraph::cli
