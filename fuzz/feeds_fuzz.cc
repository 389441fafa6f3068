// Fuzz target for the feed and sitemap parser (src/feeds.cc): arbitrary bytes, as XML or
// gzip, from an https or a file: document URL. The parser must never crash, never leak,
// and never return a link that breaks the safety contract of include/newsdesk/feeds.h.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsdesk/feeds.h"
#include "newsdesk/url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (data == nullptr) return 0;
  std::string_view body(reinterpret_cast<const char*>(data), size);
  for (int mode = 0; mode < 2; ++mode) {
    newsdesk::FeedParseOptions options;
    options.allow_file_links = true;
    options.max_document_bytes = 8 << 20;
    const char* base = mode == 0 ? "https://fuzz.example/dir/feed.xml" : "file:///tmp/feed.xml";
    newsdesk::Result<newsdesk::ParsedFeed> r = newsdesk::ParseFeed(body, base, options);
    if (!r.ok()) continue;
    for (const newsdesk::FeedEntry& e : r->entries) {
      std::string_view url = e.url;
      bool web = (url.starts_with("http://") || url.starts_with("https://")) &&
                 !newsdesk::UrlHost(url).empty();
      if (!web && !(mode == 1 && url.starts_with("file:"))) std::abort();
    }
  }
  return 0;
}
