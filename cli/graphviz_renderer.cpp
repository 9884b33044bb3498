#include "cli/graphviz_renderer.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace claimgraph::cli {
namespace {

using core::Drawing;
using core::NodeStyle;
using core::Relation;

// Graphviz's functions, from its libraries opened when the first drawing is rendered. Linked,
// its seven shared libraries were loaded and bound by every claimgraph process, a tenth of a
// one-claim query (issue #5), and only render uses them. CLAIMGRAPH_GVC_LIBRARY and
// CLAIMGRAPH_CGRAPH_LIBRARY are the libraries' sonames (cli/CMakeLists.txt).
struct Graphviz {
  decltype(&::agopen) agopen = nullptr;
  decltype(&::agclose) agclose = nullptr;
  decltype(&::agwrite) agwrite = nullptr;
  decltype(&::agnode) agnode = nullptr;
  decltype(&::agedge) agedge = nullptr;
  decltype(&::agsubg) agsubg = nullptr;
  decltype(&::agsafeset) agsafeset = nullptr;
  decltype(&::agseterrf) agseterrf = nullptr;
  decltype(&::gvContext) gvContext = nullptr;
  decltype(&::gvFreeContext) gvFreeContext = nullptr;
  decltype(&::gvLayout) gvLayout = nullptr;
  decltype(&::gvFreeLayout) gvFreeLayout = nullptr;
  decltype(&::gvRenderData) gvRenderData = nullptr;
  decltype(&::gvFreeRenderData) gvFreeRenderData = nullptr;
  Agdesc_t directed{};  // Agdirected
  std::string error;    // why Graphviz could not be loaded; empty if it was
};

template <typename Function>
void bind(void* library, const char* name, Function& function, std::string& error) {
  void* symbol = ::dlsym(library, name);
  if (symbol == nullptr && error.empty()) error = std::string("no symbol ") + name;
  function = reinterpret_cast<Function>(symbol);
}

Graphviz load_graphviz() {
  Graphviz g;
  // RTLD_GLOBAL, as when linked: Graphviz's plugins find its functions there.
  void* cgraph = ::dlopen(CLAIMGRAPH_CGRAPH_LIBRARY, RTLD_NOW | RTLD_GLOBAL);
  void* gvc = cgraph == nullptr ? nullptr : ::dlopen(CLAIMGRAPH_GVC_LIBRARY, RTLD_NOW | RTLD_GLOBAL);
  if (gvc == nullptr) {
    const char* reason = ::dlerror();
    g.error = reason == nullptr ? "cannot load Graphviz" : reason;
    return g;
  }
  bind(cgraph, "agopen", g.agopen, g.error);
  bind(cgraph, "agclose", g.agclose, g.error);
  bind(cgraph, "agwrite", g.agwrite, g.error);
  bind(cgraph, "agnode", g.agnode, g.error);
  bind(cgraph, "agedge", g.agedge, g.error);
  bind(cgraph, "agsubg", g.agsubg, g.error);
  bind(cgraph, "agsafeset", g.agsafeset, g.error);
  bind(cgraph, "agseterrf", g.agseterrf, g.error);
  bind(gvc, "gvContext", g.gvContext, g.error);
  bind(gvc, "gvFreeContext", g.gvFreeContext, g.error);
  bind(gvc, "gvLayout", g.gvLayout, g.error);
  bind(gvc, "gvFreeLayout", g.gvFreeLayout, g.error);
  bind(gvc, "gvRenderData", g.gvRenderData, g.error);
  bind(gvc, "gvFreeRenderData", g.gvFreeRenderData, g.error);
  const auto* directed = static_cast<const Agdesc_t*>(::dlsym(cgraph, "Agdirected"));
  if (directed == nullptr && g.error.empty()) g.error = "no symbol Agdirected";
  if (directed != nullptr) g.directed = *directed;
  return g;
}

// Graphviz, loaded on the first call (the libraries stay loaded until exit).
const Graphviz& gv() {
  static const Graphviz graphviz = load_graphviz();
  return graphviz;
}

// Graphviz reports errors through a global callback; we collect them into this message.
std::string* graphviz_messages = nullptr;

int collect_graphviz_message(char* message) {
  if (graphviz_messages != nullptr) *graphviz_messages += message;
  return 0;
}

// Installs collect_graphviz_message for the lifetime of the object.
class GraphvizMessages {
 public:
  GraphvizMessages() : previous_(gv().agseterrf(collect_graphviz_message)) {
    graphviz_messages = &text_;
  }
  ~GraphvizMessages() {
    gv().agseterrf(previous_);
    graphviz_messages = nullptr;
  }
  GraphvizMessages(const GraphvizMessages&) = delete;
  GraphvizMessages& operator=(const GraphvizMessages&) = delete;

