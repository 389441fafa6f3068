// Export: streams the store out as JSONL or CSV for analysis tools.
//
// The field names below are a contract (DESIGN.md): change them only with a schema
// version bump of the export, never silently.
//
// Articles, in id order, one record each:
//   id, url, canonical_url, title, title_language, byline, site, language, script,
//   published, published_raw, calendar, modified, image, fetched_at, content_hash,
//   story_id, duplicate_of, text, published_precision, aliases, revision_count, gone
// published_precision says how much `published` states: "year", "month", "day",
// "minute", "second", or "" when unknown. title and text are the latest version seen;
// revision_count is how many edits re-fetches found (`newsdesk revisions` lists them, with
// the earlier texts), gone is "removed" or "moved" when a re-fetch found that, else "".
// story_id and duplicate_of are null in JSONL (empty in CSV) when the article has none.
// aliases are the article's other URLs (exact duplicates not stored again), in the order
// they were seen: an array of strings in JSONL ([] when none), the URLs joined by one space
// in CSV ("" when none; a space inside a URL written %20).
//
// Stories (--stories), newest first:
//   id, title, first_published, last_published, article_count, languages, outlets,
//   articles, figures, absorbed (CSV: then aliases)
// In JSONL, languages/outlets are arrays of strings, articles is an array of objects
// {id, url, canonical_url, title, site, language, published, duplicate_of,
// revision_count, gone, aliases} (aliases as an article's above) and figures an array of
// {article_id, value, text, unit, context, site, url, previous}; `previous` is the
// value(s) the source stated before an edit changed them ("4,000"), "" when it did not;
// absorbed is the ids of the stories merged into it. In CSV, languages and outlets are
// ';'-joined, articles is the ';'-joined article ids, figures is ';'-joined "text unit
// (site)", or "text unit (site, was previous)" for a changed figure, absorbed the
// ';'-joined ids, and aliases every alias of the story's articles, in their order,
// joined as an article's.
//
// JSONL: one JSON object per line, UTF-8 (invalid bytes replaced by U+FFFD), '\n' ends
// each line. CSV: RFC 4180: a header row, CRLF line ends, fields with comma, quote, CR or
// LF quoted with quotes doubled.
//
// Thread-safety: uses the store like any caller (one thread at a time).
#ifndef NEWSDESK_EXPORT_H_
#define NEWSDESK_EXPORT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk {

enum class ExportFormat { kJsonl, kCsv };

// "jsonl" or "csv" (InvalidArgument otherwise).
Result<ExportFormat> ParseExportFormat(std::string_view name);

struct ExportOptions {
  bool stories = false;      // export stories instead of articles
  StoryFilter story_filter;  // which stories (with `stories`)
};

// Streams records to `out` as they are read (memory stays flat). Returns IOError when
// `out` fails (e.g. a closed pipe), stopping at once.
Status Export(Store& store, ExportFormat format, std::ostream& out,
              const ExportOptions& options = {});

// One revision as a JSON object (no newline): id, article_id, kind ("edited", "removed",
// "moved"), seen_at, http_status, moved_to, words_added, words_removed, figures_changed,
// figures (the summary), title and text (an edit: the version before it; else ""). The
// `revisions --json` record.
std::string RevisionJson(const ArticleRevision& revision);

// One run as a JSON object (no newline): id, pipeline, started_at, finished_at, status,
// counts {outcome: n}, errors {kind: n}. The `runs --json` and HTTP API record.
std::string RunJson(const RunRecord& run);

// One search hit as a JSON object (no newline): article_id, title, url, snippet, rank,
// site, language, published, story_id (null when none). The `search --json` and HTTP API
// record.
std::string SearchHitJson(const SearchHit& hit);

// Quotes one CSV field per RFC 4180 §2 (6)-(7) when needed.
std::string CsvField(std::string_view value);

}  // namespace newsdesk

#endif  // NEWSDESK_EXPORT_H_
