#include "newsdesk/store.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "newsdesk/article.h"
#include "store_db.h"
#include "store_internal.h"
#include "store_postgres.h"
#include "store_schema.h"
#include "store_sqlite.h"

namespace newsdesk {

namespace {

using db::Connection;
using db::Stmt;

constexpr const char* kArticleColumns =
    "id, url, canonical_url, title, title_language, byline, site, language, script, "
    "published, published_raw, calendar, modified, image, text, fetched_at, content_hash, "
    "story_id, duplicate_of, run_id, published_precision, revision_count, gone";

Article ReadArticle(const Stmt& s) {
  Article a;
  a.id = s.Int(0);
  a.url = s.Text(1);
  a.canonical_url = s.Text(2);
  a.title = s.Text(3);
  a.title_language = s.Text(4);
  a.byline = s.Text(5);
  a.site = s.Text(6);
  a.language = s.Text(7);
  a.script = s.Text(8);
  a.published = s.Text(9);
  a.published_raw = s.Text(10);
  a.calendar = s.Text(11);
  a.modified = s.Text(12);
  a.image = s.Text(13);
  a.text = s.Text(14);
  a.fetched_at = s.Text(15);
  a.content_hash = s.Text(16);
  a.story_id = s.Int(17);
  a.duplicate_of = s.Int(18);
  a.run_id = s.Int(19);
  a.published_precision = s.Text(20);
  a.revision_count = s.Int(21);
  a.gone = s.Text(22);
  return a;
}

// Binds the article's fields (all but id) to parameters 1..20 in kArticleColumns order.
void BindArticle(Stmt& s, const Article& a) {
  s.BindAll(a.url, a.canonical_url, a.title, a.title_language, a.byline, a.site, a.language,
            a.script, a.published, a.published_raw, a.calendar, a.modified, a.image, a.text,
            a.fetched_at, a.content_hash);
  s.BindIdOrNull(17, a.story_id).BindIdOrNull(18, a.duplicate_of).BindIdOrNull(19, a.run_id);
  s.Bind(20, a.published_precision);
}

constexpr const char* kUrlColumns =
    "url, state, http_status, error, attempts, next_attempt_at, etag, last_modified, source, "
    "article_id, checked_at";

FrontierEntry ReadUrl(const Stmt& s) {
  FrontierEntry e;
  e.url = s.Text(0);
  e.state = ParseUrlState(s.Text(1)).value_or(UrlState::kPending);
  e.http_status = static_cast<int>(s.Int(2));
  e.error = s.Text(3);
  e.attempts = static_cast<int>(s.Int(4));
  e.next_attempt_at = s.Text(5);
  e.etag = s.Text(6);
  e.last_modified = s.Text(7);
  e.source = s.Text(8);
  e.article_id = s.Int(9);
  e.checked_at = s.Text(10);
  return e;
}

// Runs `stmt` and returns the first row converted by `read`, or nullopt when no row.
template <typename T, typename Read>
Result<std::optional<T>> QueryOne(Result<Stmt> stmt, Read read) {
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<T>();
  return std::optional<T>(read(*stmt));
}

std::vector<std::string> SplitCommaList(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string JoinCommaList(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ',';
    out += item;
  }
  return out;
}

// Story id parameter ?1, or the story it was merged into.
constexpr const char* kResolvedStory =
    "COALESCE((SELECT story_id FROM story_merges WHERE absorbed_id = ?1), ?1)";

constexpr const char* kStoryColumns =
    "id, title, first_published, last_published, article_count, languages, outlets, "
    "updated_at";

Story ReadStory(const Stmt& s) {
  Story story;
  story.id = s.Int(0);
  story.title = s.Text(1);
  story.first_published = s.Text(2);
  story.last_published = s.Text(3);
  story.article_count = s.Int(4);
  story.languages = SplitCommaList(s.Text(5));
  story.outlets = SplitCommaList(s.Text(6));
  story.updated_at = s.Text(7);
  return story;
}

using Counts = std::vector<std::pair<std::string, int64_t>>;

std::string CountsToJson(const Counts& counts) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& [name, n] : counts) j[name] = n;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Counts> CountsFromJson(const std::string& text) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::Corruption("run counts are not a JSON object: " + text);
  }
  Counts out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_number_integer()) return Status::Corruption("run count not an integer");
    out.emplace_back(it.key(), it.value().get<int64_t>());
  }
  return out;
}

// The store, written once against a backend connection (store_db.h).
class DbStore final : public Store {
 public:
  DbStore(std::unique_ptr<Connection> db, bool read_only)
      : db_(std::move(db)), read_only_(read_only) {}

  // Applies migrations up to `target`, each in its own transaction; the version is
  // re-read inside the transaction, under the backend's schema lock, so concurrent openers
  // do not apply one twice.
  Status Migrate(int target) {
    Result<int64_t> version = db_->SchemaVersion();
    if (!version.ok()) return version.status();
    if (*version > schema::kLatestVersion) {
      return Status::FailedPrecondition(
          "database schema v" + std::to_string(*version) + " is newer than this build (v" +
          std::to_string(schema::kLatestVersion) + "); upgrade newsdesk");
    }
    if (read_only_) {
      if (*version < target) {
        return Status::FailedPrecondition("database schema v" + std::to_string(*version) +
                                          " needs migrating to v" + std::to_string(target) +
                                          "; run a writing command (ingest, crawl) on it first");
      }
      return Status::OK();
    }
    for (int v = static_cast<int>(*version) + 1; v <= target; ++v) {
      Transaction txn(*this);
      NEWSDESK_RETURN_IF_ERROR(txn.status());
      NEWSDESK_RETURN_IF_ERROR(db_->LockSchema());
      Result<int64_t> now = db_->SchemaVersion();
      if (!now.ok()) return now.status();
      if (*now >= v) continue;  // another connection got there first
      NEWSDESK_RETURN_IF_ERROR(db_->Exec(schema::MigrationSql(v, db_->dialect())));
      NEWSDESK_RETURN_IF_ERROR(db_->SetSchemaVersion(v));
      NEWSDESK_RETURN_IF_ERROR(txn.Commit());
    }
    return Status::OK();
  }

  int SchemaVersion() override {
    Result<int64_t> v = db_->SchemaVersion();
    return v.ok() ? static_cast<int>(*v) : -1;
  }

  Status CheckIntegrity() override { return db_->CheckIntegrity(read_only_); }

  // ---- Articles ----

