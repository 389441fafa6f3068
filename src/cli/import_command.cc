// newsdesk import DOCS.jsonl|- [--db DB] [--config PIPELINE.toml]: already-extracted
// documents into the store. One JSON object per line: url, title, text, and optional
// published, language, site, id. A pipeline file gives the [stories] settings, the store
// (unless --db) and its lock file; its sources and [fetch] do not apply to an import.
// newsdesk import FILE.warc[.gz]...: the HTML responses of WARC archives, through the
// whole pipeline as if fetched (cli/import_warc.cc).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.h"
#include "import_warc.h"
#include "newsdesk/config.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "run_report.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct ImportFlags {
  std::vector<std::string> files;
  std::string db;      // "" = the pipeline's store, else kDefaultDb
  std::string config;  // pipeline file; "" = none
  int workers = 0;
};

// Reads field `key` into `out` when it is a string (or, for ids, a number). Returns the
// reason when it has another type.
std::string TakeString(const nlohmann::json& j, const char* key, std::string& out,
                       bool number_ok = false) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) {
    out = it->get<std::string>();
  } else if (number_ok && it->is_number()) {
    out = it->dump();
  } else {
    return std::string("field \"") + key + "\" is not a string";
  }
  return "";
}

// Parses one line into `doc`; "" on success, else why not.
std::string ParseLine(const std::string& line, ImportInput& doc) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return "not valid JSON";
  if (!j.is_object()) return "not a JSON object";
  for (auto [key, out, number_ok] : {std::tuple{"url", &doc.url, false},
                                     {"title", &doc.title, false},
                                     {"text", &doc.text, false},
                                     {"published", &doc.published, false},
                                     {"language", &doc.language, false},
                                     {"site", &doc.site, false},
                                     {"id", &doc.id, true}}) {
    if (std::string err = TakeString(j, key, *out, number_ok); !err.empty()) return err;
  }
  if (doc.url.empty()) return "missing \"url\"";
  if (doc.title.empty() && doc.text.empty()) return "missing \"title\" and \"text\"";
  return "";
}

int RunImport(const ImportFlags& f) {
  size_t warcs = 0;
  for (const std::string& path : f.files) warcs += LooksLikeWarc(path) ? 1 : 0;
  const bool warc = warcs > 0;
  if (warc && warcs != f.files.size()) {
    std::cerr << "newsdesk import: give either WARC files or one JSONL file, not both\n";
    return kExitUsage;
  }
  if (!warc && f.files.size() != 1) {
    std::cerr << "newsdesk import: one JSONL file at a time (several files: WARC only)\n";
    return kExitUsage;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  const std::string& first = f.files.front();
  if (!warc && first != "-") {
    file.open(first, std::ios::binary);
    if (!file) {
      std::cerr << "newsdesk import: cannot read " << first << "\n";
      return kExitUsage;
    }
    in = &file;
  }
  PipelineOptions options;
  std::string db = f.db.empty() ? kDefaultDb : f.db;
  std::string lock_file = DefaultLockFile(db);
  if (!f.config.empty()) {
    Result<PipelineConfig> config = LoadPipelineConfig(f.config);
    if (!config.ok()) {
      std::cerr << "newsdesk import: " << config.status().message() << "\n";
      return kExitUsage;
    }
    options.stories = config->stories;
    if (f.db.empty()) {
      db = config->store;
      lock_file = config->daemon.lock_file;
    }
  }
  std::optional<LockedStore> locked = OpenStoreForWriting("import", db, lock_file);
  if (!locked) return kExitUsage;

  options.workers = f.workers;
  options.ordered = true;
  options.progress = ProgressPrinter();
  Pipeline pipeline(*locked->store, options);
  if (warc) return ImportWarcFiles(f.files, pipeline);

  int line_no = 0;
  int bad_lines = 0;
  std::string line;
  auto next = [&](ImportInput& doc) {
    while (std::getline(*in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      doc = ImportInput{};
      if (std::string err = ParseLine(line, doc); !err.empty()) {
        ++bad_lines;
        std::fprintf(stderr, "newsdesk import: line %d: %s\n", line_no, err.c_str());
        continue;
      }
      return true;
    }
    return false;
  };
  Result<RunSummary> summary = [&] {
    StopOnSignals signals(pipeline);
    return pipeline.Import(next);
  }();
  if (!summary.ok()) {
    std::cerr << "newsdesk import: " << summary.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  PrintSummary(stdout, "import", "documents", *summary);
  if (bad_lines > 0) std::printf("  %d bad lines (see above)\n", bad_lines);
  return RunExitCode(*summary, bad_lines > 0);
}

const bool kRegistered = RegisterCommand({
    "import",
    "Store already-extracted documents (JSON lines: url, title, text, published, ...) or "
    "the HTML pages of WARC archives",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<ImportFlags>();
      sub.add_option("files", f->files,
                     "JSONL file (or - for stdin), or WARC files (.warc, .warc.gz)")
          ->required();
      sub.add_option(
          "--db", f->db,
          "store: SQLite file or postgresql:// URI (default: the pipeline's, else newsdesk.db)");
      sub.add_option(
          "--config", f->config,
          "pipeline file whose [stories] settings and store apply (pipelines/NAME.toml)");
      sub.add_option("--workers", f->workers, "CPU workers (0 = one per core)")
          ->check(CLI::Range(0, 256));
      return [f] { return RunImport(*f); };
    },
    30,
});

}  // namespace
}  // namespace newsdesk::cli
