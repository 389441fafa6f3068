#include "newsdesk/pipeline.h"

#include <atomic>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include "newsdesk/article.h"
#include "testing/fake_fetcher.h"
#include "testing/news_page.h"
#include "testing/status_matchers.h"
#include "testing/story_sets.h"
#include "testing/wait_for.h"

namespace newsdesk {
namespace {

using testing::FakeWeb;
using testing::NewsPage;

FrontierEntry Entry(const std::string& url, UrlState state) {
  FrontierEntry e;
  e.url = url;
  e.state = state;
  return e;
}

std::string Url(int n) {
  return "https://news" + std::to_string(n % 3) + ".example/a/" + std::to_string(n);
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> s = Store::Open(":memory:");
    ASSERT_OK(s);
    store_ = std::move(s).value();
    options_.fetcher_factory = web_.Factory();
    options_.workers = 2;
    options_.fetch.allow_file_urls = true;
  }

  std::vector<std::string> AddPages(int first, int count) {
    std::vector<std::string> urls;
    for (int i = first; i < first + count; ++i) {
      web_.AddPage(Url(i), NewsPage(i));
      urls.push_back(Url(i));
    }
    return urls;
  }

  RunSummary Ingest(const std::vector<std::string>& urls) {
    Pipeline pipeline(*store_, options_);
    Result<RunSummary> r = pipeline.Ingest(urls);
    EXPECT_OK(r);
    return r.ok() ? *std::move(r) : RunSummary{};
  }

  // Imports `docs` in order through a pipeline with options_.
  Result<RunSummary> ImportDocs(const std::vector<ImportInput>& docs) {
    size_t i = 0;
    return Pipeline(*store_, options_).Import([&](ImportInput& d) {
      if (i == docs.size()) return false;
      d = docs[i++];
      return true;
    });
  }

  std::vector<Article> Articles() {
    std::vector<Article> out;
    EXPECT_OK(store_->ForEachArticle([&](const Article& a) {
      out.push_back(a);
      return true;
    }));
    return out;
  }

  FrontierEntry Frontier(const std::string& url) {
    Result<std::optional<FrontierEntry>> e = store_->GetUrl(url);
    EXPECT_OK(e);
    if (!e.ok() || !e->has_value()) return Entry(url, UrlState::kPending);
    return **e;
  }

  FakeWeb web_;
  std::unique_ptr<Store> store_;
  PipelineOptions options_;
};

TEST_F(PipelineTest, StoresEveryPageOnceWithStoryAndFrontierState) {
  const std::vector<std::string> urls = AddPages(0, 6);
  RunSummary s = Ingest(urls);
  EXPECT_EQ(s.counts.total, 6);
  EXPECT_EQ(s.counts.fetched, 6);
  EXPECT_EQ(s.counts.stored, 6);
  EXPECT_EQ(s.counts.failed, 0);
  EXPECT_TRUE(s.ok());
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 6u);
  for (const Article& a : articles) {
    EXPECT_GT(a.story_id, 0) << a.url;
    EXPECT_FALSE(a.content_hash.empty());
    const FrontierEntry e = Frontier(a.url);
    EXPECT_EQ(e.state, UrlState::kFetched) << a.url;
    EXPECT_EQ(e.article_id, a.id);
    EXPECT_EQ(e.http_status, 200);
  }
}

TEST_F(PipelineTest, DuplicateUrlsInTheListAreFetchedOnce) {
  std::vector<std::string> urls = AddPages(0, 2);
  urls.push_back(urls[0]);
  RunSummary s = Ingest(urls);
  EXPECT_EQ(s.counts.total, 2);
  EXPECT_EQ(web_.requests().size(), 2u);
}

TEST_F(PipelineTest, SameCanonicalUrlIsStoredOnceAndAliased) {
  const std::string canonical = "https://news0.example/story";
  web_.AddPage("https://news0.example/story?utm_source=a", NewsPage(1, canonical));
  web_.AddPage("https://news0.example/amp/story", NewsPage(1, canonical) + "<!-- amp -->");
  options_.ordered = true;
  RunSummary s =
      Ingest({"https://news0.example/story?utm_source=a", "https://news0.example/amp/story"});
  EXPECT_EQ(s.counts.stored, 1);
  EXPECT_EQ(s.counts.duplicates, 1);
  ASSERT_EQ(Articles().size(), 1u);
  const int64_t id = Articles()[0].id;
  EXPECT_EQ(Articles()[0].canonical_url, canonical);
  const FrontierEntry dup = Frontier("https://news0.example/amp/story");
  EXPECT_EQ(dup.state, UrlState::kDuplicate);
  EXPECT_EQ(dup.article_id, id);
  Result<std::optional<int64_t>> alias =
      store_->FindArticleIdByAnyUrl("https://news0.example/amp/story");
  ASSERT_OK(alias);
  ASSERT_TRUE(alias->has_value());
  EXPECT_EQ(**alias, id);
}

TEST_F(PipelineTest, SameTextUnderAnotherUrlIsStoredOnce) {
  web_.AddPage("https://news0.example/a", NewsPage(7));
  web_.AddPage("https://mirror.example/copy-of-a", NewsPage(7));
  options_.ordered = true;
  RunSummary s = Ingest({"https://news0.example/a", "https://mirror.example/copy-of-a"});
  EXPECT_EQ(s.counts.stored, 1);
  EXPECT_EQ(s.counts.duplicates, 1);
  EXPECT_EQ(Frontier("https://mirror.example/copy-of-a").state, UrlState::kDuplicate);
}

TEST_F(PipelineTest, SecondRunFetchesAndStoresNothing) {
  const std::vector<std::string> urls = AddPages(0, 5);
  Ingest(urls);
  const size_t requests = web_.requests().size();
  RunSummary again = Ingest(urls);
  EXPECT_EQ(web_.requests().size(), requests);
  EXPECT_EQ(again.counts.already_done, 5);
  EXPECT_EQ(again.counts.stored, 0);
  EXPECT_EQ(again.counts.done, 5);
  EXPECT_EQ(Articles().size(), 5u);
}

TEST_F(PipelineTest, ResumesOnlyUnfinishedUrls) {
  const std::vector<std::string> urls = AddPages(0, 4);
  // A killed run left urls[0] done and the others pending.
  FrontierEntry done = Entry(urls[0], UrlState::kFetched);
  ASSERT_OK(store_->UpsertUrl(done));
  for (int i = 1; i < 4; ++i) ASSERT_OK(store_->UpsertUrl(Entry(urls[i], UrlState::kPending)));
  RunSummary s = Ingest(urls);
  EXPECT_EQ(s.counts.already_done, 1);
  EXPECT_EQ(s.counts.stored, 3);
  for (const FetchRequest& r : web_.requests()) EXPECT_NE(r.url, urls[0]);
  for (int i = 1; i < 4; ++i) EXPECT_EQ(Frontier(urls[i]).state, UrlState::kFetched);
}

