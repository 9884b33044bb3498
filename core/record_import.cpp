#include "core/record_import.h"

#include <string>

namespace claimgraph::core {
namespace {

Status apply_record(const Record& record, GraphWriter& writer) {
  if (const auto* article = std::get_if<Article>(&record)) {
    Result<std::uint64_t> id = writer.put_article(*article);
    return id.ok() ? ok_status() : Status(id.error());
  }
  if (const auto* entity = std::get_if<Entity>(&record)) {
    Result<std::uint64_t> id = writer.put_entity(*entity);
    return id.ok() ? ok_status() : Status(id.error());
  }
  if (const auto* claim = std::get_if<Claim>(&record)) {
    Result<std::uint64_t> id = writer.put_claim(*claim);
    return id.ok() ? ok_status() : Status(id.error());
  }
  return writer.put_edge(std::get<Edge>(record));
}

}  // namespace

Status apply_numbered_record(const NumberedRecord& numbered, std::string_view source_name,
                             GraphWriter& writer) {
  Status status = apply_record(numbered.record, writer);
  if (status.ok() || numbered.line == 0) return status;
  Error error = status.error();
  error.message =
      std::string(source_name) + ":" + std::to_string(numbered.line) + ": " + error.message;
  return error;
}

Status apply_records(const RecordList& records, std::string_view source_name,
                     GraphWriter& writer) {
  for (const NumberedRecord& numbered : records) {
    CLAIMGRAPH_RETURN_IF_ERROR(apply_numbered_record(numbered, source_name, writer));
  }
  return ok_status();
}

}  // namespace claimgraph::core
