// Document assembly: the CPU part of the pipeline for one page, with no I/O.
//   bytes -> Decode -> Extract -> NormalizeText (title, text, byline) -> DetectLanguage
//   (body, hinted by the declared language; title separately) -> ParseDate (published_raw,
//   then each date candidate, relative to the fetch time) -> CanonicalizeUrl -> content
//   hash of MatchKey(text).
// The result is an Article ready for dedup and the store, plus diagnostics.
// Pure functions of their inputs; thread-safe.
#ifndef NEWSDESK_DOCUMENT_H_
#define NEWSDESK_DOCUMENT_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/extract.h"
#include "newsdesk/status.h"

namespace newsdesk {

// One fetched page. `body` must stay alive during the call.
struct PageInput {
  std::string url;        // as requested
  std::string final_url;  // after redirects; "" = url
  std::string_view body;  // raw bytes as received
  std::string content_type;
  std::string content_language;
  std::chrono::system_clock::time_point fetched_at = std::chrono::system_clock::now();
};

// One already-extracted document (`newsdesk import`): no fetch, decode or extract.
struct ImportInput {
  std::string url;
  std::string title;
  std::string text;
  // Any form ParseDate understands but a relative one ("yesterday", "vor 2 Stunden"): the
  // time of the import is no reference for an archive's documents, so such a date is not
  // read (as one that cannot be); "" = unknown.
  std::string published;
  std::string language;  // declared; "" = detect
  std::string site;      // "" = the URL's host
  std::string id;        // the caller's id, kept in diagnostics only
  // Where the document was read: its line in the input (1 = the first), 0 = unknown. The
  // pipeline names a document it refuses by it (UrlFailure::line).
  int64_t line = 0;
  // When imported: the article's fetched_at, and its time in the story window when undated.
  std::chrono::system_clock::time_point fetched_at = std::chrono::system_clock::now();
};

struct Document {
  Article article;          // id, story_id, duplicate_of unset (the writer assigns them)
  std::string description;  // og:description / meta description
  // Publication time (fetch time when unknown), seconds since the epoch: the story
  // window's clock.
  int64_t published_unix = 0;
  // Numbers the text states with what they count ("4,583 detainees"), for the story's
  // figures that disagree. Only figures with a counted noun.
  std::vector<StoryFigure> figures;
  // Diagnostics.
  std::string charset;         // as decoded; "" for imports
  std::string charset_source;  // "bom", "header", "meta", "detected", "default"
  int invalid_sequences = 0;
  std::string published_source;  // where published_raw came from (extract's naming)
  int language_confidence = 0;
  bool language_reliable = false;
  std::vector<std::string> warnings;  // e.g. "date: no date found in \"...\""
  // What the page is; only articles are stored and fed to stories. Imports are classified
  // from their title and text (ClassifyText: error pages, walls, empty texts).
  PageClass page_class = PageClass::kArticle;
  std::string page_class_reason;  // "" for articles
};

// Fails only when the page cannot be read at all (no converter; not HTML). A page that is
// not an article (no main text, an error page, a wall, an index page) is returned with
// its page_class and reason; the caller must not store it.
Result<Document> AssemblePage(const PageInput& page);

// CPU time (the calling thread's) spent in the steps of AssemblePage, for profiling.
struct AssemblyTimes {
  std::chrono::nanoseconds decode{0};
  std::chrono::nanoseconds extract{0};
  std::chrono::nanoseconds finish{0};  // normalize, language, dates, canonical, hash, figures
};
// As above; adds each step's CPU time to `*times` (null: no accounting).
Result<Document> AssemblePage(const PageInput& page, AssemblyTimes* times);

// One line of a JSONL import (`newsdesk import DOCS.jsonl`): a JSON object with the
// string fields url, title, text and the optional published, language, site and id (id
// may be a number). Unknown fields are ignored, null is absent. InvalidArgument with the
// reason ("not valid JSON", "not a JSON object", "field \"title\" is not a string",
// "missing \"url\"", "missing \"title\" and \"text\"", a language that is no language tag:
// "field \"language\": \"english\" is not ...") otherwise. `fetched_at` is left at now.
Result<ImportInput> ParseImportLine(std::string_view line);

// Fails when the URL is not absolute or there is neither title nor text.
Result<Document> AssembleImport(const ImportInput& doc);

// The publication time (seconds since the epoch) AssembleImport would read from
// `doc.published`, with the declared language as the hint for ambiguous dates (not the
// detected one); nullopt when there is none, the date parser's reason when it cannot be
// read or is relative (AssembleImport then stores the document without a date,
// `published_raw` kept).
// Cheap: for ordering an import (PipelineOptions::import_sort_batch) before documents are
// assembled, and for telling the user which dates were not read.
Result<std::optional<int64_t>> ImportPublishedUnix(const ImportInput& doc);

// Hex of a 128-bit hash of MatchKey(text); "" for empty text (no content dedup).
std::string ContentHash(std::string_view normalized_text);

// ISO 8601 UTC with seconds: "2026-02-14T10:00:00Z".
std::string IsoUtc(std::chrono::system_clock::time_point t);

}  // namespace newsdesk

#endif  // NEWSDESK_DOCUMENT_H_
