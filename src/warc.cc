// WARC stage: the writer, dates, digests and the HTTP messages inside records. The reader
// is in warc_reader.cc; libdeflate, zlib and OpenSSL pieces in warc_codec.cc.
#include "newsdesk/warc.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ascii.h"
#include "warc_codec.h"

namespace newsdesk {

using warc_internal::Fd;

namespace {

// Header fields and chunk-size lines: optional whitespace (RFC 9110 §5.6.3) and a CR
// left by a CRLF line end.
std::string_view Trim(std::string_view s) { return TrimAscii(s, " \t\r"); }

// Header lines of an HTTP head after its first line: (name, value) pairs; obs-fold
// continuation lines are joined to the previous value.
std::vector<std::pair<std::string, std::string>> ParseHeaderLines(std::string_view head) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t pos = head.find('\n');
  while (pos != std::string_view::npos && pos + 1 < head.size()) {
    const size_t start = pos + 1;
    size_t end = head.find('\n', start);
    std::string_view line = head.substr(start, end == std::string_view::npos ? end : end - start);
    pos = end;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !out.empty()) {
      out.back().second += " " + std::string(Trim(line));
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out.emplace_back(std::string(Trim(line.substr(0, colon))),
                     std::string(Trim(line.substr(colon + 1))));
  }
  return out;
}

std::string_view Find(const std::vector<std::pair<std::string, std::string>>& headers,
                      std::string_view name) {
  for (const auto& [n, v] : headers) {
    if (EqualsIgnoreAsciiCase(n, name)) return v;
  }
  return {};
}

// The response head rewritten for a body already decoded by the fetcher: the framing and
// coding lines are kept as X-Archive-Orig-* and a Content-Length of `body_size` is added.
std::string RewriteResponseHead(std::string_view head, size_t body_size) {
  std::string out;
  out.reserve(head.size() + 64);
  size_t start = 0;
  bool first = true;
  while (start < head.size()) {
    size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if (!first) {
      const std::string_view name = Trim(line.substr(0, line.find(':')));
      if (EqualsIgnoreAsciiCase(name, "Content-Encoding") ||
          EqualsIgnoreAsciiCase(name, "Transfer-Encoding") ||
          EqualsIgnoreAsciiCase(name, "Content-Length")) {
        out += "X-Archive-Orig-";
      }
    }
    first = false;
    out.append(line);
    out += "\r\n";
  }
  if (out.empty()) out = "HTTP/1.1 200 OK\r\n";
  out += "Content-Length: " + std::to_string(body_size) + "\r\n\r\n";
  return out;
}

std::string FileTimestamp(std::chrono::system_clock::time_point t) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch());
  const std::time_t secs = static_cast<std::time_t>(ms.count() / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%04d%02d%02d%02d%02d%02d%03d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms.count() % 1000));
  return buf;
}

using Fields = std::vector<std::pair<std::string, std::string>>;

}  // namespace

std::string_view WarcRecord::Header(std::string_view name) const { return Find(headers, name); }

std::string Sha1Base32(std::string_view data) { return warc_internal::Sha1Base32({data}); }

std::string WarcDate(std::chrono::system_clock::time_point t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::optional<std::chrono::system_clock::time_point> ParseWarcDate(std::string_view text) {
  text = Trim(text);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  char tail = 0;
  const std::string copy(text.substr(0, 40));
  const int n =
      std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &tail);
  if (n < 6 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) {
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2d", &y, &mo, &d) != 3 || mo < 1 || mo > 12 || d < 1 ||
        d > 31) {
      return std::nullopt;
    }
    h = mi = s = 0;
  }
  using namespace std::chrono;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd} + hours{h} + minutes{mi} + seconds{s};
}

bool IsHtmlContentType(std::string_view content_type) {
  std::string type = AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
  return type.empty() || type == "text/html" || type == "application/xhtml+xml";
}

// ---------------------------------------------------------------- WarcWriter

