#include "newsdesk/store.h"

#include <ctime>
#include <filesystem>
#include <string>
#include <utility>

#include <sqlite3.h>

#include "store_internal.h"
#include "store_schema.h"
#include "store_sqlite.h"

namespace newsdesk {

namespace {

using sqlite::Connection;
using sqlite::Stmt;

#define NEWSDESK_RETURN_IF_ERROR(expr) \
  do {                                 \
    ::newsdesk::Status _st = (expr);   \
    if (!_st.ok()) return _st;         \
  } while (0)

constexpr const char* kArticleColumns =
    "id, url, canonical_url, title, title_language, byline, site, language, script, "
    "published, published_raw, calendar, modified, image, text, fetched_at, content_hash, "
    "story_id, duplicate_of, run_id";

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
  return a;
}

// Binds the article's fields (all but id) to parameters 1..19 in kArticleColumns order.
void BindArticle(Stmt& s, const Article& a) {
  s.BindAll(a.url, a.canonical_url, a.title, a.title_language, a.byline, a.site, a.language,
            a.script, a.published, a.published_raw, a.calendar, a.modified, a.image, a.text,
            a.fetched_at, a.content_hash);
  s.BindIdOrNull(17, a.story_id).BindIdOrNull(18, a.duplicate_of).BindIdOrNull(19, a.run_id);
}

constexpr const char* kUrlColumns =
    "url, state, http_status, error, attempts, next_attempt_at, etag, last_modified, source, "
    "article_id";

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

class SqliteStore final : public Store {
 public:
  SqliteStore(std::unique_ptr<Connection> db, bool read_only)
      : db_(std::move(db)), read_only_(read_only) {}

  Status Configure(const StoreOptions& options, bool is_memory) {
    sqlite3_busy_timeout(db_->get(), options.busy_timeout_ms);
    NEWSDESK_RETURN_IF_ERROR(db_->Exec("PRAGMA foreign_keys = ON"));
    if (read_only_) return Status::OK();
    if (!is_memory) NEWSDESK_RETURN_IF_ERROR(db_->Exec("PRAGMA journal_mode = WAL"));
    return db_->Exec("PRAGMA synchronous = NORMAL");
  }

  // Applies migrations up to `target`, each in its own IMMEDIATE transaction; the version
  // is re-read inside the transaction so concurrent openers do not apply one twice.
  Status Migrate(int target) {
    Result<int64_t> version = db_->QueryInt("PRAGMA user_version");
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
      Result<int64_t> now = db_->QueryInt("PRAGMA user_version");
      if (!now.ok()) return now.status();
      if (*now >= v) continue;  // another connection got there first
      NEWSDESK_RETURN_IF_ERROR(db_->Exec(schema::kMigrations[v - 1]));
      NEWSDESK_RETURN_IF_ERROR(db_->Exec(("PRAGMA user_version = " + std::to_string(v)).c_str()));
      NEWSDESK_RETURN_IF_ERROR(txn.Commit());
    }
    return Status::OK();
  }

  int SchemaVersion() override {
    Result<int64_t> v = db_->QueryInt("PRAGMA user_version");
    return v.ok() ? static_cast<int>(*v) : -1;
  }

  // ---- Articles ----

