// Helpers shared by the commands that use the store: the read-only ones (export, stories,
// runs, search) and the writers (crawl, daemon, import).
#ifndef NEWSDESK_CLI_STORE_CLI_H_
#define NEWSDESK_CLI_STORE_CLI_H_

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "newsdesk/crawl.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "newsdesk/warc.h"

namespace newsdesk::cli {

// The --db default of every command.
inline constexpr const char* kDefaultDb = "newsdesk.db";

// This process's name among the workers sharing a PostgreSQL frontier: host:pid.
inline std::string DefaultWorkerId() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host[0] ? host : "localhost") + ":" + std::to_string(getpid());
}

// The shared frontier of the workers writing to the PostgreSQL database `db`; worker_id
// "" = DefaultWorkerId().
inline SharedFrontier SharedFrontierOf(const std::string& db, const std::string& worker_id,
                                       int lease_seconds) {
  SharedFrontier shared;
  shared.worker_id = worker_id.empty() ? DefaultWorkerId() : worker_id;
  shared.lease_duration = std::chrono::seconds(lease_seconds);
  shared.connect_store = [db] { return Store::Open(db); };
  return shared;
}

// --worker-id and --lease of the commands that write: ingest, crawl, daemon.
inline void AddSharedFrontierFlags(CLI::App& sub, std::string& worker_id, int& lease_seconds) {
  sub.add_option("--worker-id", worker_id,
                 "with a postgresql:// store: this worker's name in URL leases (default "
                 "host:pid)");
  sub.add_option("--lease", lease_seconds,
                 "with a postgresql:// store: seconds after which a dead worker's URLs go to "
                 "the others")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();
}

// Opens the store read-only, never creating it. On failure prints why on stderr and
// returns null (the caller exits with kExitUsage).
inline std::unique_ptr<Store> OpenStoreForReading(const std::string& path) {
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  Result<std::unique_ptr<Store>> store = Store::Open(path, options);
  if (store.ok()) return std::move(*store);
  if (store.status().IsNotFound()) {
    std::cerr << "newsdesk: no database at " << path
              << " (create one with `newsdesk ingest`, or pass --db)\n";
  } else {
    std::cerr << "newsdesk: cannot open " << path << ": " << store.status().ToString() << "\n";
  }
  return nullptr;
}

// A store opened for writing, held under its StoreLock so that one writer at a time uses it.
struct LockedStore {
  std::unique_ptr<StoreLock> lock;
  std::unique_ptr<Store> store;
};

// Takes the lock at `lock_path` (none when "": a PostgreSQL store), then opens the store
// at `path` (creating a SQLite file if needed) and marks the runs whose process was
// killed (Store::MarkRunsKilled): on a SQLite store only under the lock, which tells that
// no other process writes it (a run still "running" there is a killed one); on a
// PostgreSQL store the runs no worker's connection owns any more. On failure prints why
// on stderr as "newsdesk COMMAND: ..." and returns nullopt (the caller exits with
// kExitUsage).
inline std::optional<LockedStore> OpenStoreForWriting(std::string_view command,
                                                      const std::string& path,
                                                      const std::string& lock_path) {
  Result<std::unique_ptr<StoreLock>> lock = std::unique_ptr<StoreLock>();
  if (!lock_path.empty()) lock = StoreLock::Acquire(lock_path, path);
  if (!lock.ok()) {
    std::cerr << "newsdesk " << command << ": " << lock.status().message() << "\n";
    return std::nullopt;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  Status killed = store.status();
  if (store.ok() && (*lock || IsDatabaseUri(path))) killed = (*store)->MarkRunsKilled().status();
  if (!killed.ok()) {
    std::cerr << "newsdesk " << command << ": " << path << ": " << killed.ToString() << "\n";
    return std::nullopt;
  }
  return LockedStore{std::move(*lock), std::move(*store)};
}

// Prints a failed status of a read command on stderr.
inline void ReportError(std::string_view command, const Status& status) {
  std::cerr << "newsdesk " << command << ": " << status.ToString() << "\n";
}

// The WARC writer of --warc DIR (or a pipeline's `warc` key): null with `ok` true when
// `dir` is empty; on failure prints why as "newsdesk COMMAND: ..." and sets `ok` false (the
// caller exits with kExitUsage).
inline std::shared_ptr<WarcWriter> OpenWarcForWriting(std::string_view command,
                                                      const std::string& dir, bool& ok) {
  ok = true;
  if (dir.empty()) return nullptr;
  WarcWriterOptions options;
  options.dir = dir;
  Result<std::unique_ptr<WarcWriter>> writer = WarcWriter::Open(options);
  if (writer.ok()) return std::shared_ptr<WarcWriter>(std::move(*writer));
  std::cerr << "newsdesk " << command << ": " << writer.status().message() << "\n";
  ok = false;
  return nullptr;
}

}  // namespace newsdesk::cli

#endif  // NEWSDESK_CLI_STORE_CLI_H_
