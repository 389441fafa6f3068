#include "newsdesk/store.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/wait.h>

#include "newsdesk/article.h"
#include "newsdesk/export.h"
#include "newsdesk/stories.h"
#include "store_internal.h"
#include "store_sqlite.h"
#include "testing/postgres.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"
#include "testing/wait_for.h"

namespace newsdesk {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path, const StoreOptions& options = {}) {
  Result<std::unique_ptr<Store>> store = Store::Open(path, options);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

FrontierEntry Url(const std::string& url, UrlState state = UrlState::kPending, int attempts = 0,
                  const std::string& next_attempt_at = "") {
  FrontierEntry e;
  e.url = url;
  e.state = state;
  e.attempts = attempts;
  e.next_attempt_at = next_attempt_at;
  return e;
}

enum class Backend { kSqlite, kPostgres };

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "sqlite" : "postgres";
}

// Tests of behaviour both backends share run once per backend: on SQLite in memory, and on
// PostgreSQL in a schema of their own in the cluster CTest starts (testing/postgres.h).
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() != Backend::kPostgres) return;
    std::string reason = testing::PostgresTestSchema::SkipReason();
    if (!reason.empty()) GTEST_SKIP() << reason;
  }

  // Another connection to the PostgreSQL database OpenFresh() opened last.
  std::unique_ptr<Store> ConnectAgain(const StoreOptions& options = {}) {
    EXPECT_FALSE(schemas_.empty());
    return schemas_.empty() ? nullptr : OpenOrDie(schemas_.back()->uri(), options);
  }

  // A new, empty store of the test's backend; null (and the test failed) when it cannot
  // be opened.
  std::unique_ptr<Store> OpenFresh() {
    if (GetParam() == Backend::kSqlite) return OpenOrDie(":memory:");
    Result<std::unique_ptr<testing::PostgresTestSchema>> schema =
        testing::PostgresTestSchema::Create();
    EXPECT_TRUE(schema.ok()) << schema.status().ToString();
    if (!schema.ok()) return nullptr;
    schemas_.push_back(std::move(*schema));
    return OpenOrDie(schemas_.back()->uri());
  }

 private:
  std::vector<std::unique_ptr<testing::PostgresTestSchema>> schemas_;
};

#define NEWSDESK_ON_BOTH_BACKENDS(suite)    \
  class suite : public BackendTest {};      \
  INSTANTIATE_TEST_SUITE_P(Backends, suite, \
                           ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName)

NEWSDESK_ON_BOTH_BACKENDS(StoreArticles);
NEWSDESK_ON_BOTH_BACKENDS(StoreTransaction);
NEWSDESK_ON_BOTH_BACKENDS(StoreFrontier);
NEWSDESK_ON_BOTH_BACKENDS(StoreStories);
NEWSDESK_ON_BOTH_BACKENDS(StoreSearch);
NEWSDESK_ON_BOTH_BACKENDS(StoreFigures);
NEWSDESK_ON_BOTH_BACKENDS(StoreRuns);
NEWSDESK_ON_BOTH_BACKENDS(StoreRobotsAndSources);
NEWSDESK_ON_BOTH_BACKENDS(StoreRevisions);

StoreOptions ReadOnly() {
  StoreOptions o;
  o.read_only = true;
  return o;
}

StoreOptions NoCreate() {
  StoreOptions o;
  o.create_if_missing = false;
  return o;
}

Article MakeArticle(const std::string& slug) {
  Article a;
  a.url = "https://example.com/" + slug + "?utm_source=x";
  a.canonical_url = "https://example.com/" + slug;
  a.title = "Title " + slug;
  a.site = "example.com";
  a.language = "en";
  a.published = "2026-02-14";
  a.text = "Body of " + slug;
  a.fetched_at = "2026-02-15T10:00:00Z";
  a.content_hash = "hash-" + slug;
  return a;
}

TEST_P(StoreArticles, OpensAtLatestSchema) {
  auto store = OpenFresh();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), Store::LatestSchemaVersion());
  EXPECT_GE(Store::LatestSchemaVersion(), 3);
}

TEST_P(StoreArticles, InsertAndFindArticleRoundTripsEveryField) {
  auto store = OpenFresh();
  Article a = MakeArticle("one");
  a.title_language = "yi";
  a.byline = "R. Writer";
  a.script = "Hebr";
  a.published_raw = "כ\"ז שבט תשפ\"ו";
  a.calendar = "hebrew";
  a.modified = "2026-02-15";
  a.image = "https://example.com/a.jpg";
  Result<int64_t> id = store->InsertArticle(a);
  ASSERT_OK(id);
  EXPECT_GT(*id, 0);
  auto found = store->FindByCanonicalUrl(a.canonical_url);
  ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  const Article& b = **found;
  EXPECT_EQ(b.id, *id);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.title_language, "yi");
  EXPECT_EQ(b.byline, a.byline);
  EXPECT_EQ(b.script, "Hebr");
  EXPECT_EQ(b.published_raw, a.published_raw);
  EXPECT_EQ(b.calendar, "hebrew");
  EXPECT_EQ(b.modified, a.modified);
  EXPECT_EQ(b.image, a.image);
  EXPECT_EQ(b.text, a.text);
  EXPECT_EQ(b.fetched_at, a.fetched_at);
  EXPECT_EQ(b.story_id, 0);
  EXPECT_EQ(b.duplicate_of, 0);

  auto by_hash = store->FindByContentHash("hash-one");
  ASSERT_OK(by_hash);
  ASSERT_TRUE(by_hash->has_value());
  EXPECT_EQ((*by_hash)->id, *id);
  auto missing = store->FindByCanonicalUrl("https://example.com/none");
  ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreArticles, CanonicalUrlIsUnique) {
  auto store = OpenFresh();
  ASSERT_OK(store->InsertArticle(MakeArticle("one")));
  Article again = MakeArticle("one");
  again.url = "https://example.com/other-path";
  Result<int64_t> dup = store->InsertArticle(again);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().code(), Status::Code::kAlreadyExists) << dup.status().ToString();
  EXPECT_EQ(*store->CountArticles(), 1);
}

TEST(StoreSqlite, ErrorsKeepSqlitesMessageAndExtendedCode) {
  Status unique = sqlite::Error(SQLITE_CONSTRAINT_UNIQUE, nullptr, "insert");
  EXPECT_EQ(unique.code(), Status::Code::kAlreadyExists) << unique.ToString();
  EXPECT_NE(unique.message().find(std::to_string(SQLITE_CONSTRAINT_UNIQUE)), std::string::npos);
  EXPECT_NE(unique.message().find("constraint failed"), std::string::npos) << unique.ToString();
  EXPECT_TRUE(sqlite::Error(SQLITE_CONSTRAINT_FOREIGNKEY, nullptr, "x").IsInvalidArgument());
  EXPECT_TRUE(sqlite::Error(SQLITE_BUSY, nullptr, "x").IsFailedPrecondition());
  EXPECT_TRUE(sqlite::Error(SQLITE_NOTADB, nullptr, "x").IsCorruption());
}

TEST_P(StoreArticles, AliasesPointToOneArticle) {
  auto store = OpenFresh();
  int64_t one = *store->InsertArticle(MakeArticle("one"));
  int64_t two = *store->InsertArticle(MakeArticle("two"));
  ASSERT_OK(store->AddAlias("https://m.example.com/one", one));
  ASSERT_OK(store->AddAlias("https://m.example.com/one", one));  // idempotent
  Status other = store->AddAlias("https://m.example.com/one", two);
  EXPECT_EQ(other.code(), Status::Code::kAlreadyExists) << other.ToString();
  Status dangling = store->AddAlias("https://m.example.com/x", 999);
  EXPECT_EQ(dangling.code(), Status::Code::kInvalidArgument) << dangling.ToString();

  EXPECT_EQ(*store->FindAlias("https://m.example.com/one"), std::optional<int64_t>(one));
  EXPECT_EQ(*store->FindArticleIdByAnyUrl("https://m.example.com/one"),
            std::optional<int64_t>(one));
  EXPECT_EQ(*store->FindArticleIdByAnyUrl("https://example.com/two?utm_source=x"),
            std::optional<int64_t>(two));
  EXPECT_EQ(*store->FindArticleIdByAnyUrl("https://example.com/two"), std::optional<int64_t>(two));
  EXPECT_EQ(*store->FindArticleIdByAnyUrl("https://example.com/three"), std::nullopt);
  EXPECT_EQ(*store->ListAliases(one), std::vector<std::string>{"https://m.example.com/one"});
  EXPECT_TRUE(store->ListAliases(two)->empty());
}

TEST_P(StoreArticles, UpdateAndStoryAssignment) {
  auto store = OpenFresh();
  int64_t id = *store->InsertArticle(MakeArticle("one"));
  ASSERT_OK(store->SetArticleStory(id, 7, 0));
  EXPECT_EQ((*store->GetArticle(id))->story_id, 7);
  EXPECT_TRUE(store->SetArticleStory(id + 1, 7, 0).IsNotFound());
  Article a = **store->GetArticle(id);
  a.title = "New title";
  ASSERT_OK(store->UpdateArticle(a));
  EXPECT_EQ((*store->GetArticle(id))->title, "New title");
  a.id = 12345;
  EXPECT_TRUE(store->UpdateArticle(a).IsNotFound());
}

TEST_P(StoreArticles, ForEachArticleInIdOrderAndStopsEarly) {
  auto store = OpenFresh();
  for (const char* s : {"a", "b", "c"}) ASSERT_OK(store->InsertArticle(MakeArticle(s)));
  std::vector<std::string> seen;
  ASSERT_OK(store->ForEachArticle([&](const Article& a) {
    seen.push_back(a.canonical_url);
    return true;
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"https://example.com/a", "https://example.com/b",
                                            "https://example.com/c"}));
  int calls = 0;
  ASSERT_OK(store->ForEachArticle([&](const Article&) { return ++calls < 2; }));
  EXPECT_EQ(calls, 2);
}

TEST_P(StoreArticles, FirstArticleSinceFindsTheLiveTail) {
  auto store = OpenFresh();
  EXPECT_EQ(*store->MaxPublished(), "");
  EXPECT_EQ(*store->FirstArticleSince("2026-01-01", 5), 0);
  const std::vector<std::pair<std::string, std::string>> times = {
      {"2025-01-01", "2025-01-02T10:00:00Z"},  // old
      {"", "2025-01-03T10:00:00Z"},            // undated, fetched long ago
      {"2026-02-10T10:00:00+02:00", ""},       // recent
      {"2025-03-01", ""},                      // a late arrival of an old date
      {"", ""}};                               // no time at all
  std::vector<int64_t> ids;
  for (size_t i = 0; i < times.size(); ++i) {
    Article a = MakeArticle("t" + std::to_string(i));
    a.published = times[i].first;
    a.fetched_at = times[i].second;
    ids.push_back(*store->InsertArticle(a));
  }
  EXPECT_EQ(*store->MaxPublished(), "2026-02-10T10:00:00+02:00");
  EXPECT_EQ(*store->FirstArticleSince("2026-01-01", 0), ids[2]);
  EXPECT_EQ(*store->FirstArticleSince("2026-01-01", 3), ids[2]);  // the last 3 articles
  EXPECT_EQ(*store->FirstArticleSince("2026-01-01", 4), ids[1]);
  EXPECT_EQ(*store->FirstArticleSince("2025-01-03", 0), ids[1]);  // fetched that day
  EXPECT_EQ(*store->FirstArticleSince("2024-12-31", 0), ids[0]);
  std::vector<int64_t> seen;
  ASSERT_OK(store->ForEachArticleFrom(ids[3], [&](const Article& a) {
    seen.push_back(a.id);
    return true;
  }));
  EXPECT_EQ(seen, (std::vector<int64_t>{ids[3], ids[4]}));
}

