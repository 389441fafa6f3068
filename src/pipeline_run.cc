// RunRecorder: one run of any command in the store's runs table. See
// include/newsdesk/pipeline.h.
#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "ascii.h"
#include "newsdesk/pipeline.h"

namespace newsdesk {

namespace {

// "http_error 404: HTTP 404" -> "http_error_404"; "network_error: Could not resolve" ->
// "network_error".
std::string ErrorKind(const std::string& reason) {
  std::string kind(TrimAscii(std::string_view(reason).substr(0, reason.find(':'))));
  if (kind.empty()) kind = "other";
  if (kind.size() > 40) kind = kind.substr(0, 40);
  for (char& c : kind) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return AsciiLower(kind);
}

}  // namespace

PipelineProgress& operator+=(PipelineProgress& to, const PipelineProgress& from) {
  to.total += from.total;
  to.done += from.done;
  to.fetched += from.fetched;
  to.stored += from.stored;
  to.duplicates += from.duplicates;
  to.near_duplicates += from.near_duplicates;
  to.unchanged += from.unchanged;
  to.failed += from.failed;
  to.retry_later += from.retry_later;
  to.skipped += from.skipped;
  to.already_done += from.already_done;
  to.elsewhere += from.elsewhere;
  to.revised += from.revised;
  to.removed += from.removed;
  to.elapsed += from.elapsed;
  to.waiting_retry += from.waiting_retry;
  if (from.next_retry && (!to.next_retry || *from.next_retry < *to.next_retry)) {
    to.next_retry = from.next_retry;
  }
  return to;
}

Result<std::unique_ptr<RunRecorder>> RunRecorder::Begin(Store& store, const std::string& name) {
  Result<int64_t> id = store.BeginRun(name);
  if (!id.ok()) return id.status();
  return std::unique_ptr<RunRecorder>(new RunRecorder(store, *id));
}

void RunRecorder::Add(const RunSummary& batch) {
  summary_.counts += batch.counts;
  for (const UrlFailure& f : batch.failures) {
    ++errors_[ErrorKind(f.reason)];
    summary_.failures.push_back(f);
  }
  summary_.skips.insert(summary_.skips.end(), batch.skips.begin(), batch.skips.end());
  summary_.repeated.insert(summary_.repeated.end(), batch.repeated.begin(), batch.repeated.end());
  summary_.interrupted = summary_.interrupted || batch.interrupted;
}

void RunRecorder::AddCount(const std::string& name, int64_t n) {
  extra_counts_.emplace_back(name, n);
}

void RunRecorder::AddErrors(const std::string& kind, int64_t n) {
  if (n > 0) errors_[kind] += n;
}

Status RunRecorder::Finish(const Status& fatal, bool interrupted, bool failed) {
  const PipelineProgress& c = summary_.counts;
  std::vector<std::pair<std::string, int64_t>> counts = {
      {"total", c.total},
      {"fetched", c.fetched},
      {"stored", c.stored},
      {"duplicates", c.duplicates},
      {"near_duplicates", c.near_duplicates},
      {"unchanged", c.unchanged},
      {"failed", c.failed},
      {"retry_later", c.retry_later},
      {"skipped", c.skipped},
      {"already_done", c.already_done},
      {"elsewhere", c.elsewhere},
      {"revised", c.revised},
      {"removed", c.removed},
      {"pending", std::max<int64_t>(0, c.total - c.done) + c.retry_later}};
  counts.insert(counts.end(), extra_counts_.begin(), extra_counts_.end());
  const std::string status = !fatal.ok()                           ? "error"
                             : summary_.interrupted || interrupted ? "interrupted"
                             : c.failed > 0 || failed              ? "failed"
                                                                   : "ok";
  Status written = store_.FinishRun(id_, status, counts, {errors_.begin(), errors_.end()});
  return fatal.ok() ? written : fatal;
}

}  // namespace newsdesk
