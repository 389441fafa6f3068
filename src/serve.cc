// The HTTP layer of serve (serve.h): Boost.Beast over one io_context run by a fixed pool
// of threads. Each thread owns one read-only store connection, found through a
// thread_local pointer while that thread runs handlers; each connection is a Session on
// its own strand, so its reads, writes and close never run concurrently. Beast and Asio
// report errors through error codes here; anything thrown by a handler is caught in
// the session (500) or, as a last resort, around io_context::run.
#include "newsdesk/serve.h"

#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "newsdesk/store.h"
#include "serve_internal.h"

namespace newsdesk {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

// The store of the worker thread running the current handler (null elsewhere).
thread_local Store* t_store = nullptr;

// Only the page may run its inline script and style; it and the API fetch from this
// origin only.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

class ServerImpl;

// One client connection: read a request, answer it, repeat while kept alive.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, ServerImpl& server);
  ~Session();

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }
  // Closes the connection once the request in progress (if any) has been answered.
  void Close() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      self->closing_ = true;
      if (!self->writing_) self->Shutdown();
    });
  }

 private:
  void Read();
  void OnRead(beast::error_code ec);
  void Answer(http::status status, serve_internal::Reply reply, bool keep_alive);
  void Shutdown() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  ServerImpl& server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  bool writing_ = false;
  bool closing_ = false;
};

class ServerImpl final : public Server {
 public:
  explicit ServerImpl(const ServeOptions& options)
      : options_(options), acceptor_(net::make_strand(io_)) {}
  ~ServerImpl() override {
    Stop();
    Wait();
  }

  Status Listen(std::vector<std::unique_ptr<Store>> stores) {
    beast::error_code ec;
    net::ip::address address = net::ip::make_address(options_.bind_address, ec);
    if (ec) return Status::InvalidArgument("bad bind address \"" + options_.bind_address + "\"");
    tcp::endpoint endpoint(address, options_.port);
    if (acceptor_.open(endpoint.protocol(), ec) ||
        acceptor_.set_option(net::socket_base::reuse_address(true), ec) ||
        acceptor_.bind(endpoint, ec) ||
        acceptor_.listen(net::socket_base::max_listen_connections, ec)) {
      return Status::IOError("cannot listen on " + options_.bind_address + ":" +
                             std::to_string(options_.port) + ": " + ec.message());
    }
    port_ = acceptor_.local_endpoint(ec).port();
    Accept();
    for (std::unique_ptr<Store>& store : stores) {
      threads_.emplace_back([this, s = std::move(store)]() mutable { Work(std::move(s)); });
    }
    return Status::OK();
  }

  uint16_t port() const override { return port_; }

  void Stop() override {
    if (stopping_.exchange(true)) return;
    net::post(acceptor_.get_executor(), [this] {
      beast::error_code ec;
      acceptor_.close(ec);
    });
    // Sessions are closed outside the lock: the last reference to one may be dropped here,
    // and its destructor takes the lock to unregister.
    std::vector<std::shared_ptr<Session>> live;
    {
      std::lock_guard<std::mutex> lock(sessions_mu_);
      for (auto& [ptr, weak] : sessions_) {
        if (std::shared_ptr<Session> session = weak.lock()) live.push_back(std::move(session));
      }
    }
    for (const std::shared_ptr<Session>& session : live) session->Close();
  }

  void Wait() override {
    std::lock_guard<std::mutex> lock(wait_mu_);
    for (std::thread& t : threads_) {
      if (t.joinable()) t.join();
    }
  }

  const ServeOptions& options() const { return options_; }
  bool stopping() const { return stopping_.load(); }

  void Register(Session* session, std::weak_ptr<Session> weak) {
    std::lock_guard<std::mutex> lock(sessions_mu_);
    sessions_.emplace(session, std::move(weak));
  }
  void Unregister(Session* session) {
    std::lock_guard<std::mutex> lock(sessions_mu_);
    sessions_.erase(session);
  }

 private:
  void Accept() {
    acceptor_.async_accept(net::make_strand(io_),
                           [this](const beast::error_code& ec, tcp::socket socket) {
                             if (ec) {
                               if (!acceptor_.is_open() || stopping()) return;
                             } else if (stopping()) {
                               return;
                             } else {
                               auto session = std::make_shared<Session>(std::move(socket), *this);
                               Register(session.get(), session);
                               session->Start();
                             }
                             Accept();
                           });
  }

  // A worker: runs handlers with its own store until the server has no work left.
  void Work(std::unique_ptr<Store> store) {
    t_store = store.get();
    for (;;) {
      try {
        io_.run();
        break;
      } catch (const std::exception&) {
        // A handler threw past the session's own catch; the connection it served is
        // gone, the server goes on.
      }
    }
    t_store = nullptr;
  }