TEST_P(StoreStories, StoryFeaturesAreKeptBesideTheirArticlesAndDroppedBeforeTheLiveOne) {
  auto store = OpenFresh();
  std::vector<int64_t> ids;
  for (const char* s : {"a", "b", "c"}) ids.push_back(*store->InsertArticle(MakeArticle(s)));
  // Opaque bytes: NUL, 0xff and a backslash come back as written.
  const std::string bytes("NDSF\0\xff\\x00\x7f", 11);
  ASSERT_OK(store->PutStoryFeatures(ids[0], bytes));
  ASSERT_OK(store->PutStoryFeatures(ids[1], "first"));
  ASSERT_OK(store->PutStoryFeatures(ids[1], "second"));  // replaces
  ASSERT_OK(store->PutStoryFeatures(ids[2], "third"));
  ASSERT_OK(store->PutStoryFeatures(ids[2], ""));  // drops
  std::vector<std::pair<int64_t, std::string>> seen;
  auto read = [&](int64_t from) {
    seen.clear();
    return store->ForEachArticleWithFeaturesFrom(
        from, [&](const Article& a, std::string_view features) {
          EXPECT_EQ(a.title, "Title " + std::string(1, static_cast<char>('a' + (a.id - ids[0]))));
          seen.emplace_back(a.id, std::string(features));
          return true;
        });
  };
  ASSERT_OK(read(ids[0]));
  EXPECT_EQ(seen, (std::vector<std::pair<int64_t, std::string>>{
                      {ids[0], bytes}, {ids[1], "second"}, {ids[2], ""}}));
  Result<int64_t> dropped = store->DropStoryFeaturesBefore(ids[1]);
  ASSERT_OK(dropped.status());
  EXPECT_EQ(*dropped, 1);
  ASSERT_OK(read(ids[0]));
  EXPECT_EQ(seen, (std::vector<std::pair<int64_t, std::string>>{
                      {ids[0], ""}, {ids[1], "second"}, {ids[2], ""}}));
  ASSERT_OK(read(ids[2]));
  EXPECT_EQ(seen, (std::vector<std::pair<int64_t, std::string>>{{ids[2], ""}}));
}

TEST_P(StoreArticles, NestedReadsDuringIterationWork) {
  auto store = OpenFresh();
  for (const char* s : {"a", "b"}) ASSERT_OK(store->InsertArticle(MakeArticle(s)));
  int inner_total = 0;
  ASSERT_OK(store->ForEachArticle([&](const Article&) {
    // The same cached statement is busy: the store must prepare a second one.
    EXPECT_OK(store->ForEachArticle([&](const Article&) {
      ++inner_total;
      return true;
    }));
    return true;
  }));
  EXPECT_EQ(inner_total, 4);
}

TEST_P(StoreTransaction, RollsBackWhenDestroyedUncommitted) {
  auto store = OpenFresh();
  {
    Store::Transaction txn(*store);
    ASSERT_OK(txn.status());
    ASSERT_OK(store->InsertArticle(MakeArticle("a")));
    ASSERT_OK(store->UpsertUrl(Url("https://example.com/a")));
  }
  EXPECT_EQ(*store->CountArticles(), 0);
  EXPECT_FALSE(store->GetUrl("https://example.com/a")->has_value());
  {
    Store::Transaction txn(*store);
    ASSERT_OK(store->InsertArticle(MakeArticle("b")));
    ASSERT_OK(txn.Commit());
    EXPECT_TRUE(txn.Commit().IsFailedPrecondition());
  }
  EXPECT_EQ(*store->CountArticles(), 1);
}

TEST_P(StoreTransaction, DoesNotNest) {
  auto store = OpenFresh();
  Store::Transaction outer(*store);
  ASSERT_OK(outer.status());
  Store::Transaction inner(*store);
  EXPECT_FALSE(inner.status().ok());
  EXPECT_FALSE(inner.Commit().ok());
  ASSERT_OK(store->InsertArticle(MakeArticle("a")));
  ASSERT_OK(outer.Commit());
  EXPECT_EQ(*store->CountArticles(), 1);
}

TEST_P(StoreFrontier, UpsertGetAndStates) {
  auto store = OpenFresh();
  FrontierEntry e = Url("https://example.com/a");
  e.source = "urls.txt";
  ASSERT_OK(store->UpsertUrl(e));
  auto got = store->GetUrl(e.url);
  ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->state, UrlState::kPending);
  EXPECT_EQ((*got)->source, "urls.txt");

  e.state = UrlState::kFailed;
  e.http_status = 404;
  e.error = "http 404";
  e.attempts = 1;
  e.etag = "\"abc\"";
  e.last_modified = "Sat, 14 Feb 2026 10:00:00 GMT";
  ASSERT_OK(store->UpsertUrl(e));
  got = store->GetUrl(e.url);
  EXPECT_EQ((*got)->state, UrlState::kFailed);
  EXPECT_EQ((*got)->http_status, 404);
  EXPECT_EQ((*got)->error, "http 404");
  EXPECT_EQ((*got)->attempts, 1);
  EXPECT_EQ((*got)->etag, "\"abc\"");
  EXPECT_EQ((*got)->last_modified, e.last_modified);

  EXPECT_FALSE(*store->AddUrlIfNew(e.url, "feed"));  // known: state untouched
  EXPECT_EQ((*store->GetUrl(e.url))->state, UrlState::kFailed);
  EXPECT_TRUE(*store->AddUrlIfNew("https://example.com/b", "feed"));
  auto counts = store->CountUrlsByState();
  ASSERT_OK(counts);
  EXPECT_EQ(*counts, (std::vector<std::pair<std::string, int64_t>>{{"failed", 1}, {"pending", 1}}));
}

TEST_P(StoreFrontier, ListsPendingAndDueRetriesOnly) {
  auto store = OpenFresh();
  ASSERT_OK(store->UpsertUrl(Url("u1")));
  ASSERT_OK(store->UpsertUrl(Url("u2", UrlState::kFetched)));
  ASSERT_OK(store->UpsertUrl(Url("u3", UrlState::kPending, 1, "2026-01-01T00:00:10Z")));
  ASSERT_OK(store->UpsertUrl(Url("u4", UrlState::kPending, 1, "2026-01-01T00:00:05Z")));
  ASSERT_OK(store->UpsertUrl(Url("u5")));
  ASSERT_OK(store->UpsertUrl(Url("u6", UrlState::kFailed, 2, "2026-01-01T00:00:01Z")));
  ASSERT_OK(store->UpsertUrl(Url("u7", UrlState::kFailed, 1)));  // final: no retry time
  ASSERT_OK(store->UpsertUrl(Url("u8", UrlState::kFailed, 1, "2026-01-01T00:00:30Z")));
  auto due = store->ListDueUrls("2026-01-01T00:00:06Z", 100);
  ASSERT_OK(due);
  std::vector<std::string> urls;
  for (const auto& e : *due) urls.push_back(e.url);
  EXPECT_EQ(urls, (std::vector<std::string>{"u1", "u5", "u6", "u4"}));
  auto later = store->ListDueUrls("2026-01-01T00:01:00Z", 2);
  ASSERT_EQ(later->size(), 2u);
  EXPECT_EQ(store->ListDueUrls("2026-01-01T00:01:00Z", 100)->size(), 6u);
}

TEST(StoreFile, ReopensWithDataAndWalMode) {
  TempDir dir;
  std::string path = dir.File("news.db");
  {
    auto store = OpenOrDie(path);
    ASSERT_OK(store->InsertArticle(MakeArticle("a")));
  }
  auto store = OpenOrDie(path);
  EXPECT_EQ(*store->CountArticles(), 1);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
  sqlite3_finalize(stmt);
}

TEST(StoreFile, MissingDatabaseIsNotCreatedWhenAskedNotTo) {
  TempDir dir;
  std::string path = dir.File("absent.db");
  for (StoreOptions options : {NoCreate(), ReadOnly()}) {
    Result<std::unique_ptr<Store>> store = Store::Open(path, options);
    EXPECT_TRUE(store.status().IsNotFound()) << store.status().ToString();
    EXPECT_FALSE(fs::exists(path));
  }
}

TEST(StoreFile, ReadOnlyOpenReadsButCannotWrite) {
  TempDir dir;
  std::string path = dir.File("news.db");
  { ASSERT_OK(OpenOrDie(path)->InsertArticle(MakeArticle("a"))); }
  auto reader = OpenOrDie(path, ReadOnly());
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(*reader->CountArticles(), 1);
  Result<int64_t> write = reader->InsertArticle(MakeArticle("b"));
  EXPECT_TRUE(write.status().IsIOError()) << write.status().ToString();
}

TEST(StoreIntegrity, CleanStorePassesAndADriftedSearchIndexIsReported) {
  TempDir dir;
  std::string path = dir.File("check.db");
  auto store = OpenOrDie(path);
  int64_t id = *store->InsertArticle(MakeArticle("a"));
  ASSERT_OK(store->AddAlias("https://m.example.com/a", id));
  ASSERT_OK(store->CheckIntegrity());
  {
    // Change an article's text behind the triggers' back.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    ASSERT_EQ(sqlite3_exec(raw,
                           "DROP TRIGGER articles_fts_update; "
                           "UPDATE articles SET text = 'different words entirely'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  Status st = store->CheckIntegrity();
  EXPECT_TRUE(st.IsCorruption()) << st.ToString();
  EXPECT_NE(st.message().find("full-text index"), std::string::npos) << st.ToString();
}

TEST(StoreFile, ANonDatabaseFileIsCorruptionAndLeftAlone) {
  TempDir dir;
  std::string path = dir.File("notes.txt");
  {
    std::ofstream out(path);
    out << "these are not the pages you are looking for\n";
  }
  for (StoreOptions options : {StoreOptions{}, ReadOnly()}) {
    Result<std::unique_ptr<Store>> store = Store::Open(path, options);
    EXPECT_TRUE(store.status().IsCorruption()) << store.status().ToString();
  }
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "these are not the pages you are looking for");
}

// Writes `a` into a database at schema version 1 with that version's columns (the
// current InsertArticle names columns added later).
void InsertVersionOneRow(const std::string& path, const Article& a) {
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw,
                               "INSERT INTO articles (url, canonical_url, title, published, text) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               -1, &stmt, nullptr),
            SQLITE_OK);
  int i = 0;
  for (const std::string* v : {&a.url, &a.canonical_url, &a.title, &a.published, &a.text}) {
    sqlite3_bind_text(stmt, ++i, v->c_str(), -1, SQLITE_TRANSIENT);
  }
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE);
  sqlite3_finalize(stmt);
}

TEST(StoreMigrations, MigratesAVersionOneDatabase) {
  TempDir dir;
  std::string path = dir.File("v1.db");
  {
    auto v1 = internal::OpenStoreAtVersion(path, {}, 1);
    ASSERT_OK(v1);
    EXPECT_EQ((*v1)->SchemaVersion(), 1);
  }
  InsertVersionOneRow(path, MakeArticle("kept"));
  // A read-only open refuses to work on an old schema instead of migrating it.
  Result<std::unique_ptr<Store>> ro = Store::Open(path, ReadOnly());
  EXPECT_TRUE(ro.status().IsFailedPrecondition()) << ro.status().ToString();

  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), Store::LatestSchemaVersion());
  auto kept = store->FindByCanonicalUrl("https://example.com/kept");
  ASSERT_OK(kept);
  ASSERT_TRUE(kept->has_value());
  // v6 gives dates stored before it the precision their ISO form shows.
  EXPECT_EQ((*kept)->published_precision, "day");
}

TEST(StoreMigrations, RefusesANewerSchema) {
  TempDir dir;
  std::string path = dir.File("future.db");
  { OpenOrDie(path); }
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  EXPECT_TRUE(store.status().IsFailedPrecondition()) << store.status().ToString();
}

