// The store's schema as an ordered list of migrations, one description for both backends.
// Migration i (1-based) takes a database from schema version i-1 to i. Never edit a
// released migration: append a new one.
//
// A migration's `sql` is written in SQLite's dialect and runs on both; for PostgreSQL,
// MigrationSql maps its column types (INTEGER PRIMARY KEY -> an identity BIGINT, INTEGER
// -> BIGINT, REAL -> DOUBLE PRECISION, BLOB -> BYTEA). What one dialect needs and the other has no form
// of (FTS5 and its triggers; tsvector, SQLite's implicit rowid) is in `sqlite_only` /
// `postgres_only`, run after `sql`.
#ifndef NEWSDESK_STORE_SCHEMA_H_
#define NEWSDESK_STORE_SCHEMA_H_

#include <iterator>
#include <string>

namespace newsdesk::schema {

enum class Dialect { kSqlite, kPostgres };

struct Migration {
  const char* sql;
  const char* sqlite_only = "";
  const char* postgres_only = "";
};

inline constexpr Migration kMigrations[] = {
    // v1: articles, their aliases, and the frontier.
    {R"sql(
CREATE TABLE articles (
  id             INTEGER PRIMARY KEY,
  url            TEXT NOT NULL,
  canonical_url  TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL DEFAULT '',
  title_language TEXT NOT NULL DEFAULT '',
  byline         TEXT NOT NULL DEFAULT '',
  site           TEXT NOT NULL DEFAULT '',
  language       TEXT NOT NULL DEFAULT '',
  script         TEXT NOT NULL DEFAULT '',
  published      TEXT NOT NULL DEFAULT '',
  published_raw  TEXT NOT NULL DEFAULT '',
  calendar       TEXT NOT NULL DEFAULT '',
  modified       TEXT NOT NULL DEFAULT '',
  image          TEXT NOT NULL DEFAULT '',
  text           TEXT NOT NULL DEFAULT '',
  fetched_at     TEXT NOT NULL DEFAULT '',
  content_hash   TEXT NOT NULL DEFAULT '',
  story_id       INTEGER,
  duplicate_of   INTEGER,
  run_id         INTEGER
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE aliases (
  url        TEXT PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX aliases_article ON aliases(article_id);
CREATE TABLE urls (
  url             TEXT PRIMARY KEY,
  state           TEXT NOT NULL DEFAULT 'pending',
  http_status     INTEGER NOT NULL DEFAULT 0,
  error           TEXT NOT NULL DEFAULT '',
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL DEFAULT '',
  etag            TEXT NOT NULL DEFAULT '',
  last_modified   TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL DEFAULT '',
  article_id      INTEGER,
  updated_at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX urls_due ON urls(state, next_attempt_at);
)sql",
     "",
     // SQLite's implicit rowid (insertion order, the tie-break of ListDueUrls and the
     // order of ListAliases) and its instr(), used by the story language filter.
     R"sql(
ALTER TABLE aliases ADD COLUMN rowid BIGSERIAL;
ALTER TABLE urls ADD COLUMN rowid BIGSERIAL;
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE STRICT AS 'SELECT strpos(haystack, needle)';
)sql"},
    // v2: stories and their figures, run history, robots.txt cache, source state.
    {R"sql(
CREATE TABLE stories (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL DEFAULT '',
  first_published TEXT NOT NULL DEFAULT '',
  last_published  TEXT NOT NULL DEFAULT '',
  article_count   INTEGER NOT NULL DEFAULT 0,
  languages       TEXT NOT NULL DEFAULT '',
  outlets         TEXT NOT NULL DEFAULT '',
  updated_at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stories_last_published ON stories(last_published);
CREATE TABLE story_figures (
  id         INTEGER PRIMARY KEY,
  story_id   INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  value      REAL NOT NULL,
  text       TEXT NOT NULL DEFAULT '',
  unit       TEXT NOT NULL DEFAULT '',
  context    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX story_figures_story ON story_figures(story_id);
CREATE INDEX story_figures_article ON story_figures(article_id);
CREATE TABLE runs (
  id          INTEGER PRIMARY KEY,
  pipeline    TEXT NOT NULL DEFAULT '',
  started_at  TEXT NOT NULL,
  finished_at TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'running',
  counts      TEXT NOT NULL DEFAULT '{}',
  errors      TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE robots (
  host        TEXT PRIMARY KEY,
  http_status INTEGER NOT NULL DEFAULT 0,
  body        TEXT NOT NULL DEFAULT '',
  fetched_at  TEXT NOT NULL DEFAULT '',
  expires_at  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sources (
  url           TEXT PRIMARY KEY,
  last_run_at   TEXT NOT NULL DEFAULT '',
  etag          TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT ''
);
)sql"},
    // v3: full-text index over title and text. SQLite: FTS5 kept in sync by triggers,
    // indexing the articles already stored. PostgreSQL: a tsvector of the match keys of
    // title (weight A) and text (D) per article under the `simple` configuration, written
    // by the store (its words come from ICU, which PostgreSQL does not have), so a database
    // at v2 has no articles yet.
    {"",
     R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql",
     R"sql(
CREATE TABLE articles_search (
  article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  keys       TSVECTOR NOT NULL
);
CREATE INDEX articles_search_keys ON articles_search USING gin (keys);
)sql"},
    // v4: stories merged into another (StoryIndex merges pieces of one event): the
    // absorbed id keeps resolving to the story it went into.
    {R"sql(
CREATE TABLE story_merges (
  absorbed_id INTEGER PRIMARY KEY,
  story_id    INTEGER NOT NULL
);
)sql"},
    // v5: articles by publication (and, undated, fetch) time: the story index restores
    // only the articles of its live window on open (Store::FirstArticleSince).
    {R"sql(
CREATE INDEX articles_published ON articles(published, fetched_at);
)sql"},
    // v6: how much of `published` the page stated (ParsedDate::precision). Dates stored
    // before it get the precision their ISO form shows; a stored time may have been
    // stated to the minute or the second, so it stays unknown ('').
    {R"sql(
ALTER TABLE articles ADD COLUMN published_precision TEXT NOT NULL DEFAULT '';
UPDATE articles SET published_precision = CASE length(published)
  WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' ELSE '' END;
)sql"},
    // v7: where each article's HTTP response is archived (WARC file and the offset of its
    // response record; docs/archives.md), for re-extraction without refetching.
    {R"sql(
ALTER TABLE articles ADD COLUMN warc_file TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN warc_offset INTEGER NOT NULL DEFAULT -1;
)sql"},
    // v8: revisions (docs/revisions.md): what re-fetches of stored articles found (edits
    // with the previous title and text and a diff summary, removals, moves); per article
    // the number of edits and whether it is gone; per frontier URL when its response was
    // last received (a sitemap lastmod after that makes it due again; URLs with an
    // article take its fetched_at); per figure the value(s) its source stated before an
    // edit.
    {R"sql(
CREATE TABLE revisions (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL,
  seen_at         TEXT NOT NULL DEFAULT '',
  http_status     INTEGER NOT NULL DEFAULT 0,
  moved_to        TEXT NOT NULL DEFAULT '',
  title           TEXT NOT NULL DEFAULT '',
  text            TEXT NOT NULL DEFAULT '',
  words_added     INTEGER NOT NULL DEFAULT 0,
  words_removed   INTEGER NOT NULL DEFAULT 0,
  figures_changed INTEGER NOT NULL DEFAULT 0,
  figures         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX revisions_article ON revisions(article_id);
ALTER TABLE articles ADD COLUMN revision_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN gone TEXT NOT NULL DEFAULT '';
ALTER TABLE urls ADD COLUMN checked_at TEXT NOT NULL DEFAULT '';
UPDATE urls SET checked_at = COALESCE((SELECT fetched_at FROM articles
                                       WHERE articles.id = urls.article_id), '')
  WHERE article_id IS NOT NULL;
ALTER TABLE story_figures ADD COLUMN previous TEXT NOT NULL DEFAULT '';
)sql"},
    // v9: the shared frontier (docs/scale.md): which worker holds a URL and until when
    // (ISO 8601 UTC; '' = nobody). Store::ClaimUrls sets them, writing the URL's state
    // (Store::UpsertUrl) clears them, and a lease past its time is free to claim again.
    {R"sql(
ALTER TABLE urls ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE urls ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
CREATE INDEX urls_lease ON urls(lease_owner);
)sql"},
    // v10: per-host politeness across workers (docs/scale.md): when the last request to
    // each origin started, in milliseconds since the epoch (Store::TryStartHostRequest).
    {R"sql(
CREATE TABLE hosts (
  host       TEXT PRIMARY KEY,
  last_start INTEGER NOT NULL DEFAULT 0
);
)sql"},
    // v11: one story assigner across workers (docs/scale.md): workers sharing a database
    // commit articles without a story (story_id NULL) and the assigner lists them in id
    // order (Store::ListUnassignedArticles); the index holds only those, so it stays small.
    {R"sql(
CREATE INDEX articles_unassigned ON articles(id) WHERE story_id IS NULL;
)sql"},
    // v12: discovery once per source and interval across workers (docs/scale.md): the
    // worker that last claimed a source's row and when the next reading is due, in
    // milliseconds since the epoch (Store::ClaimSource).
    {R"sql(
ALTER TABLE sources ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN due_at INTEGER NOT NULL DEFAULT 0;
)sql"},
    // v13: per-host concurrency and robots.txt across workers (docs/scale.md): a host's
    // request slots, each leased to the worker whose request holds it until `until_ms`
    // (milliseconds since the epoch; 0 = free; Store::TryTakeHostSlot), and on a robots
    // row the worker fetching that host's robots.txt and until when
    // (Store::ClaimRobotsFetch; PutRobots ends the claim).
    {R"sql(
CREATE TABLE host_slots (
  host     TEXT NOT NULL,
  slot     INTEGER NOT NULL,
  owner    TEXT NOT NULL DEFAULT '',
  until_ms INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (host, slot)
);
CREATE INDEX host_slots_owner ON host_slots(owner);
ALTER TABLE robots ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE robots ADD COLUMN claim_until INTEGER NOT NULL DEFAULT 0;
)sql"},
    // v14: the story index's features of each article of its live window (opaque bytes,
    // StoryAssignment::features), so that opening restores the index without extracting
    // them again (Store::PutStoryFeatures; older articles' rows are dropped on open).
    {R"sql(
CREATE TABLE story_features (
  article_id INTEGER NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  data       BLOB NOT NULL
);
)sql"},
};

inline constexpr int kLatestVersion = static_cast<int>(std::size(kMigrations));

// The statements that take a database of `dialect` from version-1 to `version`.
// REQUIRES: 1 <= version <= kLatestVersion.
std::string MigrationSql(int version, Dialect dialect);

}  // namespace newsdesk::schema

#endif  // NEWSDESK_STORE_SCHEMA_H_
