// The pipeline's writer: the only user of the Store during a run. Plans the frontier
// before the run, then consumes assembled documents: exact dedup, stories, frontier
// states, batched commits, progress and the run summary.
//
// Thread-safety: Open/Plan/Finish on the caller's thread before and after the run; Loop on
// the writer thread; failed() and SetFatal() from any thread.
#ifndef NEWSDESK_PIPELINE_WRITER_H_
#define NEWSDESK_PIPELINE_WRITER_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/document.h"
#include "newsdesk/fetch.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "newsdesk/stories.h"
#include "pipeline_queue.h"
#include "pipeline_robots.h"

namespace newsdesk::internal {

// Output of a CPU worker.
struct WriteItem {
  uint64_t seq = 0;
  bool from_fetch = true;
  std::string url;      // as requested (or as given, for imports)
  int64_t line = 0;     // an imported document's line in its input (ImportInput::line)
  FetchResponse fetch;  // body released; outcome etc. for fetched items
  std::optional<Document> doc;
  std::string error;       // why assembly failed, when !doc
  std::string fetched_at;  // when the response came (ISO 8601 UTC, the pipeline's clock)
  // From an archive (Pipeline::ImportPages), not fetched live: no re-fetch is planned.
  bool archived = false;
  // Where the response is archived (WARC file and offset); "" = not archived.
  std::string warc_file;
  int64_t warc_offset = -1;
  std::string archive_error;  // writing the archive failed: ends the run
};

// Why a document that is not an article is not stored: "not an article: wall: ...".
std::string NotArticleReason(const Document& doc);

// Where a document goes in the canonical order of an import's read-ahead and of the
// articles given their stories together (Writer::AssignPending): by publication time,
// undated documents last, ties by a hash of title and text. StoryIndex depends on arrival
// order; this order does not depend on it. A nonzero `tie_salt` (PipelineOptions::tie_salt)
// remixes the hash: another order of the same ties.
struct CanonicalKey {
  CanonicalKey(std::optional<int64_t> published, std::string_view title, std::string_view text,
               uint64_t tie_salt = 0);
  bool operator<(const CanonicalKey& other) const;

  bool undated;
  int64_t published;  // 0 when undated
  uint64_t hash;      // FNV-1a of title and text (remixed with the salt)
};

class Writer {
 public:
  Writer(Store& store, const PipelineOptions& options, const std::atomic<bool>& cancelled);
  ~Writer();

  // Takes the story assigner's role if it is free (Store::TryBecomeStoryAssigner) and then
  // rebuilds the story index from the stored articles of its live window; records the run
  // as started. The only writer of a store (no shared frontier) must get the role
  // (FailedPrecondition when a worker sharing the database holds it).
  //
  // Articles are stored without a story. The only writer gives them theirs when
  // PipelineOptions::story_batch / story_delay say (those a killed run left included).
  // Workers sharing a database (options.shared.worker_id): the one that holds the role
  // gives every committed article one at each of its batch commits and at least every
  // commit_interval while idle. The others try for the role at each commit and take it
  // over (restoring the index then) when its holder's session ends.
  Status Open();

  // Deduplicates `urls`, skips those in a final state (unless refetch_finished), records
  // new ones as pending, and returns the requests to submit (with ETag/Last-Modified).
  Result<std::vector<FetchRequest>> Plan(const std::vector<std::string>& urls,
                                         std::chrono::system_clock::time_point now,
                                         std::unordered_set<std::string>& seen);

  // Consumes `queue` until it is closed and empty, releasing one token per item.
  void Loop(BoundedQueue<WriteItem>& queue, TokenPool& tokens);

  // Records the run as finished; the summary of the run, or the store error that ended it.
  Result<RunSummary> Finish(bool interrupted);

  // robots.txt answers to persist with each batch commit (may be null; must outlive Loop).
  void set_robots_cache(StoreRobotsCache* robots) { robots_ = robots; }
  // The run's fetcher, whose waiting retries progress reports show (may be null; must
  // outlive Loop).
  void set_fetcher(const Fetcher* fetcher) { fetcher_ = fetcher; }

  void SetFatal(Status status);
  bool failed() const { return failed_.load(); }
  // `n` more URLs of the run were fetched by another worker (shared frontier). Any thread.
  void DoneElsewhere(int64_t n) { elsewhere_ += n; }

