// Fuzz target for Extract: arbitrary bytes as a page (after Decode, as in the pipeline).
// Extract must never crash, and its text must stay valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsdesk/decode.h"
#include "newsdesk/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto d = newsdesk::Decode(bytes, "");
  if (!d.ok()) return 0;
  auto e = newsdesk::Extract(d->text, "https://example.org/2026/02/14/a?b=c#d", "he");
  if (e.ok() && e->text.size() > d->text.size() * 4 + 1024) std::abort();
  return 0;
}
