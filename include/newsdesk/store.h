// Store: the SQLite database every run writes and analysis tools read (WAL mode, schema
// migrations applied in order on open, prepared statements only). No SQLite type here.
//
// Thread-safety: a Store is one connection; use it from one thread at a time (the
// pipeline's writer thread). Readers in other processes see committed data (WAL).
#ifndef NEWSDESK_STORE_H_
#define NEWSDESK_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

struct Article {
  int64_t id = 0;             // assigned by the store
  std::string url;            // as fetched (first seen)
  std::string canonical_url;
  std::string title;
  std::string title_language;
  std::string byline;
  std::string site;
  std::string language;
  std::string script;
  std::string published;      // ISO 8601 date or date-time, "" if unknown
  std::string published_raw;  // as written on the page
  std::string calendar;       // calendar of published_raw: "gregorian", "hebrew", ...
  std::string modified;
  std::string image;
  std::string text;
  std::string fetched_at;     // ISO 8601 UTC
  std::string content_hash;   // hex hash of the text's match key
  int64_t story_id = 0;
  int64_t duplicate_of = 0;   // near-duplicate of this article id; 0 if original
};

// A URL's state in the frontier. Every URL ends in exactly one final state.
enum class UrlState { kPending, kFetched, kUnchanged, kFailed, kSkipped, kDuplicate };
std::string_view UrlStateName(UrlState s);  // "pending", "fetched", ...

struct FrontierEntry {
  std::string url;
  UrlState state = UrlState::kPending;
  int http_status = 0;
  std::string error;          // reason for failed/skipped
  int attempts = 0;
  std::string next_attempt_at;  // ISO 8601; "" = now
  std::string etag;
  std::string last_modified;
  std::string source;         // where the URL came from (list file, feed URL)
  int64_t article_id = 0;     // the article stored for it, if any
};

class Store {
 public:
  // Opens (creating if needed) the database at `path` (":memory:" for tests), enables WAL,
  // and applies pending migrations in one transaction each.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  virtual int SchemaVersion() = 0;

  // Batched writes: everything between Begin() and Commit() is one transaction; a
  // Transaction object that is destroyed uncommitted rolls back.
  class Transaction {
   public:
    explicit Transaction(Store& store);
    ~Transaction();  // rolls back unless Commit() succeeded
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status Commit();

   private:
    Store& store_;
    bool active_ = false;
  };

  // Articles. InsertArticle assigns and returns the id.
  virtual Result<int64_t> InsertArticle(const Article& article) = 0;
  virtual Result<std::optional<Article>> FindByCanonicalUrl(const std::string& url) = 0;
  virtual Result<std::optional<Article>> FindByContentHash(const std::string& hash) = 0;
  // Records `url` as another address of article `id`.
  virtual Status AddAlias(const std::string& url, int64_t id) = 0;
  // Calls `fn` for every article in id order; stops early when it returns false.
  virtual Status ForEachArticle(const std::function<bool(const Article&)>& fn) = 0;

  // Frontier.
  virtual Status UpsertUrl(const FrontierEntry& entry) = 0;
  virtual Result<std::optional<FrontierEntry>> GetUrl(const std::string& url) = 0;

 protected:
  Store() = default;
  virtual Status BeginTransaction() = 0;
  virtual Status CommitTransaction() = 0;
  virtual void RollbackTransaction() = 0;
};

}  // namespace newsdesk

#endif  // NEWSDESK_STORE_H_
