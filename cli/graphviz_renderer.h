// cli/graphviz_renderer.h: the Graphviz adapter. Turns a core::Drawing into a cgraph graph
// (nodes and edges styled by their class, a legend) and renders it through gvc as DOT, SVG,
// PNG or PDF. The only place that includes <graphviz/...>.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/drawing.h"
#include "core/result.h"

namespace claimgraph::cli {

// The formats render_drawing accepts, for `--format`.
inline constexpr std::array<std::string_view, 4> kRenderFormats = {"dot", "svg", "png", "pdf"};

// Returns `drawing` rendered in `format` (one of kRenderFormats): DOT text (not laid out),
// SVG text, or PNG/PDF bytes. Labels show their text literally, whatever characters it holds.
// kInvalidInput for another format or one Graphviz has no plugin for, kInternal if Graphviz
// fails, with Graphviz's own message. Not thread-safe (Graphviz's error handler is global).
core::Result<std::string> render_drawing(const core::Drawing& drawing, std::string_view format);

}  // namespace claimgraph::cli
