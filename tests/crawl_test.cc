#include "newsdesk/crawl.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include "newsdesk/config.h"
#include "newsdesk/store.h"
#include "testing/postgres.h"
#include "testing/status_matchers.h"
#include "testing/test_server.h"
#include "testing/wait_for.h"

namespace newsdesk {
namespace {

namespace fs = std::filesystem;
using newsdesk::testing::HttpRequest;
using newsdesk::testing::HttpResponse;
using newsdesk::testing::TestServer;
using newsdesk::testing::WaitFor;

// Writes `toml` as dir/p.toml and crawls it once with `options`, on the store it names;
// *config is the file as loaded.
Result<CrawlReport> CrawlFile(const fs::path& dir, const std::string& toml, PipelineConfig* config,
                              const CrawlOptions& options = {}) {
  std::ofstream(dir / "p.toml") << toml;
  Result<PipelineConfig> loaded = LoadPipelineConfig((dir / "p.toml").string());
  if (!loaded.ok()) return loaded.status();
  *config = *std::move(loaded);
  Result<std::unique_ptr<Store>> store = Store::Open(config->store);
  if (!store.ok()) return store.status();
  Crawler crawler(*config, **store, options);
  return crawler.Run();
}

std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A distinct, article-like page: its own headline and a few paragraphs of words drawn
// from a seeded generator, so no two pages share text.
std::string ArticleHtml(int k) {
  static const char* kWords[] = {"government", "minister",  "council",   "border",    "detainees",
                                 "custody",    "agreement", "officials", "announced", "province",
                                 "security",   "forces",    "talks",     "capital",   "weekend",
                                 "report",     "elections", "economy",   "prices",    "workers",
                                 "harbour",    "storm",     "villages",  "rescue",    "schools",
                                 "teachers",   "festival",  "museum",    "river",     "bridge"};
  std::mt19937 rng(static_cast<unsigned>(k) * 7919u + 17u);
  std::string body;
  for (int p = 0; p < 5; ++p) {
    body += "<p>";
    for (int w = 0; w < 40; ++w) {
      body += kWords[rng() % std::size(kWords)];
      body += w % 11 == 10 ? ". " : " ";
    }
    body += "number " + std::to_string(k * 100 + p) + ".</p>\n";
  }
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story " +
         std::to_string(k) +
         " - Loopback Times</title></head><body><header>Loopback Times"
         "</header><article><h1>Story " +
         std::to_string(k) + " about the council</h1>\n" + body +
         "</article><footer>(c) Loopback</footer>"
         "</body></html>";
}

// Serves a feed (articles 1..20, relative links), a sitemap index naming a gzipped
// sitemap (articles 15..40) and a Google News sitemap (articles 35..50), and the articles.
// Feed and sitemaps carry ETags and answer 304 to a matching If-None-Match.
class NewsSite {
 public:
  static constexpr int kArticles = 50;

  explicit NewsSite(std::chrono::milliseconds article_delay = std::chrono::milliseconds(0))
      : server_(2) {
    std::string feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback"
        "</title>";
    for (int k = 1; k <= 20; ++k) {
      feed += "<item><title>Story " + std::to_string(k) + "</title><link>/articles/" +
              std::to_string(k) +
              "</link><pubDate>Sat, 14 Feb 2026 10:00:00 GMT</pubDate>"
              "</item>";
    }
    feed += "<item><title>Elsewhere</title><link>file:///etc/passwd</link></item>";
    feed += "</channel></rss>";
    Static("/feed.xml", feed, "application/rss+xml");

    std::string urlset = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (int k = 15; k <= 40; ++k) {
      urlset += "<url><loc>" + server_.url("/articles/" + std::to_string(k)) +
                "</loc><lastmod>2026-02-14</lastmod></url>";
    }
    urlset += "<url><loc>" + server_.url("/video/1") + "</loc></url></urlset>";
    Static("/sitemap-1.xml.gz", Gzip(urlset), "application/x-gzip");
    Static("/sitemap-index.xml",
           "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" +
               server_.url("/sitemap-1.xml.gz") + "</loc></sitemap></sitemapindex>",
           "application/xml");
    std::string news =
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">";
    for (int k = 35; k <= kArticles; ++k) {
      news += "<url><loc>" + server_.url("/articles/" + std::to_string(k)) +
              "</loc><news:news><news:publication_date>2026-02-14</news:publication_date>"
              "<news:title>Story " +
              std::to_string(k) + "</news:title></news:news></url>";
    }
    news += "</urlset>";
    Static("/news-sitemap.xml", news, "application/xml");

    for (int k = 1; k <= kArticles; ++k) {
      std::string html = ArticleHtml(k);
      server_.Handle("/articles/" + std::to_string(k), [html, article_delay](const HttpRequest&) {
        HttpResponse r = HttpResponse::Html(html);
        r.delay = article_delay;
        return r;
      });
    }
    server_.Handle("/video/1", [](const HttpRequest&) { return HttpResponse::Html("video"); });
  }

  TestServer& server() { return server_; }

  int ArticleHits() const {
    int n = 0;
    for (int k = 1; k <= kArticles; ++k) n += server_.hits("/articles/" + std::to_string(k));
    return n;
  }

  // A pipeline file over this site in `dir`, storing into dir/store.db.
  std::string WritePipeline(const fs::path& dir, int per_host = 4) const {
    fs::path file = dir / "site.toml";
    std::ofstream(file) << "name = \"loopback\"\nstore = \"store.db\"\n"
                        << "[fetch]\nallow_private_networks = true\ndelay = \"0s\"\n"
                        << "per_host = " << per_host << "\nconcurrency = 8\nattempts = 1\n"
                        << "[[sources]]\nkind = \"feed\"\nurl = \"" << server_.url("/feed.xml")
                        << "\"\ninterval = \"1s\"\n"
                        << "[[sources]]\nkind = \"sitemap\"\nurl = \""
                        << server_.url("/sitemap-index.xml") << "\"\nexclude = ['/video/']\n"
                        << "interval = \"1s\"\n"
                        << "[[sources]]\nkind = \"sitemap\"\nurl = \""
                        << server_.url("/news-sitemap.xml") << "\"\ninterval = \"1s\"\n";
    return file.string();
  }

 private:
  void Static(const std::string& path, std::string body, std::string type) {
    server_.Handle(path, [body, type](const HttpRequest& req) {
      HttpResponse r;
      r.headers.emplace_back("ETag", "\"v1\"");
      if (req.header("if-none-match") == "\"v1\"") {
        r.status = 304;
        return r;
      }
      r.headers.emplace_back("Content-Type", type);
      r.body = body;
      return r;
    });
  }

