// Pipeline: wires the stages together and owns the threads and queues.
//
//   caller thread      fetcher thread        N worker threads       writer thread
//   frontier, feed -> Fetcher::Run() ----> AssemblePage() -------> dedup, StoryIndex,
//   (in-flight cap)    (callbacks push)     (bounded queue)         Store (batched txns)
//
// Stages are joined by bounded queues and the number of URLs between submission and the
// writer is capped, so a slow writer slows the workers which slows the fetcher, and
// memory stays flat however long the run.
//
// The writer owns the Store during a run: exact dedup (same canonical URL or content hash
// -> stored once, the other URL recorded as an alias and its frontier state `duplicate`),
// near-duplicates and stories (StoryIndex, restored from the store when the run starts),
// frontier states, and commits every `commit_every` articles or `commit_interval`.
//
// Every URL ends in one frontier state. URLs already in a final state are not fetched
// again on a later run (a failed URL with a retry time in the past is, and so is a stored
// article whose re-fetch is due: revisit_after), so a killed run resumes where it stopped.
//
// Thread-safety: one run at a time per Pipeline. Stop() and Cancel() may be called from
// any thread (e.g. a signal watcher) while Ingest()/Import() runs. Exceptions never escape
// the pipeline's threads: they become per-URL failures or a run Status.
#ifndef NEWSDESK_PIPELINE_H_
#define NEWSDESK_PIPELINE_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/document.h"
#include "newsdesk/fetch.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "newsdesk/stories.h"

