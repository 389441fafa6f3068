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
#include "newsdesk/dates.h"
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

// An import's dates as read, once (ReadImportDates), for every later use: the canonical
// order of an import, the dates its command reports unread, the stored article.
struct ImportDates {
  // `published` as read; nullopt when there is none or it was not read (`published_problem`
  // says why; the document is stored without a date).
  std::optional<ParsedDate> published;
  std::string published_problem;  // the date parser's reason; "" when read or absent
  // `fetched_at` as read; nullopt when there is none or it was not read.
  std::optional<std::chrono::system_clock::time_point> fetched;
  // Why `fetched_at` was not read (the date parser's reason); "" when read or absent. Such a
  // document is refused: ParseImportLine fails its line, AssembleImport fails.
  std::string fetched_problem;
};

// One already-extracted document (`newsdesk import`): no fetch, decode or extract.
struct ImportInput {
  std::string url;
  std::string title;
  std::string text;
  // Any form ParseDate understands; a relative one ("yesterday", "vor 2 Stunden") is read
  // against `fetched_at`, and not read without it (the time of the import is no reference
  // for an archive's documents); "" = unknown.
  std::string published;
  // When the document was fetched, in the forms of `published` but not relative: the
  // article's fetched_at and the reference of a relative `published`; "" = unknown (the
  // time of the import stands for it).
  std::string fetched_at;
  std::string language;  // declared; "" = detect
  std::string site;      // "" = the URL's host
  std::string id;        // the caller's id, kept in diagnostics only
  // Where the document was read: its line in the input (1 = the first), 0 = unknown. The
  // pipeline names a document it refuses by it (UrlFailure::line).
  int64_t line = 0;
  // When imported (Pipeline::Import sets it): the article's fetched_at when `fetched_at` is
  // "", and its time in the story window when undated.
  std::chrono::system_clock::time_point imported_at = std::chrono::system_clock::now();
  // `published` and `fetched_at` as read by ReadImportDates (ParseImportLine does), the one
  // reading every later step uses; nullopt: not read yet (Pipeline::Import reads them as
  // the document comes in, AssembleImport when called on its own).
  std::optional<ImportDates> dates;
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
// string fields url, title, text and the optional published, fetched_at, language, site
// and id (id may be a number). Unknown fields are ignored, null is absent. Its dates are
// read (`dates`, ReadImportDates). InvalidArgument with the reason ("not valid JSON", "not
// a JSON object", "field \"title\" is not a string", "missing \"url\"", "missing \"title\"
// and \"text\"", a language that is no language tag: "field \"language\": \"english\" is
// not ...", a `fetched_at` not read: "field \"fetched_at\" not read: no date found")
// otherwise. `imported_at` is left at now.
Result<ImportInput> ParseImportLine(std::string_view line);

// Reads `doc.published` and `doc.fetched_at`: numeric orders and zone abbreviations by the
// declared language (not a detected one: this runs before the text is looked at) and the
// country of the URL's host; a relative `published` against `fetched_at` when that is read,
// else not at all. A `fetched_at` must be absolute.
ImportDates ReadImportDates(const ImportInput& doc);

// Fails when the URL is not absolute, there is neither title nor text, or `fetched_at` was
// not read. The dates are `doc.dates` when set, else read here (ReadImportDates).
Result<Document> AssembleImport(const ImportInput& doc);

// `value` as an import's diagnostics show it: quoted as JSON writes it (control characters
// escaped, invalid UTF-8 replaced), its first 200 bytes and its size after a longer one
// ("xxx"... (10485760 bytes)): a line's field may be megabytes.
std::string QuotedValue(std::string_view value);

// Hex of a 128-bit hash of MatchKey(text); "" for empty text (no content dedup).
std::string ContentHash(std::string_view normalized_text);

// ISO 8601 UTC with seconds: "2026-02-14T10:00:00Z".
std::string IsoUtc(std::chrono::system_clock::time_point t);

}  // namespace newsdesk

#endif  // NEWSDESK_DOCUMENT_H_