// A newer build's store (here one in rollback-journal mode) is refused before anything
// is written to it: not even the switch to WAL, which rewrites the file's header.
TEST(StoreMigrations, NewerSchemaFileIsLeftUntouched) {
  TempDir dir;
  const std::string path = dir.File("future-journal.db");
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE t(a); PRAGMA user_version = 999", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
  }
  auto read_all = [&] {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  const std::string before = read_all();
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  EXPECT_TRUE(store.status().IsFailedPrecondition()) << store.status().ToString();
  EXPECT_EQ(read_all(), before);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

Article StoryArticle(const std::string& slug, int64_t story, const std::string& site,
                     const std::string& lang, const std::string& published) {
  Article a = MakeArticle(slug);
  a.story_id = story;
  a.site = site;
  a.language = lang;
  a.published = published;
  return a;
}

TEST_P(StoreStories, MergedStoryResolvesToTheOneItWentInto) {
  auto store = OpenFresh();
  auto a = store->InsertArticle(StoryArticle("a", 1, "a.com", "en", "2026-02-14"));
  auto b = store->InsertArticle(StoryArticle("b", 3, "b.com", "ru", "2026-02-15"));
  ASSERT_OK(a);
  ASSERT_OK(b);
  StoryFigure f;
  f.value = 14;
  f.text = "14";
  f.unit = "dead";
  ASSERT_OK(store->ReplaceArticleFigures(3, *b, {f}));
  ASSERT_OK(store->UpsertStory(1, ""));
  ASSERT_OK(store->UpsertStory(3, ""));
  ASSERT_OK(store->MergeStories(3, 1));
  ASSERT_OK(store->UpsertStory(1, ""));
  // Story 3 is gone; its id answers for story 1, with both articles and the figure.
  const Story merged = **store->GetStory(3);
  EXPECT_EQ(merged.id, 1);
  EXPECT_EQ(merged.article_count, 2);
  EXPECT_EQ(merged.languages, (std::vector<std::string>{"en", "ru"}));
  EXPECT_EQ(store->ListStoryArticles(3)->size(), 2u);
  ASSERT_EQ(store->ListFigures(1)->size(), 1u);
  EXPECT_EQ(store->ListFigures(3)->front().story_id, 1);
  EXPECT_EQ(store->ListStories({})->size(), 1u);
  // A chain of merges resolves to the last story, and absorbed ids are never reused.
  ASSERT_OK(store->InsertArticle(StoryArticle("c", 2, "c.com", "en", "2026-02-16")));
  ASSERT_OK(store->MergeStories(1, 2));
  ASSERT_OK(store->UpsertStory(2, ""));
  EXPECT_EQ((*store->GetStory(3))->id, 2);
  EXPECT_EQ((*store->GetStory(3))->article_count, 3);
  EXPECT_EQ(*store->MaxStoryId(), 3);
}

TEST_P(StoreStories, MovedArticleTakesItsNearDuplicatesAndFiguresAlong) {
  auto store = OpenFresh();
  const int64_t founder = *store->InsertArticle(StoryArticle("a", 1, "a.com", "en", "2026-02-14"));
  const int64_t moving = *store->InsertArticle(StoryArticle("b", 1, "b.com", "ru", "2026-02-15"));
  Article copy = StoryArticle("c", 1, "c.com", "ru", "2026-02-15");
  copy.duplicate_of = moving;
  const int64_t near = *store->InsertArticle(copy);
  const int64_t other = *store->InsertArticle(StoryArticle("d", 2, "d.com", "de", "2026-02-16"));
  StoryFigure f;
  f.value = 14;
  f.text = "14";
  f.unit = "dead";
  ASSERT_OK(store->ReplaceArticleFigures(1, moving, {f}));
  ASSERT_OK(store->ReplaceArticleFigures(1, near, {f}));
  ASSERT_OK(store->ReplaceArticleFigures(1, founder, {f}));
  ASSERT_OK(store->UpsertStory(1, ""));
  ASSERT_OK(store->UpsertStory(2, ""));

  ASSERT_OK(store->MoveArticle(moving, 2));
  ASSERT_OK(store->UpsertStory(1, ""));
  ASSERT_OK(store->UpsertStory(2, ""));
  EXPECT_EQ((*store->GetArticle(founder))->story_id, 1);
  EXPECT_EQ((*store->GetArticle(moving))->story_id, 2);
  EXPECT_EQ((*store->GetArticle(near))->story_id, 2);
  EXPECT_EQ((*store->GetArticle(other))->story_id, 2);
  const Story kept = **store->GetStory(1);
  EXPECT_EQ(kept.id, 1);  // both stories keep their ids
  EXPECT_EQ(kept.article_count, 1);
  EXPECT_EQ(kept.languages, (std::vector<std::string>{"en"}));
  const Story grown = **store->GetStory(2);
  EXPECT_EQ(grown.article_count, 3);
  EXPECT_EQ(grown.first_published, "2026-02-15");
  EXPECT_EQ(grown.languages, (std::vector<std::string>{"de", "ru"}));
  EXPECT_EQ(store->ListFigures(1)->size(), 1u);
  EXPECT_EQ(store->ListFigures(2)->size(), 2u);
  EXPECT_EQ(store->ListStories({})->size(), 2u);
}

TEST_P(StoreStories, StatsAreRecomputedFromArticles) {
  auto store = OpenFresh();
  ASSERT_OK(store->InsertArticle(StoryArticle("a", 1, "b.com", "en", "2026-02-14")));
  Article yi = StoryArticle("b", 1, "a.com", "en", "2026-02-12");
  yi.title_language = "yi";  // Yiddish headline on an English body counts as Yiddish too
  ASSERT_OK(store->InsertArticle(yi));
  ASSERT_OK(store->InsertArticle(StoryArticle("c", 1, "b.com", "ar", "")));
  ASSERT_OK(store->InsertArticle(StoryArticle("d", 2, "c.com", "he", "2026-03-01")));
  ASSERT_OK(store->UpsertStory(1, ""));
  auto story = store->GetStory(1);
  ASSERT_OK(story);
  ASSERT_TRUE(story->has_value());
  Story s = **story;
  EXPECT_EQ(s.title, "Title a");  // first article's title when none is given
  EXPECT_EQ(s.article_count, 3);
  EXPECT_EQ(s.first_published, "2026-02-12");
  EXPECT_EQ(s.last_published, "2026-02-14");
  EXPECT_EQ(s.languages, (std::vector<std::string>{"ar", "en", "yi"}));
  EXPECT_EQ(s.outlets, (std::vector<std::string>{"a.com", "b.com"}));

  ASSERT_OK(store->UpsertStory(1, "Iraq takes custody of detainees"));
  ASSERT_OK(store->InsertArticle(StoryArticle("e", 1, "d.com", "en", "2026-02-20")));
  ASSERT_OK(store->UpsertStory(1, ""));  // keeps the given title, refreshes stats
  s = **store->GetStory(1);
  EXPECT_EQ(s.title, "Iraq takes custody of detainees");
  EXPECT_EQ(s.article_count, 4);
  EXPECT_EQ(s.last_published, "2026-02-20");
  EXPECT_EQ(*store->MaxStoryId(), 2);

  auto articles = store->ListStoryArticles(1);
  ASSERT_OK(articles);
  std::vector<std::string> order;
  for (const Article& a : *articles) order.push_back(a.published);
  EXPECT_EQ(order, (std::vector<std::string>{"2026-02-12", "2026-02-14", "2026-02-20", ""}));
  auto first_two = store->ListStoryArticles(1, 2);
  ASSERT_OK(first_two);
  ASSERT_EQ(first_two->size(), 2u);
  EXPECT_EQ((*first_two)[1].published, "2026-02-14");
}

// The ids of the stories ListStories gives for `filter`, in its order.
std::vector<int64_t> StoryIds(Store& store, const StoryFilter& filter) {
  std::vector<int64_t> out;
  auto stories = store.ListStories(filter);
  EXPECT_OK(stories);
  if (stories.ok()) {
    for (const Story& s : *stories) out.push_back(s.id);
  }
  return out;
}

TEST_P(StoreStories, ListsNewestFirstWithFilters) {
  auto store = OpenFresh();
  ASSERT_OK(store->InsertArticle(StoryArticle("a", 1, "a.com", "en", "2026-01-05")));
  ASSERT_OK(store->InsertArticle(StoryArticle("b", 2, "a.com", "yi", "2026-02-14")));
  ASSERT_OK(store->InsertArticle(StoryArticle("c", 3, "a.com", "en", "2026-03-01")));
  ASSERT_OK(store->InsertArticle(StoryArticle("d", 4, "a.com", "eng", "2026-03-02")));
  for (int64_t id : {1, 2, 3, 4}) ASSERT_OK(store->UpsertStory(id, ""));
  auto ids = [&](const StoryFilter& f) { return StoryIds(*store, f); };
  EXPECT_EQ(ids({}), (std::vector<int64_t>{4, 3, 2, 1}));
  StoryFilter since;
  since.since = "2026-02-01";
  EXPECT_EQ(ids(since), (std::vector<int64_t>{4, 3, 2}));
  StoryFilter en;
  en.language = "en";  // "eng" must not match "en"
  EXPECT_EQ(ids(en), (std::vector<int64_t>{3, 1}));
  StoryFilter both = since;
  both.language = "yi";
  both.limit = 5;
  EXPECT_EQ(ids(both), (std::vector<int64_t>{2}));
  StoryFilter limited;
  limited.limit = 1;
  EXPECT_EQ(ids(limited), (std::vector<int64_t>{4}));
}

TEST_P(StoreStories, UntilWordsAndKeysetPagingFilter) {
  auto store = OpenFresh();
  Article a = StoryArticle("a", 1, "a.com", "en", "2026-01-05T10:00:00Z");
  a.title = "Storm over Baghdad";
  ASSERT_OK(store->InsertArticle(a));
  ASSERT_OK(store->InsertArticle(StoryArticle("b", 2, "a.com", "yi", "2026-02-14")));
  ASSERT_OK(store->InsertArticle(StoryArticle("c", 3, "a.com", "en", "2026-02-14")));
  ASSERT_OK(store->InsertArticle(StoryArticle("d", 4, "a.com", "en", "2026-03-02")));
  for (int64_t id : {1, 2, 3, 4}) ASSERT_OK(store->UpsertStory(id, ""));
  auto ids = [&](const StoryFilter& f) { return StoryIds(*store, f); };
  StoryFilter until;
  until.until = "2026-01-05";  // a date keeps the whole day
  EXPECT_EQ(ids(until), (std::vector<int64_t>{1}));
  until.until = "2026-02-14";
  EXPECT_EQ(ids(until), (std::vector<int64_t>{3, 2, 1}));

  StoryFilter words;
  words.words = "baghdad";
  EXPECT_EQ(ids(words), (std::vector<int64_t>{1}));
  words.words = "nothing-like-this";
  EXPECT_TRUE(ids(words).empty());

  // Pages of two, each continuing after the last story of the one before, tie on
  // last_published broken by id.
  StoryFilter page;
  page.limit = 2;
  EXPECT_EQ(ids(page), (std::vector<int64_t>{4, 3}));
  page.after_published = "2026-02-14";
  page.after_id = 3;
  EXPECT_EQ(ids(page), (std::vector<int64_t>{2, 1}));
  page.after_published = "2026-01-05T10:00:00Z";
  page.after_id = 1;
  EXPECT_TRUE(ids(page).empty());
}

TEST_P(StoreSearch, FiltersByLanguageAndReportsTheArticle) {
  auto store = OpenFresh();
  Article en = StoryArticle("en", 7, "a.com", "en", "2026-02-14");
  en.text = "Detainees moved.";
  Article yi = StoryArticle("yi", 7, "b.com", "yi", "2026-02-13");
  yi.text = "Detainees moved too.";
  ASSERT_OK(store->InsertArticle(en));
  int64_t yi_id = *store->InsertArticle(yi);
  EXPECT_EQ(store->Search("detainees", 10)->size(), 2u);
  auto hits = store->Search("detainees", 10, false, "yi");
  ASSERT_OK(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].article_id, yi_id);
  EXPECT_EQ((*hits)[0].site, "b.com");
  EXPECT_EQ((*hits)[0].language, "yi");
  EXPECT_EQ((*hits)[0].published, "2026-02-13");
  EXPECT_EQ((*hits)[0].story_id, 7);
}

