// `claimgraph render` through the real store and Graphviz: drawing selection (focus, depth,
// max-nodes, about, claim, since/until), hostile names shown literally, and the command's
// output and errors.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/command.h"
#include "cli/graphviz_renderer.h"
#include "core/drawing_builder.h"
#include "core/name_fold.h"
#include "core/store_graph_neighbourhood.h"
#include "core/write_set.h"
#include "storage/rocks_graph_store.h"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;
using core::EntityKind;
using core::NodeId;
using core::NodeKind;
using core::Relation;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// How Graphviz's SVG writer shows `text`.
std::string xml_escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '-':
        out += "&#45;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A fresh store in its own temporary directory, and a WriteSet to fill it.
class RenderTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("claimgraph_render_test_" + std::to_string(getpid()) + "_" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  NodeId entity(const std::string& name, EntityKind kind) {
    const std::uint64_t id = next_id_++;
    writes_.entities.push_back(
        {id, core::Entity{.name = name, .kind = kind, .aliases = {}, .description = ""}});
    writes_.names.push_back({core::fold_name(name), id});
    return {NodeKind::kEntity, id};
  }
  NodeId claim(const std::string& key, const std::string& text) {
    const std::uint64_t id = next_id_++;
    writes_.claims.push_back({id, core::Claim{.key = key, .text = text, .about = {}}});
    return {NodeKind::kClaim, id};
  }
  void edge(NodeId from, Relation rel, NodeId to, const std::string& date = "") {
    writes_.edges.push_back({.from = from,
                             .rel = rel,
                             .to = to,
                             .article = 0,
                             .date = date,
                             .quote = "",
                             .confidence = std::nullopt,
                             .rule = ""});
  }

  // Writes what was collected and returns the store, open for writing.
  std::unique_ptr<storage::RocksGraphStore> store() {
    writes_.next_id = next_id_;
    auto store = storage::RocksGraphStore::open(db_dir().string(), storage::OpenMode::kReadWrite);
    EXPECT_TRUE(store.ok()) << store.error().message;
    const core::Status applied = (*store)->apply(writes_);
    EXPECT_TRUE(applied.ok()) << applied.error().message;
    return std::move(*store);
  }

  // Runs `claimgraph --db DIR render ARGS...`; returns its status, stdout in `out`, stderr
  // in `err`.
  core::Status run_render(std::vector<std::string> args, std::string& out, std::string& err) {
    CLI::App app;
    cli::CommandSet commands = cli::setup_commands(app);
    args.insert(args.begin(), {"claimgraph", "--db", db_dir().string(), "render"});
    std::vector<const char*> argv;
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    app.parse(static_cast<int>(argv.size()), argv.data());
    std::ostringstream out_stream;
    std::ostringstream err_stream;
    std::streambuf* const saved_err = std::cerr.rdbuf(err_stream.rdbuf());
    core::Status status = commands.run_selected(out_stream);
    std::cerr.rdbuf(saved_err);
    out = out_stream.str();
    err = err_stream.str();
    return status;
  }

  fs::path db_dir() const { return dir_ / "db"; }

  fs::path dir_;
  core::WriteSet writes_;
  std::uint64_t next_id_ = 1;
};

// DrawingOptions set field by field: GCC's -Wmissing-field-initializers refuses designated
// initializers that leave fields out.
class Opts {
 public:
  Opts& focus(NodeId node, std::size_t depth) {
    options_.focus = node;
    options_.depth = depth;
    return *this;
  }
  Opts& max_nodes(std::size_t n) {
    options_.max_nodes = n;
    return *this;
  }
  Opts& about(NodeId entity) {
    options_.about = entity;
    return *this;
  }
  Opts& claim(NodeId claim) {
    options_.claim = claim;
    return *this;
  }
  Opts& dates(std::string since, std::string until) {
    options_.dates = {.since = std::move(since), .until = std::move(until)};
    return *this;
  }
  operator core::DrawingOptions() const { return options_; }  // NOLINT: implicit on purpose

 private:
  core::DrawingOptions options_;
};

std::vector<std::string> node_ids(const core::Drawing& drawing) {
  std::vector<std::string> ids;
  for (const core::DrawingNode& node : drawing.nodes) ids.push_back(node.id);
  return ids;
}

