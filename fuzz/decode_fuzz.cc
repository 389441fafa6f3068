// Fuzz target for Decode: the first byte picks a Content-Type header from a small list,
// the rest is the page. Decode must never crash and must always produce valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsdesk/decode.h"

namespace {
bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* kHeaders[] = {"",
                                   "text/html; charset=utf-8",
                                   "text/html; charset=windows-1255",
                                   "text/html; charset=utf-16",
                                   "text/html; charset=shift_jis",
                                   "text/html; charset=\"gb2312\"",
                                   "text/html; charset=bogus",
                                   "text/html; charset="};
  std::string_view ct;
  if (size > 0) {
    ct = kHeaders[data[0] % (sizeof(kHeaders) / sizeof(kHeaders[0]))];
    ++data;
    --size;
  }
  auto r = newsdesk::Decode(std::string_view(reinterpret_cast<const char*>(data), size), ct);
  if (r.ok() && !ValidUtf8(r->text)) std::abort();
  return 0;
}