namespace newsdesk {

class WarcWriter;  // newsdesk/warc.h

// Counts so far; `done` = every outcome below added up.
struct PipelineProgress {
  int64_t total = 0;  // URLs (or documents) given to this run; an import's: 0 until its end
  int64_t done = 0;
  int64_t fetched = 0;          // fetch ok (stored or duplicate)
  int64_t stored = 0;           // new articles
  int64_t duplicates = 0;       // exact duplicates of a stored article (recorded as aliases)
  int64_t near_duplicates = 0;  // of `stored`: those the story index gave a duplicate_of
  int64_t unchanged = 0;        // 304
  int64_t failed = 0;
  int64_t retry_later = 0;   // of `failed`: for a passing reason (5xx, 429, network, robots.txt
                             // unreachable); pending, fetched again by a run after retry_at
  int64_t skipped = 0;       // robots.txt
  int64_t already_done = 0;  // in a final state from an earlier run: not fetched again
  int64_t elsewhere = 0;     // fetched by another worker sharing the frontier (worker_id)
  // Re-fetches of stored articles (revisit_after, or a sitemap said they changed):
  int64_t revised = 0;  // edited since: a new revision, the article shows the new text
  int64_t removed = 0;  // gone since (404/410, an error page) or moved (redirected away)
  std::chrono::milliseconds elapsed{0};
  // Progress reports only (a run's summary has none): URLs held back within the run to be
  // fetched again (backoff, Retry-After), and when the first of them is due.
  int64_t waiting_retry = 0;
  std::optional<std::chrono::system_clock::time_point> next_retry;
};

// Adds every count and the elapsed time (batches of one run); the earlier next_retry.
PipelineProgress& operator+=(PipelineProgress& to, const PipelineProgress& from);

struct UrlFailure {
  std::string url;
  std::string reason;  // "http 404", "network: Could not resolve host", "extract: ..."
  int http_status = 0;
  std::string retry_at;  // failures only: when a passing failure is due again (ISO 8601 UTC);
                         // "" when the failure is final
  int64_t line = 0;      // an imported document's line in its input (ImportInput::line)
};

// Where a run's time went, summed over threads: CPU times are the threads' CPU clocks
// (steady under load), waits are wall time. Cheap enough to be always on.
struct PipelineStats {
  std::chrono::nanoseconds fetcher_cpu{0};  // the fetcher thread: curl, scheduling, callbacks
  std::chrono::nanoseconds worker_wait{0};  // workers idle, waiting for fetched pages (wall)
  std::chrono::nanoseconds decode_cpu{0};   // charset detection and conversion
  std::chrono::nanoseconds extract_cpu{0};  // HTML parse, main text, metadata
  std::chrono::nanoseconds finish_cpu{0};   // normalize, language, dates, hash, figures
  std::chrono::nanoseconds stories_cpu{0};  // StoryIndex::Add: near-duplicates, stories
  std::chrono::nanoseconds store_cpu{0};    // writer: dedup lookups, inserts, frontier, commits
  std::chrono::nanoseconds writer_wait{0};  // writer idle, waiting for assembled pages (wall)
};

struct RunSummary {
  PipelineProgress counts;
  std::vector<UrlFailure> failures;  // one per failed URL, in completion order
  std::vector<UrlFailure> skips;     // policy skips (robots.txt, an import's non-articles)
  bool interrupted = false;          // Stop()/Cancel() ended the run early
  int64_t run_id = 0;                // the run recorded in the store; 0 if none
  PipelineStats stats;
  // An import's documents whose URL an earlier document of the same run had (counted
  // duplicates: the article stored keeps the one first in the canonical order), with
  // their lines.
  std::vector<UrlFailure> repeated;
  bool ok() const { return counts.failed == 0; }
  // Nothing failed for good: every failure is passing and pending a later run.
  bool only_passing_failures() const {
    return counts.failed > 0 && counts.failed == counts.retry_later;
  }
};

// Shared frontier (docs/scale.md): when `worker_id` is set, several processes may ingest
// into one database at once. Ingest() leases each URL (Store::ClaimUrls) just before
// submitting it, through a second connection `connect_store` opens to the same database,
// renews its leases every third of `lease_duration` and ends them when the URL's state is
// written. A URL another worker holds is left to it and asked about again every
// `lease_poll` until it is done (counted `elsewhere`) or its lease ran out (a dead
// worker's: this run fetches it). worker_id "" = the only writer (a SQLite store).
struct SharedFrontier {
  std::string worker_id;
  std::chrono::seconds lease_duration{60};
  std::chrono::milliseconds lease_poll{500};
  std::function<Result<std::unique_ptr<Store>>()> connect_store;
};

class RunRecorder;

struct PipelineOptions {
  FetchOptions fetch;
  int workers = 0;             // CPU workers; 0 = hardware concurrency
  size_t queue_capacity = 64;  // each inter-stage queue
  int max_in_flight = 0;       // URLs between submission and the writer; 0 = 4*max_total
  int commit_every = 100;      // articles per transaction ...
  std::chrono::milliseconds commit_interval{500};  // ... or this long, whichever first
  // New articles are committed without a story and given their stories together, in a
  // canonical order (publication time, undated last, ties by a hash of title and text),
  // at the first commit after `story_batch` of them wait or the oldest has waited
  // `story_delay`, and at the end of the run; so the order pages arrive in does not
  // change the stories of up to story_batch articles. A run assigns what a killed one
  // left waiting. Readers see a waiting article with no story (story_id 0), as they do
  // a shared worker's (whose assigner sorts each story_batch it assigns the same way).
  // 1 = each commit's articles at that commit.
  int story_batch = 1000;
  std::chrono::milliseconds story_delay{30000};
  // Write articles in input order (reproducible ids and stories) at the cost of
  // head-of-line blocking: a slow URL holds back the ones after it.
  bool ordered = false;
  // Import() reads this many documents ahead and stores each batch in a canonical order
  // (publication time, undated documents last, ties by a hash of title and text; copies
  // of one text keep their input order), so that the order of a file's lines does not
  // change its stories or ids (StoryIndex depends on arrival order). Memory: one batch
  // of inputs. Across batches the input order stands. 0 = input order.
  size_t import_sort_batch = 4096;
  // Salts the canonical order's tie-break (the hash of title and text) of both orders
  // above: 0 is the canonical order; any other value is another order of the same ties,
  // for measuring how much stories depend on it (stories_devset_bench --tie-salt).
  uint64_t tie_salt = 0;
  bool refetch_finished = false;  // fetch URLs again even if in a final state
  // Ages (after the first fetch) at which a stored article is fetched again, with a
  // conditional GET, to catch edits, removals and moves (docs/revisions.md); the frontier
  // keeps the next one as the URL's next_attempt_at. Empty: never. Pages imported from
  // an archive (ImportPages) get none.
  std::vector<std::chrono::seconds> revisit_after{std::chrono::days(1), std::chrono::days(7)};
  // After Stop(), transfers already on the wire get this long to finish; then they are
  // aborted and stay pending.
  std::chrono::milliseconds stop_grace{10000};
  StoryOptions stories;
  std::string source;  // recorded in the frontier for new URLs (list file, feed URL)
  // Each Ingest()/Import() is recorded in the store's runs under this name, with its
  // counts and errors by kind (a RunRecorder of its own); "" = not recorded.
  std::string run_name = "ingest";
  // When set, each Ingest()/Import() adds its counts to this run instead (a crawl: one run
  // over every batch), its articles carry the run's id, and the caller finishes the run.
  RunRecorder* recorder = nullptr;
  // Called on the writer thread at most every `progress_interval` and once at the end.
  std::function<void(const PipelineProgress&)> progress;
  std::chrono::milliseconds progress_interval{1000};
  // Creates the fetcher (tests pass a fake); null = Fetcher::Create.
  std::function<std::unique_ptr<Fetcher>(const FetchOptions&)> fetcher_factory;
  // Clock for fetched_at; null = system_clock::now (tests pin it).
  std::function<std::chrono::system_clock::time_point()> now;
  // When set, Ingest() archives every HTTP exchange here (the workers write, so the
  // fetcher does no file I/O) and each stored article keeps where its response is
  // (Store::SetArticleArchive). A failed write ends the run with its error.
  std::shared_ptr<WarcWriter> warc;
  // Several workers on one database (docs/scale.md); off by default.
  SharedFrontier shared;
};

// An HTTP response from an archive, run through the pipeline as if it had been fetched
// (newsdesk import FILE.warc): `response` is a kOk response with url, final_url,
// http_status, content_type, content_language and body.
struct ArchivedPage {
  FetchResponse response;
  std::chrono::system_clock::time_point fetched_at;  // the record's WARC-Date
  std::string warc_file;                             // where the record is; "" = unknown
  int64_t warc_offset = -1;
};

class Pipeline {
 public:
  // `store` must outlive the Pipeline; it is used only inside Ingest()/Import(), from one
  // thread at a time.
  Pipeline(Store& store, PipelineOptions options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Fetches and stores `urls` (absolute http/https/file URLs; duplicates in the list are
  // done once). Blocks until every URL reached a state or the run was stopped. Per-URL
  // problems are in the summary; a non-OK Result means the store failed.
  Result<RunSummary> Ingest(const std::vector<std::string>& urls);

  // Stores already-extracted documents: `next` yields them one at a time (false = end)
  // and is called on the caller's thread. A document that cannot be assembled or stored
  // is a failure with its url ("document N", its place in the input, when it has none)
  // and its line (ImportInput::line). Each document's `imported_at` is set to the run's
  // clock (PipelineOptions::now) and its dates read once (ReadImportDates) unless `next`
  // read them: the canonical order and the stored article use that one reading.
  Result<RunSummary> Import(const std::function<bool(ImportInput&)>& next);

  // Runs archived responses through decode, extract, normalize, dedup and stories, and
  // records their URLs in the frontier as fetched. `next` yields them one at a time (false
  // = end) on the caller's thread; at most max_in_flight pages are held at once.
  Result<RunSummary> ImportPages(const std::function<bool(ArchivedPage&)>& next);

  // Stops the run: no URL is fetched any more (the ones queued stay pending, untouched);
  // transfers already on the wire finish within `stop_grace`, and what finished is written
  // and committed. Ingest()/Import()/ImportPages() then return with `interrupted` set.
  void Stop();
  // Stop() and also abort in-flight fetches (they stay pending for the next run).
  void Cancel();

 private:
  struct Run;
  class RunRegistration;
  // Import() and ImportPages(): the items `next` fills (false = end) through the workers
  // and the writer, without a fetcher; `source` names the input in errors. Defined and
  // used in pipeline.cc only.
  template <typename Next>
  Result<RunSummary> RunWithoutFetcher(const Next& next, const char* source);
  Store& store_;
  PipelineOptions options_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> cancel_{false};
  std::atomic<Run*> run_{nullptr};
  std::mutex run_mu_;
};

// The one run recorder of every command (ingest, import, crawl, daemon): one row of the
// store's runs table, begun "running", the summaries of its batches added, and finished
// once with the same counts, written the same way, whatever the command:
//   total, fetched, stored, duplicates, near_duplicates, unchanged, failed, retry_later,
//   skipped, already_done, elsewhere, revised, removed (PipelineProgress), and
//   pending = URLs of the run left for a later one (not reached before a stop, or failed
//   for a passing reason: retry_later);
// then a caller's own counts (a crawl's sources and links) in the order added. Errors are
// counted by kind: a failure's reason up to its first ':', lower case, other than
// letters and digits as '_' ("http_error 404: ..." -> "http_error_404"); a killed run stays
// "running" with no end time (Store::MarkRunsKilled). Not thread-safe: one thread adds and
// finishes.
class RunRecorder {
 public:
  static Result<std::unique_ptr<RunRecorder>> Begin(Store& store, const std::string& name);
  RunRecorder(const RunRecorder&) = delete;
  RunRecorder& operator=(const RunRecorder&) = delete;

  int64_t id() const { return id_; }
  // Adds a batch: its counts, failures, skips and whether it was interrupted.
  void Add(const RunSummary& batch);
  // A caller's own count, written after the common ones; errors of a kind of its own.
  void AddCount(const std::string& name, int64_t n);
  void AddErrors(const std::string& kind, int64_t n);
  // Every batch added so far, as one summary (run_id set; stats not summed).
  const RunSummary& summary() const { return summary_; }
  // Stamps the run finished. Status "error" when `fatal` is not OK, else "interrupted" when
  // a batch was or `interrupted`, "failed" when a URL failed or `failed`, else "ok".
  // Returns `fatal`, else the store's error if the write failed.
  Status Finish(const Status& fatal, bool interrupted = false, bool failed = false);

 private:
  RunRecorder(Store& store, int64_t id) : store_(store), id_(id) { summary_.run_id = id; }
  Store& store_;
  int64_t id_;
  RunSummary summary_;
  std::vector<std::pair<std::string, int64_t>> extra_counts_;
  std::map<std::string, int64_t> errors_;
};

// The one shutdown path of every long-running command (ingest, import, crawl, daemon,
// serve). While a watching Shutdown is alive, SIGINT and SIGTERM no longer kill the
// process: the first one asks every registered target to stop (a Pipeline takes no new
// work, its queued URLs stay pending, transfers on the wire finish within `stop_grace`,
// what finished is committed and the run recorded as interrupted), a second one to cancel
// (in-flight transfers are aborted at once and stay pending). Later signals do nothing more.
// Asio's signal_set turns a signal into an ordinary call on a watcher thread, so no target
// is touched from a signal handler; tests call Signal() instead.
//
// A target registered after a signal is told at once (a signal between two batches, or
// before a run starts, is not lost). Targets are called in registration order with the
// Shutdown's lock held, and a Registration's destructor takes that lock: once it has
// returned its target is never called again and may be destroyed. A target must not call
// back into the Shutdown. Thread-safety: every member may be called from any thread.
class Shutdown {
 public:
  enum class Phase { kRunning, kStopping, kCancelling };

  // Ends a target's registration when destroyed (or moved from and destroyed).
  class Registration {
   public:
    Registration(Registration&& other) noexcept;
    Registration& operator=(Registration&&) = delete;
    Registration(const Registration&) = delete;
    Registration& operator=(const Registration&) = delete;
    ~Registration();

   private:
    friend class Shutdown;
    Registration(Shutdown* owner, int64_t id) : owner_(owner), id_(id) {}
    Shutdown* owner_;
    int64_t id_;
  };

  // `watch_signals`: handle SIGINT and SIGTERM (at most one watching Shutdown per process);
  // false: only Signal() moves it on (tests).
  explicit Shutdown(bool watch_signals = true);
  ~Shutdown();
  Shutdown(const Shutdown&) = delete;
  Shutdown& operator=(const Shutdown&) = delete;

  // `stop` runs on the first signal, `cancel` (may be null) on the second.
  [[nodiscard]] Registration Register(std::function<void()> stop, std::function<void()> cancel);
  // A target with Stop() and Cancel() (Pipeline, Crawler), which must outlive the result.
  template <typename Target>
  [[nodiscard]] Registration Register(Target& target) {
    return Register([&target] { target.Stop(); }, [&target] { target.Cancel(); });
  }

  // What one SIGINT/SIGTERM does; `signal_number` (SIGINT, SIGTERM; 0 = unnamed, tests) is
  // kept for first_signal().
  void Signal(int signal_number = 0);
  Phase phase() const;
  int signals_received() const;
  // The number of the first signal received: what stopped the targets (a command exits
  // 128 + it); 0 before one, or when it was unnamed.
  int first_signal() const;

 private:
  struct Watcher;
  struct Entry {
    int64_t id;
    std::function<void()> stop;
    std::function<void()> cancel;
  };
  void Unregister(int64_t id);

  mutable std::mutex mu_;
  Phase phase_ = Phase::kRunning;  // guarded by mu_
  int received_ = 0;               // guarded by mu_
  int first_signal_ = 0;           // guarded by mu_
  int64_t next_id_ = 1;            // guarded by mu_
  std::vector<Entry> targets_;     // guarded by mu_
  std::unique_ptr<Watcher> watcher_;
};

}  // namespace newsdesk

#endif  // NEWSDESK_PIPELINE_H_
