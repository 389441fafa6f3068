// Crawl runs: discovery of the sources (crawl_discovery.cc) into the frontier, then the
// Pipeline over the due URLs, recorded in the runs table (RunRecorder). The store lock and
// the daemon are in crawl_daemon.cc. See include/newsdesk/crawl.h.
#include "newsdesk/crawl.h"

#include <algorithm>
#include <mutex>

#include "crawl_discovery.h"

namespace newsdesk {

int CrawlReport::sources_failed() const {
  return static_cast<int>(std::count_if(sources.begin(), sources.end(),
                                        [](const SourceReport& s) { return !s.error.empty(); }));
}

int64_t CrawlReport::bad_lines() const {
  int64_t n = 0;
  for (const SourceReport& s : sources) n += static_cast<int64_t>(s.bad_lines.size());
  return n;
}

struct Crawler::Impl {
  Impl(const PipelineConfig& c, Store& s, CrawlOptions o)
      : config(c), store(s), options(std::move(o)) {}

  const PipelineConfig& config;
  Store& store;
  CrawlOptions options;
  std::mutex mu;
  Pipeline* pipeline = nullptr;  // the running one, guarded by mu

  std::chrono::system_clock::time_point Now() const {
    return options.now ? options.now() : std::chrono::system_clock::now();
  }

  crawl_internal::SourceDiscovery discovery{config, store, options};
};

Crawler::Crawler(const PipelineConfig& config, Store& store, CrawlOptions options)
    : impl_(std::make_unique<Impl>(config, store, std::move(options))) {}
Crawler::~Crawler() = default;

SourceReport Crawler::Discover(const SourceConfig& source) {
  return impl_->discovery.Discover(source, stop_);
}

void Crawler::Stop() {
  stop_ = true;
  impl_->discovery.Stop();
  std::lock_guard<std::mutex> lock(impl_->mu);
  if (impl_->pipeline) impl_->pipeline->Stop();
}

void Crawler::Cancel() {
  stop_ = true;
  cancel_ = true;
  impl_->discovery.Stop();
  std::lock_guard<std::mutex> lock(impl_->mu);
  if (impl_->pipeline) impl_->pipeline->Cancel();
}

Result<CrawlReport> Crawler::Run(const std::vector<size_t>& source_indexes) {
  Impl& im = *impl_;
  const PipelineConfig& config = im.config;
  CrawlReport report;
  Result<std::unique_ptr<RunRecorder>> recorder = RunRecorder::Begin(im.store, config.name);
  if (!recorder.ok()) return recorder.status();
  RunRecorder& run = **recorder;
  report.run_id = run.id();

  for (size_t i = 0; i < config.sources.size() && !stop_.load(); ++i) {
    if (!source_indexes.empty() &&
        std::find(source_indexes.begin(), source_indexes.end(), i) == source_indexes.end()) {
      continue;
    }
    report.sources.push_back(im.discovery.Discover(config.sources[i], stop_));
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
  po.recorder = &run;  // one run over every batch
  po.fetcher_factory = im.options.fetcher_factory;
  po.revisit_after = config.revisit_after;
  if (im.options.now) po.now = im.options.now;
  po.stop_grace = config.daemon.shutdown_grace;
  po.shared = im.options.shared;
  int64_t pending_total = 0;
  if (auto by_state = im.store.CountUrlsByState(); by_state.ok()) {
    for (const auto& [state, n] : *by_state) {
      if (state == "pending") pending_total = n;
    }
  }
  if (im.options.progress) {
    po.progress = [&](const PipelineProgress& p) {
      PipelineProgress all = run.summary().counts;  // the batches already done
      all += p;                                     // and this one
      all.total = std::max(all.total, pending_total);
      im.options.progress(all);
    };
  }
  Status fatal;
  // Due as of just before this run: a URL that fails for a passing reason during the run
  // gets a retry time after that, so a later batch of the same run does not fetch it
  // again (its retries within a run are the fetcher's attempts).
  const std::string due_before = IsoUtc(im.Now() - std::chrono::seconds(1));
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
    // A batch that settled nothing would come back identical: do not spin.
    if (batch->counts.done - batch->counts.already_done - batch->counts.elsewhere <= 0) break;
  }
  report.run = run.summary();
  report.run.interrupted = report.run.interrupted || stop_.load();

  int64_t links = 0, added = 0, changed = 0, documents = 0, unchanged_docs = 0, elsewhere = 0;
  for (const SourceReport& s : report.sources) {
    elsewhere += s.elsewhere ? 1 : 0;
    links += s.links;
    added += s.added;
    changed += s.changed;
    documents += s.documents;
    unchanged_docs += s.not_modified;
  }
  run.AddCount("sources", static_cast<int64_t>(report.sources.size()));
  run.AddCount("sources_failed", report.sources_failed());
  run.AddCount("sources_elsewhere", elsewhere);
  run.AddCount("documents", documents);
  run.AddCount("documents_unchanged", unchanged_docs);
  run.AddCount("links", links);
  run.AddCount("new_urls", added);
  run.AddCount("changed_urls", changed);
  run.AddErrors("source", report.sources_failed());
  run.AddErrors("bad_line", report.bad_lines());  // as an import's bad lines
  if (Status s = run.Finish(fatal, report.run.interrupted,
                            report.sources_failed() > 0 || report.bad_lines() > 0);
      !s.ok()) {
    return s;
  }
  return report;
}

}  // namespace newsdesk
