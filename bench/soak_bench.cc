// Soak: `newsdesk ingest`, `crawl` or `daemon` over many URLs on many loopback hosts that
// inject faults at random, killed with SIGKILL at random moments and resumed, then audited
// in the store.
//
//   soak_bench [--command=ingest|crawl|daemon] [--urls=50000] [--hosts=200] [--kills=3]
//              [--seed=1] [--newsdesk=PATH] [--dir=DIR] [--kill-after=2-20]
//
// Every host is a real HTTP server on 127.0.0.1 (tests/testing/test_server.h, one port
// per host, so politeness and robots.txt are per host); nothing leaves loopback. Each
// request of /a/<n> draws its fate from (seed, n, attempt): 5% 503, 2% connection reset
// mid-body, 2% slow drip (a complete page at ~800 B/s), 1% 429 with Retry-After: 1, 1%
// redirect loop, 1% oversize (a redirect to a gzip body inflating past the 10 MiB cap),
// 1% garbage bytes under a bogus charset; else the article page of n.
//
// What runs: `ingest` reads the URL list. `crawl` and `daemon` read a pipeline file with
// one source per host, an RSS feed (even hosts) or a sitemap (odd hosts) listing that
// host's URLs, with an ETag (a re-read is a 304), so discovery and the frontier are
// exercised; the daemon re-reads each source every second. Reads of these documents fail
// too, drawn from (seed, host, read): 5% 503, 2% reset mid-body, 1% 429 with Retry-After:
// 1, 2% truncated (half the document, 200, no ETag), 1% garbage bytes.
// After `--kills` runs killed with SIGKILL at a random moment (uniform in --kill-after
// seconds), one run goes to the end: `ingest` and `crawl` until they exit; `daemon` until
// it has recorded one whole run, then, at a random moment of the next second, one SIGTERM,
// after which it must exit 0 within its shutdown grace (5 s) plus 5 s.
//
// The store is then audited: every URL is present (crawl, daemon: unless the last read of
// its host's feed or sitemap was a fault; counted apart) and in exactly one known state, every
// failed or skipped URL has its reason, every fetched URL has its article, no article is
// stored twice, no run but the killed ones is left `running`, `PRAGMA integrity_check` is
// ok. Prints the faults served, the states, the audit, the children's peak RSS and the
// times; exits 1 if the audit fails or the last run's exit is wrong (late, or not 0, 1 or
// 75; the daemon: not 0).
#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "process_usage.h"
#include "testing/news_page.h"
#include "testing/temp_dir.h"
#include "testing/test_server.h"

