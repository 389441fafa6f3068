// Internal pieces of the fetcher exposed for unit tests, and its URL split for the
// pipeline's robots.txt cache (which must key origins as the fetcher does). Not installed;
// not a contract.
#ifndef NEWSDESK_SRC_FETCH_INTERNAL_H_
#define NEWSDESK_SRC_FETCH_INTERNAL_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <sys/socket.h>

#include "newsdesk/fetch.h"

namespace newsdesk::fetch_internal {

// The delay a Retry-After value asks for (RFC 9110 §10.2.3): delay-seconds or an
// HTTP-date, relative to `now`. A date in the past gives zero; nullopt when unparsable.
std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value,
                                                         std::chrono::system_clock::time_point now);

// Backoff before attempt `attempt + 1` after `attempt` failed (attempt >= 1):
// retry_base_delay * 2^(attempt-1), plus jitter in [0, half of that) scaled by
// `jitter01` in [0, 1), capped at max_retry_delay.
std::chrono::milliseconds BackoffDelay(const FetchOptions& options, int attempt, double jitter01);

// True for loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified, multicast
// and reserved addresses, including IPv4-mapped IPv6 forms of them.
bool IsPrivateAddress(const sockaddr* address);

// An URL split the way the scheduler needs it.
struct ParsedUrl {
  std::string scheme;      // lower-case
  std::string origin;      // scheme://host:port, the unit of politeness and robots.txt
  std::string path_query;  // "/path?query"
  bool operator==(const ParsedUrl&) const = default;
};

// Parses any URL with curl's parser (curl_url); nullopt when curl rejects it or it has no
// host (file: URLs have origin "file://").
std::optional<ParsedUrl> ParseUrlWithCurl(const std::string& url);

// The fast path for the common shape: http(s), a lower-case name or canonical dotted quad,
// an optional port, a path and query of plain characters without escapes, fragments or dot
// segments. Its answer equals ParseUrlWithCurl's; anything else gives nullopt.
std::optional<ParsedUrl> SplitSimpleUrl(std::string_view url);

// SplitSimpleUrl, else ParseUrlWithCurl.
std::optional<ParsedUrl> ParseUrl(const std::string& url);

// The same for a numeric address in text form ("10.0.0.1", "::1"); false if unparsable.
bool IsPrivateAddressText(const std::string& address);

}  // namespace newsdesk::fetch_internal

#endif  // NEWSDESK_SRC_FETCH_INTERNAL_H_
