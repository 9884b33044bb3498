// Result<T> and Status: how core and storage report failures a user can cause, without
// exceptions. Shaped like std::expected so that moving to it later is a rename.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace claimgraph::core {

enum class ErrorCode {
  kInvalidInput,  // bad file, bad argument value, ambiguous name: the user can fix it
  kNotFound,      // an unknown name, key or file
  kIoError,       // the disk or the file system failed
  kLocked,        // another process holds the store for writing
  kCorruption,    // the store is damaged or of another schema version
  kInternal,      // a bug
};

struct Error {
  ErrorCode code;
  std::string message;  // printed as is: lower-case start, no trailing period
};

inline Error make_error(ErrorCode code, std::string message) {
  return Error{code, std::move(message)};
}

// Either a T or an Error. Callers must look at it ([[nodiscard]]).
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit like std::expected
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<T>(state_); }
  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(failed_); return error_; }

 private:
  Error error_{ErrorCode::kInternal, ""};
  bool failed_ = false;
};

using Status = Result<void>;

inline Status ok_status() { return Status(); }

}  // namespace claimgraph::core

// Returns the error of `expr` (a Status or Result) from the enclosing function if it failed.
#define CLAIMGRAPH_RETURN_IF_ERROR(expr)                  \
  do {                                                     \
    const auto& claimgraph_status_ = (expr);               \
    if (!claimgraph_status_.ok()) return claimgraph_status_.error(); \
  } while (false)
