// The seam between the store (src/store.cc, written once) and its database backends:
// SQLite (store_sqlite.cc, the embedded default) and PostgreSQL (store_postgres.cc).
// Not a public header; no C library type here.
//
// SQL given to a backend is the dialect both share: numbered parameters ?1, ?2, ...
// (PostgreSQL's backend turns them into $1, $2, ...), upserts with ON CONFLICT, new ids
// with RETURNING. What the dialects do not share (schema types, full-text search,
// integrity checks, schema version bookkeeping) is behind a Connection method.
//
// Ownership: a Connection owns its native handle and a cache of prepared statements; a
// Stmt borrows one cached statement for one use and resets it when destroyed.
// Thread-compatible: one thread at a time per Connection.
#ifndef NEWSDESK_STORE_DB_H_
#define NEWSDESK_STORE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsdesk/status.h"
#include "store_schema.h"

namespace newsdesk::db {

// One prepared statement of a backend. Binding indexes are 1-based, columns 0-based.
class Cursor {
 public:
  virtual ~Cursor() = default;
  // Text is copied, so temporaries are fine. A bind error is returned by the next Step().
  virtual void BindText(int index, std::string_view text) = 0;
  virtual void BindInt(int index, int64_t value) = 0;
  virtual void BindDouble(int index, double value) = 0;
  virtual void BindNull(int index) = 0;
  // Bytes (a BLOB / BYTEA column), copied.
  virtual void BindBlob(int index, std::string_view bytes) = 0;
  // A LIMIT value: negative means no limit.
  virtual void BindLimit(int index, int64_t limit) = 0;
  // Advances (the first call executes): true when a row is available, false when done.
  virtual Result<bool> Step() = 0;
  // Rows inserted, updated or deleted by the statement once stepped to completion.
  virtual int64_t Changes() const = 0;
  // Column values of the current row; NULL reads as 0 or "".
  virtual int64_t Int(int col) const = 0;
  virtual double Double(int col) const = 0;
  virtual bool IsNull(int col) const = 0;
  virtual std::string Text(int col) const = 0;
  virtual std::string Blob(int col) const = 0;
  // Makes the statement ready for its next use: result dropped, bindings cleared.
  virtual void Reset() = 0;
};

// One use of a prepared statement; resets it when destroyed.
class Stmt {
 public:
  Stmt(Cursor* cursor, bool* in_use, std::unique_ptr<Cursor> owned)
      : cursor_(cursor), in_use_(in_use), owned_(std::move(owned)) {}
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& other) noexcept
      : cursor_(other.cursor_), in_use_(other.in_use_), owned_(std::move(other.owned_)) {
    other.cursor_ = nullptr;
    other.in_use_ = nullptr;
  }
  Stmt& operator=(Stmt&&) = delete;

  Stmt& Bind(int index, std::string_view text) {
    cursor_->BindText(index, text);
    return *this;
  }
  Stmt& Bind(int index, int64_t value) {
    cursor_->BindInt(index, value);
    return *this;
  }
  Stmt& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Stmt& Bind(int index, double value) {
    cursor_->BindDouble(index, value);
    return *this;
  }
  Stmt& BindNull(int index) {
    cursor_->BindNull(index);
    return *this;
  }
  Stmt& BindBlob(int index, std::string_view bytes) {
    cursor_->BindBlob(index, bytes);
    return *this;
  }
  // Binds NULL for 0, else the value (optional foreign ids).
  Stmt& BindIdOrNull(int index, int64_t id) { return id == 0 ? BindNull(index) : Bind(index, id); }
  // Binds a LIMIT: negative = all rows.
  Stmt& BindLimit(int index, int64_t limit) {
    cursor_->BindLimit(index, limit);
    return *this;
  }
  // Binds all arguments in order from index 1.
  template <typename... Args>
  Stmt& BindAll(const Args&... args) {
    int i = 0;
    (Bind(++i, args), ...);
    return *this;
  }

  Result<bool> Step() { return cursor_->Step(); }
  // Steps to completion, expecting no rows (INSERT/UPDATE/DELETE).
  Status Run();
  int64_t Changes() const { return cursor_->Changes(); }

  int64_t Int(int col) const { return cursor_->Int(col); }
  double Double(int col) const { return cursor_->Double(col); }
  bool IsNull(int col) const { return cursor_->IsNull(col); }
  std::string Text(int col) const { return cursor_->Text(col); }
  std::string Blob(int col) const { return cursor_->Blob(col); }

 private:
  Cursor* cursor_;
  bool* in_use_;                   // the cache slot's flag; null for an uncached statement
  std::unique_ptr<Cursor> owned_;  // set for an uncached statement (cache slot was busy)
};

