#include "import_warc.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "command.h"
#include "newsdesk/warc.h"
#include "run_report.h"

namespace newsdesk::cli {
namespace {

// What the records of the archives were, beyond the pages imported.
struct RecordCounts {
  int64_t records = 0;
  int64_t pages = 0;     // HTML responses handed to the pipeline
  int64_t not_http = 0;  // warcinfo, request, metadata, dns: records, ...
  int64_t revisits = 0;  // revisit records (no payload)
  int64_t not_html = 0;  // responses of another content type
  int64_t not_2xx = 0;   // redirects, errors
  int64_t bad = 0;       // responses whose HTTP message could not be read
  int64_t warnings = 0;  // problems skipped by the reader
  int files_failed = 0;  // files that could not be opened or read to the end, or hold no record
  int files_empty = 0;   // files of no byte, or whose gzip decompresses to none
};

// Yields the archives' HTML responses one at a time, file after file.
class PageSource {
 public:
  explicit PageSource(const std::vector<std::string>& files) : files_(files) {}

  bool Next(ArchivedPage& page) {
    for (;;) {
      if (!reader_ && !OpenNext()) return false;
      WarcRecord record;
      Result<bool> more = reader_->Next(record);
      Report();
      if (!more.ok() || !*more) {
        if (!more.ok()) {
          ++counts_.files_failed;
          std::fprintf(stderr, "newsdesk import: %s: %s\n", path_.c_str(),
                       more.status().ToString().c_str());
        } else if (file_records_ == 0 && (reader_->bytes_decoded() > 0 || file_warnings_ > 0)) {
          // Bytes, but not one record: not a WARC file (the reader skips junk silently), or
          // gzip members too damaged to yield any.
          ++counts_.files_failed;
          std::fprintf(stderr, "newsdesk import: %s: no WARC record found\n", path_.c_str());
        } else if (file_records_ == 0) {
          // No byte, or gzip that decompresses to none: most likely a mistake upstream (an
          // archive never written to, compressed as it was). Said, and a failure.
          ++counts_.files_empty;
          std::fprintf(stderr, "newsdesk import: %s: no documents (%s)\n", path_.c_str(),
                       reader_->bytes_consumed() > 0 ? "empty once decompressed" : "empty");
        }
        Progress(true);
        reader_.reset();
        continue;
      }
      ++counts_.records;
      ++file_records_;
      if (Take(record, page)) {
        ++counts_.pages;
        Progress(false);
        return true;
      }
    }
  }

  const RecordCounts& counts() const { return counts_; }

 private:
  bool OpenNext() {
    while (next_file_ < files_.size()) {
      path_ = files_[next_file_++];
      std::error_code ec;
      const std::filesystem::path abs = std::filesystem::absolute(path_, ec);
      stored_name_ = ec ? path_ : abs.lexically_normal().string();
      Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path_);
      if (reader.ok()) {
        reader_ = std::move(*reader);
        file_records_ = 0;
        file_warnings_ = 0;
        last_progress_ = std::chrono::steady_clock::now();  // the first line after 5 s
        return true;
      }
      ++counts_.files_failed;
      std::fprintf(stderr, "newsdesk import: %s\n", reader.status().ToString().c_str());
    }
    return false;
  }

  // Prints the reader's warnings.
  void Report() {
    for (const std::string& w : reader_->TakeWarnings()) {
      ++counts_.warnings;
      ++file_warnings_;
      std::fprintf(stderr, "newsdesk import: %s: warning: %s\n", path_.c_str(), w.c_str());
    }
  }

  // Bytes read of the current file, every few seconds and at its end.
  void Progress(bool done) {
    const auto now = std::chrono::steady_clock::now();
    if (!done && now - last_progress_ < std::chrono::seconds(5)) return;
    last_progress_ = now;
    const int64_t size = reader_->file_size();
    const int64_t read = reader_->bytes_consumed();
    std::fprintf(
        stderr, "newsdesk import: %s: %s%lld MB read, %lld records, %lld pages\n", path_.c_str(),
        size > 0 ? (std::to_string(read * 100 / std::max<int64_t>(size, 1)) + "%, ").c_str() : "",
        static_cast<long long>(read >> 20), static_cast<long long>(counts_.records),
        static_cast<long long>(counts_.pages));
  }