// One story assigner across workers (docs/scale.md): articles stored without a story wait,
// lowest id first, with their figures, until the assigner gives them one.
TEST_P(StoreStories, UnassignedArticlesWaitInIdOrderAndTheirFiguresFollowTheStory) {
  auto store = OpenFresh();
  const int64_t a = *store->InsertArticle(StoryArticle("a", 0, "a.com", "en", "2026-02-14"));
  const int64_t b = *store->InsertArticle(StoryArticle("b", 4, "b.com", "en", "2026-02-14"));
  const int64_t c = *store->InsertArticle(StoryArticle("c", 0, "c.com", "en", "2026-02-14"));
  const int64_t d = *store->InsertArticle(StoryArticle("d", 0, "d.com", "en", "2026-02-14"));
  auto ids = [](const std::vector<Article>& articles) {
    std::vector<int64_t> out;
    for (const Article& x : articles) out.push_back(x.id);
    return out;
  };
  EXPECT_EQ(*store->CountUnassignedArticles(), 3);
  EXPECT_EQ(ids(*store->ListUnassignedArticles(-1)), (std::vector<int64_t>{a, c, d}));
  EXPECT_EQ(ids(*store->ListUnassignedArticles(2)), (std::vector<int64_t>{a, c}));
  StoryFigure f;
  f.unit = "families";
  f.value = 120;
  f.text = "120";
  ASSERT_OK(store->ReplaceArticleFigures(0, c, {f}));
  ASSERT_OK(store->SetArticleStory(c, 9, 0));
  ASSERT_OK(store->SetArticleStory(a, 4, 0));
  EXPECT_EQ(ids(*store->ListUnassignedArticles(-1)), (std::vector<int64_t>{d}));
  EXPECT_EQ(*store->CountUnassignedArticles(), 1);
  ASSERT_EQ(store->ListFigures(9)->size(), 1u);
  EXPECT_EQ((*store->ListFigures(9))[0].article_id, c);
  EXPECT_TRUE(store->ListFigures(0)->empty());
  EXPECT_EQ((*store->GetArticle(b))->story_id, 4);
}

// The role is this connection's until it gives it up; asking again is not a second hold.
TEST_P(StoreStories, TheStoryAssignerRoleIsHeldUntilGivenUp) {
  auto store = OpenFresh();
  EXPECT_TRUE(*store->TryBecomeStoryAssigner());
  EXPECT_TRUE(*store->TryBecomeStoryAssigner());
  ASSERT_OK(store->ReleaseStoryAssigner());
  ASSERT_OK(store->ReleaseStoryAssigner());  // not held: nothing to give up
  EXPECT_TRUE(*store->TryBecomeStoryAssigner());
}

TEST_P(StoreFigures, ReplacedPerArticleAndListedWithSources) {
  auto store = OpenFresh();
  int64_t a = *store->InsertArticle(StoryArticle("a", 1, "a.com", "en", "2026-02-14"));
  int64_t b = *store->InsertArticle(StoryArticle("b", 1, "b.com", "en", "2026-02-14"));
  StoryFigure f;
  f.unit = "detainees";
  f.value = 4500;
  f.text = "4,500";
  ASSERT_OK(store->ReplaceArticleFigures(1, a, {f}));
  f.value = 4000;
  f.text = "4,000";
  ASSERT_OK(store->ReplaceArticleFigures(1, b, {f}));
  f.value = 4583;
  f.text = "4,583";
  ASSERT_OK(store->ReplaceArticleFigures(1, a, {f}));  // replaces a's 4,500
  auto figures = store->ListFigures(1);
  ASSERT_OK(figures);
  ASSERT_EQ(figures->size(), 2u);
  EXPECT_EQ((*figures)[0].text, "4,000");
  EXPECT_EQ((*figures)[0].site, "b.com");
  EXPECT_EQ((*figures)[1].value, 4583);
  EXPECT_EQ((*figures)[1].url, "https://example.com/a");
  // A figure for a missing article fails as a whole and leaves the old ones.
  EXPECT_FALSE(store->ReplaceArticleFigures(1, 999, {f, f}).ok());
  EXPECT_EQ(store->ListFigures(1)->size(), 2u);
}

TEST_P(StoreRevisions, EditsCountAndRemovalsMarkTheArticleAndListByArticleOrStory) {
  auto store = OpenFresh();
  Article a = MakeArticle("a");
  a.story_id = 3;
  Article b = MakeArticle("b");
  b.story_id = 4;
  Result<int64_t> ida = store->InsertArticle(a);
  Result<int64_t> idb = store->InsertArticle(b);
  ASSERT_OK(ida);
  ASSERT_OK(idb);
  ArticleRevision edit;
  edit.article_id = *ida;
  edit.kind = "edited";
  edit.seen_at = "2026-02-16T10:00:00Z";
  edit.http_status = 200;
  edit.title = "Old title";
  edit.text = "Old text";
  edit.words_added = 5;
  edit.words_removed = 1;
  edit.figures_changed = 1;
  edit.figures = "detainees: 4,000 -> 4,500";
  ASSERT_OK(store->AddRevision(edit));
  ASSERT_OK(store->AddRevision(edit));
  ArticleRevision removed;
  removed.article_id = *idb;
  removed.kind = "removed";
  removed.http_status = 410;
  ASSERT_OK(store->AddRevision(removed));

  Result<std::optional<Article>> got_a = store->GetArticle(*ida);
  Result<std::optional<Article>> got_b = store->GetArticle(*idb);
  ASSERT_OK(got_a);
  ASSERT_OK(got_b);
  EXPECT_EQ((*got_a)->revision_count, 2);
  EXPECT_EQ((*got_a)->gone, "");
  EXPECT_EQ((*got_b)->revision_count, 0);
  EXPECT_EQ((*got_b)->gone, "removed");

  Result<std::vector<ArticleRevision>> of_a = store->ListRevisions({.article_id = *ida});
  ASSERT_OK(of_a);
  ASSERT_EQ(of_a->size(), 2u);
  const ArticleRevision& r = (*of_a)[0];
  EXPECT_EQ(r.kind, "edited");
  EXPECT_EQ(r.seen_at, edit.seen_at);
  EXPECT_EQ(r.title, "Old title");
  EXPECT_EQ(r.text, "Old text");
  EXPECT_EQ(r.words_added, 5);
  EXPECT_EQ(r.words_removed, 1);
  EXPECT_EQ(r.figures_changed, 1);
  EXPECT_EQ(r.figures, edit.figures);
  Result<std::vector<ArticleRevision>> of_story = store->ListRevisions({.story_id = 4});
  ASSERT_OK(of_story);
  ASSERT_EQ(of_story->size(), 1u);
  EXPECT_EQ((*of_story)[0].http_status, 410);
  EXPECT_EQ(store->ListRevisions({})->size(), 3u);
  EXPECT_EQ(store->ListRevisions({.limit = 1})->size(), 1u);
  // A revision of no article is refused (foreign key).
  ArticleRevision orphan = removed;
  orphan.article_id = 999;
  EXPECT_FALSE(store->AddRevision(orphan).ok());
}

TEST_P(StoreRevisions, ChangedFiguresKeepTheirPreviousValue) {
  auto store = OpenFresh();
  Article a = MakeArticle("a");
  a.story_id = 1;
  Result<int64_t> id = store->InsertArticle(a);
  ASSERT_OK(id);
  StoryFigure f;
  f.value = 4500;
  f.text = "4,500";
  f.unit = "detainees";
  f.previous = "4,000";
  ASSERT_OK(store->ReplaceArticleFigures(1, *id, {f}));
  Result<std::vector<StoryFigure>> figures = store->ListFigures(1);
  ASSERT_OK(figures);
  ASSERT_EQ(figures->size(), 1u);
  EXPECT_EQ((*figures)[0].previous, "4,000");
}

TEST_P(StoreFrontier, ARefetchIsDueAtItsTimeAndASitemapChangeMakesItDueNow) {
  auto store = OpenFresh();
  Result<int64_t> id = store->InsertArticle(MakeArticle("a"));
  ASSERT_OK(id);
  FrontierEntry e = Url("https://example.com/a", UrlState::kFetched, 1, "2026-02-16T10:00:00Z");
  e.article_id = *id;
  e.checked_at = "2026-02-15T10:00:00Z";
  ASSERT_OK(store->UpsertUrl(e));
  FrontierEntry done = Url("https://example.com/b", UrlState::kFetched, 1);  // no re-fetch planned
  done.article_id = *id;
  done.checked_at = e.checked_at;
  ASSERT_OK(store->UpsertUrl(done));
  EXPECT_EQ((*store->GetUrl(e.url))->checked_at, e.checked_at);
  EXPECT_TRUE(store->ListDueUrls("2026-02-16T09:59:59Z", 10)->empty());
  Result<std::vector<FrontierEntry>> due = store->ListDueUrls("2026-02-16T10:00:00Z", 10);
  ASSERT_OK(due);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].url, e.url);

  // A lastmod before the last response changes nothing; one after it makes the URL due.
  EXPECT_FALSE(*store->MarkChangedSince(done.url, "2026-02-15T09:00:00Z", "2026-02-15T12:00:00Z"));
  EXPECT_TRUE(*store->MarkChangedSince(done.url, "2026-02-15T11:00:00Z", "2026-02-15T12:00:00Z"));
  EXPECT_EQ((*store->GetUrl(done.url))->next_attempt_at, "2026-02-15T12:00:00Z");
  // Never later than a re-fetch already planned; never for a URL with no article.
  EXPECT_FALSE(*store->MarkChangedSince(e.url, "2026-02-15T11:00:00Z", "2026-02-17T00:00:00Z"));
  ASSERT_OK(store->UpsertUrl(Url("https://example.com/pending")));
  EXPECT_FALSE(*store->MarkChangedSince("https://example.com/pending", "2027-01-01", "2026-02-15"));
}

std::vector<std::string> UrlsOf(const std::vector<FrontierEntry>& entries) {
  std::vector<std::string> urls;
  for (const FrontierEntry& e : entries) urls.push_back(e.url);
  return urls;
}

// docs/scale.md, shared frontier: a URL is leased to one worker at a time; another worker
// sees it held until the lease ends, and a lease past its time is free to claim.
TEST_P(StoreFrontier, ClaimsDueUrlsForOneWorkerUntilTheLeaseEnds) {
  auto store = OpenFresh();
  ASSERT_OK(store->UpsertUrl(Url("u1")));
  ASSERT_OK(store->UpsertUrl(Url("u2", UrlState::kFetched)));  // final
  ASSERT_OK(store->UpsertUrl(Url("u3", UrlState::kFailed, 1, "2026-01-01T00:00:30Z")));
  ASSERT_OK(store->UpsertUrl(Url("u4")));
  const std::vector<std::string> asked = {"u4", "u2", "u3", "u1", "not-in-frontier"};
  const std::string t0 = "2026-01-01T00:00:00Z";
  const std::string until = "2026-01-01T00:01:00Z";

  Result<UrlClaim> a = store->ClaimUrls(asked, "worker-a", t0, until);
  ASSERT_OK(a);
  EXPECT_EQ(UrlsOf(a->claimed), (std::vector<std::string>{"u4", "u1"}));  // in the order asked
  EXPECT_TRUE(a->held.empty());  // u3's retry time has not come; u2 is final

  // Another worker finds them held; the one holding them may claim them again.
  Result<UrlClaim> b = store->ClaimUrls(asked, "worker-b", "2026-01-01T00:00:40Z", until);
  ASSERT_OK(b);
  EXPECT_EQ(UrlsOf(b->claimed), (std::vector<std::string>{"u3"}));  // due at :30
  EXPECT_EQ(b->held, (std::vector<std::string>{"u4", "u1"}));
  EXPECT_EQ(UrlsOf(store->ClaimUrls({"u1"}, "worker-a", t0, until)->claimed),
            (std::vector<std::string>{"u1"}));

  // worker-a stops renewing (it died): at the end of its lease the URLs are free.
  Result<UrlClaim> late = store->ClaimUrls(asked, "worker-b", until, "2026-01-01T00:02:00Z");
  ASSERT_OK(late);
  EXPECT_EQ(UrlsOf(late->claimed), (std::vector<std::string>{"u4", "u3", "u1"}));
}

