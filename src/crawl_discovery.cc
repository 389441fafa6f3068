// Discovery for crawl runs: see crawl_discovery.h.
#include "crawl_discovery.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <optional>
#include <set>

#include "newsdesk/dates.h"
#include "newsdesk/document.h"
#include "newsdesk/feeds.h"
#include "newsdesk/fetch.h"
#include "newsdesk/url.h"

namespace newsdesk::crawl_internal {

namespace {

constexpr size_t kMaxDiagnosticsPerSource = 50;

SourceDocument ReadLocal(const std::string& url, int64_t cap) {
  SourceDocument d;
  d.url = url;
  std::optional<std::string> path = FileUrlToPath(url);
  if (!path) {
    d.error = "not a local file URL: " + url;
    return d;
  }
  std::ifstream in(*path, std::ios::binary);
  if (!in) {
    d.error = "cannot read " + *path + ": " + std::strerror(errno);
    return d;
  }
  std::string body;
  char buf[64 * 1024];
  while (in.read(buf, sizeof(buf)) || in.gcount() > 0) {
    body.append(buf, static_cast<size_t>(in.gcount()));
    if (static_cast<int64_t>(body.size()) > cap) {
      d.error = *path + ": larger than " + std::to_string(cap) + " bytes";
      return d;
    }
  }
  d.body = std::move(body);
  d.state = SourceDocument::State::kOk;
  return d;
}

// A lastmod as the store compares times: the UTC instant when it states a time and zone,
// else its date (which sorts before any time of that day: a page changed "on 2026-02-14"
// is not taken as changed after a fetch that day). "" when it cannot be read.
std::string ChangedAt(const std::string& lastmod) {
  if (lastmod.empty()) return "";
  Result<ParsedDate> d = ParseDate(lastmod);
  if (!d.ok()) return "";
  std::string utc = d->UtcDateTime();
  return utc.empty() ? d->IsoDate() : utc;
}

}  // namespace

SourceDiscovery::SourceDiscovery(const PipelineConfig& config, Store& store,
                                 const CrawlOptions& options)
    : config_(config), store_(store), options_(options) {
  if (config_.fetch.obey_robots && !config_.fetch.robots_cache) {
    robots_ = std::make_shared<internal::StoreRobotsCache>(config_.fetch.robots_cache_ttl,
                                                           /*shared=*/nullptr);
  }
}

void SourceDiscovery::Log(const std::string& line) const {
  if (options_.log) options_.log(line);
}

// Reads one document of `source`: from disk for a local source, else over http(s) with
// a conditional GET against the validators the store kept from the last read.
SourceDocument SourceDiscovery::Read(const SourceConfig& source, const std::string& url) {
  const int64_t cap = std::max<int64_t>(config_.fetch.max_body_bytes, 52'428'800);
  if (source.is_local() && UrlScheme(url) == "file") return ReadLocal(url, cap);
  SourceDocument d;
  d.url = url;
  std::string scheme = UrlScheme(url);
  if (scheme != "http" && scheme != "https") {
    d.error = "refused: " + url + " is not an http(s) URL";
    return d;
  }
  FetchRequest request;
  request.url = url;
  if (Result<std::optional<SourceState>> st = store_.GetSource(url); st.ok() && *st) {
    request.etag = (*st)->etag;
    request.last_modified = (*st)->last_modified;
  }
  FetchOptions fo = config_.fetch;
  fo.allow_file_urls = false;
  fo.max_body_bytes = cap;
  if (robots_) {
    // A store that cannot be read or written costs a robots.txt request, not the document.
    if (Status s = robots_->Preload(store_, {url}); !s.ok()) {
      Log("robots.txt cache: " + s.ToString());
    }
    fo.robots_cache = robots_;
  }
  FetchResponse r = FetchOne(request, fo, [this](Fetcher* fetcher) {
    std::lock_guard lock(mu_);
    if (fetcher != nullptr && stopped_) fetcher->Cancel();
    reading_ = fetcher;
  });
  if (robots_) {
    for (const RobotsEntry& row : robots_->TakePending()) {
      if (Status s = store_.PutRobots(row); !s.ok()) Log("robots.txt cache: " + s.ToString());
    }
  }
  d.url = r.final_url.empty() ? url : r.final_url;
  d.etag = r.etag;
  d.last_modified = r.last_modified;
  if (r.outcome == FetchOutcome::kOk) {
    d.body = std::move(r.body);
    d.state = SourceDocument::State::kOk;
  } else if (r.outcome == FetchOutcome::kNotModified) {
    d.state = SourceDocument::State::kNotModified;
  } else {
    d.error = std::string(FetchOutcomeName(r.outcome)) +
              (r.http_status ? " " + std::to_string(r.http_status) : "") +
              (r.error.empty() ? "" : ": " + r.error);
  }
  return d;
}

// Article links of one URL-list document, by the rules of url.h ParseUrlList. Only a
// local list may name files.
std::vector<DiscoveredLink> SourceDiscovery::ListLinks(const SourceConfig& source,
                                                       const SourceDocument& doc,
                                                       SourceReport* report) {
  UrlList list = ParseUrlList(doc.body, doc.url, {.allow_file = source.is_local()});
  report->list = source.is_local() ? source.path : doc.url;
  report->bad_lines = std::move(list.problems);
  std::vector<DiscoveredLink> links;
  links.reserve(list.urls.size());
  for (std::string& url : list.urls) links.push_back({std::move(url), ""});
  return links;
}

// Adds the links that pass the source's filter to the frontier and records the
// document's validators, in one transaction.
Status SourceDiscovery::Record(const SourceConfig& source, const std::string& doc_url,
                               const SourceDocument& doc, const std::vector<DiscoveredLink>& links,
                               SourceReport* report) {
  Store::Transaction txn(store_);
  const std::string now = IsoUtc(options_.now ? options_.now() : std::chrono::system_clock::now());
  for (const DiscoveredLink& link : links) {
    ++report->links;
    if (!source.filter.Accepts(link.url)) {
      ++report->filtered;
      continue;
    }
    Result<bool> added = store_.AddUrlIfNew(link.url, source.name);
    if (!added.ok()) return added.status();
    if (*added) {
      ++report->added;
      continue;
    }
    const std::string changed_at = ChangedAt(link.lastmod);
    if (changed_at.empty()) continue;
    // Due when it changed (so this run's due list, taken after discovery, has it), or now
    // for a lastmod in the future.
    Result<bool> due = store_.MarkChangedSince(link.url, changed_at, std::min(changed_at, now));
    if (!due.ok()) return due.status();
    if (*due) ++report->changed;
  }
  if (!source.is_local()) {
    SourceState st;
    st.url = doc_url;
    st.last_run_at = StoreTimestampNow();
    st.etag = doc.etag;
    st.last_modified = doc.last_modified;
    if (Status s = store_.PutSource(st); !s.ok()) return s;
  }
  return txn.Commit();
}

void SourceDiscovery::Stop() {
  std::lock_guard lock(mu_);
  stopped_ = true;
  if (reading_) reading_->Cancel();
}

bool SourceDiscovery::ClaimedElsewhere(const SourceConfig& source) {
  if (options_.shared.worker_id.empty()) return false;  // the only writer
  using std::chrono::milliseconds;
  const int64_t now_ms =
      std::chrono::duration_cast<milliseconds>(
          (options_.now ? options_.now() : std::chrono::system_clock::now()).time_since_epoch())
          .count();
  const int64_t interval_ms = std::chrono::duration_cast<milliseconds>(source.interval).count();
  Result<bool> claimed =
      store_.ClaimSource(source.url, options_.shared.worker_id, now_ms, now_ms + interval_ms);
  if (!claimed.ok()) {  // read it: another worker may too, which costs requests, not data
    Log("source '" + source.name + "': claim failed (" + claimed.status().ToString() +
        "); reading it");
    return false;
  }
  return !*claimed;
}

SourceReport SourceDiscovery::Discover(const SourceConfig& source, const std::atomic<bool>& stop) {
  SourceReport report;
  report.name = source.name;
  report.url = source.url;
  if (ClaimedElsewhere(source)) {
    report.elsewhere = true;
    Log(std::string(SourceKindName(source.kind)) + " '" + source.name +
        "': read by another worker within its interval");
    return report;
  }
  struct Pending {
    std::string url;
    int depth;
  };
  std::deque<Pending> queue{{source.url, 0}};
  // Documents read or queued this run: a sitemap index that lists itself, an ancestor or
  // one child twice gets each document read once.
  std::set<std::string> seen{source.url};
  int children = 0;
  while (!queue.empty() && !stop.load()) {
    Pending p = std::move(queue.front());
    queue.pop_front();
    SourceDocument doc = Read(source, p.url);
    if (doc.state == SourceDocument::State::kNotModified) {
      ++report.not_modified;
      continue;
    }
    if (doc.state == SourceDocument::State::kFailed && stop.load()) {
      // Aborted by Stop(): not a failure of the source, which the next run reads again.
      report.diagnostics.push_back(p.url + ": not read: the run was stopped");
      break;
    }
    if (doc.state == SourceDocument::State::kFailed) {
      if (!report.error.empty()) report.error += "; ";
      report.error += p.url + ": " + doc.error;
      continue;
    }
    ++report.documents;
    std::vector<DiscoveredLink> links;
    if (source.kind == SourceKind::kUrls) {
      if (Status text = CheckUrlListText(doc.body); !text.ok()) {  // as a feed that is not XML
        if (!report.error.empty()) report.error += "; ";
        report.error += p.url + ": " + std::string(text.message());
        continue;
      }
      links = ListLinks(source, doc, &report);
    } else {
      FeedParseOptions fpo;
      fpo.allow_file_links = source.is_local();
      Result<ParsedFeed> feed = ParseFeed(doc.body, doc.url, fpo);
      if (!feed.ok()) {
        if (!report.error.empty()) report.error += "; ";
        report.error += p.url + ": " + std::string(feed.status().message());
        continue;
      }
      for (std::string& d : feed->diagnostics) {
        if (report.diagnostics.size() < kMaxDiagnosticsPerSource) {
          report.diagnostics.push_back(p.url + ": " + d);
        }
      }
      for (FeedEntry& e : feed->entries) {
        if (!e.is_sitemap) {
          links.push_back({std::move(e.url), std::move(e.lastmod)});
        } else if (seen.count(e.url) > 0) {
          if (report.diagnostics.size() < kMaxDiagnosticsPerSource) {
            report.diagnostics.push_back(p.url + ": sitemap index lists " + e.url +
                                         " again (a loop or a repeat); read once");
          }
        } else if (p.depth + 1 >= options_.max_sitemap_depth) {
          report.diagnostics.push_back(p.url + ": sitemap index nested too deep: " + e.url);
        } else if (children >= options_.max_child_sitemaps) {
          if (children++ == options_.max_child_sitemaps) {
            report.diagnostics.push_back(p.url + ": more than " +
                                         std::to_string(options_.max_child_sitemaps) +
                                         " child sitemaps; the rest are skipped");
          }
        } else {
          ++children;
          seen.insert(e.url);
          queue.push_back({std::move(e.url), p.depth + 1});
        }
      }
    }
    if (Status s = Record(source, p.url, doc, links, &report); !s.ok()) {
      if (!report.error.empty()) report.error += "; ";
      report.error += "store: " + s.ToString();
      break;
    }
  }
  Log(std::string(SourceKindName(source.kind)) + " '" + source.name +
      "': " + std::to_string(report.documents) + " read, " + std::to_string(report.not_modified) +
      " unchanged, " + std::to_string(report.links) + " links, " + std::to_string(report.filtered) +
      " filtered, " + std::to_string(report.added) + " new, " + std::to_string(report.changed) +
      " changed since fetched" + (report.error.empty() ? "" : " (error: " + report.error + ")"));
  return report;
}

}  // namespace newsdesk::crawl_internal
