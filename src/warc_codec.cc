#include "warc_codec.h"

#include <cerrno>
#include <cstring>
#include <memory>

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

// Owns a deflate stream.
class Deflater {
 public:
  explicit Deflater(int level) {
    ok_ = deflateInit2(&z_, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  }
  ~Deflater() {
    if (ok_) deflateEnd(&z_);
  }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
  bool ok() const { return ok_; }
  z_stream& stream() { return z_; }

 private:
  z_stream z_{};
  bool ok_ = false;
};

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

std::string GzipMember(std::initializer_list<std::string_view> parts, int level) {
  Deflater d(level);
  if (!d.ok()) return {};
  z_stream& z = d.stream();
  size_t total = 0;
  for (std::string_view p : parts) total += p.size();
  std::string out;
  out.resize(deflateBound(&z, total) + 64);
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  size_t index = 0;
  for (std::string_view p : parts) {
    ++index;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(p.data()));
    z.avail_in = static_cast<uInt>(p.size());
    const int flush = index == parts.size() ? Z_FINISH : Z_NO_FLUSH;
    for (;;) {
      const int rc = deflate(&z, flush);
      if (rc == Z_STREAM_END) break;
      if (rc != Z_OK && rc != Z_BUF_ERROR) return {};
      if (flush == Z_NO_FLUSH && z.avail_in == 0) break;
      if (z.avail_out == 0) {  // deflateBound is an upper bound; grow anyway
        const size_t used = out.size();
        out.resize(used * 2);
        z.next_out = reinterpret_cast<Bytef*>(out.data() + used);
        z.avail_out = static_cast<uInt>(out.size() - used);
      }
    }
  }
  out.resize(z.total_out);
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
