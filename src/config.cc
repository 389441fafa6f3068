// Pipeline files: toml++ parsing plus a strict validator. Every check reports
// "FILE:LINE: KEY: expected ..., got ..." (see include/newsdesk/config.h).
#include "newsdesk/config.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>

#include <re2/re2.h>
#include <toml++/toml.h>

#include "ascii.h"
#include "newsdesk/store.h"
#include "newsdesk/url.h"

namespace newsdesk {

namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxFilteredUrlBytes = 8192;

// Levenshtein distance, for "did you mean" on unknown keys.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string TypeName(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    default:
      return "nothing";
  }
}

// Shows a value in an error message, clipped.
std::string Shown(const toml::node& n) {
  std::ostringstream os;
  if (n.is_string()) {
    os << '"' << n.as_string()->get() << '"';
  } else if (n.is_table() || n.is_array()) {
    return TypeName(n);
  } else if (n.is_floating_point()) {
    os << std::setprecision(15) << n.as_floating_point()->get();  // -0.1, as written
  } else {
    n.visit([&os](const auto& v) { os << v; });
  }
  std::string s = os.str();
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

// Reads one TOML table with a fixed set of keys, producing precise errors.
class TableReader {
 public:
  TableReader(const std::string& file, const toml::table& table, std::string prefix)
      : file_(file), table_(table), prefix_(std::move(prefix)) {}

  // Every key of the table must be in `known`.
  Status CheckKeys(std::initializer_list<std::string_view> known) const {
    for (auto&& [key, node] : table_) {
      if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
      std::string msg = "unknown key";
      std::string_view best;
      size_t best_d = 3;
      for (std::string_view k : known) {
        size_t d = EditDistance(key.str(), k);
        if (d < best_d) best_d = d, best = k;
      }
      if (!best.empty()) msg += " (did you mean '" + std::string(best) + "'?)";
      std::string allowed;
      for (std::string_view k : known) allowed += (allowed.empty() ? "" : ", ") + std::string(k);
      return Error(node, key.str(), msg + "; expected one of: " + allowed);
    }
    return Status::OK();
  }

  Status Error(const toml::node& node, std::string_view key, std::string_view what) const {
    return ErrorAt(static_cast<int>(node.source().begin.line), key, what);
  }
  Status ErrorAt(int line, std::string_view key, std::string_view what) const {
    return Status::InvalidArgument(file_ + ":" + std::to_string(line) + ": " + prefix_ +
                                   std::string(key) + ": " + std::string(what));
  }
  Status Expected(const toml::node& node, std::string_view key, std::string_view what) const {
    return Error(node, key, "expected " + std::string(what) + ", got " + Shown(node));
  }

  const toml::node* Find(std::string_view key) const { return table_.get(key); }

  Status String(std::string_view key, std::string* out, bool allow_empty = false) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    if (!n->is_string()) return Expected(*n, key, "a string");
    std::string v = n->as_string()->get();
    if (!allow_empty && v.empty()) return Expected(*n, key, "a non-empty string");
    *out = std::move(v);
    return Status::OK();
  }

  Status Int(std::string_view key, int64_t lo, int64_t hi, int64_t* out) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    if (!n->is_integer() || n->as_integer()->get() < lo || n->as_integer()->get() > hi) {
      return Expected(*n, key,
                      "an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
    }
    *out = n->as_integer()->get();
    return Status::OK();
  }

  Status Int(std::string_view key, int lo, int hi, int* out) const {
    int64_t v = *out;
    Status s = Int(key, static_cast<int64_t>(lo), static_cast<int64_t>(hi), &v);
    *out = static_cast<int>(v);
    return s;
  }

  Status Double(std::string_view key, double lo, double hi, double* out) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    std::optional<double> v;
    if (n->is_floating_point()) v = n->as_floating_point()->get();
    if (n->is_integer()) v = static_cast<double>(n->as_integer()->get());
    if (!v || !(*v >= lo && *v <= hi)) {
      std::ostringstream range;
      range << "a number from " << lo << " to " << hi;
      return Expected(*n, key, range.str());
    }
    *out = *v;
    return Status::OK();
  }

  Status Bool(std::string_view key, bool* out) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    if (!n->is_boolean()) return Expected(*n, key, "true or false");
    *out = n->as_boolean()->get();
    return Status::OK();
  }

  template <typename D>
  Status Duration(std::string_view key, D min, D* out) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    const std::string want = "a duration such as \"500ms\", \"30s\", \"15m\", \"1h\" or \"7d\"";
    if (!n->is_string()) return Expected(*n, key, want);
    Result<std::chrono::milliseconds> d = ParseDuration(n->as_string()->get());
    if (!d.ok()) return Expected(*n, key, want);
    if (*d < min) {
      return Expected(*n, key,
                      "a duration of at least " + std::to_string(min.count()) +
                          (std::is_same_v<D, std::chrono::milliseconds> ? "ms" : "s"));
    }
    *out = std::chrono::duration_cast<D>(*d);
    return Status::OK();
  }

  // An array of durations (ParseDuration), each at least 1s; [] is an empty list.
  Status DurationArray(std::string_view key, std::vector<std::chrono::seconds>* out) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    const std::string want = "an array of durations such as [\"1d\", \"7d\"] ([] for none)";
    const toml::array* a = n->as_array();
    if (!a) return Expected(*n, key, want);
    out->clear();
    for (const toml::node& e : *a) {
      if (!e.is_string()) return Expected(e, key, want);
      Result<std::chrono::milliseconds> d = ParseDuration(e.as_string()->get());
      if (!d.ok() || *d < std::chrono::seconds(1)) return Expected(e, key, want);
      out->push_back(std::chrono::duration_cast<std::chrono::seconds>(*d));
    }
    return Status::OK();
  }

  Status StringArray(std::string_view key, std::vector<std::string>* out) const {
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    const toml::array* a = n->as_array();
    if (!a) return Expected(*n, key, "an array of strings");
    for (const toml::node& e : *a) {
      if (!e.is_string()) return Expected(e, key, "an array of strings");
      out->push_back(e.as_string()->get());
    }
    return Status::OK();
  }

  // A sub-table (absent is fine); `*out` is null when absent.
  Status Table(std::string_view key, const toml::table** out) const {
    *out = nullptr;
    const toml::node* n = Find(key);
    if (!n) return Status::OK();
    if (!n->is_table()) return Expected(*n, key, "a table ([" + std::string(key) + "])");
    *out = n->as_table();
    return Status::OK();
  }

  const toml::table& table() const { return table_; }

 private:
  const std::string& file_;
  const toml::table& table_;
  std::string prefix_;
};

