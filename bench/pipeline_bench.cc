// End-to-end pipeline throughput (issue 7): fetch over HTTP -> decode -> extract ->
// normalize -> language -> dates -> dedup/stories -> SQLite, with the real stages and
// threads.
//
// Usage: pipeline_bench [--count N] [--pages DIR] [--workers N] [--file 1] [--keep DIR]
//                       [--warc DIR]
// Serves N copies of the pages in DIR (default: the extraction devset), each made distinct
// by a marker in every paragraph, from the loopback test server (one host, per-host limits
// lifted; `--file 1`: written to disk and read over file:// instead), ingests them into a
// fresh store and prints pages/s, CPU time, the share of time per stage, peak RSS and RSS
// at 1k/5k/20k pages (memory must stay flat as the run grows). `--warc DIR` archives every
// exchange as WARC files in DIR, for the cost of archiving.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "bench_pages.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "newsdesk/warc.h"
#include "process_usage.h"
#include "testing/test_server.h"
#include "thread_cpu.h"

namespace fs = std::filesystem;
using newsdesk::bench::Distinct;
using newsdesk::bench::ReadFile;
using newsdesk::bench::RssKb;

namespace {

double Secs(std::chrono::nanoseconds d) { return std::chrono::duration<double>(d).count(); }

void PrintStats(const newsdesk::PipelineStats& s, double server_cpu) {
  const double cpu[] = {Secs(s.fetcher_cpu), Secs(s.decode_cpu),  Secs(s.extract_cpu),
                        Secs(s.finish_cpu),  Secs(s.stories_cpu), Secs(s.store_cpu)};
  const char* names[] = {"fetch (fetcher thread)",   "decode",        "extract",
                         "normalize+language+dates", "dedup/stories", "SQLite writes (writer)"};
  double total = 0;
  for (double c : cpu) total += c;
  std::printf("  CPU by stage (thread CPU clocks, %.2f s accounted):\n", total);
  for (size_t i = 0; i < std::size(cpu); ++i) {
    std::printf("    %-26s %7.2f s  %5.1f%%\n", names[i], cpu[i], 100 * cpu[i] / total);
  }
  if (server_cpu > 0) std::printf("    (test server, not counted)  %6.2f s\n", server_cpu);
  std::printf("  waits (wall, summed over threads): workers for pages %.2f s, writer idle %.2f s\n",
              Secs(s.worker_wait), Secs(s.writer_wait));
}

}  // namespace

