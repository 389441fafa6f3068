#include "fetch_schedule.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "newsdesk/fetch.h"
#include "newsdesk/robots.h"

// The fetcher's scheduling policy on simulated time: no server, no sleeps; every test
// asserts the exact times at which requests start.
namespace newsdesk::fetch_internal {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::seconds;

const ScheduleTime kT0 = ScheduleTime() + hours(1000);

FetchOptions Options() {
  FetchOptions o;
  o.obey_robots = false;
  o.per_host_delay = milliseconds(0);
  o.max_total = 64;
  o.max_per_host = 2;
  o.retry_base_delay = milliseconds(50);
  o.max_retry_delay = milliseconds(3000);
  o.max_attempts = 3;
  return o;
}

struct Event {
  int64_t at_ms;    // since kT0
  std::string url;  // "robots:" + origin for a robots.txt fetch
  bool operator==(const Event&) const = default;
};

void PrintTo(const Event& e, std::ostream* os) { *os << e.at_ms << " " << e.url; }

// Runs a FetchSchedule as the fetcher does, with simulated transfers: a request started at
// t ends at t + duration(url); robots.txt answers with `robots_txt` (nullopt: unreachable)
// after `robots_duration`. A request whose `fail(url, attempt)` holds fails transiently and
// is retried as the fetcher retries (jitter 0), with `retry_after` when set.
class Simulation : public FetchSchedule::Actions {
 public:
  explicit Simulation(const FetchOptions& options) : schedule_(options) {}

  std::function<milliseconds(const std::string& url)> duration = [](const std::string&) {
    return milliseconds(0);
  };
  std::optional<std::string> robots_txt = "";
  milliseconds robots_duration{0};
  std::function<bool(const std::string& url, int attempt)> fail = [](const std::string&, int) {
    return false;
  };
  std::optional<milliseconds> retry_after;

  void Submit(const std::string& url) {
    auto job = std::make_unique<Job>();
    job->request.url = url;
    job->current_url = url;
    std::optional<ParsedUrl> parsed = ParseUrl(url);
    ASSERT_TRUE(parsed.has_value()) << url;
    job->parsed = *parsed;
    Host& host = schedule_.HostFor(job->parsed);
    schedule_.Enqueue(host, std::move(job));
  }

  // Pumps at each moment something is due until nothing is left; returns the starts.
  std::vector<Event> Run() {
    while (true) {
      std::optional<ScheduleTime> wake = schedule_.Pump(now_, *this);
      std::optional<ScheduleTime> next = wake;
      if (!running_.empty())
        next = std::min(next.value_or(ScheduleTime::max()), running_.begin()->first);
      if (!next) break;
      EXPECT_GE(*next, now_);
      now_ = *next;
      while (!running_.empty() && running_.begin()->first <= now_) {
        auto node = running_.extract(running_.begin());
        End(std::move(node.mapped()));
      }
    }
    return starts;
  }

  std::vector<Event> starts;
  std::vector<int> slots;            // the HostPacer slot of each start (-1: none)
  std::vector<std::string> refused;  // URLs Refuse()d
  std::vector<std::string> failed;   // URLs that ran out of attempts
  FetchSchedule& schedule() { return schedule_; }
  ScheduleTime now() const { return now_; }

 private:
  struct Running {
    Host* host;
    std::unique_ptr<Job> job;  // null for robots.txt
  };

  int64_t Ms() const { return std::chrono::duration_cast<milliseconds>(now_ - kT0).count(); }

  void Resume(std::unique_ptr<Job> job) override {
    Host& host = schedule_.HostFor(job->parsed);
    schedule_.Enqueue(host, std::move(job));
  }
  bool LoadCachedRobots(Host&) override { return false; }
  void StartRobots(Host& host, int pacer_slot) override {
    slots.push_back(pacer_slot);
    starts.push_back({Ms(), "robots:" + host.origin});
    running_.emplace(now_ + robots_duration, Running{&host, nullptr});
  }
  void Refuse(Host&, std::unique_ptr<Job> job) override { refused.push_back(job->request.url); }
  void Start(Host& host, std::unique_ptr<Job> job, int pacer_slot) override {
    slots.push_back(pacer_slot);
    starts.push_back({Ms(), job->request.url});
    ++job->response.attempts;
    const milliseconds d = duration(job->request.url);
    running_.emplace(now_ + d, Running{&host, std::move(job)});
  }

