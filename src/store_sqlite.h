// The SQLite backend of the store (store_db.h): the embedded default. Not a public header.
//
// Ownership: a connection owns its sqlite3 handle (closed last, after every cached
// statement is finalized). Thread-compatible: one thread at a time per connection.
#ifndef NEWSDESK_STORE_SQLITE_H_
#define NEWSDESK_STORE_SQLITE_H_

#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "store_db.h"

struct sqlite3;

namespace newsdesk::sqlite {

// The one place SQLite result codes become Status. Keeps the extended code, its name and
// sqlite3_errmsg(db) (when db is non-null) in the message, prefixed by `context`.
// Constraint violations on UNIQUE/PRIMARY KEY map to AlreadyExists, other constraints to
// InvalidArgument, BUSY/LOCKED to FailedPrecondition, CORRUPT/NOTADB to Corruption,
// I/O-ish codes to IOError, NOMEM to ResourceExhausted, the rest to Internal.
Status Error(int rc, sqlite3* db, std::string_view context);

// Opens the database file at `path` (":memory:" or "" for a private in-memory one) as
// `options` say: NotFound when it is missing and may not be created; WAL mode unless in
// memory or read-only; foreign keys on.
Result<std::unique_ptr<db::Connection>> Open(const std::string& path, const StoreOptions& options);

// Plain words -> an FTS5 query: every word a quoted term (so punctuation cannot be
// syntax), a trailing * kept as a prefix marker, OR/AND/NOT between two terms kept.
std::string PlainWordsToFts5(std::string_view query);

}  // namespace newsdesk::sqlite

#endif  // NEWSDESK_STORE_SQLITE_H_
