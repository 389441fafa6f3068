// Fetch stage: turns URLs into response bytes. libcurl's multi_socket API driven by
// boost::asio::io_context event loops (one by default; see src/fetch.cc), with politeness
// (global and per-host limits, per-host delay, robots.txt), retries with backoff,
// conditional GET, size caps and a private-network guard. No curl or Asio type appears
// here.
//
// Thread-safety: Submit(), Shutdown() and Cancel() may be called from any thread. Run()
// must be called from exactly one thread (the fetcher's thread); completion callbacks run
// on that thread and must not block for long. With FetchOptions::io_threads > 1, Run()
// starts and joins the extra threads itself.
#ifndef NEWSDESK_FETCH_H_
#define NEWSDESK_FETCH_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

class RobotsCache;  // newsdesk/robots.h

// Keeps per-host politeness across processes fetching from the same hosts (the workers
// sharing a frontier, docs/scale.md): the per-host concurrency cap and delay hold for all
// of them together. The fetcher asks it before each request to an http(s) origin
// (robots.txt fetches included) and tells it when each request it let start has ended.
// Both are called on the fetcher's thread, so they must be quick.
class HostPacer {
 public:
  // What TryStart decided.
  struct Start {
    std::chrono::milliseconds wait{0};  // > 0: not now; ask again after this long
    int slot = -1;                      // started: the slot it holds (-1: none to give back)
  };
  virtual ~HostPacer() = default;
  // Whether a request to `origin` may start now: fewer than `max_in_flight` requests to it
  // in flight in all processes, and none started by any of them within `delay`. If so,
  // takes a slot for it and records it as started.
  virtual Start TryStart(const std::string& origin, std::chrono::milliseconds delay,
                         int max_in_flight) = 0;
  // The request TryStart gave `slot` has ended (whatever its outcome).
  virtual void Done(const std::string& origin, int slot) = 0;
};

// The fetcher's clocks. The steady one times its scheduling (per-host delay, backoff and
// Retry-After waits, robots.txt before a host's first request, FetchResponse::elapsed);
// the system one dates what comes from or goes outside (Retry-After HTTP-dates,
// FetchResponse::retry_at, HttpExchange::date, the age of a RobotsCache entry). Called on
// the fetcher's thread only. The fetcher's timers wait in real time for the differences
// it computes on this clock, so a clock given to a running Fetcher must advance (e.g. the
// real clocks shifted by an offset); the scheduling policy itself is tested on simulated
// time without I/O (src/fetch_schedule.h).
class FetchClock {
 public:
  virtual ~FetchClock() = default;
  virtual std::chrono::steady_clock::time_point SteadyNow() = 0;
  virtual std::chrono::system_clock::time_point SystemNow() = 0;
};

struct FetchOptions {
  int max_total = 64;                              // transfers in flight, all hosts
  int max_per_host = 2;                            // transfers in flight per host
  std::chrono::milliseconds per_host_delay{1000};  // between request starts on one host
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds total_timeout{60000};
  int low_speed_bytes_per_s = 100;            // abort below this rate ...
  std::chrono::seconds low_speed_time{20};    // ... sustained this long
  int64_t max_body_bytes = 10 * 1024 * 1024;  // after decompression
  int max_redirects = 10;
  int max_attempts = 3;  // retries for transient failures
  // Across runs (kept by the pipeline's frontier, not the fetcher): a URL whose passing
  // failures reach this many attempts in all is final, "gave up after N attempts".
  // 0 = retried on every later run, forever.
  int give_up_after = 12;
  std::chrono::milliseconds retry_base_delay{1000};  // backoff: base * 2^(attempt-1) + jitter
  std::chrono::milliseconds max_retry_delay{300000};
  std::string user_agent = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)";
  // Threads that drive transfers (each one libcurl multi handle on its own event loop).
  // The first is the thread that calls Run(), which also schedules (limits, delays,
  // robots.txt, retries) and runs every callback; the others only move bytes. One is
  // plenty for a crawl; more raise the ceiling of requests per second on many cores.
  int io_threads = 1;  // 1 to 64
  bool obey_robots = true;
  bool allow_file_urls = false;         // file:// only for lists the user gives
  bool allow_private_networks = false;  // loopback, RFC 1918, link-local, ...
  // PEM file of the CAs to trust for https instead of the system store (tests); empty: the
  // system store. Peer and host verification are always on.
  std::string ca_file;
  // Optional: robots.txt answers kept across runs (e.g. in the store). Without it each
  // run fetches robots.txt once per origin. Entries older than the TTL are refetched
  // (RFC 9309 §2.4: SHOULD NOT use a cached copy for more than 24 hours).
  std::shared_ptr<RobotsCache> robots_cache;
  std::chrono::hours robots_cache_ttl{24};
  // Optional: the per-host concurrency cap (max_per_host) and delay (per_host_delay or a
  // robots.txt Crawl-delay) kept across processes as well; null = within this fetcher only.
  std::shared_ptr<HostPacer> host_pacer;
  // Optional: the clocks the fetcher reads; null = steady_clock and system_clock.
  std::shared_ptr<FetchClock> clock;
  // Keep each HTTP exchange of a request (FetchResponse::exchanges) for an archive. Costs
  // a copy of each body and curl's header trace; robots.txt fetches are not kept.
  bool record_exchanges = false;
};

