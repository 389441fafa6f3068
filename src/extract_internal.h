// Internals of the extract stage shared between extract.cc (DOM walk, main text) and
// extract_meta.cc (JSON-LD, URLs, titles). Not a public interface. All functions are pure
// and thread-safe.
#ifndef NEWSDESK_EXTRACT_INTERNAL_H_
#define NEWSDESK_EXTRACT_INTERNAL_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/extract.h"

namespace newsdesk::extract_internal {

// What a page's JSON-LD blocks say about its article (first non-empty value wins).
struct JsonLdInfo {
  std::string headline;
  std::vector<std::string> authors;
  std::string publisher;
  std::string date_published;
  std::string date_modified;
  std::string image;
  std::string description;
  std::string url;
  std::string article_body;
  std::string language;
};

// Merges one <script type="application/ld+json"> body into `info`. Malformed JSON and
// unexpected shapes are ignored (no exception escapes).
void ParseJsonLd(std::string_view json, JsonLdInfo& info);

// `ref` resolved against `base` (RFC 3986 §5.2); `ref` itself when `base` is empty or
// either does not parse; "" when `ref` is empty.
std::string ResolveUrlRef(std::string_view base, std::string_view ref);

// Lower-case host of an absolute URL, without a leading "www."; "" if none.
std::string HostOf(std::string_view url);

// A date embedded in the URL path (/2026/02/14/, /2026-02-14, /20260214/), as found; "".
std::string UrlDate(std::string_view url);

// `title` without a trailing or leading site name ("Story | Site", "Site - Story").
std::string StripSiteFromTitle(std::string_view title, std::string_view site);

// ASCII, Latin-1 (U+00C0..U+00DE) and basic Cyrillic (U+0410..U+042F) upper-case letters
// lowered; other bytes unchanged.
std::string Lower(std::string_view s);

// The first of `phrases` that occurs in `text`; "" when none.
std::string_view FindAny(std::string_view text, std::span<const std::string_view> phrases);

// Whether `text` starts with one of `prefixes`.
bool StartsWithAny(std::string_view text, std::span<const std::string_view> prefixes);

// Collapses whitespace runs to one space and trims.
std::string CollapseSpace(std::string_view s);

// What the page classifier looks at (extract_page_class.cc).
struct PageSignals {
  std::string_view title;  // <title>, og:title, h1 (before the site is stripped)
  const std::vector<std::string>* h1s = nullptr;  // every <h1> text; may be null
  std::string_view text;                          // the main text as selected
  std::string_view page_text;         // all the page's blocks, for short texts; may be ""
  int text_chars = 0;                 // its non-space code points
  int page_chars = 0;                 // text of the whole page's blocks
  int page_link_chars = 0;            // of which inside links
  bool has_article_metadata = false;  // a publication date or an article JSON-LD body
};

// Classifies a page from its extraction; `reason` receives why it is not an article.
PageClass ClassifyPage(const PageSignals& s, std::string& reason);

}  // namespace newsdesk::extract_internal

#endif  // NEWSDESK_EXTRACT_INTERNAL_H_
