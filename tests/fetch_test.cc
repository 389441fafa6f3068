#include "newsdesk/fetch.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <unistd.h>

#include "fetch_internal.h"
#include "newsdesk/robots.h"
#include "testing/test_server.h"
#include "testing/wait_for.h"

namespace newsdesk {
namespace {

using std::chrono::milliseconds;
using testing::HttpRequest;
using testing::HttpResponse;
using testing::TestServer;

// Small delays so the suite is fast; loopback allowed explicitly. CTest runs the suite
// twice: as is (one io thread), and with NEWSDESK_TEST_IO_THREADS=3 so every behaviour is
// also checked with transfers spread over three curl loops (tests/CMakeLists.txt).
FetchOptions TestOptions() {
  FetchOptions o;
  if (const char* threads = std::getenv("NEWSDESK_TEST_IO_THREADS"))
    o.io_threads = std::atoi(threads);
  o.allow_private_networks = true;
  o.per_host_delay = milliseconds(0);
  o.retry_base_delay = milliseconds(50);
  o.max_retry_delay = milliseconds(3000);
  // The default 10 s: under ASan on a loaded 2-core machine a TLS handshake took over 2 s,
  // and a handshake cut by a shorter timeout is retried (attempts 2, not 1).
  o.connect_timeout = milliseconds(10000);
  o.total_timeout = milliseconds(5000);
  o.user_agent = "newsdesk-test/1.0 (+https://example.org/contact)";
  return o;
}

FetchRequest Req(std::string url) {
  FetchRequest request;
  request.url = std::move(url);
  return request;
}

FetchResponse Get(const std::string& url, const FetchOptions& options = TestOptions()) {
  return FetchOne(Req(url), options);
}

// A port on 127.0.0.1 where nothing listens.
int ClosedPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

// Runs the fetcher on its own thread for `requests`, returning responses in submit order.
std::vector<FetchResponse> FetchAll(const std::vector<std::string>& urls,
                                    const FetchOptions& options) {
  auto fetcher = Fetcher::Create(options);
  std::vector<FetchResponse> out(urls.size());
  for (size_t i = 0; i < urls.size(); ++i) {
    FetchRequest request = Req(urls[i]);
    request.tag = i;
    fetcher->Submit(request, [&out](FetchResponse r) { out[r.tag] = std::move(r); });
  }
  fetcher->Shutdown();
  fetcher->Run();
  return out;
}

TEST(Fetch, NormalPage) {
  TestServer server;
  FetchResponse r = Get(server.url("/page/1"));
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.http_status, 200);
  EXPECT_NE(r.body.find("<h1>Headline</h1>"), std::string::npos);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(r.url, server.url("/page/1"));
  EXPECT_EQ(r.final_url, server.url("/page/1"));
  EXPECT_FALSE(r.retry_at.has_value());
  EXPECT_EQ(server.hits("/page/1"), 1);
}

TEST(Fetch, HttpsPageWithTrustedCertificate) {
  TestServer server(1, TestServer::Protocol::kHttps);
  FetchOptions o = TestOptions();
  o.ca_file = server.ca_file();
  FetchResponse r = Get(server.url("/page/tls"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.final_url.substr(0, 8), "https://");
  EXPECT_NE(r.body.find("<h1>Headline</h1>"), std::string::npos);
  EXPECT_EQ(server.hits("/robots.txt"), 1);  // robots.txt over https too
}

TEST(Fetch, HttpsUntrustedCertificateIsFinalNetworkError) {
  TestServer server(1, TestServer::Protocol::kHttps);
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  // The system store does not trust the test server's self-signed certificate.
  FetchResponse r = Get(server.url("/page/tls"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kNetworkError);
  EXPECT_NE(r.error.find("(curl 60)"), std::string::npos) << r.error;  // PEER_FAILED_VERIFICATION
  EXPECT_EQ(r.attempts, 1);  // a certificate problem does not go away by retrying
  EXPECT_EQ(server.hits("/page/tls"), 0);
}

TEST(Fetch, TagAndElapsedAreReported) {
  TestServer server;
  server.Handle("/late", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("late");
    r.delay = milliseconds(50);
    return r;
  });
  FetchRequest request = Req(server.url("/late"));
  request.tag = 42;
  FetchResponse r = FetchOne(request, TestOptions());
  EXPECT_EQ(r.tag, 42u);
  EXPECT_GE(r.elapsed.count(), 50);  // a lower bound only: a loaded machine stretches it
}

TEST(Fetch, SendsUserAgentAndAcceptEncoding) {
  TestServer server;
  FetchResponse r = Get(server.url("/echo-headers"));
  ASSERT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_NE(r.body.find("user-agent: newsdesk-test/1.0 (+https://example.org/contact)"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("accept-encoding: "), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("gzip"), std::string::npos) << r.body;
  // Each once: they are our own header lines, not curl's, and must not be doubled.
  auto count = [&](const std::string& needle) {
    int n = 0;
    for (size_t at = r.body.find(needle); at != std::string::npos; at = r.body.find(needle, at + 1))
      ++n;
    return n;
  };
  EXPECT_EQ(count("user-agent:"), 1) << r.body;
  EXPECT_EQ(count("accept-encoding:"), 1) << r.body;
}

TEST(Fetch, ConditionalRequestSendsUserAgentToo) {
  TestServer server;
  FetchRequest request = Req(server.url("/echo-headers"));
  request.etag = "\"v1\"";
  FetchResponse r = FetchOne(request, TestOptions());
  ASSERT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_NE(r.body.find("if-none-match: \"v1\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("user-agent: newsdesk-test/1.0"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("accept-encoding: deflate, gzip"), std::string::npos) << r.body;
}

TEST(Fetch, FollowsRedirectChainAndRecordsFinalUrl) {
  TestServer server;
  FetchResponse r = Get(server.url("/redirect/3"));
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.final_url, server.url("/redirect/0"));
  EXPECT_NE(r.body.find("about arrived."), std::string::npos) << r.body;
  EXPECT_EQ(r.attempts, 1);  // redirects are not retries
  EXPECT_EQ(server.hits("/redirect/1"), 1);
}

TEST(Fetch, StopsAfterMaxRedirects) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_redirects = 3;
  FetchResponse r = Get(server.url("/redirect/5"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_NE(r.error.find("too many redirects"), std::string::npos) << r.error;
  EXPECT_EQ(server.hits("/redirect/1"), 0);
}

TEST(Fetch, DetectsRedirectLoop) {
  TestServer server;
  FetchResponse r = Get(server.url("/loop/a"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_NE(r.error.find("redirect loop"), std::string::npos) << r.error;
  EXPECT_EQ(server.hits("/loop/a"), 1);
  EXPECT_EQ(server.hits("/loop/b"), 1);
}

TEST(Fetch, RefusesRedirectToFileUrl) {
  TestServer server;
  server.Handle("/evil", [](const HttpRequest&) {
    return HttpResponse::Redirect(302, "file:///etc/passwd");
  });
  FetchOptions o = TestOptions();
  o.allow_file_urls = true;  // even then: redirects only go to http(s)
  FetchResponse r = Get(server.url("/evil"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kRefused);
  EXPECT_TRUE(r.body.empty());
}

TEST(Fetch, NotFoundIsFinal) {
  TestServer server;
  FetchResponse r = Get(server.url("/status/404"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(r.http_status, 404);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_FALSE(r.retry_at.has_value());
  EXPECT_EQ(server.hits("/status/404"), 1);
}

TEST(Fetch, GoneIsFinal) {
  TestServer server;
  FetchResponse r = Get(server.url("/status/410"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(r.http_status, 410);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(server.hits("/status/410"), 1);
}

TEST(Fetch, TooManyRequestsHonorsRetryAfterSeconds) {
  TestServer server;
  FetchResponse r = Get(server.url("/flaky/429/1/a?retry_after=1"));
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.attempts, 2);
  EXPECT_GE(r.elapsed.count(), 950);  // Retry-After: 1 beats the 50 ms backoff
}

TEST(Fetch, RetryAfterBeyondMaxDelayEndsWithRetryAt) {
  TestServer server;
  auto before = std::chrono::system_clock::now();
  FetchResponse r = Get(server.url("/flaky/429/5/b?retry_after=3600"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(r.http_status, 429);
  EXPECT_EQ(r.attempts, 1);
  ASSERT_TRUE(r.retry_at.has_value());
  EXPECT_GE(*r.retry_at, before + std::chrono::seconds(3590));
}

// The real clocks shifted by `offset`: what a running fetcher needs (its timers wait in
// real time), with dates that are not today's.
class ShiftedClock : public FetchClock {
 public:
  explicit ShiftedClock(std::chrono::hours offset) : offset_(offset) {}
  std::chrono::steady_clock::time_point SteadyNow() override {
    return std::chrono::steady_clock::now() + offset_;
  }
  std::chrono::system_clock::time_point SystemNow() override {
    return std::chrono::system_clock::now() + offset_;
  }

 private:
  std::chrono::hours offset_;
};

TEST(Fetch, RetryAtIsDatedByTheInjectedClock) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.clock = std::make_shared<ShiftedClock>(std::chrono::hours(48));
  auto before = std::chrono::system_clock::now();
  FetchResponse r = Get(server.url("/flaky/429/5/c?retry_after=3600"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  ASSERT_TRUE(r.retry_at.has_value());
  EXPECT_GE(*r.retry_at, before + std::chrono::hours(48) + std::chrono::seconds(3590));
}

TEST(Fetch, ServiceUnavailableRecoversAfterRetries) {
  TestServer server;
  FetchResponse r = Get(server.url("/flaky/503/2/a"));
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.attempts, 3);
  EXPECT_NE(r.body.find("about recovered."), std::string::npos) << r.body;
  EXPECT_GE(r.elapsed.count(), 50 + 100);  // backoff: base, then 2 * base
}

TEST(Fetch, ServerErrorRunsOutOfAttempts) {
  TestServer server;
  auto before = std::chrono::system_clock::now();
  FetchResponse r = Get(server.url("/flaky/500/10/a"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(r.http_status, 500);
  EXPECT_EQ(r.attempts, 3);
  EXPECT_EQ(server.hits("/flaky/500/10/a"), 3);
  EXPECT_NE(r.error.find("500"), std::string::npos);
  ASSERT_TRUE(r.retry_at.has_value());
  EXPECT_GT(*r.retry_at, before);
}

TEST(Fetch, ConnectionRefusedIsRetriedThenNetworkError) {
  FetchOptions o = TestOptions();
  o.retry_base_delay = milliseconds(10);
  o.obey_robots = false;
  FetchResponse r = Get("http://127.0.0.1:" + std::to_string(ClosedPort()) + "/x", o);
  EXPECT_EQ(r.outcome, FetchOutcome::kNetworkError);
  EXPECT_EQ(r.attempts, 3);
  EXPECT_NE(r.error.find("curl 7"), std::string::npos) << r.error;  // CURLE_COULDNT_CONNECT
  EXPECT_TRUE(r.retry_at.has_value());
}

TEST(Fetch, UnreachableHostIsBlockedByRobotsRule) {
  // With robots obeyed, an unreachable robots.txt disallows the host (RFC 9309 §2.3.1.4).
  FetchResponse r = Get("http://127.0.0.1:" + std::to_string(ClosedPort()) + "/x");
  EXPECT_EQ(r.outcome, FetchOutcome::kBlocked);
  EXPECT_NE(r.error.find("robots.txt unavailable"), std::string::npos) << r.error;
  EXPECT_EQ(r.attempts, 0);
  EXPECT_TRUE(r.retry_at.has_value());
}

TEST(Fetch, SlowDripCompletesWithinTimeout) {
  TestServer server;
  FetchResponse r = Get(server.url("/drip?bytes=5&interval_ms=20"));
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.body, "ddddd");
  EXPECT_GE(r.elapsed.count(), 5 * 20 - 10);
}

TEST(Fetch, SlowDripIsCutByTotalTimeout) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.total_timeout = milliseconds(300);
  o.max_attempts = 1;
  FetchResponse r = Get(server.url("/drip?bytes=100&interval_ms=100"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kNetworkError);
  EXPECT_NE(r.error.find("imeout"), std::string::npos) << r.error;
  EXPECT_GE(r.elapsed.count(), 250);
  EXPECT_LT(r.elapsed.count(), 9000);  // cut: the whole drip takes 10 s
  EXPECT_TRUE(r.body.empty());
}

TEST(Fetch, SlowDripIsCutByLowSpeedLimit) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.low_speed_bytes_per_s = 1000;
  o.low_speed_time = std::chrono::seconds(1);
  o.max_attempts = 1;
  FetchResponse r = Get(server.url("/drip?bytes=100&interval_ms=100"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kNetworkError);
  EXPECT_GE(r.elapsed.count(), 900);
  EXPECT_LT(r.elapsed.count(), 9000);  // cut: the whole drip takes 10 s
}

TEST(Fetch, ResetMidBodyIsANetworkErrorAfterRetries) {
  TestServer server;
  FetchResponse r = Get(server.url("/reset"));
  EXPECT_EQ(r.outcome, FetchOutcome::kNetworkError) << r.error;
  EXPECT_EQ(r.attempts, 3);
  EXPECT_EQ(server.hits("/reset"), 3);
  EXPECT_TRUE(r.body.empty());
}

TEST(Fetch, BodyOverCapIsTooLarge) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_body_bytes = 100000;
  FetchResponse r = Get(server.url("/big?bytes=200000"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kTooLarge);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_TRUE(r.body.empty());
}

TEST(Fetch, BodyUnderCapIsKept) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_body_bytes = 100000;
  FetchResponse r = Get(server.url("/big?bytes=100000"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.body.size(), 100000u);
}

TEST(Fetch, StreamedBodyWithoutLengthIsCutAtCap) {
  // No Content-Length to refuse up front: the cap must stop the body while it streams.
  TestServer server;
  server.Handle("/stream", [](const HttpRequest&) {
    HttpResponse resp = HttpResponse::Text(std::string(4 << 20, 's'));
    resp.close_delimited = true;
    return resp;
  });
  FetchOptions o = TestOptions();
  o.max_body_bytes = 1000;
  FetchResponse r = Get(server.url("/stream"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kTooLarge) << r.error;
  EXPECT_TRUE(r.body.empty());
}

TEST(Fetch, GzipIsDecoded) {
  TestServer server;
  FetchResponse r = Get(server.url("/gzip-bomb?mb=1"));
  ASSERT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.body.size(), size_t{1} << 20);
  EXPECT_EQ(r.body.find_first_not_of('\0'), std::string::npos);
}

TEST(Fetch, GzipBombIsCutOffAfterDecompression) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_body_bytes = 1 << 20;
  FetchResponse r = Get(server.url("/gzip-bomb?mb=32"), o);  // ~32 KB on the wire
  EXPECT_EQ(r.outcome, FetchOutcome::kTooLarge);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_TRUE(r.body.empty());
}

TEST(Fetch, WrongContentTypeIsReportedVerbatim) {
  TestServer server;
  FetchResponse r = Get(server.url("/wrong-type"));
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_EQ(r.content_type, "application/octet-stream");
  EXPECT_EQ(r.body, "<html><body>really html</body></html>");
}

TEST(Fetch, ConditionalGetWithEtagIsNotModified) {
  TestServer server;
  FetchResponse first = Get(server.url("/etag"));
  ASSERT_EQ(first.outcome, FetchOutcome::kOk);
  EXPECT_EQ(first.etag, "\"v1\"");
  EXPECT_EQ(first.last_modified, "Wed, 21 Oct 2015 07:28:00 GMT");

  FetchRequest again = Req(server.url("/etag"));
  again.etag = first.etag;
  FetchResponse second = FetchOne(again, TestOptions());
  EXPECT_EQ(second.outcome, FetchOutcome::kNotModified) << second.error;
  EXPECT_EQ(second.http_status, 304);
  EXPECT_TRUE(second.body.empty());
  EXPECT_FALSE(second.retry_at.has_value());
}

TEST(Fetch, ConditionalGetWithLastModifiedIsNotModified) {
  TestServer server;
  FetchRequest request = Req(server.url("/etag"));
  request.last_modified = "Wed, 21 Oct 2015 07:28:00 GMT";
  FetchResponse r = FetchOne(request, TestOptions());
  EXPECT_EQ(r.outcome, FetchOutcome::kNotModified);
}

TEST(Fetch, RobotsDisallowBlocksWithReason) {
  TestServer server;
  server.SetRobotsTxt("User-agent: *\nDisallow: /page/private\n");
  auto responses =
      FetchAll({server.url("/page/private"), server.url("/page/public")}, TestOptions());
  EXPECT_EQ(responses[0].outcome, FetchOutcome::kBlocked);
  EXPECT_NE(responses[0].error.find("robots.txt"), std::string::npos);
  EXPECT_EQ(responses[0].attempts, 0);
  EXPECT_EQ(responses[1].outcome, FetchOutcome::kOk) << responses[1].error;
  EXPECT_EQ(server.hits("/page/private"), 0);
  EXPECT_EQ(server.hits("/robots.txt"), 1);  // once per host per run
}

TEST(Fetch, RobotsGroupForOurProductToken) {
  TestServer server;
  server.SetRobotsTxt(
      "User-agent: *\nDisallow: /\n\nUser-agent: newsdesk-test\nAllow: /page/\nDisallow: /\n");
  auto responses = FetchAll({server.url("/page/ok"), server.url("/other")}, TestOptions());
  EXPECT_EQ(responses[0].outcome, FetchOutcome::kOk) << responses[0].error;
  EXPECT_EQ(responses[1].outcome, FetchOutcome::kBlocked);
}

TEST(Fetch, RobotsIgnoredWhenNotObeyed) {
  TestServer server;
  server.SetRobotsTxt("User-agent: *\nDisallow: /\n");
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  EXPECT_EQ(Get(server.url("/page/x"), o).outcome, FetchOutcome::kOk);
  EXPECT_EQ(server.hits("/robots.txt"), 0);
}

TEST(Fetch, RobotsServerErrorDisallowsForNow) {
  // RFC 9309 §2.3.1.4: unreachable robots.txt -> complete disallow.
  TestServer server;
  server.Handle("/robots.txt", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("down");
    r.status = 503;
    return r;
  });
  FetchResponse r = Get(server.url("/page/x"));
  EXPECT_EQ(r.outcome, FetchOutcome::kBlocked);
  EXPECT_NE(r.error.find("robots.txt unavailable"), std::string::npos) << r.error;
  EXPECT_TRUE(r.retry_at.has_value());
  EXPECT_EQ(server.hits("/page/x"), 0);
}

TEST(Fetch, RobotsNotFoundAllowsAll) {
  // RFC 9309 §2.3.1.3: 4xx -> the crawler may access any resource.
  TestServer server;
  EXPECT_EQ(Get(server.url("/page/x")).outcome, FetchOutcome::kOk);
  EXPECT_EQ(server.hits("/robots.txt"), 1);
}

TEST(Fetch, RobotsCrawlDelayIsHonored) {
  TestServer server;
  server.SetRobotsTxt("User-agent: *\nCrawl-delay: 0.2\n");
  auto start = std::chrono::steady_clock::now();
  auto responses = FetchAll({server.url("/page/1"), server.url("/page/2"), server.url("/page/3")},
                            TestOptions());
  auto elapsed = std::chrono::steady_clock::now() - start;
  for (const auto& r : responses) EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  // robots.txt at t0, then pages at t0+200, +400, +600 ms (exact on simulated time in
  // fetch_schedule_test.cc; here a lower bound, as a loaded machine only stretches it).
  EXPECT_GE(elapsed, milliseconds(590));
}

class MemoryRobotsCache : public RobotsCache {
 public:
  std::optional<Entry> Load(const std::string& origin) override {
    ++loads;
    auto it = entries.find(origin);
    if (it == entries.end()) return std::nullopt;
    return it->second;
  }
  void Save(const std::string& origin, const Entry& entry) override { entries[origin] = entry; }
  std::map<std::string, Entry> entries;
  int loads = 0;
};

TEST(Fetch, RobotsCacheAvoidsRefetchAcrossRuns) {
  TestServer server;
  server.SetRobotsTxt("User-agent: *\nDisallow: /page/no\n");
  auto cache = std::make_shared<MemoryRobotsCache>();
  FetchOptions o = TestOptions();
  o.robots_cache = cache;
  EXPECT_EQ(Get(server.url("/page/yes"), o).outcome, FetchOutcome::kOk);
  EXPECT_EQ(server.hits("/robots.txt"), 1);
  std::string origin = "http://127.0.0.1:" + std::to_string(server.port());
  ASSERT_EQ(cache->entries.count(origin), 1u);
  EXPECT_EQ(cache->entries[origin].http_status, 200);

  // A later run uses the cached rules without asking the server.
  EXPECT_EQ(Get(server.url("/page/no"), o).outcome, FetchOutcome::kBlocked);
  EXPECT_EQ(server.hits("/robots.txt"), 1);

  // RFC 9309 §2.4: a copy older than 24 hours is refetched: a run 25 hours later.
  o.clock = std::make_shared<ShiftedClock>(std::chrono::hours(25));
  EXPECT_EQ(Get(server.url("/page/yes"), o).outcome, FetchOutcome::kOk);
  EXPECT_EQ(server.hits("/robots.txt"), 2);
  EXPECT_GE(cache->entries[origin].fetched_at,
            std::chrono::system_clock::now() + std::chrono::hours(24));  // dated by that clock
}

TEST(Fetch, RobotsServerErrorIsNotCached) {
  TestServer server;
  server.Handle("/robots.txt", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("down");
    r.status = 500;
    return r;
  });
  auto cache = std::make_shared<MemoryRobotsCache>();
  FetchOptions o = TestOptions();
  o.robots_cache = cache;
  EXPECT_EQ(Get(server.url("/page/x"), o).outcome, FetchOutcome::kBlocked);
  EXPECT_TRUE(cache->entries.empty());
  EXPECT_EQ(cache->loads, 1);
}

// A robots.txt cache several fetchers (workers) share, as the store keeps it for a shared
// frontier (src/pipeline_robots.cc): one fetcher at a time may claim an origin's fetch.
class SharedRobotsCache : public MemoryRobotsCache {
 public:
  std::optional<Entry> Load(const std::string& origin) override {
    std::lock_guard lock(mu_);
    return MemoryRobotsCache::Load(origin);
  }
  void Save(const std::string& origin, const Entry& entry) override {
    std::lock_guard lock(mu_);
    MemoryRobotsCache::Save(origin, entry);
    claimed_.erase(origin);
  }
  milliseconds ClaimFetch(const std::string& origin) override {
    std::lock_guard lock(mu_);
    return claimed_.insert(origin).second ? milliseconds(0) : milliseconds(10);
  }
  void AbandonFetch(const std::string& origin) override {
    std::lock_guard lock(mu_);
    claimed_.erase(origin);
    ++abandoned;
  }
  int abandoned = 0;

 private:
  std::mutex mu_;
  std::set<std::string> claimed_;
};

// Two fetchers start on one host at once: the one that claims robots.txt fetches it, the
// other waits for its answer instead of fetching it too, and both obey it.
TEST(Fetch, RobotsTxtAnotherFetcherClaimedIsWaitedForNotFetched) {
  TestServer server;
  server.Handle("/robots.txt", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("User-agent: *\nDisallow: /page/no\n");
    r.delay = milliseconds(200);
    return r;
  });
  auto cache = std::make_shared<SharedRobotsCache>();
  FetchOptions o = TestOptions();
  o.robots_cache = cache;
  std::vector<FetchResponse> first, second;
  const std::vector<std::string> urls = {server.url("/page/yes"), server.url("/page/no")};
  std::thread a([&] { first = FetchAll(urls, o); });
  std::thread b([&] { second = FetchAll(urls, o); });
  a.join();
  b.join();
  EXPECT_EQ(server.hits("/robots.txt"), 1);
  for (const auto* run : {&first, &second}) {
    EXPECT_EQ((*run)[0].outcome, FetchOutcome::kOk) << (*run)[0].error;
    EXPECT_EQ((*run)[1].outcome, FetchOutcome::kBlocked);
  }
}

// No answer to share (a server error): the claim is given back, so another fetcher may try.
TEST(Fetch, RobotsTxtClaimIsGivenBackWithoutAnAnswer) {
  TestServer server;
  server.Handle("/robots.txt", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("down");
    r.status = 503;
    return r;
  });
  auto cache = std::make_shared<SharedRobotsCache>();
  FetchOptions o = TestOptions();
  o.max_attempts = 1;
  o.robots_cache = cache;
  EXPECT_EQ(Get(server.url("/page/x"), o).outcome, FetchOutcome::kBlocked);
  EXPECT_EQ(cache->abandoned, 1);
  EXPECT_EQ(cache->ClaimFetch(FetchOrigin(server.url("/"))), milliseconds(0));
}

TEST(Fetch, ManyHostsAreServedRoundRobin) {
  // Three origins (three servers), per-host delay 100 ms: the delay of one host never
  // holds back the others. Asserted on the order the servers saw the requests in, not on
  // how long the run took (which a loaded machine stretches): every host's first request
  // arrives before any host's second one, which its own delay holds back.
  TestServer a, b, c;
  std::mutex mu;
  std::vector<std::string> arrivals;  // "a0", "b0", ... in the order the servers saw them
  for (auto [server, name] : {std::pair{&a, "a"}, {&b, "b"}, {&c, "c"}}) {
    for (int i = 0; i < 3; ++i) {
      // An init-capture: Clang 14 cannot capture a structured binding itself.
      server->Handle("/page/" + std::to_string(i),
                     [&mu, &arrivals, label = name, i](const HttpRequest&) {
                       std::lock_guard lock(mu);
                       arrivals.push_back(label + std::to_string(i));
                       return HttpResponse::Text("ok");
                     });
    }
  }
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  o.per_host_delay = milliseconds(100);
  // Submitted host by host (a0 a1 a2 b0 ...): a queue that made b wait behind a's delays
  // would send a1 before b0.
  std::vector<std::string> urls;
  for (TestServer* s : {&a, &b, &c})
    for (int i = 0; i < 3; ++i) urls.push_back(s->url("/page/" + std::to_string(i)));
  auto start = std::chrono::steady_clock::now();
  auto responses = FetchAll(urls, o);
  auto elapsed = std::chrono::steady_clock::now() - start;
  for (const auto& r : responses) EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_GE(elapsed, milliseconds(195));  // each host: three requests 100 ms apart
  ASSERT_EQ(arrivals.size(), 9u);
  std::vector<std::string> first_three(arrivals.begin(), arrivals.begin() + 3);
  std::sort(first_three.begin(), first_three.end());
  EXPECT_EQ(first_three, (std::vector<std::string>{"a0", "b0", "c0"}));
}

TEST(Fetch, PerHostDelaySpacesRequests) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  o.per_host_delay = milliseconds(100);
  auto start = std::chrono::steady_clock::now();
  auto responses = FetchAll(
      {server.url("/page/1"), server.url("/page/2"), server.url("/page/3"), server.url("/page/4")},
      o);
  auto elapsed = std::chrono::steady_clock::now() - start;
  for (const auto& r : responses) EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_GE(elapsed, milliseconds(295));
}

TEST(Fetch, PerHostLimitBoundsConcurrency) {
  TestServer server;
  server.Handle("/slow", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("slow");
    r.delay = milliseconds(100);
    return r;
  });
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  o.max_per_host = 2;
  std::vector<std::string> urls(6, server.url("/slow"));
  auto start = std::chrono::steady_clock::now();
  auto responses = FetchAll(urls, o);
  auto elapsed = std::chrono::steady_clock::now() - start;
  for (const auto& r : responses) EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_GE(elapsed, milliseconds(295));  // 6 requests, 2 at a time, 100 ms each
}

// Per-host politeness shared by several fetchers (several workers), as the store keeps it
// for a shared frontier (src/pipeline_leases.cc): request slots per origin, in memory.
class MemoryHostPacer : public HostPacer {
 public:
  Start TryStart(const std::string& origin, milliseconds /*delay*/, int max_in_flight) override {
    std::lock_guard lock(mu_);
    std::set<int>& held = slots_[origin];
    for (int slot = 0; slot < max_in_flight; ++slot) {
      if (held.insert(slot).second) return {milliseconds(0), slot};
    }
    return {milliseconds(10)};
  }
  void Done(const std::string& origin, int slot) override {
    std::lock_guard lock(mu_);
    EXPECT_EQ(slots_[origin].erase(slot), 1u) << "slot " << slot << " of " << origin;
  }
  size_t held() {
    std::lock_guard lock(mu_);
    size_t n = 0;
    for (const auto& [origin, held] : slots_) n += held.size();
    return n;
  }

 private:
  std::mutex mu_;
  std::map<std::string, std::set<int>> slots_;
};

// Two fetchers (two workers) of one request per host at a time on one slow host: with a
// HostPacer they share, the host never handles two at once, robots.txt fetches included,
// and every slot taken is given back.
TEST(Fetch, SharedHostPacerBoundsConcurrencyAcrossFetchers) {
  TestServer server;
  auto slow = [](std::string body) {
    return [body = std::move(body)](const HttpRequest&) {
      HttpResponse r = HttpResponse::Text(body);
      r.delay = milliseconds(40);
      return r;
    };
  };
  server.Handle("/robots.txt", slow("User-agent: *\nDisallow: /private\n"));
  std::vector<std::string> urls;
  for (int i = 0; i < 5; ++i) {
    const std::string path = "/slow/" + std::to_string(i);
    server.Handle(path, slow("page"));
    urls.push_back(server.url(path));
  }
  auto pacer = std::make_shared<MemoryHostPacer>();
  FetchOptions o = TestOptions();
  o.max_per_host = 1;
  o.host_pacer = pacer;
  std::vector<FetchResponse> first, second;
  std::thread a([&] { first = FetchAll(urls, o); });
  std::thread b([&] { second = FetchAll(urls, o); });
  a.join();
  b.join();
  for (const auto& r : first) EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  for (const auto& r : second) EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(server.hits("/robots.txt"), 2);  // no shared robots.txt cache here
  EXPECT_EQ(server.most_answering(), 1);
  EXPECT_EQ(pacer->held(), 0u);
}

// Submits `slow_count` requests to a host that answers after 200 ms, then `fast_count` to
// a host that answers at once; returns when the slow host's last response arrived (ms
// after the first submission) and the order in which the responses came back.
struct HostTimes {
  int64_t slow_done_ms = 0;
  std::string order;  // one letter per response as it came back: 's' slow, 'f' fast
  // Responses of the slow host that came back before the fast host's last one.
  size_t SlowBeforeLastFast() const {
    const size_t last_fast = order.rfind('f');
    return last_fast == std::string::npos
               ? 0
               : static_cast<size_t>(std::count(order.begin(), order.begin() + last_fast, 's'));
  }
};
HostTimes FetchFromSlowAndFastHosts(const FetchOptions& o, int slow_count, int fast_count) {
  TestServer slow, fast;
  slow.Handle("/slow", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("slow");
    r.delay = milliseconds(200);
    return r;
  });
  auto fetcher = Fetcher::Create(o);
  auto start = std::chrono::steady_clock::now();
  std::atomic<int64_t> slow_done_ms{0};
  std::mutex mu;
  std::string order;
  auto since = [start] {
    return std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - start)
        .count();
  };
  for (int i = 0; i < slow_count; ++i) {
    fetcher->Submit(Req(slow.url("/slow")), [&](FetchResponse) {
      slow_done_ms = since();
      std::lock_guard lock(mu);
      order += 's';
    });
  }
  for (int i = 0; i < fast_count; ++i) {
    fetcher->Submit(Req(fast.url("/page/" + std::to_string(i))), [&](FetchResponse) {
      std::lock_guard lock(mu);
      order += 'f';
    });
  }
  fetcher->Shutdown();
  fetcher->Run();
  return {slow_done_ms.load(), order};
}

TEST(Fetch, SlowHostDoesNotStallOthers) {
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  o.max_per_host = 1;
  HostTimes t = FetchFromSlowAndFastHosts(o, 4, 4);
  EXPECT_GE(t.slow_done_ms, 790);  // one at a time, 200 ms each
  ASSERT_EQ(t.order.size(), 8u);
  // Never queued behind the slow host: its four answers came back before the slow host's
  // second (queued behind it, they would come after all four).
  EXPECT_LE(t.SlowBeforeLastFast(), 1u) << t.order;
}

TEST(Fetch, HostsShareTheGlobalLimitFairly) {
  // The global limit is the bottleneck: with first-come-first-served the fast host would
  // wait for all six slow requests (3 rounds x 200 ms); served round-robin it gets a slot
  // as soon as one frees up.
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  o.max_total = 2;
  o.max_per_host = 2;
  HostTimes t = FetchFromSlowAndFastHosts(o, 6, 2);
  EXPECT_GE(t.slow_done_ms, 590);
  ASSERT_EQ(t.order.size(), 8u);
  // Round-robin: the fast host gets the first slots the first two slow answers free;
  // first-come-first-served would make it wait for all six.
  EXPECT_LE(t.SlowBeforeLastFast(), 4u) << t.order;
}

TEST(Fetch, PrivateNetworkIsRefusedByDefault) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.allow_private_networks = false;
  FetchResponse r = Get(server.url("/page/1"), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kRefused);
  EXPECT_NE(r.error.find("private network address 127.0.0.1"), std::string::npos) << r.error;
  EXPECT_EQ(server.total_hits(), 0);  // checked on the connect address: nothing was sent
}

TEST(Fetch, PrivateNetworkCheckSeesResolvedName) {
  // "localhost" is a name, not an address: the check must use what curl connects to.
  TestServer server;
  FetchOptions o = TestOptions();
  o.allow_private_networks = false;
  o.obey_robots = false;
  FetchResponse r = Get("http://localhost:" + std::to_string(server.port()) + "/page/1", o);
  EXPECT_EQ(r.outcome, FetchOutcome::kRefused) << r.error;
  EXPECT_EQ(server.total_hits(), 0);
}

TEST(Fetch, FileUrlsOnlyWhenAllowed) {
  auto path = std::filesystem::temp_directory_path() /
              ("newsdesk_fetch_test_" + std::to_string(getpid()) + ".html");
  { std::ofstream(path) << "<html>local</html>"; }
  std::string url = "file://" + path.string();
  EXPECT_EQ(Get(url).outcome, FetchOutcome::kRefused);
  FetchOptions o = TestOptions();
  o.allow_file_urls = true;
  FetchResponse r = Get(url, o);
  EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.error;
  EXPECT_EQ(r.body, "<html>local</html>");
  EXPECT_EQ(r.http_status, 0);
  std::filesystem::remove(path);
}

// A file: URL whose file is gone by the time it is fetched (it was there when listed) is
// what it is, a missing file: final, one attempt, not a network error (curl's code 37).
TEST(Fetch, FileUrlOfAMissingFileIsNotFound) {
  auto path = std::filesystem::temp_directory_path() /
              ("newsdesk_fetch_gone_" + std::to_string(getpid()) + ".html");
  FetchOptions o = TestOptions();
  o.allow_file_urls = true;
  FetchResponse r = Get("file://" + path.string(), o);
  EXPECT_EQ(r.outcome, FetchOutcome::kNotFound) << r.error;
  EXPECT_EQ(r.error, path.string() + ": no such file");
  EXPECT_EQ(r.attempts, 1);
  EXPECT_FALSE(r.retry_at.has_value());
  EXPECT_EQ(FetchOutcomeName(r.outcome), "not_found");
  // Under a path that is not a directory: no such file either.
  EXPECT_EQ(Get("file://" + path.string() + "/page.html", o).outcome, FetchOutcome::kNotFound);
}

TEST(TestServer, ServesFilesUnderAPrefix) {
  auto dir =
      std::filesystem::temp_directory_path() / ("newsdesk_serve_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "feed.xml") << "<rss/>";
  std::ofstream(dir / "page.html") << "<html>p</html>";
  TestServer server;
  server.ServeFiles("/files/", dir.string());
  FetchResponse feed = Get(server.url("/files/sub/feed.xml"));
  EXPECT_EQ(feed.outcome, FetchOutcome::kOk) << feed.error;
  EXPECT_EQ(feed.body, "<rss/>");
  EXPECT_EQ(feed.content_type, "application/xml");
  FetchResponse page = Get(server.url("/files/page.html"));
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Get(server.url("/files/missing.html")).http_status, 404);
  EXPECT_EQ(Get(server.url("/files/../etc/passwd")).http_status, 404);
  EXPECT_EQ(Get(server.url("/files/sub/%2e%2e/page.html")).http_status, 404);
  std::filesystem::remove_all(dir);
}

TEST(Fetch, InvalidAndUnsupportedUrls) {
  EXPECT_EQ(Get("not a url").outcome, FetchOutcome::kInvalidUrl);
  EXPECT_EQ(Get("").outcome, FetchOutcome::kInvalidUrl);
  EXPECT_EQ(Get("ftp://example.org/x").outcome, FetchOutcome::kRefused);
  EXPECT_EQ(Get("gopher://example.org/x").outcome, FetchOutcome::kRefused);
}

TEST(Fetcher, SubmitFromAnotherThreadWhileRunning) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_per_host = 8;
  auto fetcher = Fetcher::Create(o);
  std::atomic<int> ok{0}, calls{0};
  std::thread loop([&] { fetcher->Run(); });
  for (int i = 0; i < 100; ++i) {
    fetcher->Submit(Req(server.url("/page/" + std::to_string(i))), [&](FetchResponse r) {
      ++calls;
      if (r.outcome == FetchOutcome::kOk) ++ok;
    });
  }
  fetcher->Shutdown();
  loop.join();
  EXPECT_EQ(calls.load(), 100);
  EXPECT_EQ(ok.load(), 100);
}

TEST(Fetcher, CallbacksRunOnTheRunThreadWhateverTheIoThreads) {
  TestServer server(2);
  FetchOptions o = TestOptions();
  o.io_threads = 3;
  o.obey_robots = false;
  o.max_total = 32;
  o.max_per_host = 32;
  auto fetcher = Fetcher::Create(o);
  std::vector<std::thread::id> threads;  // written by callbacks only: one thread
  int ok = 0;
  for (int i = 0; i < 300; ++i) {
    fetcher->Submit(Req(server.url("/page/" + std::to_string(i))), [&, i](FetchResponse r) {
      threads.push_back(std::this_thread::get_id());
      const std::string title = "<title>Page /page/" + std::to_string(i) + "</title>";
      if (r.outcome == FetchOutcome::kOk && r.body.find(title) != std::string::npos) ++ok;
    });
  }
  fetcher->Shutdown();
  std::thread::id run_thread;
  std::thread loop([&] {
    run_thread = std::this_thread::get_id();
    fetcher->Run();
  });
  loop.join();
  EXPECT_EQ(ok, 300);
  ASSERT_EQ(threads.size(), 300u);
  for (const std::thread::id& id : threads) ASSERT_EQ(id, run_thread);
}

TEST(Fetcher, MixedLoadEndsEveryRequestExactlyOnce) {
  // Stress for the socket bridge (run under ASan): many sockets opened, reused, reset and
  // removed while transfers complete, retry and redirect.
  TestServer server(2);
  FetchOptions o = TestOptions();
  o.obey_robots = false;
  o.max_total = 64;
  o.max_per_host = 64;
  o.max_attempts = 2;
  o.retry_base_delay = milliseconds(5);
  o.max_body_bytes = 50000;
  const std::vector<std::string> kinds = {"/page/",
                                          "/reset?",
                                          "/status/503?",
                                          "/redirect/2?",
                                          "/drip?bytes=3&interval_ms=5&",
                                          "/big?bytes=60000&",
                                          "/flaky/500/1/",
                                          "/status/404?"};
  const int n = 800;
  auto fetcher = Fetcher::Create(o);
  std::vector<int> calls(n, 0);
  std::map<FetchOutcome, int> outcomes;
  for (int i = 0; i < n; ++i) {
    const std::string& kind = kinds[i % kinds.size()];
    FetchRequest request =
        Req(server.url(kind + (kind.back() == '/' ? "" : "i=") + std::to_string(i)));
    request.tag = i;
    fetcher->Submit(request, [&](FetchResponse r) {
      ++calls[r.tag];
      ++outcomes[r.outcome];
    });
  }
  fetcher->Shutdown();
  fetcher->Run();
  for (int i = 0; i < n; ++i) EXPECT_EQ(calls[i], 1) << i;
  EXPECT_EQ(outcomes[FetchOutcome::kOk], 4 * n / 8);  // page, redirect, drip, flaky
  EXPECT_EQ(outcomes[FetchOutcome::kTooLarge], n / 8);
  EXPECT_EQ(outcomes[FetchOutcome::kNetworkError], n / 8);
  EXPECT_EQ(outcomes[FetchOutcome::kHttpError], 2 * n / 8);  // 503 after retries, 404
}

TEST(Fetcher, SubmitAfterShutdownIsNotStarted) {
  auto fetcher = Fetcher::Create(TestOptions());
  fetcher->Shutdown();
  FetchResponse got;
  int calls = 0;
  fetcher->Submit(Req("http://127.0.0.1:1/"), [&](FetchResponse r) {
    ++calls;
    got = std::move(r);
  });
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(got.outcome, FetchOutcome::kNotStarted);
  fetcher->Run();  // returns: nothing outstanding
}

TEST(Fetcher, CancelEndsInFlightRequests) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_per_host = 2;
  auto fetcher = Fetcher::Create(o);
  std::atomic<int> canceled{0}, calls{0};
  for (int i = 0; i < 6; ++i) {
    fetcher->Submit(Req(server.url("/drip?bytes=100&interval_ms=100&i=" + std::to_string(i))),
                    [&](FetchResponse r) {
                      ++calls;
                      if (r.error == "canceled") ++canceled;
                    });
  }
  auto start = std::chrono::steady_clock::now();
  std::thread loop([&] { fetcher->Run(); });
  ASSERT_TRUE(testing::WaitFor([&] { return server.hits("/drip") >= 1; }));  // on the wire
  fetcher->Cancel();
  loop.join();
  EXPECT_EQ(calls.load(), 6);
  EXPECT_EQ(canceled.load(), 6);
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(9000));  // a drip: 10 s
}

// Stop(): the one transfer on the wire completes; the requests queued behind the per-host
// delay are never sent and end as kNotStarted; a later Submit is not accepted either.
TEST(Fetcher, StopEndsUnsentRequestsAndLetsTheTransferOnTheWireFinish) {
  TestServer server;
  FetchOptions o = TestOptions();
  o.max_per_host = 1;
  o.per_host_delay = milliseconds(60000);
  o.obey_robots = false;  // the first request goes out at once; the rest wait a minute
  auto fetcher = Fetcher::Create(o);
  std::mutex mu;
  std::map<std::string, FetchOutcome> outcomes;
  auto record = [&](FetchResponse r) {
    std::lock_guard lock(mu);
    outcomes[r.url] = r.outcome;
  };
  const std::string first = server.url("/drip?bytes=20&interval_ms=20");
  fetcher->Submit(Req(first), record);
  for (int i = 0; i < 50; ++i)
    fetcher->Submit(Req(server.url("/page/" + std::to_string(i))), record);
  std::thread loop([&] { fetcher->Run(); });
  ASSERT_TRUE(testing::WaitFor([&] { return server.hits("/drip") == 1; }));
  fetcher->Stop();
  loop.join();
  fetcher->Submit(Req(server.url("/page/late")), record);
  ASSERT_EQ(outcomes.size(), 52u);
  EXPECT_EQ(outcomes[first], FetchOutcome::kOk);
  for (const auto& [url, outcome] : outcomes) {
    if (url != first) {
      EXPECT_EQ(outcome, FetchOutcome::kNotStarted) << url;
    }
  }
  EXPECT_EQ(server.hits("/page/0"), 0);
}

TEST(Fetcher, DestroyWithoutRunIsSafe) {
  TestServer server;
  auto fetcher = Fetcher::Create(TestOptions());
  fetcher->Submit(Req(server.url("/page/1")), [](FetchResponse) {});
  fetcher.reset();  // the callback never runs; nothing leaks
}

TEST(FetchOutcomeName, Names) {
  EXPECT_EQ(FetchOutcomeName(FetchOutcome::kOk), "ok");
  EXPECT_EQ(FetchOutcomeName(FetchOutcome::kNotModified), "not_modified");
  EXPECT_EQ(FetchOutcomeName(FetchOutcome::kBlocked), "blocked");
  EXPECT_EQ(FetchOutcomeName(FetchOutcome::kTooLarge), "too_large");
  EXPECT_EQ(FetchOutcomeName(FetchOutcome::kNotStarted), "not_started");
}

TEST(FetchInternal, RetryAfterSeconds) {
  auto now = std::chrono::system_clock::now();
  EXPECT_EQ(fetch_internal::ParseRetryAfter("120", now), milliseconds(120000));
  EXPECT_EQ(fetch_internal::ParseRetryAfter(" 0 ", now), milliseconds(0));
  EXPECT_EQ(fetch_internal::ParseRetryAfter("", now), std::nullopt);
  EXPECT_EQ(fetch_internal::ParseRetryAfter("soon", now), std::nullopt);
}

TEST(FetchInternal, RetryAfterHttpDate) {
  // RFC 9110 §10.2.3: Retry-After = HTTP-date / delay-seconds.
  auto date = std::chrono::system_clock::from_time_t(1445412480);  // Wed, 21 Oct 2015 07:28:00
  EXPECT_EQ(fetch_internal::ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT",
                                            date - std::chrono::seconds(5)),
            milliseconds(5000));
  EXPECT_EQ(fetch_internal::ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT",
                                            date + std::chrono::seconds(5)),
            milliseconds(0));
  // Far-future dates are clamped, not overflowed.
  auto far = fetch_internal::ParseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", date);
  ASSERT_TRUE(far.has_value());
  EXPECT_EQ(*far, milliseconds(int64_t{999999999} * 1000));
}

