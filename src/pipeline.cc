#include "newsdesk/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <utility>

#include "newsdesk/warc.h"
#include "pipeline_leases.h"
#include "pipeline_queue.h"
#include "pipeline_robots.h"
#include "pipeline_writer.h"
#include "thread_cpu.h"

namespace newsdesk {

using internal::BoundedQueue;
using internal::CanonicalKey;
using internal::TokenPool;
using internal::WriteItem;
using Clock = std::chrono::steady_clock;

namespace {

// Input of a CPU worker: a fetch response or a document to import.
struct WorkItem {
  uint64_t seq = 0;
  FetchResponse fetch;
  std::optional<ImportInput> import;
  std::chrono::system_clock::time_point fetched_at;
  std::string warc_file;  // an archived page's record, or "" (set by Archive for fetches)
  int64_t warc_offset = -1;
  bool archived = false;  // an archived page (ImportPages), not a live fetch
};

// Writes the item's HTTP exchanges to `warc` (null: none); the item then points at its
// final response's record when that is the response it was fetched with.
void Archive(WarcWriter* warc, WorkItem& in, WriteItem& out) {
  if (warc == nullptr || in.fetch.exchanges.empty()) return;
  Result<WarcLocation> last = Status::NotFound("none");
  for (const HttpExchange& x : in.fetch.exchanges) {
    last = warc->WriteExchange(x);
    if (!last.ok()) {
      out.archive_error = last.status().ToString();
      return;
    }
  }
  if (in.fetch.outcome == FetchOutcome::kOk &&
      in.fetch.exchanges.back().url == in.fetch.final_url) {
    in.warc_file = last->file;
    in.warc_offset = last->offset;
  }
  in.fetch.exchanges.clear();
}

WriteItem Assemble(WorkItem&& in, AssemblyTimes& times, WarcWriter* warc) {
  WriteItem out;
  out.seq = in.seq;
  out.fetched_at = IsoUtc(in.fetched_at);
  out.archived = in.archived;
  try {
    Archive(warc, in, out);
    out.warc_file = std::move(in.warc_file);
    out.warc_offset = in.warc_offset;
    if (in.import) {
      out.url = in.import->url;
      out.line = in.import->line;
      out.from_fetch = false;
      Result<Document> doc = AssembleImport(*in.import);
      if (doc.ok()) {
        out.doc = *std::move(doc);
      } else {
        out.error = std::string(doc.status().message());
      }
      return out;
    }
    out.url = in.fetch.url;
    if (in.fetch.outcome == FetchOutcome::kOk) {
      PageInput page;
      page.url = in.fetch.url;
      page.final_url = in.fetch.final_url;
      page.body = in.fetch.body;
      page.content_type = in.fetch.content_type;
      page.content_language = in.fetch.content_language;
      page.fetched_at = in.fetched_at;
      Result<Document> doc = AssemblePage(page, &times);
      if (doc.ok()) {
        out.doc = *std::move(doc);
      } else {
        out.error = "extract: " + std::string(doc.status().message());
      }
    }
  } catch (const std::exception& e) {
    out.doc.reset();
    out.error = std::string("internal: ") + e.what();
  } catch (...) {
    out.doc.reset();
    out.error = "internal: unknown exception";
  }
  in.fetch.body.clear();
  in.fetch.body.shrink_to_fit();
  out.fetch = std::move(in.fetch);
  return out;
}

// The documents of an import in the order of PipelineOptions::import_sort_batch: up to
// `batch` read ahead, sorted (ties salted by `tie_salt`), handed out; batch 0 passes them
// through.
class CanonicalOrder {
 public:
  CanonicalOrder(size_t batch, uint64_t tie_salt) : batch_(batch), tie_salt_(tie_salt) {}

  // The next document into `doc`, reading from `next` (false = end) when the batch is
  // used up; false at the end.
  template <typename Source>
  bool Next(const Source& next, ImportInput& doc) {
    if (batch_ == 0) return next(doc);
    if (pos_ == docs_.size()) Fill(next);
    if (pos_ == docs_.size()) return false;
    doc = std::move(docs_[pos_++].doc);
    return true;
  }