  Result<int64_t> InsertArticle(const Article& article) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO articles (url, canonical_url, title, title_language, byline, site, "
        "language, script, published, published_raw, calendar, modified, image, text, "
        "fetched_at, content_hash, story_id, duplicate_of, run_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?19)");
    if (!s.ok()) return s.status();
    BindArticle(*s, article);
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->get()));
  }

  Status UpdateArticle(const Article& article) override {
    Result<Stmt> s = db_->Prepare(
        "UPDATE articles SET url = ?1, canonical_url = ?2, title = ?3, title_language = ?4, "
        "byline = ?5, site = ?6, language = ?7, script = ?8, published = ?9, "
        "published_raw = ?10, calendar = ?11, modified = ?12, image = ?13, text = ?14, "
        "fetched_at = ?15, content_hash = ?16, story_id = ?17, duplicate_of = ?18, "
        "run_id = ?19 WHERE id = ?20");
    if (!s.ok()) return s.status();
    BindArticle(*s, article);
    s->Bind(20, article.id);
    return RunExpectingChange(*s, "article " + std::to_string(article.id));
  }

  Status SetArticleStory(int64_t id, int64_t story_id, int64_t duplicate_of) override {
    Result<Stmt> s =
        db_->Prepare("UPDATE articles SET story_id = ?1, duplicate_of = ?2 WHERE id = ?3");
    if (!s.ok()) return s.status();
    s->BindIdOrNull(1, story_id).BindIdOrNull(2, duplicate_of).Bind(3, id);
    return RunExpectingChange(*s, "article " + std::to_string(id));
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
    Result<Stmt> s = db_->Prepare("INSERT INTO aliases (url, article_id) VALUES (?1, ?2)");
    if (!s.ok()) return s.status();
    s->BindAll(url, id);
    Status st = s->Run();
    if (st.code() != Status::Code::kAlreadyExists) return st;
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

  Result<std::optional<int64_t>> FindArticleIdByAnyUrl(const std::string& url) override {
    Result<Stmt> s = db_->Prepare(
        "SELECT id FROM articles WHERE canonical_url = ?1 "
        "UNION ALL SELECT id FROM articles WHERE url = ?1 "
        "UNION ALL SELECT article_id FROM aliases WHERE url = ?1 LIMIT 1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<int64_t>(std::move(s), [](const Stmt& r) { return r.Int(0); });
  }

  Status ForEachArticle(const std::function<bool(const Article&)>& fn) override {
    Result<Stmt> s =
        db_->Prepare(std::string("SELECT ") + kArticleColumns + " FROM articles ORDER BY id");
    if (!s.ok()) return s.status();
    for (;;) {
      Result<bool> row = s->Step();
      if (!row.ok()) return row.status();
      if (!*row || !fn(ReadArticle(*s))) return Status::OK();
    }
  }

  Result<int64_t> CountArticles() override {
    return db_->QueryInt("SELECT COUNT(*) FROM articles");
  }

  // ---- Frontier ----

  Status UpsertUrl(const FrontierEntry& e) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO urls (url, state, http_status, error, attempts, next_attempt_at, etag, "
        "last_modified, source, article_id, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(url) DO UPDATE SET state = excluded.state, "
        "http_status = excluded.http_status, error = excluded.error, "
        "attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
        "etag = excluded.etag, last_modified = excluded.last_modified, "
        "source = excluded.source, article_id = excluded.article_id, "
        "updated_at = excluded.updated_at");
    if (!s.ok()) return s.status();
    s->BindAll(e.url, UrlStateName(e.state), e.http_status, e.error, e.attempts, e.next_attempt_at,
               e.etag, e.last_modified, e.source);
    s->BindIdOrNull(10, e.article_id).Bind(11, StoreTimestampNow());
    return s->Run();
  }

  Result<bool> AddUrlIfNew(const std::string& url, const std::string& source) override {
    Result<Stmt> s = db_->Prepare(
        "INSERT INTO urls (url, state, source, updated_at) VALUES (?1, 'pending', ?2, ?3) "
        "ON CONFLICT(url) DO NOTHING");
    if (!s.ok()) return s.status();
    s->BindAll(url, source, StoreTimestampNow());
    NEWSDESK_RETURN_IF_ERROR(s->Run());
    return sqlite3_changes(db_->get()) > 0;
  }

  Result<std::optional<FrontierEntry>> GetUrl(const std::string& url) override {
    Result<Stmt> s =
        db_->Prepare(std::string("SELECT ") + kUrlColumns + " FROM urls WHERE url = ?1");
    if (s.ok()) s->Bind(1, url);
    return QueryOne<FrontierEntry>(std::move(s), ReadUrl);
  }

  Result<std::vector<FrontierEntry>> ListDueUrls(std::string_view now, int limit) override {
    Result<Stmt> s = db_->Prepare(std::string("SELECT ") + kUrlColumns +
                                  " FROM urls WHERE state = 'pending' AND next_attempt_at <= ?1 "
                                  "ORDER BY next_attempt_at, rowid LIMIT ?2");
    if (!s.ok()) return s.status();
    s->Bind(1, now.empty() ? std::string_view(StoreTimestampNow()) : now).Bind(2, limit);
    return CollectRows<FrontierEntry>(*s, ReadUrl);
  }

  Result<std::vector<std::pair<std::string, int64_t>>> CountUrlsByState() override {
    Result<Stmt> s = db_->Prepare("SELECT state, COUNT(*) FROM urls GROUP BY state ORDER BY state");
    if (!s.ok()) return s.status();
    return CollectRows<std::pair<std::string, int64_t>>(
        *s, [](const Stmt& r) { return std::make_pair(r.Text(0), r.Int(1)); });
  }

 protected:
  Status BeginTransaction() override { return db_->Exec(read_only_ ? "BEGIN" : "BEGIN IMMEDIATE"); }
  Status CommitTransaction() override { return db_->Exec("COMMIT"); }
  void RollbackTransaction() override {
    // Fails only when there is no transaction (SQLite already rolled it back after an
    // I/O error or a full disk); nothing to do then.
    (void)db_->Exec("ROLLBACK");
  }

 private:
  Status RunExpectingChange(Stmt& s, const std::string& what) {
    NEWSDESK_RETURN_IF_ERROR(s.Run());
    if (sqlite3_changes(db_->get()) == 0) return Status::NotFound("no " + what);
    return Status::OK();
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
};

Result<std::unique_ptr<Store>> OpenImpl(const std::string& path, const StoreOptions& options,
                                        int target) {
  const bool is_memory = path == ":memory:" || path.empty();
  if (!is_memory && (!options.create_if_missing || options.read_only)) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Status::NotFound("no database at " + path);
  }
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (options.create_if_missing && !options.read_only) flags |= SQLITE_OPEN_CREATE;
  Result<std::unique_ptr<Connection>> db = Connection::Open(path, flags);
  if (!db.ok()) return db.status();
  auto store = std::make_unique<SqliteStore>(std::move(*db), options.read_only);
  NEWSDESK_RETURN_IF_ERROR(store->Configure(options, is_memory));
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
