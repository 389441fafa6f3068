// Status and Result<T>: how every public newsdesk function reports failure.
//
// A Status is either OK or a code plus a human-readable message. An OK status holds no
// allocation, so success costs nothing (the shape of leveldb's Status). Result<T> holds
// either a value or a non-OK Status (StatusOr-like; std::expected once we move to C++23).
// Exceptions never cross a stage boundary: stages catch and convert at their edge.
//
// Thread-safety: Status and Result are values; distinct objects may be used from distinct
// threads without synchronization.
#ifndef NEWSDESK_STATUS_H_
#define NEWSDESK_STATUS_H_

#include <cassert>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace newsdesk {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,
    kInvalidArgument,     // bad input: URL, config, date text, flag
    kIOError,             // filesystem or network I/O failed
    kCorruption,          // stored data is not what we wrote
    kUnavailable,         // transient: try again later (5xx, 429, connection reset)
    kDeadlineExceeded,    // a timeout fired
    kResourceExhausted,   // a size or count limit was hit (page over the cap)
    kPermissionDenied,    // refused by policy (robots.txt, private network, scheme)
    kFailedPrecondition,  // the system is not in a state to do this (store locked)
    kAlreadyExists,
    kInternal,  // a bug: an invariant did not hold
  };

  Status() noexcept = default;  // OK
  Status(const Status& other) : rep_(other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr) {}
  Status& operator=(const Status& other) {
    if (this != &other) rep_ = other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr;
    return *this;
  }
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status Unavailable(std::string_view msg) { return Status(Code::kUnavailable, msg); }
  static Status DeadlineExceeded(std::string_view msg) {
    return Status(Code::kDeadlineExceeded, msg);
  }
  static Status ResourceExhausted(std::string_view msg) {
    return Status(Code::kResourceExhausted, msg);
  }
  static Status PermissionDenied(std::string_view msg) {
    return Status(Code::kPermissionDenied, msg);
  }
  static Status FailedPrecondition(std::string_view msg) {
    return Status(Code::kFailedPrecondition, msg);
  }
  static Status AlreadyExists(std::string_view msg) { return Status(Code::kAlreadyExists, msg); }
  static Status Internal(std::string_view msg) { return Status(Code::kInternal, msg); }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  // The message without the code name; empty when OK.
  std::string_view message() const { return rep_ ? std::string_view(rep_->msg) : ""; }

  bool IsNotFound() const { return code() == Code::kNotFound; }
  bool IsInvalidArgument() const { return code() == Code::kInvalidArgument; }
  bool IsIOError() const { return code() == Code::kIOError; }
  bool IsCorruption() const { return code() == Code::kCorruption; }
  bool IsUnavailable() const { return code() == Code::kUnavailable; }
  bool IsDeadlineExceeded() const { return code() == Code::kDeadlineExceeded; }
  bool IsResourceExhausted() const { return code() == Code::kResourceExhausted; }
  bool IsPermissionDenied() const { return code() == Code::kPermissionDenied; }
  bool IsFailedPrecondition() const { return code() == Code::kFailedPrecondition; }

  // "OK", or "<code name>: <message>", e.g. "Invalid argument: bad URL".
  std::string ToString() const;
  // The code's name alone: "OK", "Not found", "Invalid argument", ...
  static std::string_view CodeName(Code code);

 private:
  struct Rep {
    Code code;
    std::string msg;
  };
  Status(Code code, std::string_view msg)
      : rep_(std::make_unique<Rep>(Rep{code, std::string(msg)})) {}
  std::unique_ptr<Rep> rep_;  // null <=> OK
};

// Holds a T or a non-OK Status. REQUIRES: constructed from a non-OK status or a value.
template <typename T>
class Result {
 public:
  // Both alternatives are constructed by index: std::variant's converting constructor
  // would pick T for a Status when T is an aggregate that brace-elision can fill.
  Result(T value)  // NOLINT(google-explicit-constructor)
      : v_(std::in_place_index<0>, std::move(value)) {}
  Result(Status status)  // NOLINT(google-explicit-constructor)
      : v_(std::in_place_index<1>, std::move(status)) {
    assert(!std::get<1>(v_).ok() && "Result constructed from an OK status");
  }

  bool ok() const { return v_.index() == 0; }
  // OK when a value is held.
  Status status() const { return ok() ? Status::OK() : std::get<1>(v_); }

  // REQUIRES: ok().
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace newsdesk

// Evaluates `expr` (a Status) and returns it from the enclosing function unless it is OK.
#define NEWSDESK_RETURN_IF_ERROR(expr)           \
  do {                                           \
    ::newsdesk::Status _newsdesk_st = (expr);    \
    if (!_newsdesk_st.ok()) return _newsdesk_st; \
  } while (0)

#endif  // NEWSDESK_STATUS_H_
