#include "warc_codec.h"

#include <cerrno>
#include <cstring>
#include <memory>

#include <libdeflate.h>
#include <openssl/evp.h>
#include <unistd.h>

namespace newsdesk::warc_internal {

Fd::~Fd() {
  if (fd_ >= 0) ::close(fd_);
}

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.release();
  }
  return *this;
}

Status Fd::Close() {
  if (fd_ < 0) return Status::OK();
  const int rc = ::close(release());
  if (rc != 0) return Status::IOError(std::string("close: ") + std::strerror(errno));
  return Status::OK();
}

Inflater::Inflater(int window_bits) { ok_ = inflateInit2(&z_, window_bits) == Z_OK; }

Inflater::~Inflater() {
  if (ok_) inflateEnd(&z_);
}

namespace {

// Owns a libdeflate compressor.
struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

std::string Base32(const unsigned char* data, size_t n) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  out.reserve((n + 4) / 5 * 8);
  uint64_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    buffer = (buffer << 8) | data[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
  while (out.size() % 8 != 0) out.push_back('=');
  return out;
}

}  // namespace

// Buffers kept per thread for the next record up to this size; a larger record's go.
constexpr size_t kKeptBufferBytes = size_t{4} << 20;

std::string GzipMember(std::initializer_list<std::string_view> parts, int level) {
  // One compressor per thread, kept: allocating one costs about as much as compressing a
  // page. libdeflate compresses a whole buffer, so the parts are joined first.
  thread_local Compressor compressor;
  thread_local int compressor_level = 0;
  thread_local std::string joined;
  if (!compressor || compressor_level != level) {
    compressor.reset(libdeflate_alloc_compressor(level));
    compressor_level = level;
    if (!compressor) return {};
  }
  std::string_view in;
  if (parts.size() == 1) {
    in = *parts.begin();
  } else {
    joined.clear();
    for (std::string_view p : parts) joined.append(p);
    in = joined;
  }
  // The output goes to a kept buffer of the worst-case size, and only what was written is
  // copied out: a fresh buffer of that size would be zero-filled (and page-faulted in) on
  // every record.
  thread_local std::string buffer;
  const size_t bound = libdeflate_gzip_compress_bound(compressor.get(), in.size());
  if (buffer.size() < bound) buffer.resize(bound);
  const size_t n =
      libdeflate_gzip_compress(compressor.get(), in.data(), in.size(), buffer.data(), bound);
  std::string out(buffer.data(), n);
  if (buffer.size() > kKeptBufferBytes) std::string().swap(buffer);
  if (joined.capacity() > kKeptBufferBytes) std::string().swap(joined);
  return out;
}

bool InflateAll(std::string_view data, int64_t max_out, std::string& out, bool& truncated) {
  truncated = false;
  for (int window_bits : {15 + 32, -15}) {  // gzip or zlib (detected), else raw deflate
    Inflater inf(window_bits);
    if (!inf.ok()) return false;
    z_stream& z = inf.stream();
    out.clear();
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof(buf);
      rc = inflate(&z, Z_NO_FLUSH);
      const size_t got = sizeof(buf) - z.avail_out;
      if (static_cast<int64_t>(out.size() + got) > max_out) {
        out.append(buf, static_cast<size_t>(max_out - static_cast<int64_t>(out.size())));
        truncated = true;
        return true;
      }
      out.append(buf, got);
      if (rc == Z_BUF_ERROR && got > 0) rc = Z_OK;  // output was full; go on
    }
    if (rc == Z_STREAM_END) return true;
    if (!out.empty()) {
      truncated = true;
      return true;
    }
  }
  return false;
}

std::string Sha1Base32(std::initializer_list<std::string_view> parts) {
  std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha1(), nullptr) != 1) return {};
  for (std::string_view p : parts) {
    if (EVP_DigestUpdate(ctx.get(), p.data(), p.size()) != 1) return {};
  }
  if (EVP_DigestFinal_ex(ctx.get(), digest, &n) != 1) return {};
  return Base32(digest, n);
}

Status WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(std::string("write: ") + std::strerror(errno));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::OK();
}

}  // namespace newsdesk::warc_internal
