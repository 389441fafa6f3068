// End-to-end crawl benchmark: a sitemap of N real-size news pages (the extraction devset
// pages, each served under N/591 distinct URLs with a distinct first sentence so that no
// two are exact duplicates) on the loopback test server, crawled through the whole
// pipeline (discovery, fetch, decode, extract, normalize, dedup/stories, store) into a
// fresh SQLite store. Prints pages/s and RSS at checkpoints, then the totals.
//
// With --revisit PCT, a second crawl a simulated day later re-fetches every stored article
// (docs/revisions.md) with a conditional GET: PCT percent of the pages were edited in the
// meantime (a sentence added: a revision each), the others answer 304. Prints that pass.
//
//   build/bench/crawl_bench [--pages 20000] [--workers 0] [--db /tmp/crawl_bench.db]
//                           [--revisit 10]
//
// Its own main (not Google Benchmark): one long run is the measurement.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "newsdesk/config.h"
#include "newsdesk/crawl.h"
#include "newsdesk/store.h"
#include "testing/test_server.h"

namespace {

namespace fs = std::filesystem;
using newsdesk::testing::HttpRequest;
using newsdesk::testing::HttpResponse;

// "VmRSS" or "VmHWM" of this process, in MiB.
double ProcMiB(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0) return std::atof(line.c_str() + std::strlen(key) + 1) / 1024.0;
  }
  return 0;
}

std::vector<std::shared_ptr<const std::string>> LoadPages() {
  std::vector<std::shared_ptr<const std::string>> pages;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(NEWSDESK_DEVSET_DIR) / "pages")) {
    if (e.path().extension() == ".html") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    pages.push_back(std::make_shared<const std::string>(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())));
  }
  return pages;
}