  // The messages so far on one line, or `fallback` if there were none.
  std::string text_or(std::string fallback) const {
    std::string line = text_;
    std::replace(line.begin(), line.end(), '\n', ' ');
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line.empty() ? fallback : line;
  }

 private:
  agusererrf previous_;
  std::string text_;
};

struct ContextDeleter {
  void operator()(GVC_t* context) const { gv().gvFreeContext(context); }
};
struct GraphDeleter {
  void operator()(Agraph_t* graph) const { gv().agclose(graph); }
};

// Frees a layout, if one was made, before its graph is closed.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* context, Agraph_t* graph) : context_(context), graph_(graph) {}
  ~LayoutGuard() {
    if (is_laid_out) gv().gvFreeLayout(context_, graph_);
  }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

  bool is_laid_out = false;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

// Text for a plain Graphviz label showing `text` literally. Graphviz reads backslash escapes
// in labels ("\n", "\l", "\N", "\G"...), so a backslash is doubled; a line break becomes the
// "\n" escape; other control characters become spaces. cgraph quotes the result itself.
std::string label_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      continue;
    } else if ((static_cast<unsigned char>(c) < 0x20) || c == '\x7f') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Sets attribute `name` of a graph, node or edge; cgraph copies and quotes the strings.
void set(void* object, std::string name, std::string value) {
  std::string no_default;
  gv().agsafeset(object, name.data(), value.data(), no_default.data());
}

using Attributes = std::map<std::string, std::string>;

void set_all(void* object, const Attributes& attributes) {
  for (const auto& [name, value] : attributes) set(object, name, value);
}

Attributes node_look(NodeStyle style) {
  switch (style) {
    case NodeStyle::kPerson:
      return {{"shape", "ellipse"}, {"style", "filled"}, {"fillcolor", "#dbe9f6"}};
    case NodeStyle::kOrganization:
      return {{"shape", "box"}, {"style", "filled"}, {"fillcolor", "#e4e0f4"}};
    case NodeStyle::kGroup:
      return {{"shape", "hexagon"}, {"style", "filled"}, {"fillcolor", "#dff0ee"}};
    case NodeStyle::kOtherEntity:
      return {{"shape", "ellipse"}, {"style", "dashed"}};
    case NodeStyle::kOutlet:
      return {{"shape", "folder"}, {"style", "filled"}, {"fillcolor", "#d9d9d9"}};
    case NodeStyle::kPlace:
      return {{"shape", "house"}, {"style", "filled"}, {"fillcolor", "#e6f4e6"}};
    case NodeStyle::kClaim:
      return {{"shape", "box"}, {"style", "rounded,filled"}, {"fillcolor", "#fff7c0"}};
  }
  return {};
}

Attributes edge_look(Relation relation) {
  switch (relation) {
    case Relation::kAsserts:
      return {{"color", "#2e7d32"}, {"fontcolor", "#2e7d32"}, {"penwidth", "1.6"}};
    case Relation::kDenies:
      return {{"color", "#c62828"},
              {"fontcolor", "#c62828"},
              {"penwidth", "1.6"},
              {"arrowhead", "tee"}};
    case Relation::kReportedBy:
      return {{"color", "#757575"}, {"fontcolor", "#757575"}, {"style", "dashed"}};
    case Relation::kAbout:
      return {{"color", "#a0a0a0"},
              {"fontcolor", "#808080"},
              {"penwidth", "0.7"},
              {"arrowsize", "0.6"}};
  }
  return {};
}

Agnode_t* add_node(Agraph_t* graph, std::string id, std::string_view label, NodeStyle style) {
  Agnode_t* node = gv().agnode(graph, id.data(), 1);
  set_all(node, node_look(style));
  set(node, "label", label_text(label));
  return node;
}

// A cluster with one node per node style and one edge per relation.
void add_legend(Agraph_t* graph) {
  std::string name = "cluster_legend";
  Agraph_t* legend = gv().agsubg(graph, name.data(), 1);
  set_all(legend, {{"label", "legend"}, {"style", "dashed"}, {"color", "#b0b0b0"}});
  for (const NodeStyle style : core::kAllNodeStyles) {
    add_node(legend, "legend_node_" + std::to_string(static_cast<int>(style)),
             core::node_style_name(style), style);
  }
  for (const Relation relation :
       {Relation::kAsserts, Relation::kDenies, Relation::kReportedBy, Relation::kAbout}) {
    const std::string id = "legend_edge_" + std::to_string(static_cast<int>(relation));
    Agnode_t* tail = add_node(legend, id + "_from", "", NodeStyle::kOtherEntity);
    Agnode_t* head = add_node(legend, id + "_to", "", NodeStyle::kOtherEntity);
    for (Agnode_t* end : {tail, head}) {
      set_all(end, {{"shape", "point"}, {"width", "0.05"}, {"style", "solid"}});
    }
    Agedge_t* edge = gv().agedge(legend, tail, head, nullptr, 1);
    set_all(edge, edge_look(relation));
    set(edge, "label", std::string(core::relation_name(relation)));
  }
}