  // Whether `record` is an HTML page to import; fills `page` when it is.
  bool Take(const WarcRecord& record, ArchivedPage& page) {
    const std::string_view type = record.type();
    if (type == "revisit") {
      ++counts_.revisits;
      return false;
    }
    Result<ArchivedResponse> response = ParseArchivedResponse(record);
    if (!response.ok()) {
      if (response.status().IsNotFound()) {
        ++counts_.not_http;
      } else {
        ++counts_.bad;
        std::fprintf(stderr, "newsdesk import: %s: record at offset %lld: %s\n", path_.c_str(),
                     static_cast<long long>(record.offset),
                     std::string(response.status().message()).c_str());
      }
      return false;
    }
    if (response->http_status < 200 || response->http_status >= 300) {
      ++counts_.not_2xx;
      return false;
    }
    if (!IsHtmlContentType(response->content_type) || response->url.empty()) {
      ++counts_.not_html;
      return false;
    }
    page = ArchivedPage{};
    page.response.url = response->url;
    page.response.final_url = response->url;
    page.response.http_status = response->http_status;
    page.response.content_type = std::move(response->content_type);
    page.response.content_language = std::move(response->content_language);
    page.response.body = std::move(response->body);
    page.fetched_at = response->date.time_since_epoch().count() != 0
                          ? response->date
                          : std::chrono::system_clock::now();
    if (record.offset >= 0) {  // else not addressable: not kept for re-extraction
      page.warc_file = stored_name_;
      page.warc_offset = record.offset;
    }
    return true;
  }

  const std::vector<std::string>& files_;
  size_t next_file_ = 0;
  std::string path_;
  std::string stored_name_;  // absolute: the store keeps it for re-extraction
  std::unique_ptr<WarcReader> reader_;
  RecordCounts counts_;
  int64_t file_records_ = 0;   // records of the current file
  int64_t file_warnings_ = 0;  // the reader's warnings about the current file
  std::chrono::steady_clock::time_point last_progress_{};
};

}  // namespace

bool LooksLikeWarc(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".warc") || ends_with(".warc.gz")) return true;
  if (path == "-") return false;
  std::ifstream in(path, std::ios::binary);
  char head[5] = {};
  in.read(head, sizeof head);
  const std::string_view got(head, static_cast<size_t>(in.gcount()));
  return got.substr(0, 2) == "\x1f\x8b" || got == "WARC/";
}

int ImportWarcFiles(const std::vector<std::string>& files, Pipeline& pipeline, RunRecorder& run) {
  PageSource source(files);
  auto [summary, signal] = RunStoppable(pipeline, [&] {
    return pipeline.ImportPages([&](ArchivedPage& page) { return source.Next(page); });
  });
  const RecordCounts& c = source.counts();
  run.AddErrors("unreadable_file", c.files_failed);
  run.AddErrors("empty_input", c.files_empty);
  const bool files_failed = c.files_failed + c.files_empty > 0;
  if (Status recorded = run.Finish(summary.status(), false, files_failed); !recorded.ok()) {
    std::fprintf(stderr, "newsdesk import: %s\n", recorded.ToString().c_str());
    return kExitSomeFailed;
  }
  PrintSummary(stdout, "import", {"page", "pages", false}, *summary);
  std::printf(
      "  %lld records: %lld HTML pages, %lld not HTTP responses, %lld revisits, %lld not HTML, "
      "%lld not 2xx, %lld unreadable; %lld warnings\n",
      static_cast<long long>(c.records), static_cast<long long>(c.pages),
      static_cast<long long>(c.not_http), static_cast<long long>(c.revisits),
      static_cast<long long>(c.not_html), static_cast<long long>(c.not_2xx),
      static_cast<long long>(c.bad), static_cast<long long>(c.warnings));
  return RunExitCode(*summary, files_failed, signal);
}

}  // namespace newsdesk::cli
