// WARC 1.1 archives (ISO 28500:2017): the raw HTTP exchanges of a crawl, written by
// WarcWriter and read back (ours or other tools': wget, Heritrix, Common Crawl's CC-NEWS)
// by WarcReader. Format details and deviations: docs/archives.md.
//
// Files are gzip-compressed with one gzip member per record, so a record can be read from
// its offset alone and a crash leaves at most a truncated last member, which WarcReader
// skips with a warning. No zlib or OpenSSL type appears here.
#ifndef NEWSDESK_WARC_H_
#define NEWSDESK_WARC_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdesk/fetch.h"
#include "newsdesk/status.h"

namespace newsdesk {

// Where a record is: the file (as named when written or opened) and the byte offset of
// the record's first byte (for .warc.gz, of its gzip member) in that file.
struct WarcLocation {
  std::string file;
  int64_t offset = -1;
};

// One record. Header names are kept as written; Header() looks them up case-insensitively.
struct WarcRecord {
  std::string version;  // "WARC/1.1", "WARC/1.0"
  std::vector<std::pair<std::string, std::string>> headers;
  std::string block;  // the content block (for response records: the HTTP message)
  // See WarcLocation; -1 for a record that cannot be read from an offset alone (not the
  // first record of a gzip member holding several).
  int64_t offset = 0;
  // The first header named `name` (case-insensitive), or "" when absent.
  std::string_view Header(std::string_view name) const;
  std::string_view type() const { return Header("WARC-Type"); }
};

// ---------------------------------------------------------------- writing

struct WarcWriterOptions {
  std::string dir;  // created if missing
  // A new file is started when the current one would grow past this.
  int64_t max_file_bytes = int64_t{1} << 30;
  // Files are named PREFIX-YYYYMMDDHHMMSSmmm-PID-SERIAL.warc.gz (UTC time of opening).
  std::string prefix = "newsdesk";
  int compression_level = 1;  // libdeflate 1..12 (clamped)
  // Fields of each file's warcinfo record ("software", "operator", ...).
  std::vector<std::pair<std::string, std::string>> info = {{"software", "newsdesk/0.1"},
                                                           {"format", "WARC File Format 1.1"}};
};

// Appends records to size-rotated .warc.gz files in one directory.
//
// Thread-safety: every method may be called from any thread. Compression and digests run
// outside the lock; each record reaches the file in one write(2) of one gzip member, so
// concurrent writers never interleave and a crash truncates at most the last record.
class WarcWriter {
 public:
  // Creates the directory if needed. The first file is opened with the first record.
  static Result<std::unique_ptr<WarcWriter>> Open(WarcWriterOptions options);
  ~WarcWriter();
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // Writes one HTTP exchange as a `request` and a `response` record (WARC-Concurrent-To
  // each other) and returns where the response record is. The response's HTTP head is
  // rewritten for the stored body, which the fetcher has already decoded: Content-Encoding,
  // Transfer-Encoding and Content-Length become X-Archive-Orig-* lines and a Content-Length
  // of the stored body is added (docs/archives.md).
  Result<WarcLocation> WriteExchange(const HttpExchange& exchange);

  // Writes one record with the given type and fields (WARC-Record-ID, WARC-Date,
  // Content-Length and WARC-Block-Digest are added unless present) and returns where it is.
  Result<WarcLocation> WriteRecord(std::string_view type,
                                   std::vector<std::pair<std::string, std::string>> fields,
                                   std::string_view block);

  // Closes the current file; the next record opens a new one. Reports a failed close.
  Status Close();

  // Files written so far, in order (full paths).
  std::vector<std::string> files() const;

 private:
  struct Impl;
  explicit WarcWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- reading

struct WarcReaderOptions {
  // A record whose block is larger is skipped (streamed past) with a warning.
  int64_t max_block_bytes = int64_t{64} << 20;
  // A header section longer than this is not a record: skipped with a warning.
  int64_t max_header_bytes = int64_t{1} << 20;
};

// Reads the records of a WARC file, plain or gzip (one member per record or one member for
// the whole file), streaming: memory is bounded by the largest record it returns.
//
// Tolerant: a truncated or corrupt gzip member, a record with a missing or wrong
// Content-Length, junk between records or an unparsable header are skipped with a warning
// (the reader resynchronizes on the next gzip member or "WARC/" line); only I/O errors end
// the read.
//
// Thread-safety: one thread at a time.
class WarcReader {
 public:
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path,
                                                  WarcReaderOptions options = {});
  // The same, starting at byte `offset` of the file (a record's WarcLocation::offset).
  static Result<std::unique_ptr<WarcReader>> OpenAt(const std::string& path, int64_t offset,
                                                    WarcReaderOptions options = {});
  // Reads from memory (tests, fuzzing).
  static std::unique_ptr<WarcReader> FromString(std::string data, WarcReaderOptions options = {});
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // The next record: true with `record` filled, false at the end, or an I/O error.
  Result<bool> Next(WarcRecord& record);

  // Problems skipped since the last call ("offset 1234: truncated gzip member"), oldest
  // first, at most 1000 kept between calls.
  std::vector<std::string> TakeWarnings();

  int64_t bytes_consumed() const;  // of the file (compressed bytes for .gz)
  // Of the records' stream read so far: the decompressed bytes for .gz (0 for a .gz that
  // decompresses to nothing), else bytes_consumed().
  int64_t bytes_decoded() const;
  int64_t file_size() const;  // -1 when unknown

 private:
  struct Impl;
  explicit WarcReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- HTTP in records

// The HTTP response of a `response` record, decoded the way a client would: chunked
// transfer coding removed, gzip/deflate content coding undone (tolerating truncation).
struct ArchivedResponse {
  std::string url;                             // WARC-Target-URI
  std::chrono::system_clock::time_point date;  // WARC-Date
  int http_status = 0;
  std::string content_type;
  std::string content_language;
  std::string body;
  std::vector<std::string> warnings;  // e.g. "truncated gzip body"
};

// Parses a response record. NotFound when it is not an HTTP response (another record type,
// a DNS or FTP record); InvalidArgument when its HTTP head cannot be parsed, or its content
// coding is one we cannot undo (br). The body is capped at `max_body_bytes` (decoded).
Result<ArchivedResponse> ParseArchivedResponse(const WarcRecord& record,
                                               int64_t max_body_bytes = int64_t{64} << 20);

// Whether a Content-Type (of an HTTP response) is an HTML page worth extracting:
// text/html, application/xhtml+xml, or none at all.
bool IsHtmlContentType(std::string_view content_type);

// sha1 of `data` in base 32 (RFC 4648), as WARC digests are written ("sha1:" + this).
std::string Sha1Base32(std::string_view data);

// WARC-Date: ISO 8601 UTC, to the second ("2026-02-14T10:00:00Z"), and back (nullopt when
// unparsable; fractions of a second are accepted and dropped).
std::string WarcDate(std::chrono::system_clock::time_point t);
std::optional<std::chrono::system_clock::time_point> ParseWarcDate(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_WARC_H_