  void End(Running r) {
    schedule_.Finished(*r.host);
    if (!r.job) {  // robots.txt
      if (robots_txt) {
        r.host->robots = RobotsRules::Parse(*robots_txt, "newsdesk");
        r.host->robots_state = Host::Robots::kReady;
        r.host->crawl_delay = r.host->robots.crawl_delay();
      } else {
        r.host->robots_state = Host::Robots::kUnavailable;
      }
      schedule_.RobotsDone(*r.host);
      return;
    }
    if (!fail(r.job->request.url, r.job->response.attempts)) return;
    FetchSchedule::Retry retry = schedule_.PlanRetry(r.job->response.attempts, 0.0, retry_after);
    if (!retry.again) {
      failed.push_back(r.job->request.url);
      return;
    }
    schedule_.Delay(std::move(r.job), now_ + retry.delay);
  }

  FetchSchedule schedule_;
  ScheduleTime now_ = kT0;
  std::multimap<ScheduleTime, Running> running_;
};

TEST(FetchSchedule, PerHostDelaySpacesStartsOnOneOrigin) {
  FetchOptions o = Options();
  o.per_host_delay = milliseconds(100);
  Simulation sim(o);
  for (int i = 0; i < 4; ++i) sim.Submit("http://a.test/" + std::to_string(i));
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{0, "http://a.test/0"},
                                           {100, "http://a.test/1"},
                                           {200, "http://a.test/2"},
                                           {300, "http://a.test/3"}}));
}

TEST(FetchSchedule, PerHostDelayCountsFromTheStartNotTheEnd) {
  FetchOptions o = Options();
  o.per_host_delay = milliseconds(100);
  o.max_per_host = 1;
  Simulation sim(o);
  sim.duration = [](const std::string&) { return milliseconds(250); };  // longer than the delay
  for (int i = 0; i < 3; ++i) sim.Submit("http://a.test/" + std::to_string(i));
  EXPECT_EQ(sim.Run(),
            (std::vector<Event>{
                {0, "http://a.test/0"}, {250, "http://a.test/1"}, {500, "http://a.test/2"}}));
}

TEST(FetchSchedule, PumpWakesAtTheNextStartOfAParkedHost) {
  FetchOptions o = Options();
  o.per_host_delay = milliseconds(100);
  Simulation sim(o);
  sim.Submit("http://a.test/0");
  sim.Submit("http://a.test/1");
  EXPECT_EQ(sim.schedule().Pump(kT0, sim), kT0 + milliseconds(100));
  EXPECT_EQ(sim.starts.size(), 1u);
  EXPECT_EQ(sim.schedule().Pump(kT0 + milliseconds(99), sim), kT0 + milliseconds(100));
  EXPECT_EQ(sim.starts.size(), 1u);  // not before its time
}

TEST(FetchSchedule, PerHostLimitBoundsConcurrency) {
  FetchOptions o = Options();
  o.max_per_host = 2;
  Simulation sim(o);
  sim.duration = [](const std::string&) { return milliseconds(100); };
  for (int i = 0; i < 6; ++i) sim.Submit("http://a.test/" + std::to_string(i));
  std::vector<int64_t> times;
  for (const Event& e : sim.Run()) times.push_back(e.at_ms);
  EXPECT_EQ(times, (std::vector<int64_t>{0, 0, 100, 100, 200, 200}));
  EXPECT_EQ(sim.schedule().in_flight(), 0);
}

