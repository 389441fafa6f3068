// The shared frontier (docs/scale.md, issue 16): pipelines of several workers on one
// PostgreSQL database lease the URLs they fetch (src/pipeline_leases.cc, Store::ClaimUrls),
// so each URL is fetched and stored once, and a dead worker's URLs go to the others once
// its leases run out. Run against the throwaway cluster CTest starts (testing/postgres.h).
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "newsdesk/document.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "testing/fake_fetcher.h"
#include "testing/news_page.h"
#include "testing/postgres.h"
#include "testing/status_matchers.h"
#include "testing/test_server.h"
#include "testing/wait_for.h"

namespace newsdesk {
namespace {

using testing::EventPage;
using testing::FakeWeb;
using testing::NewsPage;
using testing::PostgresTestSchema;
using testing::TestServer;

std::string Url(int n) {
  return "https://news" + std::to_string(n % 4) + ".example/a/" + std::to_string(n);
}

class PipelineLeasesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string reason = PostgresTestSchema::SkipReason();
    if (!reason.empty()) GTEST_SKIP() << reason;
    Result<std::unique_ptr<PostgresTestSchema>> schema = PostgresTestSchema::Create();
    ASSERT_OK(schema);
    schema_ = std::move(schema).value();
    store_ = Connect();
    ASSERT_NE(store_, nullptr);
  }

  std::unique_ptr<Store> Connect() {
    Result<std::unique_ptr<Store>> store = Store::Open(schema_->uri());
    EXPECT_OK(store);
    return store.ok() ? std::move(store).value() : nullptr;
  }

  std::vector<std::string> AddPages(int count) {
    std::vector<std::string> urls;
    for (int i = 0; i < count; ++i) {
      web_.AddPage(Url(i), NewsPage(i));
      urls.push_back(Url(i));
    }
    return urls;
  }

  PipelineOptions Worker(const std::string& id) {
    PipelineOptions o;
    o.fetcher_factory = web_.Factory();
    o.workers = 1;
    o.shared.worker_id = id;
    o.shared.lease_duration = std::chrono::seconds(2);
    o.shared.lease_poll = std::chrono::milliseconds(100);
    o.shared.connect_store = [uri = schema_->uri()] { return Store::Open(uri); };
    return o;
  }

  // `members` reports of each of `events` events, listed member by member (the first report
  // of every event, then the second, ...), on four hosts.
  std::vector<std::string> AddEvents(int events, int members) {
    std::vector<std::string> urls;
    for (int m = 0; m < members; ++m) {
      for (int e = 0; e < events; ++e) {
        const std::string url = "https://news" + std::to_string((e + m) % 4) + ".example/e/" +
                                std::to_string(e) + "-" + std::to_string(m);
        web_.AddPage(url, EventPage(e, m));
        urls.push_back(url);
      }
    }
    return urls;
  }

  // A connection of its own that holds the story assigner's role (a worker that assigns
  // nothing); null (and the test failed) when it cannot.
  std::unique_ptr<Store> HoldStoryAssigner() {
    std::unique_ptr<Store> store = Connect();
    if (!store) return nullptr;
    Result<bool> held = store->TryBecomeStoryAssigner();
    EXPECT_TRUE(held.ok() && *held);
    return held.ok() && *held ? std::move(store) : nullptr;
  }

  // Options of a run with no shared frontier (one process: stories assigned inline).
  PipelineOptions OneProcess() {
    PipelineOptions o;
    o.fetcher_factory = web_.Factory();
    o.workers = 1;
    return o;
  }

  // How each article of `store` is grouped: the canonical URLs of each story (ids may
  // differ between runs). An article without a story is a group of its own under story 0.
  static std::set<std::set<std::string>> StoryGroups(Store& store) {
    std::map<int64_t, std::set<std::string>> by_story;
    EXPECT_OK(store.ForEachArticle([&](const Article& a) {
      by_story[a.story_id].insert(a.canonical_url);
      return true;
    }));
    EXPECT_EQ(by_story.count(0), 0u) << "articles without a story";
    std::set<std::set<std::string>> groups;
    for (const auto& [id, urls] : by_story) groups.insert(urls);
    return groups;
  }