  TestServer server_;
};

fs::path TempDir(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("newsdesk_crawl_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Runs one SQL query returning rows of text columns, on its own connection.
std::vector<std::vector<std::string>> Query(const fs::path& db, const std::string& sql) {
  std::vector<std::vector<std::string>> rows;
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return rows;
  }
  sqlite3_busy_timeout(h, 5000);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* t = sqlite3_column_text(st, i);
        row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
      }
      rows.push_back(std::move(row));
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return rows;
}

int64_t QueryInt(const fs::path& db, const std::string& sql) {
  auto rows = Query(db, sql);
  return rows.empty() || rows[0].empty() ? -1 : std::stoll(rows[0][0]);
}

// The newsdesk binary as a child process.
class Child {
 public:
  // stdout and stderr to `log`, or stderr to `err` when given; stdin from `stdin_fd` when
  // given (the caller keeps and closes its own copy).
  Child(const std::vector<std::string>& args, const fs::path& log, const fs::path& err = {},
        int stdin_fd = -1) {
    pid_ = ::fork();
    if (pid_ == 0) {
      if (stdin_fd >= 0) ::dup2(stdin_fd, 0);
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      ::dup2(fd, 1);
      ::dup2(err.empty() ? fd : ::open(err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644), 2);
      std::vector<char*> argv;
      std::string bin = NEWSDESK_BINARY;
      argv.push_back(bin.data());
      std::vector<std::string> copy = args;
      for (std::string& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(bin.c_str(), argv.data());
      ::_exit(127);
    }
  }
  ~Child() {
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  void Signal(int sig) { ::kill(pid_, sig); }
  // The exit code, -signal when killed, or nullopt on timeout.
  std::optional<int> Wait(std::chrono::seconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      pid_t r = ::waitpid(pid_, &status, WNOHANG);
      if (r == pid_) {
        reaped_ = true;
        if (WIFEXITED(status)) return WEXITSTATUS(status);
        if (WIFSIGNALED(status)) return -WTERMSIG(status);
        return std::nullopt;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return std::nullopt;
  }

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Whether a crawl running on `db` has stored `articles` articles within a minute.
bool WaitForArticles(const fs::path& db, int articles) {
  return WaitFor([&] { return QueryInt(db, "SELECT count(*) FROM articles") >= articles; });
}

// The SQLite store `db` passes its integrity check (a stopped crawl left it consistent).
void ExpectIntact(const fs::path& db) {
  auto check = Query(db, "PRAGMA integrity_check");
  ASSERT_EQ(check.size(), 1u);
  EXPECT_EQ(check[0][0], "ok");
}

// Every article stored exactly once, every frontier URL in exactly one final state.
void ExpectCompleteAndExactlyOnce(const fs::path& db, int articles) {
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM articles"), articles);
  EXPECT_EQ(QueryInt(db, "SELECT count(DISTINCT url) FROM articles"), articles);
  EXPECT_EQ(QueryInt(db, "SELECT count(DISTINCT content_hash) FROM articles"), articles);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM urls WHERE state = 'pending'"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM urls WHERE state = 'fetched'"), articles);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) - count(DISTINCT url) FROM urls"), 0);
}

TEST(Crawl, FullCrawlThenSecondCrawlRefetchesNothing) {
  NewsSite site;
  fs::path dir = TempDir("full");
  Result<PipelineConfig> config = LoadPipelineConfig(site.WritePipeline(dir));
  ASSERT_OK(config);
  Result<std::unique_ptr<Store>> store = Store::Open(config->store);
  ASSERT_OK(store);
  {
    Crawler crawler(*config, **store, {});
    Result<CrawlReport> r = crawler.Run();
    ASSERT_OK(r);
    ASSERT_EQ(r->sources.size(), 3u);
    for (const SourceReport& s : r->sources) EXPECT_EQ(s.error, "") << s.name;
    EXPECT_EQ(r->sources[0].links, 20);  // the file: link is refused by the parser
    EXPECT_FALSE(r->sources[0].diagnostics.empty());
    EXPECT_EQ(r->sources[1].documents, 2);  // the index and its gzipped sitemap
    EXPECT_EQ(r->sources[1].filtered, 1);   // /video/1
    EXPECT_EQ(r->run.counts.stored, NewsSite::kArticles);
    EXPECT_EQ(r->run.counts.failed, 0);
    EXPECT_TRUE(r->ok());
    EXPECT_GT(r->run_id, 0);
  }
  EXPECT_EQ(site.ArticleHits(), NewsSite::kArticles);  // overlapping sources: fetched once
  EXPECT_EQ(site.server().hits("/video/1"), 0);
  ExpectCompleteAndExactlyOnce(config->store, NewsSite::kArticles);

  // Second run: every document answers 304, no article is requested again.
  {
    Crawler crawler(*config, **store, {});
    Result<CrawlReport> r = crawler.Run();
    ASSERT_OK(r);
    int not_modified = 0;
    for (const SourceReport& s : r->sources) not_modified += s.not_modified;
    EXPECT_EQ(not_modified, 3);
    EXPECT_EQ(r->run.counts.stored, 0);
    EXPECT_EQ(r->run.counts.fetched, 0);
  }
  EXPECT_EQ(site.ArticleHits(), NewsSite::kArticles);
  EXPECT_EQ(site.server().hits("/feed.xml"), 2);
  ExpectCompleteAndExactlyOnce(config->store, NewsSite::kArticles);

  Result<std::vector<RunRecord>> runs = (*store)->ListRuns(-1);
  ASSERT_OK(runs);
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].status, "ok");
  EXPECT_FALSE((*runs)[0].finished_at.empty());
  fs::remove_all(dir);
}

// robots.txt is asked for once per origin across discovery and the article fetches, and
// not again by a later crawl within its TTL (the store's robots table): the three sources
// (four documents) and the fifty articles of one host cost one robots.txt request.
TEST(Crawl, RobotsTxtIsRequestedOncePerOriginAcrossDiscoveryAndRuns) {
  NewsSite site;
  site.server().SetRobotsTxt("User-agent: *\nDisallow: /private/\n");
  fs::path dir = TempDir("robots_once");
  Result<PipelineConfig> config = LoadPipelineConfig(site.WritePipeline(dir));
  ASSERT_OK(config);
  Result<std::unique_ptr<Store>> store = Store::Open(config->store);
  ASSERT_OK(store);
  for (int run = 0; run < 2; ++run) {
    Crawler crawler(*config, **store, {});
    Result<CrawlReport> r = crawler.Run();
    ASSERT_OK(r);
    EXPECT_TRUE(r->ok());
  }
  EXPECT_EQ(site.server().hits("/robots.txt"), 1);
  EXPECT_EQ(site.server().hits("/feed.xml"), 2);
  ExpectCompleteAndExactlyOnce(config->store, NewsSite::kArticles);
  fs::remove_all(dir);
}

// The one run recorder: a crawl of a URL list and an ingest of the same list (into
// another store) record the same counts and errors by kind: stored pages, an exact
// duplicate, a final failure (404), a passing one (503, pending for a later run).
TEST(Crawl, ACrawlAndAnIngestOfTheSamePagesRecordTheSameCounts) {
  TestServer server;
  for (int k = 1; k <= 4; ++k) {
    server.Handle("/a/" + std::to_string(k),
                  [html = ArticleHtml(k)](const HttpRequest&) { return HttpResponse::Html(html); });
  }
  server.Handle("/copy-of-1",
                [html = ArticleHtml(1)](const HttpRequest&) { return HttpResponse::Html(html); });
  server.Handle("/gone", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("gone");
    r.status = 404;
    return r;
  });
  server.Handle("/busy", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("busy");
    r.status = 503;
    return r;
  });
  fs::path dir = TempDir("recorder");
  std::vector<std::string> urls;
  for (const char* path : {"/a/1", "/a/2", "/a/3", "/a/4", "/copy-of-1", "/gone", "/busy"}) {
    urls.push_back(server.url(path));
  }
  {
    std::ofstream list(dir / "list.txt");
    for (const std::string& u : urls) list << u << "\n";
  }
  std::ofstream(dir / "list.toml") << "name = \"list\"\nstore = \"crawl.db\"\n"
                                   << "[fetch]\nallow_private_networks = true\ndelay = \"0s\"\n"
                                   << "attempts = 1\n"
                                   << "[[sources]]\nkind = \"urls\"\npath = \"list.txt\"\n";
  Result<PipelineConfig> config = LoadPipelineConfig((dir / "list.toml").string());
  ASSERT_OK(config);
  Result<std::unique_ptr<Store>> crawl_store = Store::Open(config->store);
  ASSERT_OK(crawl_store);
  {
    CrawlOptions options;
    options.workers = 1;
    Crawler crawler(*config, **crawl_store, options);
    ASSERT_OK(crawler.Run());
  }
  Result<std::unique_ptr<Store>> ingest_store = Store::Open((dir / "ingest.db").string());
  ASSERT_OK(ingest_store);
  {
    PipelineOptions options;
    options.fetch = config->fetch;
    options.workers = 1;
    options.ordered = true;
    options.stories = config->stories;
    Pipeline pipeline(**ingest_store, options);
    ASSERT_OK(pipeline.Ingest(urls));
  }
  Result<std::vector<RunRecord>> crawled = (*crawl_store)->ListRuns(-1);
  Result<std::vector<RunRecord>> ingested = (*ingest_store)->ListRuns(-1);
  ASSERT_OK(crawled);
  ASSERT_OK(ingested);
  ASSERT_EQ(crawled->size(), 1u);
  ASSERT_EQ(ingested->size(), 1u);
  const RunRecord& c = (*crawled)[0];
  const RunRecord& i = (*ingested)[0];
  std::map<std::string, int64_t> crawl_counts(c.counts.begin(), c.counts.end());
  const std::map<std::string, int64_t> ingest_counts(i.counts.begin(), i.counts.end());
  // The counts of URLs are the ingest's, in the same order; the crawl adds its sources'.
  ASSERT_GE(c.counts.size(), i.counts.size());
  for (size_t k = 0; k < i.counts.size(); ++k) {
    EXPECT_EQ(c.counts[k].first, i.counts[k].first);
    EXPECT_EQ(c.counts[k].second, i.counts[k].second) << i.counts[k].first;
  }
  EXPECT_EQ(ingest_counts.at("total"), 7);
  EXPECT_EQ(ingest_counts.at("stored"), 4);
  EXPECT_EQ(ingest_counts.at("duplicates"), 1);
  EXPECT_EQ(ingest_counts.at("failed"), 2);
  EXPECT_EQ(ingest_counts.at("retry_later"), 1);
  EXPECT_EQ(ingest_counts.at("pending"), 1);
  EXPECT_EQ(crawl_counts.at("new_urls"), 7);
  EXPECT_EQ(c.errors, i.errors);
  EXPECT_EQ(i.errors.size(), 1u);  // both failures are HTTP errors: one kind, counted twice
  EXPECT_EQ(c.status, "failed");
  EXPECT_EQ(i.status, "failed");
  fs::remove_all(dir);
}

