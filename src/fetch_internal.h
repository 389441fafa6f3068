// Internal pieces of the fetcher exposed for unit tests. Not installed; not a contract.
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

// The same for a numeric address in text form ("10.0.0.1", "::1"); false if unparsable.
bool IsPrivateAddressText(const std::string& address);

}  // namespace newsdesk::fetch_internal

#endif  // NEWSDESK_SRC_FETCH_INTERNAL_H_