TEST_F(PipelineTest, FailuresAreRecordedWithReasons) {
  std::vector<std::string> urls = AddPages(0, 2);
  FetchResponse not_found;
  not_found.outcome = FetchOutcome::kHttpError;
  not_found.http_status = 404;
  not_found.error = "HTTP 404";
  web_.AddResponse("https://news0.example/gone", not_found);
  urls.push_back("https://news0.example/gone");
  urls.push_back("https://no-such-host.invalid/x");  // FakeWeb: network error
  RunSummary s = Ingest(urls);
  EXPECT_EQ(s.counts.stored, 2);
  EXPECT_EQ(s.counts.failed, 2);
  EXPECT_FALSE(s.ok());
  ASSERT_EQ(s.failures.size(), 2u);
  std::map<std::string, std::string> reasons;
  for (const UrlFailure& f : s.failures) reasons[f.url] = f.reason;
  EXPECT_NE(reasons["https://news0.example/gone"].find("404"), std::string::npos);
  EXPECT_NE(reasons["https://no-such-host.invalid/x"].find("resolve"), std::string::npos);
  const FrontierEntry gone = Frontier("https://news0.example/gone");
  EXPECT_EQ(gone.state, UrlState::kFailed);
  EXPECT_EQ(gone.http_status, 404);
  EXPECT_FALSE(gone.error.empty());
  EXPECT_EQ(Frontier("https://no-such-host.invalid/x").state, UrlState::kFailed);
}

// The soak found "http_error: redirect loop at http://127.0.0.1:33027/a/10": the status
// was left out because the port held "302".
TEST_F(PipelineTest, TheReasonNamesTheHttpStatusWhateverDigitsTheUrlHolds) {
  const std::string loop_url = "https://news0.example:3302/a/1302";
  FetchResponse loop;
  loop.outcome = FetchOutcome::kHttpError;
  loop.http_status = 302;
  loop.error = "redirect loop at " + loop_url;
  web_.AddResponse(loop_url, loop);
  const std::string gone_url = "https://news0.example/a/404";
  FetchResponse gone;
  gone.outcome = FetchOutcome::kHttpError;
  gone.http_status = 404;
  gone.error = "HTTP 404";
  web_.AddResponse(gone_url, gone);
  Ingest({loop_url, gone_url});
  EXPECT_EQ(Frontier(loop_url).error, "http_error 302: redirect loop at " + loop_url);
  EXPECT_EQ(Frontier(gone_url).error, "http_error: HTTP 404");  // said once
}

TEST_F(PipelineTest, NonHtmlBodyIsAFailureNotACrash) {
  web_.AddPage("https://news0.example/empty", "", "text/html");
  RunSummary s = Ingest({"https://news0.example/empty"});
  EXPECT_EQ(s.counts.failed + s.counts.stored, 1);
  EXPECT_EQ(s.counts.done, 1);
  EXPECT_NE(Frontier("https://news0.example/empty").state, UrlState::kPending);
}

TEST_F(PipelineTest, FailedUrlIsRetriedOnlyOnceItsTimeHasCome) {
  const std::vector<std::string> urls = AddPages(0, 2);
  FrontierEntry past = Entry(urls[0], UrlState::kFailed);
  past.next_attempt_at = "2000-01-01T00:00:00Z";
  FrontierEntry future = Entry(urls[1], UrlState::kFailed);
  future.next_attempt_at = "2999-01-01T00:00:00Z";
  ASSERT_OK(store_->UpsertUrl(past));
  ASSERT_OK(store_->UpsertUrl(future));
  RunSummary s = Ingest(urls);
  ASSERT_EQ(web_.requests().size(), 1u);
  EXPECT_EQ(web_.requests()[0].url, urls[0]);
  EXPECT_EQ(s.counts.already_done, 1);
  EXPECT_EQ(Frontier(urls[0]).state, UrlState::kFetched);
}

TEST_F(PipelineTest, TransientFailureRecordsRetryTime) {
  FetchResponse unavailable;
  unavailable.outcome = FetchOutcome::kHttpError;
  unavailable.http_status = 503;
  unavailable.attempts = 3;
  unavailable.retry_at = std::chrono::system_clock::time_point(std::chrono::seconds(4102444800));
  web_.AddResponse("https://news0.example/busy", unavailable);
  Ingest({"https://news0.example/busy"});
  const FrontierEntry e = Frontier("https://news0.example/busy");
  EXPECT_EQ(e.state, UrlState::kFailed);
  EXPECT_EQ(e.attempts, 3);
  EXPECT_EQ(e.next_attempt_at, "2100-01-01T00:00:00Z");
}

// A URL that keeps failing for a passing reason is retried run after run until it has
// had give_up_after attempts in all; then it is final, and says so.
TEST_F(PipelineTest, PassingFailuresGiveUpAfterTheirAttemptsAcrossRuns) {
  FetchResponse unavailable;
  unavailable.outcome = FetchOutcome::kHttpError;
  unavailable.http_status = 503;
  unavailable.attempts = 3;
  unavailable.retry_at = std::chrono::system_clock::time_point(std::chrono::seconds(946684800));
  web_.AddResponse("https://news0.example/busy", unavailable);
  options_.fetch.give_up_after = 7;
  for (int run = 1; run <= 2; ++run) {
    RunSummary s = Ingest({"https://news0.example/busy"});
    const FrontierEntry e = Frontier("https://news0.example/busy");
    EXPECT_EQ(e.attempts, 3 * run);
    EXPECT_EQ(e.next_attempt_at, "2000-01-01T00:00:00Z") << "run " << run;
    EXPECT_TRUE(s.only_passing_failures()) << "run " << run;
  }
  RunSummary third = Ingest({"https://news0.example/busy"});
  ASSERT_EQ(web_.requests().size(), 3u);  // due each time: its retry time has passed
  const FrontierEntry e = Frontier("https://news0.example/busy");
  EXPECT_EQ(e.state, UrlState::kFailed);
  EXPECT_EQ(e.attempts, 9);
  EXPECT_EQ(e.next_attempt_at, "");  // final
  EXPECT_NE(e.error.find("; gave up after 9 attempts"), std::string::npos) << e.error;
  EXPECT_FALSE(third.only_passing_failures());
  Ingest({"https://news0.example/busy"});
  EXPECT_EQ(web_.requests().size(), 3u);  // never fetched again
}