// A URL that failed with a transient error is fetched again by a later crawl once its
// retry time has come, although no source lists it anew (the feed and sitemaps answer 304),
// and not before.
TEST(Crawl, FailedUrlIsRetriedByALaterCrawlOnceItsTimeHasCome) {
  NewsSite site;
  std::atomic<int> hits{0};
  site.server().Handle("/articles/7", [&hits, html = ArticleHtml(7)](const HttpRequest&) {
    if (hits++ > 0) return HttpResponse::Html(html);
    HttpResponse busy = HttpResponse::Text("busy");
    busy.status = 503;
    return busy;
  });
  fs::path dir = TempDir("retry");
  Result<PipelineConfig> config = LoadPipelineConfig(site.WritePipeline(dir));
  ASSERT_OK(config);
  Result<std::unique_ptr<Store>> store = Store::Open(config->store);
  ASSERT_OK(store);
  const std::string url = site.server().url("/articles/7");
  auto retry_at = [&](const std::string& when) {
    Result<std::optional<FrontierEntry>> entry = (*store)->GetUrl(url);
    ASSERT_OK(entry);
    ASSERT_TRUE(entry->has_value());
    EXPECT_EQ((*entry)->state, UrlState::kFailed);
    EXPECT_NE((*entry)->next_attempt_at, "");  // transient: a retry time, not final
    (*entry)->next_attempt_at = when;
    EXPECT_OK((*store)->UpsertUrl(**entry));
  };
  auto crawl = [&]() -> PipelineProgress {
    Crawler crawler(*config, **store, {});
    Result<CrawlReport> r = crawler.Run();
    EXPECT_OK(r);
    return r.ok() ? r->run.counts : PipelineProgress{};
  };

  PipelineProgress first = crawl();
  EXPECT_EQ(first.stored, NewsSite::kArticles - 1);
  EXPECT_EQ(first.failed, 1);
  retry_at("2999-01-01T00:00:00Z");
  EXPECT_EQ(crawl().fetched, 0);  // not due yet
  EXPECT_EQ(hits.load(), 1);
  retry_at("2000-01-01T00:00:00Z");
  PipelineProgress third = crawl();
  EXPECT_EQ(third.fetched, 1);
  EXPECT_EQ(third.stored, 1);
  EXPECT_EQ(hits.load(), 2);
  ExpectCompleteAndExactlyOnce(config->store, NewsSite::kArticles);
  fs::remove_all(dir);
}

// Discovery from files the user named (like pipelines/samples.toml): relative links in a
// local feed and list resolve to file: URLs.
TEST(Crawl, LocalFeedAndListOverFileUrls) {
  fs::path dir = TempDir("local");
  for (int k = 1; k <= 3; ++k)
    std::ofstream(dir / ("a" + std::to_string(k) + ".html")) << ArticleHtml(k);
  std::ofstream(dir / "feed.xml") << "<rss version=\"2.0\"><channel><item><link>a1.html</link>"
                                     "</item><item><link>a2.html</link></item></channel></rss>";
  std::ofstream(dir / "urls.txt") << "# comment\n\na2.html\na3.html\nftp://x/y\nnot a url at all\n";
  PipelineConfig config;
  Result<CrawlReport> r = CrawlFile(dir,
                                    "name = \"local\"\nstore = \"s.db\"\n[fetch]\ndelay = \"0s\"\n"
                                    "[[sources]]\nkind = \"feed\"\npath = \"feed.xml\"\n"
                                    "[[sources]]\nkind = \"urls\"\npath = \"urls.txt\"\n",
                                    &config);
  ASSERT_OK(r);
  EXPECT_EQ(r->sources[0].added, 2);
  EXPECT_EQ(r->sources[1].added, 1);  // a2 was already in the frontier
  // ftp:// and a line that names no file: bad lines of the list, not fetched; they fail
  // the run (as `ingest`'s do), not the source.
  EXPECT_EQ(r->sources[1].list, (dir / "urls.txt").string());
  ASSERT_EQ(r->sources[1].bad_lines.size(), 2u);
  EXPECT_EQ(r->sources[1].bad_lines[0].ToString(), "line 5: 'ftp://x/y' is not an http(s) URL");
  EXPECT_EQ(r->sources[1].bad_lines[1].ToString(),
            "line 6: 'not a url at all' is not a URL or an existing file");
  EXPECT_TRUE(r->sources[1].diagnostics.empty());
  EXPECT_EQ(r->sources_failed(), 0);
  EXPECT_EQ(r->bad_lines(), 2);
  EXPECT_FALSE(r->ok());
  EXPECT_EQ(r->run.counts.stored, 3);
  EXPECT_EQ(r->run.counts.failed, 0);
  ExpectCompleteAndExactlyOnce(config.store, 3);
  fs::remove_all(dir);
}

