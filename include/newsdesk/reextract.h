// Re-extraction: runs the archived HTTP responses of stored articles (the WARC record each
// article keeps, Store::GetArticleArchive) through the current document assembly, and
// updates the articles whose text or metadata changed. Nothing is fetched.
//
// What is updated: title, title_language, byline, site, language, script, published,
// published_raw, calendar, modified, image, text and content_hash. The URL, canonical URL,
// fetched_at, story and near-duplicate links are kept: stories are not regrouped (a later
// run's story index sees the new texts).
//
// Thread-safety: uses `store` from the calling thread only; one call at a time per store.
#ifndef NEWSDESK_REEXTRACT_H_
#define NEWSDESK_REEXTRACT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk {

struct ReextractReport {
  int64_t examined = 0;               // articles with an archived response
  int64_t changed = 0;                // updated
  int64_t unchanged = 0;              // same text and metadata
  int64_t not_article = 0;            // now classified as not an article: left as stored
  int64_t failed = 0;                 // record missing or unreadable, or assembly failed
  int64_t not_archived = 0;           // articles without an archived response (skipped)
  std::vector<std::string> failures;  // "article 12: ...", at most 100
};

struct ReextractOptions {
  // Only articles fetched at or after this ISO 8601 date or date-time ("" = all).
  std::string since;
  int batch = 200;  // articles per transaction
  // Called after each batch with the counts so far (may be null).
  std::function<void(const ReextractReport&)> progress;
};

// Re-extracts as described above. A non-OK Result means the store failed; per-article
// problems are counted in the report.
Result<ReextractReport> Reextract(Store& store, const ReextractOptions& options);

}  // namespace newsdesk

#endif  // NEWSDESK_REEXTRACT_H_
