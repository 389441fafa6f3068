// Fuzz target for the normalizer: any bytes through NormalizeText, MatchKey, Words,
// UnreadableTextReason and DetectLanguage. Checks: outputs are valid UTF-8, NormalizeText is idempotent, and
// MatchKey is stable under NormalizeText of its input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "newsdesk/language.h"
#include "newsdesk/normalize.h"

namespace {
// Well-formed UTF-8 per Unicode Table 3-7 (no overlongs, surrogates or > U+10FFFF).
bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80                   ? 1
               : (b >= 0xC2 && b <= 0xDF) ? 2
               : (b >= 0xE0 && b <= 0xEF) ? 3
               : (b >= 0xF0 && b <= 0xF4) ? 4
                                          : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      unsigned char lo = 0x80, hi = 0xBF;
      if (k == 1 && b == 0xE0) lo = 0xA0;
      if (k == 1 && b == 0xED) hi = 0x9F;
      if (k == 1 && b == 0xF0) lo = 0x90;
      if (k == 1 && b == 0xF4) hi = 0x8F;
      if (c < lo || c > hi) return false;
    }
    i += n;
  }
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string norm = newsdesk::NormalizeText(text);
  if (!ValidUtf8(norm)) std::abort();
  if (newsdesk::NormalizeText(norm) != norm) std::abort();
  std::string key = newsdesk::MatchKey(text);
  if (!ValidUtf8(key)) std::abort();
  for (const std::string& w : newsdesk::Words(text)) {
    if (w.empty() || !ValidUtf8(w)) std::abort();
  }
  const std::string why = newsdesk::UnreadableTextReason(text);
  if (!ValidUtf8(why)) std::abort();
  newsdesk::LanguageGuess g = newsdesk::DetectLanguage(text, size > 0 && data[0] < 64 ? "he" : "");
  if (g.confidence < 0 || g.confidence > 100) std::abort();
  return 0;
}