// A sitemap index that lists itself, and one that lists a child twice and then itself:
// each document is read once, with a diagnostic naming the loop, and the child's pages
// are found.
TEST(Crawl, SitemapIndexLoopsAndRepeatsAreReadOnce) {
  TestServer server;
  auto xml = [](std::string body) {
    return [body](const HttpRequest&) { return HttpResponse::Text(body, "application/xml"); };
  };
  auto index = [&server](const std::vector<std::string>& paths) {
    std::string x = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (const std::string& p : paths) x += "<sitemap><loc>" + server.url(p) + "</loc></sitemap>";
    return x + "</sitemapindex>";
  };
  server.Handle("/self.xml", xml(index({"/self.xml"})));
  server.Handle("/index.xml", xml(index({"/child.xml", "/child.xml", "/index.xml"})));
  server.Handle("/child.xml",
                xml("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" +
                    server.url("/articles/1") + "</loc></url></urlset>"));
  const std::string page = ArticleHtml(1);
  server.Handle("/articles/1", [page](const HttpRequest&) { return HttpResponse::Html(page); });
  fs::path dir = TempDir("sitemap_loop");
  PipelineConfig config;
  Result<CrawlReport> r =
      CrawlFile(dir,
                "name = \"loops\"\nstore = \"s.db\"\n[fetch]\n"
                "allow_private_networks = true\ndelay = \"0s\"\n"
                "[[sources]]\nkind = \"sitemap\"\nurl = \"" +
                    server.url("/self.xml") + "\"\n[[sources]]\nkind = \"sitemap\"\nurl = \"" +
                    server.url("/index.xml") + "\"\n",
                &config);
  ASSERT_OK(r);
  ASSERT_EQ(r->sources.size(), 2u);
  EXPECT_EQ(r->sources[0].documents, 1);
  ASSERT_EQ(r->sources[0].diagnostics.size(), 1u);
  EXPECT_EQ(r->sources[0].diagnostics[0], server.url("/self.xml") + ": sitemap index lists " +
                                              server.url("/self.xml") +
                                              " again (a loop or a repeat); read once");
  EXPECT_EQ(r->sources[1].documents, 2);            // the index and its child, once each
  EXPECT_EQ(r->sources[1].diagnostics.size(), 1u);  // itself (the parser drops the repeat)
  EXPECT_EQ(r->sources[1].added, 1);
  EXPECT_EQ(server.hits("/self.xml"), 1);
  EXPECT_EQ(server.hits("/index.xml"), 1);
  EXPECT_EQ(server.hits("/child.xml"), 1);
  EXPECT_EQ(r->run.counts.stored, 1);
  fs::remove_all(dir);
}

// [fetch] max_retry_delay: a 429 whose Retry-After is beyond it is not waited for within
// the run (the default, 5 min, kept a crawl waiting minutes for one URL): the run ends at
// once, the URL pending for a later run with its retry time.
TEST(Crawl, RetryAfterBeyondMaxRetryDelayIsLeftForALaterRun) {
  TestServer server;
  fs::path dir = TempDir("max_retry_delay");
  std::ofstream(dir / "urls.txt") << server.url("/flaky/429/5/a?retry_after=20") << "\n";
  PipelineConfig config;
  const auto started = std::chrono::steady_clock::now();
  Result<CrawlReport> r = CrawlFile(dir,
                                    "name = \"retry\"\nstore = \"s.db\"\n[fetch]\n"
                                    "allow_private_networks = true\ndelay = \"0s\"\n"
                                    "max_retry_delay = \"5s\"\n"
                                    "[[sources]]\nkind = \"urls\"\npath = \"urls.txt\"\n",
                                    &config);
  ASSERT_OK(r);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  EXPECT_EQ(server.hits("/flaky/429/5/a"), 1);
  EXPECT_EQ(r->run.counts.retry_later, 1);
  EXPECT_EQ(QueryInt(config.store,
                     "SELECT count(*) FROM urls WHERE state = 'failed' AND "
                     "next_attempt_at IS NOT NULL"),
            1);
  fs::remove_all(dir);
}

// While a URL waits within the run for its retry (a 429 with Retry-After: 2), progress
// reports say so and until when; once it is fetched, nothing waits.
TEST(Crawl, ProgressSaysWhatWaitsToRetryAndUntilWhen) {
  TestServer server;
  fs::path dir = TempDir("progress_retry");
  std::ofstream(dir / "urls.txt") << server.url("/flaky/429/1/a?retry_after=2") << "\n";
  std::mutex mu;
  std::vector<PipelineProgress> reports;
  CrawlOptions options;
  options.progress = [&](const PipelineProgress& p) {
    std::lock_guard lock(mu);
    reports.push_back(p);
  };
  PipelineConfig config;
  const auto started = std::chrono::system_clock::now();
  Result<CrawlReport> r = CrawlFile(dir,
                                    "name = \"retry\"\nstore = \"s.db\"\n[fetch]\n"
                                    "allow_private_networks = true\ndelay = \"0s\"\n"
                                    "[[sources]]\nkind = \"urls\"\npath = \"urls.txt\"\n",
                                    &config, options);
  ASSERT_OK(r);
  EXPECT_EQ(server.hits("/flaky/429/1/a"), 2);
  EXPECT_EQ(r->run.counts.stored, 1);
  std::lock_guard lock(mu);
  auto waiting = std::find_if(reports.begin(), reports.end(),
                              [](const PipelineProgress& p) { return p.waiting_retry > 0; });
  ASSERT_NE(waiting, reports.end()) << reports.size() << " reports, none waiting";
  EXPECT_EQ(waiting->waiting_retry, 1);
  ASSERT_TRUE(waiting->next_retry.has_value());
  EXPECT_GE(*waiting->next_retry, started + std::chrono::seconds(1));
  EXPECT_LE(*waiting->next_retry, started + std::chrono::seconds(4));
  EXPECT_EQ(waiting->done, 0);
  ASSERT_FALSE(reports.empty());
  EXPECT_EQ(reports.back().waiting_retry, 0);
  EXPECT_FALSE(reports.back().next_retry.has_value());
  EXPECT_EQ(reports.back().done, 1);
  fs::remove_all(dir);
}

// A `urls` source whose URL serves an HTML page (a feed's or a site's address given as a
// list) fails as a source, as a feed that is not XML does; before, the page's markup was
// taken as one relative URL, added to the frontier and retried run after run.
TEST(Crawl, UrlListSourceThatIsAPageFailsAsASource) {
  TestServer server;
  fs::path dir = TempDir("list_is_page");
  PipelineConfig config;
  Result<CrawlReport> r = CrawlFile(dir,
                                    "name = \"page\"\nstore = \"s.db\"\n[fetch]\n"
                                    "allow_private_networks = true\ndelay = \"0s\"\n"
                                    "[[sources]]\nkind = \"urls\"\nurl = \"" +
                                        server.url("/page/1") + "\"\n",
                                    &config);
  ASSERT_OK(r);
  ASSERT_EQ(r->sources.size(), 1u);
  EXPECT_EQ(r->sources[0].error, server.url("/page/1") +
                                     ": not a URL list: it starts with '<' (an HTML or XML "
                                     "document)");
  EXPECT_EQ(r->sources[0].added, 0);
  EXPECT_EQ(r->sources_failed(), 1);
  EXPECT_EQ(QueryInt(config.store, "SELECT count(*) FROM urls"), 0);
  fs::remove_all(dir);
}