TEST(FetchInternal, BackoffGrowsAndIsCapped) {
  FetchOptions o;
  o.retry_base_delay = milliseconds(100);
  o.max_retry_delay = milliseconds(1000);
  EXPECT_EQ(fetch_internal::BackoffDelay(o, 1, 0.0), milliseconds(100));
  EXPECT_EQ(fetch_internal::BackoffDelay(o, 2, 0.0), milliseconds(200));
  EXPECT_EQ(fetch_internal::BackoffDelay(o, 3, 0.0), milliseconds(400));
  EXPECT_EQ(fetch_internal::BackoffDelay(o, 2, 0.99), milliseconds(299));  // jitter < half
  EXPECT_EQ(fetch_internal::BackoffDelay(o, 10, 0.5), milliseconds(1000));
}

TEST(FetchInternal, SimpleUrlSplitIsTheFastPath) {
  using fetch_internal::ParsedUrl;
  using fetch_internal::SplitSimpleUrl;
  EXPECT_EQ(SplitSimpleUrl("http://127.0.0.1:8080/page/1?x=1"),
            (ParsedUrl{"http", "http://127.0.0.1:8080", "/page/1?x=1"}));
  EXPECT_EQ(SplitSimpleUrl("https://news.example"),
            (ParsedUrl{"https", "https://news.example:443", "/"}));
  // Left to curl: IPv4 spellings it rewrites, dot segments (RFC 3986 §5.2.4), escapes,
  // upper case, userinfo, IPv6, fragments.
  for (const char* url : {"http://127.1/", "http://0x7f.0.0.1/", "http://example.com/a/../b",
                          "http://example.com/%41", "http://Example.com/", "HTTP://a.example/",
                          "http://u@a.example/", "http://[::1]/", "http://a.example/#f"}) {
    EXPECT_EQ(SplitSimpleUrl(url), std::nullopt) << url;
  }
  EXPECT_EQ(fetch_internal::ParseUrl("http://127.1/a/../b"),
            (ParsedUrl{"http", "http://127.0.0.1:80", "/b"}));
}

