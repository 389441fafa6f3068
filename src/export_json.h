// The JSON records of the export contract (export.h), shared by `export`, the read
// commands' --json output and the HTTP API (serve.h), so that one place spells the field
// names and writes JSON. Internal header: nlohmann types never reach include/.
//
// Thread-safety: pure functions of their arguments.
#ifndef NEWSDESK_EXPORT_JSON_H_
#define NEWSDESK_EXPORT_JSON_H_

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsdesk/article.h"
#include "newsdesk/store.h"

namespace newsdesk::export_json {

using Json = nlohmann::ordered_json;

// `id`, or null for 0 (no story, not a duplicate).
Json IdOrNull(int64_t id);

// Compact JSON text of `j`; invalid UTF-8 in strings is written as U+FFFD.
std::string Dump(const Json& j);

// Every field of an exported article (export.h), text and aliases included.
Json ArticleRecord(const Article& a, const std::vector<std::string>& aliases);

// A story's summary: id, title, first_published, last_published, article_count,
// languages, outlets.
Json StorySummary(const Story& s);

// An article as listed in an exported story: id, url, canonical_url, title, site,
// language, published, duplicate_of, revision_count, gone, aliases (as ArticleRecord's).
Json StoryArticle(const Article& a, const std::vector<std::string>& aliases);

// A figure: article_id, value, text, unit, context, site, url, previous.
Json Figure(const StoryFigure& f);

// A revision: id, article_id, kind, seen_at, http_status, moved_to, words_added,
// words_removed, figures_changed, figures, title, text (the version before the edit).
Json Revision(const ArticleRevision& r);

// A run: id, pipeline, started_at, finished_at, status, counts {}, errors {}.
Json Run(const RunRecord& r);

// A search hit: article_id, title, url, snippet, rank, site, language, published,
// story_id (null when none).
Json SearchHitRecord(const SearchHit& h);

}  // namespace newsdesk::export_json

#endif  // NEWSDESK_EXPORT_JSON_H_
