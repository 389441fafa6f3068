// Crawl runs and the daemon: discovery (feeds, sitemaps, URL lists) into the frontier,
// then the Pipeline over the due URLs. See include/newsdesk/crawl.h.
#include "newsdesk/crawl.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "ascii.h"
#include "newsdesk/feeds.h"
#include "newsdesk/url.h"

namespace newsdesk {

namespace {

constexpr size_t kMaxDiagnosticsPerSource = 50;

// One document of a source, as read.
struct SourceDocument {
  enum class State { kOk, kNotModified, kFailed } state = State::kFailed;
  std::string url;  // after redirects
  std::string body;
  std::string etag;
  std::string last_modified;
  std::string error;
};

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

// "http 404" -> "http_404"; "network: Could not resolve host" -> "network".
std::string ErrorKind(const std::string& reason) {
  std::string kind(TrimAscii(std::string_view(reason).substr(0, reason.find(':'))));
  if (kind.empty()) kind = "other";
  if (kind.size() > 40) kind = kind.substr(0, 40);
  for (char& c : kind) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return AsciiLower(kind);
}

void AddCounts(const PipelineProgress& from, PipelineProgress* to) {
  to->total += from.total;
  to->done += from.done;
  to->fetched += from.fetched;
  to->stored += from.stored;
  to->duplicates += from.duplicates;
  to->near_duplicates += from.near_duplicates;
  to->unchanged += from.unchanged;
  to->failed += from.failed;
  to->skipped += from.skipped;
  to->already_done += from.already_done;
  to->elapsed += from.elapsed;
}

}  // namespace

int CrawlReport::sources_failed() const {
  return static_cast<int>(std::count_if(sources.begin(), sources.end(),
                                        [](const SourceReport& s) { return !s.error.empty(); }));
}

struct Crawler::Impl {
  Impl(const PipelineConfig& c, Store& s, CrawlOptions o)
      : config(c), store(s), options(std::move(o)) {}

  const PipelineConfig& config;
  Store& store;
  CrawlOptions options;
  std::mutex mu;
  Pipeline* pipeline = nullptr;  // the running one, guarded by mu

  void Log(const std::string& line) const {
    if (options.log) options.log(line);
  }