  Result<int64_t> InsertArticle(const Article& article) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO articles (url, canonical_url, title, title_language, byline, site, "
        "language, script, published, published_raw, calendar, modified, image, text, "
        "fetched_at, content_hash, story_id, duplicate_of, run_id, published_precision) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?19, ?20) ON CONFLICT (canonical_url) DO NOTHING RETURNING id");
    if (s.ok()) BindArticle(*s, article);
    // A conflict is no row rather than an error, which on PostgreSQL would abort the
    // enclosing transaction.
    Result<std::optional<int64_t>> id =
        QueryOne<int64_t>(std::move(s), [](const Stmt& r) { return r.Int(0); });
    if (!id.ok()) return id.status();
    if (!id->has_value()) {
      return Status::AlreadyExists("an article with canonical URL " + article.canonical_url);
    }
    NEWSDESK_RETURN_IF_ERROR(db_->IndexArticle(**id, article.title, article.text));
    return **id;
  }

  Status UpdateArticle(const Article& article) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE articles SET url = ?1, canonical_url = ?2, title = ?3, title_language = ?4, "
        "byline = ?5, site = ?6, language = ?7, script = ?8, published = ?9, "
        "published_raw = ?10, calendar = ?11, modified = ?12, image = ?13, text = ?14, "
        "fetched_at = ?15, content_hash = ?16, story_id = ?17, duplicate_of = ?18, "
        "run_id = ?19, published_precision = ?20 WHERE id = ?21");
    if (!s.ok()) return s.status();
    BindArticle(*s, article);
    s->Bind(21, article.id);
    NEWSDESK_RETURN_IF_ERROR(RunExpectingChange(*s, "article " + std::to_string(article.id)));
    return db_->IndexArticle(article.id, article.title, article.text);
  }

  Status SetArticleStory(int64_t id, int64_t story_id, int64_t duplicate_of) override {
    Result<Stmt> s =
        db_->Prepare("UPDATE articles SET story_id = ?1, duplicate_of = ?2 WHERE id = ?3");
    if (!s.ok()) return s.status();
    s->BindIdOrNull(1, story_id).BindIdOrNull(2, duplicate_of).Bind(3, id);
    NEWSDESK_RETURN_IF_ERROR(RunExpectingChange(*s, "article " + std::to_string(id)));
    // Figures stored before the article had a story (a worker that is not the assigner).
    Result<Stmt> f = db_->Prepare("UPDATE story_figures SET story_id = ?1 WHERE article_id = ?2");
    return f.ok() ? f->BindAll(story_id, id).Run() : f.status();
  }

  Result<std::optional<Article>> GetArticle(int64_t id) override {
    Result<Stmt> s =
        db_->Prepare(std::string("SELECT ") + kArticleColumns + " FROM articles WHERE id = ?1");
    if (s.ok()) s->Bind(1, id);
    return QueryOne<Article>(std::move(s), ReadArticle);
  }

  Result<std::optional<Article>> FindByCanonicalUrl(const std::string& url) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kArticleColumns +
                                  " FROM articles WHERE canonical_url = ?1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<Article>(std::move(s), ReadArticle);
  }

  Result<std::optional<Article>> FindByContentHash(const std::string& hash) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kArticleColumns +
                                  " FROM articles WHERE content_hash = ?1 ORDER BY id LIMIT 1");
    if (s.ok()) s->Bind(1, hash);
    return QueryOne<Article>(std::move(s), ReadArticle);
  }

  Status AddAlias(const std::string& url, int64_t id) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO aliases (url, article_id) VALUES (?1, ?2) ON CONFLICT (url) DO NOTHING");
    if (!s.ok()) return s.status();
    s->BindAll(url, id);
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    if (s->Changes() > 0) return Status::OK();
    Result<std::optional<int64_t>> existing = FindAlias(url);
    if (!existing.ok()) return existing.status();
    if (*existing == id) return Status::OK();
    return Status::AlreadyExists("alias " + url + " already points to article " +
                                 std::to_string(existing->value_or(0)));
  }

  Result<std::optional<int64_t>> FindAlias(const std::string& url) override {
    Result<Stmt> s = db_->Prepare("SELECT article_id FROM aliases WHERE url = ?1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<int64_t>(std::move(s), [](const Stmt& r) { return r.Int(0); });
  }

  Result<std::vector<std::string>> ListAliases(int64_t id) override {
    Result<Stmt> s = db_->Prepare("SELECT url FROM aliases WHERE article_id = ?1 ORDER BY rowid");
    if (!s.ok()) return s.status();
    s->Bind(1, id);
    return CollectRows<std::string>(*s, [](const Stmt& r) { return r.Text(0); });
  }

  Result<std::optional<int64_t>> FindArticleIdByAnyUrl(const std::string& url) override {
    Result<Stmt> s = db_->Prepare(
        "SELECT id FROM articles WHERE canonical_url = ?1 "
        "UNION ALL SELECT id FROM articles WHERE url = ?1 "
        "UNION ALL SELECT article_id FROM aliases WHERE url = ?1 LIMIT 1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<int64_t>(std::move(s), [](const Stmt& r) { return r.Int(0); });
  }

  Status ForEachArticle(const std::function<bool(const Article&)>& fn) override {
    return ForEachArticleFrom(0, fn);
  }

  Status ForEachArticleFrom(int64_t first_id,
                            const std::function<bool(const Article&)>& fn) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kArticleColumns +
                                  " FROM articles WHERE id >= ?1 ORDER BY id");
    if (!s.ok()) return s.status();
    s->Bind(1, first_id);
    return ForEachRow(*s, ReadArticle, fn);
  }

  Status ForEachArticleWithFeaturesFrom(
      int64_t first_id,
      const std::function<bool(const Article&, std::string_view features)>& fn) override {
    constexpr int kFeaturesColumn = 23;  // after kArticleColumns
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kArticleColumns +
                                  ", story_features.data FROM articles LEFT JOIN story_features "
                                  "ON story_features.article_id = articles.id "
                                  "WHERE articles.id >= ?1 ORDER BY articles.id");
    if (!s.ok()) return s.status();
    s->Bind(1, first_id);
    return ForEachRow(
        *s, [](const Stmt& row) { return std::pair(ReadArticle(row), row.Blob(kFeaturesColumn)); },
        [&](const std::pair<Article, std::string>& row) { return fn(row.first, row.second); });
  }

  Status PutStoryFeatures(int64_t id, std::string_view features) override {
    if (features.empty()) {
      Result<Stmt> s = db_->Prepare("DELETE FROM story_features WHERE article_id = ?1");
      return s.ok() ? s->Bind(1, id).Run() : s.status();
    }
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO story_features (article_id, data) VALUES (?1, ?2) "
        "ON CONFLICT (article_id) DO UPDATE SET data = excluded.data");
    return s.ok() ? s->Bind(1, id).BindBlob(2, features).Run() : s.status();
  }

  Result<int64_t> DropStoryFeaturesBefore(int64_t first_id) override {
    Result<Stmt> s = db_->Prepare("DELETE FROM story_features WHERE article_id < ?1");
    if (!s.ok()) return s.status();
    NEWSDESK_RETURN_IF_ERROR(s->Bind(1, first_id).Run());
    return s->Changes();
  }

  Result<std::string> MaxPublished() override {
    Result<std::optional<std::string>> max =
        QueryOne<std::string>(db_->Prepare("SELECT COALESCE(MAX(published), '') FROM articles"),
                              [](const Stmt& r) { return r.Text(0); });
    if (!max.ok()) return max.status();
    return max->value_or("");
  }

  Result<int64_t> FirstArticleSince(const std::string& since, int64_t last) override {
    // Each branch is a range of the articles_published index or of the rowid.
    Result<Stmt> s = db_->Prepare(
        "SELECT COALESCE(MIN(id), 0) FROM ("
        "SELECT id FROM articles WHERE published >= ?1 "
        "UNION ALL SELECT id FROM articles WHERE published = '' AND fetched_at >= ?1 "
        "UNION ALL SELECT id FROM articles WHERE published = '' AND fetched_at = '' "
        "UNION ALL SELECT * FROM (SELECT id FROM articles ORDER BY id DESC LIMIT ?2) AS last_ids"
        ") AS selected");
    if (s.ok()) {
      s->Bind(1, since);
      s->Bind(2, last);
    }
    Result<std::optional<int64_t>> first =
        QueryOne<int64_t>(std::move(s), [](const Stmt& r) { return r.Int(0); });
    if (!first.ok()) return first.status();
    return first->value_or(0);
  }

  Result<int64_t> CountArticles() override {
    return db_->QueryInt("SELECT COUNT(*) FROM articles");
  }

  Status SetArticleArchive(int64_t id, const std::string& warc_file, int64_t offset) override {
    Result<Stmt> s =
        db_->Prepare("UPDATE articles SET warc_file = ?1, warc_offset = ?2 WHERE id = ?3");
    if (!s.ok()) return s.status();
    s->BindAll(warc_file, offset, id);
    return RunExpectingChange(*s, "article " + std::to_string(id));
  }

  Result<std::optional<std::pair<std::string, int64_t>>> GetArticleArchive(int64_t id) override {
    Result<Stmt> s = db_->Prepare(
        "SELECT warc_file, warc_offset FROM articles WHERE id = ?1 AND warc_file != ''");
    if (s.ok()) s->Bind(1, id);
    return QueryOne<std::pair<std::string, int64_t>>(
        std::move(s), [](const Stmt& r) { return std::pair(r.Text(0), r.Int(1)); });
  }

  // ---- Frontier ----

  Status UpsertUrl(const FrontierEntry& e) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO urls (url, state, http_status, error, attempts, next_attempt_at, etag, "
        "last_modified, source, article_id, updated_at, checked_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT(url) DO UPDATE SET state = excluded.state, "
        "http_status = excluded.http_status, error = excluded.error, "
        "attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
        "etag = excluded.etag, last_modified = excluded.last_modified, "
        "source = excluded.source, article_id = excluded.article_id, "
        "updated_at = excluded.updated_at, checked_at = excluded.checked_at, "
        "lease_owner = '', lease_until = ''");
    if (!s.ok()) return s.status();
    s->BindAll(e.url, UrlStateName(e.state), e.http_status, e.error, e.attempts, e.next_attempt_at,
               e.etag, e.last_modified, e.source);
    s->BindIdOrNull(10, e.article_id).Bind(11, StoreTimestampNow()).Bind(12, e.checked_at);
    return s->Run();
  }

  Result<bool> AddUrlIfNew(const std::string& url, const std::string& source) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO urls (url, state, source, updated_at) VALUES (?1, 'pending', ?2, ?3) "
        "ON CONFLICT(url) DO NOTHING");
    if (!s.ok()) return s.status();
    s->BindAll(url, source, StoreTimestampNow());
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    return s->Changes() > 0;
  }

  Result<std::optional<FrontierEntry>> GetUrl(const std::string& url) override {
    Result<Stmt> s =
        db_->Prepare(std::string("SELECT ") + kUrlColumns + " FROM urls WHERE url = ?1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<FrontierEntry>(std::move(s), ReadUrl);
  }

  Result<std::vector<FrontierEntry>> ListDueUrls(std::string_view now, int limit) override {
    Result<Stmt> s =
        db_->Prepare(std::string("SELECT ") + kUrlColumns +
                     " FROM urls WHERE (state = 'pending' AND next_attempt_at <= ?1) OR "
                     "(state IN ('failed', 'fetched', 'unchanged') AND next_attempt_at <> '' AND "
                     "next_attempt_at <= ?1) "
                     "ORDER BY next_attempt_at, rowid LIMIT ?2");
    if (!s.ok()) return s.status();
    s->Bind(1, now.empty() ? std::string_view(StoreTimestampNow()) : now).BindLimit(2, limit);
    return CollectRows<FrontierEntry>(*s, ReadUrl);
  }

  Result<bool> MarkChangedSince(const std::string& url, const std::string& changed_at,
                                const std::string& due_at) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE urls SET next_attempt_at = ?3 WHERE url = ?1 AND "
        "state IN ('fetched', 'unchanged') AND article_id IS NOT NULL AND checked_at < ?2 AND "
        "(next_attempt_at = '' OR next_attempt_at > ?3)");
    if (!s.ok()) return s.status();
    s->BindAll(url, changed_at, due_at);
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    return s->Changes() > 0;
  }

  Result<UrlClaim> ClaimUrls(const std::vector<std::string>& urls, const std::string& worker,
                             std::string_view now, std::string_view until,
                             bool any_state) override {
    // One statement per batch of kClaimBatch URLs (unused parameters NULL, which matches
    // no URL), so each statement is prepared once. Parameters: ?1 now, ?2 worker, ?3
    // until, then the URLs.
    constexpr int kClaimBatch = 32;
    auto in_list = [](int first) {
      std::string list;
      for (int i = 0; i < kClaimBatch; ++i)
        list += (i == 0 ? "?" : ", ?") + std::to_string(first + i);
      return list;
    };
    const std::string due = any_state ? std::string("TRUE")
                                      : std::string(
                                            "(state = 'pending' OR (state IN ('failed', 'fetched', "
                                            "'unchanged') AND next_attempt_at <> '' AND "
                                            "next_attempt_at <= ?1))");
    const std::string claim_sql =
        "UPDATE urls SET lease_owner = ?2, lease_until = ?3 WHERE url IN (SELECT url FROM urls "
        "WHERE url IN (" +
        in_list(4) + ") AND " + due +
        " AND (lease_until = '' OR lease_until <= ?1 OR lease_owner = ?2)" +
        std::string(db_->LockRowsSkippingLocked()) + ") RETURNING " + kUrlColumns;
    const std::string due_sql = "SELECT url FROM urls WHERE url IN (" + in_list(2) + ") AND " + due;
    UrlClaim out;
    for (size_t first = 0; first < urls.size(); first += kClaimBatch) {
      const size_t n = std::min<size_t>(kClaimBatch, urls.size() - first);
      auto bind_urls = [&](Stmt& st, int index) {
        for (size_t i = 0; i < kClaimBatch; ++i, ++index) {
          if (i < n) {
            st.Bind(index, urls[first + i]);
          } else {
            st.BindNull(index);
          }
        }
      };
      std::map<std::string, FrontierEntry> claimed;
      {
        Result<Stmt> s = db_->Prepare(claim_sql);
        if (!s.ok()) return s.status();
        s->BindAll(now, worker, until);
        bind_urls(*s, 4);
        Result<std::vector<FrontierEntry>> rows = CollectRows<FrontierEntry>(*s, ReadUrl);
        if (!rows.ok()) return rows.status();
        for (FrontierEntry& e : *rows) claimed.emplace(e.url, std::move(e));
      }
      Result<Stmt> s = db_->Prepare(due_sql);
      if (!s.ok()) return s.status();
      s->Bind(1, now);
      bind_urls(*s, 2);
      Result<std::vector<std::string>> due_urls =
          CollectRows<std::string>(*s, [](const Stmt& r) { return r.Text(0); });
      if (!due_urls.ok()) return due_urls.status();
      const std::set<std::string> still_due(due_urls->begin(), due_urls->end());
      for (size_t i = first; i < first + n; ++i) {  // in the order asked
        if (auto it = claimed.find(urls[i]); it != claimed.end()) {
          out.claimed.push_back(std::move(it->second));
          claimed.erase(it);
        } else if (still_due.count(urls[i])) {
          out.held.push_back(urls[i]);
        }
      }
    }
    return out;
  }

  Result<int64_t> ExtendLeases(const std::string& worker, std::string_view until) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE urls SET lease_owner = CASE WHEN ?2 = '' THEN '' ELSE lease_owner END, "
        "lease_until = ?2 WHERE url IN (SELECT url FROM urls WHERE lease_owner = ?1" +
        std::string(db_->LockRowsSkippingLocked()) + ")");
    if (!s.ok()) return s.status();
    s->BindAll(worker, until);
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    return s->Changes();
  }

  Result<int64_t> TryStartHostRequest(const std::string& host, int64_t now_ms,
                                      int64_t delay_ms) override {
    {
      // ?3 (the latest start that lets this one go) is computed here: PostgreSQL cannot
      // type arithmetic between two untyped parameters.
      Result<Stmt> s = db_->Prepare(
          "INSERT INTO hosts (host, last_start) VALUES (?1, ?2) ON CONFLICT (host) DO UPDATE "
          "SET last_start = excluded.last_start WHERE hosts.last_start <= ?3 "
          "RETURNING last_start");
      if (!s.ok()) return s.status();
      s->BindAll(host, now_ms, now_ms - delay_ms);
      Result<bool> started = s->Step();
      if (!started.ok()) return started.status();
      if (*started) return int64_t{0};
    }
    Result<Stmt> s = db_->Prepare("SELECT last_start FROM hosts WHERE host = ?1");
    if (!s.ok()) return s.status();
    s->Bind(1, host);
    Result<bool> row = s->Step();
    if (!row.ok()) return row.status();
    if (!*row) return int64_t{0};  // gone meanwhile: ask again at once
    return std::max<int64_t>(1, s->Int(0) + delay_ms - now_ms);
  }

  Result<std::optional<int>> TryTakeHostSlot(const std::string& host, const std::string& worker,
                                             int slots, int64_t now_ms, int64_t until_ms) override {
    // The lowest slot free in this statement's view; the upsert re-checks it under the
    // row's lock (or the primary key, for a new row), so two connections never both get
    // one. The casts type the parameters PostgreSQL sees only in a select list.
    Result<Stmt> s = db_->Prepare(
        "WITH RECURSIVE numbers(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM numbers "
        "WHERE n + 1 < ?3) "
        "INSERT INTO host_slots (host, slot, owner, until_ms) "
        "SELECT CAST(?1 AS TEXT), n, CAST(?2 AS TEXT), CAST(?5 AS BIGINT) FROM numbers "
        "WHERE NOT EXISTS (SELECT 1 FROM host_slots h WHERE h.host = ?1 AND h.slot = n "
        "AND h.until_ms > ?4) ORDER BY n LIMIT 1 "
        "ON CONFLICT (host, slot) DO UPDATE SET owner = excluded.owner, "
        "until_ms = excluded.until_ms WHERE host_slots.until_ms <= ?4 RETURNING slot");
    if (!s.ok()) return s.status();
    s->BindAll(host, worker, slots, now_ms, until_ms);
    Result<bool> taken = s->Step();
    if (!taken.ok()) return taken.status();
    if (!*taken) return std::optional<int>();
    return std::optional<int>(static_cast<int>(s->Int(0)));
  }

  Status ReleaseHostSlot(const std::string& host, int slot, const std::string& worker) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE host_slots SET owner = '', until_ms = 0 "
        "WHERE host = ?1 AND slot = ?2 AND owner = ?3");
    if (!s.ok()) return s.status();
    s->BindAll(host, slot, worker);
    return s->Run();
  }

  Result<int64_t> ExtendHostClaims(const std::string& worker, int64_t until_ms) override {
    const bool end = until_ms == 0;
    Result<Stmt> slots =
        db_->Prepare(end ? "UPDATE host_slots SET owner = '', until_ms = 0 WHERE owner = ?1"
                         : "UPDATE host_slots SET until_ms = ?2 WHERE owner = ?1");
    if (!slots.ok()) return slots.status();
    slots->Bind(1, worker);
    if (!end) slots->Bind(2, until_ms);
    NEWSDESK_RETURN_IF_ERROR(slots->Run());
    const int64_t changed = slots->Changes();
    Result<Stmt> robots = db_->Prepare(
        end ? "UPDATE robots SET claimed_by = '', claim_until = 0 WHERE claimed_by = ?1"
            : "UPDATE robots SET claim_until = ?2 WHERE claimed_by = ?1");
    if (!robots.ok()) return robots.status();
    robots->Bind(1, worker);
    if (!end) robots->Bind(2, until_ms);
    NEWSDESK_RETURN_IF_ERROR(robots->Run());
    return changed + robots->Changes();
  }

  Result<std::vector<std::pair<std::string, int64_t>>> CountUrlsByState() override {
    Result<Stmt> s = db_->Prepare("SELECT state, COUNT(*) FROM urls GROUP BY state ORDER BY state");
    if (!s.ok()) return s.status();
    return CollectRows<std::pair<std::string, int64_t>>(
        *s, [](const Stmt& r) { return std::make_pair(r.Text(0), r.Int(1)); });
  }

  // ---- Stories ----

  Status UpsertStory(int64_t id, const std::string& title) override {
    NEWSDESK_RETURN_IF_ERROR(db_->LockStories());
    Result<Stmt> q = db_->Prepare(
        "SELECT published, language, title_language, site, title FROM articles "
        "WHERE story_id = ?1 ORDER BY id");
    if (!q.ok()) return q.status();
    q->Bind(1, id);
    int64_t count = 0;
    std::string first, last, first_title;
    std::set<std::string> languages, outlets;
    for (;;) {
      Result<bool> row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      std::string published = q->Text(0);
      if (!published.empty()) {
        if (first.empty() || published < first) first = published;
        if (published > last) last = published;
      }
      for (int col : {1, 2}) {
        std::string lang = q->Text(col);
        if (!lang.empty()) languages.insert(lang);
      }
      std::string site = q->Text(3);
      if (!site.empty()) outlets.insert(site);
      if (count++ == 0) first_title = q->Text(4);
    }
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO stories (id, title, first_published, last_published, article_count, "
        "languages, outlets, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT(id) DO UPDATE SET "
        "title = CASE WHEN ?9 <> '' OR stories.title = '' THEN excluded.title "
        "ELSE stories.title END, "
        "first_published = excluded.first_published, last_published = "
        "excluded.last_published, article_count = excluded.article_count, "
        "languages = excluded.languages, outlets = excluded.outlets, "
        "updated_at = excluded.updated_at");
    if (!s.ok()) return s.status();
    s->BindAll(id, title.empty() ? first_title : title, first, last, count,
               JoinCommaList(languages), JoinCommaList(outlets), StoreTimestampNow(), title);
    return s->Run();
  }

  Status MergeStories(int64_t absorbed, int64_t into) override {
    NEWSDESK_RETURN_IF_ERROR(db_->LockStories());
    return InSavepoint("merge", [&]() -> Status {
      for (const char* sql : {"UPDATE articles SET story_id = ?2 WHERE story_id = ?1",
                              "UPDATE story_figures SET story_id = ?2 WHERE story_id = ?1",
                              "UPDATE story_merges SET story_id = ?2 WHERE story_id = ?1",
                              "INSERT INTO story_merges (absorbed_id, story_id) VALUES (?1, ?2) "
                              "ON CONFLICT (absorbed_id) DO UPDATE SET story_id = "
                              "excluded.story_id"}) {
        Result<Stmt> s = db_->Prepare(sql);
        NEWSDESK_RETURN_IF_ERROR(s.ok() ? s->BindAll(absorbed, into).Run() : s.status());
      }
      Result<Stmt> s = db_->Prepare("DELETE FROM stories WHERE id = ?1");
      return s.ok() ? s->Bind(1, absorbed).Run() : s.status();
    });
  }

  Result<std::vector<std::pair<int64_t, int64_t>>> ListStoryMerges() override {
    Result<Stmt> s =
        db_->Prepare("SELECT absorbed_id, story_id FROM story_merges ORDER BY absorbed_id");
    if (!s.ok()) return s.status();
    return CollectRows<std::pair<int64_t, int64_t>>(
        *s, [](const Stmt& r) { return std::pair<int64_t, int64_t>(r.Int(0), r.Int(1)); });
  }

  Status MoveArticle(int64_t article_id, int64_t into) override {
    NEWSDESK_RETURN_IF_ERROR(db_->LockStories());
    return InSavepoint("move", [&]() -> Status {
      // Near-duplicates share their first copy's story: looked for there (articles_story),
      // not over every article.
      for (const char* sql :
           {"UPDATE story_figures SET story_id = ?2 WHERE article_id IN (SELECT id FROM articles "
            "WHERE story_id = (SELECT story_id FROM articles WHERE id = ?1) AND "
            "(id = ?1 OR duplicate_of = ?1))",
            "UPDATE articles SET story_id = ?2 WHERE story_id = (SELECT story_id FROM articles "
            "WHERE id = ?1) AND (id = ?1 OR duplicate_of = ?1)"}) {
        Result<Stmt> s = db_->Prepare(sql);
        NEWSDESK_RETURN_IF_ERROR(s.ok() ? s->BindAll(article_id, into).Run() : s.status());
      }
      return Status::OK();
    });
  }

  Result<std::optional<Story>> GetStory(int64_t id) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kStoryColumns +
                                  " FROM stories WHERE id = " + kResolvedStory);
    if (s.ok()) s->Bind(1, id);
    return QueryOne<Story>(std::move(s), ReadStory);
  }

  Result<std::vector<Story>> ListStories(const StoryFilter& filter) override {
    std::vector<Story> out;
    NEWSDESK_RETURN_IF_ERROR(ForEachStory(filter, [&](const Story& story) {
      out.push_back(story);
      return true;
    }));
    return out;
  }

  Status ForEachStory(const StoryFilter& filter,
                      const std::function<bool(const Story&)>& fn) override {
    // Two constant statements: FTS5 rejects an empty MATCH, so the word filter is a
    // separate clause rather than a parameter that may be blank.
    static constexpr const char* kFiltered =
        " FROM stories WHERE (?1 = '' OR last_published >= ?1) AND "
        "(?2 = '' OR instr(',' || languages || ',', ',' || ?2 || ',') > 0) AND "
        "(?4 = '' OR substr(first_published, 1, length(?4)) <= ?4) AND "
        "(?6 = 0 OR last_published < ?5 OR (last_published = ?5 AND id < ?6))";
    static constexpr const char* kOrder = " ORDER BY last_published DESC, id DESC LIMIT ?3";
    std::string match;
    if (!filter.words.empty()) {
      Result<std::string> query = db_->TextQuery(filter.words, false);
      if (!query.ok()) return Status::InvalidArgument("empty story search words");
      match = std::move(*query);
    }
    Result<Stmt> s = db_->Prepare(
        std::string("SELECT ") + kStoryColumns + kFiltered +
        (match.empty() ? ""
                       : " AND id IN (SELECT a.story_id FROM articles a WHERE a.id IN (" +
                             std::string(db_->MatchingArticlesSql()) + "))") +
        kOrder);
    if (!s.ok()) return s.status();
    s->BindAll(filter.since, filter.language, filter.limit, filter.until, filter.after_published,
               filter.after_id);
    s->BindLimit(3, filter.limit);
    if (!match.empty()) s->Bind(7, match);
    return ForEachRow(*s, ReadStory, fn);
  }

  Result<std::vector<Article>> ListStoryArticles(int64_t story_id, int limit) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kArticleColumns +
                                  " FROM articles WHERE story_id = " + kResolvedStory +
                                  " ORDER BY "
                                  "published = '', published, id LIMIT ?2");
    if (!s.ok()) return s.status();
    s->Bind(1, story_id).BindLimit(2, limit);
    return CollectRows<Article>(*s, ReadArticle);
  }

  Result<int64_t> MaxStoryId() override {
    return db_->QueryInt(
        "SELECT COALESCE(MAX(top), 0) FROM (SELECT MAX(id) AS top FROM stories "
        "UNION ALL SELECT MAX(story_id) FROM articles "
        "UNION ALL SELECT MAX(absorbed_id) FROM story_merges) AS tops");
  }

  Result<std::vector<Article>> ListUnassignedArticles(int limit) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kArticleColumns +
                                  " FROM articles WHERE story_id IS NULL ORDER BY id LIMIT ?1");
    if (!s.ok()) return s.status();
    s->BindLimit(1, limit);
    return CollectRows<Article>(*s, ReadArticle);
  }

  Result<int64_t> CountUnassignedArticles() override {
    return db_->QueryInt("SELECT COUNT(*) FROM articles WHERE story_id IS NULL");
  }

  Result<bool> TryBecomeStoryAssigner() override {
    if (story_assigner_) return true;
    Result<bool> got = db_->TryLockStoryAssigner();
    if (got.ok()) story_assigner_ = *got;
    return got;
  }

  Status ReleaseStoryAssigner() override {
    if (!story_assigner_) return Status::OK();
    story_assigner_ = false;
    return db_->UnlockStoryAssigner();
  }

  // ---- Revisions ----

  Result<int64_t> AddRevision(const ArticleRevision& r) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO revisions (article_id, kind, seen_at, http_status, moved_to, title, text, "
        "words_added, words_removed, figures_changed, figures) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id");
    if (s.ok()) {
      s->BindAll(r.article_id, r.kind, r.seen_at, r.http_status, r.moved_to, r.title, r.text,
                 r.words_added, r.words_removed, r.figures_changed, r.figures);
    }
    Result<std::optional<int64_t>> id =
        QueryOne<int64_t>(std::move(s), [](const Stmt& q) { return q.Int(0); });
    if (!id.ok()) return id.status();
    Result<Stmt> u = db_->Prepare(
        "UPDATE articles SET revision_count = revision_count + "
        "CASE WHEN ?2 = 'edited' THEN 1 ELSE 0 END, "
        "gone = CASE WHEN ?2 = 'edited' THEN '' ELSE ?2 END WHERE id = ?1");
    if (!u.ok()) return u.status();
    u->BindAll(r.article_id, r.kind);
    NEWSDESK_RETURN_IF_ERROR(u->Run());
    return id->value_or(0);
  }

  Result<std::vector<ArticleRevision>> ListRevisions(const RevisionFilter& filter) override {
    Result<Stmt> s = db_->Prepare(
        "SELECT r.id, r.article_id, r.kind, r.seen_at, r.http_status, r.moved_to, r.title, "
        "r.text, r.words_added, r.words_removed, r.figures_changed, r.figures "
        "FROM revisions r JOIN articles a ON a.id = r.article_id "
        "WHERE (?2 = 0 OR r.article_id = ?2) AND (?1 = 0 OR a.story_id = " +
        std::string(kResolvedStory) + ") ORDER BY r.id LIMIT ?3");
    if (!s.ok()) return s.status();
    s->BindAll(filter.story_id, filter.article_id).BindLimit(3, filter.limit);
    return CollectRows<ArticleRevision>(*s, [](const Stmt& q) {
      ArticleRevision r;
      r.id = q.Int(0);
      r.article_id = q.Int(1);
      r.kind = q.Text(2);
      r.seen_at = q.Text(3);
      r.http_status = static_cast<int>(q.Int(4));
      r.moved_to = q.Text(5);
      r.title = q.Text(6);
      r.text = q.Text(7);
      r.words_added = q.Int(8);
      r.words_removed = q.Int(9);
      r.figures_changed = q.Int(10);
      r.figures = q.Text(11);
      return r;
    });
  }

  // ---- Figures ----

  Status ReplaceArticleFigures(int64_t story_id, int64_t article_id,
                               const std::vector<StoryFigure>& figures) override {
    return InSavepoint("figures", [&]() -> Status {
      Result<Stmt> del = db_->Prepare("DELETE FROM story_figures WHERE article_id = ?1");
      NEWSDESK_RETURN_IF_ERROR(del.ok() ? del->Bind(1, article_id).Run() : del.status());
      for (const StoryFigure& f : figures) {
        Result<Stmt> ins = db_->Prepare(
            "INSERT INTO story_figures (story_id, article_id, value, text, unit, context, "
            "previous) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!ins.ok()) return ins.status();
        ins->BindAll(story_id, article_id, f.value, f.text, f.unit, f.context, f.previous);
        NEWSDESK_RETURN_IF_ERROR(ins->Run());
      }
      return Status::OK();
    });
  }

  Result<std::vector<StoryFigure>> ListFigures(int64_t story_id) override {
    Result<Stmt> s = db_->Prepare(
        "SELECT f.story_id, f.article_id, f.value, f.text, f.unit, f.context, a.site, "
        "a.canonical_url, f.previous FROM story_figures f JOIN articles a ON a.id = f.article_id "
        "WHERE f.story_id = " +
        std::string(kResolvedStory) + " ORDER BY f.unit, f.value, a.id, f.id");
    if (!s.ok()) return s.status();
    s->Bind(1, story_id);
    return CollectRows<StoryFigure>(*s, [](const Stmt& r) {
      StoryFigure f;
      f.story_id = r.Int(0);
      f.article_id = r.Int(1);
      f.value = r.Double(2);
      f.text = r.Text(3);
      f.unit = r.Text(4);
      f.context = r.Text(5);
      f.site = r.Text(6);
      f.url = r.Text(7);
      f.previous = r.Text(8);
      return f;
    });
  }

  // ---- Runs ----

  // The row and its owner's lock in one unit: the row is never seen without its owner.
  Result<int64_t> BeginRun(const std::string& pipeline) override {
    int64_t run = 0;
    NEWSDESK_RETURN_IF_ERROR(InSavepoint("run", [&]() -> Status {
      Result<Stmt> s = db_->Prepare(
          "INSERT INTO runs (pipeline, started_at, status) VALUES (?1, ?2, 'running') "
          "RETURNING id");
      if (s.ok()) s->BindAll(pipeline, StoreTimestampNow());
      Result<std::optional<int64_t>> id =
          QueryOne<int64_t>(std::move(s), [](const Stmt& r) { return r.Int(0); });
      if (!id.ok()) return id.status();
      run = id->value_or(0);
      return db_->HoldRunLock(run);
    }));
    return run;
  }

  Status FinishRun(int64_t id, const std::string& status, const Counts& counts,
                   const Counts& errors) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE runs SET finished_at = ?1, status = ?2, counts = ?3, errors = ?4 "
        "WHERE id = ?5");
    if (!s.ok()) return s.status();
    s->BindAll(StoreTimestampNow(), status, CountsToJson(counts), CountsToJson(errors), id);
    NEWSDESK_RETURN_IF_ERROR(RunExpectingChange(*s, "run " + std::to_string(id)));
    return db_->ReleaseRunLock(id);
  }

  // SQLite cannot tell an owner's end (no RunOwnerGoneSql): the caller's StoreLock says
  // that every run still running was left by a process that ended.
  Result<int64_t> MarkRunsKilled() override {
    const std::string_view gone = db_->RunOwnerGoneSql();
    Result<Stmt> s = db_->Prepare("UPDATE runs SET status = 'killed' WHERE status = 'running'" +
                                  (gone.empty() ? std::string() : " AND " + std::string(gone)));
    if (!s.ok()) return s.status();
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    return s->Changes();
  }

  Result<std::vector<RunRecord>> ListRuns(int limit) override {
    const std::string_view gone = db_->RunOwnerGoneSql();
    const std::string status = gone.empty()
                                   ? "status"
                                   : "CASE WHEN status = 'running' AND " + std::string(gone) +
                                         " THEN 'killed' ELSE status END";
    Result<Stmt> s = db_->Prepare("SELECT id, pipeline, started_at, finished_at, " + status +
                                  ", counts, errors FROM runs ORDER BY id DESC LIMIT ?1");
    if (!s.ok()) return s.status();
    s->BindLimit(1, limit);
    std::vector<RunRecord> out;
    for (;;) {
      Result<bool> row = s->Step();
      if (!row.ok()) return row.status();
      if (!*row) return out;
      RunRecord r;
      r.id = s->Int(0);
      r.pipeline = s->Text(1);
      r.started_at = s->Text(2);
      r.finished_at = s->Text(3);
      r.status = s->Text(4);
      Result<Counts> counts = CountsFromJson(s->Text(5));
      if (!counts.ok()) return counts.status();
      Result<Counts> errors = CountsFromJson(s->Text(6));
      if (!errors.ok()) return errors.status();
      r.counts = std::move(*counts);
      r.errors = std::move(*errors);
      out.push_back(std::move(r));
    }
  }

  // ---- robots.txt and sources ----

  Status PutRobots(const RobotsEntry& e) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO robots (host, http_status, body, fetched_at, expires_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (host) DO UPDATE SET "
        "http_status = excluded.http_status, body = excluded.body, "
        "fetched_at = excluded.fetched_at, expires_at = excluded.expires_at, "
        "claimed_by = '', claim_until = 0");
    if (!s.ok()) return s.status();
    s->BindAll(e.host, e.http_status, e.body, e.fetched_at, e.expires_at);
    return s->Run();
  }

  Result<bool> ClaimRobotsFetch(const std::string& host, const std::string& worker,
                                const std::string& fresh_since, int64_t now_ms,
                                int64_t until_ms) override {
    // A new row is a claim without an answer yet (fetched_at '': never fresh; GetRobots
    // callers see http_status 0, no answer). Atomic as ClaimSource is.
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO robots (host, claimed_by, claim_until) VALUES (?1, ?2, ?5) "
        "ON CONFLICT (host) DO UPDATE SET claimed_by = excluded.claimed_by, "
        "claim_until = excluded.claim_until WHERE robots.fetched_at < ?3 "
        "AND (robots.claim_until <= ?4 OR robots.claimed_by = ?2) RETURNING host");
    if (!s.ok()) return s.status();
    s->BindAll(host, worker, fresh_since, now_ms, until_ms);
    return s->Step();
  }

  Status ReleaseRobotsClaim(const std::string& host, const std::string& worker) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE robots SET claimed_by = '', claim_until = 0 WHERE host = ?1 AND claimed_by = ?2");
    if (!s.ok()) return s.status();
    s->BindAll(host, worker);
    return s->Run();
  }

  Result<std::optional<RobotsEntry>> GetRobots(const std::string& host) override {
    Result<Stmt> s = db_->Prepare(
        "SELECT host, http_status, body, fetched_at, expires_at FROM robots WHERE host = ?1");
    if (s.ok()) s->Bind(1, host);
    return QueryOne<RobotsEntry>(std::move(s), [](const Stmt& r) {
      return RobotsEntry{r.Text(0), static_cast<int>(r.Int(1)), r.Text(2), r.Text(3), r.Text(4)};
    });
  }

  Status PutSource(const SourceState& src) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO sources (url, last_run_at, etag, last_modified) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (url) DO UPDATE SET last_run_at = excluded.last_run_at, "
        "etag = excluded.etag, last_modified = excluded.last_modified");
    if (!s.ok()) return s.status();
    s->BindAll(src.url, src.last_run_at, src.etag, src.last_modified);
    return s->Run();
  }

  Result<std::optional<SourceState>> GetSource(const std::string& url) override {
    Result<Stmt> s =
        db_->Prepare("SELECT url, last_run_at, etag, last_modified FROM sources WHERE url = ?1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<SourceState>(std::move(s), [](const Stmt& r) {
      return SourceState{r.Text(0), r.Text(1), r.Text(2), r.Text(3)};
    });
  }

  Result<bool> ClaimSource(const std::string& url, const std::string& worker, int64_t now_ms,
                           int64_t next_due_ms) override {
    // A row back: the insert, or the update the condition let through (under the row's
    // lock, so two workers cannot both get one interval).
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO sources (url, claimed_by, due_at) VALUES (?1, ?2, ?4) ON CONFLICT (url) "
        "DO UPDATE SET claimed_by = excluded.claimed_by, due_at = excluded.due_at "
        "WHERE sources.due_at <= ?3 OR sources.claimed_by = ?2 RETURNING url");
    if (!s.ok()) return s.status();
    s->BindAll(url, worker, now_ms, next_due_ms);
    return s->Step();
  }

  // ---- Search ----

  Result<std::vector<SearchHit>> Search(const std::string& query, int limit, bool fts5_syntax,
                                        const std::string& language) override {
    Result<std::string> match = db_->TextQuery(query, fts5_syntax);
    if (!match.ok()) return match.status();
    Result<Stmt> s = db_->Prepare(db_->SearchSql());
    if (!s.ok()) return s.status();
    s->BindAll(*match, limit, language).BindLimit(2, limit);
    Result<std::vector<SearchHit>> hits = CollectRows<SearchHit>(*s, [](const Stmt& r) {
      return SearchHit{r.Int(0),  r.Text(1), r.Text(2), r.Text(3), r.Double(4),
                       r.Text(5), r.Text(6), r.Text(7), r.Int(8)};
    });
    if (!hits.ok() && hits.status().code() == Status::Code::kInternal) {
      // A malformed FTS5 query surfaces as a generic SQLITE_ERROR from step.
      return Status::InvalidArgument("search query \"" + query +
                                     "\": " + std::string(hits.status().message()));
    }
    return hits;
  }

 protected:
  Status BeginTransaction() override { return db_->Begin(read_only_); }
  Status CommitTransaction() override { return db_->Exec("COMMIT"); }
  void RollbackTransaction() override {
    // Fails only when there is no transaction (SQLite already rolled it back after an
    // I/O error or a full disk); nothing to do then. PostgreSQL warns and goes on.
    (void)db_->Exec("ROLLBACK");
  }

 private:
  // Runs `body` as one unit: in a savepoint inside an open transaction (rolled back to on
  // failure), else in a transaction of its own (PostgreSQL has no savepoint outside one).
  template <typename Body>
  Status InSavepoint(const std::string& name, const Body& body) {
    if (!db_->InTransaction()) {
      Transaction txn(*this);
      NEWSDESK_RETURN_IF_ERROR(txn.status());
      NEWSDESK_RETURN_IF_ERROR(body());
      return txn.Commit();
    }
    NEWSDESK_RETURN_IF_ERROR(db_->Exec("SAVEPOINT " + name));
    Status st = body();
    if (!st.ok()) (void)db_->Exec("ROLLBACK TO " + name);
    Status released = db_->Exec("RELEASE " + name);
    return st.ok() ? released : st;
  }

  Status RunExpectingChange(Stmt& s, const std::string& what) {
    NEWSDESK_RETURN_IF_ERROR(s.Run());
    if (s.Changes() == 0) return Status::NotFound("no " + what);
    return Status::OK();
  }

  // Calls fn(read(row)) for each row until fn returns false.
  template <typename Read, typename Fn>
  static Status ForEachRow(Stmt& s, Read read, const Fn& fn) {
    for (;;) {
      Result<bool> row = s.Step();
      if (!row.ok()) return row.status();
      if (!*row || !fn(read(s))) return Status::OK();
    }
  }

  template <typename T, typename Read>
  static Result<std::vector<T>> CollectRows(Stmt& s, Read read) {
    std::vector<T> out;
    for (;;) {
      Result<bool> row = s.Step();
      if (!row.ok()) return row.status();
      if (!*row) return out;
      out.push_back(read(s));
    }
  }

  std::unique_ptr<Connection> db_;
  bool read_only_;
  bool story_assigner_ = false;  // this connection holds the story assigner's lock
};

