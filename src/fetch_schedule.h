// The fetcher's scheduling policy, apart from its I/O: which origin may start a request
// when (global and per-origin limits, per-origin delay or robots.txt Crawl-delay, the
// HostPacer), round-robin over origins, retries waiting for their backoff or Retry-After,
// and whether a cached robots.txt answer is still usable. It never reads a clock: every
// decision takes `now`, so tests drive it on simulated time and assert exact start times
// (tests/fetch_schedule_test.cc). src/fetch.cc runs it on its scheduler thread with the
// FetchOptions::clock and does what it asks (transfers, robots.txt fetches, outcomes)
// through FetchSchedule::Actions. Not installed; not a contract.
//
// Thread-safety: none; one thread (the fetcher's) uses a FetchSchedule and its hosts.
#ifndef NEWSDESK_SRC_FETCH_SCHEDULE_H_
#define NEWSDESK_SRC_FETCH_SCHEDULE_H_

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fetch_internal.h"
#include "newsdesk/fetch.h"
#include "newsdesk/robots.h"

namespace newsdesk::fetch_internal {

using ScheduleTime = std::chrono::steady_clock::time_point;

// One request on its way through the fetcher: the caller's request, its response so far
// and the hop being fetched. The schedule only moves it between queues.
struct Job {
  FetchRequest request;
  Fetcher::Callback done;
  FetchResponse response;
  std::string current_url;  // the hop being fetched
  ParsedUrl parsed;
  std::unordered_set<std::string> visited;  // redirect loop detection, from the first redirect
  int redirects = 0;
  bool redirect_hop = false;  // the next start follows a redirect, not a new attempt
  bool is_robots = false;     // internal robots.txt fetch for its origin
  ScheduleTime started;
};

// One origin (scheme://host:port): the unit of politeness and of robots.txt.
struct Host {
  // kClaimed: this process is to fetch robots.txt (RobotsCache::ClaimFetch), once the
  // host lets a request start.
  enum class Robots { kUnknown, kClaimed, kFetching, kReady, kUnavailable };
  std::string origin;
  bool is_file = false;       // file: URLs: no delay, no robots.txt, limited by max_total only
  int in_flight = 0;          // started by the schedule, not yet Finished()
  ScheduleTime next_start{};  // no request starts before this
  std::deque<std::unique_ptr<Job>> queue;
  Robots robots_state = Robots::kUnknown;
  RobotsRules robots;
  std::string robots_error;     // why robots.txt is unavailable
  bool robots_refused = false;  // robots.txt fetch was refused by policy
  std::optional<std::chrono::milliseconds> crawl_delay;
  ScheduleTime robots_started{};
  // The schedule's own bookkeeping.
  bool in_ready_list = false;
  bool parked = false;  // waiting for next_start
};

class FetchSchedule {
 public:
  // What the schedule asks of whoever does the I/O (the fetcher; a recording fake in
  // tests). Called from inside Pump(), on the schedule's thread; each may call back into
  // the schedule except Pump().
  class Actions {
   public:
    virtual ~Actions() = default;
    // `job` is due again after Delay(): enqueue it anew (Enqueue() after its checks) or
    // finish it.
    virtual void Resume(std::unique_ptr<Job> job) = 0;
    // robots.txt of `host` is unknown: true if a cached answer was applied (robots_state
    // kReady), false to have it fetched.
    virtual bool LoadCachedRobots(Host& host) = 0;
    // Start the robots.txt fetch of `host` (counted in flight; the answer comes back through
    // RobotsDone(), the transfer's end through Finished()). `pacer_slot`: the HostPacer
    // slot it holds (-1: none), to be given back (HostPacer::Done) when it ends.
    virtual void StartRobots(Host& host, int pacer_slot) = 0;
    // `job` may not be sent: robots.txt of `host` is unavailable (robots_state
    // kUnavailable) or disallows its path. Finish it.
    virtual void Refuse(Host& host, std::unique_ptr<Job> job) = 0;
    // Send `job` (counted in flight; its end comes back through Finished()), holding
    // `pacer_slot` as StartRobots() does.
    virtual void Start(Host& host, std::unique_ptr<Job> job, int pacer_slot) = 0;
  };