// The public key of politeness and robots.txt (what the pipeline preloads its robots
// cache by): http(s) only, scheme and host lower-case, port explicit.
TEST(FetchOrigin, KeysHttpUrlsByLowerCaseOriginWithPort) {
  EXPECT_EQ(FetchOrigin("HTTP://News.Example/a?b=1"), "http://news.example:80");
  EXPECT_EQ(FetchOrigin("https://news.example:8443/x"), "https://news.example:8443");
  EXPECT_EQ(FetchOrigin("http://127.1/a/../b"), "http://127.0.0.1:80");
  EXPECT_EQ(FetchOrigin("file:///tmp/page.html"), "");
  EXPECT_EQ(FetchOrigin("ftp://files.example/a"), "");
  EXPECT_EQ(FetchOrigin("http://[not a url"), "");
}

TEST(FetchInternal, SimpleUrlSplitAgreesWithCurlOnTheFuzzCorpus) {
  int fast = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(NEWSDESK_SOURCE_DIR "/fuzz/corpus/fetch_url")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string url((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto simple = fetch_internal::SplitSimpleUrl(url);
    if (!simple) continue;
    ++fast;
    EXPECT_EQ(simple, fetch_internal::ParseUrlWithCurl(url)) << url;
  }
  EXPECT_GE(fast, 10);  // the corpus holds both kinds
}

TEST(FetchInternal, PrivateAddresses) {
  for (const char* a :
       {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
        "fd12::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "ff02::1"}) {
    EXPECT_TRUE(fetch_internal::IsPrivateAddressText(a)) << a;
  }
  for (const char* a : {"8.8.8.8", "1.1.1.1", "172.32.0.1", "93.184.216.34",
                        "2606:2800:220:1:248:1893:25c8:1946", "::ffff:8.8.8.8"}) {
    EXPECT_FALSE(fetch_internal::IsPrivateAddressText(a)) << a;
  }
}

}  // namespace
}  // namespace newsdesk
