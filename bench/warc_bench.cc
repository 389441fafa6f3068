// WARC import throughput and memory (issue 17).
//
// Usage: warc_bench [--mb N] [--pages DIR] [--workers N] [--scan-only 1] [--keep DIR]
//                   [--write-only 1] [--level L]
// Writes a CC-NEWS-like .warc.gz of about N MB (default 200) in a temp dir: per page a
// request record and a response record (the pages of DIR, default the extraction devset,
// made distinct per copy), and every fifth page also a JSON response and a metadata
// record; one gzip member per record, as crawlers write them. Then
//   1. scans it with WarcReader (records/s, MB/s), and
//   2. imports its HTML responses through the pipeline with `--workers` CPU workers
//      (default 1: "one core") into a fresh store (HTML records/s),
// printing the peak RSS after each phase; memory must not grow with the file.
// `--write-only 1` measures the other direction instead, the cost of archiving a crawl:
// WarcWriter::WriteExchange of about N MB of the pages (request + response records,
// compression `--level`, default the writer's) on one thread: pages/s, MB/s, CPU per page
// and the compressed size.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench_pages.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "newsdesk/warc.h"
#include "process_usage.h"
#include "warc_codec.h"

namespace fs = std::filesystem;
using newsdesk::bench::Distinct;
using newsdesk::bench::ReadFile;
using newsdesk::bench::RssKb;

namespace {

std::string Record(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2026-02-14T10:00:00Z\r\nContent-Length: " + std::to_string(block.size()) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

// Writes the file; returns the number of HTML responses in it.
int64_t Generate(const fs::path& path, int64_t target_bytes,
                 const std::vector<std::string>& pages) {
  std::ofstream out(path, std::ios::binary);
  int64_t written = 0;
  int64_t html = 0;
  for (int64_t k = 0; written < target_bytes; ++k) {
    const std::string uri =
        "https://news" + std::to_string(k % 50) + ".example/a/" + std::to_string(k);
    const std::string body = Distinct(pages[k % pages.size()], static_cast<int>(k / pages.size()));
    std::string members = newsdesk::warc_internal::GzipMember(
        {Record("request", uri, "GET /a/" + std::to_string(k) + " HTTP/1.1\r\nHost: x\r\n\r\n")},
        6);
    members += newsdesk::warc_internal::GzipMember(
        {Record("response", uri,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body)},
        6);
    ++html;
    if (k % 5 == 0) {
      members += newsdesk::warc_internal::GzipMember(
          {Record("response", uri + ".json",
                  "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"k\":1}")},
          6);
      members +=
          newsdesk::warc_internal::GzipMember({Record("metadata", uri, "fetchTimeMs: 5\r\n")}, 6);
    }
    out.write(members.data(), static_cast<std::streamsize>(members.size()));
    written += static_cast<int64_t>(members.size());
  }
  return html;
}

// --write-only: archives pages as fetched exchanges until `target_bytes` of bodies.
int WriteOnly(const fs::path& dir, int64_t target_bytes, int level,
              const std::vector<std::string>& pages) {
  newsdesk::WarcWriterOptions options{.dir = dir.string()};
  if (level > 0) options.compression_level = level;
  auto writer = newsdesk::WarcWriter::Open(options);
  if (!writer.ok()) {
    std::fprintf(stderr, "warc_bench: %s\n", writer.status().ToString().c_str());
    return 1;
  }
  // The bodies are made before the clock starts: only the writer is measured.
  std::vector<newsdesk::HttpExchange> exchanges;
  int64_t bytes = 0;
  for (int64_t k = 0; bytes < target_bytes; ++k) {
    newsdesk::HttpExchange x;
    x.url = "https://news" + std::to_string(k % 50) + ".example/a/" + std::to_string(k);
    x.date = std::chrono::system_clock::now();
    x.remote_ip = "127.0.0.1";
    x.request_head =
        "GET /a/" + std::to_string(k) + " HTTP/1.1\r\nHost: news.example\r\nAccept: */*\r\n\r\n";
    x.body = Distinct(pages[k % pages.size()], static_cast<int>(k / pages.size()));
    x.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                      std::to_string(x.body.size()) + "\r\n\r\n";
    bytes += static_cast<int64_t>(x.body.size());
    exchanges.push_back(std::move(x));
  }
  const double cpu0 = newsdesk::bench::CpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  for (const newsdesk::HttpExchange& x : exchanges) {
    if (auto where = (*writer)->WriteExchange(x); !where.ok()) {
      std::fprintf(stderr, "warc_bench: %s\n", where.status().ToString().c_str());
      return 1;
    }
  }
  if (newsdesk::Status s = (*writer)->Close(); !s.ok()) return 1;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = newsdesk::bench::CpuSeconds() - cpu0;
  int64_t out = 0;
  for (const std::string& f : (*writer)->files()) out += static_cast<int64_t>(fs::file_size(f));
  const double n = static_cast<double>(exchanges.size());
  std::printf(
      "warc_bench: write %zu exchanges (%.0f MB of bodies), level %d: %.2f s, %.0f pages/s, "
      "%.0f MB/s, %.3f ms CPU per page; %.1f MB written (%.1f %% of the bodies)\n",
      exchanges.size(), static_cast<double>(bytes) / (1 << 20), options.compression_level, secs,
      n / secs, static_cast<double>(bytes) / (1 << 20) / secs, 1000 * cpu / n,
      static_cast<double>(out) / (1 << 20),
      100.0 * static_cast<double>(out) / static_cast<double>(bytes));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path pages_dir = fs::path(NEWSDESK_DEVSET_DIR) / "pages";
  int64_t mb = 200;
  int workers = 1;
  bool scan_only = false;
  bool write_only = false;
  int level = 0;
  std::string keep;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--mb") {
      mb = std::atoll(argv[i + 1]);
    } else if (flag == "--pages") {
      pages_dir = argv[i + 1];
    } else if (flag == "--workers") {
      workers = std::atoi(argv[i + 1]);
    } else if (flag == "--scan-only") {
      scan_only = std::atoi(argv[i + 1]) != 0;
    } else if (flag == "--write-only") {
      write_only = std::atoi(argv[i + 1]) != 0;
    } else if (flag == "--level") {
      level = std::atoi(argv[i + 1]);
    } else if (flag == "--keep") {
      keep = argv[i + 1];
    } else {
      std::fprintf(stderr,
                   "usage: warc_bench [--mb N] [--pages DIR] [--workers N] [--scan-only 1] "
                   "[--keep DIR] [--write-only 1] [--level L]\n");
      return 2;
    }
  }
  std::vector<std::string> pages;
  for (const auto& e : fs::directory_iterator(pages_dir)) {
    if (e.path().extension() == ".html" || e.path().extension() == ".htm") {
      pages.push_back(ReadFile(e.path()));
    }
  }
  if (pages.empty()) {
    std::fprintf(stderr, "warc_bench: no pages in %s\n", pages_dir.c_str());
    return 2;
  }
  const fs::path dir =
      keep.empty() ? fs::temp_directory_path() / ("newsdesk-warc-bench-" + std::to_string(getpid()))
                   : fs::path(keep);
  fs::create_directories(dir);
  if (write_only) {
    const int rc = WriteOnly(dir, mb << 20, level, pages);
    if (keep.empty()) fs::remove_all(dir);
    return rc;
  }
  const fs::path file = dir / "bench.warc.gz";
  const int64_t html = Generate(file, mb << 20, pages);
  const double size_mb = static_cast<double>(fs::file_size(file)) / (1 << 20);
  std::printf("warc_bench: %s: %.0f MB compressed, %lld HTML responses (%zu source pages)\n",
              file.c_str(), size_mb, static_cast<long long>(html), pages.size());
  std::printf("  RSS after generating: %ld MB (peak %ld MB)\n", RssKb() / 1024,
              newsdesk::bench::PeakRssKb() / 1024);

