#include "run_report.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>

#include <unistd.h>

#include "command.h"

namespace newsdesk::cli {

namespace {

constexpr size_t kProblemsShown = 20;  // LineProblems prints the first ones only

// "done/total" when the total is known; an import reads a stream and knows only what is done.
// URLs held back for a retry within the run, when there are: "2 waiting to retry, next at
// 20:41:07 UTC".
std::string Counts(const PipelineProgress& p) {
  std::string out = std::to_string(p.done) +
                    (p.total > 0 ? "/" + std::to_string(p.total) : std::string()) + " done, " +
                    std::to_string(p.stored) + " stored, " + std::to_string(p.duplicates) +
                    " duplicates, " + std::to_string(p.failed) + " failed";
  const double secs = p.elapsed.count() / 1000.0;
  if (secs > 0) {
    char rate[64];
    std::snprintf(rate, sizeof rate, ", %.1f/s", (p.done - p.already_done) / secs);
    out += rate;
  }
  if (p.waiting_retry > 0 && p.next_retry) {  // else a wait looks like a stalled run
    const std::time_t t = std::chrono::system_clock::to_time_t(*p.next_retry);
    std::tm utc{};
    char when[16] = "?";
    if (gmtime_r(&t, &utc) != nullptr) std::strftime(when, sizeof when, "%H:%M:%S", &utc);
    out += ", " + std::to_string(p.waiting_retry) + " waiting to retry, next at " + when + " UTC";
  }
  return out;
}

}  // namespace

std::string Counted(int64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::function<void(const PipelineProgress&)> ProgressPrinter(std::chrono::seconds log_every) {
  const bool tty = isatty(fileno(stderr)) != 0;
  struct Last {
    std::chrono::steady_clock::time_point printed;
    int64_t waiting_retry = 0;
  };
  auto last = std::make_shared<Last>();
  return [tty, log_every, last](const PipelineProgress& p) {
    const bool finished = p.done >= p.total && p.total > 0;
    if (tty) {
      std::fprintf(stderr, "\r\033[K%s", Counts(p).c_str());
      if (finished) std::fputc('\n', stderr);
      std::fflush(stderr);
      return;
    }
    // A wait that begins is logged at once: the counts stand still until it ends.
    const bool wait_begins = p.waiting_retry > 0 && last->waiting_retry == 0;
    last->waiting_retry = p.waiting_retry;
    const auto now = std::chrono::steady_clock::now();
    if (now - last->printed < log_every && !finished && !wait_begins) return;
    last->printed = now;
    std::fprintf(stderr, "progress: %s\n", Counts(p).c_str());
  };
}

void PrintSummary(std::FILE* out, std::string_view command, const SummaryTerms& terms,
                  const RunSummary& s) {
  const PipelineProgress& c = s.counts;
  std::string line = std::string(command) + ": " + Counted(c.total, terms.one, terms.many);
  if (terms.fetched) {
    line += ": " + std::to_string(c.fetched) + " fetched, ";
  } else {
    line += " read: ";
  }
  line += std::to_string(c.stored) + " stored, " +
          Counted(c.duplicates, "duplicate", "duplicates") + ", ";
  if (terms.fetched) line += std::to_string(c.unchanged) + " unchanged, ";
  line += std::to_string(c.failed) + " failed, " + std::to_string(c.skipped) + " skipped, " +
          std::to_string(c.already_done) + " already done";
  std::fprintf(out, "%s (%.1f s)%s\n", line.c_str(), c.elapsed.count() / 1000.0,
               s.interrupted ? " [interrupted]" : "");
  if (s.interrupted && !terms.fetched) {
    // An import reads its input as it goes: how much of it is left is not known.
    std::fprintf(out,
                 "  the rest of the input was not read: importing it again stores the %s "
                 "not stored yet, none twice\n",
                 std::string(terms.many).c_str());
  } else if (s.interrupted && c.total > c.done) {
    std::fprintf(out, "  %s not reached: still pending, the next run fetches them\n",
                 Counted(c.total - c.done, terms.one, terms.many).c_str());
  }
  if (c.elsewhere > 0) {
    std::fprintf(out, "  %lld URLs were fetched by other workers sharing the database\n",
                 static_cast<long long>(c.elsewhere));
  }
  if (c.near_duplicates > 0) {
    std::fprintf(out, "  %lld stored articles are near-duplicates of earlier ones\n",
                 static_cast<long long>(c.near_duplicates));
  }
  if (c.revised > 0 || c.removed > 0) {
    std::fprintf(out,
                 "  re-fetched articles: %lld edited since (new revisions), %lld removed or moved "
                 "(newsdesk revisions)\n",
                 static_cast<long long>(c.revised), static_cast<long long>(c.removed));
  }
  if (c.retry_later > 0) {
    std::fprintf(
        out,
        "  %lld of the failed URLs failed for a passing reason: a later run fetches them again\n",
        static_cast<long long>(c.retry_later));
  }
  for (const UrlFailure& f : s.failures) {
    if (f.retry_at.empty()) {
      std::fprintf(out, "  failed: %s: %s\n", f.url.c_str(), f.reason.c_str());
    } else {
      std::fprintf(out, "  failed: %s: %s (retry after %s)\n", f.url.c_str(), f.reason.c_str(),
                   f.retry_at.c_str());
    }
  }
  for (const UrlFailure& f : s.skips) {
    std::fprintf(out, "  skipped: %s: %s\n", f.url.c_str(), f.reason.c_str());
  }
}

LineProblems::LineProblems(std::string_view command, std::string_view file, std::string_view what)
    : prefix_("newsdesk " + std::string(command) + ": " +
              (file == "-" ? std::string("stdin") : std::string(file)) + ": "),
      what_(what) {}

void LineProblems::Report(std::string_view problem) {
  if (count_++ < kProblemsShown) {
    std::fprintf(stderr, "%s%.*s\n", prefix_.c_str(), static_cast<int>(problem.size()),
                 problem.data());
  }
}

void LineProblems::Finish() const {
  if (count_ > kProblemsShown) {
    std::fprintf(stderr, "%s%zu more %s not shown\n", prefix_.c_str(), count_ - kProblemsShown,
                 what_.c_str());
  }
}

int RunExitCode(const RunSummary& summary, bool other_failures, int signal) {
  if (summary.interrupted && signal > 0) return kExitSignalBase + signal;
  if (other_failures) return kExitSomeFailed;
  if (summary.ok()) return kExitOk;
  return summary.only_passing_failures() ? kExitRetryLater : kExitSomeFailed;
}

}  // namespace newsdesk::cli
