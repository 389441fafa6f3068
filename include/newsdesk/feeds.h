// Feeds and sitemaps: discovery of article URLs from RSS 0.90/0.91/0.92/1.0 (RDF)/2.0,
// Atom 1.0 (RFC 4287), sitemaps (sitemaps.org protocol 0.9: `urlset` and `sitemapindex`,
// with Google News `news:` extensions) and gzip-compressed sitemaps. Pure: no I/O; the
// caller fetches the document and hands over its bytes. No libxml2 or zlib type here.
//
// Safety contract (the input is hostile):
//   - No network, no file and no DTD is ever read while parsing: external entities and
//     external DTD subsets are not loaded, and entity references are never expanded into
//     entry text (so XXE and "billion laughs" documents yield nothing but diagnostics).
//   - Gzip input is inflated only up to FeedParseOptions::max_document_bytes.
//   - A discovered link is returned only when its scheme is http or https. The one
//     exception is a document the user named on the command line or in a pipeline file
//     (read from disk): with allow_file_links, its links (typically relative) may resolve
//     to file: URLs. A document fetched over http(s) can never point at a local file.
//   - One bad item never fails the document: it is skipped with a diagnostic.
//
// Thread-safety: ParseFeed is reentrant; call it from any number of threads.
#ifndef NEWSDESK_FEEDS_H_
#define NEWSDESK_FEEDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

enum class FeedKind {
  kRss,           // RSS 0.9x, 1.0 (RDF) or 2.0
  kAtom,          // Atom 1.0
  kUrlset,        // sitemap listing pages
  kSitemapIndex,  // sitemap listing other sitemaps
};
std::string_view FeedKindName(FeedKind kind);  // "rss", "atom", "urlset", "sitemapindex"

struct FeedEntry {
  // Absolute URL: the item's link resolved against xml:base and the document URL
  // (RFC 3986 §5). For a sitemapindex entry, the URL of a child sitemap.
  std::string url;
  std::string title;  // item/entry title or news:title, whitespace-collapsed; may be ""
  // The date as written, unparsed: RSS pubDate or dc:date, Atom published (else updated),
  // news:publication_date (else lastmod) for sitemaps. "" when absent.
  std::string published;
  std::string lastmod;      // sitemap <lastmod> or Atom <updated>, as written; may be ""
  bool is_sitemap = false;  // true for the entries of a sitemapindex
};

struct FeedParseOptions {
  // See the safety contract above. Honoured only when the document URL is a file: URL.
  bool allow_file_links = false;
  // Cap on the document after gzip inflation; sitemaps.org allows 50 MB uncompressed.
  int64_t max_document_bytes = 52'428'800;
  // Entries beyond this are dropped with one diagnostic (sitemaps.org: 50,000 per file).
  size_t max_entries = 50'000;
};

struct ParsedFeed {
  FeedKind kind = FeedKind::kRss;
  std::string title;  // channel/feed title; "" for sitemaps
  // In document order; each URL appears once (the first occurrence wins).
  std::vector<FeedEntry> entries;
  // One line per skipped item or recovered error, e.g. "line 12: item 3: no link".
  std::vector<std::string> diagnostics;
};

// Parses `body` (XML, or gzip-compressed XML detected by its magic bytes) fetched from
// `document_url`, an absolute URL used to resolve relative links.
// Errors: InvalidArgument when the bytes are not XML or the root element is not a known
// feed or sitemap format; ResourceExhausted when inflated gzip exceeds the cap;
// Corruption for a damaged gzip stream. An OK result may have zero entries.
Result<ParsedFeed> ParseFeed(std::string_view body, std::string_view document_url,
                             const FeedParseOptions& options = {});

// True when `body` starts with the gzip magic bytes (RFC 1952 §2.3.1).
bool LooksGzipped(std::string_view body);

}  // namespace newsdesk

#endif  // NEWSDESK_FEEDS_H_
