// Differential fuzz target for the fetcher's URL split (src/fetch.cc): whenever the fast
// path (SplitSimpleUrl) accepts a URL, curl's parser must accept it too and split it the
// same way (scheme, origin, path and query), since the origin keys politeness and
// robots.txt and the path is what robots rules are matched against.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../src/fetch_internal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string url(reinterpret_cast<const char*>(data), size);
  auto fast = newsdesk::fetch_internal::SplitSimpleUrl(url);
  if (!fast) return 0;
  auto slow = newsdesk::fetch_internal::ParseUrlWithCurl(url);
  if (!slow || !(*slow == *fast)) __builtin_trap();
  return 0;
}
