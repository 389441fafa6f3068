// Helpers shared by the read-only store commands (export, stories, runs, search).
#ifndef NEWSDESK_CLI_STORE_CLI_H_
#define NEWSDESK_CLI_STORE_CLI_H_

#include <iostream>
#include <memory>
#include <string>

#include "newsdesk/store.h"

namespace newsdesk::cli {

// The --db default of every command.
inline constexpr const char* kDefaultDb = "newsdesk.db";

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

// Prints a failed status of a read command on stderr.
inline void ReportError(std::string_view command, const Status& status) {
  std::cerr << "newsdesk " << command << ": " << status.ToString() << "\n";
}

}  // namespace newsdesk::cli

#endif  // NEWSDESK_CLI_STORE_CLI_H_