TEST_F(PipelineTest, UnreachableRobotsTxtIsTransientAndADisallowIsFinal) {
  // RFC 9309 §2.3.1.3-4: an unreachable or 5xx robots.txt disallows the host for now only.
  FetchResponse unreachable;
  unreachable.outcome = FetchOutcome::kBlocked;
  unreachable.error = "robots.txt unavailable (Couldn't connect to server)";
  unreachable.retry_at = std::chrono::system_clock::time_point(std::chrono::seconds(4102444800));
  web_.AddResponse("https://news0.example/down", unreachable);
  FetchResponse disallowed;
  disallowed.outcome = FetchOutcome::kBlocked;
  disallowed.error = "disallowed by robots.txt";
  web_.AddResponse("https://news0.example/private", disallowed);
  RunSummary s = Ingest({"https://news0.example/down", "https://news0.example/private"});
  EXPECT_EQ(s.counts.failed, 1);
  EXPECT_EQ(s.counts.skipped, 1);
  const FrontierEntry down = Frontier("https://news0.example/down");
  EXPECT_EQ(down.state, UrlState::kFailed);
  EXPECT_EQ(down.next_attempt_at, "2100-01-01T00:00:00Z");
  EXPECT_NE(down.error.find("robots.txt unavailable"), std::string::npos) << down.error;
  EXPECT_EQ(Frontier("https://news0.example/private").state, UrlState::kSkipped);
}

TEST_F(PipelineTest, ConditionalGetMarksUnchanged) {
  web_.AddPage(Url(1), NewsPage(1), "text/html", "\"v1\"");
  Ingest({Url(1)});
  EXPECT_EQ(Frontier(Url(1)).etag, "\"v1\"");
  options_.refetch_finished = true;
  RunSummary s = Ingest({Url(1)});
  ASSERT_EQ(web_.requests().size(), 2u);
  EXPECT_EQ(web_.requests()[1].etag, "\"v1\"");
  EXPECT_EQ(s.counts.unchanged, 1);
  EXPECT_EQ(s.counts.stored, 0);
  EXPECT_EQ(Frontier(Url(1)).state, UrlState::kUnchanged);
  EXPECT_EQ(Articles().size(), 1u);
}

TEST_F(PipelineTest, RobotsBlockedUrlIsSkippedWithReason) {
  FetchResponse blocked;
  blocked.outcome = FetchOutcome::kBlocked;
  blocked.error = "disallowed by robots.txt";
  web_.AddResponse("https://news0.example/private", blocked);
  RunSummary s = Ingest({"https://news0.example/private"});
  EXPECT_EQ(s.counts.skipped, 1);
  EXPECT_TRUE(s.ok());
  ASSERT_EQ(s.skips.size(), 1u);
  const FrontierEntry e = Frontier("https://news0.example/private");
  EXPECT_EQ(e.state, UrlState::kSkipped);
  EXPECT_NE(e.error.find("robots"), std::string::npos);
}

TEST_F(PipelineTest, TinyQueuesDoNotDeadlockAndBoundInFlight) {
  const std::vector<std::string> urls = AddPages(0, 40);
  options_.queue_capacity = 1;
  options_.max_in_flight = 3;
  options_.workers = 3;
  options_.commit_every = 1;
  RunSummary s = Ingest(urls);
  EXPECT_EQ(s.counts.stored, 40);
  EXPECT_LE(web_.max_outstanding(), 3);
  EXPECT_GE(web_.max_outstanding(), 1);
}

TEST_F(PipelineTest, OrderedRunStoresInInputOrder) {
  const std::vector<std::string> urls = AddPages(0, 20);
  options_.ordered = true;
  options_.workers = 4;
  Ingest(urls);
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 20u);
  for (size_t i = 0; i < articles.size(); ++i) EXPECT_EQ(articles[i].url, urls[i]);
}

TEST_F(PipelineTest, ProgressIsReportedAndEndsComplete) {
  const std::vector<std::string> urls = AddPages(0, 5);
  std::vector<PipelineProgress> reports;
  options_.progress = [&](const PipelineProgress& p) { reports.push_back(p); };
  options_.progress_interval = std::chrono::milliseconds(0);
  Ingest(urls);
  ASSERT_FALSE(reports.empty());
  EXPECT_EQ(reports.back().done, 5);
  EXPECT_EQ(reports.back().total, 5);
  for (size_t i = 1; i < reports.size(); ++i) EXPECT_GE(reports[i].done, reports[i - 1].done);
}

// An import reads a stream: its total is unknown (0) while it runs and what was done in
// the last report, so a progress line can tell that the run ended.
TEST_F(PipelineTest, ImportProgressEndsComplete) {
  std::vector<PipelineProgress> reports;
  options_.progress = [&](const PipelineProgress& p) { reports.push_back(p); };
  options_.progress_interval = std::chrono::milliseconds(0);
  int i = 0;
  ASSERT_OK(Pipeline(*store_, options_).Import([&](ImportInput& d) {
    if (i == 3) return false;
    d.url = "https://news" + std::to_string(i) + ".example/progress";
    d.title = "Report " + std::to_string(i);
    d.text = "Text number " + std::to_string(i) + " of the import.";
    ++i;
    return true;
  }));
  ASSERT_FALSE(reports.empty());
  EXPECT_EQ(reports.back().done, 3);
  EXPECT_EQ(reports.back().total, 3);
  for (size_t r = 0; r + 1 < reports.size(); ++r) EXPECT_EQ(reports[r].total, 0) << r;
}

TEST_F(PipelineTest, StopFinishesInFlightAndLeavesTheRestPendingForTheNextRun) {
  const std::vector<std::string> urls = AddPages(0, 30);
  options_.max_in_flight = 2;
  options_.queue_capacity = 1;
  Pipeline pipeline(*store_, options_);
  std::atomic<int> seen{0};
  web_.set_on_request([&](const FetchRequest&) {
    if (++seen == 5) pipeline.Stop();
  });
  Result<RunSummary> first = pipeline.Ingest(urls);
  ASSERT_OK(first);
  EXPECT_TRUE(first->interrupted);
  EXPECT_LT(first->counts.stored, 30);
  EXPECT_GE(first->counts.stored, 5);
  int pending = 0;
  for (const std::string& u : urls) pending += Frontier(u).state == UrlState::kPending;
  EXPECT_EQ(pending, 30 - first->counts.stored);

  web_.set_on_request(nullptr);
  RunSummary second = Ingest(urls);
  EXPECT_EQ(second.counts.stored + first->counts.stored, 30);
  EXPECT_EQ(Articles().size(), 30u);
  for (const std::string& u : urls) EXPECT_EQ(Frontier(u).state, UrlState::kFetched) << u;
}