TEST(FetchSchedule, OriginsAreServedRoundRobinEachWithItsOwnDelay) {
  // Submitted origin by origin: the delay of one never holds back the others.
  FetchOptions o = Options();
  o.per_host_delay = milliseconds(100);
  Simulation sim(o);
  for (const char* host : {"a", "b", "c"})
    for (int i = 0; i < 3; ++i)
      sim.Submit(std::string("http://") + host + ".test/" + std::to_string(i));
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{0, "http://a.test/0"},
                                           {0, "http://b.test/0"},
                                           {0, "http://c.test/0"},
                                           {100, "http://a.test/1"},
                                           {100, "http://b.test/1"},
                                           {100, "http://c.test/1"},
                                           {200, "http://a.test/2"},
                                           {200, "http://b.test/2"},
                                           {200, "http://c.test/2"}}));
}

TEST(FetchSchedule, GlobalLimitIsSharedRoundRobinNotFirstComeFirstServed) {
  // Two slots in all; a slow origin (200 ms per request) queued six requests first. The
  // fast origin gets the first two slots that free up, not the slots after all six.
  FetchOptions o = Options();
  o.max_total = 2;
  o.max_per_host = 2;
  Simulation sim(o);
  sim.duration = [](const std::string& url) {
    return url.find("slow") != std::string::npos ? milliseconds(200) : milliseconds(1);
  };
  for (int i = 0; i < 6; ++i) sim.Submit("http://slow.test/" + std::to_string(i));
  for (int i = 0; i < 2; ++i) sim.Submit("http://fast.test/" + std::to_string(i));
  std::vector<Event> starts = sim.Run();
  std::vector<int64_t> fast, slow;
  for (const Event& e : starts)
    (e.url.find("fast") != std::string::npos ? fast : slow).push_back(e.at_ms);
  EXPECT_EQ(fast, (std::vector<int64_t>{200, 200}));
  EXPECT_EQ(slow, (std::vector<int64_t>{0, 0, 201, 201, 401, 401}));
}

TEST(FetchSchedule, SlowOriginAtItsLimitDoesNotStallOthers) {
  FetchOptions o = Options();
  o.max_per_host = 1;
  Simulation sim(o);
  sim.duration = [](const std::string& url) {
    return url.find("slow") != std::string::npos ? milliseconds(200) : milliseconds(10);
  };
  for (int i = 0; i < 4; ++i) sim.Submit("http://slow.test/" + std::to_string(i));
  for (int i = 0; i < 4; ++i) sim.Submit("http://fast.test/" + std::to_string(i));
  std::vector<int64_t> fast, slow;
  for (const Event& e : sim.Run())
    (e.url.find("fast") != std::string::npos ? fast : slow).push_back(e.at_ms);
  EXPECT_EQ(fast, (std::vector<int64_t>{0, 10, 20, 30}));
  EXPECT_EQ(slow, (std::vector<int64_t>{0, 200, 400, 600}));
}

TEST(FetchSchedule, RobotsTxtComesFirstAndItsCrawlDelaySpacesThePages) {
  FetchOptions o = Options();
  o.obey_robots = true;
  Simulation sim(o);
  sim.robots_txt = "User-agent: *\nCrawl-delay: 0.2\n";
  sim.robots_duration = milliseconds(30);
  for (int i = 1; i <= 3; ++i) sim.Submit("http://a.test/page/" + std::to_string(i));
  // The delay counts from the robots.txt request, like any other request to the origin.
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{0, "robots:http://a.test:80"},
                                           {200, "http://a.test/page/1"},
                                           {400, "http://a.test/page/2"},
                                           {600, "http://a.test/page/3"}}));
}

TEST(FetchSchedule, RobotsTxtSlowerThanTheDelayHoldsTheFirstPageUntilItIsIn) {
  FetchOptions o = Options();
  o.obey_robots = true;
  o.per_host_delay = milliseconds(100);
  Simulation sim(o);
  sim.robots_duration = milliseconds(250);
  sim.Submit("http://a.test/1");
  sim.Submit("http://a.test/2");
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{0, "robots:http://a.test:80"},
                                           {250, "http://a.test/1"},
                                           {350, "http://a.test/2"}}));
}

