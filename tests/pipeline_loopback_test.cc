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
#include "testing/test_server.h"

namespace newsdesk {
namespace {

using testing::HttpRequest;
using testing::HttpResponse;
using testing::NewsPage;
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
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
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

TEST_F(PipelineLoopbackTest, PrivateAddressesAreRefusedUnlessAllowed) {
  options_.fetch.allow_private_networks = false;
  RunSummary s = Ingest({server_.url("/news/1")});
  EXPECT_EQ(s.counts.failed, 1);
  EXPECT_EQ(server_.hits("/news/1"), 0);
  EXPECT_EQ(Frontier(server_.url("/news/1")).state, UrlState::kFailed);
}

}  // namespace
}  // namespace newsdesk