  // Keeps a copy of `options` (max_total, max_per_host, per_host_delay, obey_robots,
  // host_pacer, the retry settings). REQUIRES: max_total, max_per_host and max_attempts
  // are at least 1 (the fetcher raises them so).
  explicit FetchSchedule(const FetchOptions& options);

  // The host of an origin, made on first use. The reference stays valid for the life of
  // the schedule.
  Host& HostFor(const ParsedUrl& url);

  // Queues `job` (parsed, checked) on `host`, behind its other requests.
  void Enqueue(Host& host, std::unique_ptr<Job> job);
  // Holds `job` until `due` (a retry waiting for its backoff); Pump() then Resume()s it.
  void Delay(std::unique_ptr<Job> job, ScheduleTime due);

  // Starts what the limits allow at `now`, serving ready hosts round-robin, after
  // resuming the retries and waking the hosts that are due. Returns when Pump() should run
  // again if nothing else happens first (a parked host's next_start or a retry's due
  // time), nullopt when nothing waits for time.
  std::optional<ScheduleTime> Pump(ScheduleTime now, Actions& actions);

  // A request (or robots.txt fetch) of `host` started by the schedule has ended.
  void Finished(Host& host);
  // The robots.txt answer of `host` is in (robots_state, robots, crawl_delay set by the
  // caller): with rules, the host's first request waits for the delay from the robots.txt
  // request.
  void RobotsDone(Host& host);

  // What becomes of a transient failure of a job that has made `attempts` attempts:
  // retried after `delay` (the backoff retry_base_delay * 2^(attempts-1) with `jitter01`
  // in [0, 1) of up to 50 % jitter, or Retry-After when longer), or, when out of attempts
  // or the delay is beyond max_retry_delay, not retried in this run (`delay` is then how
  // long a later run should wait).
  struct Retry {
    bool again = false;
    std::chrono::milliseconds delay{0};
  };
  Retry PlanRetry(int attempts, double jitter01,
                  std::optional<std::chrono::milliseconds> retry_after) const;

  // The requests not on the wire (queued or waiting to retry), taken out of the schedule.
  std::vector<std::unique_ptr<Job>> TakeUnsent();

  int in_flight() const { return in_flight_total_; }
  // The retries held by Delay(): how many, and when the first is due (unset when none).
  size_t delayed() const { return delayed_.size(); }
  std::optional<ScheduleTime> next_delayed() const {
    if (delayed_.empty()) return std::nullopt;
    return delayed_.begin()->first;
  }

 private:
  enum class Wait { kEmpty, kHostLimit, kGlobalLimit, kDelay, kRobots };
  void MarkReady(Host& host);
  Wait ServeHost(Host& host, ScheduleTime now, Actions& actions);
  bool MayStart(Host& host, ScheduleTime now, int& slot);
  std::chrono::milliseconds HostDelay(const Host& host) const;
  int HostLimit(const Host& host) const;

  FetchOptions options_;
  std::unordered_map<std::string, Host> hosts_;  // node-based: Host& stay valid
  std::deque<Host*> ready_;  // hosts that may be able to start a request, round-robin
  std::multimap<ScheduleTime, Host*> parked_;                  // waiting for next_start
  std::multimap<ScheduleTime, std::unique_ptr<Job>> delayed_;  // retries
  int in_flight_total_ = 0;
};

// Whether a robots.txt answer decides the rules (and may be cached): a body, or a 3xx/4xx
// that means "no robots.txt" (RFC 9309 §2.3.1.3). 429 counts as unreachable.
bool RobotsAnswerIsFinal(long status);

// Whether a cached robots.txt answer may be used at `now`: a final answer no older than
// `ttl` (RFC 9309 §2.4: not more than 24 hours).
bool RobotsEntryIsFresh(const RobotsCache::Entry& entry, std::chrono::system_clock::time_point now,
                        std::chrono::hours ttl);

}  // namespace newsdesk::fetch_internal

#endif  // NEWSDESK_SRC_FETCH_SCHEDULE_H_