fs::path Anchor(const fs::path& folder, const std::string& p) {
  fs::path path(p);
  if (path.is_relative()) path = folder / path;
  return path.lexically_normal();
}

Status ReadFetch(const TableReader& r, FetchOptions* f) {
  using std::chrono::milliseconds;
  NEWSDESK_RETURN_IF_ERROR(
      r.CheckKeys({"concurrency", "per_host", "delay", "connect_timeout", "timeout", "max_bytes",
                   "attempts", "give_up_after", "max_retry_delay", "max_redirects", "user_agent",
                   "allow_private_networks", "obey_robots"}));
  NEWSDESK_RETURN_IF_ERROR(r.Int("concurrency", 1, 1024, &f->max_total));
  NEWSDESK_RETURN_IF_ERROR(r.Int("per_host", 1, 64, &f->max_per_host));
  NEWSDESK_RETURN_IF_ERROR(r.Duration("delay", milliseconds(0), &f->per_host_delay));
  NEWSDESK_RETURN_IF_ERROR(r.Duration("connect_timeout", milliseconds(1), &f->connect_timeout));
  NEWSDESK_RETURN_IF_ERROR(r.Duration("timeout", milliseconds(1), &f->total_timeout));
  NEWSDESK_RETURN_IF_ERROR(r.Int("max_bytes", int64_t{1024}, int64_t{1} << 31, &f->max_body_bytes));
  NEWSDESK_RETURN_IF_ERROR(r.Int("attempts", 1, 20, &f->max_attempts));
  NEWSDESK_RETURN_IF_ERROR(r.Int("give_up_after", 0, 1000000, &f->give_up_after));
  NEWSDESK_RETURN_IF_ERROR(r.Duration("max_retry_delay", milliseconds(1000), &f->max_retry_delay));
  NEWSDESK_RETURN_IF_ERROR(r.Int("max_redirects", 0, 50, &f->max_redirects));
  NEWSDESK_RETURN_IF_ERROR(r.String("user_agent", &f->user_agent));
  if (f->user_agent.find_first_of("\r\n") != std::string::npos) {
    return r.Expected(*r.Find("user_agent"), "user_agent", "a single line");
  }
  NEWSDESK_RETURN_IF_ERROR(r.Bool("allow_private_networks", &f->allow_private_networks));
  NEWSDESK_RETURN_IF_ERROR(r.Bool("obey_robots", &f->obey_robots));
  return Status::OK();
}

