// Serve: the read-only HTTP API (`/api/v1/...`, a versioned contract: README "HTTP API")
// and the story browser page (`/`) over a store that a crawl may still be writing.
//
// The server listens on one address, runs a fixed pool of threads, and gives each thread
// its own read-only store connection (SQLite WAL: each request sees the data committed
// when it began, in one read transaction). It never writes the store. Requests are
// bounded (header and body size, a deadline for reading a request and for writing its
// response) and so are responses (every list has a capped limit).
//
// Usage:
//   ServeOptions options;
//   options.db_path = "newsdesk.db";
//   options.port = 0;                          // an ephemeral port
//   Result<std::unique_ptr<Server>> server = Server::Start(options);
//   ... (*server)->port() ...
//   (*server)->Stop();                         // e.g. from a Shutdown target (pipeline.h)
//   (*server)->Wait();
//
// Thread-safety: Stop() and port() may be called from any thread; Wait() from one thread.
// No exception escapes: network errors end their connection, handler errors answer 500.
#ifndef NEWSDESK_SERVE_H_
#define NEWSDESK_SERVE_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

struct ServeOptions {
  std::string db_path = "newsdesk.db";  // must exist; opened read-only, never created
  std::string bind_address = "127.0.0.1";
  uint16_t port = 8080;                // 0 = an ephemeral port (see Server::port())
  int threads = 4;                     // worker threads, each with its own store connection
  size_t max_header_bytes = 8 * 1024;  // larger request headers: 431
  size_t max_body_bytes = 1024;        // larger request bodies: 413 (the API takes none)
  // Reading a request (from its first byte, or from the end of the previous one on a
  // kept-alive connection) and writing its response each must finish within this.
  std::chrono::milliseconds io_timeout{10000};
};

// A running server. Destruction stops it and waits.
class Server {
 public:
  // Opens the store (NotFound when missing, FailedPrecondition when its schema needs a
  // migration), binds and listens; returns once requests are being accepted. A bad
  // address or a port in use is IOError.
  static Result<std::unique_ptr<Server>> Start(const ServeOptions& options);
  virtual ~Server() = default;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The port listened on (the one chosen when options.port was 0).
  virtual uint16_t port() const = 0;
  // Stops accepting, lets requests in progress finish (each within io_timeout), closes
  // idle connections. Returns at once; idempotent.
  virtual void Stop() = 0;
  // Blocks until the server has stopped and its threads have ended.
  virtual void Wait() = 0;

 protected:
  Server() = default;
};

// The story browser page served at `/` (HTML with its CSS and script inline).
std::string_view StoryBrowserPage();

}  // namespace newsdesk

#endif  // NEWSDESK_SERVE_H_
