// Re-fetches of stored articles over a real loopback server and a simulated clock (the
// crawl's CrawlOptions::now): edits become revisions with their diff, a 404 marks the
// article removed, a redirect away marks it moved, a 304 records nothing, re-fetches come
// at the configured ages, and a sitemap lastmod after the last fetch makes a page due.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "newsdesk/config.h"
#include "newsdesk/crawl.h"
#include "newsdesk/document.h"
#include "newsdesk/store.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"
#include "testing/test_server.h"

namespace newsdesk {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::sys_days;
using std::chrono::sys_seconds;
using testing::HttpRequest;
using testing::HttpResponse;
using testing::TempDir;
using testing::TestServer;

const sys_seconds kFirstCrawl = sys_days{std::chrono::year{2026} / 2 / 14} + hours(10);

// An article page; `figure` and `extra` vary between versions.
std::string ArticlePage(int n, const std::string& figure, const std::string& extra = "") {
  const std::string id = std::to_string(n);
  std::string body = "<p>Iraq took custody of " + figure +
                     " detainees from Syria on Saturday, officials in province " + id + " said." +
                     (extra.empty() ? "" : " " + extra) + "</p>";
  for (int p = 0; p < 3; ++p) {
    body += "<p>Report " + id + " paragraph " + std::to_string(p) +
            ": the transfer of the camp residents to the border crossing of district " + id +
            " was planned for weeks, and the council agreed to publish its records next " +
            "month after a long debate among the delegates.</p>";
  }
  return "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report " + id +
         " on the transfer</title></head><body><article><h1>Report " + id +
         " on the transfer</h1>" + body + "</article></body></html>";
}

// One crawl of `config` into `store` (one worker) at simulated time `at`.
CrawlReport CrawlOnceAt(const PipelineConfig& config, Store& store, sys_seconds at) {
  CrawlOptions options;
  options.workers = 1;
  options.now = [at] { return std::chrono::system_clock::time_point(at); };
  Crawler crawler(config, store, options);
  Result<CrawlReport> r = crawler.Run();
  EXPECT_OK(r);
  return r.ok() ? *std::move(r) : CrawlReport{};
}

// A page with a version number served with its ETag, answering 304 to a matching
// If-None-Match; status 0 = the page (else that status, or a redirect to `location`).
struct Page {
  std::atomic<int> version{1};
  std::atomic<int> status{0};
  std::string location;
  std::atomic<int> conditional{0};  // requests that carried If-None-Match
};

class RevisitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int n = 1; n <= 4; ++n) {
      Page& page = pages_[n];
      server_.Handle("/a/" + std::to_string(n), [this, n, &page](const HttpRequest& req) {
        if (!req.header("if-none-match").empty()) ++page.conditional;
        if (page.status == 404) {
          HttpResponse gone = HttpResponse::Text("gone");
          gone.status = 404;
          return gone;
        }
        if (page.status == 302) return HttpResponse::Redirect(302, server_.url("/elsewhere"));
        const std::string etag = "\"v" + std::to_string(page.version.load()) + "\"";
        if (req.header("if-none-match") == etag) {
          HttpResponse unchanged;
          unchanged.status = 304;
          unchanged.headers.emplace_back("ETag", etag);
          return unchanged;
        }
        HttpResponse r = HttpResponse::Html(
            page.version == 1 ? ArticlePage(n, "4,000")
                              : ArticlePage(n, "4,500", "The transfer ended on Sunday."));
        r.headers.emplace_back("ETag", etag);
        return r;
      });
    }
    server_.Handle("/elsewhere",
                   [](const HttpRequest&) { return HttpResponse::Html(ArticlePage(99, "12")); });
    server_.Handle("/sitemap.xml", [this](const HttpRequest&) {
      std::string xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
      for (int n = 1; n <= 4; ++n) {
        xml += "<url><loc>" + server_.url("/a/" + std::to_string(n)) + "</loc><lastmod>" +
               lastmod_[n] + "</lastmod></url>";
      }
      return HttpResponse::Text(xml + "</urlset>", "application/xml");
    });
    for (int n = 1; n <= 4; ++n) lastmod_[n] = "2026-02-13";
    std::ofstream(dir_.File("site.toml"))
        << "name = \"revisits\"\nstore = \"store.db\"\nrevisit = [\"1d\", \"7d\"]\n"
        << "[fetch]\nallow_private_networks = true\ndelay = \"0s\"\nattempts = 1\n"
        << "[[sources]]\nkind = \"sitemap\"\nurl = \"" << server_.url("/sitemap.xml") << "\"\n";
    Result<PipelineConfig> config = LoadPipelineConfig(dir_.File("site.toml"));
    ASSERT_OK(config);
    config_ = *std::move(config);
    Result<std::unique_ptr<Store>> store = Store::Open(config_.store);
    ASSERT_OK(store);
    store_ = std::move(*store);
  }

  // One crawl at simulated time `at`.
  CrawlReport CrawlAt(sys_seconds at) { return CrawlOnceAt(config_, *store_, at); }

  std::string Url(int n) const { return server_.url("/a/" + std::to_string(n)); }
  FrontierEntry Frontier(int n) {
    Result<std::optional<FrontierEntry>> e = store_->GetUrl(Url(n));
    EXPECT_OK(e);
    return e.ok() && e->has_value() ? **e : FrontierEntry{};
  }
  Article ArticleOf(int n) {
    Result<std::optional<Article>> a = store_->GetArticle(Frontier(n).article_id);
    EXPECT_OK(a);
    return a.ok() && a->has_value() ? **a : Article{};
  }
  std::vector<ArticleRevision> RevisionsOf(int n) {
    Result<std::vector<ArticleRevision>> r =
        store_->ListRevisions({.article_id = Frontier(n).article_id});
    EXPECT_OK(r);
    return r.ok() ? *r : std::vector<ArticleRevision>{};
  }
  int ArticleHits() const {
    int hits = 0;
    for (int n = 1; n <= 4; ++n) hits += server_.hits("/a/" + std::to_string(n));
    return hits;
  }

  Page pages_[5];
  std::string lastmod_[5];
  TempDir dir_;
  PipelineConfig config_;
  std::unique_ptr<Store> store_;
  TestServer server_;  // last: stopped before the pages its handlers read go away
};