  // Reads one document of `source`: from disk for a local source, else over http(s) with
  // a conditional GET against the validators the store kept from the last read.
  SourceDocument Read(const SourceConfig& source, const std::string& url) {
    const int64_t cap = std::max<int64_t>(config.fetch.max_body_bytes, 52'428'800);
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
    if (Result<std::optional<SourceState>> st = store.GetSource(url); st.ok() && *st) {
      request.etag = (*st)->etag;
      request.last_modified = (*st)->last_modified;
    }
    FetchOptions fo = config.fetch;
    fo.allow_file_urls = false;
    fo.max_body_bytes = cap;
    FetchResponse r = FetchOne(request, fo);
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
  std::vector<std::string> ListLinks(const SourceConfig& source, const SourceDocument& doc,
                                     SourceReport* report) {
    UrlList list = ParseUrlList(doc.body, doc.url, {.allow_file = source.is_local()});
    for (const UrlListProblem& problem : list.problems) {
      if (report->diagnostics.size() >= kMaxDiagnosticsPerSource) break;
      report->diagnostics.push_back(problem.ToString());
    }
    return std::move(list.urls);
  }

  // Adds the links that pass the source's filter to the frontier and records the
  // document's validators, in one transaction.
  Status Record(const SourceConfig& source, const std::string& doc_url, const SourceDocument& doc,
                const std::vector<std::string>& links, SourceReport* report) {
    Store::Transaction txn(store);
    for (const std::string& link : links) {
      ++report->links;
      if (!source.filter.Accepts(link)) {
        ++report->filtered;
        continue;
      }
      Result<bool> added = store.AddUrlIfNew(link, source.name);
      if (!added.ok()) return added.status();
      if (*added) ++report->added;
    }
    if (!source.is_local()) {
      SourceState st;
      st.url = doc_url;
      st.last_run_at = StoreTimestampNow();
      st.etag = doc.etag;
      st.last_modified = doc.last_modified;
      if (Status s = store.PutSource(st); !s.ok()) return s;
    }
    return txn.Commit();
  }

  SourceReport Discover(const SourceConfig& source, const std::atomic<bool>& stop) {
    SourceReport report;
    report.name = source.name;
    report.url = source.url;
    struct Pending {
      std::string url;
      int depth;
    };
    std::deque<Pending> queue{{source.url, 0}};
    int children = 0;
    while (!queue.empty() && !stop.load()) {
      Pending p = std::move(queue.front());
      queue.pop_front();
      SourceDocument doc = Read(source, p.url);
      if (doc.state == SourceDocument::State::kNotModified) {
        ++report.not_modified;
        continue;
      }
      if (doc.state == SourceDocument::State::kFailed) {
        if (!report.error.empty()) report.error += "; ";
        report.error += p.url + ": " + doc.error;
        continue;
      }
      ++report.documents;
      std::vector<std::string> links;
      if (source.kind == SourceKind::kUrls) {
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
            links.push_back(std::move(e.url));
          } else if (p.depth + 1 >= options.max_sitemap_depth) {
            report.diagnostics.push_back(p.url + ": sitemap index nested too deep: " + e.url);
          } else if (children >= options.max_child_sitemaps) {
            if (children++ == options.max_child_sitemaps) {
              report.diagnostics.push_back(p.url + ": more than " +
                                           std::to_string(options.max_child_sitemaps) +
                                           " child sitemaps; the rest are skipped");
            }
          } else {
            ++children;
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
        " unchanged, " + std::to_string(report.links) + " links, " +
        std::to_string(report.filtered) + " filtered, " + std::to_string(report.added) + " new" +
        (report.error.empty() ? "" : " (error: " + report.error + ")"));
    return report;
  }
};

Crawler::Crawler(const PipelineConfig& config, Store& store, CrawlOptions options)
    : impl_(std::make_unique<Impl>(config, store, std::move(options))) {}
Crawler::~Crawler() = default;

SourceReport Crawler::Discover(const SourceConfig& source) {
  return impl_->Discover(source, stop_);
}

void Crawler::Stop() {
  stop_ = true;
  std::lock_guard<std::mutex> lock(impl_->mu);
  if (impl_->pipeline) impl_->pipeline->Stop();
}

void Crawler::Cancel() {
  stop_ = true;
  cancel_ = true;
  std::lock_guard<std::mutex> lock(impl_->mu);
  if (impl_->pipeline) impl_->pipeline->Cancel();
}

Result<CrawlReport> Crawler::Run(const std::vector<size_t>& source_indexes) {
  Impl& im = *impl_;
  const PipelineConfig& config = im.config;
  CrawlReport report;
  Result<int64_t> run_id = im.store.BeginRun(config.name);
  if (!run_id.ok()) return run_id.status();
  report.run_id = *run_id;

  for (size_t i = 0; i < config.sources.size() && !stop_.load(); ++i) {
    if (!source_indexes.empty() &&
        std::find(source_indexes.begin(), source_indexes.end(), i) == source_indexes.end()) {
      continue;
    }
    report.sources.push_back(im.Discover(config.sources[i], stop_));
  }

  // The due URLs of the frontier, a batch at a time, through the pipeline.
  PipelineOptions po;
  po.fetch = config.fetch;
  po.fetch.allow_file_urls = std::any_of(config.sources.begin(), config.sources.end(),
                                         [](const SourceConfig& s) { return s.is_local(); });
  po.stories = config.stories;
  po.workers = im.options.workers;
  po.warc = im.options.warc;
  po.source = config.name;
  po.run_name = "";  // this run is recorded here, as one run over every batch
  po.fetcher_factory = im.options.fetcher_factory;
  po.stop_grace = config.daemon.shutdown_grace;
  PipelineProgress before;  // counts of the batches already done
  int64_t pending_total = 0;
  if (auto by_state = im.store.CountUrlsByState(); by_state.ok()) {
    for (const auto& [state, n] : *by_state) {
      if (state == "pending") pending_total = n;
    }
  }
  if (im.options.progress) {
    po.progress = [&](const PipelineProgress& p) {
      PipelineProgress all = before;
      AddCounts(p, &all);
      all.total = std::max(all.total, pending_total);
      im.options.progress(all);
    };
  }
  Status fatal;
  // Due as of just before this run: a URL that fails for a passing reason during the run
  // gets a retry time after that, so a later batch of the same run does not fetch it
  // again (its retries within a run are the fetcher's attempts).
  const std::string due_before = IsoUtc(std::chrono::system_clock::now() - std::chrono::seconds(1));
  while (!stop_.load()) {
    Result<std::vector<FrontierEntry>> due =
        im.store.ListDueUrls(due_before, im.options.batch_size);
    if (!due.ok()) {
      fatal = due.status();
      break;
    }
    if (due->empty()) break;
    std::vector<std::string> urls;
    urls.reserve(due->size());
    for (FrontierEntry& e : *due) urls.push_back(std::move(e.url));
    Result<RunSummary> batch = [&]() -> Result<RunSummary> {
      Pipeline pipeline(im.store, po);
      {
        std::lock_guard<std::mutex> lock(im.mu);
        im.pipeline = &pipeline;
      }
      if (stop_.load()) pipeline.Stop();
      if (cancel_.load()) pipeline.Cancel();
      Result<RunSummary> r = pipeline.Ingest(urls);
      std::lock_guard<std::mutex> lock(im.mu);
      im.pipeline = nullptr;
      return r;
    }();
    if (!batch.ok()) {
      fatal = batch.status();
      break;
    }
    AddCounts(batch->counts, &before);
    AddCounts(batch->counts, &report.run.counts);
    for (UrlFailure& f : batch->failures) report.run.failures.push_back(std::move(f));
    for (UrlFailure& f : batch->skips) report.run.skips.push_back(std::move(f));
    report.run.interrupted = report.run.interrupted || batch->interrupted;
    // A batch that settled nothing would come back identical: do not spin.
    if (batch->counts.done - batch->counts.already_done <= 0) break;
  }
  report.run.interrupted = report.run.interrupted || stop_.load();

  const PipelineProgress& c = report.run.counts;
  int64_t links = 0, added = 0, documents = 0, unchanged_docs = 0;
  for (const SourceReport& s : report.sources) {
    links += s.links;
    added += s.added;
    documents += s.documents;
    unchanged_docs += s.not_modified;
  }
  std::vector<std::pair<std::string, int64_t>> counts = {
      {"sources", static_cast<int64_t>(report.sources.size())},
      {"sources_failed", report.sources_failed()},
      {"documents", documents},
      {"documents_unchanged", unchanged_docs},
      {"links", links},
      {"new_urls", added},
      {"urls", c.total},
      {"fetched", c.fetched},
      {"stored", c.stored},
      {"duplicates", c.duplicates},
      {"near_duplicates", c.near_duplicates},
      {"unchanged", c.unchanged},
      {"failed", c.failed},
      {"skipped", c.skipped},
  };
  std::map<std::string, int64_t> kinds;
  for (const UrlFailure& f : report.run.failures) ++kinds[ErrorKind(f.reason)];
  if (report.sources_failed() > 0) kinds["source"] += report.sources_failed();
  std::vector<std::pair<std::string, int64_t>> errors(kinds.begin(), kinds.end());
  std::string status = !fatal.ok()              ? "error"
                       : report.run.interrupted ? "interrupted"
                       : report.ok()            ? "ok"
                                                : "failed";
  Status finish = im.store.FinishRun(report.run_id, status, counts, errors);
  if (!fatal.ok()) return fatal;
  if (!finish.ok()) return finish;
  return report;
}

// ---------------------------------------------------------------------------------------

Result<std::unique_ptr<StoreLock>> StoreLock::Acquire(const std::string& lock_path,
                                                      const std::string& store_path) {
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IOError("cannot open lock file " + lock_path + ": " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    char buf[32] = {};
    ssize_t n = ::pread(fd, buf, sizeof(buf) - 1, 0);
    ::close(fd);
    if (err != EWOULDBLOCK) {
      return Status::IOError("cannot lock " + lock_path + ": " + std::strerror(err));
    }
    std::string pid =
        n > 0 ? std::string(TrimAscii(std::string_view(buf, static_cast<size_t>(n)))) : "?";
    return Status::FailedPrecondition("another newsdesk (pid " + pid + ") is already using " +
                                      store_path + " (lock file " + lock_path +
                                      "); stop it first, or use another store");
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The lock is what matters; the pid is only for the message.
  }
  return std::unique_ptr<StoreLock>(new StoreLock(fd));
}

StoreLock::~StoreLock() {
  ::flock(fd_, LOCK_UN);
  ::close(fd_);
}

Result<CrawlReport> RunStoppingOnSignals(Crawler& crawler,
                                         const std::function<void(int)>& on_signal,
                                         const std::vector<size_t>& source_indexes) {
  namespace asio = boost::asio;
  asio::io_context io;
  asio::signal_set signals(io, SIGINT, SIGTERM);
  int received = 0;
  std::function<void()> wait = [&] {
    signals.async_wait([&](const boost::system::error_code& ec, int) {
      if (ec) return;
      ++received;
      if (on_signal) on_signal(received);
      if (received == 1) {
        crawler.Stop();
      } else {
        crawler.Cancel();
      }
      wait();
    });
  };
  wait();
  std::optional<Result<CrawlReport>> result;
  std::thread worker([&] {
    Result<CrawlReport> r = crawler.Run(source_indexes);
    asio::post(io, [&, r = std::move(r)]() mutable {
      result.emplace(std::move(r));
      signals.cancel();
    });
  });
  io.run();
  worker.join();
  return std::move(*result);
}

// ---------------------------------------------------------------------------------------

Status RunDaemon(const PipelineConfig& config, Store& store, const DaemonOptions& options) {
  namespace asio = boost::asio;
  using Clock = std::chrono::steady_clock;
  asio::io_context io;
  Crawler crawler(config, store, options.crawl);
  const size_t n = config.sources.size();
  std::vector<std::unique_ptr<asio::steady_timer>> timers;
  for (size_t i = 0; i < n; ++i) timers.push_back(std::make_unique<asio::steady_timer>(io));
  std::vector<bool> due(n, true);  // everything runs at start
  asio::signal_set signals(io, SIGINT, SIGTERM);
  std::thread worker;
  bool running = false;
  bool stopping = false;
  int runs = 0;
  Status fatal;

  auto shutdown = [&] {
    stopping = true;
    for (auto& t : timers) t->cancel();
    if (!running) signals.cancel();
  };

  std::function<void()> start_if_due;
  auto arm = [&](size_t i, Clock::time_point at) {
    timers[i]->expires_at(at);
    timers[i]->async_wait([&, i](const boost::system::error_code& ec) {
      if (ec || stopping) return;
      due[i] = true;
      start_if_due();
    });
  };

  start_if_due = [&] {
    if (running || stopping) return;
    std::vector<size_t> batch;
    for (size_t i = 0; i < n; ++i) {
      if (due[i]) batch.push_back(i), due[i] = false;
    }
    if (batch.empty()) return;
    running = true;
    const Clock::time_point started = Clock::now();
    worker = std::thread([&, batch, started] {
      Result<CrawlReport> r = crawler.Run(batch);
      asio::post(io, [&, batch, started, r = std::move(r)]() mutable {
        worker.join();
        running = false;
        if (!r.ok()) {
          fatal = r.status();
          shutdown();
          return;
        }
        if (options.on_run) options.on_run(*r);
        ++runs;
        if (options.max_runs > 0 && runs >= options.max_runs) {
          shutdown();
          return;
        }
        if (stopping) {
          shutdown();
          return;
        }
        for (size_t i : batch) arm(i, started + config.sources[i].interval);
        start_if_due();
      });
    });
  };

  std::function<void()> arm_signals = [&] {
    signals.async_wait([&](const boost::system::error_code& ec, int) {
      if (ec) return;
      if (!stopping) {
        shutdown();
        crawler.Stop();  // the pipeline aborts what outlives shutdown_grace
      } else {
        crawler.Cancel();
      }
      if (running) arm_signals();
    });
  };
  arm_signals();
  asio::post(io, [&] { start_if_due(); });
  io.run();
  if (worker.joinable()) worker.join();
  return fatal;
}

}  // namespace newsdesk