const std::vector<std::string> kHostileNames = {
    "Say \"no\" twice", "<b>not html</b>", "{braces} [and] |pipes|", "back\\slash",
    "ends with \\",     "\\N \\G \\l \\n", "emoji 😀🇺🇦 here",         "Дмитрий Песков",
    "עברית שמאלה",      "مرحبا بالعالم",   "semi;colon = x",
};

TEST_F(RenderTest, HostileNamesRenderLiterallyThroughDot) {
  const NodeId speaker = entity("first line\nsecond line", EntityKind::kPerson);
  NodeId previous = speaker;
  for (const std::string& name : kHostileNames) {
    const NodeId node = entity(name, EntityKind::kOrganization);
    const NodeId said = claim("k" + std::to_string(node.id), name + " said \"hi\" <there>");
    edge(node, Relation::kAsserts, said, "2022-12-19");
    edge(said, Relation::kAbout, previous);
    previous = node;
  }
  auto built = core::build_drawing(*store(), {});
  ASSERT_TRUE(built.ok()) << built.error().message;
  auto dot = cli::render_drawing(built->drawing, "dot");
  ASSERT_TRUE(dot.ok()) << dot.error().message;
  write_file(dir_ / "graph.dot", *dot);

  const std::string command = "/usr/bin/dot -Tsvg '" + (dir_ / "graph.dot").string() + "' -o '" +
                              (dir_ / "graph.svg").string() + "' 2>'" +
                              (dir_ / "dot.err").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << read_file(dir_ / "dot.err") << "\n" << *dot;
  auto direct_svg = cli::render_drawing(built->drawing, "svg");
  ASSERT_TRUE(direct_svg.ok()) << direct_svg.error().message;

  for (const std::string& svg : {read_file(dir_ / "graph.svg"), *direct_svg}) {
    for (const std::string& name : kHostileNames) {
      EXPECT_NE(svg.find(">" + xml_escaped(name) + "</text>"), std::string::npos)
          << "name not shown literally: " << name;
    }
    EXPECT_NE(svg.find(">first line</text>"), std::string::npos);  // a newline breaks the line
    EXPECT_NE(svg.find(">second line</text>"), std::string::npos);
  }
}

TEST_F(RenderTest, FocusAndDepthSelectExactlyTheNeighbourhood) {
  const NodeId peskov = entity("Peskov", EntityKind::kPerson);
  const NodeId ria = entity("RIA Novosti", EntityKind::kMedia);
  const NodeId putin = entity("Putin", EntityKind::kPerson);
  const NodeId belarus = entity("Belarus", EntityKind::kPlace);
  const NodeId isw = entity("ISW", EntityKind::kOrganization);
  const NodeId denied = claim("drag", "Putin will drag Belarus into the war");
  const NodeId asserted = claim("visit", "The visit is routine");
  const NodeId elsewhere = claim("isw", "Unrelated");
  edge(peskov, Relation::kDenies, denied, "2022-12-19");
  edge(denied, Relation::kReportedBy, ria);
  edge(denied, Relation::kAbout, putin);
  edge(putin, Relation::kAsserts, asserted);
  edge(asserted, Relation::kAbout, belarus);
  edge(isw, Relation::kAsserts, elsewhere);
  auto db = store();

  auto ids = [&](NodeId focus, std::size_t depth) {
    auto built = core::build_drawing(*db, Opts().focus(focus, depth));
    EXPECT_TRUE(built.ok()) << built.error().message;
    return node_ids(built->drawing);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids(peskov, 0), V({"E1"}));
  EXPECT_EQ(ids(peskov, 1), V({"C6", "E1"}));
  EXPECT_EQ(ids(peskov, 2), V({"C6", "E1", "E2", "E3"}));
  EXPECT_EQ(ids(peskov, 3), V({"C6", "C7", "E1", "E2", "E3"}));
  EXPECT_EQ(ids(peskov, 9), V({"C6", "C7", "E1", "E2", "E3", "E4"}));
  EXPECT_EQ(ids(asserted, 1), V({"C7", "E3", "E4"}));  // Putin through an in-edge

  auto near = core::neighbourhood(*db, peskov, 2);
  ASSERT_TRUE(near.ok());
  EXPECT_EQ(*near,
            (std::vector<core::NodeAtDepth>{{peskov, 0}, {denied, 1}, {ria, 2}, {putin, 2}}));

  auto built = core::build_drawing(*db, Opts().focus(peskov, 2));
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->drawing.edges,
            (std::vector<core::DrawingEdge>{{"C6", "E2", Relation::kReportedBy, ""},
                                            {"C6", "E3", Relation::kAbout, ""},
                                            {"E1", "C6", Relation::kDenies, "2022-12-19"}}));
  for (const core::DrawingNode& node : built->drawing.nodes) {
    EXPECT_EQ(node.is_focus, node.id == "E1") << node.id;
  }
  EXPECT_EQ(built->omitted_nodes, 0u);
}

