// Shared by the commands that run the pipeline (ingest, import, crawl): live progress and
// the end-of-run summary.
#ifndef NEWSDESK_CLI_RUN_REPORT_H_
#define NEWSDESK_CLI_RUN_REPORT_H_

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "newsdesk/pipeline.h"

namespace newsdesk::cli {

// A progress callback for PipelineOptions::progress: a live line on a terminal (stderr),
// otherwise a log line every `log_every`.
std::function<void(const PipelineProgress&)> ProgressPrinter(
    std::chrono::seconds log_every = std::chrono::seconds(10));

// Prints the summary to `out`: the counts, then one line per failure and skip with the
// reason. `what` names the inputs ("URLs", "documents").
void PrintSummary(std::FILE* out, std::string_view command, std::string_view what,
                  const RunSummary& summary);

// The exit code of a finished run: kExitOk when nothing failed; kExitRetryLater when every
// failed URL failed for a passing reason and nothing else went wrong (`other_failures`:
// bad input lines, sources or files that could not be read); kExitSomeFailed otherwise.
int RunExitCode(const RunSummary& summary, bool other_failures);

}  // namespace newsdesk::cli

#endif  // NEWSDESK_CLI_RUN_REPORT_H_