Status ReadStories(const TableReader& r, StoryOptions* s) {
  NEWSDESK_RETURN_IF_ERROR(r.CheckKeys(
      {"join_threshold", "window", "undated_window", "near_duplicate_min_jaccard", "cosine_weight",
       "lead_words", "long_text_words", "long_cosine_weight", "long_anchor_weight", "relink_factor",
       "move_factor", "leave_factor", "language_prior", "far_window", "far_factor"}));
  NEWSDESK_RETURN_IF_ERROR(r.Double("join_threshold", 0.0, 1.0, &s->join_threshold));
  NEWSDESK_RETURN_IF_ERROR(
      r.Double("near_duplicate_min_jaccard", 0.0, 1.0, &s->near_duplicate_min_jaccard));
  NEWSDESK_RETURN_IF_ERROR(r.Double("cosine_weight", 0.0, 1.0, &s->cosine_weight));
  NEWSDESK_RETURN_IF_ERROR(r.Int("lead_words", 0, 100000, &s->lead_words));
  NEWSDESK_RETURN_IF_ERROR(r.Int("long_text_words", 0, 100000000, &s->long_text_words));
  NEWSDESK_RETURN_IF_ERROR(r.Double("long_cosine_weight", 0.0, 1.0, &s->long_cosine_weight));
  NEWSDESK_RETURN_IF_ERROR(r.Double("long_anchor_weight", 0.0, 1.0, &s->long_anchor_weight));
  NEWSDESK_RETURN_IF_ERROR(r.Double("relink_factor", 0.0, 1e9, &s->relink_factor));
  NEWSDESK_RETURN_IF_ERROR(r.Double("move_factor", 1.0, 1e9, &s->move_factor));
  NEWSDESK_RETURN_IF_ERROR(r.Double("leave_factor", 0.0, 1.0, &s->leave_factor));
  NEWSDESK_RETURN_IF_ERROR(r.Double("language_prior", 0.0, 1e12, &s->language_prior));
  NEWSDESK_RETURN_IF_ERROR(r.Double("far_factor", 1.0, 1e9, &s->far_factor));
  // Windows: durations of at least an hour, kept in hours.
  const auto hours = [&r](const char* key, std::chrono::hours* h) {
    std::chrono::seconds d = *h;
    NEWSDESK_RETURN_IF_ERROR(r.Duration(key, std::chrono::seconds(3600), &d));
    *h = std::chrono::duration_cast<std::chrono::hours>(d);
    return Status::OK();
  };
  NEWSDESK_RETURN_IF_ERROR(hours("window", &s->window));
  NEWSDESK_RETURN_IF_ERROR(hours("undated_window", &s->undated_window));
  NEWSDESK_RETURN_IF_ERROR(hours("far_window", &s->far_window));
  return Status::OK();
}

