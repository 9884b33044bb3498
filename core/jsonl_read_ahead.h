// Reading JSON Lines records on a thread of their own, a few batches ahead of the thread that
// applies them: for a big import, where parsing was a third of the applying thread's time
// while the second core waited for work.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string_view>

#include "core/record.h"
#include "core/result.h"

namespace claimgraph::core {

// As for_each_jsonl_record (core/jsonl_reader.h), with the same result and the same calls to
// `visit`, in order and on the calling thread; only the reading and parsing of `in` happen
// on a second thread, which must be the only user of `in` until this returns. A bad line is
// reported once every record before it has been visited; an error from `visit` stops the
// reading. If `bytes_read` is not null, it is set before each batch of records is visited to
// the position in `in` after that batch (-1 if the stream cannot tell), for a progress line.
Status for_each_jsonl_record_read_ahead(std::istream& in, std::string_view source_name,
                                        const std::function<Status(NumberedRecord&&)>& visit,
                                        std::int64_t* bytes_read = nullptr);

}  // namespace claimgraph::core