// Several crawl workers sharing a PostgreSQL database (docs/scale.md): each source is read
// by one of them per interval (Store::ClaimSource), whoever comes first; the others skip it
// and fetch what it added to the shared frontier. Two workers crawl the site at once: the
// feed and every sitemap are requested once, every article once. Once the interval has
// passed (a simulated clock), the worker that did not read a source may; the other then
// skips it.
TEST(CrawlSharedFrontier, TwoWorkersReadEachSourceOncePerInterval) {
  if (std::string why = testing::PostgresTestSchema::SkipReason(); !why.empty())
    GTEST_SKIP() << why;
  Result<std::unique_ptr<testing::PostgresTestSchema>> schema =
      testing::PostgresTestSchema::Create();
  ASSERT_OK(schema);
  NewsSite site;
  fs::path dir = TempDir("shared");
  Result<PipelineConfig> config = LoadPipelineConfig(site.WritePipeline(dir));
  ASSERT_OK(config);
  config->store = (*schema)->uri();
  for (SourceConfig& s : config->sources) s.interval = std::chrono::hours(1);
  std::atomic<int> hours_later{0};
  auto crawl = [&](const std::string& worker) -> Result<CrawlReport> {
    Result<std::unique_ptr<Store>> store = Store::Open(config->store);
    if (!store.ok()) return store.status();
    CrawlOptions o;
    o.workers = 1;
    o.now = [&] { return std::chrono::system_clock::now() + std::chrono::hours(hours_later); };
    o.shared.worker_id = worker;
    o.shared.lease_duration = std::chrono::seconds(5);
    o.shared.lease_poll = std::chrono::milliseconds(100);
    o.shared.connect_store = [uri = config->store] { return Store::Open(uri); };
    Crawler crawler(*config, **store, o);
    return crawler.Run();
  };
  const std::vector<std::string> documents = {"/feed.xml", "/sitemap-index.xml",
                                              "/sitemap-1.xml.gz", "/news-sitemap.xml"};
  auto hits = [&] {
    std::vector<int> n;
    for (const std::string& d : documents) n.push_back(site.server().hits(d));
    return n;
  };

  std::optional<Result<CrawlReport>> r1, r2;
  std::thread t1([&] { r1 = crawl("w1"); });
  std::thread t2([&] { r2 = crawl("w2"); });
  t1.join();
  t2.join();
  ASSERT_OK(*r1);
  ASSERT_OK(*r2);
  EXPECT_EQ(hits(), (std::vector<int>{1, 1, 1, 1}));
  EXPECT_EQ(site.ArticleHits(), NewsSite::kArticles);
  std::vector<bool> read_by_w1;
  ASSERT_EQ((*r1)->sources.size(), 3u);
  ASSERT_EQ((*r2)->sources.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_NE((*r1)->sources[i].elsewhere, (*r2)->sources[i].elsewhere) << i;
    const SourceReport& reader =
        (*r1)->sources[i].elsewhere ? (*r2)->sources[i] : (*r1)->sources[i];
    EXPECT_EQ(reader.error, "");
    EXPECT_GT(reader.added, 0);
    read_by_w1.push_back(!(*r1)->sources[i].elsewhere);
  }
  EXPECT_EQ((*r1)->run.counts.stored + (*r2)->run.counts.stored, NewsSite::kArticles);
  Result<std::unique_ptr<Store>> store = Store::Open(config->store);
  ASSERT_OK(store);
  EXPECT_EQ(*(*store)->CountArticles(), NewsSite::kArticles);

  // Within the interval nobody reads them again: not the worker that did not read them...
  for (const std::string w : {"w1", "w2"}) {
    Result<CrawlReport> r = crawl(w);
    ASSERT_OK(r);
    for (size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(r->sources[i].elsewhere, read_by_w1[i] != (w == "w1")) << w << i;
    }
  }
  // ... while the one that did reads them on its own schedule (a conditional GET: 304).
  EXPECT_EQ(hits(), (std::vector<int>{2, 2, 1, 2}));

  // An interval later, w2 comes first and reads every source; w1 then skips them all.
  hours_later = 2;
  Result<CrawlReport> later = crawl("w2");
  ASSERT_OK(later);
  for (const SourceReport& s : later->sources) EXPECT_FALSE(s.elsewhere) << s.name;
  EXPECT_EQ(hits(), (std::vector<int>{3, 3, 1, 3}));
  later = crawl("w1");
  ASSERT_OK(later);
  for (const SourceReport& s : later->sources) EXPECT_TRUE(s.elsewhere) << s.name;
  EXPECT_EQ(hits(), (std::vector<int>{3, 3, 1, 3}));
  EXPECT_EQ(site.ArticleHits(), NewsSite::kArticles);
  Result<std::vector<RunRecord>> runs = (*store)->ListRuns(1);
  ASSERT_OK(runs);
  ASSERT_EQ(runs->size(), 1u);
  const auto& counts = (*runs)[0].counts;
  auto elsewhere = std::find_if(counts.begin(), counts.end(),
                                [](const auto& c) { return c.first == "sources_elsewhere"; });
  ASSERT_NE(elsewhere, counts.end());
  EXPECT_EQ(elsewhere->second, 3);
  fs::remove_all(dir);
}

TEST(Crawl, StoreLockIsExclusive) {
  fs::path dir = TempDir("lock");
  std::string lock = (dir / "s.db.lock").string();
  Result<std::unique_ptr<StoreLock>> a = StoreLock::Acquire(lock, "s.db");
  ASSERT_OK(a);
  Result<std::unique_ptr<StoreLock>> b = StoreLock::Acquire(lock, "s.db");
  ASSERT_FALSE(b.ok());
  EXPECT_TRUE(b.status().IsFailedPrecondition());
  EXPECT_NE(b.status().message().find("pid " + std::to_string(::getpid())), std::string::npos)
      << b.status().message();
  a->reset();
  EXPECT_OK(StoreLock::Acquire(lock, "s.db"));
  fs::remove_all(dir);
}

// The command line: a crawl SIGKILLed in the middle and run again stores every article
// exactly once and leaves every URL in exactly one final state.
TEST(CrawlCli, KilledCrawlResumesWithNothingLostOrDoubled) {
  NewsSite site(std::chrono::milliseconds(60));
  fs::path dir = TempDir("kill");
  std::string pipeline = site.WritePipeline(dir, /*per_host=*/1);
  fs::path db = dir / "store.db";
  {
    Child crawl({"crawl", pipeline}, dir / "log1.txt");
    ASSERT_TRUE(WaitForArticles(db, 5)) << ReadFile(dir / "log1.txt");
    crawl.Signal(SIGKILL);
    EXPECT_EQ(crawl.Wait(std::chrono::seconds(10)), -SIGKILL);
  }
  int64_t after_kill = QueryInt(db, "SELECT count(*) FROM articles");
  EXPECT_LT(after_kill, NewsSite::kArticles) << "the crawl finished before it was killed";
  EXPECT_EQ(QueryInt(db,
                     "SELECT count(*) FROM runs WHERE finished_at IS NULL OR "
                     "finished_at = ''"),
            1);
  {
    Child crawl({"crawl", pipeline}, dir / "log2.txt");
    EXPECT_EQ(crawl.Wait(std::chrono::seconds(120)), 0) << ReadFile(dir / "log2.txt");
  }
  ExpectCompleteAndExactlyOnce(db, NewsSite::kArticles);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM articles"), NewsSite::kArticles);
  fs::remove_all(dir);
}

// SIGTERM during a crawl: the URLs in flight are finished and committed, exit 143 (128 +
// SIGTERM: a script tells a stopped run from a finished one), and the run is recorded as
// interrupted.
TEST(CrawlCli, SigtermStopsACrawlGracefully) {
  NewsSite site(std::chrono::milliseconds(60));
  fs::path dir = TempDir("term");
  std::string pipeline = site.WritePipeline(dir, /*per_host=*/1);
  fs::path db = dir / "store.db";
  Child crawl({"crawl", pipeline}, dir / "log.txt");
  ASSERT_TRUE(WaitForArticles(db, 3)) << ReadFile(dir / "log.txt");
  crawl.Signal(SIGTERM);
  EXPECT_EQ(crawl.Wait(std::chrono::seconds(60)), 128 + SIGTERM) << ReadFile(dir / "log.txt");
  ExpectIntact(db);
  const int64_t stored = QueryInt(db, "SELECT count(*) FROM articles");
  EXPECT_LT(stored, NewsSite::kArticles);
  EXPECT_EQ(Query(db, "SELECT status FROM runs")[0][0], "interrupted");
  // The summary says what is left for the next run.
  const int64_t pending = QueryInt(db, "SELECT count(*) FROM urls WHERE state = 'pending'");
  EXPECT_GT(pending, 0);
  EXPECT_NE(ReadFile(dir / "log.txt")
                .find(std::to_string(pending) +
                      " URLs not reached: still pending, the next run fetches them"),
            std::string::npos)
      << ReadFile(dir / "log.txt");
  fs::remove_all(dir);
}

