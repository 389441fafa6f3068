// Internals of the extract stage shared between extract.cc (DOM walk, main text) and
// extract_meta.cc (JSON-LD, URLs, titles). Not a public interface. All functions are pure
// and thread-safe.
#ifndef NEWSDESK_EXTRACT_INTERNAL_H_
#define NEWSDESK_EXTRACT_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

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

// Collapses whitespace runs to one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace newsdesk::extract_internal

#endif  // NEWSDESK_EXTRACT_INTERNAL_H_
