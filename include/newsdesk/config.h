// Pipeline files: the TOML documents under pipelines/ that say what a crawl or a daemon
// ingests (sources), how politely (fetch overrides), into which store, and with which
// story thresholds. Parsed with toml++ and validated completely on load: every error names
// the file, the line, the key and what was expected; unknown keys are errors (a typo must
// not silently fall back to a default). No toml++ type appears here.
//
// File format (docs/pipelines.md has the full reference):
//
//   name  = "samples"                 # required
//   store = "../newsdesk.db"          # default "newsdesk.db"
//   revisit = ["1d", "7d"]            # ages at which stored articles are fetched again
//   [fetch]    concurrency, per_host, delay, connect_timeout, timeout, max_bytes,
//              attempts, give_up_after, max_redirects, user_agent, allow_private_networks,
//              obey_robots
//   [stories]  join_threshold, window, undated_window, far_window, far_factor,
//              near_duplicate_min_jaccard, cosine_weight, lead_words, long_text_words,
//              long_cosine_weight, long_anchor_weight, relink_factor, move_factor,
//              leave_factor, language_prior
//   [daemon]   lock_file, shutdown_grace
//   [[sources]] kind = "urls" | "feed" | "sitemap", exactly one of url / path, name,
//              interval ("15m"), include / exclude (URL regexes), language ("en")
//
// Relative paths (store, sources' path, daemon.lock_file) resolve against the folder of
// the TOML file, so a pipeline works whatever the current directory.
//
// Thread-safety: the values are plain data; UrlFilter is immutable after creation and
// safe to share between threads.
#ifndef NEWSDESK_CONFIG_H_
#define NEWSDESK_CONFIG_H_

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/fetch.h"
#include "newsdesk/status.h"
#include "newsdesk/stories.h"

namespace newsdesk {

enum class SourceKind {
  kUrls,     // a URL-list file: one URL per line, blank lines and # comments ignored
  kFeed,     // RSS or Atom
  kSitemap,  // sitemap, sitemap index or Google News sitemap (optionally gzipped)
};
std::string_view SourceKindName(SourceKind kind);  // "urls", "feed", "sitemap"

// Include/exclude URL patterns (RE2 regular expressions, searched anywhere in the URL;
// matched in time linear in the URL whatever the pattern, so no pattern can stall a run).
// A URL passes when it matches no exclude pattern and, if there are include patterns, at
// least one of them. URLs over 8 KiB never pass a non-empty filter. Immutable once
// created; copies share the compiled patterns; Accepts is safe from any thread.
class UrlFilter {
 public:
  UrlFilter() = default;  // accepts everything
  // InvalidArgument naming the first bad pattern (including what RE2 does not support:
  // backreferences and lookaround).
  static Result<UrlFilter> Create(const std::vector<std::string>& include,
                                  const std::vector<std::string>& exclude);
  bool Accepts(std::string_view url) const;
  bool empty() const { return patterns_ == nullptr; }

 private:
  struct Patterns;                            // the compiled patterns (config.cc)
  std::shared_ptr<const Patterns> patterns_;  // null when there are none
};

struct SourceConfig {
  SourceKind kind = SourceKind::kUrls;
  std::string name;  // `name`, else the url or path as written
  // What to read: an http(s) URL, or for `path` sources the file: URL of the absolute path.
  std::string url;
  std::string path;  // absolute local path for `path` sources; "" for `url` sources
  bool is_local() const { return !path.empty(); }
  std::chrono::seconds interval{3600};  // how often the daemon re-reads the source
  std::vector<std::string> include;     // patterns as written
  std::vector<std::string> exclude;
  UrlFilter filter;      // compiled from include/exclude
  std::string language;  // hint, BCP 47 primary tag ("en", "yi"); "" when not given
  int line = 0;          // line of the [[sources]] header, for messages
};

struct DaemonConfig {
  std::string lock_file;  // default: DefaultLockFile(store) (store.h); "" = none
  // After SIGINT/SIGTERM, how long in-flight work may take before it is checkpointed.
  std::chrono::seconds shutdown_grace{10};
};

struct PipelineConfig {
  std::string file;  // the TOML file as given
  std::string name;
  // SQLite database path, resolved against the TOML file's folder, or a postgresql:// URI
  // (store.h IsDatabaseUri), taken as written.
  std::string store;
  // Directory for WARC archives of every fetched exchange (key `warc`); "" = none.
  std::string warc_dir;
  // Ages after its first fetch at which a stored article is fetched again to catch edits
  // (key `revisit`, PipelineOptions::revisit_after); empty = never.
  std::vector<std::chrono::seconds> revisit_after{std::chrono::days(1), std::chrono::days(7)};
  std::vector<SourceConfig> sources;
  FetchOptions fetch;  // defaults with the [fetch] overrides applied
  StoryOptions stories;
  DaemonConfig daemon;
};

// What a command reads a pipeline file for: a run (`crawl`, `daemon`) needs its `name`
// and sources; an import (`import --config`) takes only its store, [stories] and [daemon]
// lock file, so a file written for it may have neither (what it has is validated all the
// same).
enum class PipelineUse { kRun, kImport };

// Reads and validates the pipeline file at `path`. Errors: NotFound/IOError for the file,
// InvalidArgument "FILE:LINE: KEY: expected ..., got ..." for any invalid content.
Result<PipelineConfig> LoadPipelineConfig(const std::string& path,
                                          PipelineUse use = PipelineUse::kRun);

// Same, from text; `path` names the file in messages and anchors relative paths.
Result<PipelineConfig> ParsePipelineConfig(std::string_view toml, const std::string& path,
                                           PipelineUse use = PipelineUse::kRun);

// Durations as written in pipeline files: one or more <integer><unit> groups with units
// ms, s, m, h, d, e.g. "500ms", "15m", "1h30m", "7d". InvalidArgument otherwise.
Result<std::chrono::milliseconds> ParseDuration(std::string_view text);

// Re-fetch ages as the --revisit flag takes them: comma-separated durations of at least
// 1s ("1d,7d"), or "none" for no re-fetches. InvalidArgument otherwise.
Result<std::vector<std::chrono::seconds>> ParseRevisitAges(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_CONFIG_H_