  ServeOptions options_;
  net::io_context io_;
  tcp::acceptor acceptor_;
  std::atomic<uint16_t> port_{0};
  std::atomic<bool> stopping_{false};
  std::vector<std::thread> threads_;
  std::mutex wait_mu_;
  std::mutex sessions_mu_;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions_;
};

Session::Session(tcp::socket socket, ServerImpl& server)
    : stream_(std::move(socket)), server_(server) {}

Session::~Session() { server_.Unregister(this); }

void Session::Read() {
  if (closing_) return Shutdown();
  parser_.emplace();
  parser_->header_limit(static_cast<uint32_t>(server_.options().max_header_bytes));
  parser_->body_limit(server_.options().max_body_bytes);
  stream_.expires_after(server_.options().io_timeout);
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](beast::error_code ec, size_t) { self->OnRead(ec); });
}

void Session::OnRead(beast::error_code ec) {
  if (ec == http::error::body_limit) {
    return Answer(http::status::payload_too_large,
                  serve_internal::ErrorReply(413, "request body too large"), false);
  }
  if (ec == http::error::header_limit) {
    return Answer(http::status::request_header_fields_too_large,
                  serve_internal::ErrorReply(431, "request header too large"), false);
  }
  if (ec == http::error::end_of_stream) return Shutdown();
  if (ec) {
    // Timeout, reset, or a request that is not HTTP: a 400 is worth a try only for the
    // last (the connection is still there).
    if (ec.category() == http::make_error_code(http::error::bad_target).category()) {
      return Answer(http::status::bad_request,
                    serve_internal::ErrorReply(400, "malformed HTTP request"), false);
    }
    return Shutdown();
  }
  const http::request<http::string_body>& req = parser_->get();
  bool keep_alive = req.keep_alive() && !server_.stopping();
  if (req.method() != http::verb::get) {
    serve_internal::Reply reply = serve_internal::ErrorReply(405, "only GET is served");
    response_ = {};
    response_.set(http::field::allow, "GET");
    return Answer(http::status::method_not_allowed, std::move(reply), keep_alive);
  }
  serve_internal::Reply reply;
  if (t_store == nullptr) {
    reply = serve_internal::ErrorReply(503, "no store connection on this thread");
  } else {
    try {
      reply = serve_internal::HandleGet(*t_store,
                                        std::string_view(req.target().data(), req.target().size()));
    } catch (const std::exception& e) {
      reply = serve_internal::ErrorReply(500, std::string("internal error: ") + e.what());
    }
  }
  response_ = {};
  Answer(static_cast<http::status>(reply.status), std::move(reply), keep_alive);
}

void Session::Answer(http::status status, serve_internal::Reply reply, bool keep_alive) {
  response_.version(11);
  response_.result(status);
  response_.set(http::field::server, "newsdesk");
  response_.set(http::field::content_type, reply.content_type);
  response_.set(http::field::cache_control, "no-store");
  response_.set("X-Content-Type-Options", "nosniff");
  if (reply.content_type.rfind("text/html", 0) == 0) {
    response_.set("Content-Security-Policy", kPagePolicy);
  }
  if (!reply.location.empty()) response_.set(http::field::location, reply.location);
  response_.body() = std::move(reply.body);
  response_.keep_alive(keep_alive);
  response_.prepare_payload();
  writing_ = true;
  stream_.expires_after(server_.options().io_timeout);
  http::async_write(stream_, response_,
                    [self = shared_from_this(), keep_alive](beast::error_code ec, size_t) {
                      self->writing_ = false;
                      self->response_ = {};
                      if (ec) return self->Shutdown();
                      if (!keep_alive || self->closing_) return self->Shutdown();
                      self->Read();
                    });
}

}  // namespace

Result<std::unique_ptr<Server>> Server::Start(const ServeOptions& options) {
  if (options.threads < 1 || options.threads > 256) {
    return Status::InvalidArgument("threads must be from 1 to 256");
  }
  StoreOptions store_options;
  store_options.read_only = true;
  store_options.create_if_missing = false;
  std::vector<std::unique_ptr<Store>> stores;
  for (int i = 0; i < options.threads; ++i) {
    Result<std::unique_ptr<Store>> store = Store::Open(options.db_path, store_options);
    if (!store.ok()) return store.status();
    stores.push_back(std::move(*store));
  }
  try {
    auto server = std::make_unique<ServerImpl>(options);
    NEWSDESK_RETURN_IF_ERROR(server->Listen(std::move(stores)));
    return std::unique_ptr<Server>(std::move(server));
  } catch (const std::exception& e) {  // Asio reports resource exhaustion by throwing
    return Status::IOError(std::string("serve: ") + e.what());
  }
}

}  // namespace newsdesk
