// Bare libcurl on the fetch benchmark's load: what any client built on this libcurl can
// reach on this machine. No Asio, no scheduler, no politeness, no callbacks: each thread
// runs one multi handle with curl's own poll loop (curl_multi_poll) and keeps C easy
// handles busy, re-adding each one with the next URL as soon as it completes (the same
// closed loop as fetch_bench, the same options that matter: reused handles, keep-alive,
// no proxy lookup, decoding on, a User-Agent). bench/fetch_vs_wrk.sh prints it beside wrk
// and the fetcher.
//
//   curl_multi_bench --url http://127.0.0.1:P [-n 100000] [-c 256] [-t 1]
//   (-c connections in all, split over -t threads)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <curl/curl.h>

#include "process_usage.h"

namespace {

using newsdesk::bench::CpuSeconds;

struct Args {
  std::string url;
  int requests = 100000;
  int concurrency = 256;
  int threads = 1;
};

Args ParseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (i + 1 >= argc) {
      std::fprintf(stderr, "usage: curl_multi_bench --url BASE [-n N] [-c C] [-t T]\n");
      std::exit(2);
    }
    const char* value = argv[++i];
    if (arg == "--url") {
      a.url = value;
    } else if (arg == "-n") {
      a.requests = std::atoi(value);
    } else if (arg == "-c") {
      a.concurrency = std::atoi(value);
    } else if (arg == "-t") {
      a.threads = std::max(1, std::atoi(value));
    } else {
      std::fprintf(stderr, "unknown option %s\n", arg.c_str());
      std::exit(2);
    }
  }
  if (a.url.empty()) {
    std::fprintf(stderr, "usage: curl_multi_bench --url BASE [-n N] [-c C] [-t T]\n");
    std::exit(2);
  }
  return a;
}

size_t Discard(char* /*data*/, size_t size, size_t count, void* userp) {
  *static_cast<size_t*>(userp) += size * count;
  return size * count;
}

struct Slot {
  CURL* easy = nullptr;
  std::string url;
  size_t bytes = 0;
};

// One thread's closed loop over its share of the requests; returns how many succeeded.
int RunLoop(const std::string& base, int requests, int connections, std::atomic<int>& next) {
  CURLM* multi = curl_multi_init();
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, static_cast<long>(connections));
  std::vector<Slot> slots(static_cast<size_t>(connections));
  int ok = 0;
  auto start = [&](Slot& slot) {
    int i = next.fetch_add(1);
    if (i >= requests) return false;
    slot.url = base + "/page/" + std::to_string(i);
    curl_easy_setopt(slot.easy, CURLOPT_URL, slot.url.c_str());
    curl_multi_add_handle(multi, slot.easy);
    return true;
  };
  for (Slot& slot : slots) {
    slot.easy = curl_easy_init();
    curl_easy_setopt(slot.easy, CURLOPT_PRIVATE, &slot);
    curl_easy_setopt(slot.easy, CURLOPT_WRITEFUNCTION, &Discard);
    curl_easy_setopt(slot.easy, CURLOPT_WRITEDATA, &slot.bytes);
    curl_easy_setopt(slot.easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(slot.easy, CURLOPT_PROXY, "");
    curl_easy_setopt(slot.easy, CURLOPT_NOPROXY, "");
    curl_easy_setopt(slot.easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(slot.easy, CURLOPT_USERAGENT, "curl_multi_bench/1.0");
    start(slot);
  }
  int running = 1;
  while (running > 0) {
    curl_multi_perform(multi, &running);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* easy = msg->easy_handle;
      const CURLcode code = msg->data.result;
      Slot* slot = nullptr;
      curl_easy_getinfo(easy, CURLINFO_PRIVATE, &slot);
      long status = 0;
      curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
      if (code == CURLE_OK && status == 200) ++ok;
      curl_multi_remove_handle(multi, easy);
      if (start(*slot)) running = 1;
    }
    if (running > 0) curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
  }
  for (Slot& slot : slots) curl_easy_cleanup(slot.easy);
  curl_multi_cleanup(multi);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = ParseArgs(argc, argv);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  std::atomic<int> next{0};
  std::atomic<int> ok{0};
  const auto begin = std::chrono::steady_clock::now();
  const double cpu_begin = CpuSeconds();
  std::vector<std::thread> threads;
  for (int t = 0; t < args.threads; ++t) {
    const int connections = args.concurrency / args.threads + (t < args.concurrency % args.threads);
    threads.emplace_back(
        [&, connections] { ok += RunLoop(args.url, args.requests, connections, next); });
  }
  for (std::thread& t : threads) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  const double cpu = CpuSeconds() - cpu_begin;
  std::printf("curl_multi_bench: %d requests (%d ok) at concurrency %d, %d thread%s, against %s\n",
              args.requests, ok.load(), args.concurrency, args.threads,
              args.threads == 1 ? "" : "s", args.url.c_str());
  std::printf("  rate      %.0f requests/s\n", args.requests / seconds);
  std::printf("  cpu       %.1f us/request (all threads)\n",
              1e6 * cpu / std::max(1, args.requests));
  curl_global_cleanup();
  return ok.load() == args.requests ? 0 : 1;
}
