// newsdesk crawl PIPELINE.toml [--db PATH] [--allow-private-networks]: one run of a
// pipeline (discovery, then the pipeline over the due frontier URLs), and
// newsdesk daemon PIPELINE.toml [...]: runs it on each source's interval until stopped.
// The logic is in the library (include/newsdesk/crawl.h); this is flags and printing.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include <unistd.h>

#include "command.h"
#include "newsdesk/config.h"
#include "newsdesk/crawl.h"
#include "newsdesk/store.h"
#include "run_report.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct CrawlFlags {
  std::string pipeline;
  std::string db;
  bool allow_private = false;
  int workers = 0;
  int max_runs = 0;       // daemon, for tests
  std::string warc;       // overrides the pipeline's `warc`
  std::string revisit;    // overrides the pipeline's `revisit` ("1d,7d", "none")
  std::string worker_id;  // shared frontier: this worker's name; "" = host:pid
  int lease_seconds = 60;
};

// A log line on stderr: "2026-02-14T10:00:00Z newsdesk crawl: ...".
void LogLine(std::string_view command, const std::string& line) {
  std::fprintf(stderr, "%s newsdesk %.*s: %s\n", StoreTimestampNow().c_str(),
               static_cast<int>(command.size()), command.data(), line.c_str());
}

void PrintSources(std::FILE* out, const CrawlReport& report) {
  for (const SourceReport& s : report.sources) {
    if (s.elsewhere) {
      std::fprintf(out, "source %s: read by another worker within its interval\n", s.name.c_str());
      continue;
    }
    std::fprintf(
        out, "source %s: %s read, %d unchanged, %s, %lld new, %lld changed since fetched%s%s\n",
        s.name.c_str(), Counted(s.documents, "document", "documents").c_str(), s.not_modified,
        Counted(s.links, "link", "links").c_str(), static_cast<long long>(s.added),
        static_cast<long long>(s.changed), s.error.empty() ? "" : "; error: ", s.error.c_str());
    for (const std::string& d : s.diagnostics) std::fprintf(out, "  note: %s\n", d.c_str());
  }
}

// The bad lines of the sources' URL lists on stderr, "newsdesk crawl: FILE: line N: ...",
// as `ingest` reports its list's.
void PrintBadLines(const CrawlReport& report) {
  for (const SourceReport& s : report.sources) {
    if (s.bad_lines.empty()) continue;
    LineProblems problems("crawl", s.list, "invalid lines");
    for (const UrlListProblem& p : s.bad_lines) problems.Report(p.ToString());
    problems.Finish();
  }
}

// Loads the pipeline, applies the flags, takes the store's lock and opens the store.
// Returns an exit code when it cannot.
struct Prepared {
  PipelineConfig config;
  LockedStore locked;
  std::shared_ptr<WarcWriter> warc;  // null: not archiving
  SharedFrontier shared;             // a PostgreSQL store: any number of workers share it
};
std::variant<Prepared, int> Prepare(std::string_view command, const CrawlFlags& f) {
  Result<PipelineConfig> config = LoadPipelineConfig(f.pipeline);
  if (!config.ok()) {
    std::cerr << "newsdesk " << command << ": " << config.status().message() << "\n";
    return kExitUsage;
  }
  Prepared p{std::move(config).value(), {}, nullptr, {}};
  if (!f.db.empty()) {
    p.config.store = f.db;
    p.config.daemon.lock_file = DefaultLockFile(f.db);
  }
  if (f.allow_private) p.config.fetch.allow_private_networks = true;
  if (!f.warc.empty()) p.config.warc_dir = f.warc;
  if (!f.revisit.empty()) {
    Result<std::vector<std::chrono::seconds>> ages = ParseRevisitAges(f.revisit);
    if (!ages.ok()) {
      std::cerr << "newsdesk " << command << ": --revisit: " << ages.status().message() << "\n";
      return kExitUsage;
    }
    p.config.revisit_after = *std::move(ages);
  }
  bool warc_ok = true;
  p.warc = OpenWarcForWriting(command, p.config.warc_dir, warc_ok);
  if (!warc_ok) return kExitUsage;
  std::optional<LockedStore> locked =
      OpenStoreForWriting(command, p.config.store, p.config.daemon.lock_file);
  if (!locked) return kExitUsage;
  p.locked = std::move(*locked);
  if (IsDatabaseUri(p.config.store)) {
    p.shared = SharedFrontierOf(p.config.store, f.worker_id, f.lease_seconds);
  }
  return p;
}

