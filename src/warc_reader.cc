// WarcReader: a streaming, tolerant reader of WARC files, plain or gzip.
//
// Two layers. The decompressed stream (Fill) turns the file into one byte sequence and
// notes, in positions of that sequence, where each gzip member started (with its file
// offset), where members ended cleanly, and "breaks": where the data of a truncated or
// corrupt member stops. The record parser (Next) reads records from that sequence by
// their Content-Length, and uses the member boundaries to survive what real files get
// wrong: a record that starts a member ends with it whatever its Content-Length says, a
// record cut by a break is skipped, and junk is skipped up to the next "WARC/1." line.
// Consumed bytes are dropped from the buffer, so memory is bounded by the largest record
// returned (max_block_bytes) plus a read buffer.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsdesk/warc.h"
#include "warc_codec.h"

namespace newsdesk {

using warc_internal::Fd;
using warc_internal::Inflater;

namespace {

constexpr size_t kReadChunk = 256 * 1024;
constexpr size_t kInflateChunk = 256 * 1024;
constexpr int64_t kSkipStep = 1 << 20;
constexpr size_t kMaxWarnings = 1000;
constexpr std::string_view kGzipMagic("\x1f\x8b\x08", 3);

bool AllZero(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 0; });
}

}  // namespace

struct WarcReader::Impl {
  WarcReaderOptions options;
  // Source: a file, or `mem` when reading from memory.
  Fd fd;
  bool from_mem = false;
  std::string mem;
  size_t mem_pos = 0;
  int64_t file_size = -1;
  int64_t start_offset = 0;  // where in the file reading started (OpenAt)

  // Compressed input: in[in_pos..] not yet consumed; in[0] is at file offset in_base.
  std::string in;
  size_t in_pos = 0;
  int64_t in_base = 0;
  bool source_done = false;
  bool detected = false;
  bool gzip = false;
  std::unique_ptr<Inflater> inflater;
  bool in_member = false;

  // Decompressed stream: out[0] is at position out_base; `cur` is the parser's position.
  std::string out;
  int64_t out_base = 0;
  int64_t cur = 0;
  bool out_done = false;
  std::deque<std::pair<int64_t, int64_t>> member_starts;  // (position, file offset)
  std::deque<int64_t> member_ends;                        // positions
  std::deque<int64_t> breaks;                             // positions

  std::vector<std::string> warnings;

  int64_t End() const { return out_base + static_cast<int64_t>(out.size()); }
  std::string_view View(int64_t from, int64_t to) const {
    return std::string_view(out).substr(static_cast<size_t>(from - out_base),
                                        static_cast<size_t>(to - from));
  }

  void Warn(int64_t position, std::string what) {
    if (warnings.size() >= kMaxWarnings) return;
    warnings.push_back("record at offset " + std::to_string(FileOffset(position)) + ": " +
                       std::move(what));
  }

  // The file offset of the record at `position`: its member's for .gz, else its own.
  int64_t FileOffset(int64_t position) const {
    if (!gzip) return start_offset + position;
    int64_t offset = 0;
    for (const auto& [pos, file] : member_starts) {
      if (pos > position) break;
      offset = file;
    }
    return offset;
  }

  bool StartsMember(int64_t position) const {
    return gzip && std::any_of(member_starts.begin(), member_starts.end(),
                               [&](const auto& m) { return m.first == position; });
  }

  // The first position in `marks` strictly between `from` and `to`.
  static std::optional<int64_t> FirstIn(const std::deque<int64_t>& marks, int64_t from,
                                        int64_t to) {
    for (int64_t m : marks) {
      if (m > from && m < to) return m;
      if (m >= to) break;
    }
    return std::nullopt;
  }

