// Fuzz target for the Retry-After parser (RFC 9110 §10.2.3: delay-seconds or HTTP-date),
// which reads a header straight from any server. Also exercises the backoff arithmetic
// with fuzzed attempt numbers.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../src/fetch_internal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view value(reinterpret_cast<const char*>(data), size);
  auto now = std::chrono::system_clock::from_time_t(1700000000);
  auto delay = newsdesk::fetch_internal::ParseRetryAfter(value, now);
  if (delay && delay->count() < 0) __builtin_trap();  // never a negative wait

  newsdesk::FetchOptions options;
  int attempt = size > 0 ? static_cast<int8_t>(data[0]) : 1;
  auto backoff =
      newsdesk::fetch_internal::BackoffDelay(options, attempt, size > 1 ? data[1] / 256.0 : 0);
  if (backoff.count() < 0 || backoff > options.max_retry_delay) __builtin_trap();
  return 0;
}
