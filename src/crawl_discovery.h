// Discovery for crawl runs: reads one source (a URL list, a feed, a sitemap or sitemap
// index; from disk for a local source, else over http(s) with a conditional GET), keeps
// the links that pass the source's include/exclude patterns and adds the new ones to the
// frontier, one transaction per document with its validators. A known link whose lastmod
// is after its last fetch is made due again (a re-fetch of its stored article). Workers
// sharing a database read each source once per interval between them. See
// include/newsdesk/crawl.h.
//
// Thread-safety: one Discover() at a time, on the thread that owns the Store; Stop() from
// any thread.
// Internal to the crawl stage.
#ifndef NEWSDESK_SRC_CRAWL_DISCOVERY_H_
#define NEWSDESK_SRC_CRAWL_DISCOVERY_H_

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "newsdesk/config.h"
#include "newsdesk/crawl.h"
#include "newsdesk/fetch.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "pipeline_robots.h"

namespace newsdesk::crawl_internal {

// One document of a source, as read.
struct SourceDocument {
  enum class State { kOk, kNotModified, kFailed } state = State::kFailed;
  std::string url;  // after redirects
  std::string body;
  std::string etag;
  std::string last_modified;
  std::string error;
};

// A link a document lists, with when the document says the page last changed (a sitemap
// <lastmod> or an Atom <updated>, as written; "" when it does not say).
struct DiscoveredLink {
  std::string url;
  std::string lastmod;
};

class SourceDiscovery {
 public:
  // `config`, `store` and `options` must outlive this object.
  SourceDiscovery(const PipelineConfig& config, Store& store, const CrawlOptions& options);
  SourceDiscovery(const SourceDiscovery&) = delete;
  SourceDiscovery& operator=(const SourceDiscovery&) = delete;

  // Reads `source` (and, for a sitemap index, its child sitemaps) and adds its new links
  // to the frontier. Problems are in the report (error, diagnostics), never a crash; stops
  // between documents once `stop` is set. With a shared frontier, only when this worker
  // claims the source (Store::ClaimSource); else the report says `elsewhere`.
  SourceReport Discover(const SourceConfig& source, const std::atomic<bool>& stop);

  // Aborts the document being read, if any, and every later read at once (a stopped crawl
  // reads its sources again next run: nothing of a document is kept before it is read
  // whole). Sticky. Thread-safe: called from a signal's thread while Discover() runs.
  void Stop();

 private:
  void Log(const std::string& line) const;
  // Whether another worker sharing the store reads `source` this interval.
  bool ClaimedElsewhere(const SourceConfig& source);
  SourceDocument Read(const SourceConfig& source, const std::string& url);
  std::vector<DiscoveredLink> ListLinks(const SourceConfig& source, const SourceDocument& doc,
                                        SourceReport* report);
  Status Record(const SourceConfig& source, const std::string& doc_url, const SourceDocument& doc,
                const std::vector<DiscoveredLink>& links, SourceReport* report);

  const PipelineConfig& config_;
  Store& store_;
  const CrawlOptions& options_;
  // robots.txt answers in the store's `robots` table, shared with the pipeline's fetches
  // (one request per origin per robots_cache_ttl, not one per document); null when
  // robots.txt is not obeyed or the fetch options bring their own cache.
  std::shared_ptr<internal::StoreRobotsCache> robots_;

  std::mutex mu_;
  Fetcher* reading_ = nullptr;  // the fetcher of the document being read; guarded by mu_
  bool stopped_ = false;        // guarded by mu_
};

}  // namespace newsdesk::crawl_internal

#endif  // NEWSDESK_SRC_CRAWL_DISCOVERY_H_
