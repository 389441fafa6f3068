#include "pipeline_writer.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <tuple>
#include <utility>

#include "hash.h"
#include "newsdesk/article.h"
#include "newsdesk/dates.h"
#include "newsdesk/revisions.h"
#include "thread_cpu.h"

namespace newsdesk::internal {

namespace {

using SteadyClock = std::chrono::steady_clock;

bool IsFinal(const FrontierEntry& e, const std::string& now_iso) {
  switch (e.state) {
    case UrlState::kPending:
      return false;
    case UrlState::kFailed:
    case UrlState::kFetched:
    case UrlState::kUnchanged:
      // A transient failure may be retried once its time has come, and a stored article
      // is fetched again when its re-fetch is due.
      return e.next_attempt_at.empty() || e.next_attempt_at > now_iso;
    default:
      return true;
  }
}

// Seconds since the epoch of a stored ISO 8601 date or date-time; nullopt when there is
// none.
std::optional<int64_t> UnixTime(const std::string& iso) {
  if (iso.empty()) return std::nullopt;
  Result<ParsedDate> d = ParseDate(iso);
  if (!d.ok()) return std::nullopt;
  return d->UnixSeconds();
}

// Publication time of a stored article for the story window (fetch time when unknown).
std::optional<int64_t> StoredTime(const Article& a) {
  if (std::optional<int64_t> t = UnixTime(a.published)) return t;
  return UnixTime(a.fetched_at);
}

StoryArticle ToStoryArticle(const Article& a, std::optional<int64_t> when) {
  StoryArticle s;
  s.id = a.id;
  s.url = a.canonical_url;
  s.title = a.title;
  s.text = a.text;
  s.language = a.language;
  s.site = a.site;
  s.published_unix = when;
  s.undated = a.published.empty();
  return s;
}

// "http_error 302: redirect loop at URL": the status is named unless the fetcher's error
// begins with it ("HTTP 404"); a URL holding the same digits does not count.
std::string FetchReason(const FetchResponse& r) {
  std::string reason(FetchOutcomeName(r.outcome));
  const std::string status = std::to_string(r.http_status);
  if (r.outcome == FetchOutcome::kHttpError && r.http_status != 0 &&
      r.error.rfind("HTTP " + status, 0) != 0) {
    reason += " " + status;
  }
  if (!r.error.empty()) reason += ": " + r.error;
  return reason;
}

}  // namespace

CanonicalKey::CanonicalKey(std::optional<int64_t> published, std::string_view title,
                           std::string_view text, uint64_t tie_salt)
    : undated(!published), published(published.value_or(0)), hash(1469598103934665603ull) {
  for (std::string_view part : {title, text}) {
    for (unsigned char c : part) hash = (hash ^ c) * 1099511628211ull;
    hash = (hash ^ 0xff) * 1099511628211ull;  // separates title from text
  }
  if (tie_salt == 0) return;
  // MurmurHash3's finalizer over hash and salt: every bit of both moves the high bits that
  // order the keys (FNV's multiply alone carries a difference upwards only).
  hash = internal::Fmix64(hash ^ (tie_salt * 0x9e3779b97f4a7c15ull));
}

bool CanonicalKey::operator<(const CanonicalKey& other) const {
  return std::tie(undated, published, hash) < std::tie(other.undated, other.published, other.hash);
}

std::string NotArticleReason(const Document& doc) {
  return std::string("not an article: ") + PageClassName(doc.page_class) + ": " +
         doc.page_class_reason;
}

std::string Writer::NextRevisitAt(const std::string& first_fetched, const std::string& now) const {
  const std::optional<int64_t> first = UnixTime(first_fetched);
  const std::optional<int64_t> at = UnixTime(now);
  if (!first || !at) return "";
  using std::chrono::seconds;
  const std::optional<std::chrono::sys_seconds> next =
      NextRevisit(std::chrono::sys_seconds(seconds(*first)), std::chrono::sys_seconds(seconds(*at)),
                  options_.revisit_after);
  return next ? IsoUtc(*next) : "";
}

Writer::Writer(Store& store, const PipelineOptions& options, const std::atomic<bool>& cancelled)
    : store_(store),
      options_(options),
      cancelled_(cancelled),
      stories_(options.stories),
      shared_(!options.shared.worker_id.empty()) {
  started_ = last_report_ = txn_started_ = SteadyClock::now();
}

Writer::~Writer() {
  (void)store_.ReleaseStoryAssigner();  // a run that ended before Finish
}

Result<int64_t> Writer::FirstLiveArticle() {
  Result<std::string> max_published = store_.MaxPublished();
  if (!max_published.ok()) return max_published.status();
  const std::optional<int64_t> newest = UnixTime(*max_published);
  if (!newest) return int64_t{0};  // nothing dated: every article is live
  // The newest publication time is at least `newest`, and the date an article's time is
  // written with is at most a day (a UTC offset) before its UTC date: articles written
  // with earlier dates are out of the live span.
  const std::chrono::sys_seconds since{std::chrono::seconds(*newest) - stories_.live_span() -
                                       std::chrono::days(1)};
  return store_.FirstArticleSince(IsoUtc(since).substr(0, 10), options_.stories.late_arrivals);
}

Status Writer::Open() {
  Result<bool> assigner = store_.TryBecomeStoryAssigner();
  if (!assigner.ok()) return assigner.status();
  if (*assigner) {
    NEWSDESK_RETURN_IF_ERROR(RestoreStories());
    if (!shared_) {  // left waiting by a run that was killed: due at the first commit
      Result<int64_t> left = store_.CountUnassignedArticles();
      if (!left.ok()) return left.status();
      waiting_ = *left;
      waiting_since_ = SteadyClock::now() - options_.story_delay;
    }
  } else if (!shared_) {
    return Status::FailedPrecondition(
        "a worker sharing this database assigns its stories: run this command when no "
        "ingest, crawl or daemon worker writes to it (docs/scale.md)");
  }
  recorder_ = options_.recorder;
  if (!recorder_ && !options_.run_name.empty()) {
    Result<std::unique_ptr<RunRecorder>> run = RunRecorder::Begin(store_, options_.run_name);
    if (!run.ok()) return run.status();
    own_recorder_ = std::move(run).value();
    recorder_ = own_recorder_.get();
  }
  if (recorder_) run_id_ = summary_.run_id = recorder_->id();
  return Status::OK();
}

Status Writer::RestoreStories() {
  Result<int64_t> first_live = FirstLiveArticle();
  if (!first_live.ok()) return first_live.status();
  // Features computed again because none were kept (an article stored before they were,
  // one whose text changed since, or code or settings that compute them differently):
  // kept for the next open, at most kRefreshedFeatures per open to bound the memory held.
  constexpr size_t kRefreshedFeatures = 4096;
  std::vector<std::pair<int64_t, std::string>> refreshed;
  Status inner;
  Status s = store_.ForEachArticleWithFeaturesFrom(
      *first_live, [&](const Article& a, std::string_view features) {
        if (a.story_id == 0) return true;  // unassigned: AssignPending adds it
        try {
          std::string fresh =
              stories_.Restore(ToStoryArticle(a, StoredTime(a)),
                               {a.story_id, a.duplicate_of, 0, {}, {}, std::string(features)});
          if (!fresh.empty() && refreshed.size() < kRefreshedFeatures) {
            refreshed.emplace_back(a.id, std::move(fresh));
          }
        } catch (const std::exception& e) {
          inner = Status::Internal(std::string("restoring stories: ") + e.what());
          return false;
        }
        return true;
      });
  if (!s.ok()) return s;
  if (!inner.ok()) return inner;
  NEWSDESK_RETURN_IF_ERROR(KeepFeatures(*first_live, refreshed));
  Result<int64_t> max_story = store_.MaxStoryId();  // absorbed ids are not reused
  if (!max_story.ok()) return max_story.status();
  stories_.ReserveStoryIds(*max_story);
  assigner_ = true;
  return Status::OK();
}

Status Writer::KeepFeatures(int64_t first_live,
                            const std::vector<std::pair<int64_t, std::string>>& refreshed) {
  std::optional<Store::Transaction> own;  // on open; in a batch, the batch's
  if (!txn_) {
    own.emplace(store_);
    NEWSDESK_RETURN_IF_ERROR(own->status());
  }
  Result<int64_t> dropped = store_.DropStoryFeaturesBefore(first_live);
  if (!dropped.ok()) return dropped.status();
  for (const auto& [id, features] : refreshed) {
    NEWSDESK_RETURN_IF_ERROR(store_.PutStoryFeatures(id, features));
  }
  return own ? own->Commit() : Status::OK();
}

Result<std::vector<FetchRequest>> Writer::Plan(const std::vector<std::string>& urls,
                                               std::chrono::system_clock::time_point now,
                                               std::unordered_set<std::string>& seen) {
  const std::string now_iso = IsoUtc(now);
  std::vector<FetchRequest> todo;
  // Committed every kPlanBatch URLs: a worker planning the same list at the same time
  // waits for each new URL another one inserted until that one commits, so a long list
  // in one transaction would hold it past the lock timeout (docs/scale.md).
  constexpr int kPlanBatch = 256;
  std::optional<Store::Transaction> txn;
  int in_txn = 0;
  for (const std::string& url : urls) {
    if (!seen.insert(url).second) continue;
    if (txn && in_txn == kPlanBatch) {
      NEWSDESK_RETURN_IF_ERROR(txn->Commit());
      txn.reset();
    }
    if (!txn) {
      txn.emplace(store_);
      NEWSDESK_RETURN_IF_ERROR(txn->status());
      in_txn = 0;
    }
    ++in_txn;
    Result<std::optional<FrontierEntry>> prev = store_.GetUrl(url);
    if (!prev.ok()) return prev.status();
    FetchRequest request;
    request.url = url;
    if (!prev->has_value()) {
      // Not an upsert: another worker sharing the frontier may add it at the same time.
      if (Result<bool> added = store_.AddUrlIfNew(url, options_.source); !added.ok()) {
        return added.status();
      }
    } else {
      const FrontierEntry& e = **prev;
      if (IsFinal(e, now_iso) && !options_.refetch_finished) {
        ++summary_.counts.already_done;
        continue;
      }
      request.etag = e.etag;
      request.last_modified = e.last_modified;
    }
    todo.push_back(std::move(request));
  }
  if (txn) NEWSDESK_RETURN_IF_ERROR(txn->Commit());
  summary_.counts.total = static_cast<int64_t>(seen.size());
  summary_.counts.done = summary_.counts.already_done;
  return todo;
}

void Writer::SetFatal(Status status) {
  std::lock_guard lock(fatal_mu_);
  if (fatal_.ok()) fatal_ = std::move(status);
  failed_ = true;
}

void Writer::Fail(const std::string& url, const std::string& reason, int http_status,
                  const std::string& retry_at) {
  ++summary_.counts.failed;
  if (!retry_at.empty()) ++summary_.counts.retry_later;
  summary_.failures.push_back({url, reason, http_status, retry_at});
}

Writer::Stored Writer::Duplicate(const Article& existing, const Document& doc,
                                 const std::string& url) {
  // The address an earlier run stored this article under (an import given again) is done
  // already; any other address of a stored text is a duplicate.
  const bool known = url == existing.url || url == existing.canonical_url || [&] {
    Result<std::optional<int64_t>> alias = store_.FindAlias(url);
    return alias.ok() && *alias == existing.id;
  }();
  ++(known && existing.run_id != run_id_ ? summary_.counts.already_done
                                         : summary_.counts.duplicates);
  const bool repeated = known && StoredByThisRun(existing);
  // Every other address of the article becomes an alias; an alias already taken by
  // another article stays with it.
  for (const std::string* alias : {&url, &doc.article.canonical_url}) {
    if (*alias != existing.url && *alias != existing.canonical_url && !alias->empty()) {
      (void)store_.AddAlias(*alias, existing.id);
    }
  }
  return {UrlState::kDuplicate, existing.id, repeated};
}

Status Writer::TakeEarlierPublication(const Article& stored, const Article& copy) {
  const std::optional<int64_t> copy_time = UnixTime(copy.published);
  const std::optional<int64_t> stored_time = UnixTime(stored.published);
  if (shared_ || stored.story_id != 0 || !copy_time ||
      (stored_time && *stored_time <= *copy_time)) {
    return Status::OK();
  }
  Article earlier = stored;
  earlier.published = copy.published;
  earlier.published_raw = copy.published_raw;
  earlier.calendar = copy.calendar;
  earlier.published_precision = copy.published_precision;
  return store_.UpdateArticle(earlier);
}

Result<Writer::Stored> Writer::StoreDocument(Document& doc, const std::string& url) {
  Article& a = doc.article;
  Result<std::optional<Article>> same_url = store_.FindByCanonicalUrl(a.canonical_url);
  if (!same_url.ok()) return same_url.status();
  if (same_url->has_value()) return Duplicate(**same_url, doc, url);
  if (!a.content_hash.empty()) {
    Result<std::optional<Article>> same_text = store_.FindByContentHash(a.content_hash);
    if (!same_text.ok()) return same_text.status();
    if (same_text->has_value()) {
      NEWSDESK_RETURN_IF_ERROR(TakeEarlierPublication(**same_text, a));
      return Duplicate(**same_text, doc, url);
    }
  }
  a.run_id = run_id_;
  Result<int64_t> id = store_.InsertArticle(a);
  if (id.status().code() == Status::Code::kAlreadyExists) {
    // Another worker sharing the store committed this canonical URL since the look-up.
    same_url = store_.FindByCanonicalUrl(a.canonical_url);
    if (!same_url.ok()) return same_url.status();
    if (same_url->has_value()) return Duplicate(**same_url, doc, url);
  }
  if (!id.ok()) return id.status();
  a.id = *id;
  if (first_stored_id_ == 0) first_stored_id_ = a.id;
  last_stored_id_ = std::max(last_stored_id_, a.id);
  // The story comes later (AssignPending; for a shared worker, from the assigner). The
  // figures follow the article into it (Store::SetArticleStory).
  if (!shared_ && waiting_++ == 0) waiting_since_ = SteadyClock::now();
  if (!doc.figures.empty()) {
    if (Status s = store_.ReplaceArticleFigures(a.story_id, a.id, doc.figures); !s.ok()) {
      return s;
    }
  }
  ++summary_.counts.stored;
  return Stored{UrlState::kFetched, a.id};
}

Status Writer::AssignStory(Article& a, std::optional<int64_t> when) {
  const std::chrono::nanoseconds before = ThreadCpuTime();
  const StoryAssignment story = stories_.Add(ToStoryArticle(a, when));
  summary_.stats.stories_cpu += ThreadCpuTime() - before;
  a.story_id = story.story_id;
  a.duplicate_of = story.duplicate_of;
  if (Status s = store_.SetArticleStory(a.id, a.story_id, a.duplicate_of); !s.ok()) return s;
  if (!story.features.empty()) {  // empty: already indexed, its features kept before
    if (Status s = store_.PutStoryFeatures(a.id, story.features); !s.ok()) return s;
  }
  for (int64_t absorbed : story.absorbed) {
    if (Status s = store_.MergeStories(absorbed, a.story_id); !s.ok()) return s;
    dirty_stories_.erase(absorbed);
  }
  for (const StoryMove& move : story.moved) {
    if (Status s = store_.MoveArticle(move.article_id, move.to_story); !s.ok()) return s;
    dirty_stories_.insert(move.from_story);
    dirty_stories_.insert(move.to_story);
  }
  dirty_stories_.insert(a.story_id);
  if (a.duplicate_of != 0 && StoredByThisRun(a)) ++summary_.counts.near_duplicates;
  return Status::OK();
}

bool Writer::StoredByThisRun(const Article& a) const {
  if (run_id_ != 0) return a.run_id == run_id_;
  return first_stored_id_ != 0 && a.id >= first_stored_id_;
}

Status Writer::AssignPending() {
  if (!assigner_) {
    Result<bool> got = store_.TryBecomeStoryAssigner();
    if (!got.ok()) return got.status();
    // The previous holder's session has ended: what it committed is all there is.
    if (*got) NEWSDESK_RETURN_IF_ERROR(RestoreStories());
  }
  if (!assigner_) return Status::OK();
  const int limit = std::max(1, options_.story_batch);
  for (;;) {
    Result<std::vector<Article>> batch = store_.ListUnassignedArticles(limit);
    if (!batch.ok()) return batch.status();
    struct Waiting {
      CanonicalKey key;
      std::optional<int64_t> when;  // StoredTime: the fetch time when undated
      Article* article;
    };
    std::vector<Waiting> order;
    order.reserve(batch->size());
    for (Article& a : *batch) {
      const std::optional<int64_t> when = StoredTime(a);
      order.push_back({CanonicalKey(a.published.empty() ? std::nullopt : when, a.title, a.text,
                                    options_.tie_salt),
                       when, &a});
    }
    // Stable: copies of one text keep their order (the first stays the original).
    std::stable_sort(order.begin(), order.end(),
                     [](const Waiting& x, const Waiting& y) { return x.key < y.key; });
    // The batch announced before its first story (StoryIndex::Prime): its ties (articles
    // of one publication time, or undated) are counted together, so no pair of them is
    // scored on the counts of whichever of them happened to come first.
    {
      std::vector<StoryArticle> articles;
      articles.reserve(order.size());
      for (const Waiting& w : order) articles.push_back(ToStoryArticle(*w.article, w.when));
      const std::chrono::nanoseconds before = ThreadCpuTime();
      stories_.Prime(articles);
      summary_.stats.stories_cpu += ThreadCpuTime() - before;
    }
    for (const Waiting& w : order) NEWSDESK_RETURN_IF_ERROR(AssignStory(*w.article, w.when));
    if (batch->size() < static_cast<size_t>(limit)) break;
  }
  waiting_ = 0;
  return Status::OK();
}

bool Writer::StoriesDue(bool last) const {
  if (shared_) return true;
  return waiting_ > 0 && (last || waiting_ >= options_.story_batch ||
                          SteadyClock::now() - waiting_since_ >= options_.story_delay);
}

void Writer::Skip(const std::string& label, const std::string& reason, int http_status) {
  ++summary_.counts.skipped;
  summary_.skips.push_back({label, reason, http_status, ""});
}

void Writer::ProcessImport(WriteItem& item) {
  const std::string label =
      !item.url.empty() ? item.url : "document " + std::to_string(item.seq + 1);
  std::string error = item.error;
  if (item.doc) {
    if (item.doc->page_class != PageClass::kArticle) {
      Skip(label, NotArticleReason(*item.doc), 0);
      summary_.skips.back().line = item.line;
      return;
    }
    Result<Stored> stored = StoreDocument(*item.doc, item.url);
    if (stored.ok() && stored->repeated) {
      summary_.repeated.push_back(
          {label, "url also given on another line: stored once", 0, "", item.line});
    }
    if (stored.ok()) return;
    error = "store: " + stored.status().ToString();
  }
  Fail(label, error, 0);
  summary_.failures.back().line = item.line;
}

void Writer::Process(WriteItem& item) {
  if (!item.from_fetch) {
    ProcessImport(item);
    ++summary_.counts.done;
    return;
  }
  if (!item.archive_error.empty()) {
    SetFatal(Status::IOError("warc: " + item.archive_error));
    return;  // the URL stays pending: its exchange is not archived
  }
  const FetchResponse& r = item.fetch;
  // Never sent because the run was stopped, or aborted by Cancel() ("canceled"): the URL
  // stays pending, untouched, for the next run.
  if (r.outcome == FetchOutcome::kNotStarted ||
      (cancelled_ && r.outcome == FetchOutcome::kNetworkError)) {
    return;
  }

  Result<std::optional<FrontierEntry>> prev = store_.GetUrl(item.url);
  FrontierEntry e;
  if (prev.ok() && prev->has_value()) e = **prev;
  e.url = item.url;
  e.checked_at = item.fetched_at;
  if (e.source.empty()) e.source = options_.source;
  e.http_status = r.http_status;
  e.attempts += r.attempts;
  if (!r.etag.empty()) e.etag = r.etag;
  if (!r.last_modified.empty()) e.last_modified = r.last_modified;
  e.error.clear();
  e.next_attempt_at.clear();
  // A URL whose article is stored (not a duplicate's alias): this fetch is a re-fetch.
  std::optional<Article> stored;
  if (e.article_id != 0 && e.state != UrlState::kDuplicate) {
    Result<std::optional<Article>> article = store_.GetArticle(e.article_id);
    if (!article.ok()) return SetFatal(article.status());
    stored = *std::move(article);
    if (!stored) e.article_id = 0;  // no longer stored: a first fetch again
  }
  if (stored) {
    Revisit(item, *stored, e);
  } else {
    FirstFetch(item, e);
  }
  ++summary_.counts.done;
  if (Status s = store_.UpsertUrl(e); !s.ok()) {
    SetFatal(Status::IOError("frontier update for " + item.url + ": " + s.ToString()));
  }
}

void Writer::FirstFetch(WriteItem& item, FrontierEntry& e) {
  const FetchResponse& r = item.fetch;
  switch (r.outcome) {
    case FetchOutcome::kOk: {
      ++summary_.counts.fetched;
      if (!item.doc) {
        e.state = UrlState::kFailed;
        e.error = item.error;
        Fail(item.url, item.error, r.http_status);
        break;
      }
      if (item.doc->page_class != PageClass::kArticle) {
        e.state = UrlState::kSkipped;
        e.error = NotArticleReason(*item.doc);
        Skip(item.url, e.error, r.http_status);
        break;
      }
      Result<Stored> stored = StoreDocument(*item.doc, item.url);
      if (stored.ok() && stored->state == UrlState::kFetched && !item.warc_file.empty() &&
          item.warc_offset >= 0) {
        if (Status s =
                store_.SetArticleArchive(stored->article_id, item.warc_file, item.warc_offset);
            !s.ok()) {
          stored = s;
        }
      }
      if (!stored.ok()) {
        StoreFailed(item.url, r, stored.status(), e);
        break;
      }
      e.state = stored->state;
      e.article_id = stored->article_id;
      if (e.state == UrlState::kFetched && !item.archived) {
        e.next_attempt_at = NextRevisitAt(item.doc->article.fetched_at, item.fetched_at);
      }
      break;
    }
    case FetchOutcome::kNotModified:
      ++summary_.counts.unchanged;
      e.state = UrlState::kUnchanged;
      break;
    case FetchOutcome::kBlocked:
      if (r.retry_at) {
        // robots.txt unreachable or 5xx: a passing condition (RFC 9309 §2.3.1.3-4), so
        // the URL is retried once its time has come, never final.
        e.state = UrlState::kFailed;
        e.error = FetchReason(r);
        e.next_attempt_at = RetryTime(*r.retry_at, e);
        Fail(item.url, e.error, r.http_status, e.next_attempt_at);
        break;
      }
      e.state = UrlState::kSkipped;
      e.error = FetchReason(r);
      Skip(item.url, e.error, r.http_status);
      break;
    default:
      FetchFailed(item.url, r, e);
      break;
  }
}

void Writer::FetchFailed(const std::string& url, const FetchResponse& r, FrontierEntry& e) {
  e.state = UrlState::kFailed;
  e.error = FetchReason(r);
  if (r.retry_at) e.next_attempt_at = RetryTime(*r.retry_at, e);
  Fail(url, e.error, r.http_status, e.next_attempt_at);
}

void Writer::StoreFailed(const std::string& url, const FetchResponse& r, const Status& s,
                         FrontierEntry& e) {
  e.state = UrlState::kFailed;
  e.error = "store: " + s.ToString();
  Fail(url, e.error, r.http_status);
}

std::string Writer::RetryTime(std::chrono::system_clock::time_point at, FrontierEntry& e) const {
  const int limit = options_.fetch.give_up_after;
  if (limit > 0 && e.attempts >= limit) {
    e.error += "; gave up after " + std::to_string(e.attempts) + " attempts";
    return "";
  }
  return IsoUtc(at);
}

Status Writer::FlushRobots() {
  if (!robots_) return Status::OK();
  for (const RobotsEntry& row : robots_->TakePending()) {
    if (Status s = store_.PutRobots(row); !s.ok()) return s;
  }
  return Status::OK();
}

Status Writer::MaybeCommit(bool force, bool last) {
  if (!txn_) return Status::OK();
  const bool due = uncommitted_ >= options_.commit_every ||
                   SteadyClock::now() - txn_started_ >= options_.commit_interval;
  if (!force && !due) return Status::OK();
  const std::chrono::nanoseconds before = ThreadCpuTime();
  Status s = StoriesDue(last) ? AssignPending() : Status::OK();
  for (int64_t story : dirty_stories_) {
    if (!s.ok()) break;
    if (story <= 0) continue;
    s = store_.UpsertStory(story, "");
  }
  dirty_stories_.clear();
  if (s.ok()) s = FlushRobots();
  if (s.ok()) s = txn_->Commit();
  txn_.reset();
  uncommitted_ = 0;
  summary_.stats.store_cpu += ThreadCpuTime() - before;
  return s;
}

void Writer::CountElsewhere() {
  const int64_t n = elsewhere_.exchange(0);
  summary_.counts.elsewhere += n;
  summary_.counts.done += n;
}

void Writer::MaybeReport(bool force) {
  if (!options_.progress) return;
  const auto now = SteadyClock::now();
  if (!force && now - last_report_ < options_.progress_interval) return;
  last_report_ = now;
  CountElsewhere();
  summary_.counts.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - started_);
  PipelineProgress report = summary_.counts;
  if (fetcher_) {
    const FetchRetryWait wait = fetcher_->RetryWait();
    report.waiting_retry = wait.waiting;
    report.next_retry = wait.next;
  }
  try {
    options_.progress(report);
  } catch (...) {
    // A progress sink that throws loses its report, never the run.
  }
}

