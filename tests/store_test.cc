#include "newsdesk/store.h"

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include "store_internal.h"
#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "newsdesk_store_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (fs::path(path_) / name).string(); }

 private:
  std::string path_;
};

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

TEST(Store, OpensInMemoryAtLatestSchema) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), Store::LatestSchemaVersion());
  EXPECT_GE(Store::LatestSchemaVersion(), 3);
}

TEST(Store, InsertAndFindArticleRoundTripsEveryField) {
  auto store = OpenOrDie(":memory:");
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

TEST(Store, CanonicalUrlIsUnique) {
  auto store = OpenOrDie(":memory:");
  ASSERT_OK(store->InsertArticle(MakeArticle("one")));
  Article again = MakeArticle("one");
  again.url = "https://example.com/other-path";
  Result<int64_t> dup = store->InsertArticle(again);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().code(), Status::Code::kAlreadyExists) << dup.status().ToString();
  // The single conversion helper keeps SQLite's own message and extended code.
  EXPECT_NE(dup.status().message().find("UNIQUE constraint failed"), std::string::npos);
  EXPECT_NE(dup.status().message().find(std::to_string(SQLITE_CONSTRAINT_UNIQUE)),
            std::string::npos);
  EXPECT_EQ(*store->CountArticles(), 1);
}

TEST(Store, AliasesPointToOneArticle) {
  auto store = OpenOrDie(":memory:");
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
}

TEST(Store, UpdateAndStoryAssignment) {
  auto store = OpenOrDie(":memory:");
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

TEST(Store, ForEachArticleInIdOrderAndStopsEarly) {
  auto store = OpenOrDie(":memory:");
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

TEST(Store, NestedReadsDuringIterationWork) {
  auto store = OpenOrDie(":memory:");
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

TEST(StoreTransaction, RollsBackWhenDestroyedUncommitted) {
  auto store = OpenOrDie(":memory:");
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

TEST(StoreTransaction, DoesNotNest) {
  auto store = OpenOrDie(":memory:");
  Store::Transaction outer(*store);
  ASSERT_OK(outer.status());
  Store::Transaction inner(*store);
  EXPECT_FALSE(inner.status().ok());
  EXPECT_FALSE(inner.Commit().ok());
  ASSERT_OK(store->InsertArticle(MakeArticle("a")));
  ASSERT_OK(outer.Commit());
  EXPECT_EQ(*store->CountArticles(), 1);
}

TEST(StoreFrontier, UpsertGetAndStates) {
  auto store = OpenOrDie(":memory:");
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

TEST(StoreFrontier, ListsDuePendingUrlsOnly) {
  auto store = OpenOrDie(":memory:");
  ASSERT_OK(store->UpsertUrl(Url("u1")));
  ASSERT_OK(store->UpsertUrl(Url("u2", UrlState::kFetched)));
  ASSERT_OK(store->UpsertUrl(Url("u3", UrlState::kPending, 1, "2026-01-01T00:00:10Z")));
  ASSERT_OK(store->UpsertUrl(Url("u4", UrlState::kPending, 1, "2026-01-01T00:00:05Z")));
  ASSERT_OK(store->UpsertUrl(Url("u5")));
  auto due = store->ListDueUrls("2026-01-01T00:00:06Z", 100);
  ASSERT_OK(due);
  std::vector<std::string> urls;
  for (const auto& e : *due) urls.push_back(e.url);
  EXPECT_EQ(urls, (std::vector<std::string>{"u1", "u5", "u4"}));
  auto later = store->ListDueUrls("2026-01-01T00:01:00Z", 2);
  ASSERT_EQ(later->size(), 2u);
  EXPECT_EQ(store->ListDueUrls("2026-01-01T00:01:00Z", 100)->size(), 4u);
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

TEST(StoreMigrations, MigratesAVersionOneDatabase) {
  TempDir dir;
  std::string path = dir.File("v1.db");
  {
    auto v1 = internal::OpenStoreAtVersion(path, {}, 1);
    ASSERT_OK(v1);
    EXPECT_EQ((*v1)->SchemaVersion(), 1);
    ASSERT_OK((*v1)->InsertArticle(MakeArticle("kept")));
  }
  // A read-only open refuses to work on an old schema instead of migrating it.
  Result<std::unique_ptr<Store>> ro = Store::Open(path, ReadOnly());
  EXPECT_TRUE(ro.status().IsFailedPrecondition()) << ro.status().ToString();

  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), Store::LatestSchemaVersion());
  auto kept = store->FindByCanonicalUrl("https://example.com/kept");
  ASSERT_OK(kept);
  EXPECT_TRUE(kept->has_value());
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

}  // namespace
}  // namespace newsdesk