bool ValidLanguageTag(std::string_view s) {
  // BCP 47 primary language subtag, optionally with one region/script subtag.
  size_t dash = s.find('-');
  std::string_view primary = s.substr(0, dash);
  if (primary.size() < 2 || primary.size() > 3) return false;
  for (char c : primary) {
    if (c < 'a' || c > 'z') return false;
  }
  if (dash == std::string_view::npos) return true;
  std::string_view rest = s.substr(dash + 1);
  if (rest.size() < 2 || rest.size() > 8) return false;
  return std::all_of(rest.begin(), rest.end(), [](char c) { return std::isalnum(c); });
}

Status ReadSource(const std::string& file, const fs::path& folder, const toml::table& t,
                  size_t index, SourceConfig* s) {
  TableReader r(file, t, "sources[" + std::to_string(index) + "].");
  s->line = static_cast<int>(t.source().begin.line);
  NEWSDESK_RETURN_IF_ERROR(
      r.CheckKeys({"kind", "name", "url", "path", "interval", "include", "exclude", "language"}));
  const toml::node* kind = r.Find("kind");
  if (!kind)
    return r.ErrorAt(s->line, "kind", "missing; expected \"urls\", \"feed\" or \"sitemap\"");
  std::string k = kind->is_string() ? kind->as_string()->get() : "";
  if (k == "urls") {
    s->kind = SourceKind::kUrls;
  } else if (k == "feed") {
    s->kind = SourceKind::kFeed;
  } else if (k == "sitemap") {
    s->kind = SourceKind::kSitemap;
  } else {
    return r.Expected(*kind, "kind", "one of \"urls\", \"feed\", \"sitemap\"");
  }
  const toml::node* url = r.Find("url");
  const toml::node* path = r.Find("path");
  if ((url != nullptr) == (path != nullptr)) {
    return r.ErrorAt(s->line, url ? "path" : "url",
                     "expected exactly one of 'url' (http or https) or 'path' (a local file)");
  }
  if (url) {
    NEWSDESK_RETURN_IF_ERROR(r.String("url", &s->url));
    const std::string lower = AsciiLower(std::string_view(s->url).substr(0, 8));
    if (!lower.starts_with("http://") && !lower.starts_with("https://")) {
      return r.Expected(*url, "url", "an http:// or https:// URL (use 'path' for local files)");
    }
    if (s->url.find_first_of(" \t\r\n") != std::string::npos) {
      return r.Expected(*url, "url", "a URL without whitespace");
    }
    s->name = s->url;
  } else {
    std::string p;
    NEWSDESK_RETURN_IF_ERROR(r.String("path", &p));
    s->name = p;
    fs::path abs = Anchor(folder, p);
    s->path = abs.string();
    s->url = PathToFileUrl(abs.string());
  }
  NEWSDESK_RETURN_IF_ERROR(r.String("name", &s->name));
  NEWSDESK_RETURN_IF_ERROR(r.Duration("interval", std::chrono::seconds(1), &s->interval));
  NEWSDESK_RETURN_IF_ERROR(r.StringArray("include", &s->include));
  NEWSDESK_RETURN_IF_ERROR(r.StringArray("exclude", &s->exclude));
  Result<UrlFilter> filter = UrlFilter::Create(s->include, s->exclude);
  if (!filter.ok()) {
    const toml::node* n = r.Find(s->include.empty() ? "exclude" : "include");
    return r.Error(*n, "include/exclude", filter.status().message());
  }
  s->filter = std::move(filter).value();
  NEWSDESK_RETURN_IF_ERROR(r.String("language", &s->language));
  if (!s->language.empty() && !ValidLanguageTag(s->language)) {
    return r.Expected(*r.Find("language"), "language",
                      "a lower-case BCP 47 language tag such as \"en\", \"he\" or \"yi\"");
  }
  return Status::OK();
}

