// The PostgreSQL backend of the store (store_db.h), over libpq: chosen by a
// postgresql:// URI wherever a store location is accepted. Not a public header.
//
// What differs from SQLite (docs/scale.md): the database must exist (Open never creates
// one); the schema version is a row of table newsdesk_schema, and migrations hold an
// advisory lock; full-text search is a tsvector of the project's match keys (normalize.h
// MatchKey + Words, so Hebrew, Arabic and CJK words are lexemes) under the `simple`
// configuration; a failed statement inside a transaction aborts it, so writes that expect
// a conflict use ON CONFLICT instead of failing; result sets are read whole.
//
// Ownership: a connection owns its PGconn and its prepared statements live as long as
// it. Thread-compatible: one thread at a time per connection.
#ifndef NEWSDESK_STORE_POSTGRES_H_
#define NEWSDESK_STORE_POSTGRES_H_

#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "store_db.h"

namespace newsdesk::postgres {

// Connects to the database at `uri` (libpq connection URI). Unavailable when the server
// cannot be reached or refuses; a read-only store's transactions are read-only.
// `options.busy_timeout_ms` bounds lock waits (lock_timeout); create_if_missing does not
// apply (the database must exist; the schema is created in it).
Result<std::unique_ptr<db::Connection>> Open(const std::string& uri, const StoreOptions& options);

// Plain words (Store::Search reads them) -> a to_tsquery() text over match-key lexemes:
// a word's match-key words form a phrase (a <-> b), a trailing * makes the last a prefix
// (:*), words are ANDed, OR/AND/NOT between two words are kept (| & !). "" when nothing
// searchable is left.
std::string PlainWordsToTsquery(std::string_view query);

}  // namespace newsdesk::postgres

#endif  // NEWSDESK_STORE_POSTGRES_H_
