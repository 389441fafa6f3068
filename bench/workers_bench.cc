// Workers benchmark (issue 16, docs/scale.md): throughput of 1, 2 and 3 `newsdesk ingest`
// workers sharing one PostgreSQL database on this machine, and of one worker into SQLite
// beside them, in one run. The pages are the extraction dev set's (real size, each copy
// with its own text: bench_pages.h Distinct) served by --hosts loopback servers (one port
// each, so the per-host delay and limits are per host), the same URL list for every
// configuration, each into a fresh store (a SQLite file; a PostgreSQL schema of its own).
//
// The cluster is a throwaway one (scripts/pg-test-cluster.sh, NEWSDESK_PG_DURABLE=1: fsync
// and full-page writes on, commits not waited for, like SQLite's WAL with
// synchronous=NORMAL), started in a temporary directory and stopped at the end, unless
// --pg-dir names a running one (a directory that script started).
//
// For each configuration it prints pages/s (wall clock, from the first worker's start to
// the last one's exit), the CPU of the workers (wait4), of PostgreSQL (its postmaster and
// every backend, /proc) and of this process (the loopback servers), the load average
// before and after, and what each worker did: requests the servers saw from it, what it
// stored and how many URLs it left to the others, its CPU and peak RSS. Every
// configuration must store every page once and leave no article without a story; exit 1
// if one does not.
//
//   build/bench/workers_bench [--pages 3000] [--hosts 100] [--workers 1,2,3]
//                             [--delay-ms 50] [--concurrency 32] [--rounds 1]
//                             [--pg-dir DIR] [--newsdesk PATH]
//
// Its own main (not Google Benchmark): each configuration is one long run.
#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_pages.h"
#include "newsdesk/store.h"
#include "process_usage.h"
#include "testing/postgres.h"
#include "testing/temp_dir.h"
#include "testing/test_server.h"

namespace {

namespace fs = std::filesystem;
using newsdesk::testing::HttpRequest;
using newsdesk::testing::HttpResponse;
using newsdesk::testing::TestServer;
using Clock = std::chrono::steady_clock;

constexpr int kMaxWorkers = 8;

struct Flags {
  int pages = 3000;
  int hosts = 100;
  std::vector<int> workers = {1, 2, 3};
  int delay_ms = 50;
  int concurrency = 32;
  int rounds = 1;
  std::string pg_dir;  // a running cluster of scripts/pg-test-cluster.sh; "" = start one
  std::string newsdesk = NEWSDESK_BINARY;
};

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five;
  in >> one >> five;
  return one + " / " + five;
}

// CPU seconds of process `pid` (utime + stime; with `children`, also those of the children
// it has waited for: a postmaster's exited backends).
double ProcCpuSeconds(pid_t pid, bool children) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t close = stat.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close + 2));
  std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
  // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
  if (f.size() < 15) return 0;
  double ticks = std::stod(f[11]) + std::stod(f[12]);
  if (children) ticks += std::stod(f[13]) + std::stod(f[14]);
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

pid_t ParentOf(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t close = stat.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close + 2));
  std::string state;
  pid_t ppid = 0;
  fields >> state >> ppid;
  return ppid;
}

// CPU seconds the PostgreSQL cluster has used so far: its postmaster, the backends it has
// reaped, and the processes still running under it.
double ClusterCpuSeconds(pid_t postmaster) {
  if (postmaster <= 0) return 0;
  double total = ProcCpuSeconds(postmaster, true);
  for (const auto& e : fs::directory_iterator("/proc")) {
    const std::string name = e.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = std::stoi(name);
    if (ParentOf(pid) == postmaster) total += ProcCpuSeconds(pid, false);
  }
  return total;
}

// The number just before the last `label` in `text` (0 when absent): the run summary's,
// after the progress lines.
long long NumberBefore(const std::string& text, const std::string& label) {
  const size_t at = text.rfind(label);
  if (at == std::string::npos) return 0;
  size_t start = at;
  while (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1]))) --start;
  return start < at ? std::stoll(text.substr(start, at - start)) : 0;
}