// Builds the cgraph graph of `drawing` into `graph`.
void add_drawing(Agraph_t* graph, const Drawing& drawing) {
  set_all(graph, {{"rankdir", "LR"}, {"charset", "UTF-8"}});
  std::map<std::string, Agnode_t*, std::less<>> nodes;
  for (const core::DrawingNode& node : drawing.nodes) {
    Agnode_t* added = add_node(graph, node.id, node.label, node.style);
    if (node.is_focus) set(added, "penwidth", "2.5");
    nodes.emplace(node.id, added);
  }
  for (const core::DrawingEdge& edge : drawing.edges) {
    const auto from = nodes.find(edge.from);
    const auto to = nodes.find(edge.to);
    if (from == nodes.end() || to == nodes.end()) continue;  // a Drawing never has these
    Agedge_t* added = gv().agedge(graph, from->second, to->second, nullptr, 1);
    set_all(added, edge_look(edge.relation));
    if (!edge.label.empty()) {
      set_all(added, {{"label", label_text(edge.label)}, {"fontsize", "9"}});
    }
  }
  if (drawing.has_legend) add_legend(graph);
}

// The graph as DOT, as cgraph writes it (quoting every string itself), without laying it out:
// gvRenderData's DOT writers need a layout, which the user's own `dot` run will make.
core::Result<std::string> write_dot(Agraph_t* graph, const GraphvizMessages& messages) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) {
    return core::make_error(core::ErrorCode::kInternal, "cannot write DOT: out of memory");
  }
  const int written = gv().agwrite(graph, stream);
  const int closed = std::fclose(stream);
  std::string dot = buffer == nullptr ? std::string() : std::string(buffer, size);
  std::free(buffer);
  if (written != 0 || closed != 0) {
    return core::make_error(core::ErrorCode::kInternal,
                            "graphviz could not write DOT: " + messages.text_or("no reason given"));
  }
  return dot;
}

}  // namespace

core::Result<std::string> render_drawing(const core::Drawing& drawing, std::string_view format) {
  if (std::find(kRenderFormats.begin(), kRenderFormats.end(), format) == kRenderFormats.end()) {
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "unknown render format \"" + std::string(format) + "\"");
  }
  if (!gv().error.empty()) {
    return core::make_error(core::ErrorCode::kInternal, "cannot load Graphviz: " + gv().error);
  }
  GraphvizMessages messages;
  // One context per process, freed at exit: Graphviz 2.42's pango plugin keeps a pointer to
  // a font name owned by the context, so a second context would read freed memory.
  static const std::unique_ptr<GVC_t, ContextDeleter> context(gv().gvContext());
  std::string name = "claimgraph";
  std::unique_ptr<Agraph_t, GraphDeleter> graph(gv().agopen(name.data(), gv().directed, nullptr));
  if (!context || !graph) {
    return core::make_error(core::ErrorCode::kInternal,
                            "graphviz could not start: " + messages.text_or("out of memory"));
  }
  add_drawing(graph.get(), drawing);

  if (format == "dot") return write_dot(graph.get(), messages);

  LayoutGuard layout(context.get(), graph.get());
  if (gv().gvLayout(context.get(), graph.get(), "dot") != 0) {
    return core::make_error(core::ErrorCode::kInternal, "graphviz could not lay out the graph: " +
                                                            messages.text_or("no reason given"));
  }
  layout.is_laid_out = true;
  char* data = nullptr;
  unsigned int length = 0;
  const std::string renderer(format);
  if (gv().gvRenderData(context.get(), graph.get(), renderer.c_str(), &data, &length) != 0) {
    if (data != nullptr) gv().gvFreeRenderData(data);
    return core::make_error(core::ErrorCode::kInvalidInput,
                            "graphviz cannot render format \"" + std::string(format) +
                                "\": " + messages.text_or("no renderer installed"));
  }
  std::string bytes(data, length);
  gv().gvFreeRenderData(data);
  return bytes;
}

}  // namespace claimgraph::cli
