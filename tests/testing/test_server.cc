#include "testing/test_server.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <unistd.h>
#include <zlib.h>

namespace newsdesk::testing {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

// A small article page titled `title`: one paragraph of prose, enough to be stored.
std::string SmallArticle(const std::string& title) {
  return "<!doctype html><html><head><title>" + title +
         "</title></head><body><article><h1>Headline</h1><p>Body text of a small test "
         "article, long enough to read as one paragraph of prose about " +
         title + ".</p></article></body></html>\n";
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string Reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 304:
      return "Not Modified";
    case 404:
      return "Not Found";
    case 410:
      return "Gone";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

// N MiB of zeros, gzip-compressed (about 1 KiB per MiB).
std::string GzipZeros(int mebibytes) {
  z_stream z{};
  deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string zeros(1 << 20, '\0');
  std::string out;
  char buf[1 << 16];
  for (int i = 0; i <= mebibytes; ++i) {
    bool last = i == mebibytes;
    z.next_in = reinterpret_cast<Bytef*>(zeros.data());
    z.avail_in = last ? 0 : static_cast<uInt>(zeros.size());
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
      out.append(buf, sizeof buf - z.avail_out);
    } while (z.avail_out == 0);
  }
  deflateEnd(&z);
  return out;
}

int QueryInt(const HttpRequest& r, const std::string& key, int fallback) {
  auto it = r.query.find(key);
  if (it == r.query.end()) return fallback;
  try {
    return std::stoi(it->second);
  } catch (...) {
    return fallback;
  }
}

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

constexpr char kLastModified[] = "Wed, 21 Oct 2015 07:28:00 GMT";

// A self-signed certificate (CA:TRUE; SAN 127.0.0.1 and localhost; valid until 2126) and
// its key, for the https test server only. Generated with:
//   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
//     -subj "/CN=newsdesk test server" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"
//     -addext "basicConstraints=critical,CA:TRUE"
constexpr char kTestCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBsTCCAVegAwIBAgIUKvcT7JnkWPdumwG8SVbpAkBN5p4wCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUbmV3c2Rlc2sgdGVzdCBzZXJ2ZXIwIBcNMjYxMTIyMDAwNzMy
WhgPMjEyNjEwMjkwMDA3MzJaMB8xHTAbBgNVBAMMFG5ld3NkZXNrIHRlc3Qgc2Vy
dmVyMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4+3ADcGhbnl5JZ9VVW5Rl+M/
VKOwUtun5wffp30huuYG5tv2BrwgKU9UYDi4DrxbIE223m2RMJsM3C0pqEQtQaNv
MG0wHQYDVR0OBBYEFAnzePwb6EzNlDkxde/uHplOLkfCMB8GA1UdIwQYMBaAFAnz
ePwb6EzNlDkxde/uHplOLkfCMBoGA1UdEQQTMBGHBH8AAAGCCWxvY2FsaG9zdDAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIFJerAX/3TVZLBzAvThh
6Vg+IdLHE2ES4dgei9l9dnM/AiEAhMk4BCeimERaluRih1FCEa58Whxmx0pqP+Wh
uap50zY=
-----END CERTIFICATE-----
)";
constexpr char kTestPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgfdoAhhkVjxqfZiza
9pk5LJdjIIwwVy5AAHaWYDm11FahRANCAATj7cANwaFueXkln1VVblGX4z9Uo7BS
26fnB9+nfSG65gbm2/YGvCApT1RgOLgOvFsgTbbebZEwmwzcLSmoRC1B
-----END PRIVATE KEY-----
)";

}  // namespace

std::string HttpRequest::header(std::string_view name) const {
  auto it = headers.find(Lower(name));
  return it == headers.end() ? std::string() : it->second;
}

HttpResponse HttpResponse::Text(std::string body, std::string content_type) {
  HttpResponse r;
  r.headers.emplace_back("Content-Type", std::move(content_type));
  r.body = std::move(body);
  return r;
}