void Writer::BeginBatch() {
  if (txn_) return;
  txn_.emplace(store_);
  txn_started_ = SteadyClock::now();
  if (!txn_->status().ok()) {
    SetFatal(txn_->status());
    txn_.reset();
  }
}

void Writer::CommitWhileIdle() {
  if (txn_ || failed() || SteadyClock::now() - txn_started_ < options_.commit_interval) return;
  // The only writer has nothing to commit while idle but waiting articles' stories.
  if (!shared_ && !StoriesDue(false)) return;
  BeginBatch();
  if (Status s = MaybeCommit(true); !s.ok()) SetFatal(s);
}

void Writer::AwaitAssignment() {
  if (!shared_ || assigner_ || last_stored_id_ == 0 || cancelled_) return;
  const auto until = SteadyClock::now() + options_.shared.lease_duration;
  while (!assigner_ && !failed() && SteadyClock::now() < until) {
    Result<std::vector<Article>> first = store_.ListUnassignedArticles(1);
    if (!first.ok()) return SetFatal(first.status());
    if (first->empty() || first->front().id > last_stored_id_) return;
    std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(
        options_.commit_interval, std::chrono::milliseconds(200)));
    BeginBatch();
    if (Status s = MaybeCommit(true); !s.ok()) SetFatal(s);
  }
}

