// tests/storage/imported_store.h: a fixture for query tests: a real RocksGraphStore in a fresh
// temporary directory, filled from inline JSON Lines text as `claimgraph import` would.
#pragma once

#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/graph_writer.h"
#include "core/jsonl_reader.h"
#include "core/name_resolver.h"
#include "core/record_import.h"
#include "storage/rocks_graph_store.h"
#include "tests/storage/temp_dir.h"

namespace claimgraph::storage::testing {

class ImportedStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = RocksGraphStore::open(dir_.path("db"), OpenMode::kReadWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
  }

  // Imports JSON Lines text as one batch; fails the test if it does not import.
  void import(const std::string& jsonl) {
    std::istringstream in(jsonl);
    auto records = core::read_jsonl(in, "test.jsonl");
    ASSERT_TRUE(records.ok()) << records.error().message;
    core::GraphWriter writer(*store_);
    const core::Status collected = core::apply_records(*records, "test.jsonl", writer);
    ASSERT_TRUE(collected.ok()) << collected.error().message;
    const core::Status applied = store_->apply(writer.take());
    ASSERT_TRUE(applied.ok()) << applied.error().message;
  }

  // The id of the one entity `name` means; 0 (and a test failure) if there is none.
  std::uint64_t entity(const std::string& name) {
    auto id = core::resolve_entity(*store_, name);
    EXPECT_TRUE(id.ok()) << name << ": " << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }

  TempDir dir_;
  std::unique_ptr<RocksGraphStore> store_;
};

}  // namespace claimgraph::storage::testing