TEST_F(RevisitTest, EditsRemovalsAndMovesAreFoundAtTheConfiguredAges) {
  CrawlReport first = CrawlAt(kFirstCrawl);
  EXPECT_EQ(first.run.counts.stored, 4);
  for (int n = 1; n <= 4; ++n) {
    // Re-fetch planned one day after the first fetch.
    EXPECT_EQ(Frontier(n).next_attempt_at, IsoUtc(kFirstCrawl + days(1))) << n;
    EXPECT_EQ(Frontier(n).checked_at, IsoUtc(kFirstCrawl)) << n;
  }
  pages_[1].version = 2;   // edited: 4,000 -> 4,500 and a sentence added
  pages_[2].status = 404;  // removed
  pages_[4].status = 302;  // redirected to another article
  const int hits = ArticleHits();

  // Two hours later nothing is due: no article is requested.
  CrawlReport early = CrawlAt(kFirstCrawl + hours(2));
  EXPECT_EQ(early.run.counts.fetched, 0);
  EXPECT_EQ(ArticleHits(), hits);
  EXPECT_TRUE(store_->ListRevisions({})->empty());

  // A day later every article is fetched again, conditionally.
  CrawlReport day = CrawlAt(kFirstCrawl + days(1) + hours(1));
  EXPECT_EQ(ArticleHits(), hits + 4);
  EXPECT_EQ(day.run.counts.revised, 1);
  EXPECT_EQ(day.run.counts.removed, 2);
  EXPECT_EQ(day.run.counts.unchanged, 1);
  EXPECT_EQ(day.run.counts.failed, 0);  // a removal is what a re-fetch found, not a failure
  EXPECT_GE(pages_[3].conditional.load(), 1);

  // The edit: a revision holding the first version, with the words and figures it changed.
  std::vector<ArticleRevision> edits = RevisionsOf(1);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].kind, "edited");
  EXPECT_EQ(edits[0].seen_at, IsoUtc(kFirstCrawl + days(1) + hours(1)));
  EXPECT_NE(edits[0].text.find("4,000 detainees"), std::string::npos) << edits[0].text;
  EXPECT_EQ(edits[0].words_added, 6);    // 4,500 + "The transfer ended on Sunday"
  EXPECT_EQ(edits[0].words_removed, 1);  // 4,000
  EXPECT_EQ(edits[0].figures_changed, 1);
  EXPECT_EQ(edits[0].figures, "detainees: 4,000 -> 4,500");
  const Article edited = ArticleOf(1);
  EXPECT_NE(edited.text.find("4,500 detainees"), std::string::npos);
  EXPECT_EQ(edited.revision_count, 1);
  EXPECT_EQ(edited.fetched_at, IsoUtc(kFirstCrawl));  // the first fetch stays
  Result<std::vector<StoryFigure>> figures = store_->ListFigures(edited.story_id);
  ASSERT_OK(figures);
  int marked = 0;
  for (const StoryFigure& f : *figures) {
    if (f.article_id != edited.id || f.unit != "detainees") continue;
    EXPECT_EQ(f.text, "4,500");
    EXPECT_EQ(f.previous, "4,000");
    ++marked;
  }
  EXPECT_EQ(marked, 1);

  // The 404: removed, the last text kept; no more re-fetches.
  std::vector<ArticleRevision> removed = RevisionsOf(2);
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(removed[0].kind, "removed");
  EXPECT_EQ(removed[0].http_status, 404);
  EXPECT_EQ(ArticleOf(2).gone, "removed");
  EXPECT_NE(ArticleOf(2).text.find("4,000 detainees"), std::string::npos);
  EXPECT_EQ(Frontier(2).next_attempt_at, "");

  // The 304: unchanged, no revision, the next re-fetch at seven days.
  EXPECT_TRUE(RevisionsOf(3).empty());
  EXPECT_EQ(Frontier(3).state, UrlState::kUnchanged);
  EXPECT_EQ(Frontier(3).next_attempt_at, IsoUtc(kFirstCrawl + days(7)));
  EXPECT_EQ(Frontier(1).next_attempt_at, IsoUtc(kFirstCrawl + days(7)));

  // The redirect away: moved, to where.
  std::vector<ArticleRevision> moved = RevisionsOf(4);
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(moved[0].kind, "moved");
  EXPECT_EQ(moved[0].moved_to, server_.url("/elsewhere"));
  EXPECT_EQ(ArticleOf(4).gone, "moved");

  // At eight days the two live articles are fetched once more; the same text records
  // nothing, and no re-fetch is left.
  CrawlReport week = CrawlAt(kFirstCrawl + days(8));
  EXPECT_EQ(ArticleHits(), hits + 6);
  EXPECT_EQ(week.run.counts.revised, 0);
  EXPECT_EQ(RevisionsOf(1).size(), 1u);
  for (int n = 1; n <= 4; ++n) EXPECT_EQ(Frontier(n).next_attempt_at, "") << n;
  CrawlAt(kFirstCrawl + days(30));
  EXPECT_EQ(ArticleHits(), hits + 6);
}

