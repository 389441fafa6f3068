// The pipeline with the real Fetcher against the loopback test server: what ingest does
// over HTTP, end to end into an in-memory store.
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "newsdesk/pipeline.h"
#include "testing/news_page.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"
#include "testing/test_server.h"
#include "testing/wait_for.h"

namespace newsdesk {
namespace {

using testing::HttpRequest;
using testing::HttpResponse;
using testing::NewsPage;
using testing::TempDir;
using testing::TestServer;

class PipelineLoopbackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> s = Store::Open(":memory:");
    ASSERT_OK(s);
    store_ = std::move(s).value();
    options_.workers = 2;
    options_.fetch.allow_private_networks = true;  // 127.0.0.1
    options_.fetch.per_host_delay = std::chrono::milliseconds(0);
    options_.fetch.max_per_host = 8;
    options_.fetch.retry_base_delay = std::chrono::milliseconds(10);
    options_.fetch.max_retry_delay = std::chrono::milliseconds(50);
    options_.fetch.total_timeout = std::chrono::milliseconds(10000);
    for (int i = 0; i < 8; ++i) {
      server_.Handle("/news/" + std::to_string(i),
                     [i](const HttpRequest&) { return HttpResponse::Html(NewsPage(i)); });
    }
  }

  RunSummary Ingest(const std::vector<std::string>& urls) {
    Pipeline pipeline(*store_, options_);
    Result<RunSummary> r = pipeline.Ingest(urls);
    EXPECT_OK(r);
    return r.ok() ? *std::move(r) : RunSummary{};
  }

  FrontierEntry Frontier(const std::string& url) {
    Result<std::optional<FrontierEntry>> e = store_->GetUrl(url);
    EXPECT_OK(e);
    return e.ok() && e->has_value() ? **e : FrontierEntry{};
  }

  TestServer server_;
  std::unique_ptr<Store> store_;
  PipelineOptions options_;
};

TEST_F(PipelineLoopbackTest, IngestsOverHttpWithEveryOutcomeRecorded) {
  server_.SetRobotsTxt("User-agent: *\nDisallow: /private/\n");
  std::vector<std::string> urls;
  for (int i = 0; i < 8; ++i) urls.push_back(server_.url("/news/" + std::to_string(i)));
  const std::string missing = server_.url("/status/404");
  const std::string redirected = server_.url("/redirect/2");
  const std::string flaky = server_.url("/flaky/503/1/a");
  const std::string blocked = server_.url("/private/x");
  urls.insert(urls.end(), {missing, redirected, flaky, blocked});

  RunSummary s = Ingest(urls);
  EXPECT_EQ(s.counts.total, 12);
  EXPECT_EQ(s.counts.failed, 1);
  EXPECT_EQ(s.counts.skipped, 1);
  EXPECT_EQ(s.counts.stored + s.counts.duplicates, 10);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(Frontier(urls[i]).state, UrlState::kFetched) << urls[i];

  const FrontierEntry gone = Frontier(missing);
  EXPECT_EQ(gone.state, UrlState::kFailed);
  EXPECT_EQ(gone.http_status, 404);
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].url, missing);
  EXPECT_NE(s.failures[0].reason.find("404"), std::string::npos) << s.failures[0].reason;

  // 503 once, then 200: one URL, two attempts, stored.
  const FrontierEntry recovered = Frontier(flaky);
  EXPECT_NE(recovered.state, UrlState::kFailed);
  EXPECT_EQ(recovered.attempts, 2);
  EXPECT_EQ(Frontier(blocked).state, UrlState::kSkipped);
  EXPECT_NE(Frontier(redirected).state, UrlState::kFailed);
  EXPECT_EQ(server_.hits("/private/x"), 0);

  // Stage accounting: the fetcher ran, workers parsed pages, the writer stored them.
  EXPECT_GT(s.stats.fetcher_cpu.count(), 0);
  EXPECT_GT(s.stats.extract_cpu.count(), 0);
  EXPECT_GT(s.stats.stories_cpu.count(), 0);
  EXPECT_GT(s.stats.store_cpu.count(), 0);
}