// Writes into `dir` a pipeline p.toml (store s.db) whose one source is urls.txt: a1.html,
// an article, then two lines that name nothing to fetch (lines 2 and 3).
void WriteListWithBadLines(const fs::path& dir) {
  std::ofstream(dir / "a1.html") << ArticleHtml(1);
  std::ofstream(dir / "urls.txt") << "a1.html\nftp://x/y\nnot a url at all\n";
  std::ofstream(dir / "p.toml") << "name = \"lines\"\nstore = \"s.db\"\n[fetch]\ndelay = \"0s\"\n"
                                   "[[sources]]\nkind = \"urls\"\npath = \"urls.txt\"\n";
}

// A URL list's lines that name nothing to fetch are errors in the user's input, as
// `ingest` has them: on stderr as "newsdesk crawl: FILE: line N: reason" (not notes on
// stdout), counted after the summary, exit 1 and the run "failed" with errors "bad_line";
// the list's other lines are fetched.
TEST(CrawlCli, BadLinesOfAUrlListAreErrorsOnStderrAndExitOne) {
  fs::path dir = TempDir("cli_bad_lines");
  WriteListWithBadLines(dir);
  Child crawl({"crawl", (dir / "p.toml").string()}, dir / "out.txt", dir / "err.txt");
  EXPECT_EQ(crawl.Wait(std::chrono::seconds(60)), 1)
      << ReadFile(dir / "out.txt") << ReadFile(dir / "err.txt");
  const std::string err = ReadFile(dir / "err.txt");
  const std::string list = (dir / "urls.txt").string();
  EXPECT_NE(err.find("newsdesk crawl: " + list + ": line 2: 'ftp://x/y' is not an http(s) URL\n"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("newsdesk crawl: " + list +
                     ": line 3: 'not a url at all' is not a URL or an existing file\n"),
            std::string::npos)
      << err;
  const std::string out = ReadFile(dir / "out.txt");
  EXPECT_EQ(out.find("line 2"), std::string::npos) << out;
  EXPECT_NE(out.find("  2 invalid lines in URL lists (reported above)\n"), std::string::npos)
      << out;
  const fs::path db = dir / "s.db";
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Query(db, "SELECT status, errors FROM runs")[0],
            (std::vector<std::string>{"failed", "{\"bad_line\":2}"}));
  fs::remove_all(dir);
}

// The daemon logs a list's bad lines after its run (the first, and how many more), and
// goes on: its exit is still 0.
TEST(CrawlCli, DaemonLogsTheBadLinesOfAUrlList) {
  fs::path dir = TempDir("daemon_bad_lines");
  WriteListWithBadLines(dir);
  Child daemon({"daemon", (dir / "p.toml").string(), "--max-runs", "1"}, dir / "log.txt");
  EXPECT_EQ(daemon.Wait(std::chrono::seconds(60)), 0) << ReadFile(dir / "log.txt");
  const std::string log = ReadFile(dir / "log.txt");
  EXPECT_NE(log.find("newsdesk daemon:   invalid lines: " + (dir / "urls.txt").string() +
                     ": line 2: 'ftp://x/y' is not an http(s) URL (and 1 more)\n"),
            std::string::npos)
      << log;
  fs::remove_all(dir);
}

// `ingest` has a list's bad lines as `crawl` has them: on stderr, exit 1, and its run
// "failed" with errors "bad_line" (it used to be recorded "ok").
TEST(IngestCli, BadLinesOfTheListFailTheRunAsForACrawl) {
  fs::path dir = TempDir("ingest_bad_lines");
  std::ofstream(dir / "a1.html") << ArticleHtml(1);
  std::ofstream(dir / "urls.txt") << "a1.html\nftp://x/y\nnot a url at all\n";
  const fs::path db = dir / "s.db";
  Child ingest({"ingest", (dir / "urls.txt").string(), "--db", db.string()}, dir / "out.txt",
               dir / "err.txt");
  EXPECT_EQ(ingest.Wait(std::chrono::seconds(60)), 1)
      << ReadFile(dir / "out.txt") << ReadFile(dir / "err.txt");
  EXPECT_NE(ReadFile(dir / "err.txt")
                .find("newsdesk ingest: " + (dir / "urls.txt").string() +
                      ": line 2: 'ftp://x/y' is not an http(s) URL\n"),
            std::string::npos)
      << ReadFile(dir / "err.txt");
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Query(db, "SELECT status, errors FROM runs")[0],
            (std::vector<std::string>{"failed", "{\"bad_line\":2}"}));
  fs::remove_all(dir);
}

// Off a terminal the progress line comes every 10 s; a URL that begins to wait for an
// in-run retry is logged at once, with when it is due.
TEST(CrawlCli, ProgressLineSaysAUrlWaitsToRetryAndUntilWhen) {
  TestServer server;
  fs::path dir = TempDir("cli_progress_retry");
  std::ofstream(dir / "urls.txt") << server.url("/flaky/503/1/a?retry_after=2") << "\n";
  std::ofstream(dir / "p.toml") << "name = \"retry\"\nstore = \"s.db\"\n[fetch]\n"
                                   "allow_private_networks = true\ndelay = \"0s\"\n"
                                   "[[sources]]\nkind = \"urls\"\npath = \"urls.txt\"\n";
  Child crawl({"crawl", (dir / "p.toml").string()}, dir / "log.txt");
  EXPECT_EQ(crawl.Wait(std::chrono::seconds(60)), 0) << ReadFile(dir / "log.txt");
  const std::string log = ReadFile(dir / "log.txt");
  EXPECT_TRUE(
      std::regex_search(log, std::regex("progress: 0/1 done, .*, 1 waiting to retry, next at "
                                        "[0-2][0-9]:[0-5][0-9]:[0-6][0-9] UTC\n")))
      << log;
  EXPECT_EQ(server.hits("/flaky/503/1/a"), 2);
  fs::remove_all(dir);
}

// A SIGTERM while a source is being read (a feed that does not answer) stops the crawl at
// once: exit 143 within a few seconds (it used to wait for the read's timeouts and retries,
// a minute or more, then exit 1 for a failed source), the run recorded as interrupted
// with no source failed; the next run reads the feed again.
TEST(CrawlCli, SigtermWhileASourceIsReadStopsAtOnce) {
  TestServer server;
  server.Handle("/feed.xml", [](const HttpRequest&) {
    HttpResponse r = HttpResponse::Text("<rss version=\"2.0\"><channel/></rss>", "application/xml");
    r.delay = std::chrono::seconds(30);
    return r;
  });
  fs::path dir = TempDir("term-discovery");
  std::ofstream(dir / "p.toml") << "name = \"slow\"\nstore = \"s.db\"\n[fetch]\n"
                                   "allow_private_networks = true\ndelay = \"0s\"\n"
                                   "[[sources]]\nkind = \"feed\"\nurl = \""
                                << server.url("/feed.xml") << "\"\n";
  Child crawl({"crawl", (dir / "p.toml").string()}, dir / "log.txt");
  ASSERT_TRUE(WaitFor([&] { return server.hits("/feed.xml") >= 1; }));
  const auto signalled = std::chrono::steady_clock::now();
  crawl.Signal(SIGTERM);
  EXPECT_EQ(crawl.Wait(std::chrono::seconds(60)), 128 + SIGTERM) << ReadFile(dir / "log.txt");
  EXPECT_LT(std::chrono::steady_clock::now() - signalled, std::chrono::seconds(5));
  const fs::path db = dir / "s.db";
  EXPECT_EQ(Query(db, "SELECT status FROM runs")[0][0], "interrupted");
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM sources"), 0);  // no validators: read again
  fs::remove_all(dir);
}

