// StoreLock: one process at a time writes a store (an flock on a file next to it).
// See include/newsdesk/crawl.h.
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "ascii.h"
#include "newsdesk/crawl.h"

namespace newsdesk {

Result<std::unique_ptr<StoreLock>> StoreLock::Acquire(const std::string& lock_path,
                                                      const std::string& store_path) {
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IOError("cannot open lock file " + lock_path + ": " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    char buf[32] = {};
    ssize_t n = ::pread(fd, buf, sizeof(buf) - 1, 0);
    ::close(fd);
    if (err != EWOULDBLOCK) {
      return Status::IOError("cannot lock " + lock_path + ": " + std::strerror(err));
    }
    std::string pid =
        n > 0 ? std::string(TrimAscii(std::string_view(buf, static_cast<size_t>(n)))) : "?";
    return Status::FailedPrecondition("another newsdesk (pid " + pid + ") is already using " +
                                      store_path + " (lock file " + lock_path +
                                      "); stop it first, or use another store");
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The lock is what matters; the pid is only for the message.
  }
  return std::unique_ptr<StoreLock>(new StoreLock(fd));
}

StoreLock::~StoreLock() {
  ::flock(fd_, LOCK_UN);
  ::close(fd_);
}

}  // namespace newsdesk
