// newsdesk export --db DB --format jsonl|csv [--stories]: streams the store to stdout.
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "newsdesk/export.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct ExportFlags {
  std::string db = kDefaultDb;
  std::string format = "jsonl";
  bool stories = false;
};

int RunExport(const ExportFlags& flags) {
  Result<ExportFormat> format = ParseExportFormat(flags.format);
  if (!format.ok()) {
    ReportError("export", format.status());
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStoreForReading(flags.db);
  if (!store) return kExitUsage;
  ExportOptions options;
  options.stories = flags.stories;
  Status st = Export(*store, *format, std::cout, options);
  if (!st.ok()) {
    ReportError("export", st);
    return kExitSomeFailed;
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand({
    "export",
    "Stream the store's articles (or stories) to stdout as JSONL or CSV",
    [](CLI::App& sub) -> std::function<int()> {
      auto flags = std::make_shared<ExportFlags>();
      sub.add_option("--db", flags->db, "store to read: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_option("--format", flags->format, "jsonl or csv")->capture_default_str();
      sub.add_flag("--stories", flags->stories, "Export stories instead of articles");
      return [flags] { return RunExport(*flags); };
    },
    80,
});

}  // namespace
}  // namespace newsdesk::cli