TEST_F(RenderTest, MaxNodesKeepsTheMostConnectedAndReportsTheRest) {
  const NodeId a = entity("A", EntityKind::kPerson);
  const NodeId b = entity("B", EntityKind::kPerson);
  const NodeId c = entity("C", EntityKind::kPerson);
  const NodeId d = entity("D", EntityKind::kPerson);
  const NodeId x = claim("x", "X");
  const NodeId y = claim("y", "Y");
  const NodeId z = claim("z", "Z");
  for (const NodeId speaker : {a, b, c, d}) edge(speaker, Relation::kAsserts, x);  // X: 4
  edge(a, Relation::kDenies, y);                                                   // A: 3
  edge(b, Relation::kDenies, y);                                                   // Y, B: 2
  edge(a, Relation::kAsserts, z);
  auto db = store();

  auto built = core::build_drawing(*db, Opts().max_nodes(2));
  ASSERT_TRUE(built.ok()) << built.error().message;
  EXPECT_EQ(node_ids(built->drawing), (std::vector<std::string>{"C5", "E1"}));
  EXPECT_EQ(built->drawing.edges.size(), 1u);
  EXPECT_EQ(built->selected_nodes, 7u);
  EXPECT_EQ(built->omitted_nodes, 5u);
  EXPECT_EQ(built->omitted_edges, 6u);

  auto focused = core::build_drawing(*db, Opts().focus(x, 1).max_nodes(3));
  ASSERT_TRUE(focused.ok());
  EXPECT_EQ(node_ids(focused->drawing), (std::vector<std::string>{"C5", "E1", "E2"}));
  EXPECT_EQ(focused->omitted_nodes, 2u);
  EXPECT_EQ(focused->omitted_edges, 2u);

  auto all = core::build_drawing(*db, {});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->drawing.nodes.size(), 7u);
  EXPECT_EQ(all->omitted_nodes, 0u);
  db.reset();

  std::string out, err;
  const core::Status capped = run_render({"--max-nodes", "2"}, out, err);
  ASSERT_TRUE(capped.ok()) << capped.error().message;
  EXPECT_NE(err.find("drew 2 of 7 nodes"), std::string::npos) << err;
  EXPECT_NE(err.find("left out 5 nodes and 6 edges"), std::string::npos) << err;
  ASSERT_TRUE(run_render({}, out, err).ok());
  EXPECT_EQ(err, "");
}

TEST_F(RenderTest, FormatsStartWithTheirMagic) {
  const NodeId peskov = entity("Peskov", EntityKind::kPerson);
  edge(peskov, Relation::kDenies, claim("c", "A claim"));
  auto built = core::build_drawing(*store(), {});
  ASSERT_TRUE(built.ok());
  auto svg = cli::render_drawing(built->drawing, "svg");
  ASSERT_TRUE(svg.ok()) << svg.error().message;
  EXPECT_TRUE(svg->starts_with("<?xml") || svg->starts_with("<svg")) << svg->substr(0, 40);
  auto png = cli::render_drawing(built->drawing, "png");
  ASSERT_TRUE(png.ok()) << png.error().message;
  EXPECT_TRUE(png->starts_with("\x89PNG"));
  auto pdf = cli::render_drawing(built->drawing, "pdf");
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_TRUE(pdf->starts_with("%PDF"));
  auto dot = cli::render_drawing(built->drawing, "dot");
  ASSERT_TRUE(dot.ok());
  EXPECT_TRUE(dot->starts_with("digraph")) << *dot;
  EXPECT_EQ(cli::render_drawing(built->drawing, "gif").error().code,
            core::ErrorCode::kInvalidInput);
}

