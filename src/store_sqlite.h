// Internal RAII layer over the SQLite C API used by src/store.cc. Not a public header.
//
// Ownership: a Connection owns its sqlite3 handle and a cache of prepared statements; a
// Stmt borrows one cached statement for one use and resets it when destroyed.
// Thread-compatible: one thread at a time per Connection.
#ifndef NEWSDESK_STORE_SQLITE_H_
#define NEWSDESK_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <sqlite3.h>

#include "newsdesk/status.h"

namespace newsdesk::sqlite {

struct ConnectionCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using ConnectionPtr = std::unique_ptr<sqlite3, ConnectionCloser>;

struct StatementFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// The one place SQLite result codes become Status. Keeps the extended code, its name and
// sqlite3_errmsg(db) (when db is non-null) in the message, prefixed by `context`.
// Constraint violations on UNIQUE/PRIMARY KEY map to AlreadyExists, other constraints to
// InvalidArgument, BUSY/LOCKED to FailedPrecondition, CORRUPT/NOTADB to Corruption,
// I/O-ish codes to IOError, NOMEM to ResourceExhausted, the rest to Internal.
Status Error(int rc, sqlite3* db, std::string_view context);

// One use of a prepared statement. Binding indexes are 1-based, columns 0-based (SQLite's
// own conventions). Destruction resets the statement and clears its bindings.
class Stmt {
 public:
  Stmt(sqlite3_stmt* stmt, sqlite3* db, bool* in_use, StatementPtr owned)
      : stmt_(stmt), db_(db), in_use_(in_use), owned_(std::move(owned)) {}
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& other) noexcept
      : stmt_(other.stmt_),
        db_(other.db_),
        in_use_(other.in_use_),
        owned_(std::move(other.owned_)),
        bind_rc_(other.bind_rc_) {
    other.stmt_ = nullptr;
    other.in_use_ = nullptr;
  }
  Stmt& operator=(Stmt&&) = delete;

  // Text is copied (SQLITE_TRANSIENT), so temporaries are fine.
  Stmt& Bind(int index, std::string_view text);
  Stmt& Bind(int index, int64_t value);
  Stmt& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Stmt& Bind(int index, double value);
  Stmt& BindNull(int index);
  // Binds NULL for 0, else the value (optional foreign ids).
  Stmt& BindIdOrNull(int index, int64_t id);
  // Binds all arguments in order from index 1.
  template <typename... Args>
  Stmt& BindAll(const Args&... args) {
    int i = 0;
    (Bind(++i, args), ...);
    return *this;
  }

  // Advances: true when a row is available, false when done. The first bind error, if
  // any, is returned here.
  Result<bool> Step();
  // Steps to completion, expecting no rows (INSERT/UPDATE/DELETE).
  Status Run();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;

  sqlite3* db() const { return db_; }

 private:
  sqlite3_stmt* stmt_;
  sqlite3* db_;
  bool* in_use_;        // the cache slot's flag; null for an uncached statement
  StatementPtr owned_;  // set for an uncached statement (cache slot was busy)
  int bind_rc_ = SQLITE_OK;
};

// A connection with a per-connection cache of prepared statements keyed by SQL text.
class Connection {
 public:
  // Opens `path` with sqlite3_open_v2 `flags`. Errors carry the path.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, int flags);
  sqlite3* get() const { return db_.get(); }

  // The cached statement for `sql`, prepared on first use. If that statement is already in
  // use (a nested call), a fresh uncached one is prepared instead.
  Result<Stmt> Prepare(std::string_view sql);
  // Runs one or more statements without results (schema scripts, PRAGMAs, BEGIN).
  Status Exec(const char* sql);
  // Runs a statement returning a single integer (e.g. PRAGMA user_version).
  Result<int64_t> QueryInt(std::string_view sql);

 private:
  struct Slot {
    StatementPtr stmt;
    bool in_use = false;
  };
  explicit Connection(ConnectionPtr db) : db_(std::move(db)) {}
  // Declared first so it is destroyed last, after every cached statement is finalized.
  ConnectionPtr db_;
  std::unordered_map<std::string, std::unique_ptr<Slot>> cache_;
};

}  // namespace newsdesk::sqlite

#endif  // NEWSDESK_STORE_SQLITE_H_
