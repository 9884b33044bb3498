#include "storage/run_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <utility>

#include "storage/key_codec.h"

namespace claimgraph::storage {
namespace {

constexpr std::size_t kWriteBuffer = std::size_t{1} << 20;

}  // namespace

std::size_t encode_varint(std::uint32_t value, char* out) {
  std::size_t size = 0;
  while (value >= 0x80) {
    out[size++] = static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out[size++] = static_cast<char>(value);
  return size;
}

core::Error run_file_error(const std::filesystem::path& path, std::string_view what,
                           int error_number) {
  return core::make_error(
      core::ErrorCode::kIoError,
      "cannot " + std::string(what) + " " + path.string() + ": " + std::strerror(error_number));
}

RunFileWriter::RunFileWriter(std::filesystem::path path)
    : path_(std::move(path)),
      fd_(::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)),
      buffer_(std::make_unique_for_overwrite<char[]>(kWriteBuffer)),
      capacity_(kWriteBuffer) {}

RunFileWriter::~RunFileWriter() {
  if (fd_ >= 0) ::close(fd_);
}

void RunFileWriter::flush() {
  std::size_t done = 0;
  while (done < used_ && error_ == 0) {
    const ssize_t wrote = ::write(fd_, buffer_.get() + done, used_ - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      error_ = wrote < 0 ? errno : EIO;
      break;
    }
    done += static_cast<std::size_t>(wrote);
  }
  used_ = 0;
}

void RunFileWriter::append_large(std::string_view bytes) {
  while (!bytes.empty()) {
    if (used_ == capacity_) flush();
    const std::size_t part = std::min(bytes.size(), capacity_ - used_);
    std::memcpy(buffer_.get() + used_, bytes.data(), part);
    used_ += part;
    written_ += part;
    bytes.remove_prefix(part);
  }
}

core::Status RunFileWriter::close() {
  flush();
  const int closed = ::close(fd_);
  fd_ = -1;
  if (error_ == 0 && closed != 0) error_ = errno;
  return error_ == 0 ? core::ok_status() : core::Status(run_file_error(path_, "write", error_));
}

RunFileReader::RunFileReader(const std::filesystem::path& path, std::uint64_t offset,
                             std::uint64_t bytes)
    : path_(path),
      fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)),
      next_offset_(offset),
      unloaded_(bytes),
      capacity_(static_cast<std::size_t>(std::min<std::uint64_t>(kRunReadBuffer, bytes))) {
  buffer_ = std::make_unique_for_overwrite<char[]>(capacity_);
  if (fd_ < 0) error_ = errno;
}

RunFileReader::~RunFileReader() {
  if (fd_ >= 0) ::close(fd_);
}

RunFileReader::RunFileReader(RunFileReader&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      next_offset_(other.next_offset_),
      unloaded_(other.unloaded_),
      buffer_(std::move(other.buffer_)),
      capacity_(other.capacity_),
      pos_(other.pos_),
      end_(other.end_),
      error_(other.error_) {}

bool RunFileReader::load(std::size_t size) {
  if (error_ != 0) return false;
  const std::size_t buffered = end_ - pos_;
  if (buffered + unloaded_ < size) return false;
  if (size > capacity_) {  // a value bigger than the buffer: a bigger buffer
    auto bigger = std::make_unique_for_overwrite<char[]>(size);
    std::memcpy(bigger.get(), buffer_.get() + pos_, buffered);
    buffer_ = std::move(bigger);
    capacity_ = size;
  } else {
    std::memmove(buffer_.get(), buffer_.get() + pos_, buffered);
  }
  pos_ = 0;
  end_ = buffered;
  while (end_ < size) {
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(capacity_ - end_, unloaded_));
    const ssize_t got = ::pread(fd_, buffer_.get() + end_, want, static_cast<off_t>(next_offset_));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      error_ = got < 0 ? errno : EIO;  // a file shorter than its sections: the disk lost it
      return false;
    }
    end_ += static_cast<std::size_t>(got);
    next_offset_ += static_cast<std::uint64_t>(got);
    unloaded_ -= static_cast<std::uint64_t>(got);
  }
  return true;
}

bool RunFileReader::short_read() {
  if (error_ == 0) error_ = EIO;
  return false;
}

bool RunFileReader::read_varint(std::uint32_t& value) {
  value = 0;
  std::uint8_t byte = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (!read_byte(byte)) return false;
    value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return short_read();
}

bool RunFileReader::read_u64(std::uint64_t& value) {
  std::string_view bytes;
  if (!take(sizeof value, bytes)) return false;
  value = *decode_u64(bytes);  // 8 bytes: always decodes
  return true;
}

core::Status RunFileReader::status() const {
  return error_ == 0 ? core::ok_status() : core::Status(run_file_error(path_, "read", error_));
}

}  // namespace claimgraph::storage