TEST_F(PipelineTest, CancelAbortsInFlightWhichStayPending) {
  const std::vector<std::string> urls = AddPages(0, 20);
  options_.max_in_flight = 8;
  Pipeline pipeline(*store_, options_);
  std::atomic<int> seen{0};
  web_.set_on_request([&](const FetchRequest&) {
    if (++seen == 3) pipeline.Cancel();
  });
  Result<RunSummary> r = pipeline.Ingest(urls);
  ASSERT_OK(r);
  EXPECT_TRUE(r->interrupted);
  EXPECT_EQ(r->counts.failed, 0);  // cancelled fetches are not failures
  for (const std::string& u : urls) {
    const UrlState st = Frontier(u).state;
    EXPECT_TRUE(st == UrlState::kPending || st == UrlState::kFetched) << u;
  }
}

// The first signal through a Shutdown stops the run (the URLs not yet requested stay
// pending, the run is recorded as interrupted); a second one cancels what is in flight.
TEST_F(PipelineTest, ShutdownSignalsStopThenCancelTheRunRecordedAsInterrupted) {
  const std::vector<std::string> urls = AddPages(0, 30);
  options_.max_in_flight = 2;
  options_.queue_capacity = 1;
  Pipeline pipeline(*store_, options_);
  Shutdown shutdown(/*watch_signals=*/false);
  const Shutdown::Registration stops = shutdown.Register(pipeline);
  std::atomic<int> seen{0};
  web_.set_on_request([&](const FetchRequest&) {
    if (++seen != 3) return;
    shutdown.Signal();  // stop: nothing more is requested
    shutdown.Signal();  // cancel: nothing queued is answered any more
  });
  Result<RunSummary> r = pipeline.Ingest(urls);
  ASSERT_OK(r);
  EXPECT_EQ(shutdown.phase(), Shutdown::Phase::kCancelling);
  EXPECT_TRUE(r->interrupted);
  EXPECT_EQ(r->counts.failed, 0);  // neither the stop nor the cancel is a failure
  EXPECT_EQ(seen.load(), 3);       // nothing was requested after the stop
  int pending = 0;
  for (const std::string& u : urls) pending += Frontier(u).state == UrlState::kPending;
  EXPECT_EQ(pending, 30 - r->counts.stored);
  EXPECT_GE(pending, 27);  // at most the three answered were stored
  Result<std::vector<RunRecord>> runs = store_->ListRuns(-1);
  ASSERT_OK(runs);
  ASSERT_EQ(runs->size(), 1u);
  EXPECT_EQ((*runs)[0].status, "interrupted");
}

TEST_F(PipelineTest, SigtermStopsTheRunCleanly) {
  const std::vector<std::string> urls = AddPages(0, 30);
  options_.max_in_flight = 2;
  Pipeline pipeline(*store_, options_);
  Shutdown shutdown;
  const Shutdown::Registration stops = shutdown.Register(pipeline);
  std::atomic<int> seen{0};
  web_.set_on_request([&](const FetchRequest&) {
    if (++seen != 3) return;
    kill(getpid(), SIGTERM);
    // The watcher thread has taken the signal (and goes on to Stop()) before this request
    // is answered, whatever the machine's load; no sleep on every request.
    EXPECT_TRUE(testing::WaitFor([&] { return shutdown.signals_received() == 1; }));
  });
  Result<RunSummary> r = pipeline.Ingest(urls);
  ASSERT_OK(r);
  EXPECT_EQ(shutdown.signals_received(), 1);
  EXPECT_TRUE(r->interrupted);
  EXPECT_LT(r->counts.stored, 30);
  // Everything that was stored is committed: a fresh look at the store agrees.
  EXPECT_EQ(static_cast<int64_t>(Articles().size()), r->counts.stored);
}

TEST_F(PipelineTest, StoryIndexIsRestoredAcrossRuns) {
  web_.AddPage(Url(1), NewsPage(1));
  Ingest({Url(1)});
  // The same text with one word changed, under another URL, in a later run: a
  // near-duplicate of the first article, found through the restored index.
  std::string copy = NewsPage(1);
  copy.replace(copy.find("Tuesday"), 7, "Wednesday");
  web_.AddPage("https://partner.example/copy", copy);
  RunSummary s = Ingest({"https://partner.example/copy"});
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 2u) << "exact duplicates: " << s.counts.duplicates;
  EXPECT_EQ(articles[1].duplicate_of, articles[0].id);
  EXPECT_EQ(articles[1].story_id, articles[0].story_id);
}

TEST_F(PipelineTest, ReopenedStoreAssignsLikeOneNeverClosed) {
  // Old events a year before the recent ones; with late_arrivals = 2 a reopened store
  // restores only the recent articles into the story index.
  struct Doc {
    const char* title;
    const char* text;
    const char* published;
  };
  const std::vector<Doc> first_run = {
      {"Parliament passes the budget", "Lawmakers in Oslo approved the budget on Friday.",
       "2025-01-10"},
      {"Magnitude 6.1 earthquake hits Malatya, 14 dead",
       "A magnitude 6.1 earthquake struck Malatya province killing 14 people.", "2025-01-11"},
      {"Wildfire near Valparaiso forces 3,000 to flee",
       "Firefighters in Valparaiso evacuated 3,000 residents as the wildfire spread.",
       "2026-02-10"},
      {"Chile's central bank raises its rate to 11.25%",
       "The central bank of Chile raised its benchmark rate to 11.25% on Tuesday.", "2026-02-11"}};
  const std::vector<Doc> second_run = {
      {"Valparaiso fire: 3,000 evacuated as blaze spreads",
       "The Valparaiso wildfire forced 3,000 residents from their homes.", "2026-02-12"},
      // The old quake report again, word for word, under another address.
      {"Magnitude 6.1 earthquake hits Malatya, 14 dead",
       "A magnitude 6.1 earthquake struck Malatya province killing 14 people.", "2026-02-12"},
      {"Ferry strike ends in Bergen", "Ferry crews in Bergen went back to work on Monday.",
       "2026-02-13"}};
  options_.ordered = true;
  options_.stories.late_arrivals = 2;
  using Docs = std::vector<std::pair<std::string, Doc>>;  // (URL, document)
  auto with_urls = [](const std::vector<Doc>& docs, const std::string& host) {
    Docs out;
    for (const Doc& d : docs) out.emplace_back(host + std::to_string(out.size()), d);
    return out;
  };
  auto import = [&](Store& store, const Docs& docs) {
    size_t i = 0;
    EXPECT_OK(Pipeline(store, options_).Import([&](ImportInput& d) {
      if (i == docs.size()) return false;
      d.url = docs[i].first;
      d.title = docs[i].second.title;
      d.text = docs[i].second.text;
      d.published = docs[i].second.published;
      ++i;
      return true;
    }));
  };
  // Assignments by first-seen URL: (story, URL of the first copy or "").
  auto assignments = [](Store& store) {
    std::map<std::string, std::pair<int64_t, std::string>> out;
    EXPECT_OK(store.ForEachArticle([&](const Article& a) {
      std::string first;
      if (a.duplicate_of) first = (*store.GetArticle(a.duplicate_of))->url;
      out[a.url] = {a.story_id, first};
      return true;
    }));
    return out;
  };
  const Docs first = with_urls(first_run, "https://a.example/");
  const Docs second = with_urls(second_run, "https://b.example/");
  import(*store_, first);
  const int64_t max_story = *store_->MaxStoryId();
  import(*store_, second);

  Result<std::unique_ptr<Store>> never_closed = Store::Open(":memory:");
  ASSERT_OK(never_closed);
  Docs all = first;
  all.insert(all.end(), second.begin(), second.end());
  import(**never_closed, all);
  EXPECT_EQ(assignments(*store_), assignments(**never_closed));
  // The copy of the old report is found by its text, outside the window.
  EXPECT_EQ(store_->FindArticleIdByAnyUrl("https://b.example/1")->value_or(0),
            store_->FindArticleIdByAnyUrl("https://a.example/1")->value_or(-1));
  // The new story of the second run takes a fresh id.
  EXPECT_GT((*store_->FindByCanonicalUrl("https://b.example/2"))->story_id, max_story);
}