 private:
  struct Keyed {
    CanonicalKey key;
    ImportInput doc;
  };

  template <typename Source>
  void Fill(const Source& next) {
    docs_.clear();
    pos_ = 0;
    for (ImportInput doc; docs_.size() < batch_ && next(doc); doc = ImportInput()) {
      // The date the document will be stored with (its dates are read as it comes in).
      std::optional<int64_t> when;
      if (doc.dates && doc.dates->published) when = doc.dates->published->UnixSeconds();
      CanonicalKey key(when, doc.title, doc.text, tie_salt_);
      docs_.push_back({key, std::move(doc)});
    }
    // Stable: copies of one text keep their order (the first line stays the original).
    std::stable_sort(docs_.begin(), docs_.end(),
                     [](const Keyed& x, const Keyed& y) { return x.key < y.key; });
  }

  size_t batch_;
  uint64_t tie_salt_;
  std::vector<Keyed> docs_;
  size_t pos_ = 0;
};

int WorkerCount(int requested) {
  if (requested > 0) return requested;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 2 : static_cast<int>(hw);
}

}  // namespace

// The state of one Ingest()/Import() call, shared by its threads.
struct Pipeline::Run {
  Run(size_t capacity, int tokens) : work(capacity), write(capacity), in_flight(tokens) {}
  BoundedQueue<WorkItem> work;
  BoundedQueue<WriteItem> write;
  TokenPool in_flight;               // released by the writer for each item it finishes
  std::unique_ptr<Fetcher> fetcher;  // null for imports
  WarcWriter* warc = nullptr;        // archives fetched exchanges (workers write)
  std::mutex stats_mu;               // guards the fields below
  std::chrono::nanoseconds fetcher_cpu{0};
  std::chrono::nanoseconds worker_wait{0};
  AssemblyTimes assembly;

  // Adds the threads' figures to the writer's.
  void AddStats(PipelineStats& stats) {
    std::lock_guard lock(stats_mu);
    stats.fetcher_cpu += fetcher_cpu;
    stats.worker_wait += worker_wait;
    stats.decode_cpu += assembly.decode;
    stats.extract_cpu += assembly.extract;
    stats.finish_cpu += assembly.finish;
  }

  // Stop(): the fetcher drops what is unsent at once and its transfers on the wire get
  // `grace`; AwaitFetcher() aborts them after that. Idempotent; any thread.
  void RequestStop(std::chrono::milliseconds grace) {
    in_flight.Cancel();
    if (!fetcher) return;
    fetcher->Stop();
    std::lock_guard lock(fetch_mu);
    if (!stop_deadline) stop_deadline = Clock::now() + grace;
    fetch_cv.notify_all();
  }
  // Called by the fetcher's thread when its Run() has returned.
  void FetcherDone() {
    std::lock_guard lock(fetch_mu);
    fetcher_done = true;
    fetch_cv.notify_all();
  }
  // Waits until the fetcher is done; once a stop's grace has passed, calls `overdue`
  // (which must make it finish) and returns.
  void AwaitFetcher(const std::function<void()>& overdue) {
    std::unique_lock lock(fetch_mu);
    while (!fetcher_done) {
      if (!stop_deadline) {
        fetch_cv.wait(lock);
      } else if (!fetch_cv.wait_until(lock, *stop_deadline, [&] { return fetcher_done; })) {
        lock.unlock();
        overdue();
        return;
      }
    }
  }

