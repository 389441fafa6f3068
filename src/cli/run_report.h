// Shared by the commands that run the pipeline (ingest, import, crawl): live progress and
// the end-of-run summary.
#ifndef NEWSDESK_CLI_RUN_REPORT_H_
#define NEWSDESK_CLI_RUN_REPORT_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "newsdesk/pipeline.h"

namespace newsdesk::cli {

// A progress callback for PipelineOptions::progress: a live line on a terminal (stderr),
// otherwise a log line every `log_every`, at the end, and when URLs begin to wait for an
// in-run retry ("..., 1 waiting to retry, next at 20:41:07 UTC").
std::function<void(const PipelineProgress&)> ProgressPrinter(
    std::chrono::seconds log_every = std::chrono::seconds(10));

// A count with its noun in number: "1 page", "2 pages".
std::string Counted(int64_t n, std::string_view one, std::string_view many);

// What a command's inputs are and what it does with them, for PrintSummary.
struct SummaryTerms {
  std::string_view one;   // the input, singular: "URL", "document", "page"
  std::string_view many;  // plural: "URLs"
  // Fetched (ingest, crawl): the summary counts those fetched and unchanged (304). Else
  // read (an import): the inputs are "read", and neither count applies.
  bool fetched = true;
};

// Prints the summary to `out`: the counts ("ingest: 1 URL: 1 fetched, 1 stored, 0
// duplicates, ...", "import: 2 documents read: 1 stored, 1 duplicate, ..."); for an
// interrupted run what is left (the URLs not reached, still pending; for an import, that
// the rest of its input was not read); then one line per failure and skip with the reason.
void PrintSummary(std::FILE* out, std::string_view command, const SummaryTerms& terms,
                  const RunSummary& summary);

// Runs `run` (a Pipeline's Ingest, Import, ...) with SIGINT and SIGTERM watched: the first
// stops `target` (a Pipeline), a second cancels it (Shutdown). Returns what `run` returns
// and the number of the first signal received (0: none), for RunExitCode.
template <typename Target, typename Run>
auto RunStoppable(Target& target, const Run& run) {
  Shutdown shutdown;
  const Shutdown::Registration stops = shutdown.Register(target);
  auto result = run();
  return std::make_pair(std::move(result), shutdown.first_signal());
}

// The exit code of a run. Stopped before it finished (summary.interrupted) by `signal`:
// kExitSignalBase + `signal` (130 SIGINT, 143 SIGTERM), so that a script tells it from a
// finished run. Else kExitOk when nothing failed; kExitRetryLater when every failed URL
// failed for a passing reason and nothing else went wrong (`other_failures`: bad input
// lines, sources or files that could not be read); kExitSomeFailed otherwise.
int RunExitCode(const RunSummary& summary, bool other_failures, int signal);

// Problems found on the lines of one input file, on stderr as "newsdesk COMMAND: FILE:
// line N: reason": the first 20 are printed, the others only counted (a binary file given
// as input has thousands), and Finish() says how many were not shown.
class LineProblems {
 public:
  // `file` as the user named it ("-" is shown as "stdin"); `what`: the problems, plural
  // ("bad lines").
  LineProblems(std::string_view command, std::string_view file, std::string_view what);
  // `problem` starts with its line: "line 4: not valid JSON".
  void Report(std::string_view problem);
  // Prints how many were not shown, if any.
  void Finish() const;
  size_t count() const { return count_; }

 private:
  std::string prefix_;  // "newsdesk import: docs.jsonl: "
  std::string what_;
  size_t count_ = 0;
};

}  // namespace newsdesk::cli

#endif  // NEWSDESK_CLI_RUN_REPORT_H_