TEST_F(PipelineTest, MergedStoriesAreMergedInTheStore) {
  // Two reports of one quake that share only the place, then one with both: the third
  // joins the first story and absorbs the second (see StoryIndex's merge test).
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"AFAD: 14 dead in Malatya", "Rescuers of AFAD pulled 14 bodies from the rubble."},
      {"Erdogan visits Malatya", "Erdogan said 2,300 homes in Yesilyurt must be rebuilt."},
      {"Malatya quake: 14 dead, 2,300 homes lost",
       "AFAD counted 14 dead; Erdogan said 2,300 homes in Yesilyurt must be rebuilt."}};
  options_.ordered = true;
  size_t i = 0;
  Pipeline pipeline(*store_, options_);
  ASSERT_OK(pipeline.Import([&](ImportInput& d) {
    if (i == texts.size()) return false;
    d.url = "https://news" + std::to_string(i) + ".example/quake";
    d.title = texts[i].first;
    d.text = texts[i].second;
    d.published = "2026-02-1" + std::to_string(i);
    ++i;
    return true;
  }));
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 3u);
  for (const Article& a : articles) EXPECT_EQ(a.story_id, articles[0].story_id) << a.url;
  auto stories = store_->ListStories({});
  ASSERT_OK(stories);
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ(stories->front().article_count, 3);
  // The absorbed story's id still leads to the story, and a later run does not reuse it.
  const int64_t absorbed = articles[0].story_id + 1;
  EXPECT_EQ((*store_->GetStory(absorbed))->id, articles[0].story_id);
  bool done = false;
  ASSERT_OK(Pipeline(*store_, options_).Import([&](ImportInput& d) {
    if (done) return false;
    d.url = "https://news9.example/ferry";
    d.title = "Ferry strike ends in Bergen";
    d.text = "Ferry crews in Bergen went back to work on Monday.";
    return done = true;
  }));
  EXPECT_EQ((*store_->FindByCanonicalUrl("https://news9.example/ferry"))->story_id, absorbed + 1);
}

TEST_F(PipelineTest, MovedArticlesAreMovedInTheStore) {
  // The ECB report that joined the Fed story moves to the ECB story with its near-duplicate
  // (see StoryIndex.AMemberThatFitsAnotherStoryBetterMovesThere); the store follows.
  const std::vector<StoryArticle> reports = testing::RateReports();
  options_.ordered = true;
  size_t i = 0;
  ASSERT_OK(Pipeline(*store_, options_).Import([&](ImportInput& d) {
    if (i == reports.size()) return false;
    d.url = "https://news" + std::to_string(i) + ".example/rates";
    d.title = reports[i].title;
    d.text = reports[i].text;
    d.language = "en";
    d.published = "2026-02-14T0" + std::to_string(i) + ":00:00Z";
    ++i;
    return true;
  }));
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 7u);
  std::vector<int64_t> story;
  for (const Article& a : articles) story.push_back(a.story_id);
  EXPECT_EQ(story, (std::vector<int64_t>{1, 1, 1, 2, 2, 2, 2}));
  EXPECT_EQ(articles[4].duplicate_of, articles[3].id);
  auto stories = store_->ListStories({});
  ASSERT_OK(stories);
  ASSERT_EQ(stories->size(), 2u);
  for (const Story& s : *stories) EXPECT_EQ(s.article_count, s.id == 1 ? 3 : 4) << s.id;
}

TEST_F(PipelineTest, ImportStoresDocumentsAndReportsBadOnes) {
  std::vector<ImportInput> docs(3);
  docs[0].url = "https://news0.example/i/1";
  docs[0].title = "Harbour reopens";
  docs[0].text = "The harbour reopened on Monday after repairs that took three months.";
  docs[0].published = "2026-02-10";
  docs[1].url = "https://news1.example/i/2";
  docs[1].title = "Museum opens a new wing";
  docs[1].text = "The museum opened a new wing for modern art with 300 works.";
  docs[2].url = "not a url";
  docs[2].title = "Broken";
  for (size_t i = 0; i < docs.size(); ++i) docs[i].line = static_cast<int64_t>(2 * i + 1);
  auto run = [&] {
    Result<RunSummary> r = ImportDocs(docs);
    EXPECT_OK(r);
    return r.ok() ? *std::move(r) : RunSummary{};
  };
  RunSummary s = run();
  EXPECT_EQ(s.counts.stored, 2);
  EXPECT_EQ(s.counts.failed, 1);
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].url, "not a url");
  EXPECT_EQ(s.failures[0].line, 5);  // where it was read, for the user to find it
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 2u);
  // Unordered run: find the dated one by URL.
  const Article& harbour = articles[0].url == docs[0].url ? articles[0] : articles[1];
  EXPECT_EQ(harbour.url, docs[0].url);
  EXPECT_EQ(harbour.published, "2026-02-10");
  EXPECT_GT(harbour.story_id, 0);

  // Given again, the stored documents are done already (not duplicates of themselves).
  RunSummary again = run();
  EXPECT_EQ(again.counts.stored, 0);
  EXPECT_EQ(again.counts.already_done, 2);
  EXPECT_EQ(again.counts.duplicates, 0);
  EXPECT_EQ(Articles().size(), 2u);
}

