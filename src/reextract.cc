#include "newsdesk/reextract.h"

#include <exception>
#include <optional>
#include <utility>

#include "newsdesk/article.h"
#include "newsdesk/document.h"
#include "newsdesk/warc.h"

namespace newsdesk {
namespace {

constexpr size_t kMaxFailures = 100;

// One article to look at: the stored row and where its response is.
struct Pending {
  Article article;
  std::string warc_file;
  int64_t warc_offset = -1;
};

// The fields re-extraction may change, copied from `fresh` into `stored`. Returns whether
// any differed.
bool Merge(const Article& fresh, Article& stored) {
  bool changed = false;
  auto take = [&](std::string Article::*field) {
    if (stored.*field != fresh.*field) {
      stored.*field = fresh.*field;
      changed = true;
    }
  };
  for (std::string Article::*field :
       {&Article::title, &Article::title_language, &Article::byline, &Article::site,
        &Article::language, &Article::script, &Article::published, &Article::published_raw,
        &Article::calendar, &Article::modified, &Article::image, &Article::text,
        &Article::content_hash}) {
    take(field);
  }
  return changed;
}

// The archived response of `p` run through AssemblePage.
Result<Document> Assemble(const Pending& p) {
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::OpenAt(p.warc_file, p.warc_offset);
  if (!reader.ok()) return reader.status();
  WarcRecord record;
  Result<bool> read = (*reader)->Next(record);
  if (!read.ok()) return read.status();
  if (!*read || record.offset != p.warc_offset) {
    return Status::NotFound("no record at " + p.warc_file + ":" + std::to_string(p.warc_offset));
  }
  Result<ArchivedResponse> http = ParseArchivedResponse(record);
  if (!http.ok()) return http.status();
  PageInput page;
  page.url = p.article.url;
  page.final_url = http->url;
  page.body = http->body;
  page.content_type = http->content_type;
  page.content_language = http->content_language;
  page.fetched_at = ParseWarcDate(p.article.fetched_at).value_or(http->date);
  return AssemblePage(page);
}

}  // namespace

Result<ReextractReport> Reextract(Store& store, const ReextractOptions& options) {
  ReextractReport report;
  auto fail = [&](int64_t id, const std::string& why) {
    ++report.failed;
    if (report.failures.size() < kMaxFailures) {
      report.failures.push_back("article " + std::to_string(id) + ": " + why);
    }
  };
  const size_t batch = static_cast<size_t>(std::max(1, options.batch));
  int64_t next_id = 0;
  for (;;) {
    // A batch of articles (the store may not be written while it is being iterated).
    std::vector<Article> rows;
    Status s = store.ForEachArticleFrom(next_id, [&](const Article& a) {
      rows.push_back(a);
      return rows.size() < batch;
    });
    if (!s.ok()) return s;
    if (rows.empty()) break;
    next_id = rows.back().id + 1;

    std::vector<Article> updates;
    for (Article& a : rows) {
      if (!options.since.empty() && a.fetched_at < options.since) continue;
      Result<std::optional<std::pair<std::string, int64_t>>> where = store.GetArticleArchive(a.id);
      if (!where.ok()) return where.status();
      if (!where->has_value()) {
        ++report.not_archived;
        continue;
      }
      ++report.examined;
      Pending p{std::move(a), (*where)->first, (*where)->second};
      Result<Document> doc = Status::Internal("not assembled");
      try {
        doc = Assemble(p);
      } catch (const std::exception& e) {
        doc = Status::Internal(e.what());
      }
      if (!doc.ok()) {
        fail(p.article.id, doc.status().ToString());
        continue;
      }
      if (doc->page_class != PageClass::kArticle) {
        ++report.not_article;
        continue;
      }
      if (Merge(doc->article, p.article)) {
        updates.push_back(std::move(p.article));
      } else {
        ++report.unchanged;
      }
    }
    if (!updates.empty()) {
      Store::Transaction txn(store);
      if (!txn.status().ok()) return txn.status();
      for (const Article& a : updates) {
        if (Status u = store.UpdateArticle(a); !u.ok()) return u;
      }
      if (Status c = txn.Commit(); !c.ok()) return c;
      report.changed += static_cast<int64_t>(updates.size());
    }
    if (options.progress) options.progress(report);
  }
  return report;
}

}  // namespace newsdesk
