// Fetcher throughput on loopback: N small pages at concurrency C from the Beast test
// server, closed loop (each completion submits the next request, as wrk keeps C
// connections busy), per-host limits lifted. Prints requests/s, p50/p99 latency and peak
// RSS. bench/fetch_vs_wrk.sh runs wrk against the same server for the ceiling.
//
//   fetch_bench [-n 20000] [-c 256] [--io-threads 1]   in-process server on its own thread
//   fetch_bench --url http://127.0.0.1:P     against a server started elsewhere
//   fetch_bench --serve                      only serve; prints the base URL, runs until killed
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "newsdesk/fetch.h"
#include "process_usage.h"
#include "testing/test_server.h"

namespace {

using newsdesk::bench::CpuSeconds;
using newsdesk::bench::PeakRssKb;
using Clock = std::chrono::steady_clock;

struct Args {
  int requests = 20000;
  int concurrency = 256;
  std::string url;
  bool serve = false;
  int server_threads = 1;
  int io_threads = 1;
};

Args ParseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto next = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "missing value for %s\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "-n") {
      a.requests = std::atoi(next());
    } else if (arg == "-c") {
      a.concurrency = std::atoi(next());
    } else if (arg == "--url") {
      a.url = next();
    } else if (arg == "--serve") {
      a.serve = true;
    } else if (arg == "--server-threads") {
      a.server_threads = std::atoi(next());
    } else if (arg == "--io-threads") {
      a.io_threads = std::atoi(next());
    } else {
      std::fprintf(stderr,
                   "usage: fetch_bench [-n N] [-c C] [--io-threads T] [--url BASE] [--serve] "
                   "[--server-threads T]\n");
      std::exit(2);
    }
  }
  return a;
}

class ClosedLoop {
 public:
  ClosedLoop(newsdesk::Fetcher& fetcher, std::string base, int total)
      : fetcher_(fetcher), base_(std::move(base)), total_(total) {
    latencies_ms_.reserve(total);
  }

  void SubmitNext() {
    if (submitted_ >= total_) {
      if (completed_ == total_) fetcher_.Shutdown();
      return;
    }
    newsdesk::FetchRequest request;
    request.url = base_ + "/page/" + std::to_string(submitted_++);
    fetcher_.Submit(std::move(request), [this, sent = Clock::now()](newsdesk::FetchResponse r) {
      ++completed_;
      if (r.outcome == newsdesk::FetchOutcome::kOk) {
        ++ok_;
        bytes_ += r.body.size();
      }
      latencies_ms_.push_back(
          std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
      SubmitNext();
    });
  }

  int ok() const { return ok_; }
  int completed() const { return completed_; }
  size_t bytes() const { return bytes_; }
  std::vector<double>& latencies() { return latencies_ms_; }

 private:
  newsdesk::Fetcher& fetcher_;
  std::string base_;
  int total_;
  int submitted_ = 0;
  int completed_ = 0;
  int ok_ = 0;
  size_t bytes_ = 0;
  std::vector<double> latencies_ms_;
};

double Percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  Args args = ParseArgs(argc, argv);
  if (args.serve) {
    newsdesk::testing::TestServer server(args.server_threads);
    std::printf("%s\n", server.base_url().c_str());
    std::fflush(stdout);
    while (true) std::this_thread::sleep_for(std::chrono::hours(1));
  }

  std::unique_ptr<newsdesk::testing::TestServer> server;
  std::string base = args.url;
  if (base.empty()) {
    server = std::make_unique<newsdesk::testing::TestServer>(args.server_threads);
    base = server->base_url();
  }

  newsdesk::FetchOptions options;
  options.max_total = args.concurrency;
  options.max_per_host = args.concurrency;
  options.per_host_delay = std::chrono::milliseconds(0);
  options.obey_robots = false;
  options.allow_private_networks = true;
  options.io_threads = args.io_threads;
  auto fetcher = newsdesk::Fetcher::Create(options);

  ClosedLoop loop(*fetcher, base, args.requests);
  for (int i = 0; i < std::min(args.concurrency, args.requests); ++i) loop.SubmitNext();
  if (args.requests == 0) fetcher->Shutdown();
  auto start = Clock::now();
  const double cpu_start = CpuSeconds();
  fetcher->Run();
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const double cpu = CpuSeconds() - cpu_start;

  std::printf(
      "fetch_bench: %d requests (%d ok, %.1f MB) at concurrency %d, %d io thread%s, against "
      "%s%s\n",
      loop.completed(), loop.ok(), static_cast<double>(loop.bytes()) / 1e6, args.concurrency,
      args.io_threads, args.io_threads == 1 ? "" : "s", base.c_str(),
      server ? " (in-process server)" : "");
  std::printf("  time      %.3f s\n", seconds);
  std::printf("  rate      %.0f requests/s\n", loop.completed() / seconds);
  std::printf("  latency   p50 %.2f ms   p99 %.2f ms\n", Percentile(loop.latencies(), 0.50),
              Percentile(loop.latencies(), 0.99));
  std::printf("  cpu       %.1f us/request%s\n", 1e6 * cpu / std::max(1, loop.completed()),
              server ? " (fetcher + server)" : " (fetcher, all threads)");
  std::printf("  peak RSS  %.1f MB%s\n", static_cast<double>(PeakRssKb()) / 1024.0,
              server ? " (fetcher + server)" : " (fetcher only)");
  return loop.ok() == args.requests ? 0 : 1;
}