TEST_F(RenderTest, DotShowsStanceStylesAndLegend) {
  const NodeId peskov = entity("Peskov", EntityKind::kPerson);
  const NodeId ria = entity("RIA", EntityKind::kMedia);
  const NodeId c = claim("c", "A claim");
  edge(peskov, Relation::kDenies, c);
  edge(peskov, Relation::kAsserts, claim("d", "Another"));
  edge(c, Relation::kReportedBy, ria);
  auto built = core::build_drawing(*store(), {});
  ASSERT_TRUE(built.ok());
  auto dot = cli::render_drawing(built->drawing, "dot");
  ASSERT_TRUE(dot.ok());
  EXPECT_NE(dot->find("#c62828"), std::string::npos);  // denies: red
  EXPECT_NE(dot->find("#2e7d32"), std::string::npos);  // asserts: green
  EXPECT_NE(dot->find("dashed"), std::string::npos);   // reported-by
  EXPECT_NE(dot->find("folder"), std::string::npos);   // the outlet
  EXPECT_NE(dot->find("cluster_legend"), std::string::npos);
  built->drawing.has_legend = false;
  auto bare = cli::render_drawing(built->drawing, "dot");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->find("cluster_legend"), std::string::npos);
}

TEST_F(RenderTest, CommandFocusesByNameAndWritesTheFileWhole) {
  const NodeId peskov = entity("Dmitry Peskov", EntityKind::kPerson);
  const NodeId c = claim("drag", "Putin will drag Belarus into the war");
  edge(peskov, Relation::kDenies, c);
  edge(entity("Elsewhere", EntityKind::kPerson), Relation::kAsserts, claim("e", "Other"));
  store().reset();

  std::string out, err;
  const core::Status focused = run_render({"--focus", "dmitry peskov", "--depth", "1"}, out, err);
  ASSERT_TRUE(focused.ok()) << focused.error().message;
  EXPECT_NE(out.find("Dmitry Peskov"), std::string::npos) << out;
  EXPECT_EQ(out.find("Elsewhere"), std::string::npos) << out;
  ASSERT_TRUE(run_render({"--focus", "drag", "--no-legend"}, out, err).ok());
  EXPECT_NE(out.find("Dmitry Peskov"), std::string::npos) << out;

  const fs::path file = dir_ / "out.svg";
  ASSERT_TRUE(run_render({"--format", "svg", "-o", file.string()}, out, err).ok());
  EXPECT_EQ(out, "");
  EXPECT_TRUE(read_file(file).starts_with("<?xml"));
  EXPECT_FALSE(fs::exists(file.string() + ".tmp"));

  const core::Status unknown = run_render({"--focus", "Nobody"}, out, err);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, core::ErrorCode::kNotFound);
  EXPECT_NE(unknown.error().message.find("Nobody"), std::string::npos);
  EXPECT_THROW(run_render({"--format", "gif"}, out, err), CLI::ValidationError);
  EXPECT_THROW(run_render({"--max-nodes", "0"}, out, err), CLI::ValidationError);
}

// -o on a pipe or device (here a FIFO, standing in for /dev/null) writes into it; renaming a
// temporary file over it would replace the device with a regular file.
TEST_F(RenderTest, OutputToAPipeWritesIntoThePipe) {
  edge(entity("Dmitry Peskov", EntityKind::kPerson), Relation::kDenies, claim("d", "A claim"));
  store().reset();
  const fs::path fifo = dir_ / "pipe";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const fs::path same_fifo = dir_ / "pipe-link";  // reaches the FIFO even if it is renamed over
  fs::create_hard_link(fifo, same_fifo);
  std::string received;
  std::thread reader([&] { received = read_file(fifo); });
  std::string out, err;
  const core::Status rendered = run_render({"--format", "dot", "-o", fifo.string()}, out, err);
  const int unblock = open(same_fifo.c_str(), O_WRONLY | O_NONBLOCK);  // if nothing was written
  if (unblock >= 0) close(unblock);
  reader.join();
  ASSERT_TRUE(rendered.ok()) << rendered.error().message;
  EXPECT_TRUE(received.starts_with("digraph")) << received;
  EXPECT_EQ(fs::status(fifo).type(), fs::file_type::fifo);
  EXPECT_FALSE(fs::exists(fifo.string() + ".tmp"));
}