  // 1. Scan.
  {
    auto reader = newsdesk::WarcReader::Open(file.string());
    if (!reader.ok()) {
      std::fprintf(stderr, "warc_bench: %s\n", reader.status().ToString().c_str());
      return 1;
    }
    newsdesk::WarcRecord record;
    int64_t records = 0;
    int64_t block_bytes = 0;
    const double cpu0 = newsdesk::bench::CpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    for (;;) {
      newsdesk::Result<bool> more = (*reader)->Next(record);
      if (!more.ok() || !*more) break;
      ++records;
      block_bytes += static_cast<int64_t>(record.block.size());
    }
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf(
        "  scan: %lld records in %.2f s: %.0f records/s, %.0f MB/s uncompressed, %.2f s CPU\n",
        static_cast<long long>(records), secs, records / secs,
        static_cast<double>(block_bytes) / (1 << 20) / secs, newsdesk::bench::CpuSeconds() - cpu0);
    std::printf("  RSS after scan: %ld MB (peak %ld MB)\n", RssKb() / 1024,
                newsdesk::bench::PeakRssKb() / 1024);
  }
  if (scan_only) {
    if (keep.empty()) fs::remove_all(dir);
    return 0;
  }

  // 2. Import through the pipeline.
  auto store = newsdesk::Store::Open((dir / "bench.db").string());
  if (!store.ok()) {
    std::fprintf(stderr, "warc_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  newsdesk::PipelineOptions options;
  options.workers = workers;
  options.run_name = "bench";
  newsdesk::Pipeline pipeline(**store, options);
  auto reader = newsdesk::WarcReader::Open(file.string());
  if (!reader.ok()) return 1;
  const double cpu0 = newsdesk::bench::CpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  auto summary = pipeline.ImportPages([&](newsdesk::ArchivedPage& page) {
    newsdesk::WarcRecord record;
    for (;;) {
      newsdesk::Result<bool> more = (*reader)->Next(record);
      if (!more.ok() || !*more) return false;
      auto http = newsdesk::ParseArchivedResponse(record);
      if (!http.ok() || !newsdesk::IsHtmlContentType(http->content_type)) continue;
      page = newsdesk::ArchivedPage{};
      page.response.url = http->url;
      page.response.http_status = http->http_status;
      page.response.content_type = http->content_type;
      page.response.body = std::move(http->body);
      page.fetched_at = http->date;
      page.warc_file = file.string();
      page.warc_offset = record.offset;
      return true;
    }
  });
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!summary.ok()) {
    std::fprintf(stderr, "warc_bench: %s\n", summary.status().ToString().c_str());
    return 1;
  }
  const auto& c = summary->counts;
  std::printf(
      "  import (%d worker%s): %lld HTML records in %.2f s: %.0f records/s, %.2f s CPU\n"
      "    stored %lld, duplicates %lld, skipped %lld, failed %lld\n",
      workers, workers == 1 ? "" : "s", static_cast<long long>(c.total), secs, c.total / secs,
      newsdesk::bench::CpuSeconds() - cpu0, static_cast<long long>(c.stored),
      static_cast<long long>(c.duplicates), static_cast<long long>(c.skipped),
      static_cast<long long>(c.failed));
  std::printf("  RSS after import: %ld MB (peak %ld MB)\n", RssKb() / 1024,
              newsdesk::bench::PeakRssKb() / 1024);
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