TEST(FetchSchedule, RobotsTxtDisallowAndUnavailabilityRefuseWithoutStarting) {
  FetchOptions o = Options();
  o.obey_robots = true;
  Simulation allowed(o);
  allowed.robots_txt = "User-agent: *\nDisallow: /private\n";
  allowed.Submit("http://a.test/private/1");
  allowed.Submit("http://a.test/public");
  EXPECT_EQ(allowed.Run(),
            (std::vector<Event>{{0, "robots:http://a.test:80"}, {0, "http://a.test/public"}}));
  EXPECT_EQ(allowed.refused, (std::vector<std::string>{"http://a.test/private/1"}));

  Simulation down(o);
  down.robots_txt = std::nullopt;  // unreachable
  down.Submit("http://a.test/1");
  down.Submit("http://a.test/2");
  EXPECT_EQ(down.Run(), (std::vector<Event>{{0, "robots:http://a.test:80"}}));
  EXPECT_EQ(down.refused, (std::vector<std::string>{"http://a.test/1", "http://a.test/2"}));
}

TEST(FetchSchedule, TransientFailuresAreRetriedAfterExponentialBackoff) {
  Simulation sim(Options());  // base 50 ms, 3 attempts
  sim.fail = [](const std::string&, int) { return true; };
  sim.duration = [](const std::string&) { return milliseconds(5); };
  sim.Submit("http://a.test/x");
  // Ends at 5 -> waits 50; ends at 60 -> waits 100; ends at 165, out of attempts.
  EXPECT_EQ(sim.Run(),
            (std::vector<Event>{
                {0, "http://a.test/x"}, {55, "http://a.test/x"}, {160, "http://a.test/x"}}));
  EXPECT_EQ(sim.failed, (std::vector<std::string>{"http://a.test/x"}));
  EXPECT_EQ(sim.now(), kT0 + milliseconds(165));
}

TEST(FetchSchedule, RetryAfterLongerThanTheBackoffWins) {
  Simulation sim(Options());
  sim.fail = [](const std::string&, int attempt) { return attempt == 1; };
  sim.retry_after = seconds(1);
  sim.Submit("http://a.test/x");
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{0, "http://a.test/x"}, {1000, "http://a.test/x"}}));
  EXPECT_TRUE(sim.failed.empty());
}

TEST(FetchSchedule, RetryWaitsForItsHostsDelayToo) {
  FetchOptions o = Options();
  o.per_host_delay = milliseconds(500);
  Simulation sim(o);
  sim.fail = [](const std::string&, int attempt) { return attempt == 1; };
  sim.Submit("http://a.test/x");
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{0, "http://a.test/x"}, {500, "http://a.test/x"}}));
}

TEST(FetchSchedule, PlanRetryBacksOffWithJitterCapsAndGivesUp) {
  FetchSchedule schedule(Options());  // base 50 ms, cap 3000 ms, 3 attempts
  auto plan = [&](int attempts, double jitter, std::optional<milliseconds> retry_after) {
    FetchSchedule::Retry r = schedule.PlanRetry(attempts, jitter, retry_after);
    return std::pair{r.again, r.delay.count()};
  };
  EXPECT_EQ(plan(1, 0.0, std::nullopt), std::pair(true, int64_t{50}));
  EXPECT_EQ(plan(2, 0.0, std::nullopt), std::pair(true, int64_t{100}));
  EXPECT_EQ(plan(2, 0.5, std::nullopt), std::pair(true, int64_t{125}));  // + up to 50 %
  EXPECT_EQ(plan(1, 0.0, milliseconds(800)), std::pair(true, int64_t{800}));
  EXPECT_EQ(plan(1, 0.0, milliseconds(10)), std::pair(true, int64_t{50}));
  // Out of attempts: not again; the delay is still what a later run should wait.
  EXPECT_EQ(plan(3, 0.0, std::nullopt), std::pair(false, int64_t{200}));
  // Retry-After beyond max_retry_delay: not in this run.
  EXPECT_EQ(plan(1, 0.0, seconds(3600)), std::pair(false, int64_t{3600000}));
}

