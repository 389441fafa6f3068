// newsdesk runs [--db DB] [--json]: crawl run history, newest first.
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "newsdesk/export.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct RunsFlags {
  std::string db = kDefaultDb;
  int limit = 20;
  bool json = false;
};

using Counts = std::vector<std::pair<std::string, int64_t>>;

std::string CountsText(const Counts& counts) {
  std::string out;
  for (const auto& [name, n] : counts) {
    out += (out.empty() ? "" : " ") + name + "=" + std::to_string(n);
  }
  return out;
}

int RunRuns(const RunsFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreForReading(flags.db);
  if (!store) return kExitUsage;
  Result<std::vector<RunRecord>> runs = store->ListRuns(flags.limit);
  if (!runs.ok()) {
    ReportError("runs", runs.status());
    return kExitSomeFailed;
  }
  for (const RunRecord& r : *runs) {
    if (flags.json) {
      std::cout << RunJson(r) << "\n";
      continue;
    }
    std::cout << "#" << r.id << "  " << r.pipeline << "  " << r.status << "  " << r.started_at
              << " .. " << (r.finished_at.empty() ? "(not finished)" : r.finished_at) << "\n";
    if (!r.counts.empty()) std::cout << "    " << CountsText(r.counts) << "\n";
    if (!r.errors.empty()) std::cout << "    errors: " << CountsText(r.errors) << "\n";
  }
  if (runs->empty() && !flags.json) std::cerr << "newsdesk runs: no runs recorded\n";
  return kExitOk;
}

const bool kRegistered = RegisterCommand({
    "runs",
    "Crawl run history, newest first: status, counts per outcome, errors by kind",
    [](CLI::App& sub) -> std::function<int()> {
      auto flags = std::make_shared<RunsFlags>();
      sub.add_option("--db", flags->db, "store to read: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_option("--limit", flags->limit, "At most N runs (-1: all)")->capture_default_str();
      sub.add_flag("--json", flags->json, "One JSON object per run");
      return [flags] { return RunRuns(*flags); };
    },
    60,
});

}  // namespace
}  // namespace newsdesk::cli
