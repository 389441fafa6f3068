// newsdesk serve [--db DB] [--bind 127.0.0.1] [--port 8080] [--threads N]: the read-only
// HTTP API and story browser until SIGINT/SIGTERM.
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/serve.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

int RunServe(const ServeOptions& options) {
  Shutdown shutdown;  // SIGINT/SIGTERM: stop accepting, finish the requests in progress
  Result<std::unique_ptr<Server>> server = Server::Start(options);
  if (!server.ok()) {
    if (server.status().IsNotFound()) {
      std::cerr << "newsdesk serve: no database at " << options.db_path
                << " (create one with `newsdesk ingest`, or pass --db)\n";
    } else {
      ReportError("serve", server.status());
    }
    return kExitUsage;
  }
  Server& running = **server;
  const Shutdown::Registration stops = shutdown.Register([&running] { running.Stop(); }, nullptr);
  // The line scripts wait for: the address, with the port chosen when --port was 0.
  std::cout << "newsdesk serve: listening on http://" << options.bind_address << ":"
            << (*server)->port() << "/ (store " << options.db_path << ", read-only)" << std::endl;
  (*server)->Wait();
  std::cerr << "newsdesk serve: stopped\n";
  return kExitOk;
}

const bool kRegistered = RegisterCommand({
    "serve",
    "Read-only HTTP API (/api/v1/...) and story browser (/) over the store",
    [](CLI::App& sub) -> std::function<int()> {
      auto options = std::make_shared<ServeOptions>();
      options->db_path = kDefaultDb;
      sub.add_option("--db", options->db_path, "store to read: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_option("--bind", options->bind_address, "Address to listen on")
          ->capture_default_str();
      sub.add_option("--port", options->port, "Port to listen on (0: any free port)")
          ->capture_default_str();
      sub.add_option("--threads", options->threads, "Worker threads (one store connection each)")
          ->capture_default_str()
          ->check(CLI::Range(1, 256));
      return [options] { return RunServe(*options); };
    },
    95,
});

}  // namespace
}  // namespace newsdesk::cli