  // The stories one process makes of `urls` on its own (a SQLite store, stories assigned
  // as each article is stored).
  std::set<std::set<std::string>> OneProcessStories(const std::vector<std::string>& urls) {
    Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
    EXPECT_OK(store);
    if (!store.ok()) return {};
    Pipeline pipeline(**store, OneProcess());
    EXPECT_OK(pipeline.Ingest(urls));
    return StoryGroups(**store);
  }

  // Every article of `store` has a story, and they group `urls` as one process does.
  void ExpectStoriesOfOneProcess(Store& store, const std::vector<std::string>& urls) {
    EXPECT_EQ(*store.CountUnassignedArticles(), 0);
    EXPECT_EQ(StoryGroups(store), OneProcessStories(urls));
  }

  // A worker fetching from the loopback servers of a test with its real fetcher, one
  // request per host at a time and no delay.
  PipelineOptions LoopbackWorker(const std::string& id) {
    PipelineOptions o = Worker(id);
    o.fetcher_factory = nullptr;
    o.fetch.allow_private_networks = true;  // 127.0.0.1
    o.fetch.per_host_delay = std::chrono::milliseconds(0);
    o.fetch.max_per_host = 1;
    return o;
  }

  // `n` workers ("w0", ...) in threads, each with a connection of its own and the options
  // `options` makes for its id, ingesting `urls` at once; their summaries.
  std::vector<RunSummary> RunWorkers(
      int n, const std::vector<std::string>& urls,
      const std::function<PipelineOptions(const std::string&)>& options = nullptr) {
    std::vector<RunSummary> summaries(n);
    std::vector<std::thread> workers;
    workers.reserve(n);
    for (int w = 0; w < n; ++w) {
      workers.emplace_back([&, w] {
        std::unique_ptr<Store> store = Connect();
        if (!store) return;
        const std::string id = "w" + std::to_string(w);
        Pipeline pipeline(*store, options ? options(id) : Worker(id));
        Result<RunSummary> r = pipeline.Ingest(urls);
        EXPECT_OK(r);
        if (r.ok()) summaries[w] = std::move(r).value();
      });
    }
    for (std::thread& t : workers) t.join();
    return summaries;
  }

  // How many requests each URL got.
  std::map<std::string, int> RequestsPerUrl() const {
    std::map<std::string, int> n;
    for (const FetchRequest& r : web_.requests()) ++n[r.url];
    return n;
  }

  // Every one of `urls` is in a final state (no worker can claim it, none holds it).
  void ExpectAllFinal(const std::vector<std::string>& urls) {
    const std::string now = StoreTimestampNow();
    Result<UrlClaim> left = store_->ClaimUrls(urls, "checker", now, now);
    ASSERT_OK(left);
    EXPECT_TRUE(left->claimed.empty()) << left->claimed.front().url;
    EXPECT_TRUE(left->held.empty()) << left->held.front();
  }

  std::unique_ptr<PostgresTestSchema> schema_;
  std::unique_ptr<Store> store_;
  FakeWeb web_;
};

TEST_F(PipelineLeasesTest, ThreeWorkersOnOneListFetchAndStoreEachUrlOnce) {
  const std::vector<std::string> urls = AddPages(150);
  web_.set_delay(std::chrono::milliseconds(2));
  const std::vector<RunSummary> summaries = RunWorkers(3, urls);

  const std::map<std::string, int> requests = RequestsPerUrl();
  EXPECT_EQ(requests.size(), urls.size());
  for (const auto& [url, n] : requests) EXPECT_EQ(n, 1) << url;
  EXPECT_EQ(*store_->CountArticles(), 150);
  int64_t fetched = 0;
  for (const RunSummary& s : summaries) {
    fetched += s.counts.fetched;
    EXPECT_EQ(s.counts.done, 150);  // each worker's run accounts for the whole list
    EXPECT_EQ(s.counts.fetched + s.counts.elsewhere + s.counts.already_done, 150);
  }
  EXPECT_EQ(fetched, 150);
  ExpectAllFinal(urls);
}

