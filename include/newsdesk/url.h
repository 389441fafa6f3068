// URLs (RFC 3986, via uriparser): resolution and canonicalization. Pure; thread-safe.
#ifndef NEWSDESK_URL_H_
#define NEWSDESK_URL_H_

#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

// Resolves `ref` against `base` (RFC 3986 section 5).
Result<std::string> ResolveUrl(std::string_view base, std::string_view ref);

// Canonical form for dedup: lower-case scheme and host, default port removed, percent-
// encoding normalized, dot segments removed, fragment dropped, tracking parameters
// (utm_*, fbclid, gclid, ...) removed, other query parameters kept in order.
Result<std::string> CanonicalizeUrl(std::string_view url);

// The host of an absolute URL, lower-case; "" when there is none (file:).
std::string UrlHost(std::string_view url);

}  // namespace newsdesk

#endif  // NEWSDESK_URL_H_