struct WorkerResult {
  int exit_code = -1;
  double cpu_s = 0;
  long peak_rss_kb = 0;
  long long requests = 0;
  long long stored = 0;
  long long elsewhere = 0;
};

class Bench {
 public:
  Bench(const Flags& f, const std::vector<std::string>& pages, const std::string& dir)
      : f_(f), dir_(dir) {
    for (int h = 0; h < f.hosts; ++h) servers_.push_back(std::make_unique<TestServer>());
    std::ofstream list(dir + "/urls.txt");
    for (int n = 0; n < f.pages; ++n) {
      TestServer& server = *servers_[static_cast<size_t>(n % f.hosts)];
      const std::string path = "/a/" + std::to_string(n);
      list << server.url(path) << "\n";
      const std::string* page = &pages[static_cast<size_t>(n) % pages.size()];
      const int copy = n / static_cast<int>(pages.size());
      server.Handle(path, [this, page, copy](const HttpRequest& req) {
        // "newsdesk-bench-wN": count the request for worker N.
        const std::string ua = req.header("user-agent");
        const size_t w = ua.rfind("-w");
        if (w != std::string::npos) {
          const int i = std::atoi(ua.c_str() + w + 2);
          if (i >= 1 && i <= kMaxWorkers) ++requests_[static_cast<size_t>(i - 1)];
        }
        return HttpResponse::Html(copy == 0 ? *page : newsdesk::bench::Distinct(*page, copy));
      });
    }
  }

  // One configuration: `workers` processes into `db`. Prints its lines; false when a
  // page is missing or doubled, an article has no story, or a worker failed.
  bool Run(const std::string& label, const std::string& db, int workers, pid_t postmaster) {
    for (auto& r : requests_) r = 0;
    const std::string load_before = LoadAverage();
    const double pg_before = ClusterCpuSeconds(postmaster);
    const double self_before = newsdesk::bench::CpuSeconds();
    const Clock::time_point start = Clock::now();
    std::vector<pid_t> pids;
    for (int w = 1; w <= workers; ++w) {
      std::vector<std::string> args = {f_.newsdesk,
                                       "ingest",
                                       dir_ + "/urls.txt",
                                       "--db",
                                       db,
                                       "--allow-private-networks",
                                       "--concurrency",
                                       std::to_string(f_.concurrency),
                                       "--per-host",
                                       "2",
                                       "--delay-ms",
                                       std::to_string(f_.delay_ms),
                                       "--user-agent",
                                       "newsdesk-bench-w" + std::to_string(w)};
      if (newsdesk::IsDatabaseUri(db)) {
        args.insert(args.end(), {"--worker-id", "w" + std::to_string(w)});
      }
      const std::string log = Log(label, w);
      fs::remove(log);
      pids.push_back(newsdesk::bench::StartProcess(args, log));
    }
    std::vector<WorkerResult> results(static_cast<size_t>(workers));
    for (int done = 0; done < workers; ++done) {
      int status = 0;
      rusage usage{};
      const pid_t pid = wait4(-1, &status, 0, &usage);
      const auto it = std::find(pids.begin(), pids.end(), pid);
      if (it == pids.end()) continue;
      WorkerResult& r = results[static_cast<size_t>(it - pids.begin())];
      r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      r.cpu_s = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
      r.peak_rss_kb = usage.ru_maxrss;
    }
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    // The workers' backends end after them: let the postmaster reap them (their CPU then
    // is in its children's), so that none is counted in the next configuration instead.
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const double pg_cpu = ClusterCpuSeconds(postmaster) - pg_before;
    const double self_cpu = newsdesk::bench::CpuSeconds() - self_before;
    const std::string load_after = LoadAverage();

    double workers_cpu = 0;
    bool ok = true;
    for (int w = 1; w <= workers; ++w) {
      WorkerResult& r = results[static_cast<size_t>(w - 1)];
      r.requests = requests_[static_cast<size_t>(w - 1)];
      const std::string out = newsdesk::bench::ReadFile(Log(label, w));
      r.stored = NumberBefore(out, " stored,");
      r.elsewhere = NumberBefore(out, " URLs were fetched by other workers");
      workers_cpu += r.cpu_s;
      ok = ok && r.exit_code == 0;
    }
    const Audit audit = Check(db);
    ok = ok && audit.ok;
    const double pages = f_.pages;
    std::printf(
        "%-26s %6.1f s  %6.1f pages/s  CPU ms/page: workers %5.2f, PostgreSQL %4.2f, "
        "servers %4.2f  load %s -> %s%s\n",
        label.c_str(), wall, pages / wall, workers_cpu * 1000 / pages, pg_cpu * 1000 / pages,
        self_cpu * 1000 / pages, load_before.c_str(), load_after.c_str(),
        audit.ok ? "" : ("  FAIL: " + audit.problem).c_str());
    std::printf("    %s\n", audit.summary.c_str());
    for (int w = 1; w <= workers; ++w) {
      const WorkerResult& r = results[static_cast<size_t>(w - 1)];
      std::printf(
          "    w%d: %5lld requests, %5lld stored, %5lld left to others, CPU %6.1f s, peak RSS "
          "%4ld MiB, exit %d%s\n",
          w, r.requests, r.stored, r.elsewhere, r.cpu_s, r.peak_rss_kb / 1024, r.exit_code,
          r.exit_code == 0 ? "" : ", its log ends:");
      if (r.exit_code != 0) {  // the log goes with the temporary directory: show its end
        const std::string out = newsdesk::bench::ReadFile(Log(label, w));
        std::printf("%s\n", out.substr(out.size() > 1500 ? out.size() - 1500 : 0).c_str());
      }
    }
    std::fflush(stdout);
    return ok;
  }

