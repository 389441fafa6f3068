// Crawl: one run of a pipeline file, and the daemon that repeats runs on each source's
// interval.
//
//   sources ──discover──> frontier (Store: urls, sources) ──due URLs──> Pipeline ──> store
//
// Discovery reads each source (a URL list, a feed, a sitemap or sitemap index, gzipped or
// not; with several workers on one database, one of them per source and interval), keeps the links
// that pass the source's include/exclude patterns, and adds the new ones to the frontier as
// pending, in one transaction per document together with the document's validators (ETag,
// Last-Modified). A document fetched over http(s) is asked for with a conditional GET, so an
// unchanged feed costs one 304. Then every due frontier URL (new ones, ones a killed run left
// pending, failed ones whose retry time has come) goes through the Pipeline, which never fetches a
// URL already in a final state, except a stored article whose re-fetch is due
// (PipelineConfig::revisit_after, or discovery found a lastmod/updated time after its last fetch).
// A run that is killed therefore loses nothing: its discovered URLs are in the frontier, its
// in-flight URLs are still pending, and its stored articles are committed.
//
// Each run is recorded in the store's runs table (start, end, status, counts per outcome,
// errors by kind); a run killed with SIGKILL stays "running" with no end time until the
// next process that takes the store's lock marks it "killed" (Store::MarkRunsKilled).
//
// Thread-safety: a Crawler runs one Run() at a time; Stop() and Cancel() may be called
// from any thread (a signal watcher) while it runs.
#ifndef NEWSDESK_CRAWL_H_
#define NEWSDESK_CRAWL_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "newsdesk/config.h"
#include "newsdesk/fetch.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "newsdesk/url.h"

namespace newsdesk {

struct CrawlOptions {
  // Progress of the fetch/store part of a run (see PipelineOptions::progress).
  std::function<void(const PipelineProgress&)> progress;
  // Informational lines about discovery ("feed X: 12 links, 3 new"); may be null.
  std::function<void(const std::string&)> log;
  // Tests: replaces Fetcher::Create for the pipeline; discovery uses FetchOne.
  std::function<std::unique_ptr<Fetcher>(const FetchOptions&)> fetcher_factory;
  int max_sitemap_depth = 2;      // index -> sitemap -> (an index nested deeper is ignored)
  int max_child_sitemaps = 1000;  // per source and run
  int batch_size = 5000;          // due URLs handed to the pipeline at a time
  int workers = 0;                // pipeline CPU workers; 0 = hardware concurrency
  // Archives every fetched exchange of the pipeline part (PipelineOptions::warc); null =
  // none. Discovery (feeds, sitemaps) is not archived.
  std::shared_ptr<WarcWriter> warc;
  // The clock of the run: which frontier URLs are due, fetched_at, re-fetch times
  // (PipelineOptions::now); null = system_clock::now. Tests simulate days passing.
  std::function<std::chrono::system_clock::time_point()> now;
  // Several crawl/daemon workers on one PostgreSQL database (PipelineOptions::shared).
  // Each source is then read by one of them per interval: the first whose run comes
  // after the source's next due time (or the one that read it last) claims it; the others
  // skip it (SourceReport::elsewhere) and fetch what it added to the shared frontier.
  SharedFrontier shared;
};

// What discovery found in one source.
struct SourceReport {
  std::string name;
  std::string url;
  int documents = 0;     // documents read (feeds, sitemaps, lists)
  int not_modified = 0;  // documents answered 304 (unchanged since the last run)
  int64_t links = 0;     // article links found (after de-duplication within a document)
  int64_t filtered = 0;  // links dropped by include/exclude
  int64_t added = 0;     // links new to the frontier
  // Known links whose sitemap <lastmod> or Atom <updated> is after their last fetch: due
  // again (their article is re-fetched with a conditional GET; docs/revisions.md).
  int64_t changed = 0;
  std::vector<std::string> diagnostics;  // skipped items and parse warnings (capped)
  std::string error;  // why the source (or one of its documents) could not be read
  // A URL list's lines that name nothing to fetch (url.h ParseUrlList), in list order, and
  // the list as the pipeline names it (its path, else its URL). Errors in the user's input,
  // as `ingest`'s bad lines are: they fail the run (CrawlReport::ok), the source is read.
  std::string list;
  std::vector<UrlListProblem> bad_lines;
  // Not read: another worker sharing the database read it within its interval
  // (CrawlOptions::shared, Store::ClaimSource).
  bool elsewhere = false;
};

struct CrawlReport {
  int64_t run_id = 0;
  std::vector<SourceReport> sources;
  RunSummary run;  // the pipeline part
  int sources_failed() const;
  int64_t bad_lines() const;  // of every source's URL list
  // No failed URL, no source that could not be read and no bad line in a URL list.
  bool ok() const { return run.ok() && sources_failed() == 0 && bad_lines() == 0; }
};

class Crawler {
 public:
  // `config` and `store` must outlive the Crawler. The store is used from the thread that
  // calls Run(). `config.fetch` is used as is (apply command-line overrides before).
  Crawler(const PipelineConfig& config, Store& store, CrawlOptions options);
  ~Crawler();
  Crawler(const Crawler&) = delete;
  Crawler& operator=(const Crawler&) = delete;

  // One run: discovery of the sources at `source_indexes` (every source when empty),
  // then the pipeline over every due frontier URL; recorded in the runs table. A non-OK
  // result means the store failed; per-URL and per-source problems are in the report.
  Result<CrawlReport> Run(const std::vector<size_t>& source_indexes = {});

  // Discovery of one source only (no run record, no fetching of articles).
  SourceReport Discover(const SourceConfig& source);

  // No more discovery and no new URLs; in-flight ones finish and are stored.
  void Stop();
  // Stop() and abort in-flight fetches (they stay pending for the next run).
  void Cancel();
  bool stopping() const { return stop_.load(); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> cancel_{false};
};

// An exclusive advisory lock (flock) on a file next to the store, so that one process at a
// time (ingest, import, crawl, daemon, reextract) writes a SQLite store. The file holds the
// owner's pid for the message.
class StoreLock {
 public:
  // FailedPrecondition "another newsdesk (pid N) is using STORE (lock FILE)" when held.
  static Result<std::unique_ptr<StoreLock>> Acquire(const std::string& lock_path,
                                                    const std::string& store_path);
  ~StoreLock();  // releases the lock (the file stays)
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  explicit StoreLock(int fd) : fd_(fd) {}
  int fd_;
};

struct DaemonOptions {
  CrawlOptions crawl;
  // Called after every run with its report (for logging).
  std::function<void(const CrawlReport&)> on_run;
  // Stop after this many runs (tests); 0 = until a signal.
  int max_runs = 0;
};

// Runs the pipeline until `shutdown` is signalled: every source is discovered at start and
// then again each `interval` after its previous discovery (one Asio steady_timer per
// source); sources that fall due together share a run. On the first signal no new run
// starts and the current one stops gracefully (in-flight URLs are finished and committed,
// or aborted after `config.daemon.shutdown_grace`; the run is recorded as interrupted); a
// second signal cancels in-flight fetches at once (they stay pending). Returns OK after a
// signal or `max_runs`; an error when the store fails.
// REQUIRES: the caller holds the StoreLock.
Status RunDaemon(const PipelineConfig& config, Store& store, const DaemonOptions& options,
                 Shutdown& shutdown);

}  // namespace newsdesk

#endif  // NEWSDESK_CRAWL_H_
