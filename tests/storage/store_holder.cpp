// A helper program for the cross-process lock tests: opens the store at argv[1] for writing,
// adds one entity named argv[2] with id 7 (and its name to the index), creates the file argv[3] to say it is ready, then
// holds the store until it is killed (or 30 seconds pass).
#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

#include "core/name_fold.h"
#include "storage/rocks_graph_store.h"

int main(int argc, char** argv) {
  using namespace claimgraph;
  if (argc != 4) {
    std::cerr << "usage: store_holder STORE_DIR ENTITY_NAME READY_FILE\n";
    return 2;
  }
  auto store = storage::RocksGraphStore::open(argv[1], storage::OpenMode::kReadWrite);
  if (!store.ok()) {
    std::cerr << "store_holder: " << store.error().message << '\n';
    return 1;
  }
  core::WriteSet writes;
  writes.entities.emplace_back(7, core::Entity{.name = argv[2], .kind = core::EntityKind::kPerson,
                                               .aliases = {}, .description = ""});
  writes.names.emplace_back(core::fold_name(argv[2]), 7);
  writes.next_id = 8;
  if (!(*store)->apply(writes).ok()) return 1;
  std::ofstream(argv[3]) << "ready\n";
  std::this_thread::sleep_for(std::chrono::seconds(30));
  return 0;
}