// One URL given on several lines of an import is stored once; the others are duplicates
// named by their lines (not failures), whichever the canonical order kept.
TEST_F(PipelineTest, ImportNamesTheLinesOfAUrlGivenAgain) {
  std::vector<ImportInput> docs(3);
  const char* titles[] = {"Harbour reopens", "Museum opens a new wing", "Harbour reopens"};
  const char* texts[] = {"The harbour reopened on Monday after repairs that took three months.",
                         "The museum opened a new wing for modern art with 300 works.",
                         "The harbour reopened on Monday after repairs that took three months."};
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].url = "https://news.example/same";
    docs[i].title = titles[i];
    docs[i].text = texts[i];
    docs[i].line = static_cast<int64_t>(i + 1);
  }
  Result<RunSummary> s = ImportDocs(docs);
  ASSERT_OK(s);
  EXPECT_EQ(s->counts.stored, 1);
  EXPECT_EQ(s->counts.duplicates, 2);
  EXPECT_EQ(s->counts.failed, 0);
  ASSERT_EQ(s->repeated.size(), 2u);
  std::vector<int64_t> lines = {s->repeated[0].line, s->repeated[1].line};
  std::sort(lines.begin(), lines.end());
  // Two lines named, and the third is the one stored.
  ASSERT_NE(lines[0], lines[1]);
  const int64_t kept = 1 + 2 + 3 - lines[0] - lines[1];
  ASSERT_TRUE(kept >= 1 && kept <= 3) << lines[0] << " " << lines[1];
  EXPECT_EQ(Articles().at(0).title, titles[kept - 1]);
  for (const UrlFailure& r : s->repeated) EXPECT_EQ(r.url, "https://news.example/same");
  // Given again in a later run, every line is done already, none repeated in it.
  Result<RunSummary> again = ImportDocs({docs[0]});
  ASSERT_OK(again);
  EXPECT_EQ(again->counts.already_done, 1);
  EXPECT_TRUE(again->repeated.empty());
}

// A document that is no article (a wall, an error page) is skipped with its line, for the
// user to find it as a bad line is found.
TEST_F(PipelineTest, ImportNamesTheLinesOfDocumentsThatAreNoArticle) {
  std::vector<ImportInput> docs(2);
  docs[0].url = "https://news.example/article";
  docs[0].title = "Floods";
  docs[0].text = "Floods closed the northern rail line on Monday.";
  docs[0].line = 2;
  docs[1].url = "https://news.example/wall";
  docs[1].title = "Are you a robot?";
  docs[1].text = "Please verify you are human by completing the action below.";
  docs[1].line = 5;
  Result<RunSummary> s = ImportDocs(docs);
  ASSERT_OK(s);
  EXPECT_EQ(s->counts.stored, 1);
  EXPECT_EQ(s->counts.skipped, 1);
  ASSERT_EQ(s->skips.size(), 1u);
  EXPECT_EQ(s->skips[0].url, "https://news.example/wall");
  EXPECT_EQ(s->skips[0].reason.rfind("not an article: wall: ", 0), 0u) << s->skips[0].reason;
  EXPECT_EQ(s->skips[0].line, 5);
}

// Import stores each batch in a canonical order (publication time, undated last), so the
// same documents in any line order get the same ids and stories; with the batch 0 the
// input order stands for the ids, and the articles still get their stories in the
// canonical order (PipelineOptions::story_batch).
TEST_F(PipelineTest, ImportOrderDoesNotChangeIdsOrStories) {
  std::vector<ImportInput> docs(6);
  const char* texts[][3] = {
      {"Quake in Malatya, 14 dead", "AFAD said 14 people died in Malatya.", "2026-02-12"},
      {"Malatya: 14 dead after quake", "Rescuers in Malatya found 14 dead, AFAD said.",
       "2026-02-12T18:00:00Z"},
      {"Ferry strike in Bergen", "Ferry crews of Fjord1 in Bergen stopped work.", "2026-02-10"},
      {"Bergen ferries run again", "Fjord1 crews in Bergen went back to work.", "2026-02-13"},
      {"Harbour reopens", "The harbour of Tromso reopened after three months.", ""},
      {"Museum wing opens", "The museum of Oslo opened a wing with 300 works.", "2026-02-11"}};
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].url = "https://news" + std::to_string(i) + ".example/a";
    docs[i].title = texts[i][0];
    docs[i].text = texts[i][1];
    docs[i].published = texts[i][2];
    docs[i].language = "en";
  }
  options_.ordered = true;
  // (article id, story id) by URL after importing `order`.
  auto import = [&](const std::vector<size_t>& order) {
    Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
    EXPECT_OK(store);
    size_t i = 0;
    EXPECT_OK(Pipeline(**store, options_).Import([&](ImportInput& d) {
      if (i == order.size()) return false;
      d = docs[order[i++]];
      return true;
    }));
    std::map<std::string, std::pair<int64_t, int64_t>> out;
    EXPECT_OK((*store)->ForEachArticle([&](const Article& a) {
      out[a.url] = {a.id, a.story_id};
      return true;
    }));
    return out;
  };
  const auto forward = import({0, 1, 2, 3, 4, 5});
  ASSERT_EQ(forward.size(), 6u);
  EXPECT_EQ(import({5, 4, 3, 2, 1, 0}), forward);
  EXPECT_EQ(import({4, 1, 3, 0, 5, 2}), forward);
  // Publication order: the ferry strike (February 10) first, the undated harbour last.
  EXPECT_EQ(forward.at(docs[2].url).first, 1);
  EXPECT_EQ(forward.at(docs[4].url).first, 6);

  options_.import_sort_batch = 0;
  options_.commit_interval = std::chrono::hours(1);  // one batch of commit_every articles
  const auto as_given = import({5, 4, 3, 2, 1, 0});
  EXPECT_EQ(as_given.at(docs[5].url).first, 1);
  EXPECT_EQ(as_given.at(docs[0].url).first, 6);
  // The input order stands for the article ids, not for the stories: the writer gives
  // waiting articles their stories together (story_batch), in the same canonical order (a
  // crawl stores pages as they arrive), even when each is committed alone. With a story
  // batch of one and one article per commit, arrival order decides.
  auto stories = [](const std::map<std::string, std::pair<int64_t, int64_t>>& by_url) {
    std::map<std::string, int64_t> out;
    for (const auto& [url, ids] : by_url) out[url] = ids.second;
    return out;
  };
  EXPECT_EQ(stories(as_given), stories(forward));
  EXPECT_EQ(stories(import({4, 1, 3, 0, 5, 2})), stories(forward));
  options_.commit_every = 1;
  EXPECT_EQ(stories(import({5, 4, 3, 2, 1, 0})), stories(forward));
  options_.story_batch = 1;
  const auto one_by_one = import({5, 4, 3, 2, 1, 0});
  EXPECT_EQ(one_by_one.at(docs[5].url).second, 1);  // the museum came first
  EXPECT_NE(stories(one_by_one), stories(forward));
}