int main(int argc, char** argv) {
  fs::path pages_dir = fs::path(NEWSDESK_DEVSET_DIR) / "pages";
  int count = 2000;
  int workers = 0;
  bool file_mode = false;
  std::string keep;
  std::string warc;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--pages")
      pages_dir = argv[i + 1];
    else if (flag == "--count")
      count = std::atoi(argv[i + 1]);
    else if (flag == "--workers")
      workers = std::atoi(argv[i + 1]);
    else if (flag == "--file")
      file_mode = std::atoi(argv[i + 1]) != 0;
    else if (flag == "--keep")
      keep = argv[i + 1];
    else if (flag == "--warc")
      warc = argv[i + 1];
    else {
      std::fprintf(stderr,
                   "usage: pipeline_bench [--count N] [--pages DIR] [--workers N] [--file 1] "
                   "[--keep DIR] [--warc DIR]\n");
      return 2;
    }
  }
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(pages_dir)) {
    if (e.path().extension() == ".html" || e.path().extension() == ".htm")
      sources.push_back(e.path());
  }
  std::sort(sources.begin(), sources.end());
  if (sources.empty()) {
    std::fprintf(stderr, "pipeline_bench: no pages in %s\n", pages_dir.c_str());
    return 2;
  }

  const fs::path dir = keep.empty() ? fs::temp_directory_path() /
                                          ("newsdesk-pipeline-bench-" + std::to_string(getpid()))
                                    : fs::path(keep);
  fs::create_directories(dir / "pages");
  std::vector<std::string> urls;
  std::atomic<int64_t> bytes{0};
  std::atomic<int64_t> server_cpu_ns{0};
  std::vector<std::string> originals;
  std::unique_ptr<newsdesk::testing::TestServer> server;
  if (file_mode) {
    for (int k = 0; k < count; ++k) {
      const fs::path& src = sources[k % sources.size()];
      const fs::path dst = dir / "pages" / (std::to_string(k) + ".html");
      const std::string html = Distinct(ReadFile(src), k / static_cast<int>(sources.size()));
      bytes += static_cast<int64_t>(html.size());
      std::ofstream(dst, std::ios::binary) << html;
      urls.push_back("file://" + fs::absolute(dst).string());
    }
  } else {
    // Page k = copy k / n of source k % n, made on request (no charset in the header, so
    // legacy pages are decoded from their own <meta>).
    for (const fs::path& src : sources) originals.push_back(ReadFile(src));
    server = std::make_unique<newsdesk::testing::TestServer>(2);
    server->Handle("/page", [&](const newsdesk::testing::HttpRequest& r) {
      const auto cpu0 = newsdesk::internal::ThreadCpuTime();
      const auto it = r.query.find("k");
      const int k = it == r.query.end() ? 0 : std::atoi(it->second.c_str());
      const int n = static_cast<int>(originals.size());
      newsdesk::testing::HttpResponse resp;
      resp.headers.emplace_back("Content-Type", "text/html");
      resp.body = Distinct(originals[k % n], k / n);
      bytes += static_cast<int64_t>(resp.body.size());
      server_cpu_ns += (newsdesk::internal::ThreadCpuTime() - cpu0).count();
      return resp;
    });
    for (int k = 0; k < count; ++k) urls.push_back(server->url("/page?k=" + std::to_string(k)));
  }
  const long rss_before = RssKb();

  auto store = newsdesk::Store::Open((dir / "bench.db").string());
  if (!store.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  newsdesk::PipelineOptions options;
  options.fetch.allow_file_urls = true;
  options.fetch.allow_private_networks = true;  // the loopback server
  options.fetch.obey_robots = !file_mode;       // one robots.txt (404) for the host
  options.fetch.per_host_delay = std::chrono::milliseconds(0);
  options.fetch.max_per_host = options.fetch.max_total;
  options.workers = workers;
  options.run_name = "bench";
  options.progress_interval = std::chrono::milliseconds(0);
  int64_t next_mark = 1000;
  options.progress = [&](const newsdesk::PipelineProgress& p) {
    if (p.done >= next_mark) {
      std::printf("  %6lld pages: RSS %ld MB, %.0f pages/s so far\n",
                  static_cast<long long>(p.done), RssKb() / 1024,
                  p.done / (p.elapsed.count() / 1000.0));
      next_mark = next_mark == 1000 ? 5000 : next_mark * 4;
    }
  };
  if (!warc.empty()) {
    auto writer = newsdesk::WarcWriter::Open({.dir = warc});
    if (!writer.ok()) {
      std::fprintf(stderr, "pipeline_bench: %s\n", writer.status().ToString().c_str());
      return 1;
    }
    options.warc = std::move(*writer);
  }
  newsdesk::Pipeline pipeline(**store, options);
  const auto t0 = std::chrono::steady_clock::now();
  auto summary = pipeline.Ingest(urls);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!summary.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", summary.status().ToString().c_str());
    return 1;
  }
  const double cpu = newsdesk::bench::CpuSeconds();
  const auto& c = summary->counts;
  std::printf(
      "pipeline_bench: %d pages (%.1f MB) over %s from %zu sources, %u cores\n"
      "  %.2f s wall, %.0f pages/s, %.1f MB/s, %.2f s CPU\n"
      "  stored %lld (near-dup %lld), duplicates %lld, failed %lld\n"
      "  RSS before run %ld MB, peak RSS %ld MB\n",
      count, bytes / 1e6, file_mode ? "file://" : "HTTP (loopback)", sources.size(),
      std::thread::hardware_concurrency(), secs, count / secs, bytes / 1e6 / secs, cpu,
      static_cast<long long>(c.stored), static_cast<long long>(c.near_duplicates),
      static_cast<long long>(c.duplicates), static_cast<long long>(c.failed), rss_before / 1024,
      newsdesk::bench::PeakRssKb() / 1024);
  PrintStats(summary->stats, server_cpu_ns.load() / 1e9);
  for (size_t i = 0; i < summary->failures.size() && i < 5; ++i) {
    std::printf("  failed: %s: %s\n", summary->failures[i].url.c_str(),
                summary->failures[i].reason.c_str());
  }
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