  std::mutex fetch_mu;  // guards the fields below
  std::condition_variable fetch_cv;
  bool fetcher_done = false;
  std::optional<Clock::time_point> stop_deadline;
};

Pipeline::Pipeline(Store& store, PipelineOptions options)
    : store_(store), options_(std::move(options)) {}

Pipeline::~Pipeline() = default;

void Pipeline::Stop() {
  stop_ = true;
  std::lock_guard lock(run_mu_);
  if (Run* run = run_.load()) run->RequestStop(options_.stop_grace);
}

void Pipeline::Cancel() {
  cancel_ = true;
  Stop();
  std::lock_guard lock(run_mu_);
  if (Run* run = run_.load(); run && run->fetcher) run->fetcher->Cancel();
}

namespace {

// Starts `n` workers that turn WorkItems into WriteItems until `run.work` is closed and
// empty; each adds its wait and step times to `run` when it ends.
// (A template: Pipeline::Run is private.)
template <typename RunState>
std::vector<std::thread> StartWorkers(int n, RunState& run) {
  std::vector<std::thread> workers;
  workers.reserve(n);
  for (int i = 0; i < n; ++i) {
    workers.emplace_back([&run] {
      AssemblyTimes times;
      std::chrono::nanoseconds wait{0};
      // Assemble() turns a page's exceptions into its failure; what is left (allocation
      // failure while queueing) drops the item, whose URL stays pending.
      for (;;) {
        try {
          const auto idle = Clock::now();
          std::optional<WorkItem> item = run.work.Pop();
          wait += Clock::now() - idle;
          if (!item) break;
          run.write.Push(Assemble(std::move(*item), times, run.warc));
        } catch (...) {
        }
      }
      std::lock_guard lock(run.stats_mu);
      run.worker_wait += wait;
      run.assembly.decode += times.decode;
      run.assembly.extract += times.extract;
      run.assembly.finish += times.finish;
    });
  }
  return workers;
}

}  // namespace

namespace {

// Shared frontier: submits those of `todo` this worker claims, a batch at a time in
// order. The ones another worker holds are asked about again every `poll` until they are
// done (counted elsewhere) or free (a dead worker's lease ran out: submitted); with
// `any_state` (a refetch run, where a URL done is still due) they are left to the other
// worker. `submit` returns false when the run is stopping.
template <typename Submit>
void FeedClaimed(std::vector<FetchRequest>& todo, internal::FrontierLeases& leases,
                 internal::Writer& writer, const std::atomic<bool>& stop,
                 std::chrono::milliseconds poll, bool any_state, const Submit& submit) {
  constexpr size_t kBatch = 32;
  std::vector<FetchRequest> held;
  while (!todo.empty() && !stop && !writer.failed()) {
    for (size_t first = 0; first < todo.size(); first += kBatch) {
      const size_t end = std::min(todo.size(), first + kBatch);
      std::vector<std::string> urls;
      for (size_t i = first; i < end; ++i) urls.push_back(todo[i].url);
      Result<UrlClaim> claim = leases.Claim(urls);
      if (!claim.ok()) return writer.SetFatal(claim.status());
      size_t next_claimed = 0, next_held = 0;  // both in the order of `urls`
      for (size_t i = first; i < end; ++i) {
        FetchRequest& request = todo[i];
        if (next_claimed < claim->claimed.size() &&
            claim->claimed[next_claimed].url == request.url) {
          const FrontierEntry& e = claim->claimed[next_claimed++];
          request.etag = e.etag;  // as the frontier has them now
          request.last_modified = e.last_modified;
          if (!submit(request)) return;
        } else if (!any_state && next_held < claim->held.size() &&
                   claim->held[next_held] == request.url) {
          ++next_held;
          held.push_back(std::move(request));
        } else {
          writer.DoneElsewhere(1);
        }
      }
    }
    todo.swap(held);
    held.clear();
    const auto until = Clock::now() + poll;  // sleeps in steps, waking for a stop
    while (!todo.empty() && !stop && Clock::now() < until) {
      std::this_thread::sleep_for(
          std::min<Clock::duration>(std::chrono::milliseconds(50), until - Clock::now()));
    }
  }
}

// Closes the stages in order (workers, then the writer), waits for their threads and
// returns the writer's summary with the threads' figures added. (A template: Pipeline::Run
// is private.)
template <typename RunState>
Result<RunSummary> DrainAndFinish(RunState& run, std::vector<std::thread>& workers,
                                  std::thread& writer_thread, internal::Writer& writer,
                                  bool stopped) {
  run.work.Close();
  for (std::thread& t : workers) t.join();
  run.write.Close();
  writer_thread.join();
  Result<RunSummary> summary = writer.Finish(stopped);
  if (summary.ok()) run.AddStats(summary->stats);
  return summary;
}

}  // namespace

// While alive, `run` is the pipeline's current run, which Stop() and Cancel() reach; a
// Stop() that came before the run started cancels its tokens at once.
class Pipeline::RunRegistration {
 public:
  RunRegistration(Pipeline& pipeline, Run& run) : pipeline_(pipeline) {
    {
      std::lock_guard lock(pipeline_.run_mu_);
      pipeline_.run_ = &run;
    }
    if (pipeline_.stop_) run.RequestStop(pipeline_.options_.stop_grace);
  }
  ~RunRegistration() {
    std::lock_guard lock(pipeline_.run_mu_);
    pipeline_.run_ = nullptr;
  }
  RunRegistration(const RunRegistration&) = delete;
  RunRegistration& operator=(const RunRegistration&) = delete;