// A document's dates are read once as it comes in, and the canonical order and the store
// use that reading: a relative date read against the fetch time the line gives sorts by
// the day it stands for (not last, as undated), and is stored with it; the fetch time
// given is the article's fetched_at, the run's clock that of a document without one.
TEST_F(PipelineTest, ImportOrdersAndStoresTheDatesAsReadOnce) {
  std::vector<ImportInput> docs(3);
  docs[0].title = "Ferry strike in Bergen";
  docs[0].text = "Ferry crews of Fjord1 in Bergen stopped work.";
  docs[0].published = "2026-02-12";
  docs[1].title = "Harbour of Tromso reopens";
  docs[1].text = "The harbour of Tromso reopened after three months.";
  docs[1].published = "3 days ago";
  docs[1].fetched_at = "2026-02-14T09:00:00Z";  // February 11
  docs[2].title = "Museum wing opens in Oslo";
  docs[2].text = "The museum of Oslo opened a wing with 300 works.";
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].url = "https://news" + std::to_string(i) + ".example/a";
    docs[i].language = "en";
  }
  options_.ordered = true;
  options_.now = [] {
    return std::chrono::system_clock::time_point(std::chrono::seconds(1771243200));
  };
  ASSERT_OK(ImportDocs(docs));
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].url, docs[1].url);  // February 11, then 12, then undated
  EXPECT_EQ(articles[0].published.substr(0, 10), "2026-02-11");
  EXPECT_EQ(articles[0].published_raw, "3 days ago");
  EXPECT_EQ(articles[0].fetched_at, "2026-02-14T09:00:00Z");
  EXPECT_EQ(articles[1].url, docs[0].url);
  EXPECT_EQ(articles[1].fetched_at, "2026-02-16T12:00:00Z");  // the run's clock
  EXPECT_EQ(articles[2].url, docs[2].url);
}

// PipelineOptions::tie_salt orders the canonical order's ties (here the undated articles)
// otherwise and nothing else: dated articles keep their publication order, and 0 is the
// canonical order itself.
TEST_F(PipelineTest, TieSaltReordersOnlyTheTies) {
  const char* texts[][3] = {
      {"Bridge closed in Porto", "The Luis I bridge closed for repairs.", ""},
      {"Tram fares rise", "Tram fares in Lisbon rise by ten cents.", ""},
      {"Dam opens", "The Alqueva dam opened two gates.", "2026-02-11"},
      {"Cork harvest starts", "Farmers in Alentejo began the harvest.", ""},
      {"Port strike ends", "Dockers in Sines went back to work.", "2026-02-10"},
      {"Library reopens", "The library of Coimbra reopened.", ""}};
  options_.ordered = true;
  // Article id by URL after an import with `salt`.
  auto import = [&](uint64_t salt) {
    options_.tie_salt = salt;
    Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
    EXPECT_OK(store);
    size_t i = 0;
    EXPECT_OK(Pipeline(**store, options_).Import([&](ImportInput& d) {
      if (i == std::size(texts)) return false;
      d.url = "https://news" + std::to_string(i) + ".example/a";
      d.title = texts[i][0];
      d.text = texts[i][1];
      d.published = texts[i++][2];
      d.language = "en";
      return true;
    }));
    std::map<std::string, int64_t> out;
    EXPECT_OK((*store)->ForEachArticle([&](const Article& a) {
      out[a.url] = a.id;
      return true;
    }));
    return out;
  };
  const auto canonical = import(0);
  ASSERT_EQ(canonical.size(), 6u);
  EXPECT_EQ(import(0), canonical);
  bool reordered = false;
  for (uint64_t salt = 1; salt <= 8; ++salt) {
    const auto salted = import(salt);
    EXPECT_EQ(salted.at("https://news4.example/a"), 1) << salt;  // February 10
    EXPECT_EQ(salted.at("https://news2.example/a"), 2) << salt;  // February 11
    reordered = reordered || salted != canonical;
  }
  EXPECT_TRUE(reordered);
}

// Copies of one text seen on several days (a syndicated report, a blurb repeated on a
// front page) are one article; while it waits for its story it takes the earliest
// publication any copy shows, so which copy arrived first decides neither its date nor
// its place in the canonical order. Once it has a story its date stays.
TEST_F(PipelineTest, CopiesOfOneTextGiveTheArticleTheirEarliestPublication) {
  const std::string title = "Harbour of Tromso reopens";
  const std::string text = "The harbour of Tromso reopened after three months of repairs.";
  std::vector<ImportInput> copies(3);
  const char* published[] = {"2026-02-13T09:00:00Z", "", "2026-02-11"};
  for (size_t i = 0; i < copies.size(); ++i) {
    copies[i].url = "https://news" + std::to_string(i) + ".example/harbour";
    copies[i].title = title;
    copies[i].text = text;
    copies[i].published = published[i];
    copies[i].language = "en";
  }
  options_.import_sort_batch = 0;  // the input order stands
  auto import = [&](Store& store, const std::vector<size_t>& order) {
    size_t i = 0;
    Result<RunSummary> r = Pipeline(store, options_).Import([&](ImportInput& d) {
      if (i == order.size()) return false;
      d = copies[order[i++]];
      return true;
    });
    EXPECT_OK(r);
    return r.ok() ? r->counts.duplicates : -1;
  };
  auto only_article = [](Store& store) {
    std::vector<Article> out;
    EXPECT_OK(store.ForEachArticle([&](const Article& a) {
      out.push_back(a);
      return true;
    }));
    EXPECT_EQ(out.size(), 1u);
    return out.empty() ? Article{} : out[0];
  };
  for (const std::vector<size_t>& order :
       {std::vector<size_t>{0, 1, 2}, {1, 0, 2}, {2, 1, 0}, {1, 2, 0}}) {
    Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
    ASSERT_OK(store);
    EXPECT_EQ(import(**store, order), 2);
    const Article a = only_article(**store);
    EXPECT_EQ(a.published, "2026-02-11") << order[0] << order[1] << order[2];
    EXPECT_GT(a.story_id, 0);
  }
  // Stored and given its story from the later copy, the article keeps that date.
  Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
  ASSERT_OK(store);
  import(**store, {0});
  EXPECT_EQ(import(**store, {2}), 1);
  EXPECT_EQ(only_article(**store).published, "2026-02-13T09:00:00Z");
}

