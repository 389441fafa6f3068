// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) for tests and benchmarks, built on
// Boost.Beast and running its own io_context on its own thread(s).
//
// Usage:
//   newsdesk::testing::TestServer server;           // listening when constructed
//   server.Handle("/feed.xml", [](const HttpRequest&) { return HttpResponse::Text(...); });
//   FetchOne({server.url("/page/1")}, options);
//   EXPECT_EQ(server.hits("/page/1"), 1);
//
// Built-in endpoints (a handler registered with Handle() for the same path wins):
//   /page/<any>                 200 text/html, a small article page
//   /redirect/<n>               302 to /redirect/<n-1>; /redirect/0 is a page
//   /loop/a, /loop/b            302 to each other
//   /status/<code>              that status, small text body
//   /flaky/<code>/<k>/<id>      <code> for the first k requests of this path, then 200;
//                               ?retry_after=<v> adds "Retry-After: <v>" to the failures
//   /drip?bytes=N&interval_ms=M N body bytes, one every M ms (slow server)
//   /reset                      promises 10000 bytes, sends 100, then resets the connection
//   /big?bytes=N                N bytes of text
//   /gzip-bomb?mb=N             Content-Encoding: gzip; inflates to N MiB of zeros
//   /wrong-type                 HTML body labelled application/octet-stream
//   /etag                       ETag "v1" + Last-Modified; 304 to a matching conditional GET
//   /echo-headers               the request's headers as "name: value" lines
//   /robots.txt                 404 unless set with SetRobotsTxt() or Handle()
//
// Thread-safety: all public methods may be called from any thread while the server runs;
// handlers run on the server's thread(s) and must be thread-safe if threads > 1.
#ifndef NEWSDESK_TESTING_TEST_SERVER_H_
#define NEWSDESK_TESTING_TEST_SERVER_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdesk::testing {

struct HttpRequest {
  std::string method;
  std::string target;  // as sent: path plus "?query"
  std::string path;
  std::map<std::string, std::string> query;    // decoded naively (no %-decoding)
  std::map<std::string, std::string> headers;  // names lower-case
  std::string body;

  // The header's value, or "" when absent. `name` is matched case-insensitively.
  std::string header(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // Content-Length is added
  std::string body;
  std::chrono::milliseconds delay{0};          // before anything is sent
  std::chrono::milliseconds drip_interval{0};  // > 0: body sent drip_bytes at a time
  size_t drip_bytes = 1;
  bool reset_mid_body = false;   // send the head and half the body, then reset (RST)
  bool close_delimited = false;  // no Content-Length: the body ends when the server closes

  static HttpResponse Text(std::string body, std::string content_type = "text/plain");
  static HttpResponse Html(std::string body);
  static HttpResponse Redirect(int status, std::string location);
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

class TestServer {
 public:
  enum class Protocol { kHttp, kHttps };

  // Starts listening on 127.0.0.1:0 and serving on `threads` threads. kHttps serves TLS
  // with a self-signed certificate for 127.0.0.1 and localhost (see ca_file()).
  explicit TestServer(int threads = 1, Protocol protocol = Protocol::kHttp);
  ~TestServer();  // stops and joins
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  uint16_t port() const;
  std::string base_url() const;  // "http(s)://127.0.0.1:<port>"
  // A PEM file holding the certificate an https server presents (to trust it as a CA);
  // "" for http. Deleted when the server is destroyed.
  std::string ca_file() const;
  std::string url(std::string_view path) const;  // base_url() + path

  // Serves `path` (exact match, without the query) with `handler`.
  void Handle(std::string path, HttpHandler handler);
  // Serves /robots.txt with this body (text/plain, 200).
  void SetRobotsTxt(std::string body);
  // Serves the files under `directory` at `prefix` (e.g. "/samples/"): the request path
  // minus the prefix is the file's relative path ("..", absolute paths: 404). Content-Type
  // from the extension (.html, .xml, .rss, .atom, .txt, .json; else octet-stream). Exact
  // Handle() paths win over prefixes; the longest prefix wins among prefixes.
  void ServeFiles(std::string prefix, std::string directory);

  // Requests received for `path` (without the query) so far.
  int hits(std::string_view path) const;
  // Requests received in total.
  int total_hits() const;
  // The most requests it was answering at once so far, each from when it was read until
  // its response was written (or its connection closed): a delayed response counts for
  // its whole delay.
  int most_answering() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_TEST_SERVER_H_