Result<PipelineConfig> Validate(const toml::table& root, const std::string& file, PipelineUse use) {
  PipelineConfig c;
  c.file = file;
  const fs::path folder = fs::absolute(fs::path(file)).parent_path();
  TableReader r(file, root, "");
  NEWSDESK_RETURN_IF_ERROR(
      r.CheckKeys({"name", "store", "warc", "revisit", "sources", "fetch", "stories", "daemon"}));
  if (!r.Find("name") && use == PipelineUse::kRun) {
    return r.ErrorAt(1, "name", "missing; expected the pipeline's name");
  }
  NEWSDESK_RETURN_IF_ERROR(r.String("name", &c.name));
  std::string store = "newsdesk.db";
  NEWSDESK_RETURN_IF_ERROR(r.String("store", &store));
  c.store = store == ":memory:" || IsDatabaseUri(store) ? store : Anchor(folder, store).string();
  std::string warc;
  NEWSDESK_RETURN_IF_ERROR(r.String("warc", &warc));
  if (!warc.empty()) c.warc_dir = Anchor(folder, warc).string();
  NEWSDESK_RETURN_IF_ERROR(r.DurationArray("revisit", &c.revisit_after));

  const toml::table* t = nullptr;
  NEWSDESK_RETURN_IF_ERROR(r.Table("fetch", &t));
  if (t) NEWSDESK_RETURN_IF_ERROR(ReadFetch(TableReader(file, *t, "fetch."), &c.fetch));
  NEWSDESK_RETURN_IF_ERROR(r.Table("stories", &t));
  if (t) NEWSDESK_RETURN_IF_ERROR(ReadStories(TableReader(file, *t, "stories."), &c.stories));
  c.daemon.lock_file = DefaultLockFile(c.store);
  NEWSDESK_RETURN_IF_ERROR(r.Table("daemon", &t));
  if (t) {
    TableReader d(file, *t, "daemon.");
    NEWSDESK_RETURN_IF_ERROR(d.CheckKeys({"lock_file", "shutdown_grace"}));
    std::string lock;
    NEWSDESK_RETURN_IF_ERROR(d.String("lock_file", &lock));
    if (!lock.empty()) c.daemon.lock_file = Anchor(folder, lock).string();
    NEWSDESK_RETURN_IF_ERROR(
        d.Duration("shutdown_grace", std::chrono::seconds(0), &c.daemon.shutdown_grace));
  }

  const toml::node* sources = r.Find("sources");
  if (!sources && use == PipelineUse::kImport) return c;
  if (!sources) {
    return r.ErrorAt(1, "sources", "missing; expected at least one [[sources]] table");
  }
  const toml::array* arr = sources->as_array();
  if (!arr || arr->empty() || !arr->is_array_of_tables()) {
    return r.Expected(*sources, "sources", "one or more [[sources]] tables");
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    SourceConfig s;
    NEWSDESK_RETURN_IF_ERROR(ReadSource(file, folder, *arr->get(i)->as_table(), i, &s));
    for (const SourceConfig& other : c.sources) {
      if (other.url == s.url && other.kind == s.kind) {
        return r.ErrorAt(s.line, "sources[" + std::to_string(i) + "]",
                         "duplicate of the source on line " + std::to_string(other.line));
      }
    }
    c.sources.push_back(std::move(s));
  }
  return c;
}

}  // namespace

std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kUrls:
      return "urls";
    case SourceKind::kFeed:
      return "feed";
    case SourceKind::kSitemap:
      return "sitemap";
  }
  return "unknown";
}

struct UrlFilter::Patterns {
  std::vector<std::unique_ptr<const re2::RE2>> include;
  std::vector<std::unique_ptr<const re2::RE2>> exclude;
};

