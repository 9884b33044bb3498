// core/drawing.h: the Drawing model: which nodes and edges a rendering of the claim graph shows
// and how each one looks (a style class, not colours). Pure data: the Graphviz adapter in
// cli/graphviz_renderer.h turns it into DOT/SVG/PNG/PDF, so it can be tested without Graphviz.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "core/entity.h"
#include "core/node_id.h"
#include "core/relation.h"

namespace claimgraph::core {

// How a node looks. Entities of kind media draw as outlets.
enum class NodeStyle { kPerson, kOrganization, kGroup, kOtherEntity, kOutlet, kPlace, kClaim };

// Every style, in legend order.
inline constexpr NodeStyle kAllNodeStyles[] = {
    NodeStyle::kPerson, NodeStyle::kOrganization, NodeStyle::kGroup, NodeStyle::kOtherEntity,
    NodeStyle::kOutlet, NodeStyle::kPlace,        NodeStyle::kClaim};

// "person", "organization", "group", "other", "media outlet", "place" or "claim": the style's
// name in a legend.
std::string_view node_style_name(NodeStyle style);

// The style of an entity of `kind` (kMedia gives kOutlet).
NodeStyle node_style_for(EntityKind kind);

struct DrawingNode {
  std::string id;     // stable and plain ("E12", "C7"): see drawing_node_id
  std::string label;  // valid UTF-8 shown literally; '\n' separates lines
  NodeStyle style = NodeStyle::kOtherEntity;
  bool is_focus = false;  // the node a focused drawing is centred on

  bool operator==(const DrawingNode&) const = default;
};

struct DrawingEdge {
  std::string from;  // DrawingNode::id of each end, in the stored direction
  std::string to;
  Relation relation = Relation::kAsserts;
  std::string label;  // optional, e.g. the dates of the statement; may be empty

  bool operator==(const DrawingEdge&) const = default;
};

struct Drawing {
  std::vector<DrawingNode> nodes;
  std::vector<DrawingEdge> edges;  // both ends are in `nodes`
  bool has_legend = true;
};

// The column width claim texts are wrapped to.
inline constexpr std::size_t kClaimWrapWidth = 30;

// Returns `text` broken into lines of at most `width` characters (grapheme clusters), joined
// by '\n'. Breaks where Unicode allows a line break (after spaces, hyphens, between CJK
// characters); a word longer than `width` is cut between characters, never inside a
// multi-byte character or a cluster. Runs of white space, newlines included, become one
// space; ill-formed UTF-8 becomes U+FFFD. A `width` of 0 is taken as 1. Never fails.
std::string wrap_text(std::string_view text, std::size_t width);

// Returns `text` as well-formed UTF-8: each ill-formed sequence becomes U+FFFD.
std::string to_valid_utf8(std::string_view text);

// The drawing id of `node`: its kind letter and number, e.g. "E12" or "C7".
std::string drawing_node_id(NodeId node);

// The node that draws entity `entity` stored as `id`: its name as label, styled by kind.
DrawingNode entity_drawing_node(std::uint64_t id, const Entity& entity);

// The node that draws claim `claim` stored as `id`: its text wrapped to kClaimWrapWidth (its
// key if the text is empty).
DrawingNode claim_drawing_node(std::uint64_t id, const Claim& claim);

}  // namespace claimgraph::core
