#include "core/drawing.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace claimgraph::core {
namespace {

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// `text` with every run of white space or control characters made one space, trimmed.
icu::UnicodeString collapse_space(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(c);
  }
  return out;
}

// Offsets (UTF-16 indices) where ICU's `breaker` allows a break in `text`, the end included.
std::vector<int32_t> boundaries(icu::BreakIterator& breaker, const icu::UnicodeString& text) {
  breaker.setText(text);
  std::vector<int32_t> offsets;
  for (int32_t b = breaker.next(); b != icu::BreakIterator::DONE; b = breaker.next()) {
    offsets.push_back(b);
  }
  return offsets;
}

// Greedy line filling over line-break opportunities, measured in grapheme clusters.
class LineFiller {
 public:
  LineFiller(const icu::UnicodeString& text, std::vector<int32_t> clusters, std::size_t width)
      : text_(text), clusters_(std::move(clusters)), width_(width) {}

  // Adds the segment [start, end) between two break opportunities.
  void add_segment(int32_t start, int32_t end) {
    int32_t content_end = end;
    while (content_end > start && text_[content_end - 1] == ' ') --content_end;
    if (line_end_ > line_start_ && columns(line_start_, content_end) <= width_) {
      line_end_ = content_end;
      return;
    }
    flush();
    line_start_ = start;
    // A segment wider than a line is cut between clusters.
    while (columns(line_start_, content_end) > width_) {
      const auto first = std::upper_bound(clusters_.begin(), clusters_.end(), line_start_);
      const int32_t cut = *(first + static_cast<std::ptrdiff_t>(width_) - 1);
      line_end_ = cut;
      flush();
      line_start_ = cut;
    }
    line_end_ = content_end;
  }

  std::string finish() {
    flush();
    return out_;
  }

 private:
  // Grapheme clusters in [start, end).
  std::size_t columns(int32_t start, int32_t end) const {
    const auto first = std::upper_bound(clusters_.begin(), clusters_.end(), start);
    const auto last = std::upper_bound(clusters_.begin(), clusters_.end(), end);
    return static_cast<std::size_t>(last - first);
  }

  void flush() {
    if (line_end_ <= line_start_) return;
    if (!out_.empty()) out_.push_back('\n');
    out_ += to_utf8(text_.tempSubStringBetween(line_start_, line_end_));
    line_start_ = line_end_;
  }

  const icu::UnicodeString& text_;
  const std::vector<int32_t> clusters_;  // end offset of each grapheme cluster
  const std::size_t width_;
  int32_t line_start_ = 0;
  int32_t line_end_ = 0;  // end of the line's content, trailing spaces excluded
  std::string out_;
};

}  // namespace

std::string_view node_style_name(NodeStyle style) {
  switch (style) {
    case NodeStyle::kPerson:
      return "person";
    case NodeStyle::kOrganization:
      return "organization";
    case NodeStyle::kGroup:
      return "group";
    case NodeStyle::kOtherEntity:
      return "other";
    case NodeStyle::kOutlet:
      return "media outlet";
    case NodeStyle::kPlace:
      return "place";
    case NodeStyle::kClaim:
      return "claim";
  }
  return "other";
}

NodeStyle node_style_for(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return NodeStyle::kPerson;
    case EntityKind::kOrganization:
      return NodeStyle::kOrganization;
    case EntityKind::kMedia:
      return NodeStyle::kOutlet;
    case EntityKind::kPlace:
      return NodeStyle::kPlace;
    case EntityKind::kGroup:
      return NodeStyle::kGroup;
    case EntityKind::kOther:
      return NodeStyle::kOtherEntity;
  }
  return NodeStyle::kOtherEntity;
}

std::string to_valid_utf8(std::string_view text) { return to_utf8(from_utf8(text)); }

std::string wrap_text(std::string_view text, std::size_t width) {
  const icu::UnicodeString clean = collapse_space(from_utf8(text));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> lines(
      icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
  std::unique_ptr<icu::BreakIterator> characters(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !lines || !characters) return to_utf8(clean);  // no ICU data

  LineFiller filler(clean, boundaries(*characters, clean), std::max<std::size_t>(width, 1));
  int32_t start = 0;
  for (const int32_t end : boundaries(*lines, clean)) {
    filler.add_segment(start, end);
    start = end;
  }
  return filler.finish();
}

std::string drawing_node_id(NodeId node) {
  return static_cast<char>(node.kind) + std::to_string(node.id);
}

DrawingNode entity_drawing_node(std::uint64_t id, const Entity& entity) {
  return DrawingNode{.id = drawing_node_id({NodeKind::kEntity, id}),
                     .label = to_valid_utf8(entity.name),
                     .style = node_style_for(entity.kind)};
}

DrawingNode claim_drawing_node(std::uint64_t id, const Claim& claim) {
  std::string label = wrap_text(claim.text, kClaimWrapWidth);
  if (label.empty()) label = to_valid_utf8(claim.key);
  return DrawingNode{.id = drawing_node_id({NodeKind::kClaim, id}),
                     .label = std::move(label),
                     .style = NodeStyle::kClaim};
}

}  // namespace claimgraph::core
