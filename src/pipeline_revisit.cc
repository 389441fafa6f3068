// The writer's re-fetch path (docs/revisions.md): a URL whose article is stored was
// fetched again (its re-fetch age came, or a sitemap said it changed). An edit becomes a
// revision and the article shows the new version; a 404/410 (or a file: URL's file gone),
// an error page or a redirect away marks it removed or moved; a 304 or the same text
// records nothing.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/revisions.h"
#include "pipeline_writer.h"

namespace newsdesk::internal {
namespace {

// The re-fetch ended on another page: it was redirected, and neither the final URL nor
// the new page's canonical URL is the article's.
bool MovedAway(const Article& stored, const FetchResponse& r, const std::optional<Document>& doc) {
  if (r.final_url.empty() || r.final_url == r.url) return false;
  if (r.final_url == stored.url || r.final_url == stored.canonical_url) return false;
  return !(doc && doc->page_class == PageClass::kArticle &&
           doc->article.canonical_url == stored.canonical_url);
}

}  // namespace

void Writer::Revisit(WriteItem& item, const Article& stored, FrontierEntry& e) {
  const FetchResponse& r = item.fetch;
  e.state = UrlState::kFetched;
  std::string gone;  // "removed" or "moved"; "" = still there, fetched again at its next age
  Status s;
  switch (r.outcome) {
    case FetchOutcome::kOk:
      ++summary_.counts.fetched;
      if (MovedAway(stored, r, item.doc)) {
        gone = "moved";
      } else if (item.doc && item.doc->page_class == PageClass::kError) {
        gone = "removed";  // a "not found" page
      } else if (item.doc && item.doc->page_class == PageClass::kArticle) {
        s = RecordEdit(*item.doc, stored, item.fetched_at);
        if (s.ok() && !item.warc_file.empty() && item.warc_offset >= 0) {
          s = store_.SetArticleArchive(stored.id, item.warc_file, item.warc_offset);
        }
      } else {
        // Not readable as an article this time (a wall, no text): the stored one stays.
        Skip(item.url, "re-fetch: " + (item.doc ? NotArticleReason(*item.doc) : item.error),
             r.http_status);
      }
      break;
    case FetchOutcome::kNotModified:
      ++summary_.counts.unchanged;
      e.state = UrlState::kUnchanged;
      break;
    case FetchOutcome::kNotFound:  // a file: URL's file that is gone
      gone = "removed";
      break;
    case FetchOutcome::kHttpError:
      if (r.http_status == 404 || r.http_status == 410) {
        gone = "removed";
        break;
      }
      [[fallthrough]];
    default:
      // Not re-fetched (the stored version stays); a passing failure is tried again.
      FetchFailed(item.url, r, e);
      return;
  }
  if (!gone.empty()) {
    s = RecordGone(stored, gone, r, item.fetched_at);
    e.error = gone == "moved" ? "moved: " + r.final_url : gone;
  }
  if (!s.ok()) {
    StoreFailed(item.url, r, s, e);
    return;
  }
  if (gone.empty() && !item.archived) {
    e.next_attempt_at = NextRevisitAt(stored.fetched_at, item.fetched_at);
  }
}

Status Writer::RecordEdit(const Document& doc, const Article& stored, const std::string& seen_at) {
  Result<std::vector<StoryFigure>> story_figures = store_.ListFigures(stored.story_id);
  if (!story_figures.ok()) return story_figures.status();
  std::vector<StoryFigure> before;
  for (StoryFigure& f : *story_figures) {
    if (f.article_id == stored.id) before.push_back(std::move(f));
  }
  std::vector<StoryFigure> after = doc.figures;
  const RevisionDiff diff = DiffRevision(stored, before, doc.article, after);
  if (!diff.changed()) {
    ++summary_.counts.unchanged;
    return Status::OK();
  }
  ArticleRevision revision;
  revision.article_id = stored.id;
  revision.kind = "edited";
  revision.seen_at = seen_at;
  revision.http_status = 200;
  revision.title = stored.title;
  revision.text = stored.text;
  revision.words_added = diff.words_added;
  revision.words_removed = diff.words_removed;
  revision.figures_changed = static_cast<int64_t>(diff.figures.size());
  revision.figures = FigureChangesSummary(diff.figures);
  Result<int64_t> added = store_.AddRevision(revision);
  if (!added.ok()) return added.status();
  // The new version, under the article's identity: its URLs, first fetch time, story.
  Article updated = doc.article;
  updated.id = stored.id;
  updated.url = stored.url;
  updated.canonical_url = stored.canonical_url;
  updated.fetched_at = stored.fetched_at;
  updated.story_id = stored.story_id;
  updated.duplicate_of = stored.duplicate_of;
  updated.run_id = stored.run_id;
  if (Status s = store_.UpdateArticle(updated); !s.ok()) return s;
  MarkChangedFigures(before, after);
  if (Status s = store_.ReplaceArticleFigures(stored.story_id, stored.id, after); !s.ok()) return s;
  dirty_stories_.insert(stored.story_id);
  ++summary_.counts.revised;
  return Status::OK();
}

Status Writer::RecordGone(const Article& stored, const std::string& kind, const FetchResponse& r,
                          const std::string& seen_at) {
  ArticleRevision revision;
  revision.article_id = stored.id;
  revision.kind = kind;
  revision.seen_at = seen_at;
  revision.http_status = r.http_status;
  if (kind == "moved") revision.moved_to = r.final_url;
  Result<int64_t> added = store_.AddRevision(revision);
  if (!added.ok()) return added.status();
  ++summary_.counts.removed;
  return Status::OK();
}

}  // namespace newsdesk::internal