 private:
  struct Audit {
    bool ok = false;
    std::string problem;
    std::string summary;  // the frontier's states and the articles
  };

  std::string Log(const std::string& label, int w) const {
    std::string name = label;
    for (char& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return dir_ + "/" + name + "-w" + std::to_string(w) + ".log";
  }

  // Every page stored once (the dev set holds no two identical texts, and each copy has
  // its own), none waiting for a story.
  Audit Check(const std::string& db) const {
    newsdesk::Result<std::unique_ptr<newsdesk::Store>> store = newsdesk::Store::Open(db);
    if (!store.ok()) return {false, "open: " + store.status().ToString(), ""};
    newsdesk::Result<int64_t> articles = (*store)->CountArticles();
    newsdesk::Result<int64_t> unassigned = (*store)->CountUnassignedArticles();
    newsdesk::Result<std::vector<std::pair<std::string, int64_t>>> states =
        (*store)->CountUrlsByState();
    if (!articles.ok() || !unassigned.ok() || !states.ok()) return {false, "store error", ""};
    std::string by_state;
    for (const auto& [state, n] : *states) by_state += " " + state + " " + std::to_string(n);
    if (*unassigned != 0) return {false, std::to_string(*unassigned) + " without a story", ""};

    // Pages that are not articles (the dev set has a few) end skipped, never stored.
    int64_t final_states = 0;
    for (const auto& [state, n] : *states) {
      if (state != "pending") final_states += n;
    }
    const std::string summary =
        "frontier:" + by_state + "; " + std::to_string(*articles) + " articles";
    if (final_states != f_.pages) return {false, "not every URL done", summary};
    return {true, "", summary};
  }

  const Flags& f_;
  const std::string dir_;
  std::vector<std::unique_ptr<TestServer>> servers_;
  std::array<std::atomic<long long>, kMaxWorkers> requests_{};
};

std::vector<int> ParseList(const std::string& s) {
  std::vector<int> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    out.push_back(std::clamp(std::atoi(item.c_str()), 1, kMaxWorkers));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Flags f;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    const std::string v = argv[i + 1];
    if (a == "--pages") f.pages = std::max(1, std::atoi(v.c_str()));
    if (a == "--hosts") f.hosts = std::max(1, std::atoi(v.c_str()));
    if (a == "--workers") f.workers = ParseList(v);
    if (a == "--delay-ms") f.delay_ms = std::max(0, std::atoi(v.c_str()));
    if (a == "--concurrency") f.concurrency = std::max(1, std::atoi(v.c_str()));
    if (a == "--rounds") f.rounds = std::max(1, std::atoi(v.c_str()));
    if (a == "--pg-dir") f.pg_dir = v;
    if (a == "--newsdesk") f.newsdesk = v;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(NEWSDESK_DEVSET_DIR) / "pages")) {
    if (e.path().extension() == ".html") files.push_back(e.path());
  }
  if (files.empty()) {
    std::fprintf(stderr, "no devset pages under %s\n", NEWSDESK_DEVSET_DIR);
    return 2;
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> pages;
  for (const fs::path& p : files) pages.push_back(newsdesk::bench::ReadFile(p));

  newsdesk::testing::TempDir tmp;
  // The cluster's directory must be reachable by the server's user (`nobody` under root):
  // beside the temporary directory, not inside it.
  const std::string own_cluster = f.pg_dir.empty() ? tmp.path() + "-pg" : "";
  const std::string source_dir = NEWSDESK_SOURCE_DIR;
  if (!own_cluster.empty()) {
    const std::string start =
        "NEWSDESK_PG_DURABLE=1 " + source_dir + "/scripts/pg-test-cluster.sh start " + own_cluster;
    if (std::system(start.c_str()) != 0) return 2;
    f.pg_dir = own_cluster;
  }
  setenv("NEWSDESK_TEST_PG_DIR", f.pg_dir.c_str(), 1);
  setenv("PGOPTIONS", "-c client_min_messages=warning", 0);  // no NOTICE per dropped table
  int rc = 0;
  {
    if (std::string why = newsdesk::testing::PostgresTestSchema::SkipReason(); !why.empty()) {
      std::fprintf(stderr, "no PostgreSQL cluster: %s\n", why.c_str());
      rc = 2;
    }
    pid_t postmaster = 0;
    std::ifstream(f.pg_dir + "/data/postmaster.pid") >> postmaster;
    Bench bench(f, pages, tmp.path());
    std::printf(
        "workers bench: %d dev-set pages over %d loopback hosts, --concurrency %d --per-host 2 "
        "--delay-ms %d, %ld cores, PostgreSQL in %s\n",
        f.pages, f.hosts, f.concurrency, f.delay_ms, sysconf(_SC_NPROCESSORS_ONLN),
        f.pg_dir.c_str());
    for (int round = 0; round < f.rounds && rc == 0; ++round) {
      const std::string sqlite = tmp.File("sqlite-" + std::to_string(round) + ".db");
      if (!bench.Run("SQLite, 1 worker", sqlite, 1, 0)) rc = 1;
      for (int n : f.workers) {
        newsdesk::Result<std::unique_ptr<newsdesk::testing::PostgresTestSchema>> schema =
            newsdesk::testing::PostgresTestSchema::Create();
        if (!schema.ok()) {
          std::fprintf(stderr, "%s\n", schema.status().ToString().c_str());
          rc = 2;
          break;
        }
        const std::string label =
            "PostgreSQL, " + std::to_string(n) + " worker" + (n > 1 ? "s" : "");
        if (!bench.Run(label, (*schema)->uri(), n, postmaster)) rc = 1;
      }
    }
  }
  if (!own_cluster.empty()) {
    const std::string stop = source_dir + "/scripts/pg-test-cluster.sh stop " + own_cluster;
    if (std::system(stop.c_str()) != 0) rc = rc == 0 ? 2 : rc;
  }
  return rc;
}