HttpResponse HttpResponse::Html(std::string body) {
  return Text(std::move(body), "text/html; charset=utf-8");
}

HttpResponse HttpResponse::Redirect(int status, std::string location) {
  HttpResponse r;
  r.status = status;
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

class TestServer::Impl {
 public:
  Impl(int threads, Protocol protocol) : acceptor_(io_) {
    tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(asio::socket_base::max_listen_connections);
    port_ = acceptor_.local_endpoint().port();
    if (protocol == Protocol::kHttps) {
      tls_.emplace(asio::ssl::context::tls_server);
      tls_->use_certificate_chain(asio::buffer(kTestCertificate, sizeof kTestCertificate - 1));
      tls_->use_private_key(asio::buffer(kTestPrivateKey, sizeof kTestPrivateKey - 1),
                            asio::ssl::context::pem);
      ca_file_ =
          (std::filesystem::temp_directory_path() /
           ("newsdesk_test_ca_" + std::to_string(getpid()) + "_" + std::to_string(port_) + ".pem"))
              .string();
      std::ofstream(ca_file_) << kTestCertificate;
    }
    Accept();
    for (int i = 0; i < std::max(1, threads); ++i) threads_.emplace_back([this] { io_.run(); });
  }

  ~Impl() {
    asio::post(io_, [this] {
      boost::system::error_code ignored;
      acceptor_.close(ignored);
    });
    io_.stop();
    for (auto& t : threads_) t.join();
    if (!ca_file_.empty()) std::filesystem::remove(ca_file_);
  }

  uint16_t port() const { return port_; }
  bool tls() const { return tls_.has_value(); }
  const std::string& ca_file() const { return ca_file_; }

  void Handle(std::string path, HttpHandler handler) {
    std::lock_guard<std::mutex> lock(mu_);
    handlers_[std::move(path)] = std::move(handler);
  }

  int hits(std::string_view path) const {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = hits_.find(std::string(path));
    return it == hits_.end() ? 0 : it->second;
  }
  int total_hits() const { return total_hits_.load(); }
  int most_answering() const { return most_answering_.load(); }

  // A request's answer starts (Dispatch) and ends (EndAnswer: written, or the connection
  // gone) on a session.
  HttpResponse Dispatch(const HttpRequest& request) {
    ++total_hits_;
    const int answering = ++answering_;
    int most = most_answering_.load();
    while (answering > most && !most_answering_.compare_exchange_weak(most, answering)) {
    }
    HttpHandler handler;
    int hit;
    {
      std::lock_guard<std::mutex> lock(mu_);
      hit = ++hits_[request.path];
      if (auto it = handlers_.find(request.path); it != handlers_.end()) handler = it->second;
    }
    if (handler) return handler(request);
    if (auto file = ServeFile(request.path)) return *file;
    return BuiltIn(request, hit);
  }

  void EndAnswer() { --answering_; }

  void ServeFiles(std::string prefix, std::string directory) {
    std::lock_guard<std::mutex> lock(mu_);
    file_roots_[std::move(prefix)] = std::move(directory);
  }

 private:
  template <class Stream>
  class Session;

  void Accept();

  HttpResponse BuiltIn(const HttpRequest& r, int hit) {
    std::vector<std::string> parts = Split(r.path);
    const std::string& first = parts.empty() ? std::string() : parts[0];
    if (first == "page") return HttpResponse::Html(SmallArticle("Page " + r.path));
    if (first == "redirect" && parts.size() == 2) {
      int n = std::atoi(parts[1].c_str());
      if (n <= 0) return HttpResponse::Html(SmallArticle("arrived"));
      return HttpResponse::Redirect(302, "/redirect/" + std::to_string(n - 1));
    }
    if (first == "loop" && parts.size() == 2) {
      return HttpResponse::Redirect(302, parts[1] == "a" ? "/loop/b" : "/loop/a");
    }
    if (first == "status" && parts.size() == 2) {
      HttpResponse resp = HttpResponse::Text("status " + parts[1] + "\n");
      resp.status = std::atoi(parts[1].c_str());
      return resp;
    }
    if (first == "flaky" && parts.size() >= 3) {
      int k = std::atoi(parts[2].c_str());
      if (hit > k) return HttpResponse::Html(SmallArticle("recovered"));
      HttpResponse resp = HttpResponse::Text("try again\n");
      resp.status = std::atoi(parts[1].c_str());
      if (auto it = r.query.find("retry_after"); it != r.query.end())
        resp.headers.emplace_back("Retry-After", it->second);
      return resp;
    }
    if (first == "drip") {
      HttpResponse resp = HttpResponse::Text(std::string(QueryInt(r, "bytes", 10), 'd'));
      resp.drip_interval = std::chrono::milliseconds(QueryInt(r, "interval_ms", 100));
      return resp;
    }
    if (first == "reset") {
      HttpResponse resp = HttpResponse::Text(std::string(10000, 'r'));
      resp.reset_mid_body = true;
      return resp;
    }
    if (first == "big") {
      return HttpResponse::Text(std::string(QueryInt(r, "bytes", 1 << 20), 'b'));
    }
    if (first == "gzip-bomb") {
      int mb = std::clamp(QueryInt(r, "mb", 64), 1, 1024);
      HttpResponse resp = HttpResponse::Text(Bomb(mb), "text/html");
      resp.headers.emplace_back("Content-Encoding", "gzip");
      return resp;
    }
    if (first == "wrong-type") {
      return HttpResponse::Text("<html><body>really html</body></html>",
                                "application/octet-stream");
    }
    if (first == "etag") {
      HttpResponse resp = HttpResponse::Html("<html><body>versioned</body></html>");
      if (r.header("if-none-match") == "\"v1\"" || r.header("if-modified-since") == kLastModified) {
        resp.status = 304;
        resp.body.clear();
      }
      resp.headers.emplace_back("ETag", "\"v1\"");
      resp.headers.emplace_back("Last-Modified", kLastModified);
      return resp;
    }
    if (first == "echo-headers") {
      std::string body;
      for (const auto& [name, value] : r.headers) body += name + ": " + value + "\n";
      return HttpResponse::Text(std::move(body));
    }
    if (first == "robots.txt") {
      std::lock_guard<std::mutex> lock(mu_);
      if (robots_) return HttpResponse::Text(*robots_);
    }
    HttpResponse resp = HttpResponse::Text("not found\n");
    resp.status = 404;
    return resp;
  }

  // The file for `path` under the longest matching ServeFiles() prefix; nullopt when no
  // prefix matches, 404 when the file is missing or the path tries to leave the root.
  std::optional<HttpResponse> ServeFile(const std::string& path) {
    std::string prefix, root;
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (const auto& [p, dir] : file_roots_) {
        if (path.compare(0, p.size(), p) == 0 && p.size() > prefix.size()) {
          prefix = p;
          root = dir;
        }
      }
    }
    if (prefix.empty()) return std::nullopt;
    std::filesystem::path relative(path.substr(prefix.size()));
    bool escapes = relative.is_absolute() ||
                   std::any_of(relative.begin(), relative.end(),
                               [](const std::filesystem::path& part) { return part == ".."; });
    std::ifstream in(std::filesystem::path(root) / relative, std::ios::binary);
    if (escapes || relative.empty() || !in) {
      HttpResponse missing = HttpResponse::Text("not found\n");
      missing.status = 404;
      return missing;
    }
    std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    static const std::map<std::string, std::string> kTypes = {
        {".html", "text/html; charset=utf-8"}, {".htm", "text/html; charset=utf-8"},
        {".xml", "application/xml"},           {".rss", "application/rss+xml"},
        {".atom", "application/atom+xml"},     {".txt", "text/plain; charset=utf-8"},
        {".json", "application/json"}};
    auto type = kTypes.find(relative.extension().string());
    return HttpResponse::Text(std::move(body),
                              type == kTypes.end() ? "application/octet-stream" : type->second);
  }

  std::string Bomb(int mb) {
    std::lock_guard<std::mutex> lock(mu_);
    auto& cached = bombs_[mb];
    if (cached.empty()) cached = GzipZeros(mb);
    return cached;
  }

 public:
  void SetRobotsTxt(std::string body) {
    std::lock_guard<std::mutex> lock(mu_);
    robots_ = std::move(body);
  }

 private:
  asio::io_context io_;
  tcp::acceptor acceptor_;
  uint16_t port_ = 0;
  std::optional<asio::ssl::context> tls_;
  std::string ca_file_;
  std::vector<std::thread> threads_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, HttpHandler> handlers_;
  std::unordered_map<std::string, int> hits_;
  std::unordered_map<int, std::string> bombs_;
  std::map<std::string, std::string> file_roots_;  // prefix -> directory
  std::optional<std::string> robots_;
  std::atomic<int> total_hits_{0};
  std::atomic<int> answering_{0};
  std::atomic<int> most_answering_{0};
};