TEST_P(StoreFrontier, WritingAStateEndsTheLeaseAndExtendingMovesItsEnd) {
  auto store = OpenFresh();
  for (const char* url : {"u1", "u2", "u3"}) ASSERT_OK(store->UpsertUrl(Url(url)));
  const std::string t0 = "2026-01-01T00:00:00Z";
  ASSERT_EQ(store->ClaimUrls({"u1", "u2", "u3"}, "a", t0, "2026-01-01T00:01:00Z")->claimed.size(),
            3u);
  ASSERT_OK(store->UpsertUrl(Url("u1", UrlState::kPending, 1)));  // written back, still due
  Result<UrlClaim> b = store->ClaimUrls({"u1", "u2", "u3"}, "b", t0, "2026-01-01T00:01:00Z");
  EXPECT_EQ(UrlsOf(b->claimed), (std::vector<std::string>{"u1"}));

  // a renews its two leases past the old end; b holds u1.
  Result<int64_t> renewed = store->ExtendLeases("a", "2026-01-01T00:05:00Z");
  ASSERT_OK(renewed);
  EXPECT_EQ(*renewed, 2);
  b = store->ClaimUrls({"u2", "u3"}, "b", "2026-01-01T00:02:00Z", "2026-01-01T00:03:00Z");
  EXPECT_TRUE(b->claimed.empty());
  EXPECT_EQ(b->held, (std::vector<std::string>{"u2", "u3"}));
  // Ending them frees the URLs at once.
  EXPECT_EQ(*store->ExtendLeases("a", ""), 2);
  b = store->ClaimUrls({"u2", "u3"}, "b", "2026-01-01T00:02:00Z", "2026-01-01T00:03:00Z");
  EXPECT_EQ(UrlsOf(b->claimed), (std::vector<std::string>{"u2", "u3"}));
  EXPECT_EQ(*store->ExtendLeases("a", "2026-01-01T00:09:00Z"), 0);
}

