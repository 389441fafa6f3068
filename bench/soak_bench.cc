// Soak: `newsdesk ingest` of many URLs over many loopback hosts that inject faults at
// random, killed with SIGKILL at random moments and resumed, then audited in the store.
//
//   soak_bench [--urls=50000] [--hosts=200] [--kills=3] [--seed=1] [--newsdesk=PATH]
//              [--dir=DIR] [--kill-after=2-20]
//
// Every host is a real HTTP server on 127.0.0.1 (tests/testing/test_server.h, one port
// per host, so politeness and robots.txt are per host); nothing leaves loopback. Each
// request of /a/<n> draws its fate from (seed, n, attempt): 5% 503, 2% connection reset
// mid-body, 2% slow drip (a complete page at ~800 B/s), 1% 429 with Retry-After: 1, 1%
// redirect loop, 1% oversize (a redirect to a gzip body inflating past the 10 MiB cap),
// 1% garbage bytes under a bogus charset; else the article page of n. After `--kills`
// runs killed with SIGKILL at a random moment (uniform in --kill-after seconds), one run
// goes to the end. The store is then audited: every URL is present and in exactly one
// state, every failed or skipped URL has its reason, every fetched URL has its article,
// no article is stored twice, `PRAGMA integrity_check` is ok. Prints the faults served,
// the states, the audit, the children's peak RSS and the times; exits 1 if the audit
// finds a URL lost or a page doubled.
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
#include <random>
#include <string>
#include <string_view>
#include <thread>
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

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

Fault Draw(uint64_t seed, int n, int attempt) {
  int r = static_cast<int>(
      Mix(seed * 1000003 + static_cast<uint64_t>(n) * 7919 + static_cast<uint64_t>(attempt)) %
      1000);
  for (int f = 0; f < kNone; ++f) {
    if (r < kFaultPerMille[f]) return static_cast<Fault>(f);
    r -= kFaultPerMille[f];
  }
  return kNone;
}