struct WarcWriter::Impl {
  WarcWriterOptions options;
  mutable std::mutex mu;  // guards the fields below
  Fd fd;
  std::string path;
  int64_t size = 0;
  int serial = 0;
  std::vector<std::string> files;
  std::mutex rng_mu;  // guards rng (taken inside `mu` when a new file writes its warcinfo)
  std::mt19937_64 rng{std::random_device{}()};

  std::string RecordId() {
    uint64_t a, b;
    {
      std::lock_guard lock(rng_mu);
      a = rng();
      b = rng();
    }
    a = (a & 0xffffffffffff0fffULL) | 0x4000;                 // version 4
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;  // variant 1
    char buf[64];
    std::snprintf(buf, sizeof(buf), "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>",
                  static_cast<unsigned>(a >> 32), static_cast<unsigned>((a >> 16) & 0xffff),
                  static_cast<unsigned>(a & 0xffff), static_cast<unsigned>(b >> 48),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return buf;
  }

  // One record as a gzip member. Adds the required fields that `fields` lacks.
  std::string Member(std::string_view type, Fields fields, std::string_view block,
                     std::string_view block_tail = {}) {
    std::string head = "WARC/1.1\r\nWARC-Type: " + std::string(type) + "\r\n";
    if (Find(fields, "WARC-Record-ID").empty()) fields.emplace_back("WARC-Record-ID", RecordId());
    if (Find(fields, "WARC-Date").empty()) {
      fields.emplace_back("WARC-Date", WarcDate(std::chrono::system_clock::now()));
    }
    if (Find(fields, "WARC-Block-Digest").empty()) {
      fields.emplace_back("WARC-Block-Digest",
                          "sha1:" + warc_internal::Sha1Base32({block, block_tail}));
    }
    std::erase_if(fields, [](const auto& f) {
      return EqualsIgnoreAsciiCase(f.first, "WARC-Type") ||
             EqualsIgnoreAsciiCase(f.first, "Content-Length");
    });
    fields.emplace_back("Content-Length", std::to_string(block.size() + block_tail.size()));
    for (const auto& [name, value] : fields) head += name + ": " + value + "\r\n";
    head += "\r\n";
    return warc_internal::GzipMember({head, block, block_tail, "\r\n\r\n"},
                                     options.compression_level);
  }

  // REQUIRES: mu held. Opens the next file and writes its warcinfo record.
  Status OpenNextFile() {
    if (Status s = fd.Close(); !s.ok()) return s;
    std::string name;
    Fd f;
    // A name taken already (another writer of this process in the same millisecond): the
    // next serial number.
    for (int attempt = 0; !f.valid() && attempt < 100; ++attempt) {
      name = options.prefix + "-" + FileTimestamp(std::chrono::system_clock::now()) + "-" +
             std::to_string(::getpid()) + "-" + std::to_string(serial++) + ".warc.gz";
      path = (std::filesystem::path(options.dir) / name).string();
      f = Fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644));
      if (!f.valid() && errno != EEXIST) break;
    }
    if (!f.valid()) return Status::IOError("open " + path + ": " + std::strerror(errno));
    fd = std::move(f);
    size = 0;
    files.push_back(path);
    std::string info;
    for (const auto& [k, v] : options.info) info += k + ": " + v + "\r\n";
    const std::string member = Member(
        "warcinfo", {{"WARC-Filename", name}, {"Content-Type", "application/warc-fields"}}, info);
    if (Status s = warc_internal::WriteAll(fd.get(), member); !s.ok()) return s;
    size += static_cast<int64_t>(member.size());
    return Status::OK();
  }

  // Appends members (one write) and returns the file and offset of member `index`.
  Result<WarcLocation> Append(const std::vector<std::string>& members, size_t index) {
    int64_t total = 0;
    for (const std::string& m : members) total += static_cast<int64_t>(m.size());
    if (total == 0) return Status::Internal("warc: compression failed");
    std::lock_guard lock(mu);
    if (!fd.valid() || size + total > options.max_file_bytes) {
      if (Status s = OpenNextFile(); !s.ok()) return s;
    }
    WarcLocation where{path, size};
    for (size_t i = 0; i < index; ++i) where.offset += static_cast<int64_t>(members[i].size());
    std::string all;
    all.reserve(static_cast<size_t>(total));
    for (const std::string& m : members) all += m;
    if (Status s = warc_internal::WriteAll(fd.get(), all); !s.ok()) return s;
    size += total;
    return where;
  }
};

