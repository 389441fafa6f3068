// newsdesk import DOCS.jsonl|- [--db DB] [--config PIPELINE.toml]: already-extracted
// documents into the store. One JSON object per line: url, title, text, and optional
// published, fetched_at, language, site, id. A pipeline file gives the [stories] settings, the
// store (unless --db) and its lock file; its sources and [fetch] do not apply to an import.
// newsdesk import FILE.warc[.gz]...: the HTML responses of WARC archives, through the
// whole pipeline as if fetched (cli/import_warc.cc).
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <poll.h>
#include <unistd.h>

#include "command.h"
#include "import_warc.h"
#include "newsdesk/config.h"
#include "newsdesk/document.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "run_report.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

// Standard input a line at a time, waiting through poll(2), so that a stop ends a wait for
// input that does not come (`producer | newsdesk import -` with a producer that stalls):
// std::getline would block until the next line or the end. Reads fd 0, which it does not
// own. One reader, one thread.
class StdinLines {
 public:
  // The next line, without its '\n', into `line`. False at the end of the input (the last
  // line may lack its '\n'), on a read error (as std::getline), or once `stopped` is set
  // while no whole line is buffered.
  bool Next(std::string& line, const std::atomic<bool>& stopped) {
    for (;;) {
      if (const size_t nl = buffer_.find('\n', scanned_); nl != std::string::npos) {
        line.assign(buffer_, start_, nl - start_);
        start_ = scanned_ = nl + 1;
        return true;
      }
      scanned_ = buffer_.size();
      if (end_) {
        if (start_ == buffer_.size()) return false;
        line.assign(buffer_, start_);
        start_ = scanned_ = buffer_.size();
        return true;
      }
      if (stopped) return false;
      pollfd ready{STDIN_FILENO, POLLIN, 0};
      const int polled = ::poll(&ready, 1, kPollMillis);
      if (polled < 0 && errno != EINTR) end_ = true;
      if (polled <= 0) continue;
      buffer_.erase(0, start_);  // once a read, not once a line
      scanned_ -= start_;
      start_ = 0;
      char chunk[1 << 16];
      const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
      if (n > 0) {
        buffer_.append(chunk, static_cast<size_t>(n));
      } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        end_ = true;
      }
    }
  }

 private:
  static constexpr int kPollMillis = 200;  // how long a stop may wait
  std::string buffer_;
  size_t start_ = 0;    // where the next line begins
  size_t scanned_ = 0;  // no '\n' before this
  bool end_ = false;
};

// A pipeline stopped by signals (RunStoppable) that also tells the input to stop waiting.
struct StoppableImport {
  Pipeline& pipeline;
  std::atomic<bool>& stop_reading;
  // The pipeline first: once the input gives up, the run must already be stopped, or it
  // would end as if the input had.
  void Stop() {
    pipeline.Stop();
    stop_reading = true;
  }
  void Cancel() {
    pipeline.Cancel();
    stop_reading = true;
  }
};

struct ImportFlags {
  std::vector<std::string> files;
  std::string db;      // "" = the pipeline's store, else kDefaultDb
  std::string config;  // pipeline file; "" = none
  int workers = 0;
};

// Reports the entries of `entries` read from a line of the input (UrlFailure::line) to
// `problems`, in line order, as "line N: " + describe(entry), and takes them out of
// `entries` (the summary lists the others by their URL).
void ReportByLine(std::vector<UrlFailure>& entries, LineProblems& problems,
                  const std::function<std::string(const UrlFailure&)>& describe) {
  std::vector<UrlFailure> by_line;
  std::erase_if(entries, [&](UrlFailure& e) {
    if (e.line == 0) return false;
    by_line.push_back(std::move(e));
    return true;
  });
  std::stable_sort(by_line.begin(), by_line.end(),
                   [](const UrlFailure& x, const UrlFailure& y) { return x.line < y.line; });
  for (const UrlFailure& e : by_line) {
    problems.Report("line " + std::to_string(e.line) + ": " + describe(e));
  }
  problems.Finish();
}

