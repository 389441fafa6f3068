// Single-thread throughput of decode + parse + extract + metadata over a folder of pages.
//
//   build/bench/extract_bench [DIR] [--rounds N]
//
// DIR defaults to the extraction dev set's pages/. Every file is read into memory first;
// the timed loop runs Decode then Extract on each, N rounds (default 3), and prints pages/s
// and MB/s of raw HTML, with the decode share. Rates use the thread's CPU time, so that
// other processes on a shared machine do not skew them; wall time is printed too.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <time.h>

#include "newsdesk/decode.h"
#include "newsdesk/extract.h"

int main(int argc, char** argv) {
  std::filesystem::path dir = std::filesystem::path(NEWSDESK_DEVSET_DIR) / "pages";
  int rounds = 3;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
      rounds = std::atoi(argv[++i]);
    else
      dir = argv[i];
  }
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    pages.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "no pages in %s\n", dir.c_str());
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto cpu_now = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  };
  double wall_s = 0;
  double decode_s = 0, total_s = 0;
  size_t text_bytes = 0;
  int errors = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& p : pages) {
      auto w0 = Clock::now();
      double t0 = cpu_now();
      auto d = newsdesk::Decode(p, "");
      double t1 = cpu_now();
      if (!d.ok()) {
        ++errors;
        continue;
      }
      auto x = newsdesk::Extract(d->text, "https://example.org/news/2026/02/14/story");
      double t2 = cpu_now();
      wall_s += std::chrono::duration<double>(Clock::now() - w0).count();
      decode_s += t1 - t0;
      total_s += t2 - t0;
      if (x.ok())
        text_bytes += x->text.size();
      else
        ++errors;
    }
  }
  double n = static_cast<double>(pages.size()) * rounds;
  std::printf("%zu pages, %.1f MB, %d rounds, single thread\n", pages.size(), bytes / 1e6, rounds);
  std::printf("decode+extract (CPU time): %.0f pages/s, %.1f MB/s (decode %.0f%% of the time)\n",
              n / total_s, bytes * rounds / 1e6 / total_s, 100.0 * decode_s / total_s);
  std::printf("mean %.2f ms/page CPU (%.2f ms wall), text out %.1f%% of input, errors %d\n",
              1e3 * total_s / n, 1e3 * wall_s / n, 100.0 * text_bytes / (bytes * rounds), errors);
  return 0;
}
