#include "store_postgres.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <libpq-fe.h>

#include "newsdesk/normalize.h"

namespace newsdesk::postgres {

namespace {

struct ConnectionCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using ConnectionPtr = std::unique_ptr<PGconn, ConnectionCloser>;

struct ResultClearer {
  void operator()(PGresult* res) const { PQclear(res); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultClearer>;
struct MemFreer {
  void operator()(unsigned char* p) const { PQfreemem(p); }
};

// The one place libpq failures become Status, by SQLSTATE (PostgreSQL manual, Appendix A),
// mapped as sqlite::Error maps SQLite's codes. Keeps the SQLSTATE and the server's message.
Status Error(const PGresult* res, PGconn* conn, std::string_view context) {
  const char* state = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state != nullptr ? state : "";
  std::string message = res != nullptr ? PQresultErrorMessage(res) : PQerrorMessage(conn);
  if (message.empty()) message = PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
    message.pop_back();
  }
  std::string msg = std::string(context) + ": " + message;
  if (!sqlstate.empty()) msg += " (SQLSTATE " + sqlstate + ")";
  const std::string cls = sqlstate.substr(0, 2);
  if (sqlstate == "23505") return Status::AlreadyExists(msg);           // unique_violation
  if (cls == "23" || cls == "22") return Status::InvalidArgument(msg);  // constraints, data
  if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03") {
    return Status::FailedPrecondition(msg);  // serialization, deadlock, lock timeout
  }
  if (sqlstate == "25006") return Status::IOError(msg);  // read-only transaction
  if (cls == "XX" && sqlstate != "XX000") return Status::Corruption(msg);
  if (cls == "53" || cls == "54") return Status::ResourceExhausted(msg);
  if (cls == "08" || cls == "57" || sqlstate.empty()) return Status::Unavailable(msg);
  return Status::Internal(msg);
}

// `sql` with the shared dialect's ?N parameters spelled $N (outside quoted text), and the
// highest N.
std::pair<std::string, int> PostgresParameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  int max_index = 0;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      int index = 0;
      out += '$';
      while (i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
        index = index * 10 + (sql[++i] - '0');
        out += sql[i];
      }
      if (index > max_index) max_index = index;
      continue;
    }
    out += c;
  }
  return {out, max_index};
}

class PostgresCursor final : public db::Cursor {
 public:
  PostgresCursor(PGconn* conn, std::string name, std::string sql, int params)
      : conn_(conn), name_(std::move(name)), sql_(std::move(sql)), params_(params) {}
  // Frees the server's prepared statement (a nested use prepares one per call).
  ~PostgresCursor() override { ResultPtr(PQexec(conn_, ("DEALLOCATE " + name_).c_str())); }

