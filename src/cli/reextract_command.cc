// newsdesk reextract [--since DATE] [--db DB]: runs the archived response of every stored
// article (its WARC record) through the current extractor and updates the articles whose
// text or metadata changed. Nothing is fetched; stories are not regrouped.
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "command.h"
#include "newsdesk/dates.h"
#include "newsdesk/reextract.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct ReextractFlags {
  std::string db = kDefaultDb;
  std::string since;
};

int RunReextract(const ReextractFlags& f) {
  ReextractOptions options;
  if (!f.since.empty()) {
    Result<ParsedDate> since = ParseDate(f.since);
    if (!since.ok()) {
      std::cerr << "newsdesk reextract: --since: " << since.status().message() << "\n";
      return kExitUsage;
    }
    options.since = since->IsoDate();
  }
  std::optional<LockedStore> locked = OpenStoreForWriting("reextract", f.db, DefaultLockFile(f.db));
  if (!locked) return kExitUsage;
  options.progress = [](const ReextractReport& r) {
    std::fprintf(stderr, "reextract: %lld examined, %lld changed\n",
                 static_cast<long long>(r.examined), static_cast<long long>(r.changed));
  };
  Result<ReextractReport> report = Reextract(*locked->store, options);
  if (!report.ok()) {
    std::cerr << "newsdesk reextract: " << report.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  const ReextractReport& r = *report;
  std::printf(
      "reextract: %lld articles examined: %lld changed, %lld unchanged, %lld no longer "
      "articles (kept), %lld failed; %lld without an archived response\n",
      static_cast<long long>(r.examined), static_cast<long long>(r.changed),
      static_cast<long long>(r.unchanged), static_cast<long long>(r.not_article),
      static_cast<long long>(r.failed), static_cast<long long>(r.not_archived));
  for (const std::string& failure : r.failures) std::printf("  failed: %s\n", failure.c_str());
  return r.failed == 0 ? kExitOk : kExitSomeFailed;
}

const bool kRegistered = RegisterCommand({
    "reextract",
    "Re-run the extractor over the archived (WARC) responses of stored articles",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<ReextractFlags>();
      sub.add_option("--db", f->db, "store: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_option("--since", f->since, "only articles fetched on or after DATE");
      return [f] { return RunReextract(*f); };
    },
    75,
});

}  // namespace
}  // namespace newsdesk::cli