// One SIGTERM stops an ingest of 3,000 URLs queued on one host at one request per second
// (it used to go on fetching its queue for minutes): exit 143 soon, the run recorded as
// interrupted, the URLs it did not request still pending for the next run.
TEST(IngestCli, SigtermStopsAnIngestWithThousandsQueuedOnOneSlowHost) {
  TestServer server;
  fs::path dir = TempDir("ingest-term");
  fs::path list = dir / "urls.txt";
  {
    std::ofstream out(list);
    for (int i = 0; i < 3000; ++i) out << server.url("/page/" + std::to_string(i)) << "\n";
  }
  fs::path db = dir / "store.db";
  Child ingest({"ingest", list.string(), "--db", db.string(), "--delay-ms", "1000",
                "--allow-private-networks"},
               dir / "log.txt");
  ASSERT_TRUE(WaitFor(
      [&] { return QueryInt(db, "SELECT count(*) FROM urls WHERE state != 'pending'") >= 2; },
      std::chrono::seconds(60)))
      << ReadFile(dir / "log.txt");
  ingest.Signal(SIGTERM);
  EXPECT_EQ(ingest.Wait(std::chrono::seconds(30)), 128 + SIGTERM) << ReadFile(dir / "log.txt");
  EXPECT_GE(QueryInt(db, "SELECT count(*) FROM urls WHERE state = 'pending'"), 2990);
  EXPECT_LE(server.total_hits(), 12);  // robots.txt and the pages requested before the stop
  EXPECT_EQ(Query(db, "SELECT status FROM runs")[0][0], "interrupted");
  fs::remove_all(dir);
}

// Two ingest workers sharing a PostgreSQL database, 3,000 URLs on one host at one request
// a second: the first is SIGKILLed mid-run. Its run is listed "killed" as soon as the
// server has ended its connection, and the next command that starts a run marks it so;
// the second worker's run, live all along, is never marked, and ends as that worker ends
// it (a SIGTERM: "interrupted").
TEST(IngestCli, AKilledWorkersRunIsMarkedKilledAndALiveOnesNever) {
  if (std::string why = testing::PostgresTestSchema::SkipReason(); !why.empty())
    GTEST_SKIP() << why;
  Result<std::unique_ptr<testing::PostgresTestSchema>> schema =
      testing::PostgresTestSchema::Create();
  ASSERT_OK(schema);
  const std::string db = (*schema)->uri();
  TestServer server;
  fs::path dir = TempDir("pg-killed-run");
  fs::path list = dir / "urls.txt";
  {
    std::ofstream out(list);
    for (int i = 0; i < 3000; ++i) out << server.url("/page/" + std::to_string(i)) << "\n";
  }
  auto ingest = [&](const std::string& worker, const fs::path& urls) {
    return std::make_unique<Child>(
        std::vector<std::string>{"ingest", urls.string(), "--db", db, "--delay-ms", "1000",
                                 "--allow-private-networks", "--worker-id", worker},
        dir / (worker + ".txt"));
  };
  Result<std::unique_ptr<Store>> store = Store::Open(db);
  ASSERT_OK(store);
  // The runs oldest first, as (id, status).
  auto runs = [&] {
    std::vector<std::pair<int64_t, std::string>> out;
    Result<std::vector<RunRecord>> listed = (*store)->ListRuns(-1);
    EXPECT_OK(listed);
    if (listed.ok()) {
      for (const RunRecord& r : *listed) out.emplace(out.begin(), r.id, r.status);
    }
    return out;
  };
  auto status_of = [&](size_t i) {
    std::vector<std::pair<int64_t, std::string>> now = runs();
    return now.size() > i ? now[i].second : std::string("(no run)");
  };

  std::unique_ptr<Child> killed = ingest("killed", list);
  ASSERT_TRUE(WaitFor([&] { return runs().size() == 1; })) << ReadFile(dir / "killed.txt");
  std::unique_ptr<Child> live = ingest("live", list);
  ASSERT_TRUE(WaitFor([&] { return runs().size() == 2; })) << ReadFile(dir / "live.txt");
  EXPECT_EQ(*(*store)->MarkRunsKilled(), 0);
  killed->Signal(SIGKILL);
  EXPECT_EQ(killed->Wait(std::chrono::seconds(10)), -SIGKILL);
  EXPECT_TRUE(WaitFor([&] { return status_of(0) == "killed"; }, std::chrono::seconds(10)));
  EXPECT_EQ(status_of(1), "running");

  // A third worker's command (one URL) marks the killed run and leaves the live one be.
  fs::path one = dir / "one.txt";
  std::ofstream(one) << server.url("/page/one") << "\n";
  std::unique_ptr<Child> third = ingest("third", one);
  EXPECT_EQ(third->Wait(std::chrono::seconds(60)), 0) << ReadFile(dir / "third.txt");
  EXPECT_EQ(*(*store)->MarkRunsKilled(), 0);  // the third command wrote it
  EXPECT_EQ(status_of(0), "killed");
  EXPECT_EQ(status_of(1), "running");
  EXPECT_EQ(status_of(2), "ok");

  live->Signal(SIGTERM);
  EXPECT_EQ(live->Wait(std::chrono::seconds(60)), 128 + SIGTERM) << ReadFile(dir / "live.txt");
  EXPECT_EQ(status_of(0), "killed");
  EXPECT_EQ(status_of(1), "interrupted");
  fs::remove_all(dir);
}

// An import stopped by SIGINT exits 130 (128 + SIGINT) with its run interrupted, and its
// summary speaks of documents: the rest of the input was not read (it says no "URLs not
// reached"), and importing it again stores the others (the stored ones: already done).
TEST(ImportCli, SigintStopsAnImportWhoseSummarySaysTheRestWasNotRead) {
  fs::path dir = TempDir("import-int");
  const fs::path docs = dir / "docs.jsonl";
  constexpr int kDocuments = 30000;
  {
    std::ofstream out(docs);
    for (int i = 0; i < kDocuments; ++i) {
      const std::string n = std::to_string(i);
      out << R"({"url": "https://i.example/a/)" << n << R"(", "title": "Report number )" << n
          << R"(", "text": "The council met on day )" << n
          << R"( and voted on the budget of the city, the roads and the schools."})"
          << "\n";
    }
  }
  const fs::path db = dir / "store.db";
  Child import({"import", docs.string(), "--db", db.string()}, dir / "log.txt");
  ASSERT_TRUE(WaitForArticles(db, 10)) << ReadFile(dir / "log.txt");
  import.Signal(SIGINT);
  EXPECT_EQ(import.Wait(std::chrono::seconds(60)), 128 + SIGINT) << ReadFile(dir / "log.txt");
  const std::string log = ReadFile(dir / "log.txt");
  EXPECT_NE(log.find("  the rest of the input was not read: importing it again stores the "
                     "documents not stored yet, none twice\n"),
            std::string::npos)
      << log;
  EXPECT_EQ(log.find("not reached"), std::string::npos) << log;
  EXPECT_EQ(Query(db, "SELECT status FROM runs")[0][0], "interrupted");
  const int64_t stored = QueryInt(db, "SELECT count(*) FROM articles");
  EXPECT_LT(stored, kDocuments);

  Child again({"import", docs.string(), "--db", db.string()}, dir / "again.txt");
  EXPECT_EQ(again.Wait(std::chrono::seconds(300)), 0) << ReadFile(dir / "again.txt");
  EXPECT_NE(ReadFile(dir / "again.txt").find(std::to_string(stored) + " already done"),
            std::string::npos)
      << ReadFile(dir / "again.txt");
  fs::remove_all(dir);
}