  // Reads more of the source into `in`. False at the end of the source.
  Result<bool> ReadMore() {
    if (source_done) return false;
    if (in_pos > 0) {
      in.erase(0, in_pos);
      in_base += static_cast<int64_t>(in_pos);
      in_pos = 0;
    }
    if (from_mem) {
      const size_t n = std::min(kReadChunk, mem.size() - mem_pos);
      in.append(mem, mem_pos, n);
      mem_pos += n;
      if (n == 0) source_done = true;
      return n > 0;
    }
    const size_t old = in.size();
    in.resize(old + kReadChunk);
    ssize_t n;
    do {
      n = ::read(fd.get(), in.data() + old, kReadChunk);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      in.resize(old);
      return Status::IOError(std::string("read: ") + std::strerror(errno));
    }
    in.resize(old + static_cast<size_t>(n));
    if (n == 0) source_done = true;
    return n > 0;
  }

  // Appends more decompressed bytes to `out`. False when there will be no more.
  Result<bool> Fill() {
    while (!out_done) {
      if (!detected) {
        while (in.size() - in_pos < 2) {
          Result<bool> more = ReadMore();
          if (!more.ok()) return more.status();
          if (!*more) break;
        }
        detected = true;
        gzip = in.size() - in_pos >= 2 && in.compare(in_pos, 2, kGzipMagic.substr(0, 2)) == 0;
        if (gzip) inflater = std::make_unique<Inflater>(15 + 16);
        if (gzip && !inflater->ok()) return Status::Internal("inflateInit2 failed");
      }
      if (!gzip) {
        if (in_pos < in.size()) {
          out.append(in, in_pos, std::string::npos);
          in_pos = in.size();
          return true;
        }
        Result<bool> more = ReadMore();
        if (!more.ok()) return more.status();
        if (!*more) out_done = true;
        continue;
      }
      if (!in_member) {
        Result<bool> found = FindMember();
        if (!found.ok()) return found.status();
        if (!*found) out_done = true;
        continue;
      }
      Result<bool> produced = InflateSome();
      if (!produced.ok()) return produced.status();
      if (*produced) return true;
    }
    return false;
  }

  // Moves `in_pos` to the next gzip member and starts it. False at the end of the file.
  Result<bool> FindMember() {
    for (;;) {
      if (in.size() - in_pos < kGzipMagic.size()) {
        Result<bool> more = ReadMore();
        if (!more.ok()) return more.status();
        if (!*more) {
          if (!AllZero(std::string_view(in).substr(in_pos))) {
            Warn(End(), std::to_string(in.size() - in_pos) + " bytes of junk at the end");
          }
          in_pos = in.size();
          return false;
        }
        continue;
      }
      const size_t at = in.find(kGzipMagic, in_pos);
      const size_t junk_end = at == std::string::npos ? in.size() - 2 : at;
      if (junk_end > in_pos) {
        if (!AllZero(std::string_view(in).substr(in_pos, junk_end - in_pos))) {
          Warn(End(), "skipped " + std::to_string(junk_end - in_pos) +
                          " bytes that are not a gzip member (file offset " +
                          std::to_string(in_base + static_cast<int64_t>(in_pos)) + ")");
        }
        in_pos = junk_end;
      }
      if (at == std::string::npos) continue;
      inflater->Reset();
      in_member = true;
      member_starts.emplace_back(End(), in_base + static_cast<int64_t>(in_pos));
      return true;
    }
  }

  // Inflates some of the current member. True when bytes were appended to `out`.
  Result<bool> InflateSome() {
    if (in_pos == in.size()) {
      Result<bool> more = ReadMore();
      if (!more.ok()) return more.status();
      if (!*more) {
        Warn(End(), "truncated gzip member at the end of the file");
        breaks.push_back(End());
        in_member = false;
        return false;
      }
    }
    z_stream& z = inflater->stream();
    z.next_in = reinterpret_cast<Bytef*>(in.data() + in_pos);
    z.avail_in = static_cast<uInt>(in.size() - in_pos);
    const size_t old = out.size();
    out.resize(old + kInflateChunk);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    z.avail_out = static_cast<uInt>(kInflateChunk);
    const int rc = inflate(&z, Z_NO_FLUSH);
    out.resize(old + (kInflateChunk - z.avail_out));
    in_pos = in.size() - z.avail_in;
    if (rc == Z_STREAM_END) {
      member_ends.push_back(End());
      in_member = false;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      Warn(End(), std::string("corrupt gzip member (") + (z.msg ? z.msg : "inflate error") +
                      "); resuming at the next member");
      breaks.push_back(End());
      in_member = false;
    }
    return out.size() > old;
  }