struct Flags {
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

// Starts `newsdesk ingest`, its output appended to `log`.
pid_t StartIngest(const Flags& f, const std::string& list, const std::string& db,
                  const std::string& log) {
  return newsdesk::bench::StartProcess(
      {f.newsdesk, "ingest", list, "--db", db, "--allow-private-networks", "--delay-ms", "0",
       "--per-host", "2", "--concurrency", "64"},
      log);
}

int ExitCode(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Runs `sql` on the store and returns the first column of each row.
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

}  // namespace

int main(int argc, char** argv) {
  Flags f;
  for (int i = 1; i < argc; ++i) {
    std::string v;
    if (Take(argv[i], "--urls=", &v)) {
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
      std::fprintf(stderr,
                   "usage: %s [--urls=N] [--hosts=N] [--kills=N] [--seed=N] [--newsdesk=PATH] "
                   "[--dir=DIR] [--kill-after=MIN-MAX]\n",
                   argv[0]);
      return 2;
    }
  }
  if (f.urls < 1 || f.hosts < 1 || f.kills < 0 || f.kill_min_s > f.kill_max_s) {
    std::fprintf(stderr, "soak: bad flags\n");
    return 2;
  }
  std::unique_ptr<newsdesk::testing::TempDir> temp;
  if (f.dir.empty()) {
    temp = std::make_unique<newsdesk::testing::TempDir>();
    f.dir = temp->path();
  }
  std::filesystem::create_directories(f.dir);
  const std::string list = f.dir + "/urls.txt";
  const std::string db_path = f.dir + "/soak.db";
  const std::string log = f.dir + "/ingest.log";
  std::filesystem::remove(db_path);
  std::filesystem::remove(log);

  // The hosts and their pages.
  std::vector<std::unique_ptr<TestServer>> servers;
  std::vector<std::atomic<int>> attempts(static_cast<size_t>(f.urls));
  std::array<std::atomic<long>, kFaultCount> served{};
  std::ofstream urls(list);
  servers.reserve(static_cast<size_t>(f.hosts));
  for (int h = 0; h < f.hosts; ++h) servers.push_back(std::make_unique<TestServer>());
  for (int n = 0; n < f.urls; ++n) {
    TestServer& server = *servers[static_cast<size_t>(n % f.hosts)];
    const std::string path = "/a/" + std::to_string(n);
    const std::string url = server.url(path);
    urls << url << "\n";
    server.Handle(path, [&, n, url](const HttpRequest&) {
      const Fault fault = Draw(f.seed, n, attempts[static_cast<size_t>(n)]++);
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
  std::printf("soak: %d URLs over %d loopback hosts, seed %llu, store %s\n", f.urls, f.hosts,
              static_cast<unsigned long long>(f.seed), db_path.c_str());

  // Killed runs, then one to the end.
  std::mt19937_64 rng(f.seed);
  std::uniform_real_distribution<double> kill_at(f.kill_min_s, f.kill_max_s);
  const Clock::time_point start = Clock::now();
  int kills_landed = 0;
  for (int k = 0; k < f.kills; ++k) {
    const double after = kill_at(rng);
    const pid_t pid = StartIngest(f, list, db_path, log);
    const Clock::time_point deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                          std::chrono::duration<double>(after));
    int status = 0;
    bool exited = false;
    while (Clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!exited) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      ++kills_landed;
    }
    std::printf("  run %d: %s after %.1f s\n", k + 1,
                exited ? "finished before its kill" : "SIGKILL", after);
  }
  const Clock::time_point last_start = Clock::now();
  int status = 0;
  waitpid(StartIngest(f, list, db_path, log), &status, 0);
  const double last_s = std::chrono::duration<double>(Clock::now() - last_start).count();
  const double total_s = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("  run %d: to the end, exit %d, %.1f s\n", f.kills + 1, ExitCode(status), last_s);

  // Audit.
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "soak: cannot open %s\n", db_path.c_str());
    return 2;
  }
  const std::string integrity = Query(db, "PRAGMA integrity_check").at(0);
  const long rows = Count(db, "SELECT count(*) FROM urls");
  const long listed_missing = f.urls - Count(db,
                                             "SELECT count(*) FROM urls WHERE url LIKE "
                                             "'http://127.0.0.1:%/a/%'");
  const long no_reason = Count(db,
                               "SELECT count(*) FROM urls WHERE state IN ('failed', 'skipped') "
                               "AND error = ''");
  const long fetched_without_article = Count(
      db,
      "SELECT count(*) FROM urls u WHERE u.state = 'fetched' AND (u.article_id IS NULL OR NOT "
      "EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id))");
  const long doubled = Count(db, "SELECT count(*) - count(DISTINCT content_hash) FROM articles");
  const long articles = Count(db, "SELECT count(*) FROM articles");
  std::printf("\nfaults served (requests):\n");
  long requests = 0;
  for (int i = 0; i < kFaultCount; ++i) requests += served[i];
  for (int i = 0; i < kFaultCount; ++i) {
    std::printf("  %-16s %8ld  %5.2f%%\n", kFaultNames[i], served[i].load(),
                requests ? 100.0 * served[i] / requests : 0.0);
  }
  std::printf("  %-16s %8ld\n", "requests", requests);
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
  sqlite3_close(db);
  rusage children{};
  getrusage(RUSAGE_CHILDREN, &children);
  const long lost = listed_missing + fetched_without_article;
  std::printf(
      "\naudit: URLs %d, frontier rows %ld, kills survived %d, lost %ld, doubled %ld, without "
      "reason %ld, articles %ld, integrity_check %s\n",
      f.urls, rows, kills_landed, lost, doubled, no_reason, articles, integrity.c_str());
  std::printf("time: %.1f s in all, last run %.1f s; peak RSS of a newsdesk run %ld MB\n", total_s,
              last_s, children.ru_maxrss / 1024);
  return lost == 0 && doubled == 0 && no_reason == 0 && integrity == "ok" ? 0 : 1;
}