TEST_F(PipelineLeasesTest, ADeadWorkersUrlsAreFetchedOnceItsLeasesRunOut) {
  const std::vector<std::string> urls = AddPages(30);
  for (const std::string& url : urls) ASSERT_OK(store_->AddUrlIfNew(url, "list"));
  // A worker claimed the first ten and died: nobody renews or ends its leases.
  const auto now = std::chrono::system_clock::now();
  const std::vector<std::string> dead(urls.begin(), urls.begin() + 10);
  Result<UrlClaim> claim =
      store_->ClaimUrls(dead, "dead", IsoUtc(now), IsoUtc(now + std::chrono::seconds(2)));
  ASSERT_OK(claim);
  ASSERT_EQ(claim->claimed.size(), 10u);

  Pipeline pipeline(*store_, Worker("alive"));
  const auto started = std::chrono::steady_clock::now();
  Result<RunSummary> r = pipeline.Ingest(urls);
  ASSERT_OK(r);
  EXPECT_EQ(r->counts.fetched, 30);
  EXPECT_EQ(r->counts.stored, 30);
  EXPECT_EQ(r->counts.elsewhere, 0);
  // It waited for the leases to end (2 s from a time cut to the second) before taking them.
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
  for (const auto& [url, n] : RequestsPerUrl()) EXPECT_EQ(n, 1) << url;
  EXPECT_EQ(*store_->CountArticles(), 30);
  ExpectAllFinal(urls);
}

TEST_F(PipelineLeasesTest, AUrlAnotherWorkerHoldsAndFinishesIsLeftToIt) {
  const std::vector<std::string> urls = AddPages(3);
  for (const std::string& url : urls) ASSERT_OK(store_->AddUrlIfNew(url, "list"));
  const auto now = std::chrono::system_clock::now();
  Result<UrlClaim> claim =
      store_->ClaimUrls({urls[1]}, "other", IsoUtc(now), IsoUtc(now + std::chrono::hours(1)));
  ASSERT_OK(claim);
  ASSERT_EQ(claim->claimed.size(), 1u);
  // The other worker writes its outcome while this one waits for it: once this one has
  // fetched the two URLs it could claim, it has seen the third held.
  std::thread other([&] {
    EXPECT_TRUE(testing::WaitFor([&] { return RequestsPerUrl().size() == 2; }));
    std::unique_ptr<Store> store = Connect();
    if (!store) return;
    FrontierEntry e;
    e.url = urls[1];
    e.state = UrlState::kFailed;
    e.error = "http_error 404";
    EXPECT_OK(store->UpsertUrl(e));
  });
  Pipeline pipeline(*store_, Worker("this"));
  Result<RunSummary> r = pipeline.Ingest(urls);
  other.join();
  ASSERT_OK(r);
  EXPECT_EQ(r->counts.fetched, 2);
  EXPECT_EQ(r->counts.elsewhere, 1);
  EXPECT_EQ(r->counts.done, 3);
  EXPECT_EQ(RequestsPerUrl().count(urls[1]), 0u);
}

// One story assigner (docs/scale.md): three workers store their articles without a story
// and the one that holds the role assigns them; the stories are those one process makes.
TEST_F(PipelineLeasesTest, ThreeWorkersGroupStoriesAsOneProcessDoes) {
  const std::vector<std::string> urls = AddEvents(30, 5);
  web_.set_delay(std::chrono::milliseconds(2));
  RunWorkers(3, urls);
  EXPECT_EQ(*store_->CountArticles(), 150);
  EXPECT_EQ(OneProcessStories(urls).size(),
            30u);  // the pages make the stories they were written as
  ExpectStoriesOfOneProcess(*store_, urls);
}