 private:
  struct Stored {
    UrlState state;
    int64_t article_id;
    // A duplicate under an address this run had stored or aliased already (an import
    // that gives one URL twice).
    bool repeated = false;
  };
  void Process(WriteItem& item);
  // Sets `e` (fields of the response already in it) for a URL with no stored article.
  void FirstFetch(WriteItem& item, FrontierEntry& e);
  void ProcessImport(WriteItem& item);
  // The id of the first stored article the story index restores (StoryIndex::Restore).
  Result<int64_t> FirstLiveArticle();
  Result<Stored> StoreDocument(Document& doc, const std::string& url);
  // Restores the story index (Open, or when taking over as the story assigner).
  Status RestoreStories();
  // Drops the kept story features of the articles before `first_live` and keeps the
  // `refreshed` ones (id, features), in the open batch or a transaction of its own.
  Status KeepFeatures(int64_t first_live,
                      const std::vector<std::pair<int64_t, std::string>>& refreshed);
  // Gives the stored article `a` its story (StoryIndex::Add at time `when`) and writes the
  // assignment with the merges and moves it made.
  Status AssignStory(Article& a, std::optional<int64_t> when);
  // Whether this run stored `a` (the run's counts are of its own articles, not of those
  // an earlier run left waiting or another worker stored): `a` carries the run's id, or,
  // when the run is not recorded (run_id_ 0), an id from its first stored article on.
  bool StoredByThisRun(const Article& a) const;
  // Takes the assigner's role when it is free (shared frontier), and when this writer
  // holds it, gives every unassigned article visible to its transaction a story: the
  // lowest ids first, options_.story_batch at a time, each batch in canonical order
  // (CanonicalKey).
  Status AssignPending();
  // Whether the commit being made gives waiting articles their stories (always for a
  // shared worker; for the only writer, options_.story_batch / story_delay or `last`).
  bool StoriesDue(bool last) const;
  // Shared frontier, idle writer: a batch of its own every commit_interval, so that the
  // assigner assigns (and a standby asks for the role) while no pages come.
  void CommitWhileIdle();
  // Shared frontier, at the end of a run that is not the assigner: waits until its articles
  // have a story or it takes the role and gives them one; at most one lease duration.
  void AwaitAssignment();
  void BeginBatch();
  // The document fetched or imported from `url` is a copy of stored article `existing`:
  // counted already done when an earlier run stored it under `url`, else a duplicate
  // whose addresses become aliases of `existing`.
  Stored Duplicate(const Article& existing, const Document& doc, const std::string& url);
  // A copy (same text) of stored article `stored`, which still waits for its story,
  // showing an earlier publication (or the only one): the text was out then, so the
  // article takes the copy's date, and which copy arrived first does not decide where it
  // stands in time. Not for a shared worker (the assigner may be reading the article).
  Status TakeEarlierPublication(const Article& stored, const Article& copy);
  // A re-fetch of the stored article `stored` (pipeline_revisit.cc): records an edit,
  // removal or move (Store::AddRevision), updates the article to the new version, and
  // sets `e`'s state and next re-fetch.
  void Revisit(WriteItem& item, const Article& stored, FrontierEntry& e);
  Status RecordEdit(const Document& doc, const Article& stored, const std::string& seen_at);
  Status RecordGone(const Article& stored, const std::string& kind, const FetchResponse& r,
                    const std::string& seen_at);
  // When the article first fetched at `first_fetched` is due again after a response at
  // `now` (options_.revisit_after); "" when never. Both ISO 8601 UTC.
  std::string NextRevisitAt(const std::string& first_fetched, const std::string& now) const;
  // Records a failure; `retry_at` (ISO 8601 UTC) when it is passing and due again then.
  void Fail(const std::string& url, const std::string& reason, int http_status,
            const std::string& retry_at = "");
  // A fetch that failed: `e` failed with the reason, due again at the response's retry
  // time when the failure is passing; reported.
  void FetchFailed(const std::string& url, const FetchResponse& r, FrontierEntry& e);
  // A store write for the response `r` that failed with `s`: `e` failed with "store: " and
  // the status (final); reported.
  void StoreFailed(const std::string& url, const FetchResponse& r, const Status& s,
                   FrontierEntry& e);
  // When a URL that failed for a passing reason is tried again: `at`, until it has had
  // fetch.give_up_after attempts in all runs; then "" (final), with the count added to
  // e.error.
  std::string RetryTime(std::chrono::system_clock::time_point at, FrontierEntry& e) const;
  // Records a final, reported outcome that stores nothing (blocked; not an article).
  void Skip(const std::string& label, const std::string& reason, int http_status);
  // Commits the open batch when due or `force`d; `last`: the run's final commit.
  Status MaybeCommit(bool force, bool last = false);
  Status FlushRobots();
  void MaybeReport(bool force);
  // Moves the URLs done by other workers since the last call into the counts.
  void CountElsewhere();

  Store& store_;
  const PipelineOptions& options_;
  const std::atomic<bool>& cancelled_;
  StoryIndex stories_;
  // Several workers share the store (options.shared.worker_id): stories are assigned by
  // one of them (Open), not inline.
  const bool shared_;
  bool assigner_ = false;        // this writer holds the story assigner's role
  int64_t first_stored_id_ = 0;  // the lowest article id this run stored (0: none yet)
  int64_t last_stored_id_ = 0;   // the highest article id this run stored
  StoreRobotsCache* robots_ = nullptr;
  const Fetcher* fetcher_ = nullptr;
  std::optional<Store::Transaction> txn_;
  int uncommitted_ = 0;
  std::chrono::steady_clock::time_point txn_started_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_report_;
  std::set<int64_t> dirty_stories_;  // stories whose stats are recomputed at commit
  // The only writer: articles committed without a story since the last assignment (or
  // left so by an earlier run), and since when the first of them waits.
  int64_t waiting_ = 0;
  std::chrono::steady_clock::time_point waiting_since_;
  int64_t run_id_ = 0;
  RunRecorder* recorder_ = nullptr;            // options_.recorder, or own_recorder_
  std::unique_ptr<RunRecorder> own_recorder_;  // the run of options_.run_name
  std::map<uint64_t, WriteItem> reorder_;      // options_.ordered: items ahead of next_seq_
  uint64_t next_seq_ = 0;
  RunSummary summary_;
  std::atomic<bool> failed_{false};
  std::atomic<int64_t> elsewhere_{0};  // DoneElsewhere() not yet in summary_
  std::mutex fatal_mu_;
  Status fatal_;
};

}  // namespace newsdesk::internal

#endif  // NEWSDESK_PIPELINE_WRITER_H_