// docs/scale.md, per-host politeness across workers: a request to a host starts only when
// none started within the delay; the others learn how long to wait.
TEST_P(StoreFrontier, AHostRequestStartsOnlyADelayAfterTheLastOne) {
  auto store = OpenFresh();
  const std::string host = "https://news.example";
  EXPECT_EQ(*store->TryStartHostRequest(host, 10'000, 1'000), 0);  // first: at once
  EXPECT_EQ(*store->TryStartHostRequest(host, 10'250, 1'000), 750);
  EXPECT_EQ(*store->TryStartHostRequest(host, 10'999, 1'000), 1);
  EXPECT_EQ(*store->TryStartHostRequest("https://other.example", 10'999, 1'000), 0);
  EXPECT_EQ(*store->TryStartHostRequest(host, 11'000, 1'000), 0);  // recorded at 11,000
  EXPECT_EQ(*store->TryStartHostRequest(host, 11'500, 1'000), 500);
  EXPECT_EQ(*store->TryStartHostRequest(host, 11'500, 200), 0);  // a shorter delay (another
                                                                 // worker's configuration)
}

// docs/scale.md, per-host concurrency across workers: a host has `slots` request slots,
// each held by one worker's request until released or its lease runs out.
TEST_P(StoreFrontier, HostSlotsBoundRequestsInFlightAcrossWorkers) {
  auto store = OpenFresh();
  const std::string host = "https://news.example:443";
  auto take = [&](const std::string& worker, int64_t now_ms) {
    Result<std::optional<int>> slot =
        store->TryTakeHostSlot(host, worker, 2, now_ms, now_ms + 60'000);
    EXPECT_OK(slot);
    return slot.ok() && slot->has_value() ? **slot : -1;
  };
  EXPECT_EQ(take("w1", 1'000), 0);
  EXPECT_EQ(take("w2", 1'000), 1);
  EXPECT_EQ(take("w3", 1'000), -1);  // both in flight
  EXPECT_EQ(take("w1", 1'000), -1);  // whoever asks
  EXPECT_EQ(*store->TryTakeHostSlot("https://other.example:443", "w3", 2, 1'000, 61'000), 0);

  ASSERT_OK(store->ReleaseHostSlot(host, 0, "w2"));  // not its slot: nothing
  EXPECT_EQ(take("w3", 2'000), -1);
  ASSERT_OK(store->ReleaseHostSlot(host, 0, "w1"));
  EXPECT_EQ(take("w3", 2'000), 0);
  // A worker configured for one request at a time asks for slot 0 only: w3's.
  EXPECT_FALSE(store->TryTakeHostSlot(host, "w4", 1, 2'000, 62'000)->has_value());

  // w2 died: its slot is free when its lease ran out; w3 renewed its own.
  EXPECT_EQ(*store->ExtendHostClaims("w3", 120'000), 2);  // its slots on both hosts
  EXPECT_EQ(take("w4", 61'000), 1);
  EXPECT_EQ(take("w5", 61'000), -1);
  // Ending a worker's slots frees them at once.
  EXPECT_EQ(*store->ExtendHostClaims("w3", 0), 2);
  EXPECT_EQ(take("w5", 62'000), 0);
}

// More URLs than one claim statement takes (32): every one is claimed, in order.
TEST_P(StoreFrontier, ClaimsLongListsInBatches) {
  auto store = OpenFresh();
  std::vector<std::string> urls;
  for (int i = 0; i < 70; ++i) {
    urls.push_back("https://example.com/" + std::to_string(i));
    ASSERT_OK(store->UpsertUrl(Url(urls.back())));
  }
  Result<UrlClaim> c = store->ClaimUrls(urls, "a", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z");
  ASSERT_OK(c);
  EXPECT_EQ(UrlsOf(c->claimed), urls);
}

// Rows another transaction has locked (here: claimed inside a transaction not committed
// yet) are passed over at once (FOR UPDATE SKIP LOCKED), not waited for.
class StorePostgresFrontier : public BackendTest {};
INSTANTIATE_TEST_SUITE_P(Backends, StorePostgresFrontier, ::testing::Values(Backend::kPostgres),
                         BackendName);

TEST_P(StorePostgresFrontier, ClaimsPassOverRowsAnotherConnectionHolds) {
  auto first = OpenFresh();
  ASSERT_NE(first, nullptr);
  auto second = ConnectAgain();
  ASSERT_NE(second, nullptr);
  for (const char* url : {"u1", "u2"}) ASSERT_OK(first->UpsertUrl(Url(url)));
  const std::string t0 = "2026-01-01T00:00:00Z";
  const std::string until = "2026-01-01T00:01:00Z";
  {
    Store::Transaction txn(*first);
    ASSERT_OK(txn.status());
    ASSERT_EQ(UrlsOf(first->ClaimUrls({"u1"}, "a", t0, until)->claimed),
              (std::vector<std::string>{"u1"}));
    // A claim that waited for the lock would return only after the commit below: it runs
    // on its own thread, and the test fails (instead of hanging) when it has not returned
    // within a bound no passing run comes near (it answers in milliseconds).
    std::future<Result<UrlClaim>> pending = std::async(std::launch::async, [&] {
      return second->ClaimUrls({"u1", "u2"}, "b", t0, until);
    });
    const bool passed_over =
        pending.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
    EXPECT_TRUE(passed_over) << "the claim waited for the row the transaction holds";
    ASSERT_OK(txn.Commit());
    Result<UrlClaim> b = pending.get();
    ASSERT_OK(b);
    if (passed_over) {
      EXPECT_EQ(UrlsOf(b->claimed), (std::vector<std::string>{"u2"}));
      EXPECT_EQ(b->held, (std::vector<std::string>{"u1"}));  // being claimed: ask again later
    }
  }
  EXPECT_EQ(second->ClaimUrls({"u1"}, "b", t0, until)->held, (std::vector<std::string>{"u1"}));
}

// One connection at a time holds the story assigner's role; a rolled-back transaction keeps
// it, giving it up or the end of the session (a dead process) frees it.
TEST_P(StorePostgresFrontier, OneConnectionIsTheStoryAssignerUntilItsSessionEnds) {
  auto first = OpenFresh();
  ASSERT_NE(first, nullptr);
  auto second = ConnectAgain();
  ASSERT_NE(second, nullptr);
  {
    Store::Transaction txn(*first);
    ASSERT_OK(txn.status());
    EXPECT_TRUE(*first->TryBecomeStoryAssigner());
  }  // rolled back
  EXPECT_FALSE(*second->TryBecomeStoryAssigner());
  ASSERT_OK(first->ReleaseStoryAssigner());
  EXPECT_TRUE(*second->TryBecomeStoryAssigner());
  EXPECT_FALSE(*first->TryBecomeStoryAssigner());
  second.reset();  // the holder's session ends
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  bool taken = false;
  while (!(taken = *first->TryBecomeStoryAssigner()) &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));  // the server ends it soon after
  }
  EXPECT_TRUE(taken);
  // Another store's schema in the same database has a role of its own.
  auto other = OpenFresh();
  ASSERT_NE(other, nullptr);
  EXPECT_TRUE(*other->TryBecomeStoryAssigner());
}

// v8 (revisions) from a v7 database: the articles, figures and frontier stay, with no
// revisions, no revision count and no re-fetch time.
TEST(StoreMigrations, MigratesAVersionSevenDatabaseToRevisions) {
  TempDir dir;
  std::string path = dir.File("v7.db");
  int64_t id = 0;
  {
    auto v7 = internal::OpenStoreAtVersion(path, {}, 7);
    ASSERT_OK(v7);
    Article a = MakeArticle("kept");
    a.story_id = 1;
    Result<int64_t> inserted = (*v7)->InsertArticle(a);
    ASSERT_OK(inserted);
    id = *inserted;
  }
  {
    // A v7 figure and frontier row, written with v7's columns.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    const std::string sql =
        "INSERT INTO story_figures (story_id, article_id, value, text, unit) VALUES (1, " +
        std::to_string(id) +
        ", 4000, '4,000', 'detainees'); "
        "INSERT INTO urls (url, state, article_id) VALUES ('https://example.com/kept', "
        "'fetched', " +
        std::to_string(id) + ")";
    ASSERT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), Store::LatestSchemaVersion());
  Result<std::optional<Article>> kept = store->GetArticle(id);
  ASSERT_OK(kept);
  ASSERT_TRUE(kept->has_value());
  EXPECT_EQ((*kept)->title, "Title kept");
  EXPECT_EQ((*kept)->revision_count, 0);
  EXPECT_EQ((*kept)->gone, "");
  EXPECT_TRUE(store->ListRevisions({.article_id = id})->empty());
  Result<std::vector<StoryFigure>> figures = store->ListFigures(1);
  ASSERT_OK(figures);
  ASSERT_EQ(figures->size(), 1u);
  EXPECT_EQ((*figures)[0].previous, "");
  Result<std::optional<FrontierEntry>> url = store->GetUrl("https://example.com/kept");
  ASSERT_OK(url);
  ASSERT_TRUE(url->has_value());
  EXPECT_EQ((*url)->checked_at, "2026-02-15T10:00:00Z");                 // the article's fetched_at
  EXPECT_TRUE(store->ListDueUrls("2999-01-01T00:00:00Z", 10)->empty());  // no re-fetch planned
  EXPECT_OK(store->CheckIntegrity());
}

TEST_P(StoreRuns, BeginFinishAndListNewestFirst) {
  auto store = OpenFresh();
  int64_t first = *store->BeginRun("samples");
  int64_t second = *store->BeginRun("ingest");
  ASSERT_OK(store->FinishRun(first, "ok", {{"fetched", 9}, {"stored", 8}, {"duplicate", 1}}, {}));
  EXPECT_TRUE(store->FinishRun(999, "ok", {}, {}).IsNotFound());
  auto runs = store->ListRuns(-1);
  ASSERT_OK(runs);
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].id, second);
  EXPECT_EQ((*runs)[0].status, "running");
  EXPECT_EQ((*runs)[0].finished_at, "");
  EXPECT_EQ((*runs)[1].status, "ok");
  EXPECT_FALSE((*runs)[1].finished_at.empty());
  // Outcome order is kept as given.
  EXPECT_EQ((*runs)[1].counts, (std::vector<std::pair<std::string, int64_t>>{
                                   {"fetched", 9}, {"stored", 8}, {"duplicate", 1}}));
  EXPECT_EQ(store->ListRuns(1)->size(), 1u);
}

// A run left "running" by a process that was killed is marked "killed" by the next writer
// (on SQLite one holding the store's lock, which this test stands for; on PostgreSQL any
// connection, once the run's own has ended); finished runs keep their status.
TEST_P(StoreRuns, RunsLeftRunningAreMarkedKilled) {
  auto store = OpenFresh();
  int64_t finished = *store->BeginRun("ingest");
  ASSERT_OK(store->FinishRun(finished, "interrupted", {}, {}));
  std::unique_ptr<Store> owner;
  if (GetParam() == Backend::kPostgres) owner = ConnectAgain();
  int64_t killed = *(owner ? *owner : *store).BeginRun("import");
  owner.reset();  // its connection ends without finishing the run
  // The server ends the owner's session (and drops its locks) moments after it closed.
  Result<int64_t> marked = int64_t{0};
  EXPECT_TRUE(testing::WaitFor(
      [&] {
        marked = store->MarkRunsKilled();
        return !marked.ok() || *marked > 0;
      },
      std::chrono::seconds(10)));
  ASSERT_OK(marked);
  EXPECT_EQ(*marked, 1);
  auto runs = store->ListRuns(-1);
  ASSERT_OK(runs);
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].id, killed);
  EXPECT_EQ((*runs)[0].status, "killed");
  EXPECT_EQ((*runs)[0].finished_at, "");
  EXPECT_EQ((*runs)[1].status, "interrupted");
  EXPECT_EQ(*store->MarkRunsKilled(), 0);
}

// SQLite's runs are one writer's (the store's lock), so only PostgreSQL tells owners apart.
class StorePostgresRuns : public BackendTest {};
INSTANTIATE_TEST_SUITE_P(Backends, StorePostgresRuns, ::testing::Values(Backend::kPostgres),
                         BackendName);

// PostgreSQL, workers sharing the database: a run is marked (and listed) "killed" once its
// owner's connection has ended, never while it lives: not by another worker, not by its
// own connection, not after a rolled-back transaction. A read-only connection lists an
// abandoned run as killed before any writer marks it.
TEST_P(StorePostgresRuns, AWorkersRunIsKilledOnlyOnceItsConnectionEnded) {
  auto worker = OpenFresh();
  auto other = ConnectAgain();
  auto reader = ConnectAgain(ReadOnly());
  auto status_of = [](Store& store, int64_t id) {
    Result<std::vector<RunRecord>> runs = store.ListRuns(-1);
    EXPECT_OK(runs);
    for (const RunRecord& r : runs.ok() ? *runs : std::vector<RunRecord>()) {
      if (r.id == id) return r.status;
    }
    return std::string("(no run)");
  };
  int64_t live = *worker->BeginRun("ingest");
  {
    Store::Transaction txn(*worker);
    ASSERT_OK(txn.status());
    EXPECT_EQ(*worker->CountArticles(), 0);
  }  // rolled back
  EXPECT_EQ(*other->MarkRunsKilled(), 0);
  EXPECT_EQ(*worker->MarkRunsKilled(), 0);
  EXPECT_EQ(status_of(*reader, live), "running");
  EXPECT_EQ(status_of(*other, live), "running");

  int64_t dead = *other->BeginRun("crawl");
  EXPECT_EQ(status_of(*reader, dead), "running");
  other.reset();
  EXPECT_TRUE(testing::WaitFor([&] { return status_of(*reader, dead) == "killed"; },
                               std::chrono::seconds(10)));  // listed so...
  EXPECT_EQ(status_of(*worker, dead), "killed");
  EXPECT_EQ(*worker->MarkRunsKilled(), 1);  // ...and then written
  EXPECT_EQ(*worker->MarkRunsKilled(), 0);
  EXPECT_EQ(status_of(*reader, dead), "killed");
  EXPECT_EQ(status_of(*reader, live), "running");

  // Finishing gives the run up: its status stays the one written.
  ASSERT_OK(worker->FinishRun(live, "ok", {}, {}));
  worker.reset();
  auto later = ConnectAgain();
  EXPECT_EQ(*later->MarkRunsKilled(), 0);
  EXPECT_EQ(status_of(*later, live), "ok");
}

TEST_P(StoreRobotsAndSources, PutGetReplace) {
  auto store = OpenFresh();
  EXPECT_FALSE(store->GetRobots("https://a.com")->has_value());
  ASSERT_OK(store->PutRobots({"https://a.com", 200, "User-agent: *\nDisallow: /x\n",
                              "2026-02-14T00:00:00Z", "2026-02-15T00:00:00Z"}));
  ASSERT_OK(
      store->PutRobots({"https://a.com", 404, "", "2026-02-16T00:00:00Z", "2026-02-17T00:00:00Z"}));
  auto robots = store->GetRobots("https://a.com");
  ASSERT_TRUE(robots->has_value());
  EXPECT_EQ((*robots)->http_status, 404);
  EXPECT_EQ((*robots)->expires_at, "2026-02-17T00:00:00Z");

  ASSERT_OK(store->PutSource({"https://a.com/feed", "2026-02-14T00:00:00Z", "\"e\"", ""}));
  auto src = store->GetSource("https://a.com/feed");
  ASSERT_TRUE(src->has_value());
  EXPECT_EQ((*src)->etag, "\"e\"");
  EXPECT_FALSE(store->GetSource("https://b.com/feed")->has_value());
}

// Store::ClaimSource: one worker per source and interval; the last claimant may claim
// again on its own schedule; the source's validators are kept apart from the claim.
TEST_P(StoreRobotsAndSources, ClaimSourceOncePerInterval) {
  auto store = OpenFresh();
  const std::string feed = "https://a.com/feed";
  constexpr int64_t kMinute = 60'000;
  EXPECT_TRUE(*store->ClaimSource(feed, "w1", 1'000, 1'000 + kMinute));   // first: a new row
  EXPECT_FALSE(*store->ClaimSource(feed, "w2", 2'000, 2'000 + kMinute));  // not due yet
  EXPECT_TRUE(*store->ClaimSource(feed, "w1", 3'000, 3'000 + kMinute));   // its own
  EXPECT_FALSE(*store->ClaimSource(feed, "w2", 62'999, 62'999 + kMinute));
  EXPECT_TRUE(*store->ClaimSource(feed, "w2", 63'000, 63'000 + kMinute));  // due: taken over
  EXPECT_FALSE(*store->ClaimSource(feed, "w1", 64'000, 64'000 + kMinute));
  EXPECT_TRUE(*store->ClaimSource("https://a.com/sitemap.xml", "w1", 64'000, 64'000 + kMinute));

  // Validators written by discovery leave the claim as it is, and the other way round.
  ASSERT_OK(store->PutSource({feed, "2026-02-14T00:00:00Z", "\"e\"", ""}));
  EXPECT_FALSE(*store->ClaimSource(feed, "w1", 65'000, 65'000 + kMinute));
  auto src = store->GetSource(feed);
  ASSERT_TRUE(src->has_value());
  EXPECT_EQ((*src)->etag, "\"e\"");
}

// docs/scale.md, robots.txt across workers: one worker per TTL fetches a host's
// robots.txt; the others find its answer, or wait while its claim lasts.
TEST_P(StoreRobotsAndSources, RobotsFetchIsClaimedByOneWorkerPerTtl) {
  auto store = OpenFresh();
  const std::string host = "https://a.com:443";
  const std::string day1 = "2026-02-14T00:00:00Z";  // answers fetched before it are stale
  EXPECT_TRUE(*store->ClaimRobotsFetch(host, "w1", day1, 1'000, 61'000));  // a new row
  auto row = store->GetRobots(host);
  ASSERT_OK(row);
  ASSERT_TRUE(row->has_value());
  EXPECT_EQ((*row)->http_status, 0);  // a claim, no answer
  EXPECT_EQ((*row)->fetched_at, "");
  EXPECT_FALSE(*store->ClaimRobotsFetch(host, "w2", day1, 2'000, 62'000));  // w1 is at it
  EXPECT_TRUE(*store->ClaimRobotsFetch(host, "w1", day1, 3'000, 63'000));   // its own

  // The answer ends the claim; while it is fresh nobody claims, its fetcher neither.
  ASSERT_OK(store->PutRobots({host, 200, "User-agent: *\n", day1, "2026-02-15T00:00:00Z"}));
  EXPECT_FALSE(*store->ClaimRobotsFetch(host, "w2", day1, 4'000, 64'000));
  EXPECT_FALSE(*store->ClaimRobotsFetch(host, "w1", day1, 4'000, 64'000));
  // A TTL later it is stale: the first worker to ask fetches it again.
  const std::string day2 = "2026-02-15T00:00:01Z";
  EXPECT_TRUE(*store->ClaimRobotsFetch(host, "w2", day2, 5'000, 65'000));
  EXPECT_FALSE(*store->ClaimRobotsFetch(host, "w1", day2, 6'000, 66'000));
  EXPECT_EQ((*store->GetRobots(host))->body, "User-agent: *\n");  // kept meanwhile

  // A claim that ran out (its worker died) goes to the next; one renewed does not.
  EXPECT_TRUE(*store->ClaimRobotsFetch(host, "w1", day2, 65'000, 125'000));
  EXPECT_EQ(*store->ExtendHostClaims("w1", 200'000), 1);
  EXPECT_FALSE(*store->ClaimRobotsFetch(host, "w3", day2, 150'000, 210'000));
  // Given up without an answer (robots.txt unreachable): free at once.
  ASSERT_OK(store->ReleaseRobotsClaim(host, "w3"));  // not its claim: nothing
  EXPECT_FALSE(*store->ClaimRobotsFetch(host, "w3", day2, 151'000, 211'000));
  ASSERT_OK(store->ReleaseRobotsClaim(host, "w1"));
  EXPECT_TRUE(*store->ClaimRobotsFetch(host, "w3", day2, 152'000, 212'000));
  EXPECT_EQ(*store->ExtendHostClaims("w3", 0), 1);  // ended
  EXPECT_TRUE(*store->ClaimRobotsFetch(host, "w1", day2, 153'000, 213'000));
}

TEST_P(StoreSearch, FindsWordsInTitleAndTextWithSnippets) {
  auto store = OpenFresh();
  Article iraq = MakeArticle("iraq");
  iraq.title = "Iraq takes custody of ISIS detainees";
  iraq.text = "Baghdad said 4,583 detainees were moved from Syria.";
  Article weather = MakeArticle("weather");
  weather.title = "Storm warning";
  weather.text = "Heavy rain is expected; detainees unrelated.";
  Article hebrew = MakeArticle("hebrew");
  hebrew.title = "סערה בצפון";
  hebrew.text = "גשם כבד צפוי בצפון הארץ";
  int64_t iraq_id = *store->InsertArticle(iraq);
  int64_t weather_id = *store->InsertArticle(weather);
  int64_t hebrew_id = *store->InsertArticle(hebrew);

  auto hits = store->Search("detainees", 10);
  ASSERT_OK(hits);
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[0].article_id, iraq_id);  // title hit ranks first
  EXPECT_EQ((*hits)[0].url, "https://example.com/iraq");
  EXPECT_NE((*hits)[0].snippet.find("[detainees]"), std::string::npos) << (*hits)[0].snippet;

  auto he = store->Search("בצפון", 10);
  ASSERT_OK(he);
  ASSERT_EQ(he->size(), 1u);
  EXPECT_EQ((*he)[0].article_id, hebrew_id);

  // Punctuation in plain queries is not FTS5 syntax; prefixes and OR work.
  EXPECT_EQ(store->Search("Iraq's", 10)->size(), 0u);
  EXPECT_OK(store->Search("\"unbalanced ( NOT", 10));
  EXPECT_EQ(store->Search("Bagh*", 10)->size(), 1u);
  EXPECT_EQ(store->Search("storm OR baghdad", 10)->size(), 2u);
  EXPECT_EQ(store->Search("storm baghdad", 10)->size(), 0u);
  EXPECT_TRUE(store->Search("   ", 10).status().IsInvalidArgument());
  // A NUL would end FTS5's query text early: it separates words instead.
  EXPECT_EQ(store->Search(std::string("Bagh*\0custody", 14), 10)->size(), 1u);
  EXPECT_TRUE(store->Search("\"unbalanced", 10, true).status().IsInvalidArgument());

  // The index follows updates of title and text (triggers).
  Article changed = **store->GetArticle(weather_id);
  changed.text = "Sunny all week.";
  ASSERT_OK(store->UpdateArticle(changed));
  EXPECT_EQ(store->Search("detainees", 10)->size(), 1u);
  EXPECT_EQ(store->Search("sunny", 10)->size(), 1u);
  // ...and ignores updates of other columns.
  ASSERT_OK(store->SetArticleStory(iraq_id, 3, 0));
  EXPECT_EQ(store->Search("detainees", 10)->size(), 1u);
}

TEST(StoreMigrations, IndexesArticlesStoredBeforeTheSearchIndexExisted) {
  TempDir dir;
  std::string path = dir.File("v1.db");
  {
    auto v1 = internal::OpenStoreAtVersion(path, {}, 1);
    ASSERT_OK(v1);
  }
  Article old = MakeArticle("old");
  old.text = "archived detainees story";
  InsertVersionOneRow(path, old);
  auto store = OpenOrDie(path);
  auto hits = store->Search("archived", 10);
  ASSERT_OK(hits);
  EXPECT_EQ(hits->size(), 1u);
  ASSERT_OK(store->InsertArticle(StoryArticle("new", 1, "a.com", "en", "2026-01-01")));
  EXPECT_OK(store->UpsertStory(1, ""));  // v2 tables exist
}

TEST(StoreFile, ReaderSeesOnlyCommittedBatchesWhileWriterWrites) {
  TempDir dir;
  std::string path = dir.File("wal.db");
  auto writer = OpenOrDie(path);
  ASSERT_NE(writer, nullptr);
  auto reader = OpenOrDie(path, ReadOnly());
  ASSERT_NE(reader, nullptr);
  constexpr int kBatches = 20;
  constexpr int kBatchSize = 25;
  std::atomic<bool> done{false};
  std::atomic<int> bad_counts{0};
  std::atomic<int> reads{0};
  std::thread read_thread([&] {
    while (!done.load()) {
      Result<int64_t> n = reader->CountArticles();
      // WAL: a reader never blocks and never sees half a batch.
      if (!n.ok() || *n % kBatchSize != 0) bad_counts.fetch_add(1);
      reads.fetch_add(1);
    }
  });
  for (int b = 0; b < kBatches; ++b) {
    Store::Transaction txn(*writer);
    ASSERT_OK(txn.status());
    for (int i = 0; i < kBatchSize; ++i) {
      ASSERT_OK(writer->InsertArticle(MakeArticle(std::to_string(b) + "-" + std::to_string(i))));
    }
    ASSERT_OK(txn.Commit());
  }
  // Let the reader observe the final state at least once.
  int seen = reads.load();
  while (reads.load() < seen + 2) std::this_thread::yield();
  done = true;
  read_thread.join();
  EXPECT_EQ(bad_counts.load(), 0);
  EXPECT_EQ(*reader->CountArticles(), kBatches * kBatchSize);
}

// A strict RFC 4180 reader for the tests: records of fields, CRLF between records.
std::vector<std::vector<std::string>> ParseCsv(const std::string& in) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  size_t i = 0;
  bool quoted = false;
  while (i < in.size()) {
    char c = in[i];
    if (quoted) {
      if (c == '"' && i + 1 < in.size() && in[i + 1] == '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      ++i;
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < in.size() && in[i + 1] == '\n') {
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes at byte " << i;
      EXPECT_NE(c, '"') << "quote inside an unquoted field at byte " << i;
      field += c;
    }
    ++i;
  }
  EXPECT_TRUE(field.empty() && record.empty()) << "last record not CRLF-terminated";
  return records;
}

const std::vector<std::string> kArticleExportFields = {"id",
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

std::unique_ptr<Store> StoreWithTrickyArticles(int64_t* tricky_id) {
  auto store = OpenOrDie(":memory:");
  Article plain = StoryArticle("plain", 1, "a.com", "en", "2026-02-14");
  int64_t plain_id = *store->InsertArticle(plain);
  Article tricky = MakeArticle("tricky");
  tricky.title = "Quote \"this\", then, commas";
  tricky.title_language = "yi";
  tricky.published_raw = "כ\"ז שבט תשפ\"ו";
  tricky.calendar = "hebrew";
  tricky.text = "Line one\r\nLine two\nLine \"three\"\t\\ end";
  tricky.duplicate_of = plain_id;
  tricky.story_id = 1;
  *tricky_id = *store->InsertArticle(tricky);
  return store;
}

TEST(Export, JsonlHasEveryContractFieldPerArticle) {
  int64_t tricky_id = 0;
  auto store = StoreWithTrickyArticles(&tricky_id);
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kJsonl, out));
  std::istringstream lines(out.str());
  std::vector<nlohmann::ordered_json> objects;
  for (std::string line; std::getline(lines, line);) {
    objects.push_back(nlohmann::ordered_json::parse(line));
  }
  ASSERT_EQ(objects.size(), 2u);
  for (const auto& o : objects) {
    std::vector<std::string> keys;
    for (auto it = o.begin(); it != o.end(); ++it) keys.push_back(it.key());
    EXPECT_EQ(keys, kArticleExportFields);
  }
  EXPECT_EQ(objects[0]["story_id"], 1);
  EXPECT_TRUE(objects[0]["duplicate_of"].is_null());
  EXPECT_EQ(objects[0]["canonical_url"], "https://example.com/plain");
  const auto& t = objects[1];
  EXPECT_EQ(t["id"], tricky_id);
  EXPECT_EQ(t["title"], "Quote \"this\", then, commas");
  EXPECT_EQ(t["text"], "Line one\r\nLine two\nLine \"three\"\t\\ end");
  EXPECT_EQ(t["published_raw"], "כ\"ז שבט תשפ\"ו");
  EXPECT_EQ(t["title_language"], "yi");
  EXPECT_EQ(t["duplicate_of"], objects[0]["id"]);
}

TEST(Export, JsonlReplacesInvalidUtf8InsteadOfFailing) {
  auto store = OpenOrDie(":memory:");
  Article a = MakeArticle("bad");
  a.text = std::string("ok \xff\xfe end");
  ASSERT_OK(store->InsertArticle(a));
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kJsonl, out));
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["text"], "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
}

TEST(Export, CsvFollowsRfc4180) {
  int64_t tricky_id = 0;
  auto store = StoreWithTrickyArticles(&tricky_id);
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kCsv, out));
  auto records = ParseCsv(out.str());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0], kArticleExportFields);  // RFC 4180 §2 (3): header line
  const auto& t = records[2];
  ASSERT_EQ(t.size(), kArticleExportFields.size());
  EXPECT_EQ(t[0], std::to_string(tricky_id));
  EXPECT_EQ(t[3], "Quote \"this\", then, commas");                   // §2 (6), (7)
  EXPECT_EQ(t[18], "Line one\r\nLine two\nLine \"three\"\t\\ end");  // §2 (6): CRLF inside
  EXPECT_EQ(records[1][16], "1");                                    // story_id
  EXPECT_EQ(records[1][17], "");                                     // no duplicate_of
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
}

// An article with two other URLs (exact duplicates, recorded as aliases) and one without.
std::unique_ptr<Store> StoreWithAliases() {
  auto store = OpenOrDie(":memory:");
  int64_t id = *store->InsertArticle(MakeArticle("one"));
  EXPECT_OK(store->AddAlias("https://m.example.com/one", id));
  EXPECT_OK(store->AddAlias("https://example.com/one?page=1,2&q=a b", id));
  EXPECT_OK(store->InsertArticle(MakeArticle("two")));
  return store;
}

TEST(Export, JsonlListsEachArticlesAliases) {
  auto store = StoreWithAliases();
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kJsonl, out));
  std::istringstream lines(out.str());
  std::vector<nlohmann::json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 2u);
  EXPECT_EQ(objects[0]["aliases"], nlohmann::json({"https://m.example.com/one",
                                                   "https://example.com/one?page=1,2&q=a b"}));
  EXPECT_EQ(objects[1]["aliases"], nlohmann::json::array());
}

TEST(Export, CsvJoinsEachArticlesAliasesWithSpaces) {
  auto store = StoreWithAliases();
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kCsv, out));
  EXPECT_NE(out.str().find(
                ",\"https://m.example.com/one https://example.com/one?page=1,2&q=a%20b\",0,\r\n"),
            std::string::npos)
      << "the aliases column is quoted (it holds a comma)";
  auto records = ParseCsv(out.str());
  ASSERT_EQ(records.size(), 3u);
  const size_t aliases =
      std::find(records[0].begin(), records[0].end(), "aliases") - records[0].begin();
  ASSERT_LT(aliases, records[0].size());
  EXPECT_EQ(records[1][aliases],
            "https://m.example.com/one https://example.com/one?page=1,2&q=a%20b");
  EXPECT_EQ(records[2][aliases], "");
}

TEST(Export, StoriesWithArticlesAndFigures) {
  auto store = OpenOrDie(":memory:");
  int64_t a = *store->InsertArticle(StoryArticle("a", 5, "a.com", "en", "2026-02-14"));
  int64_t b = *store->InsertArticle(StoryArticle("b", 5, "b.com", "yi", "2026-02-13"));
  ASSERT_OK(store->InsertArticle(StoryArticle("c", 6, "c.com", "he", "2026-03-01")));
  ASSERT_OK(store->UpsertStory(5, "Detainees moved"));
  ASSERT_OK(store->UpsertStory(6, ""));
  StoryFigure f;
  f.unit = "detainees";
  f.value = 4000;
  f.text = "4,000";
  ASSERT_OK(store->ReplaceArticleFigures(5, a, {f}));
  f.value = 5700;
  f.text = "5,700";
  ASSERT_OK(store->ReplaceArticleFigures(5, b, {f}));

  std::ostringstream out;
  ExportOptions stories;
  stories.stories = true;
  ASSERT_OK(Export(*store, ExportFormat::kJsonl, out, stories));
  std::istringstream lines(out.str());
  std::vector<nlohmann::json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 2u);
  EXPECT_EQ(objects[0]["id"], 6);  // newest first
  const auto& s = objects[1];
  EXPECT_EQ(s["title"], "Detainees moved");
  EXPECT_EQ(s["article_count"], 2);
  EXPECT_EQ(s["first_published"], "2026-02-13");
  EXPECT_EQ(s["languages"], nlohmann::json({"en", "yi"}));
  EXPECT_EQ(s["outlets"], nlohmann::json({"a.com", "b.com"}));
  ASSERT_EQ(s["articles"].size(), 2u);
  EXPECT_EQ(s["articles"][0]["id"], b);  // oldest published first
  ASSERT_EQ(s["figures"].size(), 2u);
  EXPECT_EQ(s["figures"][1]["text"], "5,700");
  EXPECT_EQ(s["figures"][1]["site"], "b.com");

  std::ostringstream csv;
  ASSERT_OK(Export(*store, ExportFormat::kCsv, csv, stories));
  auto records = ParseCsv(csv.str());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0][0], "id");
  EXPECT_EQ(records[2][5], "en;yi");
  EXPECT_EQ(records[2][7], std::to_string(b) + ";" + std::to_string(a));
  EXPECT_EQ(records[2][8], "4,000 detainees (a.com);5,700 detainees (b.com)");
}

// A story lists the ids merged into it (also through a story it absorbed), so that a tool
// holding an earlier export's id finds where it went.
TEST(Export, StoriesListTheIdsTheyAbsorbed) {
  auto store = OpenOrDie(":memory:");
  ASSERT_OK(store->InsertArticle(StoryArticle("a", 1, "a.com", "en", "2026-02-13")));
  ASSERT_OK(store->InsertArticle(StoryArticle("b", 2, "b.com", "en", "2026-02-14")));
  ASSERT_OK(store->InsertArticle(StoryArticle("c", 3, "c.com", "en", "2026-02-15")));
  ASSERT_OK(store->InsertArticle(StoryArticle("d", 4, "d.com", "en", "2026-01-01")));
  for (int64_t id : {1, 2, 3, 4}) ASSERT_OK(store->UpsertStory(id, ""));
  ASSERT_OK(store->MergeStories(3, 2));
  ASSERT_OK(store->MergeStories(2, 1));
  ASSERT_OK(store->UpsertStory(1, ""));

  ExportOptions stories;
  stories.stories = true;
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kJsonl, out, stories));
  std::istringstream lines(out.str());
  std::vector<nlohmann::json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 2u);
  EXPECT_EQ(objects[0]["id"], 1);
  EXPECT_EQ(objects[0]["absorbed"], nlohmann::json({2, 3}));
  EXPECT_EQ(objects[1]["id"], 4);
  EXPECT_EQ(objects[1]["absorbed"], nlohmann::json::array());

  std::ostringstream csv;
  ASSERT_OK(Export(*store, ExportFormat::kCsv, csv, stories));
  auto records = ParseCsv(csv.str());
  ASSERT_EQ(records.size(), 3u);
  const size_t absorbed =
      std::find(records[0].begin(), records[0].end(), "absorbed") - records[0].begin();
  ASSERT_LT(absorbed, records[0].size());
  EXPECT_EQ(records[1][absorbed], "2;3");
  EXPECT_EQ(records[2][absorbed], "");
}

