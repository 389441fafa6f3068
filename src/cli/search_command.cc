// newsdesk search "query" [--db DB] [--limit N] [--json]: full-text search (FTS5).
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "newsdesk/export.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct SearchFlags {
  std::string query;
  std::string db = kDefaultDb;
  int limit = 10;
  bool json = false;
  bool fts5 = false;
};

int RunSearch(const SearchFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreForReading(flags.db);
  if (!store) return kExitUsage;
  Result<std::vector<SearchHit>> hits = store->Search(flags.query, flags.limit, flags.fts5);
  if (!hits.ok()) {
    ReportError("search", hits.status());
    return hits.status().IsInvalidArgument() ? kExitUsage : kExitSomeFailed;
  }
  int n = 0;
  for (const SearchHit& h : *hits) {
    if (flags.json) {
      std::cout << SearchHitJson(h) << "\n";
      continue;
    }
    std::cout << ++n << ". " << h.title << "\n   " << h.url << "\n   " << h.snippet << "\n";
  }
  if (hits->empty() && !flags.json) std::cerr << "newsdesk search: no matches\n";
  return kExitOk;
}

const bool kRegistered = RegisterCommand({
    "search",
    "Full-text search over titles and texts (best matches first)",
    [](CLI::App& sub) -> std::function<int()> {
      auto flags = std::make_shared<SearchFlags>();
      sub.add_option("query", flags->query, "Words to find (word* for a prefix, OR between)")
          ->required();
      sub.add_option("--db", flags->db, "store to read: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_option("--limit", flags->limit, "At most N results")->capture_default_str();
      sub.add_flag("--json", flags->json, "One JSON object per match");
      sub.add_flag("--fts5", flags->fts5, "Pass the query to SQLite FTS5 as written");
      return [flags] { return RunSearch(*flags); };
    },
    90,
});

}  // namespace
}  // namespace newsdesk::cli