// An article read from a file: URL whose file is gone by its re-fetch is removed, as the
// page of a 404 is (the fetch says not_found), not a re-fetch that failed and is tried
// again.
TEST(Revisit, AFileGoneByItsRefetchMarksItsArticleRemoved) {
  TempDir dir;
  std::ofstream(dir.File("a1.html")) << ArticlePage(1, "4,000");
  std::ofstream(dir.File("feed.xml"))
      << "<rss version=\"2.0\"><channel><item><link>a1.html</link></item></channel></rss>";
  std::ofstream(dir.File("files.toml"))
      << "name = \"files\"\nstore = \"store.db\"\nrevisit = [\"1d\"]\n"
      << "[fetch]\ndelay = \"0s\"\nattempts = 1\n"
      << "[[sources]]\nkind = \"feed\"\npath = \"feed.xml\"\n";
  Result<PipelineConfig> config = LoadPipelineConfig(dir.File("files.toml"));
  ASSERT_OK(config);
  Result<std::unique_ptr<Store>> store = Store::Open(config->store);
  ASSERT_OK(store);
  EXPECT_EQ(CrawlOnceAt(*config, **store, kFirstCrawl).run.counts.stored, 1);
  std::filesystem::remove(dir.File("a1.html"));

  const CrawlReport day = CrawlOnceAt(*config, **store, kFirstCrawl + days(1) + hours(1));
  EXPECT_EQ(day.run.counts.removed, 1);
  EXPECT_EQ(day.run.counts.failed, 0);
  Result<std::vector<ArticleRevision>> revisions = (*store)->ListRevisions({});
  ASSERT_OK(revisions);
  ASSERT_EQ(revisions->size(), 1u);
  EXPECT_EQ((*revisions)[0].kind, "removed");
  Result<std::optional<Article>> article = (*store)->GetArticle((*revisions)[0].article_id);
  ASSERT_OK(article);
  ASSERT_TRUE(article->has_value());
  EXPECT_EQ((*article)->gone, "removed");
  EXPECT_NE((*article)->text.find("4,000 detainees"), std::string::npos);  // the last text
}

TEST_F(RevisitTest, ASitemapLastmodAfterTheLastFetchMakesThePageDue) {
  CrawlAt(kFirstCrawl);
  const int hits = ArticleHits();
  pages_[1].version = 2;
  lastmod_[1] = "2026-02-14T11:00:00Z";  // after the first fetch at 10:00
  lastmod_[3] = "2026-02-14";            // that day, not after the fetch
  CrawlReport r = CrawlAt(kFirstCrawl + hours(2));
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].changed, 1);
  EXPECT_EQ(ArticleHits(), hits + 1);
  EXPECT_EQ(server_.hits("/a/1"), 2);
  EXPECT_EQ(r.run.counts.revised, 1);
  EXPECT_EQ(RevisionsOf(1).size(), 1u);
  // Read again with the same lastmod, the page is not due: it was fetched after it.
  CrawlAt(kFirstCrawl + hours(3));
  EXPECT_EQ(ArticleHits(), hits + 1);
  // The age schedule still counts from the first fetch.
  EXPECT_EQ(Frontier(1).next_attempt_at, IsoUtc(kFirstCrawl + days(1)));
}