// The story index's features are kept beside each article, so that the next run restores
// the index without extracting them: an article whose text changed since gets them
// computed again, and articles out of the live window lose theirs.
TEST_F(PipelineTest, StoryFeaturesAreKeptForTheLiveWindowAndRefreshedWhenTheTextChanged) {
  const char* texts[][3] = {
      {"Museum wing opens", "The museum of Oslo opened a wing with 300 works.", "2025-01-01"},
      {"Quake in Malatya, 14 dead", "AFAD said 14 people died in Malatya.", "2026-02-12"},
      {"Malatya: 14 dead after quake", "Rescuers in Malatya found 14 dead, AFAD said.",
       "2026-02-12T18:00:00Z"}};
  options_.ordered = true;
  options_.stories.late_arrivals = 1;
  size_t n = 0;
  ASSERT_OK(Pipeline(*store_, options_).Import([&](ImportInput& d) {
    if (n == std::size(texts)) return false;
    d.url = "https://news" + std::to_string(n) + ".example/a";
    d.title = texts[n][0];
    d.text = texts[n][1];
    d.published = texts[n++][2];
    d.language = "en";
    return true;
  }));
  auto kept = [&] {
    std::map<std::string, std::string> out;  // title -> features
    EXPECT_OK(
        store_->ForEachArticleWithFeaturesFrom(0, [&](const Article& a, std::string_view features) {
          out[a.title] = features;
          return true;
        }));
    return out;
  };
  const std::map<std::string, std::string> first = kept();
  ASSERT_EQ(first.size(), 3u);
  for (const auto& [title, features] : first) EXPECT_FALSE(features.empty()) << title;

  std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 3u);
  Article& edited = articles[2];
  ASSERT_EQ(edited.title, texts[2][0]);
  edited.text += " The quake struck at dawn.";
  ASSERT_OK(store_->UpdateArticle(edited));
  ASSERT_OK(Pipeline(*store_, options_).Import([](ImportInput&) { return false; }));

  const std::map<std::string, std::string> second = kept();
  EXPECT_EQ(second.at(texts[0][0]), "");  // the museum (2025) is out of the live window
  EXPECT_EQ(second.at(texts[1][0]), first.at(texts[1][0]));
  EXPECT_FALSE(second.at(texts[2][0]).empty());
  EXPECT_NE(second.at(texts[2][0]), first.at(texts[2][0]));
}

// Articles are committed before they have a story (PipelineOptions::story_batch): one a
// killed run left waiting, with no story, gets its story in the next run, even one that
// stores nothing; a later report of its event joins it.
TEST_F(PipelineTest, ArticlesAKilledRunLeftWaitingGetTheirStoriesInTheNextRun) {
  Article left;
  left.url = left.canonical_url = "https://news1.example/quake";
  left.title = "Quake in Malatya, 14 dead";
  left.text = "AFAD said 14 people died in Malatya after the quake on Thursday.";
  left.language = "en";
  left.published = "2026-02-12";
  left.fetched_at = "2026-02-13T08:00:00Z";
  Result<int64_t> id = store_->InsertArticle(left);
  ASSERT_OK(id);
  ASSERT_EQ(Articles().front().story_id, 0);
  // A run with nothing new still gives it its story.
  ASSERT_OK(Pipeline(*store_, options_).Import([](ImportInput&) { return false; }));
  const int64_t story = Articles().front().story_id;
  EXPECT_GT(story, 0);

  ImportInput report;
  report.url = "https://news2.example/malatya";
  report.title = "Malatya: 14 dead after quake";
  report.text = "Rescuers in Malatya found 14 dead after the quake, AFAD said.";
  report.published = "2026-02-12T18:00:00Z";
  report.language = "en";
  bool given = false;
  ASSERT_OK(Pipeline(*store_, options_).Import([&](ImportInput& d) {
    if (given) return false;
    d = report;
    return given = true;
  }));
  const std::vector<Article> articles = Articles();
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, *id);
  EXPECT_EQ(articles[0].story_id, story);
  EXPECT_EQ(articles[1].story_id, story);
}

// A run's near-duplicates are of the articles it stored: those a killed run left waiting
// get their stories (and duplicate_of) in the next run without being counted there, so
// near_duplicates never exceeds stored (a resumed import counted 586 for 446 stored).
TEST_F(PipelineTest, NearDuplicatesCountOnlyTheArticlesTheRunStored) {
  const std::string text =
      "AFAD said 14 people died in Malatya after the quake on Thursday. Rescuers searched "
      "the collapsed buildings of the old town through the night, and the governor said "
      "that 230 people were taken to hospitals in Malatya and Elazig. Schools stay closed "
      "until Monday while engineers check the bridges over the Euphrates.";
  for (const char* url : {"https://news1.example/quake", "https://news2.example/quake"}) {
    Article left;  // the same text twice: the second is a near-duplicate of the first
    left.url = left.canonical_url = url;
    left.title = "Quake in Malatya, 14 dead";
    left.text = text;
    left.language = "en";
    left.published = "2026-02-12";
    ASSERT_OK(store_->InsertArticle(left));
  }
  Result<RunSummary> resumed =
      Pipeline(*store_, options_).Import([](ImportInput&) { return false; });
  ASSERT_OK(resumed);
  ASSERT_EQ(Articles().size(), 2u);
  EXPECT_EQ(Articles()[1].duplicate_of, Articles()[0].id);  // assigned by this run
  EXPECT_EQ(resumed->counts.stored, 0);
  EXPECT_EQ(resumed->counts.near_duplicates, 0);

  // A copy with one word changed, which this run stores, is counted.
  bool given = false;
  Result<RunSummary> copy = Pipeline(*store_, options_).Import([&](ImportInput& d) {
    if (given) return false;
    d.url = "https://news3.example/quake";
    d.title = "Quake in Malatya, 14 dead";
    d.text = text;
    d.text.replace(d.text.find("Monday"), 6, "Tuesday");
    d.published = "2026-02-12";
    return given = true;
  });
  ASSERT_OK(copy);
  EXPECT_EQ(copy->counts.stored, 1);
  EXPECT_EQ(copy->counts.near_duplicates, 1);
  EXPECT_EQ(Articles().back().duplicate_of, Articles()[0].id);
}

}  // namespace
}  // namespace newsdesk