class FakePacer : public HostPacer {
 public:
  Start TryStart(const std::string& origin, std::chrono::milliseconds delay,
                 int max_in_flight) override {
    asked.emplace_back(origin, delay.count());
    limits.push_back(max_in_flight);
    Start start;
    start.wait = waits.empty() ? milliseconds(0) : Next();
    if (start.wait == milliseconds(0)) start.slot = next_slot++;
    return start;
  }
  void Done(const std::string&, int) override {}  // the fetcher's part, not the schedule's
  milliseconds Next() {
    milliseconds w = waits.front();
    waits.erase(waits.begin());
    return w;
  }
  std::vector<milliseconds> waits;
  std::vector<std::pair<std::string, int64_t>> asked;
  std::vector<int> limits;
  int next_slot = 7;
};

TEST(FetchSchedule, HostPacerCanHoldBackAStart) {
  auto pacer = std::make_shared<FakePacer>();
  pacer->waits = {milliseconds(300)};  // another process started a request just now
  FetchOptions o = Options();
  o.per_host_delay = milliseconds(100);
  o.host_pacer = pacer;
  Simulation sim(o);
  sim.Submit("http://a.test/1");
  sim.Submit("http://a.test/2");
  EXPECT_EQ(sim.Run(), (std::vector<Event>{{300, "http://a.test/1"}, {400, "http://a.test/2"}}));
  ASSERT_EQ(pacer->asked.size(), 3u);
  EXPECT_EQ(pacer->asked[0], std::pair(std::string("http://a.test:80"), int64_t{100}));
  // Each start holds the slot the pacer gave it, under the per-host cap.
  EXPECT_EQ(sim.slots, (std::vector<int>{7, 8}));
  EXPECT_EQ(pacer->limits, (std::vector<int>(3, o.max_per_host)));
}

TEST(FetchSchedule, TakeUnsentReturnsQueuedAndWaitingRequests) {
  FetchOptions o = Options();
  o.max_per_host = 1;
  Simulation sim(o);
  sim.Submit("http://a.test/1");
  sim.Submit("http://a.test/2");
  sim.schedule().Pump(kT0, sim);  // a/1 on the wire
  auto waiting = std::make_unique<Job>();
  waiting->request.url = "http://b.test/retry";
  sim.schedule().Delay(std::move(waiting), kT0 + seconds(5));
  std::vector<std::string> urls;
  for (const auto& job : sim.schedule().TakeUnsent()) urls.push_back(job->request.url);
  std::sort(urls.begin(), urls.end());
  EXPECT_EQ(urls, (std::vector<std::string>{"http://a.test/2", "http://b.test/retry"}));
  EXPECT_EQ(sim.schedule().in_flight(), 1);  // a/1 stays on the wire
  EXPECT_EQ(sim.schedule().Pump(kT0 + seconds(10), sim), std::nullopt);
  EXPECT_EQ(sim.starts.size(), 1u);
}

TEST(FetchSchedule, Rfc9309_2_4_CachedRobotsAnswerIsUsedForAtMostTheTtl) {
  const auto now = std::chrono::system_clock::time_point() + hours(500000);
  RobotsCache::Entry entry;
  entry.http_status = 200;
  entry.fetched_at = now - hours(24);
  EXPECT_TRUE(RobotsEntryIsFresh(entry, now, hours(24)));
  entry.fetched_at = now - hours(24) - seconds(1);
  EXPECT_FALSE(RobotsEntryIsFresh(entry, now, hours(24)));
  entry.fetched_at = now;
  entry.http_status = 404;  // "no robots.txt" is an answer too
  EXPECT_TRUE(RobotsEntryIsFresh(entry, now, hours(24)));
  entry.http_status = 429;  // unreachable is never cached as an answer
  EXPECT_FALSE(RobotsEntryIsFresh(entry, now, hours(24)));
  entry.http_status = 503;
  EXPECT_FALSE(RobotsEntryIsFresh(entry, now, hours(24)));
}

}  // namespace
}  // namespace newsdesk::fetch_internal