Result<std::unique_ptr<Store>> OpenImpl(const std::string& location, const StoreOptions& options,
                                        int target) {
  Result<std::unique_ptr<Connection>> db =
      IsDatabaseUri(location) ? postgres::Open(location, options) : sqlite::Open(location, options);
  if (!db.ok()) return db.status();
  auto store = std::make_unique<DbStore>(std::move(*db), options.read_only);
  NEWSDESK_RETURN_IF_ERROR(store->Migrate(target));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace

std::string StoreTimestampNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string_view UrlStateName(UrlState s) {
  switch (s) {
    case UrlState::kPending:
      return "pending";
    case UrlState::kFetched:
      return "fetched";
    case UrlState::kUnchanged:
      return "unchanged";
    case UrlState::kFailed:
      return "failed";
    case UrlState::kSkipped:
      return "skipped";
    case UrlState::kDuplicate:
      return "duplicate";
  }
  return "pending";
}

std::optional<UrlState> ParseUrlState(std::string_view name) {
  for (UrlState s : {UrlState::kPending, UrlState::kFetched, UrlState::kUnchanged,
                     UrlState::kFailed, UrlState::kSkipped, UrlState::kDuplicate}) {
    if (UrlStateName(s) == name) return s;
  }
  return std::nullopt;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  return Open(path, StoreOptions{});
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  return OpenImpl(path, options, schema::kLatestVersion);
}

int Store::LatestSchemaVersion() { return schema::kLatestVersion; }

Store::Transaction::Transaction(Store& store) : store_(store) {
  begin_status_ = store_.BeginTransaction();
  active_ = begin_status_.ok();
}

Store::Transaction::~Transaction() {
  if (active_) store_.RollbackTransaction();
}

Status Store::Transaction::Commit() {
  if (!begin_status_.ok()) return begin_status_;
  if (!active_) return Status::FailedPrecondition("transaction already committed");
  Status st = store_.CommitTransaction();
  if (st.ok()) active_ = false;
  return st;
}

namespace internal {

Result<std::unique_ptr<Store>> OpenStoreAtVersion(const std::string& path,
                                                  const StoreOptions& options, int target_version) {
  if (target_version < 1 || target_version > schema::kLatestVersion) {
    return Status::InvalidArgument("no schema version " + std::to_string(target_version));
  }
  return OpenImpl(path, options, target_version);
}

}  // namespace internal

}  // namespace newsdesk