int RunCrawl(const CrawlFlags& f) {
  std::variant<Prepared, int> prepared = Prepare("crawl", f);
  if (int* rc = std::get_if<int>(&prepared)) return *rc;
  Prepared& p = std::get<Prepared>(prepared);

  CrawlOptions options;
  options.progress = ProgressPrinter();
  options.log = [](const std::string& line) { LogLine("crawl", line); };
  options.workers = f.workers;
  options.warc = p.warc;
  options.shared = p.shared;
  Crawler crawler(p.config, *p.locked.store, options);
  Shutdown shutdown;
  const Shutdown::Registration logs = shutdown.Register(
      [] { LogLine("crawl", "stopping: finishing the URLs in flight (signal again to abort)"); },
      [] { LogLine("crawl", "aborting the URLs in flight"); });
  const Shutdown::Registration stops = shutdown.Register(crawler);
  Result<CrawlReport> report = crawler.Run();
  if (!report.ok()) {
    std::cerr << "newsdesk crawl: " << report.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  PrintBadLines(*report);
  PrintSources(stdout, *report);
  PrintSummary(stdout, "crawl", {"URL", "URLs"}, report->run);
  if (const int64_t bad = report->bad_lines(); bad > 0) {
    std::printf("  %s in URL lists (reported above)\n",
                Counted(bad, "invalid line", "invalid lines").c_str());
  }
  std::printf("run %lld recorded in %s\n", static_cast<long long>(report->run_id),
              p.config.store.c_str());
  return RunExitCode(report->run, report->sources_failed() > 0 || report->bad_lines() > 0,
                     shutdown.first_signal());
}

int RunDaemonCommand(const CrawlFlags& f) {
  std::variant<Prepared, int> prepared = Prepare("daemon", f);
  if (int* rc = std::get_if<int>(&prepared)) return *rc;
  Prepared& p = std::get<Prepared>(prepared);

  DaemonOptions options;
  options.crawl.log = [](const std::string& line) { LogLine("daemon", line); };
  options.crawl.workers = f.workers;
  options.crawl.warc = p.warc;
  options.crawl.shared = p.shared;
  options.max_runs = f.max_runs;
  options.on_run = [](const CrawlReport& r) {
    const PipelineProgress& c = r.run.counts;
    LogLine("daemon", "run " + std::to_string(r.run_id) + ": " + std::to_string(c.total) +
                          " URLs, " + std::to_string(c.stored) + " stored, " +
                          std::to_string(c.duplicates) + " duplicates, " +
                          std::to_string(c.failed) + " failed, " +
                          std::to_string(r.sources_failed()) + " sources failed" +
                          (r.run.interrupted ? " [interrupted]" : ""));
    for (const SourceReport& s : r.sources) {
      if (s.bad_lines.empty()) continue;
      LogLine("daemon", "  invalid lines: " + s.list + ": " + s.bad_lines.front().ToString() +
                            (s.bad_lines.size() > 1
                                 ? " (and " + std::to_string(s.bad_lines.size() - 1) + " more)"
                                 : ""));
    }
    for (const UrlFailure& u : r.run.failures) {
      LogLine("daemon", "  failed: " + u.url + ": " + u.reason);
    }
  };
  LogLine("daemon", "pipeline '" + p.config.name + "': " + std::to_string(p.config.sources.size()) +
                        " sources into " + p.config.store + " (pid " + std::to_string(::getpid()) +
                        ")");
  Shutdown shutdown;
  const Shutdown::Registration logs = shutdown.Register(
      [] { LogLine("daemon", "stopping: no new run, finishing the URLs in flight"); },
      [] { LogLine("daemon", "aborting the URLs in flight"); });
  Status s = RunDaemon(p.config, *p.locked.store, options, shutdown);
  if (!s.ok()) {
    std::cerr << "newsdesk daemon: " << s.ToString() << "\n";
    return kExitSomeFailed;
  }
  LogLine("daemon", "stopped");
  return kExitOk;
}

void AddCommonFlags(CLI::App& sub, CrawlFlags& f) {
  sub.add_option("pipeline", f.pipeline, "pipeline file (pipelines/NAME.toml)")->required();
  sub.add_option("--db", f.db,
                 "store: SQLite file or postgresql:// URI (overrides the pipeline's store)");
  sub.add_flag("--allow-private-networks", f.allow_private,
               "allow loopback, RFC 1918 and link-local addresses");
  sub.add_option("--workers", f.workers, "CPU workers (0 = one per core)")
      ->check(CLI::Range(0, 256));
  sub.add_option("--warc", f.warc,
                 "archive every fetched exchange as WARC files in DIR (overrides the "
                 "pipeline's warc)");
  sub.add_option("--revisit", f.revisit,
                 "ages at which stored articles are fetched again to catch edits, e.g. "
                 "1d,7d, or none (overrides the pipeline's revisit)");
  AddSharedFrontierFlags(sub, f.worker_id, f.lease_seconds);
}

const bool kCrawlRegistered = RegisterCommand({
    "crawl",
    "One run of a pipeline: discover from its feeds, sitemaps and lists, fetch, store",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<CrawlFlags>();
      AddCommonFlags(sub, *f);
      return [f] { return RunCrawl(*f); };
    },
    20,
});

const bool kDaemonRegistered = RegisterCommand({
    "daemon",
    "Run a pipeline on each source's interval until SIGINT/SIGTERM",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<CrawlFlags>();
      AddCommonFlags(sub, *f);
      sub.add_option("--max-runs", f->max_runs, "stop after N runs (0 = until signalled)")
          ->check(CLI::Range(0, 1000000));
      return [f] { return RunDaemonCommand(*f); };
    },
    21,
});

}  // namespace
}  // namespace newsdesk::cli