Result<UrlFilter> UrlFilter::Create(const std::vector<std::string>& include,
                                    const std::vector<std::string>& exclude) {
  UrlFilter f;
  if (include.empty() && exclude.empty()) return f;
  auto patterns = std::make_shared<Patterns>();
  re2::RE2::Options options;
  options.set_log_errors(false);
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& p : pass == 0 ? include : exclude) {
      auto re = std::make_unique<const re2::RE2>(p, options);
      if (!re->ok()) {
        return Status::InvalidArgument("expected a regular expression, got \"" + p + "\" (" +
                                       re->error() + ")");
      }
      (pass == 0 ? patterns->include : patterns->exclude).push_back(std::move(re));
    }
  }
  f.patterns_ = std::move(patterns);
  return f;
}

bool UrlFilter::Accepts(std::string_view url) const {
  if (empty()) return true;
  if (url.size() > kMaxFilteredUrlBytes) return false;
  auto matches = [url](const std::unique_ptr<const re2::RE2>& re) {
    return re2::RE2::PartialMatch(url, *re);
  };
  const Patterns& p = *patterns_;
  if (std::any_of(p.exclude.begin(), p.exclude.end(), matches)) return false;
  return p.include.empty() || std::any_of(p.include.begin(), p.include.end(), matches);
}

Result<std::chrono::milliseconds> ParseDuration(std::string_view text) {
  using std::chrono::milliseconds;
  if (text.empty()) return Status::InvalidArgument("empty duration");
  int64_t total = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      return Status::InvalidArgument("bad duration '" + std::string(text) + "'");
    }
    int64_t n = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
      if (n > 1'000'000'000) return Status::InvalidArgument("duration too long");
      n = n * 10 + (text[i++] - '0');
    }
    size_t unit_start = i;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view unit = text.substr(unit_start, i - unit_start);
    int64_t ms;
    if (unit == "ms") {
      ms = 1;
    } else if (unit == "s") {
      ms = 1000;
    } else if (unit == "m") {
      ms = 60'000;
    } else if (unit == "h") {
      ms = 3'600'000;
    } else if (unit == "d") {
      ms = 86'400'000;
    } else {
      return Status::InvalidArgument("bad duration unit '" + std::string(unit) + "' in '" +
                                     std::string(text) + "' (use ms, s, m, h or d)");
    }
    total += n * ms;
    if (total > int64_t{366} * 86'400'000) return Status::InvalidArgument("duration too long");
  }
  return milliseconds(total);
}

Result<std::vector<std::chrono::seconds>> ParseRevisitAges(std::string_view text) {
  std::vector<std::chrono::seconds> ages;
  if (text == "none") return ages;
  size_t start = 0;
  for (;;) {
    const size_t comma = text.find(',', start);
    const std::string_view item = text.substr(start, comma - start);
    Result<std::chrono::milliseconds> d = ParseDuration(item);
    if (!d.ok() || *d < std::chrono::seconds(1)) {
      return Status::InvalidArgument("bad re-fetch age '" + std::string(item) +
                                     "' (expected durations of at least 1s such as \"1d,7d\", "
                                     "or \"none\")");
    }
    ages.push_back(std::chrono::duration_cast<std::chrono::seconds>(*d));
    if (comma == std::string_view::npos) return ages;
    start = comma + 1;
  }
}

Result<PipelineConfig> ParsePipelineConfig(std::string_view text, const std::string& path,
                                           PipelineUse use) {
  try {
    toml::table root = toml::parse(text, path);
    return Validate(root, path, use);
  } catch (const toml::parse_error& e) {
    return Status::InvalidArgument(path + ":" + std::to_string(e.source().begin.line) +
                                   ": invalid TOML: " + std::string(e.description()));
  } catch (const std::exception& e) {
    return Status::InvalidArgument(path + ": " + e.what());
  }
}

Result<PipelineConfig> LoadPipelineConfig(const std::string& path, PipelineUse use) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such pipeline file");
  if (fs::is_directory(path, ec)) return Status::InvalidArgument(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return ParsePipelineConfig(buf.str(), path, use);
}

}  // namespace newsdesk