// One HTTP request and its response as they crossed the wire, for archives
// (newsdesk/warc.h). Each redirect hop and each retry that got a response is one.
struct HttpExchange {
  std::string url;
  std::string remote_ip;                       // "" when unknown
  std::chrono::system_clock::time_point date;  // when the request was sent
  // Request line and header lines as sent, CRLF-terminated, ending with an empty line.
  std::string request_head;
  // Status line and header lines as received (the final block, after any 1xx), ending
  // with an empty line.
  std::string response_head;
  // The body as the fetcher keeps it: content coding undone, at most max_body_bytes.
  std::string body;
};

// How a fetch ended. Every request ends in exactly one of these.
enum class FetchOutcome {
  kOk,            // 2xx with a body (http) or a readable file (file://)
  kNotModified,   // 304 to a conditional request
  kHttpError,     // final non-2xx status (404, 410, other 4xx; 5xx/429 after retries)
  kNetworkError,  // DNS, connect, reset, TLS, timeout (after retries)
  kTooLarge,      // body over max_body_bytes (after decompression)
  kBlocked,       // disallowed by robots.txt, or robots.txt unavailable (5xx/unreachable)
  kRefused,       // refused by policy: scheme, file: not allowed, private network address
  kInvalidUrl,    // not a URL we can fetch
  kNotStarted,    // never sent: the fetcher was stopped (Stop()) or shut down first
  kNotFound,      // a file: URL whose file does not exist (final; http's 404 is kHttpError)
};
std::string_view FetchOutcomeName(FetchOutcome outcome);  // "ok", "not_modified", ...

struct FetchRequest {
  std::string url;
  std::string etag;           // sent as If-None-Match when non-empty
  std::string last_modified;  // sent as If-Modified-Since when non-empty
  uint64_t tag = 0;           // caller's cookie, returned in the response
};

struct FetchResponse {
  FetchOutcome outcome = FetchOutcome::kNetworkError;
  std::string url;           // as requested
  std::string final_url;     // after redirects
  int http_status = 0;       // 0 for file:// and for failures before a response
  std::string content_type;  // Content-Type header, verbatim
  std::string content_language;
  std::string etag;
  std::string last_modified;
  std::string body;  // decompressed bytes, at most max_body_bytes
  int attempts = 0;
  std::string error;  // why, when outcome != kOk/kNotModified
  // For transient failures that ran out of attempts: when a later run may try again.
  std::optional<std::chrono::system_clock::time_point> retry_at;
  uint64_t tag = 0;
  std::chrono::milliseconds elapsed{0};
  // With FetchOptions::record_exchanges: every exchange of this request, in order (the
  // last one is the final response; none for file:// URLs and failures before a response).
  std::vector<HttpExchange> exchanges;
};

// Requests a fetcher holds back within its run to send again later (backoff after a
// transient failure, or a Retry-After), as Fetcher::RetryWait() sees them.
struct FetchRetryWait {
  int64_t waiting = 0;  // requests waiting to retry
  // When the first of them is due again; unset when none waits.
  std::optional<std::chrono::system_clock::time_point> next;
};

class Fetcher {
 public:
  using Callback = std::function<void(FetchResponse)>;

  static std::unique_ptr<Fetcher> Create(const FetchOptions& options);
  virtual ~Fetcher() = default;
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Queues a request. `done` is called exactly once, on the fetcher's thread, with the
  // final response (after retries and redirects). Thread-safe. After Shutdown(), Stop()
  // or Cancel(), `done` is called at once on the calling thread with kNotStarted
  // ("fetcher is shut down"). If the fetcher is destroyed without Run() completing, pending
  // callbacks are dropped, never called. An exception thrown by `done` is swallowed.
  virtual void Submit(FetchRequest request, Callback done) = 0;

  // Runs the event loop on the calling thread until Shutdown() or Cancel() was called and
  // every accepted request has completed.
  virtual void Run() = 0;

  // No new requests are accepted; Run() returns once the queued ones are done.
  virtual void Shutdown() = 0;

  // No new requests are accepted, and requests not on the wire yet (queued behind the
  // per-host delay or robots.txt, waiting to retry, or a redirect's next hop) end at once
  // with kNotStarted; transfers on the wire complete as usual (a transient failure among
  // them is not retried: it ends with its retry_at). Run() returns once they have; a
  // Cancel() after Stop() aborts them. Thread-safe.
  virtual void Stop() = 0;

  // Aborts queued and in-flight requests (their callbacks still run, with kNetworkError
  // and error "canceled"); Run() returns soon after.
  virtual void Cancel() = 0;

  // The requests waiting to retry now, as of the scheduler's last pass (at most one
  // request's completion behind). Thread-safe. A fetcher that never holds a request back
  // keeps the default: none.
  virtual FetchRetryWait RetryWait() const { return {}; }

 protected:
  Fetcher() = default;
};

// Convenience: fetches one URL synchronously on a private event loop. `running`, when
// given, is called on this thread with the fetcher before it runs and with nullptr once it
// has returned: another thread may Cancel() it in between (a command told to stop).
FetchResponse FetchOne(const FetchRequest& request, const FetchOptions& options,
                       const std::function<void(Fetcher*)>& running = {});

// The origin the fetcher keys politeness and robots.txt by (the `origin` a RobotsCache
// sees): "scheme://host:port" with the scheme and host lower-case and the port explicit,
// for an http(s) URL; "" for any other scheme or a URL the fetcher cannot parse. A cache
// preloaded by these keys is the one the fetcher looks up. Pure; thread-safe.
std::string FetchOrigin(const std::string& url);

}  // namespace newsdesk

#endif  // NEWSDESK_FETCH_H_