int RunImport(const ImportFlags& f) {
  size_t warcs = 0;
  for (const std::string& path : f.files) warcs += LooksLikeWarc(path) ? 1 : 0;
  const bool warc = warcs > 0;
  if (warc && warcs != f.files.size()) {
    std::cerr << "newsdesk import: give either WARC files or one JSONL file, not both\n";
    return kExitUsage;
  }
  if (!warc && f.files.size() != 1) {
    std::cerr << "newsdesk import: one JSONL file at a time (several files: WARC only)\n";
    return kExitUsage;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  const std::string& first = f.files.front();
  if (!warc && first != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(first, ec)) {  // opens, and reads as no lines
      std::cerr << "newsdesk import: " << first << " is a directory, not a JSONL file\n";
      return kExitUsage;
    }
    file.open(first, std::ios::binary);
    if (!file) {
      std::cerr << "newsdesk import: cannot read " << first << "\n";
      return kExitUsage;
    }
    in = &file;
  }
  PipelineOptions options;
  std::string db = f.db.empty() ? kDefaultDb : f.db;
  std::string lock_file = DefaultLockFile(db);
  if (!f.config.empty()) {
    Result<PipelineConfig> config = LoadPipelineConfig(f.config, PipelineUse::kImport);
    if (!config.ok()) {
      std::cerr << "newsdesk import: " << config.status().message() << "\n";
      return kExitUsage;
    }
    options.stories = config->stories;
    if (f.db.empty()) {
      db = config->store;
      lock_file = config->daemon.lock_file;
    }
  }
  std::optional<LockedStore> locked = OpenStoreForWriting("import", db, lock_file);
  if (!locked) return kExitUsage;

  options.workers = f.workers;
  options.ordered = true;
  options.progress = ProgressPrinter();
  // The run is recorded here rather than by the pipeline, so that the inputs that never
  // reach it are in it: bad lines (errors "bad_line"), WARC files that cannot be read
  // ("unreadable_file") or inputs without a document ("empty_input") make it "failed", as
  // the exit code says.
  Result<std::unique_ptr<RunRecorder>> run = RunRecorder::Begin(*locked->store, "import");
  if (!run.ok()) {
    std::cerr << "newsdesk import: " << run.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  options.recorder = run->get();
  Pipeline pipeline(*locked->store, options);
  if (warc) return ImportWarcFiles(f.files, pipeline, **run);

  int line_no = 0;
  int64_t documents = 0;  // lines that are not blank
  LineProblems bad_lines("import", first, "bad lines");
  LineProblems undated("import", first, "unread dates");
  std::string line;
  StdinLines stdin_lines;
  std::atomic<bool> stop_reading{false};
  const auto read_line = [&] {
    if (in == &std::cin) return stdin_lines.Next(line, stop_reading);
    return static_cast<bool>(std::getline(*in, line));
  };
  auto next = [&](ImportInput& doc) {
    while (read_line()) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      ++documents;
      Result<ImportInput> parsed = ParseImportLine(line);
      if (!parsed.ok()) {
        bad_lines.Report("line " + std::to_string(line_no) + ": " +
                         std::string(parsed.status().message()));
        continue;
      }
      if (const std::string& why = parsed->dates->published_problem; !why.empty()) {
        undated.Report("line " + std::to_string(line_no) + ": published " +
                       QuotedValue(parsed->published) + ": " + why + " (stored without a date)");
      }
      doc = std::move(*parsed);
      doc.line = line_no;
      return true;
    }
    return false;
  };
  StoppableImport stoppable{pipeline, stop_reading};
  auto [summary, signal] = RunStoppable(stoppable, [&] { return pipeline.Import(next); });
  // An input without one document is most likely a mistake upstream (an export that wrote
  // nothing, a file truncated): said, and a failure, not an import that did nothing "ok".
  const bool empty = documents == 0 && summary.ok() && !summary->interrupted;
  (*run)->AddErrors("bad_line", static_cast<int64_t>(bad_lines.count()));
  (*run)->AddErrors("empty_input", empty ? 1 : 0);
  const bool input_failed = bad_lines.count() > 0 || empty;
  Status recorded = (*run)->Finish(summary.status(), false, input_failed);
  if (!recorded.ok()) {
    std::cerr << "newsdesk import: " << recorded.ToString() << "\n";
    return kExitSomeFailed;
  }
  bad_lines.Finish();
  undated.Finish();
  if (empty) {
    std::cerr << "newsdesk import: " << (first == "-" ? "stdin" : first) << ": no documents"
              << (line_no == 0 ? " (empty)" : " (blank lines only)") << "\n";
  }
  // Documents refused once read (a relative url, a store error) or skipped (no article) are
  // reported by their line, as the bad lines are, not by their url in the summary; so are
  // those under a URL given on another line (not a failure: stored once).
  const auto url_and_reason = [](const UrlFailure& f) {
    return QuotedValue(f.url) + ": " + f.reason;
  };
  LineProblems refused("import", first, "refused documents");
  ReportByLine(summary->failures, refused, [](const UrlFailure& f) { return f.reason; });
  LineProblems skipped("import", first, "skipped documents");
  ReportByLine(summary->skips, skipped, url_and_reason);
  LineProblems repeated("import", first, "repeated URLs");
  ReportByLine(summary->repeated, repeated, url_and_reason);
  PrintSummary(stdout, "import", {"document", "documents", false}, *summary);
  // Each kind of problem reported above, counted after the summary.
  const auto count_line = [](const LineProblems& p, std::string_view one, std::string_view many,
                             std::string_view what) {
    if (p.count() == 0) return;
    std::printf("  %s%.*s (see above)\n",
                Counted(static_cast<int64_t>(p.count()), one, many).c_str(),
                static_cast<int>(what.size()), what.data());
  };
  count_line(bad_lines, "bad line", "bad lines", "");
  count_line(refused, "document", "documents", " refused");
  count_line(skipped, "document", "documents", " skipped: not an article");
  count_line(repeated, "document", "documents", " under a URL given on another line: stored once");
  count_line(undated, "date", "dates", " not read: stored without a date");
  return RunExitCode(*summary, input_failed, signal);
}

const bool kRegistered = RegisterCommand({
    "import",
    "Store already-extracted documents (JSON lines: url, title, text, published, ...) or "
    "the HTML pages of WARC archives",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<ImportFlags>();
      sub.add_option("files", f->files,
                     "JSONL file (or - for stdin): one JSON object a line with url, title, "
                     "text and optional published, fetched_at, language, site, id; or WARC "
                     "files (.warc, .warc.gz)")
          ->required();
      sub.add_option(
          "--db", f->db,
          "store: SQLite file or postgresql:// URI (default: the pipeline's, else newsdesk.db)");
      sub.add_option(
          "--config", f->config,
          "pipeline file whose [stories] settings and store apply (pipelines/NAME.toml)");
      sub.add_option("--workers", f->workers, "CPU workers (0 = one per core)")
          ->check(CLI::Range(0, 256));
      return [f] { return RunImport(*f); };
    },
    30,
});

}  // namespace
}  // namespace newsdesk::cli