// An import reading a pipe whose producer stalls (`producer | newsdesk import -`) stops at
// SIGTERM without waiting for the next line or the end of the input: exit 143, the run
// interrupted. (With std::getline it waited for the pipe's end, or, when the signal
// interrupted its read, took that for the end and could record the run "ok".)
TEST(ImportCli, SigtermStopsAnImportWaitingOnAStalledPipe) {
  fs::path dir = TempDir("import-stall");
  int pipe[2];
  ASSERT_EQ(::pipe2(pipe, O_CLOEXEC), 0);
  const fs::path db = dir / "store.db";
  Child import({"import", "-", "--db", db.string()}, dir / "log.txt", {}, pipe[0]);
  ::close(pipe[0]);
  const std::string doc =
      R"({"url": "https://s.example/1", "title": "Council vote", "text": "The council met )"
      R"(and voted on the budget of the city, the roads and the schools."})"
      "\n";
  ASSERT_EQ(::write(pipe[1], doc.data(), doc.size()), static_cast<ssize_t>(doc.size()));
  ASSERT_TRUE(WaitFor([&] {
    return fs::exists(db) &&
           QueryInt(db, "SELECT count(*) FROM runs WHERE status = 'running'") == 1;
  })) << ReadFile(dir / "log.txt");
  std::this_thread::sleep_for(std::chrono::seconds(1));  // past the run's start: signals watched
  import.Signal(SIGTERM);
  EXPECT_EQ(import.Wait(std::chrono::seconds(30)), 128 + SIGTERM) << ReadFile(dir / "log.txt");
  ::close(pipe[1]);
  EXPECT_EQ(Query(db, "SELECT status FROM runs")[0][0], "interrupted");
  fs::remove_all(dir);
}

// A run whose only failures are passing ones (a 503 after its retries) exits 75 (EX_TEMPFAIL)
// with the time each URL is due again; one final failure (a 404) makes it exit 1.
TEST(IngestCli, PassingFailuresExitSeventyFiveAndFinalOnesOne) {
  TestServer server;
  fs::path dir = TempDir("ingest-exit");
  auto run = [&](const std::vector<std::string>& paths, const std::string& name) {
    fs::path list = dir / (name + ".txt");
    {
      std::ofstream out(list);
      for (const std::string& p : paths) out << server.url(p) << "\n";
    }
    Child ingest({"ingest", list.string(), "--db", (dir / (name + ".db")).string(),
                  "--allow-private-networks"},
                 dir / (name + ".log"));
    return ingest.Wait(std::chrono::seconds(120));
  };
  EXPECT_EQ(run({"/page/1", "/status/503"}, "passing"), 75) << ReadFile(dir / "passing.log");
  const std::string log = ReadFile(dir / "passing.log");
  EXPECT_NE(log.find("1 of the failed URLs failed for a passing reason"), std::string::npos) << log;
  EXPECT_NE(log.find("/status/503: http_error: HTTP 503 (retry after 20"), std::string::npos)
      << log;
  EXPECT_EQ(QueryInt(dir / "passing.db",
                     "SELECT count(*) FROM urls WHERE state = 'failed' AND next_attempt_at <> ''"),
            1);
  EXPECT_EQ(run({"/page/2", "/status/404", "/status/503"}, "final"), 1)
      << ReadFile(dir / "final.log");
  EXPECT_EQ(run({"/page/3"}, "clean"), 0) << ReadFile(dir / "clean.log");
  fs::remove_all(dir);
}

// The daemon: SIGTERM stops it with exit 0 and a consistent store; a second daemon on the
// same store is refused with a clear message.
TEST(CrawlCli, DaemonStopsCleanlyOnSigterm) {
  NewsSite site(std::chrono::milliseconds(20));
  fs::path dir = TempDir("daemon");
  std::string pipeline = site.WritePipeline(dir);
  fs::path db = dir / "store.db";
  Child daemon({"daemon", pipeline}, dir / "daemon.txt");
  ASSERT_TRUE(WaitForArticles(db, 3)) << ReadFile(dir / "daemon.txt");

  {
    Child second({"daemon", pipeline}, dir / "second.txt");
    EXPECT_EQ(second.Wait(std::chrono::seconds(30)), 2);
    EXPECT_NE(ReadFile(dir / "second.txt").find("already using"), std::string::npos)
        << ReadFile(dir / "second.txt");
  }

  daemon.Signal(SIGTERM);
  EXPECT_EQ(daemon.Wait(std::chrono::seconds(60)), 0) << ReadFile(dir / "daemon.txt");
  ExpectIntact(db);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) - count(DISTINCT content_hash) FROM articles"), 0);
  EXPECT_NE(ReadFile(dir / "daemon.txt").find("stopped"), std::string::npos);

  // What the daemon did not get to is done by the next crawl, nothing twice.
  Child crawl({"crawl", pipeline}, dir / "crawl.txt");
  EXPECT_EQ(crawl.Wait(std::chrono::seconds(120)), 0) << ReadFile(dir / "crawl.txt");
  ExpectCompleteAndExactlyOnce(db, NewsSite::kArticles);
  fs::remove_all(dir);
}

// The daemon re-reads each source on its interval ("1s" here): the second run finds the
// feed and sitemaps unchanged (304) and fetches no article again.
TEST(CrawlCli, DaemonRunsSourcesAgainOnTheirInterval) {
  NewsSite site;
  fs::path dir = TempDir("interval");
  std::string pipeline = site.WritePipeline(dir);
  fs::path db = dir / "store.db";
  Child daemon({"daemon", pipeline, "--max-runs", "2"}, dir / "daemon.txt");
  EXPECT_EQ(daemon.Wait(std::chrono::seconds(60)), 0) << ReadFile(dir / "daemon.txt");
  auto runs = Query(db, "SELECT status, finished_at FROM runs ORDER BY id");
  ASSERT_EQ(runs.size(), 2u) << ReadFile(dir / "daemon.txt");
  for (const auto& r : runs) {
    EXPECT_EQ(r[0], "ok");
    EXPECT_FALSE(r[1].empty());
  }
  EXPECT_EQ(site.ArticleHits(), NewsSite::kArticles);
  EXPECT_EQ(site.server().hits("/feed.xml"), 2);
  ExpectCompleteAndExactlyOnce(db, NewsSite::kArticles);
  fs::remove_all(dir);
}

TEST(CrawlCli, BadPipelineIsExitTwoWithFileAndLine) {
  fs::path dir = TempDir("bad");
  std::ofstream(dir / "bad.toml")
      << "name = \"x\"\n[[sources]]\nkind = \"rss\"\nurl = \"https://x/\"\n";
  Child crawl({"crawl", (dir / "bad.toml").string()}, dir / "log.txt");
  EXPECT_EQ(crawl.Wait(std::chrono::seconds(30)), 2);
  EXPECT_NE(ReadFile(dir / "log.txt").find("bad.toml:3: sources[0].kind"), std::string::npos)
      << ReadFile(dir / "log.txt");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsdesk
