#include "newsdesk/status.h"

namespace newsdesk {

std::string_view Status::CodeName(Code code) {
  switch (code) {
    case Code::kOk:
      return "OK";
    case Code::kNotFound:
      return "Not found";
    case Code::kInvalidArgument:
      return "Invalid argument";
    case Code::kIOError:
      return "I/O error";
    case Code::kCorruption:
      return "Corruption";
    case Code::kUnavailable:
      return "Unavailable";
    case Code::kDeadlineExceeded:
      return "Deadline exceeded";
    case Code::kResourceExhausted:
      return "Resource exhausted";
    case Code::kPermissionDenied:
      return "Permission denied";
    case Code::kFailedPrecondition:
      return "Failed precondition";
    case Code::kAlreadyExists:
      return "Already exists";
    case Code::kInternal:
      return "Internal";
  }
  return "Unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out(CodeName(code()));
  out += ": ";
  out += message();
  return out;
}

}  // namespace newsdesk
