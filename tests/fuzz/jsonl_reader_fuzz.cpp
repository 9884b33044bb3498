// libFuzzer target: core::read_jsonl on arbitrary bytes. It must return records or one
// `fuzz.jsonl:LINE: ...` error, never crash, hang or leak; an error names the source.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/jsonl_reader.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  const auto records = claimgraph::core::read_jsonl(in, "fuzz.jsonl");
  if (records.ok()) {
    for (const auto& numbered : *records) CLAIMGRAPH_FUZZ_CHECK(numbered.line >= 1);
  } else {
    const std::string& message = records.error().message;
    CLAIMGRAPH_FUZZ_CHECK(message.starts_with("fuzz.jsonl:"));
    CLAIMGRAPH_FUZZ_CHECK(message.find('\n') == std::string::npos);  // one line on stderr
  }
  return 0;
}
