#include "newsdesk/export.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ascii.h"
#include "export_json.h"
#include "newsdesk/article.h"

namespace newsdesk {

namespace export_json {

Json IdOrNull(int64_t id) { return id == 0 ? Json(nullptr) : Json(id); }

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json ArticleRecord(const Article& a, const std::vector<std::string>& aliases) {
  Json j;
  j["id"] = a.id;
  j["url"] = a.url;
  j["canonical_url"] = a.canonical_url;
  j["title"] = a.title;
  j["title_language"] = a.title_language;
  j["byline"] = a.byline;
  j["site"] = a.site;
  j["language"] = a.language;
  j["script"] = a.script;
  j["published"] = a.published;
  j["published_raw"] = a.published_raw;
  j["calendar"] = a.calendar;
  j["modified"] = a.modified;
  j["image"] = a.image;
  j["fetched_at"] = a.fetched_at;
  j["content_hash"] = a.content_hash;
  j["story_id"] = IdOrNull(a.story_id);
  j["duplicate_of"] = IdOrNull(a.duplicate_of);
  j["text"] = a.text;
  j["published_precision"] = a.published_precision;
  j["aliases"] = aliases;
  j["revision_count"] = a.revision_count;
  j["gone"] = a.gone;
  return j;
}

Json StorySummary(const Story& s) {
  return Json{{"id", s.id},
              {"title", s.title},
              {"first_published", s.first_published},
              {"last_published", s.last_published},
              {"article_count", s.article_count},
              {"languages", s.languages},
              {"outlets", s.outlets}};
}

Json StoryArticle(const Article& a, const std::vector<std::string>& aliases) {
  return Json{{"id", a.id},
              {"url", a.url},
              {"canonical_url", a.canonical_url},
              {"title", a.title},
              {"site", a.site},
              {"language", a.language},
              {"published", a.published},
              {"duplicate_of", IdOrNull(a.duplicate_of)},
              {"revision_count", a.revision_count},
              {"gone", a.gone},
              {"aliases", aliases}};
}

Json Figure(const StoryFigure& f) {
  return Json{
      {"article_id", f.article_id}, {"value", f.value}, {"text", f.text}, {"unit", f.unit},
      {"context", f.context},       {"site", f.site},   {"url", f.url},   {"previous", f.previous}};
}

Json Revision(const ArticleRevision& r) {
  return Json{{"id", r.id},
              {"article_id", r.article_id},
              {"kind", r.kind},
              {"seen_at", r.seen_at},
              {"http_status", r.http_status},
              {"moved_to", r.moved_to},
              {"words_added", r.words_added},
              {"words_removed", r.words_removed},
              {"figures_changed", r.figures_changed},
              {"figures", r.figures},
              {"title", r.title},
              {"text", r.text}};
}

namespace {
Json Counts(const std::vector<std::pair<std::string, int64_t>>& counts) {
  Json j = Json::object();
  for (const auto& [name, n] : counts) j[name] = n;
  return j;
}
}  // namespace

Json Run(const RunRecord& r) {
  return Json{{"id", r.id},
              {"pipeline", r.pipeline},
              {"started_at", r.started_at},
              {"finished_at", r.finished_at},
              {"status", r.status},
              {"counts", Counts(r.counts)},
              {"errors", Counts(r.errors)}};
}

Json SearchHitRecord(const SearchHit& h) {
  return Json{
      {"article_id", h.article_id}, {"title", h.title},         {"url", h.url},
      {"snippet", h.snippet},       {"rank", h.rank},           {"site", h.site},
      {"language", h.language},     {"published", h.published}, {"story_id", IdOrNull(h.story_id)}};
}

}  // namespace export_json

namespace {

using export_json::Json;

std::string IdOrEmpty(int64_t id) { return id == 0 ? std::string() : std::to_string(id); }

std::string DumpLine(const Json& j) { return export_json::Dump(j) + '\n'; }

// The CSV aliases column: the URLs joined by a space. A space inside a URL (an imported
// URL is stored as given) is written %20, the same URL, so that splitting on spaces gives
// the URLs back.
std::string JoinUrls(const std::vector<std::string>& urls) {
  std::string out;
  for (size_t i = 0; i < urls.size(); ++i) {
    if (i > 0) out += ' ';
    for (char c : urls[i]) {
      if (c == ' ') {
        out += "%20";
      } else {
        out += c;
      }
    }
  }
  return out;
}

// One CSV record from already-unquoted fields.
std::string CsvRecord(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(fields[i]);
  }
  out += "\r\n";
  return out;
}

const std::vector<std::string>& ArticleFields() {
  static const std::vector<std::string> kFields = {"id",
                                                   "url",
                                                   "canonical_url",
                                                   "title",
                                                   "title_language",
                                                   "byline",
                                                   "site",
                                                   "language",
                                                   "script",
                                                   "published",
                                                   "published_raw",
                                                   "calendar",
                                                   "modified",
                                                   "image",
                                                   "fetched_at",
                                                   "content_hash",
                                                   "story_id",
                                                   "duplicate_of",
                                                   "text",
                                                   "published_precision",
                                                   "aliases",
                                                   "revision_count",
                                                   "gone"};
  return kFields;
}

const std::vector<std::string>& StoryFields() {
  static const std::vector<std::string> kFields = {
      "id",      "title",    "first_published", "last_published", "article_count", "languages",
      "outlets", "articles", "figures",         "absorbed",       "aliases"};
  return kFields;
}

std::string ArticleJsonl(const Article& a, const std::vector<std::string>& aliases) {
  return DumpLine(export_json::ArticleRecord(a, aliases));
}

std::string ArticleCsv(const Article& a, const std::vector<std::string>& aliases) {
  return CsvRecord({std::to_string(a.id),
                    a.url,
                    a.canonical_url,
                    a.title,
                    a.title_language,
                    a.byline,
                    a.site,
                    a.language,
                    a.script,
                    a.published,
                    a.published_raw,
                    a.calendar,
                    a.modified,
                    a.image,
                    a.fetched_at,
                    a.content_hash,
                    IdOrEmpty(a.story_id),
                    IdOrEmpty(a.duplicate_of),
                    a.text,
                    a.published_precision,
                    JoinUrls(aliases),
                    std::to_string(a.revision_count),
                    a.gone});
}

// One story's articles, each with its aliases (Store::ListAliases).
using AliasedArticles = std::vector<std::pair<Article, std::vector<std::string>>>;

// `absorbed`: the ids of the stories merged into `s` (Store::ListStoryMerges), ascending.
std::string StoryJsonl(const Story& s, const AliasedArticles& articles,
                       const std::vector<StoryFigure>& figures,
                       const std::vector<int64_t>& absorbed) {
  Json j = export_json::StorySummary(s);
  Json list = Json::array();
  for (const auto& [a, aliases] : articles) list.push_back(export_json::StoryArticle(a, aliases));
  j["articles"] = std::move(list);
  Json figs = Json::array();
  for (const StoryFigure& f : figures) figs.push_back(export_json::Figure(f));
  j["figures"] = std::move(figs);
  j["absorbed"] = absorbed;
  return DumpLine(j);
}

// The aliases column is every alias of the story's articles, in the order of `articles`,
// joined as the article export joins one article's.
std::string StoryCsv(const Story& s, const AliasedArticles& articles,
                     const std::vector<StoryFigure>& figures,
                     const std::vector<int64_t>& absorbed) {
  std::vector<std::string> ids;
  std::vector<std::string> aliases;
  for (const auto& [a, urls] : articles) {
    ids.push_back(std::to_string(a.id));
    aliases.insert(aliases.end(), urls.begin(), urls.end());
  }
  std::vector<std::string> absorbed_ids;
  for (int64_t id : absorbed) absorbed_ids.push_back(std::to_string(id));
  std::vector<std::string> figs;
  for (const StoryFigure& f : figures) {
    figs.push_back(f.text + (f.unit.empty() ? "" : " " + f.unit) + " (" + f.site +
                   (f.previous.empty() ? "" : ", was " + f.previous) + ")");
  }
  return CsvRecord({std::to_string(s.id), s.title, s.first_published, s.last_published,
                    std::to_string(s.article_count), JoinStrings(s.languages, ";"),
                    JoinStrings(s.outlets, ";"), JoinStrings(ids, ";"), JoinStrings(figs, ";"),
                    JoinStrings(absorbed_ids, ";"), JoinUrls(aliases)});
}

// Writes `record`; false (with `status` set) when the stream has failed.
bool Write(std::ostream& out, const std::string& record, Status& status) {
  out.write(record.data(), static_cast<std::streamsize>(record.size()));
  if (!out) {
    status = Status::IOError("export: writing to the output failed");
    return false;
  }
  return true;
}

Status ExportArticles(Store& store, ExportFormat format, std::ostream& out) {
  Status write_status;
  if (format == ExportFormat::kCsv && !Write(out, CsvRecord(ArticleFields()), write_status)) {
    return write_status;
  }
  Status inner;  // a read error inside the callback
  Status st = store.ForEachArticle([&](const Article& a) {
    Result<std::vector<std::string>> aliases = store.ListAliases(a.id);
    if (!aliases.ok()) {
      inner = aliases.status();
      return false;
    }
    return Write(
        out, format == ExportFormat::kJsonl ? ArticleJsonl(a, *aliases) : ArticleCsv(a, *aliases),
        write_status);
  });
  if (!st.ok()) return st;
  if (!inner.ok()) return inner;
  return write_status;
}

Status ExportStories(Store& store, ExportFormat format, std::ostream& out,
                     const StoryFilter& filter) {
  Status write_status;
  if (format == ExportFormat::kCsv && !Write(out, CsvRecord(StoryFields()), write_status)) {
    return write_status;
  }
  // Which ids each story absorbed, so that a tool holding an earlier export's story id
  // finds where it went.
  Result<std::vector<std::pair<int64_t, int64_t>>> merges = store.ListStoryMerges();
  if (!merges.ok()) return merges.status();
  std::map<int64_t, std::vector<int64_t>> absorbed;  // story -> ids merged into it
  for (const auto& [from, into] : *merges) absorbed[into].push_back(from);
  const std::vector<int64_t> none;
  Status inner;  // a read error inside the callback
  Status st = store.ForEachStory(filter, [&](const Story& s) {
    Result<std::vector<Article>> listed = store.ListStoryArticles(s.id);
    if (!listed.ok()) {
      inner = listed.status();
      return false;
    }
    AliasedArticles articles;
    articles.reserve(listed->size());
    for (Article& a : *listed) {
      Result<std::vector<std::string>> aliases = store.ListAliases(a.id);
      if (!aliases.ok()) {
        inner = aliases.status();
        return false;
      }
      articles.emplace_back(std::move(a), *std::move(aliases));
    }
    Result<std::vector<StoryFigure>> figures = store.ListFigures(s.id);
    if (!figures.ok()) {
      inner = figures.status();
      return false;
    }
    auto it = absorbed.find(s.id);
    const std::vector<int64_t>& ids = it == absorbed.end() ? none : it->second;
    return Write(out,
                 format == ExportFormat::kJsonl ? StoryJsonl(s, articles, *figures, ids)
                                                : StoryCsv(s, articles, *figures, ids),
                 write_status);
  });
  if (!st.ok()) return st;
  if (!inner.ok()) return inner;
  return write_status;
}

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "csv") return ExportFormat::kCsv;
  return Status::InvalidArgument("unknown export format \"" + std::string(name) +
                                 "\" (expected jsonl or csv)");
}

std::string RevisionJson(const ArticleRevision& revision) {
  return export_json::Dump(export_json::Revision(revision));
}

std::string RunJson(const RunRecord& run) { return export_json::Dump(export_json::Run(run)); }

std::string SearchHitJson(const SearchHit& hit) {
  return export_json::Dump(export_json::SearchHitRecord(hit));
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

Status Export(Store& store, ExportFormat format, std::ostream& out, const ExportOptions& options) {
  Status st = options.stories ? ExportStories(store, format, out, options.story_filter)
                              : ExportArticles(store, format, out);
  if (st.ok()) out.flush();
  if (st.ok() && !out) return Status::IOError("export: flushing the output failed");
  return st;
}

}  // namespace newsdesk
