// The crawl stage's process-level parts: the store lock and the daemon that repeats runs
// on each source's interval. See include/newsdesk/crawl.h.
#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
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

// ---------------------------------------------------------------------------------------

Status RunDaemon(const PipelineConfig& config, Store& store, const DaemonOptions& options,
                 Shutdown& shutdown) {
  namespace asio = boost::asio;
  using Clock = std::chrono::steady_clock;
  asio::io_context io;
  // Keeps io.run() going while a run is on its worker thread and no timer is armed.
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> keep(
      asio::make_work_guard(io));
  Crawler crawler(config, store, options.crawl);
  const size_t n = config.sources.size();
  std::vector<std::unique_ptr<asio::steady_timer>> timers;
  for (size_t i = 0; i < n; ++i) timers.push_back(std::make_unique<asio::steady_timer>(io));
  std::vector<bool> due(n, true);  // everything runs at start
  std::thread worker;
  bool running = false;
  bool stopping = false;
  int runs = 0;
  Status fatal;

  // No new run; io.run() returns once the current one (if any) has been reported.
  auto wind_down = [&] {
    stopping = true;
    for (auto& t : timers) t->cancel();
    if (!running) keep.reset();
  };

  std::function<void()> start_if_due;
  auto arm = [&](size_t i, Clock::time_point at) {
    timers[i]->expires_at(at);
    timers[i]->async_wait([&, i](const boost::system::error_code& ec) {
      if (ec || stopping) return;
      due[i] = true;
      start_if_due();
    });
  };

  start_if_due = [&] {
    if (running || stopping) return;
    std::vector<size_t> batch;
    for (size_t i = 0; i < n; ++i) {
      if (due[i]) batch.push_back(i), due[i] = false;
    }
    if (batch.empty()) return;
    running = true;
    const Clock::time_point started = Clock::now();
    worker = std::thread([&, batch, started] {
      Result<CrawlReport> r = crawler.Run(batch);
      asio::post(io, [&, batch, started, r = std::move(r)]() mutable {
        worker.join();
        running = false;
        if (!r.ok()) {
          fatal = r.status();
          wind_down();
          return;
        }
        if (options.on_run) options.on_run(*r);
        ++runs;
        if (stopping || (options.max_runs > 0 && runs >= options.max_runs)) {
          wind_down();
          return;
        }
        for (size_t i : batch) arm(i, started + config.sources[i].interval);
        start_if_due();
      });
    });
  };

  // The crawler stops at once (from the signal's thread); the schedule winds down on io's.
  const Shutdown::Registration stops = shutdown.Register(
      [&] {
        crawler.Stop();
        asio::post(io, wind_down);
      },
      [&] { crawler.Cancel(); });
  asio::post(io, [&] { start_if_due(); });
  io.run();
  if (worker.joinable()) worker.join();
  return fatal;
}

}  // namespace newsdesk