void Writer::Loop(BoundedQueue<WriteItem>& queue, TokenPool& tokens) {
  auto handle = [&](WriteItem& item) {
    if (!failed()) {
      try {
        BeginBatch();
        if (txn_) {
          const std::chrono::nanoseconds before = ThreadCpuTime();
          Process(item);
          summary_.stats.store_cpu += ThreadCpuTime() - before;
          ++uncommitted_;
          if (Status s = MaybeCommit(false); !s.ok()) SetFatal(s);
        }
      } catch (const std::exception& e) {
        Fail(item.url, std::string("internal: ") + e.what(), 0);
        ++summary_.counts.done;
      }
    }
    tokens.Release();
    MaybeReport(false);
  };

  const auto tick =
      std::min<std::chrono::milliseconds>(options_.commit_interval, std::chrono::milliseconds(200));
  for (;;) {
    const auto idle = SteadyClock::now();
    std::optional<WriteItem> item = queue.PopFor(tick);
    summary_.stats.writer_wait += SteadyClock::now() - idle;
    if (!item) {
      if (queue.closed_and_empty()) break;
      if (Status s = MaybeCommit(false); !s.ok()) SetFatal(s);
      CommitWhileIdle();
      MaybeReport(false);
      continue;
    }
    if (!options_.ordered) {
      handle(*item);
      continue;
    }
    reorder_.emplace(item->seq, std::move(*item));
    for (auto it = reorder_.begin(); it != reorder_.end() && it->first == next_seq_;
         it = reorder_.begin()) {
      handle(it->second);
      reorder_.erase(it);
      ++next_seq_;
    }
  }
  // Items whose predecessors never came (a cancelled run): in order, with the gaps.
  for (auto& [seq, item] : reorder_) handle(item);
  reorder_.clear();
  // The assigner's last pass over what is committed; the only writer's waiting articles.
  if ((shared_ || waiting_ > 0) && !failed()) BeginBatch();
  if (Status s = MaybeCommit(true, true); !s.ok()) SetFatal(s);
  AwaitAssignment();
  // Answers saved after the last batch (the fetcher has stopped by now).
  if (!failed()) {
    if (Status s = FlushRobots(); !s.ok()) SetFatal(s);
  }
  // The last report is complete: an import's total, unknown while its stream is read, is
  // what was done.
  CountElsewhere();
  if (summary_.counts.total < summary_.counts.done) summary_.counts.total = summary_.counts.done;
  MaybeReport(true);
}

Result<RunSummary> Writer::Finish(bool interrupted) {
  Status fatal;
  {
    std::lock_guard lock(fatal_mu_);
    fatal = fatal_;
  }
  summary_.interrupted = interrupted;
  CountElsewhere();
  summary_.stats.store_cpu -= summary_.stats.stories_cpu;  // measured inside it
  summary_.counts.elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - started_);
  assigner_ = false;
  if (Status s = store_.ReleaseStoryAssigner(); fatal.ok() && !s.ok()) fatal = s;
  if (recorder_) recorder_->Add(summary_);
  if (own_recorder_) fatal = own_recorder_->Finish(fatal);
  if (!fatal.ok()) return fatal;
  return std::move(summary_);
}

}  // namespace newsdesk::internal