// Peskov denies a claim about Putin and Belarus (reported by RIA) and asserts one about Belarus;
// ISW asserts one about Lukashenko. Ids: E1..E6, then C7..C9.
class RenderSelectionTest : public RenderTest {
 protected:
  void SetUp() override {
    RenderTest::SetUp();
    peskov_ = entity("Peskov", EntityKind::kPerson);
    ria_ = entity("RIA Novosti", EntityKind::kMedia);
    putin_ = entity("Putin", EntityKind::kPerson);
    belarus_ = entity("Belarus", EntityKind::kPlace);
    isw_ = entity("ISW", EntityKind::kOrganization);
    lukashenko_ = entity("Lukashenko", EntityKind::kPerson);
    drag_ = claim("drag", "Putin will drag Belarus into the war");
    ally_ = claim("ally", "Belarus is an ally");
    pressure_ = claim("pressure", "The visit puts pressure on Lukashenko");
    edge(peskov_, Relation::kDenies, drag_, "2022-12-19");
    edge(drag_, Relation::kReportedBy, ria_, "2022-12-20");
    edge(drag_, Relation::kAbout, putin_);
    edge(drag_, Relation::kAbout, belarus_);
    edge(peskov_, Relation::kAsserts, ally_, "2022-12-19");
    edge(ally_, Relation::kAbout, belarus_);
    edge(isw_, Relation::kAsserts, pressure_, "2023-01-05");
    edge(pressure_, Relation::kAbout, lukashenko_);
  }

  core::BuiltDrawing build(const core::DrawingOptions& options) {
    if (!db_) db_ = store();
    auto built = core::build_drawing(*db_, options);
    EXPECT_TRUE(built.ok()) << built.error().message;
    return built.ok() ? *built : core::BuiltDrawing{};
  }

  std::unique_ptr<storage::RocksGraphStore> db_;
  NodeId peskov_, ria_, putin_, belarus_, isw_, lukashenko_, drag_, ally_, pressure_;
};

using Ids = std::vector<std::string>;

std::string focused_id(const core::Drawing& drawing) {
  std::string focused;
  for (const core::DrawingNode& node : drawing.nodes) {
    if (node.is_focus) focused += node.id;
  }
  return focused;
}

TEST_F(RenderSelectionTest, AboutDrawsTheClaimsAboutAnEntityWithTheirEnds) {
  const core::BuiltDrawing built = build(Opts().about(belarus_));
  EXPECT_EQ(node_ids(built.drawing), Ids({"C7", "C8", "E1", "E2", "E3", "E4"}));
  EXPECT_EQ(focused_id(built.drawing), "E4");
  EXPECT_EQ(built.drawing.edges,
            (std::vector<core::DrawingEdge>{{"C7", "E2", Relation::kReportedBy, "2022-12-20"},
                                            {"C7", "E3", Relation::kAbout, ""},
                                            {"C7", "E4", Relation::kAbout, ""},
                                            {"C8", "E4", Relation::kAbout, ""},
                                            {"E1", "C8", Relation::kAsserts, "2022-12-19"},
                                            {"E1", "C7", Relation::kDenies, "2022-12-19"}}));
  EXPECT_EQ(node_ids(build(Opts().about(lukashenko_)).drawing), Ids({"C9", "E5", "E6"}));
  EXPECT_EQ(node_ids(build(Opts().about(peskov_)).drawing), Ids({"E1"}));  // nothing is about him

  // The cap keeps the entity, then the most connected: the claim with four edges.
  const core::BuiltDrawing capped = build(Opts().max_nodes(2).about(belarus_));
  EXPECT_EQ(node_ids(capped.drawing), Ids({"C7", "E4"}));
  EXPECT_EQ(capped.selected_nodes, 6u);
  EXPECT_EQ(capped.omitted_nodes, 4u);
  EXPECT_EQ(capped.omitted_edges, 5u);

  // With a focus: only what lies within its depth.
  EXPECT_EQ(node_ids(build(Opts().focus(ria_, 1).about(belarus_)).drawing), Ids({"C7", "E2"}));
}

