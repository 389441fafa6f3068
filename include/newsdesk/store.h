// Store: the database every run writes and analysis tools read: an embedded SQLite file
// (the default; WAL mode) or a PostgreSQL database named by a postgresql:// URI. Both have
// the same schema (migrations applied in order on open), the same behaviour behind this
// interface and prepared statements only. No SQLite or libpq type here.
//
// Thread-safety: a Store is one connection; use it from one thread at a time (the
// pipeline's writer thread). Readers in other processes see committed data.
#ifndef NEWSDESK_STORE_H_
#define NEWSDESK_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/status.h"

namespace newsdesk {

// A URL's state in the frontier. Every URL ends in exactly one final state.
enum class UrlState { kPending, kFetched, kUnchanged, kFailed, kSkipped, kDuplicate };
std::string_view UrlStateName(UrlState s);  // "pending", "fetched", ...
// The state named `name` (as UrlStateName spells it), or nullopt.
std::optional<UrlState> ParseUrlState(std::string_view name);

struct FrontierEntry {
  std::string url;
  UrlState state = UrlState::kPending;
  int http_status = 0;
  std::string error;  // reason for failed/skipped
  int attempts = 0;
  std::string next_attempt_at;  // ISO 8601; "" = now
  std::string etag;
  std::string last_modified;
  std::string source;      // where the URL came from (list file, feed URL)
  int64_t article_id = 0;  // the article stored for it, if any
  // When its last response came (ISO 8601 UTC, the pipeline's clock); "" = never. A
  // sitemap lastmod after it makes the URL due again (MarkChangedSince).
  std::string checked_at;
};

// What Store::ClaimUrls found for the URLs it was asked about.
struct UrlClaim {
  // Leased to the claiming worker now (their entries as stored, lease set).
  std::vector<FrontierEntry> claimed;
  // Due, but held by another worker's live lease (or being claimed or written by another
  // connection at this moment): ask again later; the rest are in a final state.
  std::vector<std::string> held;
};

// Which revisions Store::ListRevisions lists (0 = any).
struct RevisionFilter {
  int64_t article_id = 0;
  int64_t story_id = 0;  // the articles of this story (or the story it was merged into)
  int limit = -1;        // at most this many (-1 = all)
};

// A story: articles about one event. Stats are recomputed from its articles by
// Store::UpsertStory.
struct Story {
  int64_t id = 0;
  std::string title;
  std::string first_published;         // min published of its articles ("" when none known)
  std::string last_published;          // max published
  int64_t article_count = 0;           // all articles of the story, near-duplicates included
  std::vector<std::string> languages;  // distinct, sorted
  std::vector<std::string> outlets;    // distinct sites, sorted
  std::string updated_at;
};

struct StoryFilter {
  std::string since;  // only stories whose last_published >= since ("" = all)
  // Only stories whose first_published, cut to the length of `until`, is <= until ("" =
  // all): "2026-02-13" keeps stories that began any time that day.
  std::string until;
  std::string language;  // only stories with an article in this language ("" = all)
  // Only stories with an article matching these plain words (as Store::Search reads them)
  // in its title or text ("" = all).
  std::string words;
  // Keyset paging: only stories after the story (after_published, after_id) in the
  // newest-first order, i.e. with (last_published, id) below it. after_id 0 = from the top.
  std::string after_published;
  int64_t after_id = 0;
  int limit = -1;  // at most this many (-1 = all)
};

// One pipeline run (crawl, ingest, import) and what came of it.
struct RunRecord {
  int64_t id = 0;
  std::string pipeline;  // pipeline name or command ("ingest")
  std::string started_at;
  std::string finished_at;  // "" while running, or when the run was killed
  // "running"; when finished "ok", "failed" (an input failed), "interrupted" (stopped by a
  // signal, what was done committed) or "error" (the store failed); "killed" when its
  // process (on PostgreSQL: its connection) ended without finishing it
  // (Store::MarkRunsKilled).
  std::string status;
  std::vector<std::pair<std::string, int64_t>> counts;  // per outcome: fetched, stored, ...
  std::vector<std::pair<std::string, int64_t>> errors;  // per error kind: timeout, http_404
};

// Cached robots.txt of one host (RFC 9309 §2.4 caching).
struct RobotsEntry {
  std::string host;  // scheme://host[:port] or host, as the fetcher keys it
  int http_status = 0;
  std::string body;
  std::string fetched_at;
  std::string expires_at;
};

// A discovery source's state between runs (feed, sitemap, URL list).
struct SourceState {
  std::string url;
  std::string last_run_at;
  std::string etag;
  std::string last_modified;
};

struct SearchHit {
  int64_t article_id = 0;
  std::string title;
  std::string url;      // canonical
  std::string snippet;  // matched terms wrapped in [ ]
  double rank = 0;      // lower is better (SQLite: bm25; PostgreSQL: -ts_rank)
  std::string site;
  std::string language;
  std::string published;
  int64_t story_id = 0;  // 0 when none
};

struct StoreOptions {
  // When false, a missing database file is an error (NotFound) instead of being created.
  bool create_if_missing = true;
  // Opens the connection read-only (for the read commands). A read-only open never creates
  // or migrates: a database older than this build is FailedPrecondition.
  bool read_only = false;
  // How long a statement waits for another connection's lock before failing.
  int busy_timeout_ms = 5000;
};

// Whether `location` names a PostgreSQL database (a postgresql:// or postgres:// URI, as
// libpq reads it) rather than a SQLite file.
inline bool IsDatabaseUri(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

// Where the lock file that keeps a store's writers one at a time (crawl.h StoreLock) goes
// by default: next to a SQLite file; "" (none) for a PostgreSQL database, which a lock
// file on one machine cannot guard and whose ingest/crawl/daemon workers share the
// frontier through leases instead (Store::ClaimUrls, docs/scale.md).
inline std::string DefaultLockFile(const std::string& location) {
  return IsDatabaseUri(location) ? std::string() : location + ".lock";
}

// Timestamps in the store are ISO 8601 UTC strings "YYYY-MM-DDTHH:MM:SSZ", so they sort
// as text. Returns the current time in that form.
std::string StoreTimestampNow();

class Store {
 public:
  // Opens (creating if needed) the SQLite database at `path` (":memory:" for tests) and
  // enables WAL, or connects to the PostgreSQL database `path` names when IsDatabaseUri
  // (which must exist; Unavailable when the server cannot be reached), and applies pending
  // migrations in one transaction each. A database written by a newer schema than this
  // build knows is FailedPrecondition.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);
  // The schema version this build migrates to.
  static int LatestSchemaVersion();
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  virtual int SchemaVersion() = 0;

  // Checks the database: PRAGMA integrity_check, foreign keys, and (unless read-only) that
  // the full-text index matches the articles. Corruption with the first problems found.
  virtual Status CheckIntegrity() = 0;

  // Batched writes: everything between Begin() and Commit() is one transaction; a
  // Transaction object that is destroyed uncommitted rolls back.
  // Transactions do not nest: a second live Transaction on the same store fails to begin.
  class Transaction {
   public:
    explicit Transaction(Store& store);
    ~Transaction();  // rolls back unless Commit() succeeded
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    // Why BEGIN failed, or OK when the transaction is open.
    const Status& status() const { return begin_status_; }
    // Commits. Returns the BEGIN error when the transaction never started; after a failed
    // COMMIT the transaction is rolled back on destruction.
    Status Commit();

   private:
    Store& store_;
    bool active_ = false;
    Status begin_status_;
  };

  // Articles. InsertArticle assigns and returns the id (article.id is ignored); a second
  // article with the same canonical_url is AlreadyExists. story_id/duplicate_of 0 = none.
  virtual Result<int64_t> InsertArticle(const Article& article) = 0;
  // Rewrites every field of the article `article.id` (NotFound if there is none).
  virtual Status UpdateArticle(const Article& article) = 0;
  // Sets the story and near-duplicate of article `id` (0 = none), and the story of its
  // figures. NotFound if no article.
  virtual Status SetArticleStory(int64_t id, int64_t story_id, int64_t duplicate_of) = 0;
  virtual Result<std::optional<Article>> GetArticle(int64_t id) = 0;
  virtual Result<std::optional<Article>> FindByCanonicalUrl(const std::string& url) = 0;
  // The first stored article (lowest id) with this content hash.
  virtual Result<std::optional<Article>> FindByContentHash(const std::string& hash) = 0;
  // Records `url` as another address of article `id`. Re-adding the same pair is OK; an
  // alias already pointing to another article is AlreadyExists; no article `id` is
  // InvalidArgument (foreign key).
  virtual Status AddAlias(const std::string& url, int64_t id) = 0;
  // The article that `url` is an alias of, if any.
  virtual Result<std::optional<int64_t>> FindAlias(const std::string& url) = 0;
  // The aliases of article `id`, in the order they were recorded (none: empty).
  virtual Result<std::vector<std::string>> ListAliases(int64_t id) = 0;
  // The article known under `url` as its canonical URL, first-seen URL or an alias.
  virtual Result<std::optional<int64_t>> FindArticleIdByAnyUrl(const std::string& url) = 0;
  // Calls `fn` for every article in id order; stops early when it returns false. `fn` may
  // read from the store but must not write to it.
  virtual Status ForEachArticle(const std::function<bool(const Article&)>& fn) = 0;
  // The same, from the article with id `first_id` (or the next one) on.
  virtual Status ForEachArticleFrom(int64_t first_id,
                                    const std::function<bool(const Article&)>& fn) = 0;
  // The same with the story index's features kept for each article ("" when none):
  // what the index restores from (StoryIndex::Restore).
  virtual Status ForEachArticleWithFeaturesFrom(
      int64_t first_id,
      const std::function<bool(const Article&, std::string_view features)>& fn) = 0;
  // Keeps the story index's features of article `id` (StoryAssignment::features, opaque
  // bytes), replacing any kept before; "" drops them. The article must exist.
  virtual Status PutStoryFeatures(int64_t id, std::string_view features) = 0;
  // Drops the features of the articles before `first_id` (out of the index's live window,
  // never restored again): features take as much room as texts. Returns how many.
  virtual Result<int64_t> DropStoryFeaturesBefore(int64_t first_id) = 0;
  // The greatest `published` ("" when none). Compared as text, so an article with another
  // UTC offset may be newer by up to a day.
  virtual Result<std::string> MaxPublished() = 0;
  // The lowest id (0 when there are no articles) among the last `last` articles by id
  // and those with `published` >= `since`, or without `published` and with `fetched_at`
  // >= `since` or "" (ISO 8601 strings compared as text). Answered from indexes: reads
  // only the articles it selects.
  virtual Result<int64_t> FirstArticleSince(const std::string& since, int64_t last) = 0;
  virtual Result<int64_t> CountArticles() = 0;
  // Where the HTTP response article `id` came from is archived: a WARC file (as it was
  // named when written or imported) and the offset of the response record. NotFound if no
  // article `id`.
  virtual Status SetArticleArchive(int64_t id, const std::string& warc_file, int64_t offset) = 0;
  // The archived response of article `id`: nullopt when it has none (or no article `id`).
  virtual Result<std::optional<std::pair<std::string, int64_t>>> GetArticleArchive(int64_t id) = 0;

  // Frontier. UpsertUrl writes every field of the entry (insert or replace by url),
  // stamps updated_at and ends the URL's lease (ClaimUrls).
  virtual Status UpsertUrl(const FrontierEntry& entry) = 0;
  // Adds `url` as pending when it is not in the frontier yet. Returns whether it was added.
  virtual Result<bool> AddUrlIfNew(const std::string& url, const std::string& source) = 0;
  virtual Result<std::optional<FrontierEntry>> GetUrl(const std::string& url) = 0;
  // URLs due for fetching, oldest due first, at most `limit`: state pending with
  // next_attempt_at "" or <= `now`, state failed with a next_attempt_at <= `now` (a
  // transient failure whose retry time has come; a failed URL with next_attempt_at ""
  // is final), and state fetched or unchanged with a next_attempt_at <= `now` (a stored
  // article whose re-fetch is due; "" = none planned). `now` is a StoreTimestampNow()-style string;
  // "" = now. A URL stays pending until its final state is written, so after a killed run the URLs
  // that were in flight are simply listed again (no separate recovery step).
  virtual Result<std::vector<FrontierEntry>> ListDueUrls(std::string_view now, int limit) = 0;
  // Makes `url` due at `due_at` when it is fetched or unchanged, has an article, and its
  // last response came before `changed_at` (a sitemap lastmod or feed updated time; ISO
  // 8601 strings compared as text). Returns whether it did.
  virtual Result<bool> MarkChangedSince(const std::string& url, const std::string& changed_at,
                                        const std::string& due_at) = 0;
  // Shared frontier (docs/scale.md): workers sharing one database lease the URLs they
  // fetch. ClaimUrls leases to `worker` until `until` those of `urls` that are in the
  // frontier, due (pending, or a failed/fetched/unchanged URL whose next_attempt_at has
  // come; any state when `any_state`) at `now`, and not leased to another worker until
  // after `now`; on PostgreSQL rows another connection has locked are passed over, never
  // waited for (FOR UPDATE SKIP LOCKED). Each batch of URLs is claimed in one statement:
  // call it outside a transaction, so that other workers see the leases at once. Writing
  // a URL's state (UpsertUrl) ends its lease. Times are StoreTimestampNow()-style strings.
  virtual Result<UrlClaim> ClaimUrls(const std::vector<std::string>& urls,
                                     const std::string& worker, std::string_view now,
                                     std::string_view until, bool any_state = false) = 0;
  // Moves the end of every lease `worker` holds to `until` ("" ends them: the URLs are
  // free to claim at once), passing over rows another connection has locked. Returns how
  // many leases it changed.
  virtual Result<int64_t> ExtendLeases(const std::string& worker, std::string_view until) = 0;
  // Per-host politeness across workers (docs/scale.md): records a request to `host`
  // starting at `now_ms` (milliseconds since the epoch) unless one started after
  // `now_ms - delay_ms`, in one statement. Returns 0 when it did (start now), else how
  // many milliseconds to wait before asking again.
  virtual Result<int64_t> TryStartHostRequest(const std::string& host, int64_t now_ms,
                                              int64_t delay_ms) = 0;
  // Per-host concurrency across workers (docs/scale.md): leases to `worker`, until
  // `until_ms`, one of the `slots` request slots of `host` (0 .. slots-1) that no lease
  // holds at `now_ms`, lowest first, in one statement. Returns the slot, or nullopt when
  // all are held (or another connection took the one chosen at that moment: ask again).
  // A slot whose lease ran out (its worker died) is free again.
  virtual Result<std::optional<int>> TryTakeHostSlot(const std::string& host,
                                                     const std::string& worker, int slots,
                                                     int64_t now_ms, int64_t until_ms) = 0;
  // Frees `slot` of `host` if `worker` holds it.
  virtual Status ReleaseHostSlot(const std::string& host, int slot, const std::string& worker) = 0;
  // Moves the end of every host slot and robots.txt claim (ClaimRobotsFetch) `worker`
  // holds to `until_ms`; 0 ends them. Returns how many it changed.
  virtual Result<int64_t> ExtendHostClaims(const std::string& worker, int64_t until_ms) = 0;
  // Number of frontier URLs in each state, keyed by UrlStateName (states with none omitted).
  virtual Result<std::vector<std::pair<std::string, int64_t>>> CountUrlsByState() = 0;

  // Stories. Ids come from the caller (StoryIndex assigns them). UpsertStory creates the
  // story if needed and recomputes its dates, count, languages and outlets from the
  // articles whose story_id is `id`; `title` replaces the title unless empty (a new story
  // with no title takes its first article's title).
  virtual Status UpsertStory(int64_t id, const std::string& title) = 0;
  // Moves the articles and figures of story `absorbed` into story `into`, drops the
  // absorbed story's row and records where it went: GetStory, ListStoryArticles and
  // ListFigures of an absorbed id answer for the story it went into. Call UpsertStory(into)
  // after to recompute its summary.
  virtual Status MergeStories(int64_t absorbed, int64_t into) = 0;
  // Every recorded merge as (absorbed id, the story it went into now), by absorbed id.
  virtual Result<std::vector<std::pair<int64_t, int64_t>>> ListStoryMerges() = 0;
  // Moves article `article_id`, its near-duplicates (articles whose duplicate_of is it) and
  // their figures into story `into` (StoryAssignment::moved). Call UpsertStory on both
  // stories after to recompute their summaries.
  virtual Status MoveArticle(int64_t article_id, int64_t into) = 0;
  virtual Result<std::optional<Story>> GetStory(int64_t id) = 0;
  // Newest first (last_published, then id, descending).
  virtual Result<std::vector<Story>> ListStories(const StoryFilter& filter) = 0;
  // Streams the same rows as ListStories; stops early when `fn` returns false. `fn` may
  // read from the store but must not write to it.
  virtual Status ForEachStory(const StoryFilter& filter,
                              const std::function<bool(const Story&)>& fn) = 0;
  // The story's articles, oldest published first (undated last, then by id); at most
  // `limit` of them (-1 = all).
  virtual Result<std::vector<Article>> ListStoryArticles(int64_t story_id, int limit = -1) = 0;
  // The highest story id in use or absorbed by a merge (0 when none), for callers that
  // allocate ids.
  virtual Result<int64_t> MaxStoryId() = 0;
  // One story assigner across the workers sharing a database (docs/scale.md): the others
  // store articles without a story (story_id 0, unassigned) and the assigner gives them
  // one. ListUnassignedArticles: those articles, lowest id first, at most `limit`.
  virtual Result<std::vector<Article>> ListUnassignedArticles(int limit) = 0;
  virtual Result<int64_t> CountUnassignedArticles() = 0;
  // Makes this connection the story assigner unless another one is: true when it is (also
  // when it already was). Never waits. PostgreSQL: a session-level advisory lock, held
  // until ReleaseStoryAssigner or the end of the connection (a killed process's ends with
  // it). SQLite: always true (its lock file keeps writers one at a time).
  virtual Result<bool> TryBecomeStoryAssigner() = 0;
  // Gives the role up (nothing when this connection does not hold it).
  virtual Status ReleaseStoryAssigner() = 0;

  // Revisions (article.h ArticleRevision). AddRevision records one and returns its id; an
  // "edited" one adds one to the article's revision_count and clears its `gone` (the page
  // is back), a "removed" or "moved" one sets `gone` to its kind. The article's new title and text
  // are the caller's UpdateArticle. No article `article_id` is InvalidArgument (foreign key).
  virtual Result<int64_t> AddRevision(const ArticleRevision& revision) = 0;
  // Oldest first (by id).
  virtual Result<std::vector<ArticleRevision>> ListRevisions(const RevisionFilter& filter) = 0;

  // Figures. ReplaceArticleFigures replaces every figure of `article_id` with `figures`
  // (their story_id/article_id fields are overwritten with the arguments).
  virtual Status ReplaceArticleFigures(int64_t story_id, int64_t article_id,
                                       const std::vector<StoryFigure>& figures) = 0;
  // The story's figures grouped by unit, then value, with site and url filled.
  virtual Result<std::vector<StoryFigure>> ListFigures(int64_t story_id) = 0;

  // Runs. BeginRun records a "running" run started now, owned by this connection until
  // FinishRun stamps it finished (PostgreSQL: a session-level advisory lock per run, so
  // that the server itself tells when the owner's connection is gone; docs/store.md).
  // Finish a run on the store that began it.
  virtual Result<int64_t> BeginRun(const std::string& pipeline) = 0;
  virtual Status FinishRun(int64_t id, const std::string& status,
                           const std::vector<std::pair<std::string, int64_t>>& counts,
                           const std::vector<std::pair<std::string, int64_t>>& errors) = 0;
  // Marks the runs still "running" whose process ended without finishing them (SIGKILL, a
  // crash, a lost connection) as "killed" (finished_at stays ""). Returns how many.
  // PostgreSQL: those no connection owns any more; a live worker's run (this connection's
  // too) is never marked, so any worker may call it at any time. SQLite: every run still
  // "running". REQUIRES (SQLite): no other process records runs in this store: the caller
  // holds its StoreLock (crawl.h).
  virtual Result<int64_t> MarkRunsKilled() = 0;
  // Newest first; at most `limit` (-1 = all). PostgreSQL: a "running" run that no
  // connection owns any more is listed as "killed" even before MarkRunsKilled writes it
  // (a read-only store lists it so too).
  virtual Result<std::vector<RunRecord>> ListRuns(int limit) = 0;

  // robots.txt cache and source state (insert or replace by key). PutRobots also ends any
  // claim on the host's row (ClaimRobotsFetch).
  virtual Status PutRobots(const RobotsEntry& entry) = 0;
  virtual Result<std::optional<RobotsEntry>> GetRobots(const std::string& host) = 0;
  // robots.txt once per TTL across the workers sharing a database (docs/scale.md): makes
  // `worker` the one that fetches the robots.txt of `host` now, its claim lasting until
  // `until_ms`, unless the stored answer was fetched at or after `fresh_since` (ISO 8601
  // UTC: it is fresh, read it with GetRobots) or another worker's claim lasts past
  // `now_ms` (milliseconds since the epoch). The worker holding the claim may claim again.
  // One statement, atomic across connections: call it outside a transaction. Returns
  // whether `worker` got it. A claim that ends without an answer (robots.txt unreachable)
  // is given up with ReleaseRobotsClaim.
  virtual Result<bool> ClaimRobotsFetch(const std::string& host, const std::string& worker,
                                        const std::string& fresh_since, int64_t now_ms,
                                        int64_t until_ms) = 0;
  virtual Status ReleaseRobotsClaim(const std::string& host, const std::string& worker) = 0;
  virtual Status PutSource(const SourceState& source) = 0;
  virtual Result<std::optional<SourceState>> GetSource(const std::string& url) = 0;
  // Discovery once per source and interval across the workers sharing a database
  // (docs/scale.md): makes `worker` the one that reads the source at `url` now, its next
  // reading due at `next_due_ms`, unless another worker claimed it and that time is after
  // `now_ms` (milliseconds since the epoch). The worker that claimed a source last may
  // claim it again at any time (its own schedule decides). One statement, atomic across
  // connections: call it outside a transaction. Returns whether `worker` got it.
  virtual Result<bool> ClaimSource(const std::string& url, const std::string& worker,
                                   int64_t now_ms, int64_t next_due_ms) = 0;

  // Full-text search over title and text, best first (title words weigh 10x text words).
  // SQLite: FTS5 with the unicode61 tokenizer, snippets by FTS5. PostgreSQL: text search
  // of the match keys (normalize.h MatchKey, Words) under the `simple` configuration,
  // snippets by ts_headline. By default `query` is plain words: each is matched as a term
  // (a trailing * makes a prefix; OR/AND/NOT in capitals stay operators). With
  // `fts5_syntax` the query goes to FTS5 as written, and a malformed one is
  // InvalidArgument (always InvalidArgument on PostgreSQL). A non-empty `language` keeps
  // only articles in that language.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, int limit,
                                                bool fts5_syntax = false,
                                                const std::string& language = "") = 0;

 protected:
  Store() = default;
  virtual Status BeginTransaction() = 0;
  virtual Status CommitTransaction() = 0;
  virtual void RollbackTransaction() = 0;
};

}  // namespace newsdesk

#endif  // NEWSDESK_STORE_H_
