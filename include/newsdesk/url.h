// URLs (RFC 3986, via uriparser): resolution and canonicalization. Pure; thread-safe.
//
// Inputs may be IRIs as found in real pages (RFC 3987): surrounding ASCII whitespace is
// trimmed, tabs and newlines inside are dropped, non-ASCII bytes and characters that are
// not allowed in a URI (space, '"', '<', '>', '\', '^', '`', '{', '|', '}') are
// percent-encoded as UTF-8 before parsing, and an internationalized host name is converted
// to its lower-case ASCII (punycode, UTS #46) form.
#ifndef NEWSDESK_URL_H_
#define NEWSDESK_URL_H_

#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

// Resolves `ref` against the absolute URI `base` (RFC 3986 section 5.2, strict parser:
// a same-scheme "http:g" is not special-cased). The fragment of `ref` is kept.
// InvalidArgument when either does not parse or `base` has no scheme.
Result<std::string> ResolveUrl(std::string_view base, std::string_view ref);

// Canonical form for dedup, comparable with ==:
//  - RFC 3986 §6.2.2 syntax normalization: lower-case scheme and host, upper-case hex in
//    percent-encodings, percent-encoded unreserved characters decoded, dot segments removed;
//  - §6.2.3 scheme-based normalization for http/https: default port (80/443) removed,
//    empty path becomes "/";
//  - fragment dropped;
//  - tracking query parameters removed (IsTrackingParameter), the other parameters kept
//    in their order and encoding; an empty query ("?") is dropped.
// InvalidArgument when `url` does not parse or is not absolute (no scheme).
Result<std::string> CanonicalizeUrl(std::string_view url);

// True when the query parameter named `name` (as written, percent-decoded or not) only
// tracks campaigns or clicks: utm_*, fbclid, gclid, msclkid, mc_cid, ... (one table in
// url.cc; compared case-insensitively).
bool IsTrackingParameter(std::string_view name);

// The host of an absolute URL, lower-case (an IDN host in its ASCII form); "" when there
// is none (file:, mailto:, unparsable input).
std::string UrlHost(std::string_view url);

// The URL to store for a page fetched at `page_url` whose HTML names `rel_canonical`
// (possibly relative): the canonical form of rel=canonical when it resolves to the same
// site (same host once a leading "www." is ignored), else the canonical form of
// `page_url`. InvalidArgument only when `page_url` itself is not a valid absolute URL.
Result<std::string> ChooseCanonicalUrl(std::string_view page_url, std::string_view rel_canonical);

}  // namespace newsdesk

#endif  // NEWSDESK_URL_H_