 private:
  Pipeline& pipeline_;
};

Result<RunSummary> Pipeline::Ingest(const std::vector<std::string>& urls) {
  stop_ = false;
  cancel_ = false;
  const auto now = options_.now ? options_.now : [] { return std::chrono::system_clock::now(); };
  internal::Writer writer(store_, options_, cancel_);
  Status opened = writer.Open();  // restores the story index
  if (!opened.ok()) return opened;

  // Frontier: which URLs need a fetch, with their validators; new ones become pending.
  std::vector<FetchRequest> todo;
  {
    std::unordered_set<std::string> seen;
    Result<std::vector<FetchRequest>> planned = writer.Plan(urls, now(), seen);
    if (!planned.ok()) return planned.status();
    todo = *std::move(planned);
  }

  // Shared frontier: leases over a connection of their own, claimed as URLs are submitted.
  std::shared_ptr<internal::FrontierLeases> leases;
  if (const SharedFrontier& shared = options_.shared; !shared.worker_id.empty()) {
    if (!shared.connect_store) return Status::InvalidArgument("worker_id without connect_store");
    Result<std::unique_ptr<Store>> connection = shared.connect_store();
    if (!connection.ok()) return connection.status();
    leases = std::make_shared<internal::FrontierLeases>(std::move(connection).value(),
                                                        shared.worker_id, shared.lease_duration,
                                                        now, options_.refetch_finished);
  }

  // robots.txt answers persist in the store across runs, unless the caller brought its own
  // cache: the run's rows are read here (the Store's thread), new ones written by the
  // writer; with a shared frontier, claimed and written at once over the lease connection.
  FetchOptions fetch_options = options_.fetch;
  if (leases) fetch_options.host_pacer = leases;  // per-host limit and delay across workers
  std::shared_ptr<internal::StoreRobotsCache> robots;
  if (fetch_options.obey_robots && !fetch_options.robots_cache) {
    robots = std::make_shared<internal::StoreRobotsCache>(fetch_options.robots_cache_ttl, leases);
    std::vector<std::string> planned_urls;
    planned_urls.reserve(todo.size());
    for (const FetchRequest& r : todo) planned_urls.push_back(r.url);
    if (Status s = robots->Preload(store_, planned_urls); !s.ok()) return s;
    fetch_options.robots_cache = robots;
    writer.set_robots_cache(robots.get());
  }

  const int tokens = options_.max_in_flight > 0 ? options_.max_in_flight
                                                : 4 * std::max(1, options_.fetch.max_total);
  Run run(options_.queue_capacity, tokens);
  run.warc = options_.warc.get();
  if (run.warc) fetch_options.record_exchanges = true;
  run.fetcher = options_.fetcher_factory ? options_.fetcher_factory(fetch_options)
                                         : Fetcher::Create(fetch_options);
  if (!run.fetcher) return Status::Internal("no fetcher");
  writer.set_fetcher(run.fetcher.get());
  RunRegistration registration(*this, run);

  std::thread writer_thread([&] { writer.Loop(run.write, run.in_flight); });
  std::vector<std::thread> workers = StartWorkers(WorkerCount(options_.workers), run);
  std::thread fetcher_thread([&] {
    try {
      run.fetcher->Run();
      const std::chrono::nanoseconds cpu = internal::ThreadCpuTime();
      std::lock_guard lock(run.stats_mu);
      run.fetcher_cpu = cpu;
    } catch (const std::exception& e) {
      writer.SetFatal(Status::Internal(std::string("fetcher: ") + e.what()));
      run.in_flight.Cancel();  // its callbacks will not release tokens any more
    } catch (...) {
      writer.SetFatal(Status::Internal("fetcher: unknown exception"));
      run.in_flight.Cancel();
    }
    run.FetcherDone();
  });

  // Feed, at most `tokens` URLs between here and the writer.
  uint64_t seq = 0;
  auto submit = [&](FetchRequest& request) {
    if (stop_ || writer.failed() || !run.in_flight.Acquire()) return false;
    request.tag = seq++;
    run.fetcher->Submit(std::move(request), [&run, &now](FetchResponse response) {
      WorkItem item;
      item.seq = response.tag;
      item.fetched_at = now();
      item.fetch = std::move(response);
      run.work.Push(std::move(item));
    });
    return true;
  };
  if (leases) {
    FeedClaimed(todo, *leases, writer, stop_, options_.shared.lease_poll, options_.refetch_finished,
                submit);
  } else {
    for (FetchRequest& request : todo) {
      if (!submit(request)) break;
    }
  }
  run.fetcher->Shutdown();
  run.AwaitFetcher([&] {  // transfers outlived the stop's grace: abort, they stay pending
    cancel_ = true;
    run.fetcher->Cancel();
  });
  fetcher_thread.join();
  return DrainAndFinish(run, workers, writer_thread, writer, stop_);
}

template <typename Next>
Result<RunSummary> Pipeline::RunWithoutFetcher(const Next& next, const char* source) {
  stop_ = false;
  cancel_ = false;
  internal::Writer writer(store_, options_, cancel_);
  Status opened = writer.Open();
  if (!opened.ok()) return opened;

  const int tokens = options_.max_in_flight > 0 ? options_.max_in_flight : 256;
  Run run(options_.queue_capacity, tokens);
  RunRegistration registration(*this, run);
  std::thread writer_thread([&] { writer.Loop(run.write, run.in_flight); });
  std::vector<std::thread> workers = StartWorkers(WorkerCount(options_.workers), run);

  uint64_t seq = 0;
  try {
    for (;;) {
      WorkItem item;
      if (stop_ || writer.failed() || !next(item)) break;
      if (!run.in_flight.Acquire()) break;
      item.seq = seq++;
      run.work.Push(std::move(item));
    }
  } catch (const std::exception& e) {
    writer.SetFatal(Status::Internal(std::string(source) + ": " + e.what()));
  }
  return DrainAndFinish(run, workers, writer_thread, writer, stop_);
}

Result<RunSummary> Pipeline::Import(const std::function<bool(ImportInput&)>& next) {
  const auto now = options_.now ? options_.now : [] { return std::chrono::system_clock::now(); };
  CanonicalOrder order(options_.import_sort_batch, options_.tie_salt);
  return RunWithoutFetcher(
      [&](WorkItem& item) {
        ImportInput doc;
        if (!order.Next(
                [&](ImportInput& in) {
                  if (!next(in)) return false;
                  in.imported_at = now();
                  if (!in.dates) in.dates = ReadImportDates(in);
                  return true;
                },
                doc)) {
          return false;
        }
        item.import = std::move(doc);
        return true;
      },
      "import source");
}

Result<RunSummary> Pipeline::ImportPages(const std::function<bool(ArchivedPage&)>& next) {
  return RunWithoutFetcher(
      [&](WorkItem& item) {
        ArchivedPage page;
        if (!next(page)) return false;
        item.fetched_at = page.fetched_at;
        item.fetch = std::move(page.response);
        item.fetch.outcome = FetchOutcome::kOk;
        if (item.fetch.final_url.empty()) item.fetch.final_url = item.fetch.url;
        item.warc_file = std::move(page.warc_file);
        item.warc_offset = page.warc_offset;
        item.archived = true;
        return true;
      },
      "archive source");
}

}  // namespace newsdesk
