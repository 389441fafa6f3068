// Fuzz target for the URL parser front end: ResolveUrl, CanonicalizeUrl, UrlHost.
// Input: base URL, a newline, then a reference (or the whole input as one URL).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "newsdesk/url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nl = input.find('\n');
  const std::string_view base = input.substr(0, nl);
  const std::string_view ref = nl == std::string_view::npos ? input : input.substr(nl + 1);

  newsdesk::Result<std::string> canonical = newsdesk::CanonicalizeUrl(input);
  if (canonical.ok()) {
    // Canonicalization is idempotent.
    newsdesk::Result<std::string> again = newsdesk::CanonicalizeUrl(*canonical);
    if (!again.ok() || *again != *canonical) __builtin_trap();
  }
  (void)newsdesk::ResolveUrl(base, ref);
  (void)newsdesk::UrlHost(input);
  (void)newsdesk::ChooseCanonicalUrl(base, ref);
  return 0;
}
