// newsdesk ingest URLS.txt|- [--db DB] [...]: fetches a list of URLs into the store.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/config.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "newsdesk/url.h"
#include "run_report.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct IngestFlags {
  std::string list;
  std::string db = "newsdesk.db";
  bool allow_private = false;
  int concurrency = 64;
  int per_host = 2;
  int delay_ms = 1000;
  int workers = 0;
  std::string user_agent;
  bool refetch = false;
  std::string warc;       // archive directory; "" = none
  std::string revisit;    // re-fetch ages ("1d,7d", "none"); "" = the default
  std::string worker_id;  // shared frontier: this worker's name; "" = host:pid
  int lease_seconds = 60;
};

int RunIngest(const IngestFlags& f) {
  PipelineOptions options;
  if (!f.revisit.empty()) {
    Result<std::vector<std::chrono::seconds>> ages = ParseRevisitAges(f.revisit);
    if (!ages.ok()) {
      std::cerr << "newsdesk ingest: --revisit: " << ages.status().message() << "\n";
      return kExitUsage;
    }
    options.revisit_after = *std::move(ages);
  }
  std::string text;
  std::string dir = ".";
  if (f.list == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(f.list, std::ios::binary);
    if (!in) {
      std::cerr << "newsdesk ingest: cannot read " << f.list << "\n";
      return kExitUsage;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const std::filesystem::path parent = std::filesystem::path(f.list).parent_path();
    if (!parent.empty()) dir = parent.string();
  }
  const std::string list_name = f.list == "-" ? "stdin" : f.list;
  if (Status text_ok = CheckUrlListText(text); !text_ok.ok()) {
    std::cerr << "newsdesk ingest: " << list_name << ": " << text_ok.message()
              << " (a URL list is UTF-8 text, one URL per line)\n";
    return kExitUsage;
  }
  // url.h's list rules; file: URLs allowed (the user gave this list), relative lines name
  // files next to it. Invalid lines are reported with their number and make the exit 1.
  const UrlList list =
      ParseUrlList(text, PathToFileUrl(dir, /*directory=*/true), {.allow_file = true});
  LineProblems bad_lines("ingest", f.list, "invalid lines");
  for (const auto& problem : list.problems) bad_lines.Report(problem.ToString());
  bad_lines.Finish();
  const size_t invalid = bad_lines.count();

  // One writer at a time on a SQLite store, as for crawl and import; workers share a
  // PostgreSQL one (no lock file).
  std::optional<LockedStore> locked = OpenStoreForWriting("ingest", f.db, DefaultLockFile(f.db));
  if (!locked) return kExitUsage;

  options.fetch.allow_file_urls = true;  // the user gave this list
  options.fetch.allow_private_networks = f.allow_private;
  options.fetch.max_total = f.concurrency;
  options.fetch.max_per_host = f.per_host;
  options.fetch.per_host_delay = std::chrono::milliseconds(f.delay_ms);
  if (!f.user_agent.empty()) options.fetch.user_agent = f.user_agent;
  options.workers = f.workers;
  options.ordered = true;  // one list, reproducible ids and stories
  options.refetch_finished = f.refetch;
  options.source = list_name;
  options.progress = ProgressPrinter();
  bool warc_ok = true;
  options.warc = OpenWarcForWriting("ingest", f.warc, warc_ok);
  if (!warc_ok) return kExitUsage;
  if (IsDatabaseUri(f.db)) {  // any number of workers may share it (docs/scale.md)
    options.shared = SharedFrontierOf(f.db, f.worker_id, f.lease_seconds);
  }

  // The run is recorded here rather than by the pipeline, so that the list's invalid lines
  // are in it (errors "bad_line") and make it "failed", as the exit code says (as for a
  // crawl's lists and an import's bad lines).
  Result<std::unique_ptr<RunRecorder>> run = RunRecorder::Begin(*locked->store, "ingest");
  if (!run.ok()) {
    std::cerr << "newsdesk ingest: " << run.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  options.recorder = run->get();
  Pipeline pipeline(*locked->store, options);
  auto [summary, signal] = RunStoppable(pipeline, [&] { return pipeline.Ingest(list.urls); });
  (*run)->AddErrors("bad_line", static_cast<int64_t>(invalid));
  const Status recorded = (*run)->Finish(summary.status(), false, invalid > 0);
  if (!recorded.ok()) {
    std::cerr << "newsdesk ingest: " << recorded.ToString() << "\n";
    return kExitSomeFailed;
  }
  PrintSummary(stdout, "ingest", {"URL", "URLs"}, *summary);
  if (invalid > 0) {
    std::printf("  %s in the list (reported above)\n",
                Counted(static_cast<int64_t>(invalid), "invalid line", "invalid lines").c_str());
  }
  return RunExitCode(*summary, invalid > 0, signal);
}

const bool kRegistered = RegisterCommand({
    "ingest",
    "Fetch a list of URLs (one per line, or - for stdin) into the store",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<IngestFlags>();
      sub.add_option("list", f->list, "URL list file, or - for stdin")->required();
      sub.add_option("--db", f->db, "store: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_flag("--allow-private-networks", f->allow_private,
                   "allow loopback, RFC 1918 and link-local addresses");
      sub.add_option("--concurrency", f->concurrency, "transfers in flight")
          ->check(CLI::Range(1, 4096))
          ->capture_default_str();
      sub.add_option("--per-host", f->per_host, "transfers in flight per host")
          ->check(CLI::Range(1, 1024))
          ->capture_default_str();
      sub.add_option("--delay-ms", f->delay_ms, "delay between requests to one host")
          ->check(CLI::Range(0, 3600000))
          ->capture_default_str();
      sub.add_option("--user-agent", f->user_agent, "User-Agent header");
      sub.add_option("--workers", f->workers, "CPU workers (0 = one per core)")
          ->check(CLI::Range(0, 256));
      sub.add_flag("--refetch", f->refetch, "fetch URLs again even if already done");
      sub.add_option("--warc", f->warc, "archive every fetched exchange as WARC files in DIR");
      sub.add_option("--revisit", f->revisit,
                     "ages at which stored articles are fetched again by a later ingest of "
                     "the list, to catch edits: e.g. 1d,7d (the default), or none");
      AddSharedFrontierFlags(sub, f->worker_id, f->lease_seconds);
      return [f] { return RunIngest(*f); };
    },
    10,
});

}  // namespace
}  // namespace newsdesk::cli