  // Makes `out` reach `position` if the stream is that long. False if it is shorter.
  Result<bool> Ensure(int64_t position) {
    while (End() < position) {
      Result<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) return false;
    }
    return true;
  }

  // Moves the parser to `position` and drops what lies before it.
  void Consume(int64_t position) {
    cur = std::min(position, End());
    if (cur - out_base > (1 << 20) && cur - out_base > static_cast<int64_t>(out.size() / 2)) {
      out.erase(0, static_cast<size_t>(cur - out_base));
      out_base = cur;
    }
    while (member_starts.size() > 1 && member_starts[1].first <= cur) member_starts.pop_front();
    while (!member_ends.empty() && member_ends.front() <= cur) member_ends.pop_front();
    while (!breaks.empty() && breaks.front() <= cur) breaks.pop_front();
  }

  // Finds `needle` at or after `from`, reading as needed up to `limit`; consumes nothing.
  Result<std::optional<int64_t>> Find(std::string_view needle, int64_t from, int64_t limit) {
    int64_t scan = from;
    for (;;) {
      if (scan < End()) {
        const size_t at = out.find(needle, static_cast<size_t>(scan - out_base));
        if (at != std::string::npos && out_base + static_cast<int64_t>(at) < limit) {
          return std::optional<int64_t>(out_base + static_cast<int64_t>(at));
        }
      }
      if (End() >= limit) return std::optional<int64_t>();
      scan = std::max(from, End() - static_cast<int64_t>(needle.size()) + 1);
      Result<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) return std::optional<int64_t>();
    }
  }

  // Skips to the next "WARC/1." (dropping bytes as it goes). False at the end.
  Result<bool> Resync() {
    const int64_t from = cur;
    for (;;) {
      Result<std::optional<int64_t>> at = Find("WARC/1.", cur, cur + kSkipStep);
      if (!at.ok()) return at.status();
      if (*at) {
        Warn(from, "skipped " + std::to_string(**at - from) + " bytes that are not a record");
        Consume(**at);
        return true;
      }
      if (cur + kSkipStep > End()) {  // the stream ended
        Consume(End());
        return false;
      }
      Consume(std::max(cur, End() - 6));
    }
  }

  // Skips a record's block up to `to`, stopping early at a break or, for a record that
  // starts a member, at the member's end. Keeps memory bounded.
  Status SkipTo(int64_t record_start, int64_t to, bool aligned) {
    while (cur < to) {
      Result<bool> any = Ensure(std::min(to, cur + kSkipStep));
      if (!any.ok()) return any.status();
      const int64_t upto = std::min(to, End());
      std::optional<int64_t> stop = FirstIn(breaks, record_start, upto + 1);
      if (aligned) {
        if (std::optional<int64_t> e = FirstIn(member_ends, record_start, upto + 1)) {
          stop = stop ? std::min(*stop, *e) : *e;
        }
      }
      if (stop) {
        Consume(*stop);
        return Status::OK();
      }
      Consume(upto);
      if (!*any) return Status::OK();
    }
    return Status::OK();
  }

  Result<bool> Next(WarcRecord& record);
};