namespace {

using newsdesk::testing::HttpRequest;
using newsdesk::testing::HttpResponse;
using newsdesk::testing::TestServer;
using Clock = std::chrono::steady_clock;

enum Fault { k503, kReset, kDrip, k429, kLoop, kOversize, kGarbage, kNone, kFaultCount };
constexpr std::array<const char*, kFaultCount> kFaultNames = {
    "503",           "reset",    "slow drip", "429 Retry-After",
    "redirect loop", "oversize", "garbage",   "none (article)"};
// Per mille of requests, in Fault order; the rest are articles.
constexpr std::array<int, kNone> kFaultPerMille = {50, 20, 20, 10, 10, 10, 10};

enum class Command { kIngest, kCrawl, kDaemon };
constexpr std::array<std::string_view, 3> kCommandNames = {"ingest", "crawl", "daemon"};

// The daemon's shutdown grace (pipeline file) and the slack allowed on top of it between
// the SIGTERM and its exit.
constexpr int kShutdownGraceS = 5;
constexpr int kStopSlackS = 5;

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The fate of the `attempt`-th request of item `n` (a URL, or a host's discovery document
// numbered after the URLs): an index into `per_mille`, or its size (no fault).
template <size_t N>
int Draw(const std::array<int, N>& per_mille, uint64_t seed, int n, int attempt) {
  int r = static_cast<int>(
      Mix(seed * 1000003 + static_cast<uint64_t>(n) * 7919 + static_cast<uint64_t>(attempt)) %
      1000);
  for (size_t f = 0; f < N; ++f) {
    if (r < per_mille[f]) return static_cast<int>(f);
    r -= per_mille[f];
  }
  return static_cast<int>(N);
}

// Faults of the feeds and sitemaps (crawl, daemon), per mille of their reads; a complete
// document otherwise (or a 304 when the reader sent the ETag of the complete one).
enum DiscoveryFault {
  kDoc503,
  kDocReset,
  kDoc429,
  kDocTruncated,
  kDocGarbage,
  kDocComplete,
  kDiscoveryFaultCount
};
constexpr std::array<const char*, kDiscoveryFaultCount> kDiscoveryFaultNames = {
    "503", "reset", "429 Retry-After", "truncated", "garbage", "none (complete)"};
constexpr std::array<int, kDocComplete> kDiscoveryPerMille = {50, 20, 10, 20, 10};

struct Flags {
  Command command = Command::kIngest;
  int urls = 50000;
  int hosts = 200;
  int kills = 3;
  uint64_t seed = 1;
  double kill_min_s = 2;
  double kill_max_s = 20;
  std::string newsdesk = NEWSDESK_BINARY;
  std::string dir;
};

bool Take(std::string_view arg, std::string_view name, std::string* value) {
  if (arg.substr(0, name.size()) != name) return false;
  *value = std::string(arg.substr(name.size()));
  return true;
}

struct Paths {
  std::string list;      // ingest: the URL list
  std::string pipeline;  // crawl, daemon: the pipeline file
  std::string db;
  std::string log;
};

// The command line of one run; the same politeness for the three commands.
std::vector<std::string> NewsdeskArgs(const Flags& f, const Paths& p) {
  std::vector<std::string> args = {f.newsdesk,
                                   std::string(kCommandNames[static_cast<int>(f.command)])};
  if (f.command == Command::kIngest) {
    args.insert(args.end(), {p.list, "--delay-ms", "0", "--per-host", "2", "--concurrency", "64"});
  } else {
    args.push_back(p.pipeline);  // [fetch] says the same
  }
  args.insert(args.end(), {"--db", p.db, "--allow-private-networks"});
  return args;
}

int ExitCode(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Waits up to `limit` for `pid`; its exit status, or nullopt if it still runs.
std::optional<int> WaitFor(pid_t pid, Clock::duration limit) {
  const Clock::time_point deadline = Clock::now() + limit;
  int status = 0;
  while (Clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) return status;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return std::nullopt;
}

Clock::duration Seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}

// Runs `sql` on the store and returns the first column of each row (further columns
// appended after tabs).
std::vector<std::string> Query(sqlite3* db, const std::string& sql) {
  std::vector<std::string> out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "soak: %s: %s\n", sql.c_str(), sqlite3_errmsg(db));
    std::exit(2);
  }
  while (sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(s, 0);
    std::string row = t ? reinterpret_cast<const char*>(t) : "";
    for (int c = 1; c < sqlite3_column_count(s); ++c) {
      const unsigned char* v = sqlite3_column_text(s, c);
      row += "\t" + std::string(v ? reinterpret_cast<const char*>(v) : "");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(s);
  return out;
}

long Count(sqlite3* db, const std::string& sql) { return std::stol(Query(db, sql).at(0)); }

// `sql` (a count) on the store while a newsdesk may be writing it; -1 when the store or
// its tables do not exist yet or it is busy.
long CountWhileRunning(const std::string& path, const std::string& sql) {
  if (!std::filesystem::exists(path)) return -1;
  sqlite3* db = nullptr;
  long n = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
      n = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return n;
}

// The discovery document of host `h`: an RSS 2.0 feed (even h) or a sitemap (odd h) of
// the URLs `urls`.
std::string DiscoveryDocument(int h, const std::vector<std::string>& urls) {
  std::string doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (h % 2 == 0) {
    doc += "<rss version=\"2.0\"><channel><title>Soak host " + std::to_string(h) +
           "</title><link>http://127.0.0.1/</link><description>soak</description>\n";
    for (const std::string& u : urls)
      doc += "<item><title>Report</title><link>" + u + "</link></item>\n";
    return doc + "</channel></rss>\n";
  }
  doc += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const std::string& u : urls) doc += "<url><loc>" + u + "</loc></url>\n";
  return doc + "</urlset>\n";
}

std::string DiscoveryPath(int h) { return h % 2 == 0 ? "/feed.xml" : "/sitemap.xml"; }

// The pipeline file of crawl and daemon: one source per host, the politeness of ingest's
// flags.
void WritePipeline(const std::string& path, const std::string& db,
                   const std::vector<std::unique_ptr<TestServer>>& servers) {
  std::ofstream out(path);
  out << "name = \"soak\"\nstore = \"" << db << "\"\nrevisit = []\n\n"
      << "[fetch]\nconcurrency = 64\nper_host = 2\ndelay = \"0ms\"\n"
      << "allow_private_networks = true\n\n"
      << "[daemon]\nshutdown_grace = \"" << kShutdownGraceS << "s\"\n";
  for (size_t h = 0; h < servers.size(); ++h) {
    const int hi = static_cast<int>(h);
    out << "\n[[sources]]\nkind = \"" << (hi % 2 == 0 ? "feed" : "sitemap") << "\"\nurl = \""
        << servers[h]->url(DiscoveryPath(hi)) << "\"\ninterval = \"1s\"\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  Flags f;
  bool flags_ok = true;
  for (int i = 1; i < argc; ++i) {
    std::string v;
    if (Take(argv[i], "--command=", &v)) {
      flags_ok = false;
      for (size_t c = 0; c < kCommandNames.size(); ++c) {
        if (v == kCommandNames[c]) f.command = static_cast<Command>(c), flags_ok = true;
      }
    } else if (Take(argv[i], "--urls=", &v)) {
      f.urls = std::stoi(v);
    } else if (Take(argv[i], "--hosts=", &v)) {
      f.hosts = std::stoi(v);
    } else if (Take(argv[i], "--kills=", &v)) {
      f.kills = std::stoi(v);
    } else if (Take(argv[i], "--seed=", &v)) {
      f.seed = std::stoull(v);
    } else if (Take(argv[i], "--newsdesk=", &v)) {
      f.newsdesk = v;
    } else if (Take(argv[i], "--dir=", &v)) {
      f.dir = v;
    } else if (Take(argv[i], "--kill-after=", &v) && v.find('-') != std::string::npos) {
      f.kill_min_s = std::stod(v.substr(0, v.find('-')));
      f.kill_max_s = std::stod(v.substr(v.find('-') + 1));
    } else {
      flags_ok = false;
    }
    if (!flags_ok) {
      std::fprintf(stderr,
                   "usage: %s [--command=ingest|crawl|daemon] [--urls=N] [--hosts=N] "
                   "[--kills=N] [--seed=N] [--newsdesk=PATH] [--dir=DIR] "
                   "[--kill-after=MIN-MAX]\n",
                   argv[0]);
      return 2;
    }
  }
  if (f.urls < 1 || f.hosts < 1 || f.kills < 0 || f.kill_min_s > f.kill_max_s) {
    std::fprintf(stderr, "soak: bad flags\n");
    return 2;
  }
  const std::string_view command = kCommandNames[static_cast<int>(f.command)];
  std::unique_ptr<newsdesk::testing::TempDir> temp;
  if (f.dir.empty()) {
    temp = std::make_unique<newsdesk::testing::TempDir>();
    f.dir = temp->path();
  }
  std::filesystem::create_directories(f.dir);
  const Paths paths{f.dir + "/urls.txt", f.dir + "/soak.toml", f.dir + "/soak.db",
                    f.dir + "/" + std::string(command) + ".log"};
  for (const char* suffix : {"", "-wal", "-shm", ".lock"}) {
    std::filesystem::remove(paths.db + suffix);
  }
  std::filesystem::remove(paths.log);

  // The hosts, their pages and their discovery documents.
  std::vector<std::unique_ptr<TestServer>> servers;
  std::vector<std::atomic<int>> attempts(static_cast<size_t>(f.urls));
  std::array<std::atomic<long>, kFaultCount> served{};
  std::vector<std::vector<std::string>> listed(static_cast<size_t>(f.hosts));
  std::ofstream urls(paths.list);
  servers.reserve(static_cast<size_t>(f.hosts));
  for (int h = 0; h < f.hosts; ++h) servers.push_back(std::make_unique<TestServer>());
  for (int n = 0; n < f.urls; ++n) {
    TestServer& server = *servers[static_cast<size_t>(n % f.hosts)];
    const std::string path = "/a/" + std::to_string(n);
    const std::string url = server.url(path);
    urls << url << "\n";
    listed[static_cast<size_t>(n % f.hosts)].push_back(url);
    server.Handle(path, [&, n, url](const HttpRequest&) {
      const auto fault =
          static_cast<Fault>(Draw(kFaultPerMille, f.seed, n, attempts[static_cast<size_t>(n)]++));
      ++served[fault];
      switch (fault) {
        case k503: {
          HttpResponse r = HttpResponse::Text("service unavailable");
          r.status = 503;
          return r;
        }
        case kReset: {
          HttpResponse r = HttpResponse::Html(newsdesk::testing::NewsPage(n));
          r.reset_mid_body = true;
          return r;
        }
        case kDrip: {
          HttpResponse r = HttpResponse::Html(newsdesk::testing::NewsPage(n));
          r.drip_bytes = 16;
          r.drip_interval = std::chrono::milliseconds(20);
          return r;
        }
        case k429: {
          HttpResponse r = HttpResponse::Text("slow down");
          r.status = 429;
          r.headers.emplace_back("Retry-After", "1");
          return r;
        }
        case kLoop:
          return HttpResponse::Redirect(302, url);
        case kOversize:
          return HttpResponse::Redirect(302, "/gzip-bomb?mb=11");
        case kGarbage: {
          std::mt19937_64 rng(Mix(f.seed ^ static_cast<uint64_t>(n)));
          std::string bytes(4096, '\0');
          for (char& c : bytes) c = static_cast<char>(rng());
          HttpResponse r;
          r.body = std::move(bytes);
          r.headers.emplace_back("Content-Type", "text/html; charset=x-no-such-charset");
          return r;
        }
        default:
          return HttpResponse::Html(newsdesk::testing::NewsPage(n));
      }
    });
  }
  urls.close();
  std::atomic<long> discovery_requests{0};
  std::atomic<long> discovery_304{0};
  std::array<std::atomic<long>, kDiscoveryFaultCount> discovery_served{};
  // Per host: how many reads of its document were served, and the fate of the last one
  // (-1: none yet). A URL may be missing from the store only if its host's last read failed.
  std::vector<std::atomic<int>> discovery_reads(static_cast<size_t>(f.hosts));
  std::vector<std::atomic<int>> discovery_last(static_cast<size_t>(f.hosts));
  for (std::atomic<int>& last : discovery_last) last = -1;
  if (f.command != Command::kIngest) {
    for (int h = 0; h < f.hosts; ++h) {
      auto doc =
          std::make_shared<const std::string>(DiscoveryDocument(h, listed[static_cast<size_t>(h)]));
      servers[static_cast<size_t>(h)]->Handle(
          DiscoveryPath(h), [&, h, doc](const HttpRequest& req) {
            ++discovery_requests;
            const auto hs = static_cast<size_t>(h);
            const int fault = Draw(kDiscoveryPerMille, f.seed, f.urls + h, discovery_reads[hs]++);
            ++discovery_served[static_cast<size_t>(fault)];
            discovery_last[hs] = fault;
            const std::string type = h % 2 == 0 ? "application/rss+xml" : "application/xml";
            HttpResponse r;
            switch (fault) {
              case kDoc503:
                r = HttpResponse::Text("service unavailable");
                r.status = 503;
                return r;
              case kDocReset:
                r = HttpResponse::Text(*doc, type);
                r.reset_mid_body = true;
                return r;
              case kDoc429:
                r = HttpResponse::Text("slow down");
                r.status = 429;
                r.headers.emplace_back("Retry-After", "1");
                return r;
              case kDocTruncated:  // a complete response of half the document, no validator
                return HttpResponse::Text(doc->substr(0, doc->size() / 2), type);
              case kDocGarbage: {
                std::mt19937_64 rng(Mix(f.seed ^ static_cast<uint64_t>(f.urls + h)));
                std::string bytes(2048, '\0');
                for (char& c : bytes) c = static_cast<char>(rng());
                return HttpResponse::Text(bytes, type);
              }
              default:
                break;
            }
            if (req.header("If-None-Match") == "\"v1\"") {
              ++discovery_304;
              r.status = 304;
              return r;
            }
            r = HttpResponse::Text(*doc, type);
            r.headers.emplace_back("ETag", "\"v1\"");
            return r;
          });
    }
    WritePipeline(paths.pipeline, paths.db, servers);
  }
  std::printf("soak: newsdesk %.*s, %d URLs over %d loopback hosts, seed %llu, store %s\n",
              static_cast<int>(command.size()), command.data(), f.urls, f.hosts,
              static_cast<unsigned long long>(f.seed), paths.db.c_str());
  const std::vector<std::string> args = NewsdeskArgs(f, paths);

  // Killed runs, then one to the end.
  std::mt19937_64 rng(f.seed);
  std::uniform_real_distribution<double> kill_at(f.kill_min_s, f.kill_max_s);
  const Clock::time_point start = Clock::now();
  int kills_landed = 0;
  for (int k = 0; k < f.kills; ++k) {
    const double after = kill_at(rng);
    const pid_t pid = newsdesk::bench::StartProcess(args, paths.log);
    const std::optional<int> exited = WaitFor(pid, Seconds(after));
    if (!exited) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      ++kills_landed;
    }
    std::printf("  run %d: %s after %.1f s\n", k + 1,
                exited ? "finished before its kill" : "SIGKILL", after);
  }
  const Clock::time_point last_start = Clock::now();
  const long runs_before =
      std::max(0L, CountWhileRunning(paths.db, "SELECT coalesce(max(id), 0) FROM runs"));
  const pid_t pid = newsdesk::bench::StartProcess(args, paths.log);
  std::optional<int> status;
  bool exit_ok = true;
  if (f.command == Command::kDaemon) {
    // One whole run recorded by this daemon, then one SIGTERM at a random moment.
    const std::string whole_runs = "SELECT count(*) FROM runs WHERE status <> 'running' AND id > " +
                                   std::to_string(runs_before);
    while (!status && CountWhileRunning(paths.db, whole_runs) < 1) {
      status = WaitFor(pid, std::chrono::milliseconds(200));
    }
    if (status) {
      std::printf("  run %d: the daemon exited by itself, exit %d\n", f.kills + 1,
                  ExitCode(*status));
      exit_ok = false;
    } else {
      status = WaitFor(pid, Seconds(std::uniform_real_distribution<double>(0, 1)(rng)));
      const Clock::time_point term = Clock::now();
      kill(pid, SIGTERM);
      if (!status) status = WaitFor(pid, std::chrono::seconds(kShutdownGraceS + kStopSlackS));
      const double stop_s = std::chrono::duration<double>(Clock::now() - term).count();
      if (!status) {
        kill(pid, SIGKILL);
        int killed = 0;
        waitpid(pid, &killed, 0);
        status = killed;
        exit_ok = false;
      }
      exit_ok = exit_ok && ExitCode(*status) == 0;
      std::printf("  run %d: one whole run, then SIGTERM: exit %d %.1f s after it (bound %d s)\n",
                  f.kills + 1, ExitCode(*status), stop_s, kShutdownGraceS + kStopSlackS);
    }
  } else {
    int s = 0;
    waitpid(pid, &s, 0);
    status = s;
    const int rc = ExitCode(s);
    exit_ok = rc == 0 || rc == 1 || rc == 75;
    std::printf("  run %d: to the end, exit %d\n", f.kills + 1, rc);
  }
  const double last_s = std::chrono::duration<double>(Clock::now() - last_start).count();
  const double total_s = std::chrono::duration<double>(Clock::now() - start).count();

  // Audit.
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(paths.db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "soak: cannot open %s\n", paths.db.c_str());
    return 2;
  }
  const std::string integrity = Query(db, "PRAGMA integrity_check").at(0);
  const long rows = Count(db, "SELECT count(*) FROM urls");
  // A listed URL missing from the store is lost, unless discovery (crawl, daemon) could not
  // see it: its host's last feed or sitemap read was a fault.
  long listed_missing = 0;
  long undiscovered = 0;
  size_t hosts_undiscovered = 0;
  {
    const std::vector<std::string> present =
        Query(db, "SELECT url FROM urls WHERE url LIKE 'http://127.0.0.1:%/a/%'");
    const std::unordered_set<std::string> stored(present.begin(), present.end());
    std::unordered_set<int> hosts_failed;
    for (int n = 0; n < f.urls; ++n) {
      const int h = n % f.hosts;
      const auto& urls_of_host = listed[static_cast<size_t>(h)];
      if (stored.count(urls_of_host[static_cast<size_t>(n / f.hosts)]) != 0) continue;
      const int last = discovery_last[static_cast<size_t>(h)];
      if (f.command != Command::kIngest && last >= 0 && last != kDocComplete) {
        ++undiscovered;
        hosts_failed.insert(h);
      } else {
        ++listed_missing;
      }
    }
    hosts_undiscovered = hosts_failed.size();
  }
  const long unknown_state = Count(db,
                                   "SELECT count(*) FROM urls WHERE state NOT IN ('pending', "
                                   "'fetched', 'unchanged', 'duplicate', 'skipped', 'failed')");
  const long no_reason = Count(db,
                               "SELECT count(*) FROM urls WHERE state IN ('failed', 'skipped') "
                               "AND error = ''");
  const long fetched_without_article = Count(
      db,
      "SELECT count(*) FROM urls u WHERE u.state = 'fetched' AND (u.article_id IS NULL OR NOT "
      "EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id))");
  const long doubled = Count(db, "SELECT count(*) - count(DISTINCT content_hash) FROM articles");
  const long articles = Count(db, "SELECT count(*) FROM articles");
  const long left_running = Count(db, "SELECT count(*) FROM runs WHERE status = 'running'");
  std::printf("\nfaults served (requests):\n");
  long requests = 0;
  for (int i = 0; i < kFaultCount; ++i) requests += served[i];
  for (int i = 0; i < kFaultCount; ++i) {
    std::printf("  %-16s %8ld  %5.2f%%\n", kFaultNames[i], served[i].load(),
                requests ? 100.0 * served[i] / requests : 0.0);
  }
  std::printf("  %-16s %8ld\n", "requests", requests);
  if (f.command != Command::kIngest) {
    std::printf("\nfeed and sitemap reads:\n");
    for (int i = 0; i < kDiscoveryFaultCount; ++i) {
      std::printf("  %-16s %8ld  %5.2f%%\n", kDiscoveryFaultNames[i], discovery_served[i].load(),
                  discovery_requests ? 100.0 * discovery_served[i] / discovery_requests : 0.0);
    }
    std::printf("  %-16s %8ld  (%ld of them 304)\n", "reads", discovery_requests.load(),
                discovery_304.load());
  }
  std::printf("\nURL states:\n");
  for (const std::string& row :
       Query(db, "SELECT state, count(*) FROM urls GROUP BY state ORDER BY 2 DESC")) {
    std::printf("  %s\n", row.c_str());
  }
  std::printf("\nfailure reasons (top 8):\n");
  for (const std::string& row : Query(db,
                                      "SELECT count(*), substr(error, 1, 70) FROM urls WHERE "
                                      "error <> '' GROUP BY substr(error, 1, 40) ORDER BY 1 DESC "
                                      "LIMIT 8")) {
    std::printf("  %s\n", row.c_str());
  }
  std::printf("\nruns:\n");
  for (const std::string& row :
       Query(db, "SELECT status, count(*) FROM runs GROUP BY status ORDER BY 2 DESC")) {
    std::printf("  %s\n", row.c_str());
  }
  sqlite3_close(db);
  rusage children{};
  getrusage(RUSAGE_CHILDREN, &children);
  const long lost = listed_missing + fetched_without_article;
  std::printf(
      "\naudit: URLs %d, frontier rows %ld, kills survived %d, lost %ld, doubled %ld, without "
      "reason %ld, unknown state %ld, runs left running %ld (kills %d), articles %ld, "
      "integrity_check %s, last exit %s; not discovered %ld (of %zu hosts whose last feed or "
      "sitemap read failed)\n",
      f.urls, rows, kills_landed, lost, doubled, no_reason, unknown_state, left_running,
      kills_landed, articles, integrity.c_str(), exit_ok ? "ok" : "WRONG", undiscovered,
      hosts_undiscovered);
  std::printf("time: %.1f s in all, last run %.1f s; peak RSS of a newsdesk run %ld MB\n", total_s,
              last_s, children.ru_maxrss / 1024);
  return lost == 0 && doubled == 0 && no_reason == 0 && unknown_state == 0 &&
                 left_running <= kills_landed && integrity == "ok" && exit_ok
             ? 0
             : 1;
}