WarcWriter::WarcWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WarcWriter::~WarcWriter() = default;

Result<std::unique_ptr<WarcWriter>> WarcWriter::Open(WarcWriterOptions options) {
  if (options.dir.empty()) return Status::InvalidArgument("warc: no directory");
  std::error_code ec;
  std::filesystem::create_directories(options.dir, ec);
  if (ec) return Status::IOError("warc: cannot create " + options.dir + ": " + ec.message());
  if (!std::filesystem::is_directory(options.dir, ec)) {
    return Status::InvalidArgument("warc: not a directory: " + options.dir);
  }
  options.compression_level = std::clamp(options.compression_level, 1, 12);
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  return std::unique_ptr<WarcWriter>(new WarcWriter(std::move(impl)));
}

Result<WarcLocation> WarcWriter::WriteRecord(
    std::string_view type, std::vector<std::pair<std::string, std::string>> fields,
    std::string_view block) {
  try {
    return impl_->Append({impl_->Member(type, std::move(fields), block)}, 0);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("warc: ") + e.what());
  }
}

Result<WarcLocation> WarcWriter::WriteExchange(const HttpExchange& x) {
  try {
    const std::string date = WarcDate(x.date);
    const std::string request_id = impl_->RecordId();
    const std::string response_id = impl_->RecordId();
    Fields common = {{"WARC-Target-URI", x.url}, {"WARC-Date", date}};
    if (!x.remote_ip.empty()) common.emplace_back("WARC-IP-Address", x.remote_ip);

    Fields request = common;
    request.emplace_back("WARC-Record-ID", request_id);
    request.emplace_back("WARC-Concurrent-To", response_id);
    request.emplace_back("Content-Type", "application/http;msgtype=request");
    std::string request_head = x.request_head;
    if (request_head.empty()) request_head = "GET / HTTP/1.1\r\n\r\n";

    Fields response = std::move(common);
    response.emplace_back("WARC-Record-ID", response_id);
    response.emplace_back("WARC-Concurrent-To", request_id);
    response.emplace_back("Content-Type", "application/http;msgtype=response");
    response.emplace_back("WARC-Payload-Digest", "sha1:" + Sha1Base32(x.body));
    const std::string head = RewriteResponseHead(x.response_head, x.body.size());

    std::vector<std::string> members;
    members.push_back(impl_->Member("request", std::move(request), request_head));
    members.push_back(impl_->Member("response", std::move(response), head, x.body));
    return impl_->Append(members, 1);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("warc: ") + e.what());
  }
}

Status WarcWriter::Close() {
  std::lock_guard lock(impl_->mu);
  return impl_->fd.Close();
}

std::vector<std::string> WarcWriter::files() const {
  std::lock_guard lock(impl_->mu);
  return impl_->files;
}

// ---------------------------------------------------------------- HTTP in records

