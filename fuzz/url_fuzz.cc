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

  // Canonicalization is idempotent, on the input and on what resolving gives.
  auto check_idempotent = [](std::string_view url) {
    newsdesk::Result<std::string> canonical = newsdesk::CanonicalizeUrl(url);
    if (!canonical.ok()) return;
    newsdesk::Result<std::string> again = newsdesk::CanonicalizeUrl(*canonical);
    if (!again.ok() || *again != *canonical) __builtin_trap();
  };
  check_idempotent(input);
  newsdesk::Result<std::string> resolved = newsdesk::ResolveUrl(base, ref);
  if (resolved.ok()) check_idempotent(*resolved);
  (void)newsdesk::UrlHost(input);
  (void)newsdesk::ChooseCanonicalUrl(base, ref);
  return 0;
}
