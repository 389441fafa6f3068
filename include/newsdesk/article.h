// Value types the stages exchange: an article as assembled from a page and kept by the
// store, and the figures (numbers with what they count) its text states. Plain values with
// no behaviour: document assembly produces them, the store keeps them, stories and exports
// read them; none of those stages needs another's header to hold one.
//
// Thread-safety: plain structs; the usual rules for values (concurrent reads are safe,
// writes need exclusive access).
#ifndef NEWSDESK_ARTICLE_H_
#define NEWSDESK_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsdesk {

// One article: a page's text and metadata, as document assembly fills it (id, story_id,
// duplicate_of and run_id unset) and as the store keeps it.
struct Article {
  int64_t id = 0;   // assigned by the store
  std::string url;  // as fetched (first seen)
  std::string canonical_url;
  std::string title;
  std::string title_language;
  std::string byline;
  std::string site;
  std::string language;
  std::string script;
  std::string published;      // ISO 8601 date or date-time, "" if unknown
  std::string published_raw;  // as written on the page
  std::string calendar;       // calendar of published_raw: "gregorian", "hebrew", ...
  // How much `published` states: "year", "month", "day", "minute", "second"; "" unknown.
  std::string published_precision;
  std::string modified;
  std::string image;
  std::string text;
  std::string fetched_at;    // ISO 8601 UTC
  std::string content_hash;  // hex hash of the text's match key
  int64_t story_id = 0;
  int64_t duplicate_of = 0;  // near-duplicate of this article id; 0 if original
  int64_t run_id = 0;        // the run that stored it; 0 if unknown
  // Re-fetches (revisions, below) keep the latest title and text here. Read from the
  // store; InsertArticle/UpdateArticle do not write them (Store::AddRevision does).
  int64_t revision_count = 0;  // edits seen on re-fetch (revisions of kind "edited")
  std::string gone;            // "removed" or "moved" when a re-fetch found that; "" = live
};

// What a re-fetch of a stored article found, when it was not the same page (docs/
// revisions.md). `kind` is "edited" (title, text or figures changed: `title` and `text`
// hold the version before the edit, the article the new one), "removed" (404 or 410) or
// "moved" (redirected to another page, `moved_to`).
struct ArticleRevision {
  int64_t id = 0;  // assigned by the store
  int64_t article_id = 0;
  std::string kind;
  std::string seen_at;  // ISO 8601 UTC of the re-fetch
  int http_status = 0;
  std::string moved_to;
  std::string title;  // before the edit
  std::string text;
  int64_t words_added = 0;  // word occurrences the new text has more of
  int64_t words_removed = 0;
  int64_t figures_changed = 0;  // units whose stated values changed
  std::string figures;          // "detainees: 4,000 -> 4,500; ..." ("" when none changed)
};

// A figure: a number a text states with what it counts ("4,583 detainees"). The one
// figure type: stories.h ExtractFigures finds them in a text (value, text, unit,
// context), document assembly keeps those with a unit, the store keeps them for a
// story's article (the ids) and lists them with the article's site and URL; stories.h
// DisagreeingFigures groups them; export, serve and the CLI print them.
struct StoryFigure {
  int64_t story_id = 0;
  int64_t article_id = 0;
  double value = 0;     // 4583
  std::string text;     // as written: "4,583"
  std::string unit;     // match key of the counted noun: "detainees"; "" if none found
  std::string context;  // the sentence-ish span around it, for display
  // The value(s) this source stated for the unit before an edit replaced them ("4,000",
  // "4,000/4,200"); "" when the source did not change it.
  std::string previous;
  // Filled by Store::ListFigures from the article:
  std::string site;
  std::string url;
};

// The figures of one unit whose values differ between articles (the seeds: 4,000 /
// 4,500 / 4,583 / 5,700 "detainees").
struct FigureGroup {
  std::string unit;
  std::vector<StoryFigure> figures;  // ordered by value
};

}  // namespace newsdesk

#endif  // NEWSDESK_ARTICLE_H_