// A story's articles carry their aliases as the article export has them, so a tool holding
// a duplicate's URL finds its story: JSONL per article; CSV one last column, every alias of
// the story's articles joined by a space.
TEST(Export, StoriesListTheirArticlesAliases) {
  auto store = OpenOrDie(":memory:");
  int64_t a = *store->InsertArticle(StoryArticle("a", 1, "a.com", "en", "2026-02-13"));
  int64_t b = *store->InsertArticle(StoryArticle("b", 1, "b.com", "en", "2026-02-14"));
  ASSERT_OK(store->AddAlias("https://m.a.com/a", a));
  ASSERT_OK(store->AddAlias("https://a.com/a?page=1,2&q=a b", a));
  ASSERT_OK(store->UpsertStory(1, ""));

  ExportOptions stories;
  stories.stories = true;
  std::ostringstream out;
  ASSERT_OK(Export(*store, ExportFormat::kJsonl, out, stories));
  const nlohmann::json j = nlohmann::json::parse(out.str());
  ASSERT_EQ(j["articles"].size(), 2u);
  EXPECT_EQ(j["articles"][0]["id"], a);
  EXPECT_EQ(j["articles"][0]["aliases"],
            nlohmann::json({"https://m.a.com/a", "https://a.com/a?page=1,2&q=a b"}));
  EXPECT_EQ(j["articles"][1]["id"], b);
  EXPECT_EQ(j["articles"][1]["aliases"], nlohmann::json::array());

  std::ostringstream csv;
  ASSERT_OK(Export(*store, ExportFormat::kCsv, csv, stories));
  auto records = ParseCsv(csv.str());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].back(), "aliases");
  EXPECT_EQ(records[1].back(), "https://m.a.com/a https://a.com/a?page=1,2&q=a%20b");
}