TEST_F(RenderSelectionTest, ClaimDrawsExactlyItsNeighbourhood) {
  const core::BuiltDrawing built = build(Opts().claim(drag_));
  EXPECT_EQ(node_ids(built.drawing), Ids({"C7", "E1", "E2", "E3", "E4"}));
  EXPECT_EQ(focused_id(built.drawing), "C7");
  EXPECT_EQ(built.drawing.edges.size(), 4u);
  EXPECT_EQ(node_ids(build(Opts().claim(pressure_)).drawing), Ids({"C9", "E5", "E6"}));
  db_.reset();

  std::string out, err;
  const core::Status by_key = run_render({"--claim", "pressure", "--no-legend"}, out, err);
  ASSERT_TRUE(by_key.ok()) << by_key.error().message;
  EXPECT_NE(out.find("Lukashenko"), std::string::npos) << out;
  EXPECT_EQ(out.find("Peskov"), std::string::npos) << out;
  const core::Status unknown = run_render({"--claim", "no such claim"}, out, err);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, core::ErrorCode::kNotFound);
}

TEST_F(RenderSelectionTest, DatesDropOutOfRangeEdgesAndTheNodesLeftWithoutEdges) {
  EXPECT_EQ(node_ids(build(Opts().dates("2023-01-01", "")).drawing), Ids({"C9", "E5", "E6"}));

  // RIA's report is dated the 20th: it goes, and RIA with it; the about edges of the claims
  // Peskov spoke on stay, so Putin and Belarus stay.
  const core::BuiltDrawing until = build(Opts().dates("", "2022-12-19"));
  EXPECT_EQ(node_ids(until.drawing), Ids({"C7", "C8", "E1", "E3", "E4"}));
  EXPECT_EQ(until.drawing.edges.size(), 5u);
  EXPECT_EQ(until.omitted_nodes, 0u);

  EXPECT_EQ(node_ids(build(Opts().about(belarus_).dates("2022-12-19", "2022-12-19")).drawing),
            Ids({"C7", "C8", "E1", "E3", "E4"}));
  EXPECT_EQ(node_ids(build(Opts().about(belarus_).dates("2023-01-01", "")).drawing), Ids({"E4"}));
  EXPECT_EQ(node_ids(build(Opts().claim(drag_).dates("2022-12-20", "")).drawing),
            Ids({"C7", "E2", "E3", "E4"}));
  EXPECT_EQ(node_ids(build(Opts().focus(peskov_, 2).dates("2023-01-01", "")).drawing),
            Ids({"E1"}));  // the focus stays, alone
  db_.reset();

  std::string out, err;
  ASSERT_TRUE(run_render({"--since", "2023-01-01", "--no-legend"}, out, err).ok());
  EXPECT_NE(out.find("ISW"), std::string::npos) << out;
  EXPECT_EQ(out.find("Peskov"), std::string::npos) << out;
  EXPECT_THROW(run_render({"--until", "2022-13-45"}, out, err), CLI::ValidationError);
}

TEST_F(RenderSelectionTest, ContradictoryCombinationsAreRefused) {
  const core::Result<core::BuiltDrawing> both =
      core::build_drawing(*store(), Opts().focus(peskov_, 2).claim(drag_));
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(both.error().message.find("cannot be combined"), std::string::npos);
  const core::Result<core::BuiltDrawing> claim_as_entity =
      core::build_drawing(*store(), Opts().about(drag_));
  ASSERT_FALSE(claim_as_entity.ok());
  EXPECT_EQ(claim_as_entity.error().message,
            "cannot draw C7 as the about entity: it is not an entity");

  std::string out, err;
  EXPECT_THROW(run_render({"--focus", "Peskov", "--claim", "drag"}, out, err), CLI::ExcludesError);
  EXPECT_THROW(run_render({"--about", "Belarus", "--claim", "drag"}, out, err), CLI::ExcludesError);
  const core::Status not_entity = run_render({"--about", "drag"}, out, err);
  ASSERT_FALSE(not_entity.ok());
  EXPECT_EQ(not_entity.error().code, core::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace claimgraph