TEST_F(PipelineLoopbackTest, PagesThatAreNotArticlesAreSkippedWithTheirReasonNotStored) {
  server_.Handle("/soft404", [](const HttpRequest&) {
    return HttpResponse::Html(
        "<html><head><title>Page not found</title></head><body><p>Back home.</p></body></html>");
  });
  server_.Handle("/wall", [](const HttpRequest&) {
    return HttpResponse::Html(
        "<html><body><h1>Just a moment...</h1><p>Checking your browser before accessing the "
        "site.</p></body></html>");
  });
  server_.Handle("/blank", [](const HttpRequest&) {
    return HttpResponse::Html("<html><head><title>Blank</title></head><body></body></html>");
  });
  const std::string soft404 = server_.url("/soft404"), wall = server_.url("/wall"),
                    blank = server_.url("/blank"), news = server_.url("/news/1");
  RunSummary s = Ingest({soft404, wall, blank, news});
  EXPECT_EQ(s.counts.stored, 1);
  EXPECT_EQ(s.counts.skipped, 3);
  Result<int64_t> n = store_->CountArticles();
  ASSERT_OK(n);
  EXPECT_EQ(*n, 1);
  EXPECT_EQ(Frontier(soft404).state, UrlState::kSkipped);
  EXPECT_EQ(Frontier(soft404).error.rfind("not an article: error_page: ", 0), 0u)
      << Frontier(soft404).error;
  EXPECT_EQ(Frontier(wall).error.rfind("not an article: wall: ", 0), 0u) << Frontier(wall).error;
  EXPECT_EQ(Frontier(blank).error, "not an article: no_text: no main text found");
  EXPECT_EQ(Frontier(news).state, UrlState::kFetched);
  ASSERT_EQ(s.skips.size(), 3u);
}

TEST_F(PipelineLoopbackTest, SecondRunRequestsNothingAndConditionalGetGivesUnchanged) {
  const std::string page = server_.url("/news/3");
  const std::string etag = server_.url("/etag");
  Ingest({page, etag});
  const int hits = server_.total_hits();
  RunSummary again = Ingest({page, etag});
  EXPECT_EQ(again.counts.already_done, 2);
  EXPECT_EQ(server_.hits("/news/3"), 1);
  EXPECT_EQ(server_.hits("/etag"), 1);
  EXPECT_LE(server_.total_hits(), hits + 1);  // at most a robots.txt lookup

  options_.refetch_finished = true;
  RunSummary refetch = Ingest({etag});
  EXPECT_EQ(refetch.counts.unchanged, 1);
  EXPECT_EQ(Frontier(etag).state, UrlState::kUnchanged);
  EXPECT_EQ(server_.hits("/etag"), 2);
}

TEST_F(PipelineLoopbackTest, CancelLeavesInFlightAndUnsentUrlsPending) {
  std::vector<std::string> urls;
  for (int i = 0; i < 12; ++i) {
    urls.push_back(server_.url("/drip/" + std::to_string(i) + "?bytes=40&interval_ms=25"));
  }
  options_.fetch.max_total = 4;
  options_.max_in_flight = 4;
  Pipeline pipeline(*store_, options_);
  // Cancelled once the first drip is on the wire (not after a guessed sleep, which on a
  // loaded machine could come before the run started).
  std::thread canceller([&] {
    EXPECT_TRUE(testing::WaitFor([&] {
      int started = 0;
      for (int i = 0; i < 12; ++i) started += server_.hits("/drip/" + std::to_string(i));
      return started >= 1;
    }));
    pipeline.Cancel();
  });
  Result<RunSummary> r = pipeline.Ingest(urls);
  canceller.join();
  ASSERT_OK(r);
  EXPECT_TRUE(r->interrupted);
  EXPECT_EQ(r->counts.failed, 0);
  int pending = 0;
  for (const std::string& u : urls) pending += Frontier(u).state == UrlState::kPending;
  EXPECT_GE(pending, 8);  // at most 4 could have started before the cancel
}

// Stop() with hundreds of URLs queued on one slow host (issue: SIGTERM did not stop an
// ingest while its queue lasted): nothing more is requested, what was queued stays pending
// and untouched, what was fetched is committed.
TEST_F(PipelineLoopbackTest, StopLeavesQueuedUrlsOfASlowHostPendingAndUntouched) {
  std::vector<std::string> urls;
  for (int i = 0; i < 300; ++i) urls.push_back(server_.url("/page/" + std::to_string(i)));
  options_.fetch.max_per_host = 1;
  options_.fetch.per_host_delay = std::chrono::milliseconds(100);  // 30 s for the list
  Pipeline pipeline(*store_, options_);
  std::thread stopper([&] {
    EXPECT_TRUE(testing::WaitFor([&] { return server_.total_hits() >= 3; }));
    pipeline.Stop();
  });
  Result<RunSummary> r = pipeline.Ingest(urls);
  stopper.join();
  ASSERT_OK(r);
  EXPECT_TRUE(r->interrupted);
  EXPECT_EQ(r->counts.failed, 0);
  int pending = 0, requested = 0;
  for (const std::string& u : urls) {
    FrontierEntry e = Frontier(u);
    if (e.state == UrlState::kPending) {
      ++pending;
      EXPECT_EQ(e.attempts, 0) << u;
      EXPECT_EQ(e.error, "") << u;
    }
    requested += server_.hits(u.substr(u.find("/page/"))) > 0;
  }
  EXPECT_EQ(pending + requested, 300);
  EXPECT_GE(pending, 280);  // a handful requested before the stop, at 10 per second
  EXPECT_GE(r->counts.fetched, 2);
}

