// The byte-level pieces of the WARC stage shared by the writer and the reader: RAII owners
// for zlib streams and file descriptors, gzip members (written with libdeflate, read with
// zlib), sha1/base32. Not installed; not a
// contract.
#ifndef NEWSDESK_SRC_WARC_CODEC_H_
#define NEWSDESK_SRC_WARC_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <zlib.h>

#include "newsdesk/status.h"

namespace newsdesk::warc_internal {

// Owns a file descriptor; closes it on destruction.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd();
  Fd(Fd&& other) noexcept : fd_(other.release()) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  // Closes now; the error of close(2), if any.
  Status Close();

 private:
  int fd_ = -1;
};

// Owns an inflate stream (inflateEnd on destruction). `window_bits` as for inflateInit2.
class Inflater {
 public:
  explicit Inflater(int window_bits);
  ~Inflater();
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream& stream() { return z_; }
  void Reset() { inflateReset(&z_); }

 private:
  z_stream z_{};
  bool ok_ = false;
};

// One gzip member holding `parts` concatenated, at libdeflate `level` (1..12); "" when
// the level is out of range or allocation failed.
std::string GzipMember(std::initializer_list<std::string_view> parts, int level);

// Inflates `data` (gzip, zlib or raw deflate, detected) into `out`, at most `max_out`
// bytes. Returns false when nothing could be inflated; `truncated` is set when the stream
// ended early or was corrupt after some output.
bool InflateAll(std::string_view data, int64_t max_out, std::string& out, bool& truncated);

// sha1 of the concatenated parts, base32 (RFC 4648, upper case, padded).
std::string Sha1Base32(std::initializer_list<std::string_view> parts);

// Writes all of `data` to `fd` (retrying short writes and EINTR).
Status WriteAll(int fd, std::string_view data);

}  // namespace newsdesk::warc_internal

#endif  // NEWSDESK_SRC_WARC_CODEC_H_