// One connection: read a request, answer it (possibly slowly or brokenly), repeat while
// the client keeps the connection alive. Stream is tcp::socket or ssl::stream over it.
template <class Stream>
class TestServer::Impl::Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  template <class... Args>
  explicit Session(Impl* server, Args&&... args)
      : server_(server), stream_(std::forward<Args>(args)...), timer_(stream_.get_executor()) {}

  void Start() {
    if constexpr (std::is_same_v<Stream, tcp::socket>) {
      Read();
    } else {
      stream_.async_handshake(asio::ssl::stream_base::server,
                              [self = this->shared_from_this()](boost::system::error_code ec) {
                                if (ec) return self->Close();
                                self->Read();
                              });
    }
  }

 private:
  void Read() {
    parser_.emplace();
    parser_->body_limit(1 << 20);
    http::async_read(stream_, buffer_, *parser_,
                     [self = this->shared_from_this()](boost::system::error_code ec, size_t) {
                       if (ec) return self->Close();
                       self->OnRequest();
                     });
  }

  void OnRequest() {
    const auto& msg = parser_->get();
    HttpRequest request;
    request.method = std::string(msg.method_string());
    request.target = std::string(msg.target());
    size_t q = request.target.find('?');
    request.path = request.target.substr(0, q);
    if (q != std::string::npos) {
      std::string_view query(request.target);
      query.remove_prefix(q + 1);
      while (!query.empty()) {
        size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        size_t eq = pair.find('=');
        request.query[std::string(pair.substr(0, eq))] =
            eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1));
        query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
      }
    }
    for (const auto& field : msg)
      request.headers[Lower(std::string_view(
          field.name_string().data(), field.name_string().size()))] = std::string(field.value());
    request.body = msg.body();
    keep_alive_ = msg.keep_alive();
    response_ = server_->Dispatch(request);
    answering_ = true;

    head_ =
        "HTTP/1.1 " + std::to_string(response_.status) + " " + Reason(response_.status) + "\r\n";
    for (const auto& [name, value] : response_.headers) head_ += name + ": " + value + "\r\n";
    if (response_.close_delimited) keep_alive_ = false;
    if (!response_.close_delimited)
      head_ += "Content-Length: " + std::to_string(response_.body.size()) + "\r\n";
    if (!keep_alive_) head_ += "Connection: close\r\n";
    head_ += "\r\n";
    if (request.method == "HEAD") response_.body.clear();

    if (response_.delay.count() > 0) {
      timer_.expires_after(response_.delay);
      timer_.async_wait([self = this->shared_from_this()](boost::system::error_code ec) {
        if (ec) return self->Close();
        self->Respond();
      });
    } else {
      Respond();
    }
  }

  void Respond() {
    if (response_.reset_mid_body) {
      head_ += response_.body.substr(0, response_.body.size() / 2);
      asio::async_write(stream_, asio::buffer(head_),
                        [self = this->shared_from_this()](boost::system::error_code, size_t) {
                          self->EndAnswer();
                          boost::system::error_code ignored;
                          auto& socket = self->stream_.lowest_layer();
                          socket.set_option(asio::socket_base::linger(true, 0), ignored);
                          socket.close(ignored);
                        });
      return;
    }
    if (response_.drip_interval.count() > 0) {
      sent_ = 0;
      asio::async_write(stream_, asio::buffer(head_),
                        [self = this->shared_from_this()](boost::system::error_code ec, size_t) {
                          if (ec) return self->Close();
                          self->Drip();
                        });
      return;
    }
    head_ += response_.body;
    asio::async_write(stream_, asio::buffer(head_),
                      [self = this->shared_from_this()](boost::system::error_code ec, size_t) {
                        self->AfterResponse(ec);
                      });
  }

  void Drip() {
    if (sent_ >= response_.body.size()) return AfterResponse({});
    timer_.expires_after(response_.drip_interval);
    timer_.async_wait([self = this->shared_from_this()](boost::system::error_code ec) {
      if (ec) return self->Close();
      size_t n = std::min(self->response_.drip_bytes, self->response_.body.size() - self->sent_);
      asio::async_write(self->stream_, asio::buffer(self->response_.body.data() + self->sent_, n),
                        [self](boost::system::error_code ec2, size_t written) {
                          if (ec2) return self->Close();
                          self->sent_ += written;
                          self->Drip();
                        });
    });
  }

  void AfterResponse(boost::system::error_code ec) {
    EndAnswer();
    if (ec || !keep_alive_) return Close();
    Read();
  }

  void EndAnswer() {
    if (!answering_) return;
    answering_ = false;
    server_->EndAnswer();
  }

  void Close() {
    EndAnswer();
    boost::system::error_code ignored;
    stream_.lowest_layer().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.lowest_layer().close(ignored);
  }

  Impl* server_;
  Stream stream_;
  asio::steady_timer timer_;
  boost::beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  HttpResponse response_;
  bool answering_ = false;  // between Dispatch and the end of the response
  std::string head_;
  size_t sent_ = 0;
  bool keep_alive_ = true;
};

