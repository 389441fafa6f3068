#include "store_sqlite.h"

#include <string>
#include <utility>

namespace newsdesk::sqlite {

Status Error(int rc, sqlite3* db, std::string_view context) {
  std::string msg(context);
  msg += ": ";
  // sqlite3_errmsg describes the most recent failure on `db`, which is `rc`'s when the
  // caller converts right after the failing call.
  msg += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  msg += " (sqlite extended code " + std::to_string(rc) + ", " + sqlite3_errstr(rc) + ")";
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return Status::AlreadyExists(msg);
      }
      return Status::InvalidArgument(msg);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::FailedPrecondition(msg);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(msg);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return Status::IOError(msg);
    case SQLITE_NOMEM:
    case SQLITE_TOOBIG:
      return Status::ResourceExhausted(msg);
    default:
      return Status::Internal(msg);
  }
}

Stmt::~Stmt() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  if (in_use_ != nullptr) *in_use_ = false;
}

Stmt& Stmt::Bind(int index, std::string_view text) {
  int rc =
      sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::Bind(int index, int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::Bind(int index, double value) {
  int rc = sqlite3_bind_double(stmt_, index, value);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::BindNull(int index) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  return *this;
}

Stmt& Stmt::BindIdOrNull(int index, int64_t id) {
  return id == 0 ? BindNull(index) : Bind(index, id);
}

Result<bool> Stmt::Step() {
  if (bind_rc_ != SQLITE_OK) return Error(bind_rc_, db_, "bind");
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error(sqlite3_extended_errcode(db_), db_, sqlite3_sql(stmt_));
}

Status Stmt::Run() {
  Result<bool> row = Step();
  if (!row.ok()) return row.status();
  return Status::OK();
}

std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  ConnectionPtr db(raw);  // sqlite3_open_v2 may return a handle even on failure
  if (rc != SQLITE_OK) {
    if (db) sqlite3_extended_result_codes(db.get(), 1);
    return Error(db ? sqlite3_extended_errcode(db.get()) : rc, db.get(), "open " + path);
  }
  sqlite3_extended_result_codes(db.get(), 1);
  return std::unique_ptr<Connection>(new Connection(std::move(db)));
}

Result<Stmt> Connection::Prepare(std::string_view sql) {
  std::unique_ptr<Slot>& slot = cache_[std::string(sql)];
  if (slot && !slot->in_use) {
    slot->in_use = true;
    return Stmt(slot->stmt.get(), db_.get(), &slot->in_use, nullptr);
  }
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()),
                              slot ? 0 : SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  StatementPtr stmt(raw);
  if (rc != SQLITE_OK) {
    if (!slot) cache_.erase(std::string(sql));
    return Error(sqlite3_extended_errcode(db_.get()), db_.get(), "prepare " + std::string(sql));
  }
  if (slot) return Stmt(raw, db_.get(), nullptr, std::move(stmt));  // nested use
  slot = std::make_unique<Slot>();
  slot->stmt = std::move(stmt);
  slot->in_use = true;
  return Stmt(slot->stmt.get(), db_.get(), &slot->in_use, nullptr);
}

Status Connection::Exec(const char* sql) {
  int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error(sqlite3_extended_errcode(db_.get()), db_.get(), sql);
  return Status::OK();
}

Result<int64_t> Connection::QueryInt(std::string_view sql) {
  Result<Stmt> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no row: " + std::string(sql));
  return stmt->Int(0);
}

}  // namespace newsdesk::sqlite