  void BindText(int index, std::string_view text) override { Set(index, std::string(text)); }
  void BindInt(int index, int64_t value) override { Set(index, std::to_string(value)); }
  void BindDouble(int index, double value) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);  // round-trips every double
    Set(index, buf);
  }
  void BindNull(int index) override { Set(index, std::nullopt); }
  // BYTEA's hex input form, as text like every parameter.
  void BindBlob(int index, std::string_view bytes) override {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex = "\\x";
    hex.reserve(2 + 2 * bytes.size());
    for (unsigned char c : bytes) {
      hex += kDigits[c >> 4];
      hex += kDigits[c & 15];
    }
    Set(index, std::move(hex));
  }
  // LIMIT NULL is LIMIT ALL; a negative LIMIT is an error.
  void BindLimit(int index, int64_t limit) override {
    if (limit < 0) {
      BindNull(index);
    } else {
      BindInt(index, limit);
    }
  }

  Result<bool> Step() override {
    if (bind_error_) {
      return Status::InvalidArgument("bind index out of range: " + sql_);
    }
    if (!result_) {
      std::vector<const char*> values(params_.size());
      for (size_t i = 0; i < params_.size(); ++i) {
        values[i] = params_[i] ? params_[i]->c_str() : nullptr;
      }
      result_.reset(PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()),
                                   values.data(), nullptr, nullptr, 0));
      const ExecStatusType status = PQresultStatus(result_.get());
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Status error = Error(result_.get(), conn_, sql_);
        result_.reset();
        return error;
      }
      row_ = -1;
    }
    return ++row_ < PQntuples(result_.get());
  }

  int64_t Changes() const override {
    if (!result_) return 0;
    return std::strtoll(PQcmdTuples(result_.get()), nullptr, 10);
  }

  int64_t Int(int col) const override { return std::strtoll(Value(col), nullptr, 10); }
  double Double(int col) const override { return std::strtod(Value(col), nullptr); }
  bool IsNull(int col) const override { return PQgetisnull(result_.get(), row_, col) != 0; }
  std::string Text(int col) const override {
    return std::string(Value(col), static_cast<size_t>(PQgetlength(result_.get(), row_, col)));
  }

  std::string Blob(int col) const override {
    size_t size = 0;
    const std::unique_ptr<unsigned char, MemFreer> bytes(
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(Value(col)), &size));
    if (!bytes) return {};
    return std::string(reinterpret_cast<const char*>(bytes.get()), size);
  }

  void Reset() override {
    result_.reset();
    for (std::optional<std::string>& p : params_) p.reset();
    bind_error_ = false;
  }

 private:
  void Set(int index, std::optional<std::string> value) {
    if (index < 1 || static_cast<size_t>(index) > params_.size()) {
      bind_error_ = true;
      return;
    }
    params_[index - 1] = std::move(value);
  }
  // libpq returns "" for NULL.
  const char* Value(int col) const { return PQgetvalue(result_.get(), row_, col); }

  PGconn* conn_;
  std::string name_;
  std::string sql_;
  std::vector<std::optional<std::string>> params_;  // nullopt = NULL
  bool bind_error_ = false;
  ResultPtr result_;
  int row_ = -1;
};