void TestServer::Impl::Accept() {
  acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
    if (ec) return;  // closed
    socket.set_option(tcp::no_delay(true), ec);
    if (tls_) {
      std::make_shared<Session<asio::ssl::stream<tcp::socket>>>(this, std::move(socket), *tls_)
          ->Start();
    } else {
      std::make_shared<Session<tcp::socket>>(this, std::move(socket))->Start();
    }
    Accept();
  });
}

TestServer::TestServer(int threads, Protocol protocol)
    : impl_(std::make_unique<Impl>(threads, protocol)) {}
TestServer::~TestServer() = default;
uint16_t TestServer::port() const { return impl_->port(); }
std::string TestServer::base_url() const {
  return (impl_->tls() ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port());
}
std::string TestServer::ca_file() const { return impl_->ca_file(); }
std::string TestServer::url(std::string_view path) const { return base_url() + std::string(path); }
void TestServer::Handle(std::string path, HttpHandler handler) {
  impl_->Handle(std::move(path), std::move(handler));
}
void TestServer::SetRobotsTxt(std::string body) { impl_->SetRobotsTxt(std::move(body)); }
void TestServer::ServeFiles(std::string prefix, std::string directory) {
  impl_->ServeFiles(std::move(prefix), std::move(directory));
}
int TestServer::hits(std::string_view path) const { return impl_->hits(path); }
int TestServer::total_hits() const { return impl_->total_hits(); }
int TestServer::most_answering() const { return impl_->most_answering(); }

}  // namespace newsdesk::testing
