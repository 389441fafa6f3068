// The daemon: crawl runs repeated on each source's interval until a Shutdown is signalled.
// See include/newsdesk/crawl.h.
#include <optional>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include "newsdesk/crawl.h"

namespace newsdesk {

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