Result<bool> WarcReader::Impl::Next(WarcRecord& record) {
  for (;;) {
    // Between records: the CRLFs ending the last one, padding.
    for (;;) {
      Result<bool> any = Ensure(cur + 1);
      if (!any.ok()) return any.status();
      if (!*any) return false;
      const char c = out[static_cast<size_t>(cur - out_base)];
      if (c != '\r' && c != '\n' && c != ' ' && c != '\t' && c != '\0') break;
      Consume(cur + 1);
    }
    if (Result<bool> r = Ensure(cur + 7); !r.ok()) return r.status();
    if (End() - cur < 7 || View(cur, cur + 7) != "WARC/1.") {
      Result<bool> found = Resync();
      if (!found.ok()) return found.status();
      if (!*found) return false;
    }
    const int64_t start = cur;
    const bool aligned = StartsMember(start);

    // The header section.
    Result<std::optional<int64_t>> crlf = Find("\r\n\r\n", start, start + options.max_header_bytes);
    if (!crlf.ok()) return crlf.status();
    std::optional<int64_t> header_end = *crlf;
    int64_t block_start = header_end ? *header_end + 4 : 0;
    Result<std::optional<int64_t>> lf =
        Find("\n\n", start, header_end.value_or(start + options.max_header_bytes));
    if (!lf.ok()) return lf.status();
    if (*lf) {
      header_end = *lf;
      block_start = **lf + 2;
    }
    if (!header_end) {
      Warn(start, "no end of header within " + std::to_string(options.max_header_bytes) +
                      " bytes: skipped");
      Consume(start + 7);
      continue;
    }
    if (std::optional<int64_t> b = FirstIn(breaks, start, block_start)) {
      Warn(start, "record cut by a broken gzip member: skipped");
      Consume(*b);
      continue;
    }
    const std::string_view head = View(start, *header_end);
    WarcRecord r;
    r.offset = !gzip || aligned ? FileOffset(start) : -1;
    size_t pos = head.find('\n');
    r.version = std::string(head.substr(0, pos));
    if (!r.version.empty() && r.version.back() == '\r') r.version.pop_back();
    while (pos != std::string_view::npos) {
      const size_t line_start = pos + 1;
      pos = head.find('\n', line_start);
      std::string_view line = head.substr(
          line_start, pos == std::string_view::npos ? std::string_view::npos : pos - line_start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty()) continue;
      if ((line.front() == ' ' || line.front() == '\t') && !r.headers.empty()) {
        r.headers.back().second += " ";
        r.headers.back().second += line.substr(line.find_first_not_of(" \t"));
        continue;
      }
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view name = line.substr(0, colon);
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
        value.remove_prefix(1);
      }
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) {
        value.remove_suffix(1);
      }
      r.headers.emplace_back(std::string(name), std::string(value));
    }

    // The block: Content-Length, checked against the member the record starts.
    std::optional<int64_t> length;
    if (std::string_view cl = r.Header("Content-Length"); !cl.empty()) {
      if (cl.size() <= 18 &&
          std::all_of(cl.begin(), cl.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        length = std::stoll(std::string(cl));
      }
    }
    if (!length) Warn(start, "missing or bad Content-Length");
    const int64_t max_block = options.max_block_bytes;
    int64_t block_end = 0;
    int64_t next = 0;
    if (length && *length > max_block) {
      Warn(start, "block of " + std::to_string(*length) + " bytes over the limit: skipped");
      if (Status s = SkipTo(start, block_start + *length, aligned); !s.ok()) return s;
      continue;
    }
    const int64_t want = length ? block_start + *length : block_start + max_block;
    if (length) {
      if (Result<bool> r2 = Ensure(want + 4); !r2.ok()) return r2.status();
    } else {
      // Read until the member ends (aligned) or the next record's header, or the limit.
      for (;;) {
        if (aligned && FirstIn(member_ends, start, End() + 1)) break;
        if (FirstIn(breaks, start, End() + 1)) break;
        if (!aligned) {
          Result<std::optional<int64_t>> at = Find("\r\n\r\nWARC/1.", block_start, want);
          if (!at.ok()) return at.status();
          if (*at) break;
        }
        if (End() >= want) break;
        Result<bool> more = Fill();
        if (!more.ok()) return more.status();
        if (!*more) break;
      }
    }
    // -1: the record does not start a member, or its member's end is not read yet.
    const int64_t member_end =
        aligned ? FirstIn(member_ends, start, End() + 1).value_or(-1) : int64_t{-1};
    const std::optional<int64_t> broken = FirstIn(breaks, start, std::min(want, End()) + 1);
    if (broken && (member_end < 0 || *broken <= member_end)) {
      Warn(start, "truncated record (broken gzip member): skipped");
      Consume(*broken);
      continue;
    }
    if (member_end >= 0) {
      // One record per member: the member's end is the record's, whatever it claims.
      int64_t e = member_end;
      while (e > block_start && (View(e - 1, e) == "\r" || View(e - 1, e) == "\n")) --e;
      const int64_t expected_end = length ? want : -1;
      // The length fits when only the record's CRLFs follow it in the member, or the next
      // record does (a member holding several records).
      bool fits = false;
      if (length && want <= member_end) {
        const std::string_view rest = View(want, member_end);
        const size_t text = rest.find_first_not_of("\r\n");
        fits = text == std::string_view::npos || rest.substr(text, 5) == "WARC/";
      }
      if (!fits) {
        if (length) {
          Warn(start, "Content-Length " + std::to_string(*length) + " disagrees with the record (" +
                          std::to_string(e - block_start) + " bytes): used the record's end");
        }
        if (e - block_start > max_block) {
          Warn(start, "block over the limit: skipped");
          Consume(member_end);
          continue;
        }
        block_end = std::max(block_start, e);
        next = member_end;
      } else {
        block_end = expected_end;
        next = expected_end;  // the CRLFs, then the member's end or the next record
      }
    } else if (length) {
      if (End() < want) {
        Warn(start, "truncated record (file ends inside it): skipped");
        Consume(End());
        continue;
      }
      block_end = want;
      next = want;
    } else {
      Result<std::optional<int64_t>> at =
          aligned ? Result<std::optional<int64_t>>(std::optional<int64_t>())
                  : Find("\r\n\r\nWARC/1.", block_start, want);
      if (!at.ok()) return at.status();
      if (*at) {
        block_end = **at;
        next = **at + 4;
      } else if (End() < want) {
        block_end = End();
        while (block_end > block_start &&
               (View(block_end - 1, block_end) == "\r" || View(block_end - 1, block_end) == "\n")) {
          --block_end;
        }
        next = End();
      } else {
        Warn(start, "record without Content-Length over the limit: skipped");
        Consume(want);
        continue;
      }
    }
    r.block.assign(View(block_start, block_end));
    record = std::move(r);
    Consume(next);
    return true;
  }
}