// A worker that is not the assigner stores its articles without a story; when the
// assigner's session ends (its process died), the worker takes the role over, restores the
// story index from the store and assigns them.
TEST_F(PipelineLeasesTest, AStandbyTakesOverWhenTheAssignersSessionEnds) {
  const std::vector<std::string> urls = AddEvents(10, 3);
  std::unique_ptr<Store> assigner = HoldStoryAssigner();
  ASSERT_NE(assigner, nullptr);
  // The first event's reports are assigned already: the takeover must restore them.
  const std::vector<std::string> first(urls.begin(), urls.begin() + 10);
  {
    Pipeline pipeline(*assigner, OneProcess());
    ASSERT_OK(pipeline.Ingest(first));
    ASSERT_TRUE(*assigner->TryBecomeStoryAssigner());  // Finish gave the role up
  }
  PipelineOptions o = Worker("standby");
  o.shared.lease_duration = std::chrono::seconds(60);  // it waits for the assigner at the end
  std::optional<Result<RunSummary>> run;
  std::thread standby([&] {
    Pipeline pipeline(*store_, o);
    run = pipeline.Ingest(urls);
  });
  std::unique_ptr<Store> checker = Connect();
  ASSERT_NE(checker, nullptr);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (*checker->CountUnassignedArticles() < 20 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(*checker->CountUnassignedArticles(), 20);  // stored, waiting for the assigner
  assigner.reset();                                    // its session ends
  standby.join();
  ASSERT_TRUE(run.has_value());
  ASSERT_OK(*run);
  EXPECT_EQ((*run)->counts.stored, 20);
  ExpectStoriesOfOneProcess(*checker, urls);
}

// A worker whose articles nobody assigns (the assigner hangs on to the role) waits a lease
// for them, then ends and leaves them to the next assigner.
TEST_F(PipelineLeasesTest, ArticlesNobodyAssignsWaitForTheNextAssigner) {
  const std::vector<std::string> urls = AddEvents(3, 2);
  std::unique_ptr<Store> assigner = HoldStoryAssigner();
  ASSERT_NE(assigner, nullptr);
  PipelineOptions o = Worker("standby");
  o.shared.lease_duration = std::chrono::seconds(1);
  const auto started = std::chrono::steady_clock::now();
  {
    Pipeline pipeline(*store_, o);
    ASSERT_OK(pipeline.Ingest(urls));
  }
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
  EXPECT_EQ(*store_->CountUnassignedArticles(), 6);
  assigner.reset();
  Pipeline next(*store_, Worker("next"));
  ASSERT_OK(next.Ingest({}));
  ExpectStoriesOfOneProcess(*store_, urls);
}

// A process writing without a shared frontier (import, reextract) assigns stories itself,
// so it must not run beside a worker holding the role.
TEST_F(PipelineLeasesTest, AnOnlyWriterRefusesToRunWhileAWorkerAssignsStories) {
  const std::vector<std::string> urls = AddEvents(1, 1);
  std::unique_ptr<Store> assigner = HoldStoryAssigner();
  ASSERT_NE(assigner, nullptr);
  Pipeline pipeline(*store_, OneProcess());
  Result<RunSummary> r = pipeline.Ingest(urls);
  EXPECT_EQ(r.status().code(), Status::Code::kFailedPrecondition) << r.status().ToString();
  EXPECT_EQ(*store_->CountArticles(), 0);
}

// Per-host politeness across workers (docs/scale.md): three workers with real fetchers, one
// request per host at a time each, on one slow loopback host. The host never handles two
// requests at once, whichever workers send them (slots in the store, robots.txt included);
// its robots.txt is fetched by one worker and obeyed by all; a later run within the TTL
// reads it from the store, and one after the TTL fetches it again, once.
TEST_F(PipelineLeasesTest, WorkersShareEachHostsConcurrencyLimitAndRobotsTxt) {
  TestServer server;
  auto slow = [](std::string body, std::chrono::milliseconds delay) {
    return [body = std::move(body), delay](const testing::HttpRequest&) {
      testing::HttpResponse r = testing::HttpResponse::Html(body);
      r.delay = delay;
      return r;
    };
  };
  server.Handle("/robots.txt",
                slow("User-agent: *\nDisallow: /private/\n", std::chrono::milliseconds(100)));
  auto pages = [&](int first, int count) {
    std::vector<std::string> urls;
    for (int i = first; i < first + count; ++i) {
      const std::string path = "/a/" + std::to_string(i);
      server.Handle(path, slow(NewsPage(i), std::chrono::milliseconds(20)));
      urls.push_back(server.url(path));
    }
    urls.push_back(server.url("/private/" + std::to_string(first)));
    return urls;
  };
  auto loopback = [this](const std::string& id) { return LoopbackWorker(id); };

  RunWorkers(3, pages(0, 15), loopback);
  EXPECT_EQ(server.most_answering(), 1);
  EXPECT_EQ(server.hits("/robots.txt"), 1);
  EXPECT_EQ(server.hits("/private/0"), 0);
  for (int i = 0; i < 15; ++i) EXPECT_EQ(server.hits("/a/" + std::to_string(i)), 1) << i;
  EXPECT_EQ(*store_->CountArticles(), 15);
  const std::string origin = FetchOrigin(server.base_url());
  Result<std::optional<RobotsEntry>> robots = store_->GetRobots(origin);
  ASSERT_OK(robots);
  ASSERT_TRUE(robots->has_value());
  EXPECT_EQ((*robots)->http_status, 200);

  RunWorkers(3, pages(15, 6), loopback);  // within the TTL: from the store
  EXPECT_EQ(server.hits("/robots.txt"), 1);
  EXPECT_EQ(server.hits("/private/15"), 0);

  RobotsEntry old = **robots;  // a TTL (24 h) later: stale, fetched again by one worker
  old.fetched_at = IsoUtc(std::chrono::system_clock::now() - std::chrono::hours(25));
  ASSERT_OK(store_->PutRobots(old));
  RunWorkers(3, pages(21, 6), loopback);
  EXPECT_EQ(server.hits("/robots.txt"), 2);
  EXPECT_EQ(server.hits("/private/21"), 0);
  EXPECT_EQ(server.most_answering(), 1);
  EXPECT_EQ(*store_->CountArticles(), 27);
}

// A worker that died while a request to a host was in flight holds the host's slot until
// its lease runs out; then the others use it.
TEST_F(PipelineLeasesTest, ADeadWorkersHostSlotIsFreeOnceItsLeaseRunsOut) {
  TestServer server;
  server.SetRobotsTxt("User-agent: *\nAllow: /\n");
  const std::vector<std::string> urls = {server.url("/page/1"), server.url("/page/2")};
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  Result<std::optional<int>> slot =
      store_->TryTakeHostSlot(FetchOrigin(server.base_url()), "dead", 1, now_ms, now_ms + 1'500);
  ASSERT_OK(slot);
  ASSERT_EQ(*slot, 0);

  Pipeline pipeline(*store_, LoopbackWorker("alive"));
  const auto started = std::chrono::steady_clock::now();
  Result<RunSummary> r = pipeline.Ingest(urls);
  ASSERT_OK(r);
  EXPECT_EQ(r->counts.fetched, 2);
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(1'400));
  EXPECT_EQ(server.hits("/page/1"), 1);
}

// A stopped run ends the leases of the URLs it never sent, so other workers take them at
// once instead of waiting for the leases to run out.
TEST_F(PipelineLeasesTest, AStoppedRunEndsItsLeases) {
  const std::vector<std::string> urls = AddPages(40);
  web_.set_delay(std::chrono::milliseconds(20));
  PipelineOptions o = Worker("stopped");
  o.shared.lease_duration = std::chrono::seconds(3600);
  o.fetch.max_total = 1;
  o.max_in_flight = 1;
  Pipeline pipeline(*store_, o);
  web_.set_on_request([&](const FetchRequest&) { pipeline.Stop(); });
  Result<RunSummary> r = pipeline.Ingest(urls);
  ASSERT_OK(r);
  EXPECT_TRUE(r->interrupted);
  EXPECT_LT(r->counts.fetched, 40);
  const std::string now = StoreTimestampNow();
  Result<UrlClaim> next = store_->ClaimUrls(urls, "next", now, now);
  ASSERT_OK(next);
  EXPECT_EQ(static_cast<int64_t>(next->claimed.size()), 40 - r->counts.fetched);
  EXPECT_TRUE(next->held.empty());
}

}  // namespace
}  // namespace newsdesk