// PostgreSQL's `simple` configuration lower-cases what its parser finds; the lexemes it
// is given are the match-key words, so both sides of a search see the same words.
std::string MatchKeyWords(std::string_view text) {
  std::string out;
  for (const std::string& word : Words(MatchKey(text))) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// The first key of a run's advisory lock (PostgresConnection::HoldRunLock): one per
// schema, so that stores in several schemas of one database keep their runs apart.
constexpr std::string_view kRunLockClass = "hashtext(current_schema() || ' runs')";

// The second key: the run id's low 32 bits, as the int4 pg_advisory_lock takes.
int32_t RunLockKey(int64_t id) { return static_cast<int32_t>(static_cast<uint32_t>(id)); }

class PostgresConnection final : public db::Connection {
 public:
  explicit PostgresConnection(ConnectionPtr conn) : conn_(std::move(conn)) {}
  ~PostgresConnection() override { ClearStatements(); }

  Status Exec(std::string_view sql) override {
    const std::string text(sql);
    ResultPtr res(PQexec(conn_.get(), text.c_str()));
    const ExecStatusType status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return Error(res.get(), conn_.get(), text);
    }
    return Status::OK();
  }

  schema::Dialect dialect() const override { return schema::Dialect::kPostgres; }
  // PostgreSQL only warns about a BEGIN inside a transaction; transactions do not nest.
  Status Begin(bool read_only) override {
    if (InTransaction()) return Status::FailedPrecondition("a transaction is already open");
    return Exec(read_only ? "BEGIN READ ONLY" : "BEGIN");
  }
  bool InTransaction() override { return PQtransactionStatus(conn_.get()) != PQTRANS_IDLE; }

  Result<int64_t> SchemaVersion() override {
    // pg_class read with the statement's snapshot, not to_regclass(): that looks the name
    // up in the backend's catalog cache, which keeps "no such table" from before the
    // schema lock was waited for, and a worker that waited for another's first migration
    // would then run it again ("relation articles already exists").
    Result<int64_t> exists = QueryInt(
        "SELECT COUNT(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
        "ON n.oid = c.relnamespace WHERE c.relname = 'newsdesk_schema' AND "
        "n.nspname = current_schema()");
    if (!exists.ok() || *exists == 0) return exists;
    return QueryInt("SELECT COALESCE(MAX(version), 0) FROM newsdesk_schema");
  }

  Status SetSchemaVersion(int version) override {
    return Exec(
        "CREATE TABLE IF NOT EXISTS newsdesk_schema (version INTEGER NOT NULL); "
        "DELETE FROM newsdesk_schema; INSERT INTO newsdesk_schema (version) VALUES (" +
        std::to_string(version) + ")");
  }

  // One key for every newsdesk store: migrations of two databases on one server wait for
  // each other, which costs nothing (they are rare and short).
  Status LockSchema() override { return Exec("SELECT pg_advisory_xact_lock(7240916)"); }
  Status LockStories() override { return Exec("SELECT pg_advisory_xact_lock(7240917)"); }
  // A session lock: a transaction's rollback keeps it, the end of the session drops it.
  // Advisory locks are per database; the second key tells stores in several schemas of
  // one database apart (pg_locks: classid 7240918, objid the hash, objsubid 2).
  Result<bool> TryLockStoryAssigner() override {
    Result<int64_t> got = QueryInt(
        "SELECT CASE WHEN pg_try_advisory_lock(7240918, hashtext(current_schema())) "
        "THEN 1 ELSE 0 END");
    if (!got.ok()) return got.status();
    return *got == 1;
  }
  Status UnlockStoryAssigner() override {
    return Exec("SELECT pg_advisory_unlock(7240918, hashtext(current_schema()))");
  }
  // A session lock per run, keyed (hash of the schema and " runs", the run id's low 32
  // bits): pg_locks shows it as classid, objid (both as unsigned oids), objsubid 2. Ids
  // 2^32 apart share a key, which can only make a dead owner's run look owned, never a
  // live one's look abandoned. Any role may read pg_locks, so the workers need no rights.
  Status HoldRunLock(int64_t id) override {
    return Exec("SELECT pg_advisory_lock(" + std::string(kRunLockClass) + ", " +
                std::to_string(RunLockKey(id)) + ")");
  }
  Status ReleaseRunLock(int64_t id) override {
    return Exec("SELECT pg_advisory_unlock(" + std::string(kRunLockClass) + ", " +
                std::to_string(RunLockKey(id)) + ")");
  }
  std::string_view RunOwnerGoneSql() const override {
    static const std::string sql =
        "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_locks l WHERE l.locktype = 'advisory' "
        "AND l.granted AND l.objsubid = 2 AND l.database = (SELECT oid FROM "
        "pg_catalog.pg_database WHERE datname = current_database()) AND l.classid = (" +
        std::string(kRunLockClass) + ")::oid AND l.objid::bigint = runs.id % 4294967296)";
    return sql;
  }

  // PostgreSQL checks foreign keys on every write and its pages on read; what it cannot
  // know is whether every article is in the search index the store writes.
  Status CheckIntegrity(bool read_only) override {
    if (read_only) return Status::OK();
    Result<int64_t> missing = QueryInt(
        "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM articles_search s WHERE s.article_id = a.id)");
    if (!missing.ok()) return missing.status();
    if (*missing == 0) return Status::OK();
    return Status::Corruption("full-text index: " + std::to_string(*missing) +
                              " articles not indexed");
  }

  Status IndexArticle(int64_t id, std::string_view title, std::string_view text) override {
    Result<db::Stmt> s = Prepare(
        "INSERT INTO articles_search (article_id, keys) VALUES (?1, "
        "setweight(to_tsvector('simple', ?2), 'A') || to_tsvector('simple', ?3)) "
        "ON CONFLICT (article_id) DO UPDATE SET keys = excluded.keys");
    if (!s.ok()) return s.status();
    s->Bind(1, id).Bind(2, MatchKeyWords(title)).Bind(3, MatchKeyWords(text));
    return s->Run();
  }

  Result<std::string> TextQuery(std::string_view query, bool native_syntax) override {
    if (native_syntax) {
      return Status::InvalidArgument(
          "FTS5 query syntax needs a SQLite store; a PostgreSQL store takes plain words");
    }
    std::string tsquery = PlainWordsToTsquery(query);
    if (tsquery.empty()) return Status::InvalidArgument("empty search query");
    return tsquery;
  }

  std::string_view SearchSql() const override {
    // ts_rank weighs title lexemes (A, 1.0) 10x text lexemes (D, 0.1), as the SQLite
    // backend's bm25(10.0, 1.0); negated so that lower is better there too. The snippet is
    // the text's best fragment as PostgreSQL's parser reads the original words.
    return "SELECT a.id, a.title, a.canonical_url, "
           "ts_headline('simple', a.text, q, 'StartSel=[, StopSel=], MaxWords=16, "
           "MinWords=8, MaxFragments=1, FragmentDelimiter=…'), "
           "-ts_rank(s.keys, q) AS rank, a.site, a.language, a.published, "
           "COALESCE(a.story_id, 0) "
           "FROM articles_search s JOIN articles a ON a.id = s.article_id, "
           "to_tsquery('simple', ?1) AS q "
           "WHERE s.keys @@ q AND (?3 = '' OR a.language = ?3) ORDER BY rank, a.id LIMIT ?2";
  }

  std::string_view MatchingArticlesSql() const override {
    return "SELECT article_id FROM articles_search WHERE keys @@ to_tsquery('simple', ?7)";
  }

  std::string_view LockRowsSkippingLocked() const override { return " FOR UPDATE SKIP LOCKED"; }

 protected:
  Result<std::unique_ptr<db::Cursor>> NewCursor(std::string_view sql) override {
    auto [text, params] = PostgresParameters(sql);
    std::string name = "newsdesk_" + std::to_string(++statements_);
    ResultPtr res(PQprepare(conn_.get(), name.c_str(), text.c_str(), 0, nullptr));
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) {
      return Error(res.get(), conn_.get(), "prepare " + std::string(sql));
    }
    return std::unique_ptr<db::Cursor>(
        std::make_unique<PostgresCursor>(conn_.get(), std::move(name), std::string(sql), params));
  }

 private:
  ConnectionPtr conn_;
  int64_t statements_ = 0;  // names prepared statements
};