TEST_F(RevisitTest, NoAgesMeansNoRefetch) {
  config_.revisit_after.clear();
  CrawlAt(kFirstCrawl);
  const int hits = ArticleHits();
  EXPECT_EQ(Frontier(1).next_attempt_at, "");
  CrawlAt(kFirstCrawl + days(2));
  EXPECT_EQ(ArticleHits(), hits);
}

// --revisit on the command line: "none" and durations; anything else is a usage error.
TEST_F(RevisitTest, RevisitFlagTakesAgesOrNoneAndRejectsTheRest) {
  auto exit_code = [&](const std::string& args) {
    const std::string cmd = std::string(NEWSDESK_BINARY) + " " + args + " >/dev/null 2>&1";
    const int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  store_.reset();
  EXPECT_EQ(exit_code("crawl " + dir_.File("site.toml") + " --revisit soon"), 2);
  EXPECT_EQ(exit_code("ingest /dev/null --db " + dir_.File("i.db") + " --revisit 1d,"), 2);
  EXPECT_EQ(exit_code("crawl " + dir_.File("site.toml") + " --revisit none"), 0);
  // With no re-fetch ages, the crawl planned none.
  Result<std::unique_ptr<Store>> store = Store::Open(config_.store);
  ASSERT_OK(store);
  Result<std::optional<FrontierEntry>> e = (*store)->GetUrl(Url(1));
  ASSERT_OK(e);
  ASSERT_TRUE(e->has_value());
  EXPECT_EQ((*e)->state, UrlState::kFetched);
  EXPECT_EQ((*e)->next_attempt_at, "");
}

// `newsdesk revisions` lists what the crawls found, for an article or a story, as text
// and as JSON with the earlier text.
TEST_F(RevisitTest, RevisionsCommandListsEditsAndRemovals) {
  CrawlAt(kFirstCrawl);
  pages_[1].version = 2;
  pages_[2].status = 404;
  CrawlAt(kFirstCrawl + days(1) + hours(1));
  const std::string edited = std::to_string(Frontier(1).article_id);
  store_.reset();  // the command opens the store itself
  auto run = [&](const std::string& args) {
    const std::string cmd =
        std::string(NEWSDESK_BINARY) + " " + args + " --db " + config_.store + " 2>&1";
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    ::pclose(p);
    return out;
  };
  const std::string all = run("revisions");
  EXPECT_NE(all.find("edited  +6 -1 words  figures detainees: 4,000 -> 4,500"), std::string::npos)
      << all;
  EXPECT_NE(all.find("removed (http 404)"), std::string::npos) << all;
  const std::string json = run("revisions --json --article " + edited);
  nlohmann::json j = nlohmann::json::parse(json.substr(0, json.find('\n')));
  EXPECT_EQ(j["kind"], "edited");
  EXPECT_NE(j["text"].get<std::string>().find("4,000 detainees"), std::string::npos);
  EXPECT_EQ(run("revisions --article 999"), "newsdesk revisions: none recorded\n");

  // The stories list counts edited and removed articles and shows the changed figure.
  const std::string stories = run("stories");
  // (The two articles may share a story or not: each count is checked on its own.)
  EXPECT_NE(stories.find("revisions: 1 article edited since first fetched (1 edit)"),
            std::string::npos)
      << stories;
  EXPECT_NE(stories.find(" 1 removed or moved"), std::string::npos) << stories;
  EXPECT_NE(stories.find("figures their source changed: 4,500 detainees ("), std::string::npos)
      << stories;
  EXPECT_NE(stories.find(", was 4,000)"), std::string::npos) << stories;
  // The export: the latest text with its revision count; the removed article is marked.
  std::istringstream exported(run("export --format jsonl"));
  int seen = 0;
  for (std::string line; std::getline(exported, line);) {
    const nlohmann::json a = nlohmann::json::parse(line);
    if (std::to_string(a["id"].get<int64_t>()) == edited) {
      EXPECT_EQ(a["revision_count"], 1);
      EXPECT_EQ(a["gone"], "");
      EXPECT_NE(a["text"].get<std::string>().find("4,500 detainees"), std::string::npos);
      ++seen;
    } else if (a["url"] == Url(2)) {
      EXPECT_EQ(a["gone"], "removed");
      ++seen;
    }
  }
  EXPECT_EQ(seen, 2);
}

}  // namespace
}  // namespace newsdesk
