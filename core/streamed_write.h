// core/streamed_write.h: a write too big to hold in memory at once, such as the import of a
// file of millions of claims. Its WriteSet arrives in parts, in order; commit() writes all of
// them or none, exactly as one GraphStore::apply of their concatenation would. The store must
// not be written otherwise while a StreamedWrite is open.
#pragma once

#include "core/result.h"
#include "core/write_set.h"

namespace claimgraph::core {

class StreamedWrite {
 public:
  // Without a successful commit() nothing is written.
  virtual ~StreamedWrite() = default;

  // Adds the next part. Parts only add and overwrite: a part that removes anything
  // (WriteSet::removed_*) is kInvalidInput. The part is taken whole, so that it may be encoded
  // on another thread while the caller collects the next one; an error in that encoding is
  // returned by the next add() or by commit().
  virtual Status add(WriteSet part) = 0;

  // Writes every part added, atomically. The StreamedWrite is spent afterwards.
  virtual Status commit() = 0;
};

}  // namespace claimgraph::core
