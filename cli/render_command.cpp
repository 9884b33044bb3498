// `claimgraph render`: draws the claim graph, the neighbourhood of one node, the claims about an
// entity or one claim's neighbourhood, optionally within a date range, as DOT, SVG, PNG or PDF,
// with stance colours and a legend.
#include <iostream>
#include <ostream>
#include <string>

#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/graphviz_renderer.h"
#include "cli/output_file.h"
#include "cli/store_open.h"
#include "core/drawing_builder.h"
#include "core/name_resolver.h"

namespace claimgraph::cli {
namespace {

struct RenderOptions {
  std::string focus;
  std::string about;
  std::string claim;
  core::DateRange dates;
  std::size_t depth = 2;
  std::size_t max_nodes = core::kDefaultMaxNodes;
  std::string format = "dot";
  std::string output;
  bool is_legend_hidden = false;
};

// Says on stderr what --max-nodes left out, so that a partial drawing is never mistaken for
// the whole graph.
void report_omissions(const core::BuiltDrawing& built, bool is_focused, std::ostream& err) {
  if (built.omitted_nodes == 0) return;
  err << "claimgraph: note: drew " << built.drawing.nodes.size() << " of " << built.selected_nodes
      << " nodes (" << (is_focused ? "the nearest" : "the most connected") << "); left out "
      << built.omitted_nodes << " nodes and " << built.omitted_edges
      << " edges: raise --max-nodes or narrow with --focus, --about or --since/--until\n";
}

// Resolves --focus, --about and --claim into `drawing`.
core::Status resolve_selection(const core::GraphStore& store, const RenderOptions& options,
                               core::DrawingOptions& drawing) {
  if (!options.focus.empty()) {
    auto focus = core::resolve_node(store, options.focus);
    if (!focus.ok()) return focus.error();
    if (focus->kind == core::NodeKind::kArticle) {
      return core::make_error(
          core::ErrorCode::kInvalidInput,
          "cannot focus on article \"" + options.focus + "\": render draws entities and claims");
    }
    drawing.focus = *focus;
  }
  if (!options.about.empty()) {
    auto about = core::resolve_entity(store, options.about);
    if (!about.ok()) return about.error();
    drawing.about = core::NodeId{core::NodeKind::kEntity, *about};
  }
  if (!options.claim.empty()) {
    auto claim = core::resolve_claim(store, options.claim);
    if (!claim.ok()) return claim.error();
    drawing.claim = core::NodeId{core::NodeKind::kClaim, *claim};
  }
  return core::ok_status();
}

core::Status run_render(const RenderOptions& options, const GlobalOptions& global,
                        std::ostream& out) {
  auto store = open_store_for_reading(global);
  if (!store.ok()) return store.error();
  core::DrawingOptions drawing_options{.focus = std::nullopt,
                                       .depth = options.depth,
                                       .max_nodes = options.max_nodes,
                                       .has_legend = !options.is_legend_hidden,
                                       .about = std::nullopt,
                                       .claim = std::nullopt,
                                       .dates = options.dates};
  CLAIMGRAPH_RETURN_IF_ERROR(resolve_selection(**store, options, drawing_options));
  auto built = core::build_drawing(**store, drawing_options);
  if (!built.ok()) return built.error();
  auto rendered = render_drawing(built->drawing, options.format);
  if (!rendered.ok()) return rendered.error();
  report_omissions(*built, drawing_options.focus.has_value(), std::cerr);
  return write_output(options.output, *rendered, out);
}

}  // namespace

void setup_render_command(CLI::App& app, CommandSet& commands) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* render = app.add_subcommand(
      "render", "Draw the claim graph (or a node's neighbourhood) as DOT, SVG, PNG or PDF");
  CLI::Option* focus =
      render
          ->add_option("--focus", options->focus,
                       "Draw only the neighbourhood of this entity (name or alias) or claim key")
          ->type_name("NAME-or-KEY");
  CLI::Option* about =
      render
          ->add_option("--about", options->about,
                       "Draw only the claims about this entity, with who asserts or denies them, "
                       "who reported them and what else they are about (with --focus: those "
                       "within --depth of the focus)")
          ->type_name("NAME");
  render
      ->add_option("--claim", options->claim,
                   "Draw only this claim (key or text), who asserts or denies it, who reported it "
                   "and what it is about")
      ->type_name("KEY-or-TEXT")
      ->excludes(focus)
      ->excludes(about);
  add_date_options(render, options->dates, "statements and reports");
  render
      ->add_option("--depth", options->depth,
                   "With --focus: how many edges away from it, in either direction")
      ->type_name("N")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  render
      ->add_option("--max-nodes", options->max_nodes,
                   "Draw at most N nodes: the nearest with --focus, else the most connected")
      ->type_name("N")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  render->add_option("--format", options->format, "Output format")
      ->type_name("FORMAT")
      ->capture_default_str()
      ->check(CLI::IsMember({"dot", "svg", "png", "pdf"}));
  render
      ->add_option("-o,--output", options->output,
                   "Write to FILE (replaced only once complete) instead of stdout")
      ->type_name("FILE");
  render->add_flag("--no-legend", options->is_legend_hidden, "Leave out the legend");
  render->footer(
      "Examples:\n"
      "  claimgraph render --format svg -o graph.svg\n"
      "  claimgraph render --focus Peskov --depth 1 --format png -o peskov.png\n"
      "  claimgraph render --about Belarus --format svg -o belarus.svg\n"
      "  claimgraph render --claim putin-drag-belarus --format png -o claim.png\n"
      "  claimgraph render --about Belarus --since 2022-12-01 --until 2022-12-31\n"
      "  claimgraph render | dot -Tpdf -o graph.pdf");
  commands.add(render, [options, global = commands.global_ptr()](std::ostream& out) {
    return run_render(*options, *global, out);
  });
}

}  // namespace claimgraph::cli