// Quotes `lexeme` for to_tsquery: in '...', with ' and \ escaped.
std::string QuoteLexeme(std::string_view lexeme) {
  std::string out = "'";
  for (char c : lexeme) {
    if (c == '\'' || c == '\\') out += c;
    out += c;
  }
  return out + "'";
}

}  // namespace

std::string PlainWordsToTsquery(std::string_view query) {
  std::string out;
  for (const db::PlainTerm& term : db::SplitPlainWords(query)) {
    std::vector<std::string> keys = Words(MatchKey(term.word));
    if (keys.empty()) continue;  // punctuation only
    std::string phrase;
    for (const std::string& key : keys) {
      if (!phrase.empty()) phrase += " <-> ";
      phrase += QuoteLexeme(key);
    }
    if (term.prefix) phrase += ":*";
    if (keys.size() > 1) {
      phrase.insert(phrase.begin(), '(');
      phrase += ')';
    }
    if (!out.empty()) {
      out += term.op == "OR" ? " | " : term.op == "NOT" ? " & !" : " & ";
    }
    out += phrase;
  }
  return out;
}

Result<std::unique_ptr<db::Connection>> Open(const std::string& uri, const StoreOptions& options) {
  ConnectionPtr conn(PQconnectdb(uri.c_str()));
  if (!conn) return Status::ResourceExhausted("libpq could not allocate a connection");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return Error(nullptr, conn.get(), "connect " + uri);
  }
  // Notices (e.g. ROLLBACK with no transaction open) are expected, not news.
  PQsetNoticeProcessor(
      conn.get(), [](void*, const char*) {}, nullptr);
  if (PQsetClientEncoding(conn.get(), "UTF8") != 0) {
    return Error(nullptr, conn.get(), "client encoding UTF8");
  }
  auto connection = std::make_unique<PostgresConnection>(std::move(conn));
  NEWSDESK_RETURN_IF_ERROR(
      connection->Exec("SET lock_timeout = " + std::to_string(options.busy_timeout_ms) +
                       (options.read_only ? "; SET default_transaction_read_only = on" : "")));
  return std::unique_ptr<db::Connection>(std::move(connection));
}

}  // namespace newsdesk::postgres
