#include "fetch_schedule.h"

#include <algorithm>
#include <utility>

namespace newsdesk::fetch_internal {

using std::chrono::milliseconds;

FetchSchedule::FetchSchedule(const FetchOptions& options) : options_(options) {}

Host& FetchSchedule::HostFor(const ParsedUrl& url) {
  auto [it, inserted] = hosts_.try_emplace(url.origin);
  if (inserted) {
    it->second.origin = url.origin;
    it->second.is_file = url.scheme == "file";
    if (it->second.is_file || !options_.obey_robots) it->second.robots_state = Host::Robots::kReady;
  }
  return it->second;
}

void FetchSchedule::Enqueue(Host& host, std::unique_ptr<Job> job) {
  host.queue.push_back(std::move(job));
  MarkReady(host);
}

void FetchSchedule::Delay(std::unique_ptr<Job> job, ScheduleTime due) {
  delayed_.emplace(due, std::move(job));
}

// A host with queued work goes in the round-robin list, unless it is already there or
// parked until its per-host delay has passed (it comes back by itself then).
void FetchSchedule::MarkReady(Host& host) {
  if (host.in_ready_list || host.parked || host.queue.empty()) return;
  host.in_ready_list = true;
  ready_.push_back(&host);
}

milliseconds FetchSchedule::HostDelay(const Host& host) const {
  if (host.is_file) return milliseconds(0);
  return std::max(options_.per_host_delay, host.crawl_delay.value_or(milliseconds(0)));
}

int FetchSchedule::HostLimit(const Host& host) const {
  return host.is_file ? options_.max_total : options_.max_per_host;
}

// A host leaves the ready list when it cannot start more: parked by time when waiting for
// its delay, otherwise until a completion (its limit), robots.txt, or a new request brings
// it back. So a pump costs O(hosts that can start), not O(hosts).
std::optional<ScheduleTime> FetchSchedule::Pump(ScheduleTime now, Actions& actions) {
  while (!delayed_.empty() && delayed_.begin()->first <= now) {
    auto node = delayed_.extract(delayed_.begin());
    actions.Resume(std::move(node.mapped()));
  }
  while (!parked_.empty() && parked_.begin()->first <= now) {
    Host* host = parked_.begin()->second;
    parked_.erase(parked_.begin());
    host->parked = false;
    MarkReady(*host);
  }
  while (!ready_.empty() && in_flight_total_ < options_.max_total) {
    Host* host = ready_.front();
    ready_.pop_front();
    host->in_ready_list = false;
    switch (ServeHost(*host, now, actions)) {
      case Wait::kGlobalLimit:
        host->in_ready_list = true;
        ready_.push_back(host);  // served its turn; others go first next time
        break;
      case Wait::kDelay:
        host->parked = true;
        parked_.emplace(host->next_start, host);
        break;
      case Wait::kHostLimit:  // back on completion
      case Wait::kRobots:     // back when robots.txt is in
      case Wait::kEmpty:      // back on Enqueue
        break;
    }
  }
  std::optional<ScheduleTime> wake;
  if (!delayed_.empty()) wake = delayed_.begin()->first;
  if (!parked_.empty()) wake = std::min(wake.value_or(ScheduleTime::max()), parked_.begin()->first);
  return wake;
}

// Starts as many of the host's requests as its limits allow; says what stopped it.
FetchSchedule::Wait FetchSchedule::ServeHost(Host& host, ScheduleTime now, Actions& actions) {
  while (true) {
    if (host.queue.empty()) return Wait::kEmpty;
    if (host.robots_state == Host::Robots::kFetching) return Wait::kRobots;
    if (host.in_flight >= HostLimit(host)) return Wait::kHostLimit;
    if (in_flight_total_ >= options_.max_total) return Wait::kGlobalLimit;
    if (now < host.next_start) return Wait::kDelay;
    if (host.robots_state == Host::Robots::kUnknown && !actions.LoadCachedRobots(host)) {
      const milliseconds wait =
          options_.robots_cache ? options_.robots_cache->ClaimFetch(host.origin) : milliseconds(0);
      if (wait > milliseconds(0)) {  // another process is fetching it
        host.next_start = now + wait;
        return Wait::kDelay;
      }
      host.robots_state = Host::Robots::kClaimed;
    }
    if (host.robots_state == Host::Robots::kClaimed) {
      int slot = -1;
      if (!MayStart(host, now, slot)) return Wait::kDelay;
      host.robots_state = Host::Robots::kFetching;
      host.robots_started = now;
      host.next_start = now + HostDelay(host);
      ++host.in_flight;
      ++in_flight_total_;
      actions.StartRobots(host, slot);
      continue;
    }
    std::unique_ptr<Job> job = std::move(host.queue.front());
    host.queue.pop_front();
    if (host.robots_state == Host::Robots::kUnavailable ||
        (!host.is_file && !host.robots.IsAllowed(job->parsed.path_query))) {
      actions.Refuse(host, std::move(job));
      continue;
    }
    int slot = -1;
    if (!MayStart(host, now, slot)) {
      host.queue.push_front(std::move(job));
      return Wait::kDelay;
    }
    host.next_start = now + HostDelay(host);
    ++host.in_flight;
    ++in_flight_total_;
    actions.Start(host, std::move(job), slot);
  }
}

// Whether the other processes sharing the host's politeness (FetchOptions::host_pacer)
// let a request to it start now; if so, `slot` is the pacer's slot it holds, else the
// host's next start is when to ask again.
bool FetchSchedule::MayStart(Host& host, ScheduleTime now, int& slot) {
  slot = -1;
  if (!options_.host_pacer || host.is_file) return true;
  const HostPacer::Start start =
      options_.host_pacer->TryStart(host.origin, HostDelay(host), HostLimit(host));
  if (start.wait > milliseconds(0)) {
    host.next_start = now + start.wait;
    return false;
  }
  slot = start.slot;
  return true;
}

void FetchSchedule::Finished(Host& host) {
  --host.in_flight;
  --in_flight_total_;
  MarkReady(host);
}

void FetchSchedule::RobotsDone(Host& host) {
  if (host.robots_state == Host::Robots::kReady)
    host.next_start = std::max(host.next_start, host.robots_started + HostDelay(host));
  MarkReady(host);
}

FetchSchedule::Retry FetchSchedule::PlanRetry(int attempts, double jitter01,
                                              std::optional<milliseconds> retry_after) const {
  Retry retry;
  retry.delay = BackoffDelay(options_, attempts, jitter01);
  if (retry_after) retry.delay = std::max(retry.delay, *retry_after);
  retry.again = attempts < options_.max_attempts && retry.delay <= options_.max_retry_delay;
  return retry;
}

std::vector<std::unique_ptr<Job>> FetchSchedule::TakeUnsent() {
  std::vector<std::unique_ptr<Job>> jobs;
  for (auto& [origin, host] : hosts_) {
    for (auto& job : host.queue) jobs.push_back(std::move(job));
    host.queue.clear();
  }
  for (auto& [when, job] : delayed_) jobs.push_back(std::move(job));
  delayed_.clear();
  return jobs;
}

bool RobotsAnswerIsFinal(long status) {
  return (status >= 200 && status < 300) || (status >= 300 && status < 400) ||
         (status >= 400 && status < 500 && status != 429);
}

bool RobotsEntryIsFresh(const RobotsCache::Entry& entry, std::chrono::system_clock::time_point now,
                        std::chrono::hours ttl) {
  return RobotsAnswerIsFinal(entry.http_status) && now - entry.fetched_at <= ttl;
}

}  // namespace newsdesk::fetch_internal