WarcReader::WarcReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WarcReader::~WarcReader() = default;

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path,
                                                     WarcReaderOptions options) {
  return OpenAt(path, 0, options);
}

Result<std::unique_ptr<WarcReader>> WarcReader::OpenAt(const std::string& path, int64_t offset,
                                                       WarcReaderOptions options) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
  if (offset < 0 || ::lseek(fd.get(), offset, SEEK_SET) != offset) {
    return Status::InvalidArgument("cannot seek " + path + " to " + std::to_string(offset));
  }
  auto impl = std::make_unique<Impl>();
  impl->in_base = offset;  // file offsets stay absolute
  impl->start_offset = offset;
  struct stat st {};
  if (::fstat(fd.get(), &st) == 0 && S_ISREG(st.st_mode)) impl->file_size = st.st_size;
  impl->fd = std::move(fd);
  impl->options = options;
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(impl->fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  return std::unique_ptr<WarcReader>(new WarcReader(std::move(impl)));
}

std::unique_ptr<WarcReader> WarcReader::FromString(std::string data, WarcReaderOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->from_mem = true;
  impl->file_size = static_cast<int64_t>(data.size());
  impl->mem = std::move(data);
  impl->options = options;
  return std::unique_ptr<WarcReader>(new WarcReader(std::move(impl)));
}

Result<bool> WarcReader::Next(WarcRecord& record) {
  try {
    return impl_->Next(record);
  } catch (const std::exception& e) {  // allocation failure on a hostile file
    return Status::ResourceExhausted(std::string("warc: ") + e.what());
  }
}

std::vector<std::string> WarcReader::TakeWarnings() {
  std::vector<std::string> out;
  out.swap(impl_->warnings);
  return out;
}

int64_t WarcReader::bytes_consumed() const {
  return impl_->in_base + static_cast<int64_t>(impl_->in_pos);
}

int64_t WarcReader::bytes_decoded() const { return impl_->End(); }

int64_t WarcReader::file_size() const { return impl_->file_size; }

}  // namespace newsdesk
