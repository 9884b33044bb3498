// storage/run_file.h: the byte layer of the run files that a bulk load's sorts spill to disk
// (external_sorter.h, posting_runs.h): buffered writing and reading of bytes and of LEB128
// varints, one thread per file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace claimgraph::storage {

inline constexpr std::size_t kMaxVarintBytes = 5;  // of a 32-bit number
inline constexpr std::size_t kRunReadBuffer = std::size_t{128} << 10;  // RunFileReader's

// Writes `value` as a LEB128 varint at `out`; returns how many bytes it took.
std::size_t encode_varint(std::uint32_t value, char* out);

// `cannot WHAT PATH: the error number's message`.
core::Error run_file_error(const std::filesystem::path& path, std::string_view what,
                           int error_number);

// Writes a run file through a buffer of its own: a run is written a few bytes at a time, and
// a call into stdio per field was a tenth of the writing.
class RunFileWriter {
 public:
  // Creates (or truncates) the file at `path`; opened() says whether that worked.
  explicit RunFileWriter(std::filesystem::path path);
  ~RunFileWriter();
  RunFileWriter(const RunFileWriter&) = delete;
  RunFileWriter& operator=(const RunFileWriter&) = delete;

  bool opened() const { return fd_ >= 0; }
  const std::filesystem::path& path() const { return path_; }
  std::uint64_t written() const { return written_; }

  void append(std::string_view bytes) {
    if (bytes.size() > capacity_ - used_) {
      append_large(bytes);
      return;
    }
    std::memcpy(buffer_.get() + used_, bytes.data(), bytes.size());
    used_ += bytes.size();
    written_ += bytes.size();
  }
  void append_varint(std::uint32_t value) {
    char bytes[kMaxVarintBytes];
    append({bytes, encode_varint(value, bytes)});
  }

  // Writes what is buffered and closes the file: the first write error, if any.
  core::Status close();

 private:
  void append_large(std::string_view bytes);
  void flush();

  std::filesystem::path path_;
  int fd_ = -1;
  int error_ = 0;  // of the first failed write
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::size_t used_ = 0;
  std::uint64_t written_ = 0;
};

// Reads `bytes` bytes of a run file from `offset`, through a buffer of its own.
class RunFileReader {
 public:
  RunFileReader(const std::filesystem::path& path, std::uint64_t offset, std::uint64_t bytes);
  ~RunFileReader();
  RunFileReader(RunFileReader&& other) noexcept;
  RunFileReader(const RunFileReader&) = delete;
  RunFileReader& operator=(const RunFileReader&) = delete;
  RunFileReader& operator=(RunFileReader&&) = delete;

  // Whether every byte was read (or reading failed: see status()).
  bool at_end() const { return error_ != 0 || (pos_ == end_ && unloaded_ == 0); }
  // Each false if the bytes run out or reading fails; status() then says what went wrong.
  bool read_byte(std::uint8_t& byte) {
    if (pos_ == end_ && !load(1)) return short_read();
    byte = static_cast<std::uint8_t>(buffer_[pos_++]);
    return true;
  }
  bool read_varint(std::uint32_t& value);
  bool read_u64(std::uint64_t& value);  // 8 bytes, big-endian
  // The next `size` bytes, in the reader's buffer: good only until the next read, which may
  // refill the buffer.
  bool take(std::size_t size, std::string_view& bytes) {
    if (end_ - pos_ < size && !load(size)) return short_read();
    bytes = {buffer_.get() + pos_, size};
    pos_ += size;
    return true;
  }

  core::Status status() const;

 private:
  // Makes at least `size` bytes readable from pos_; false if the section or the file ends first.
  bool load(std::size_t size);
  // A read that found fewer bytes than the run promised: the disk lost them.
  bool short_read();

  std::filesystem::path path_;
  int fd_ = -1;
  std::uint64_t next_offset_ = 0;  // in the file, of the first byte not loaded
  std::uint64_t unloaded_ = 0;     // of the section, not loaded yet
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::size_t pos_ = 0, end_ = 0;  // the loaded bytes not read yet
  int error_ = 0;
};

}  // namespace claimgraph::storage