// The page with "Copy <i>." added to its middle paragraph (inside the article body on
// real pages), so that every copy has its own text.
std::string Variant(const std::string& page, int i) {
  std::vector<size_t> ends;
  for (size_t p = page.find("</p>"); p != std::string::npos; p = page.find("</p>", p + 4)) {
    ends.push_back(p);
  }
  std::string out = page;
  const std::string mark = " Copy " + std::to_string(i) + ".";
  if (!ends.empty()) {
    out.insert(ends[ends.size() / 2], mark);
  } else {
    size_t body = out.find("</body>");
    out.insert(body == std::string::npos ? out.size() : body, "<p>" + mark + "</p>");
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int pages_wanted = 20000;
  int workers = 0;
  int revisit_percent = -1;  // no re-fetch pass
  std::string db = (fs::temp_directory_path() / "newsdesk_crawl_bench.db").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--pages") pages_wanted = std::atoi(argv[i + 1]);
    if (a == "--workers") workers = std::atoi(argv[i + 1]);
    if (a == "--db") db = argv[i + 1];
    if (a == "--revisit") revisit_percent = std::clamp(std::atoi(argv[i + 1]), 0, 100);
  }
  pages_wanted = std::clamp(pages_wanted, 1, 50000);  // one sitemap holds 50,000 URLs

  std::vector<std::shared_ptr<const std::string>> pages = LoadPages();
  if (pages.empty()) {
    std::fprintf(stderr, "no devset pages under %s\n", NEWSDESK_DEVSET_DIR);
    return 1;
  }
  newsdesk::testing::TestServer server(1);
  std::string sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  int64_t bytes = 0;
  // Edited pages (--revisit) serve a second version; each version has its ETag.
  std::vector<std::atomic<bool>> edited(static_cast<size_t>(pages_wanted));
  for (int i = 0; i < pages_wanted; ++i) {
    const std::string path = "/a/" + std::to_string(i);
    auto page = pages[static_cast<size_t>(i) % pages.size()];
    bytes += static_cast<int64_t>(page->size());
    std::atomic<bool>* is_edited = &edited[static_cast<size_t>(i)];
    server.Handle(path, [page, i, is_edited](const HttpRequest& req) {
      const bool v2 = is_edited->load();
      const std::string etag = v2 ? "\"v2\"" : "\"v1\"";
      HttpResponse r;
      if (req.header("if-none-match") == etag) {
        r.status = 304;
      } else {
        r = HttpResponse::Html(Variant(*page, v2 ? -i - 1 : i));
      }
      r.headers.emplace_back("ETag", etag);
      return r;
    });
    sitemap += "<url><loc>" + server.url(path) + "</loc></url>\n";
  }
  sitemap += "</urlset>\n";
  server.Handle("/sitemap.xml", [sitemap](const HttpRequest&) {
    return HttpResponse::Text(sitemap, "application/xml");
  });

  for (const char* suffix : {"", "-wal", "-shm", ".lock"}) fs::remove(db + suffix);
  std::string toml = "name = \"bench\"\nstore = \"" + db +
                     "\"\n[fetch]\nallow_private_networks = true\nobey_robots = false\n"
                     "delay = \"0s\"\nper_host = 32\nconcurrency = 32\nattempts = 1\n"
                     "[[sources]]\nkind = \"sitemap\"\nurl = \"" +
                     server.url("/sitemap.xml") + "\"\n";
  newsdesk::Result<newsdesk::PipelineConfig> config =
      newsdesk::ParsePipelineConfig(toml, "/tmp/bench.toml");
  if (!config.ok()) {
    std::fprintf(stderr, "%s\n", config.status().ToString().c_str());
    return 1;
  }
  auto store = newsdesk::Store::Open(config->store);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }

  std::printf(
      "crawl_bench: %d pages (%zu distinct devset pages, %.1f MiB of HTML), "
      "%u cores, RSS before the run %.0f MiB\n",
      pages_wanted, pages.size(), bytes / 1048576.0, std::thread::hardware_concurrency(),
      ProcMiB("VmRSS:"));
  const std::vector<int64_t> checkpoints = {1000, 5000, 10000, 20000, 50000};
  size_t next_checkpoint = 0;
  const auto start = std::chrono::steady_clock::now();
  newsdesk::CrawlOptions options;
  options.workers = workers;
  options.batch_size = 50000;
  options.progress = [&](const newsdesk::PipelineProgress& p) {
    while (next_checkpoint < checkpoints.size() && p.done >= checkpoints[next_checkpoint]) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::printf("  %6lld pages: %7.1f s, %6.1f pages/s, RSS %6.1f MiB, peak %6.1f MiB\n",
                  static_cast<long long>(p.done), secs, p.done / secs, ProcMiB("VmRSS:"),
                  ProcMiB("VmHWM:"));
      std::fflush(stdout);
      ++next_checkpoint;
    }
  };
  // The runs' clock: now, and for the re-fetch pass a day and an hour later.
  const auto first_crawl = std::chrono::system_clock::now();
  auto clock = std::make_shared<std::atomic<int64_t>>(0);  // hours after first_crawl
  options.now = [first_crawl, clock] { return first_crawl + std::chrono::hours(clock->load()); };
  newsdesk::Crawler crawler(*config, **store, options);
  newsdesk::Result<newsdesk::CrawlReport> report = crawler.Run();
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!report.ok()) {
    std::fprintf(stderr, "%s\n", report.status().ToString().c_str());
    return 1;
  }
  const newsdesk::PipelineProgress& c = report->run.counts;
  std::printf(
      "total: %lld pages in %.1f s = %.1f pages/s (%.1f MiB/s of HTML); stored %lld, "
      "near-duplicates %lld, duplicates %lld, failed %lld; peak RSS %.1f MiB\n",
      static_cast<long long>(c.done), secs, c.done / secs, bytes / 1048576.0 / secs,
      static_cast<long long>(c.stored), static_cast<long long>(c.near_duplicates),
      static_cast<long long>(c.duplicates), static_cast<long long>(c.failed), ProcMiB("VmHWM:"));
  if (c.failed != 0 || revisit_percent < 0) return c.failed == 0 ? 0 : 1;

  // The re-fetch pass: every stored article is due a day after its first fetch.
  // Only URLs that stored an article are re-fetched (a duplicate's URL is an alias).
  int edited_count = 0, edited_stored = 0;
  for (int i = 0; i < pages_wanted; ++i) {
    if (i % 100 >= revisit_percent) continue;
    edited[static_cast<size_t>(i)] = true;
    ++edited_count;
    auto entry = (*store)->GetUrl(server.url("/a/" + std::to_string(i)));
    if (entry.ok() && *entry && (*entry)->state == newsdesk::UrlState::kFetched) ++edited_stored;
  }
  clock->store(25);
  options.progress = nullptr;
  const auto again = std::chrono::steady_clock::now();
  const std::clock_t cpu_before = std::clock();
  newsdesk::Crawler revisit(*config, **store, options);
  newsdesk::Result<newsdesk::CrawlReport> second = revisit.Run();
  const double revisit_secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - again).count();
  const double revisit_cpu = static_cast<double>(std::clock() - cpu_before) / CLOCKS_PER_SEC;
  if (!second.ok()) {
    std::fprintf(stderr, "%s\n", second.status().ToString().c_str());
    return 1;
  }
  const newsdesk::PipelineProgress& r = second->run.counts;
  std::printf(
      "re-fetch pass (%d%% edited: %d pages, %d of them stored articles): %lld re-fetched in "
      "%.1f s = %.1f pages/s, %.1f s CPU (the process, loopback server included); %lld "
      "unchanged (304 or the same text), %lld revisions, %lld failed\n",
      revisit_percent, edited_count, edited_stored, static_cast<long long>(r.done), revisit_secs,
      r.done / revisit_secs, revisit_cpu, static_cast<long long>(r.unchanged),
      static_cast<long long>(r.revised), static_cast<long long>(r.failed));
  // An edit outside the text the extractor keeps (the mark lands in a teaser or footer on
  // some pages) is, rightly, no revision: at most edited_stored.
  return r.failed == 0 && r.revised <= edited_stored ? 0 : 1;
}