// A connection to one database with a cache of prepared statements keyed by SQL text.
class Connection {
 public:
  virtual ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // The cached statement for `sql`, prepared on first use. If that statement is already in
  // use (a nested call), a fresh uncached one is prepared instead.
  Result<Stmt> Prepare(std::string_view sql);
  // Runs a statement returning a single integer.
  Result<int64_t> QueryInt(std::string_view sql);
  // Runs one or more statements without parameters or results (schema scripts, BEGIN).
  virtual Status Exec(std::string_view sql) = 0;

  virtual schema::Dialect dialect() const = 0;
  // Starts a transaction: one that takes the write lock up front unless `read_only`.
  virtual Status Begin(bool read_only) = 0;
  // Whether a transaction is open.
  virtual bool InTransaction() = 0;

  // The schema version the database is at (0 when new), and setting it; SetSchemaVersion
  // runs inside the migration's transaction. LockSchema, called first thing in that
  // transaction, keeps concurrent openers from migrating at once.
  virtual Result<int64_t> SchemaVersion() = 0;
  virtual Status SetSchemaVersion(int version) = 0;
  virtual Status LockSchema() = 0;
  // Holds story writes of other connections off until this transaction ends, so workers
  // sharing one database never deadlock on story rows they update in different orders.
  // A no-op where one connection writes at a time (SQLite).
  virtual Status LockStories() = 0;
  // The story assigner's lock (docs/scale.md): held by one connection at a time for its
  // session (until UnlockStoryAssigner or the connection ends, also when the process
  // dies). TryLockStoryAssigner never waits; it must not be called again while held.
  // Always granted where one connection writes at a time (SQLite).
  virtual Result<bool> TryLockStoryAssigner() = 0;
  virtual Status UnlockStoryAssigner() = 0;
  // Who owns a run (Store::BeginRun .. FinishRun, docs/store.md): HoldRunLock makes this
  // connection the owner of run `id` until ReleaseRunLock or the end of the connection
  // (also when its process dies); call it before the run's row is committed, so that no
  // other connection sees the row without its owner. RunOwnerGoneSql is a condition on a
  // row of `runs` (unaliased) that holds when no connection owns the run: its process or
  // connection ended without finishing it. PostgreSQL: a session-level advisory lock per
  // run, looked up in pg_locks. SQLite: nothing held and "" (the backend cannot tell; the
  // store's lock file tells its holder that no other process records runs).
  virtual Status HoldRunLock(int64_t id) = 0;
  virtual Status ReleaseRunLock(int64_t id) = 0;
  virtual std::string_view RunOwnerGoneSql() const = 0;
  // Problems the database itself can find, including a full-text index out of step with
  // the articles (unless `read_only`). Corruption with them.
  virtual Status CheckIntegrity(bool read_only) = 0;

  // Full-text search. IndexArticle (re)indexes article `id` after it was written; a
  // backend whose index follows the table by itself does nothing.
  virtual Status IndexArticle(int64_t id, std::string_view title, std::string_view text) = 0;
  // The search expression bound to ?1 of SearchSql and ?7 of MatchingArticlesSql: plain
  // words (Store::Search reads them), or the backend's own syntax when `native_syntax`.
  // InvalidArgument when nothing is left to search for.
  virtual Result<std::string> TextQuery(std::string_view query, bool native_syntax) = 0;
  // Columns id, title, canonical_url, snippet, rank (lower is better), site, language,
  // published, story id (0 = none) of the articles matching ?1, best first, at most ?2,
  // only in language ?3 unless ''.
  virtual std::string_view SearchSql() const = 0;
  // A subquery of the ids of the articles matching ?7.
  virtual std::string_view MatchingArticlesSql() const = 0;
  // The clause that ends a SELECT whose rows a following UPDATE claims: locks them and
  // passes over rows another transaction holds, without waiting (PostgreSQL's `FOR UPDATE
  // SKIP LOCKED`); "" where one writer at a time is the rule (SQLite).
  virtual std::string_view LockRowsSkippingLocked() const = 0;

 protected:
  Connection() = default;
  virtual Result<std::unique_ptr<Cursor>> NewCursor(std::string_view sql) = 0;
  // Destroys every cached statement. A backend's destructor calls it first, so that its
  // statements go before the native connection they belong to.
  void ClearStatements() { cache_.clear(); }

 private:
  struct Slot {
    std::unique_ptr<Cursor> cursor;
    bool in_use = false;
  };
  std::unordered_map<std::string, std::unique_ptr<Slot>> cache_;
};

// One word of a plain-words search query (Store::Search), for a backend to spell in its
// own query language.
struct PlainTerm {
  std::string op;  // "OR", "AND" or "NOT" between the previous term and this; "" = AND
  std::string word;
  bool prefix = false;  // the word ended in * (not counted in `word`)
};
// Whitespace-separated words (NUL separates too); OR/AND/NOT in capitals between two
// words are operators, elsewhere plain words.
std::vector<PlainTerm> SplitPlainWords(std::string_view query);

}  // namespace newsdesk::db

#endif  // NEWSDESK_STORE_DB_H_