TEST(Export, FailingStreamIsAnIOError) {
  auto store = OpenOrDie(":memory:");
  ASSERT_OK(store->InsertArticle(MakeArticle("a")));
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status st = Export(*store, ExportFormat::kJsonl, out);
  EXPECT_TRUE(st.IsIOError()) << st.ToString();
}

TEST(Export, ParsesFormatNames) {
  EXPECT_EQ(*ParseExportFormat("jsonl"), ExportFormat::kJsonl);
  EXPECT_EQ(*ParseExportFormat("csv"), ExportFormat::kCsv);
  EXPECT_TRUE(ParseExportFormat("xml").status().IsInvalidArgument());
}

struct CommandResult {
  int exit_code = -1;
  std::string out;
};

// Runs the newsdesk binary with `args` (shell words), capturing stdout; stderr is dropped.
CommandResult RunNewsdesk(const std::string& args) {
  CommandResult result;
  std::string cmd = std::string(NEWSDESK_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return result;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) result.out.append(buf, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A store on disk with one five-outlet story with figures, one Hebrew story and two runs.
std::string MakeCliStore(const TempDir& dir) {
  std::string path = dir.File("cli.db");
  auto store = OpenOrDie(path);
  const char* sites[] = {"a.com", "b.com", "c.com", "d.com", "e.com"};
  const char* figures[] = {"4,000", "4,500", "4,583", "5,700", "4,000"};
  const double values[] = {4000, 4500, 4583, 5700, 4000};
  Store::Transaction txn(*store);
  for (int i = 0; i < 5; ++i) {
    Article a = StoryArticle(std::string("seed") + std::to_string(i), 1, sites[i],
                             i == 1 ? "yi" : "en", "2026-02-1" + std::to_string(i));
    a.text = "Iraq took custody of detainees from Syria.";
    int64_t id = *store->InsertArticle(a);
    StoryFigure f;
    f.value = values[i];
    f.text = figures[i];
    f.unit = "detainees";
    EXPECT_OK(store->ReplaceArticleFigures(1, id, {f}));
  }
  Article he = StoryArticle("he", 2, "ynet.co.il", "he", "2026-03-01");
  he.title = "סערה בצפון";
  he.text = "גשם כבד";
  EXPECT_OK(store->InsertArticle(he));
  EXPECT_OK(store->UpsertStory(1, "Iraq takes custody of ISIS detainees"));
  EXPECT_OK(store->UpsertStory(2, ""));
  int64_t run = *store->BeginRun("samples");
  EXPECT_OK(store->FinishRun(run, "ok", {{"fetched", 6}, {"stored", 6}}, {{"timeout", 1}}));
  EXPECT_OK(txn.Commit());
  return path;
}

TEST(StoreCli, ReadCommandsOnAMissingDatabaseExit2AndCreateNothing) {
  TempDir dir;
  std::string path = dir.File("missing.db");
  for (const char* cmd : {"export", "stories", "runs", "search word"}) {
    CommandResult r = RunNewsdesk(std::string(cmd) + " --db " + path);
    EXPECT_EQ(r.exit_code, 2) << cmd;
    EXPECT_FALSE(fs::exists(path)) << cmd;
  }
}

TEST(StoreCli, ExportStreamsEachFormatAndRejectsUnknownOnes) {
  TempDir dir;
  std::string path = MakeCliStore(dir);
  CommandResult jsonl = RunNewsdesk("export --db " + path + " --format jsonl");
  ASSERT_EQ(jsonl.exit_code, 0);
  std::istringstream lines(jsonl.out);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    auto j = nlohmann::json::parse(line);
    EXPECT_TRUE(j.contains("canonical_url") && j.contains("story_id") && j.contains("text"));
  }
  EXPECT_EQ(n, 6);
  CommandResult csv = RunNewsdesk("export --db " + path + " --format csv");
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(ParseCsv(csv.out).size(), 7u);
  CommandResult stories = RunNewsdesk("export --db " + path + " --format jsonl --stories");
  ASSERT_EQ(stories.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(stories.out.substr(0, stories.out.find('\n')))["id"], 2);
  EXPECT_EQ(RunNewsdesk("export --db " + path + " --format xml").exit_code, 2);
}

TEST(StoreCli, StoriesListsNewestFirstWithFiltersAndDisagreeingFigures) {
  TempDir dir;
  std::string path = MakeCliStore(dir);
  CommandResult all = RunNewsdesk("stories --db " + path);
  ASSERT_EQ(all.exit_code, 0);
  size_t hebrew = all.out.find("סערה בצפון");
  size_t iraq = all.out.find("Iraq takes custody of ISIS detainees");
  ASSERT_NE(hebrew, std::string::npos) << all.out;
  ASSERT_NE(iraq, std::string::npos) << all.out;
  EXPECT_LT(hebrew, iraq);  // newest first
  EXPECT_NE(all.out.find("5 articles"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("a.com, b.com, c.com, d.com, e.com"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("2026-02-10 .. 2026-02-14"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("figures that disagree (detainees): 4,000 (a.com) / 4,000 (e.com) / "
                         "4,500 (b.com) / 4,583 (c.com) / 5,700 (d.com)"),
            std::string::npos)
      << all.out;

  CommandResult yi = RunNewsdesk("stories --db " + path + " --lang yi");
  EXPECT_NE(yi.out.find("Iraq"), std::string::npos);
  EXPECT_EQ(yi.out.find("סערה"), std::string::npos);
  CommandResult since = RunNewsdesk("stories --db " + path + " --since 2026-02-20 --json");
  ASSERT_EQ(since.exit_code, 0);
  auto j = nlohmann::json::parse(since.out);  // exactly one JSON line
  EXPECT_EQ(j["id"], 2);
}

TEST(StoreCli, RunsAndSearch) {
  TempDir dir;
  std::string path = MakeCliStore(dir);
  CommandResult runs = RunNewsdesk("runs --db " + path);
  ASSERT_EQ(runs.exit_code, 0);
  EXPECT_NE(runs.out.find("samples  ok"), std::string::npos) << runs.out;
  EXPECT_NE(runs.out.find("fetched=6 stored=6"), std::string::npos) << runs.out;
  EXPECT_NE(runs.out.find("errors: timeout=1"), std::string::npos) << runs.out;
  CommandResult runs_json = RunNewsdesk("runs --json --db " + path);
  EXPECT_EQ(nlohmann::json::parse(runs_json.out)["counts"]["stored"], 6);

  CommandResult search = RunNewsdesk("search custody --limit 2 --json --db " + path);
  ASSERT_EQ(search.exit_code, 0);
  std::istringstream lines(search.out);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    EXPECT_NE(nlohmann::json::parse(line)["snippet"].get<std::string>().find("[custody]"),
              std::string::npos);
  }
  EXPECT_EQ(n, 2);
  CommandResult he = RunNewsdesk("search 'גשם' --db " + path);
  EXPECT_NE(he.out.find("סערה בצפון"), std::string::npos) << he.out;
  EXPECT_EQ(RunNewsdesk("search '\"open' --fts5 --db " + path).exit_code, 2);
}

}  // namespace
}  // namespace newsdesk