// A transfer still on the wire when the run is stopped gets `stop_grace`, then is aborted
// and stays pending (a server dripping a page over a minute does not hold the stop).
TEST_F(PipelineLoopbackTest, StopAbortsATransferThatOutlivesTheGrace) {
  const std::string slow = server_.url("/drip?bytes=1200&interval_ms=50");
  options_.stop_grace = std::chrono::milliseconds(200);
  Pipeline pipeline(*store_, options_);
  std::thread stopper([&] {
    EXPECT_TRUE(testing::WaitFor([&] { return server_.hits("/drip") == 1; }));
    pipeline.Stop();
  });
  Result<RunSummary> r = pipeline.Ingest({slow});
  stopper.join();
  ASSERT_OK(r);
  EXPECT_TRUE(r->interrupted);
  EXPECT_EQ(Frontier(slow).state, UrlState::kPending);
  EXPECT_EQ(r->counts.failed, 0);
}

TEST_F(PipelineLoopbackTest, PrivateAddressesAreRefusedUnlessAllowed) {
  options_.fetch.allow_private_networks = false;
  RunSummary s = Ingest({server_.url("/news/1")});
  EXPECT_EQ(s.counts.failed, 1);
  EXPECT_EQ(server_.hits("/news/1"), 0);
  EXPECT_EQ(Frontier(server_.url("/news/1")).state, UrlState::kFailed);
}

// Issue 6: robots.txt is fetched once per host per run and cached in the store with an
// expiry (RFC 9309 §2.4: a cached copy SHOULD NOT be used for more than 24 hours), so a
// later run within the TTL, even in another process, does not fetch it again.
TEST_F(PipelineLoopbackTest, RobotsTxtIsCachedInTheStoreAcrossRuns) {
  server_.SetRobotsTxt("User-agent: *\nDisallow: /private/\n");
  TempDir dir;
  const std::string db = dir.File("robots.db");
  auto ingest = [&](const std::vector<std::string>& urls) {
    Result<std::unique_ptr<Store>> store = Store::Open(db);  // a fresh process's view
    EXPECT_OK(store);
    if (!store.ok()) return RunSummary{};
    Pipeline pipeline(**store, options_);
    Result<RunSummary> r = pipeline.Ingest(urls);
    EXPECT_OK(r);
    return r.ok() ? *std::move(r) : RunSummary{};
  };

  RunSummary first = ingest({server_.url("/news/0"), server_.url("/news/1")});
  EXPECT_EQ(first.counts.stored, 2);
  EXPECT_EQ(server_.hits("/robots.txt"), 1);

  // New URLs on the same host: the stored answer is used, and still obeyed.
  RunSummary second = ingest({server_.url("/news/2"), server_.url("/private/x")});
  EXPECT_EQ(second.counts.stored, 1);
  EXPECT_EQ(second.counts.skipped, 1);
  EXPECT_EQ(server_.hits("/robots.txt"), 1);
  EXPECT_EQ(server_.hits("/private/x"), 0);

  // Back-date the stored answer past the TTL: the next run fetches robots.txt again and
  // stores the fresh answer.
  {
    Result<std::unique_ptr<Store>> store = Store::Open(db);
    ASSERT_OK(store);
    const std::string origin = "http://127.0.0.1:" + std::to_string(server_.port());
    Result<std::optional<RobotsEntry>> row = (*store)->GetRobots(origin);
    ASSERT_OK(row);
    ASSERT_TRUE(row->has_value());
    EXPECT_EQ((*row)->http_status, 200);
    RobotsEntry old = **row;
    old.fetched_at = IsoUtc(std::chrono::system_clock::now() - std::chrono::hours(25));
    ASSERT_OK((*store)->PutRobots(old));
  }
  RunSummary third = ingest({server_.url("/news/3")});
  EXPECT_EQ(third.counts.stored, 1);
  EXPECT_EQ(server_.hits("/robots.txt"), 2);
  ingest({server_.url("/news/4")});
  EXPECT_EQ(server_.hits("/robots.txt"), 2);
}

}  // namespace
}  // namespace newsdesk