namespace {

// Removes chunked transfer coding. False when `body` is not chunked after all (some
// crawlers store the dechunked body and keep the header); a truncated last chunk keeps
// what arrived.
bool Dechunk(std::string_view body, std::string& out, bool& truncated) {
  out.clear();
  truncated = false;
  size_t pos = 0;
  bool first = true;
  while (pos < body.size()) {
    const size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) {
      truncated = true;
      return !first;
    }
    std::string_view size_line = Trim(body.substr(pos, eol - pos));
    size_line = size_line.substr(0, size_line.find(';'));
    // A bad size line: not chunked at all (first chunk), else the body ends here.
    auto bad_size = [&] {
      truncated = !first;
      return !first;
    };
    size_t n = 0;
    size_t digits = 0;
    for (char c : size_line) {
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v = c - 'A' + 10;
      } else {
        return bad_size();
      }
      if (++digits > 15) return bad_size();
      n = n * 16 + static_cast<size_t>(v);
    }
    if (digits == 0) return bad_size();
    first = false;
    pos = eol + 1;
    if (n == 0) return true;
    if (n > body.size() - pos) {
      out.append(body.substr(pos));
      truncated = true;
      return true;
    }
    out.append(body.substr(pos, n));
    pos += n;
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    }
  }
  truncated = true;
  return !first;
}

}  // namespace

Result<ArchivedResponse> ParseArchivedResponse(const WarcRecord& record, int64_t max_body_bytes) {
  if (!EqualsIgnoreAsciiCase(record.type(), "response"))
    return Status::NotFound("not a response record");
  std::string_view block = record.block;
  if (block.substr(0, 5) != "HTTP/") return Status::NotFound("not an HTTP response");
  size_t head_end = block.find("\r\n\r\n");
  size_t body_start = head_end == std::string_view::npos ? head_end : head_end + 4;
  if (const size_t lf = block.find("\n\n"); lf != std::string_view::npos && lf < head_end) {
    head_end = lf;
    body_start = lf + 2;
  }
  if (head_end == std::string_view::npos) {  // a head without a body
    head_end = block.size();
    body_start = block.size();
  }
  const std::string_view head = block.substr(0, head_end);
  ArchivedResponse out;
  out.url = std::string(Trim(record.Header("WARC-Target-URI")));
  if (out.url.size() > 2 && out.url.front() == '<' && out.url.back() == '>') {  // WARC 1.0 <uri>
    out.url = out.url.substr(1, out.url.size() - 2);
  }
  if (std::optional<std::chrono::system_clock::time_point> date =
          ParseWarcDate(record.Header("WARC-Date"))) {
    out.date = *date;
  }
  const std::string_view status_line = head.substr(0, head.find('\n'));
  const size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return Status::InvalidArgument("bad HTTP status line");
  int status = 0;
  for (char c : status_line.substr(sp + 1, 3)) {
    if (c < '0' || c > '9') return Status::InvalidArgument("bad HTTP status line");
    status = status * 10 + (c - '0');
  }
  out.http_status = status;
  const Fields headers = ParseHeaderLines(head);
  out.content_type = std::string(Find(headers, "Content-Type"));
  out.content_language = std::string(Find(headers, "Content-Language"));

  std::string_view body = block.substr(body_start);
  std::string dechunked;
  if (AsciiLower(Find(headers, "Transfer-Encoding")).find("chunked") != std::string::npos) {
    bool truncated = false;
    if (Dechunk(body, dechunked, truncated)) {
      body = dechunked;
      if (truncated) out.warnings.push_back("truncated chunked body");
    }
  }
  const std::string coding = AsciiLower(Trim(Find(headers, "Content-Encoding")));
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    bool truncated = false;
    std::string inflated;
    if (warc_internal::InflateAll(body, max_body_bytes, inflated, truncated)) {
      out.body = std::move(inflated);
      if (truncated) out.warnings.push_back("truncated " + coding + " body");
      return out;
    }
    // Not compressed after all: stored decoded with the header kept.
    out.warnings.push_back("Content-Encoding " + coding + " but body is not compressed");
  } else if (!coding.empty() && coding != "identity") {
    return Status::InvalidArgument("unsupported Content-Encoding: " + coding);
  }
  out.body = std::string(body.substr(0, static_cast<size_t>(std::max<int64_t>(0, max_body_bytes))));
  return out;
}

}  // namespace newsdesk
