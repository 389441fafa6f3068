// The pipeline's side of the shared frontier (docs/scale.md): the worker's leases on the
// URLs it fetches, over a Store connection of their own (the writer's connection is in
// a batch transaction most of the time, and a lease must be seen by other workers at once).
//
// Claim() leases URLs just before they are submitted; a thread renews every lease the
// worker holds each third of the lease's duration, so a lease outlives a slow queue and
// ends only when its URL's state is written (the writer's UpsertUrl) or the worker dies.
// The destructor stops renewing and ends the leases still held (a stopped run's unsent
// URLs), so other workers need not wait for them to run out. A renewal that fails is tried
// again at the next tick; should the leases run out meanwhile, another worker may fetch
// their URLs too: a refetch, never a duplicate (the writes are idempotent).
//
// It is also the fetcher's HostPacer: the per-host concurrency cap and delay kept across
// workers through the store's `host_slots` and `hosts` rows (Store::TryTakeHostSlot,
// TryStartHostRequest); and the robots.txt claims of the run's StoreRobotsCache (one
// worker fetches a host's robots.txt, the others read its answer from the store). Slots
// and claims are renewed with the leases and run out with them when the worker dies.
// Should the store fail there, the request (or the robots.txt fetch) goes ahead under this
// worker's own limits.
//
// Thread-safety: Claim() from one thread, the HostPacer and robots.txt calls from the
// fetcher's; the renewing thread shares the connection with them under a mutex.
#ifndef NEWSDESK_PIPELINE_LEASES_H_
#define NEWSDESK_PIPELINE_LEASES_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "newsdesk/fetch.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk::internal {

class FrontierLeases : public HostPacer {
 public:
  using Clock = std::function<std::chrono::system_clock::time_point()>;
  // `any_state`: claim URLs in any state (a --refetch run), not only due ones.
  FrontierLeases(std::unique_ptr<Store> store, std::string worker, std::chrono::seconds duration,
                 Clock now, bool any_state);
  ~FrontierLeases() override;
  FrontierLeases(const FrontierLeases&) = delete;
  FrontierLeases& operator=(const FrontierLeases&) = delete;

  // Store::ClaimUrls for this worker, from now until a lease's duration from now.
  Result<UrlClaim> Claim(const std::vector<std::string>& urls);
  Start TryStart(const std::string& origin, std::chrono::milliseconds delay,
                 int max_in_flight) override;
  void Done(const std::string& origin, int slot) override;

  // robots.txt across workers (StoreRobotsCache). The stored answer for `origin`, if any
  // could be read.
  std::optional<RobotsEntry> LoadRobots(const std::string& origin);
  // Whether this worker is to fetch the robots.txt of `origin` (Store::ClaimRobotsFetch):
  // no answer younger than `ttl` is stored and no other worker is fetching it.
  bool ClaimRobots(const std::string& origin, std::chrono::hours ttl);
  // Stores an answer at once (ending the claim); false when the store failed.
  bool SaveRobots(const RobotsEntry& row);
  // Gives the claim on `origin` up (no answer to store).
  void AbandonRobots(const std::string& origin);

 private:
  void RenewLoop();
  // Now in milliseconds since the epoch, from the real clock, not the run's (which tests
  // may pin): delays and the slots' and claims' leases are real time.
  static int64_t NowMs();

  std::unique_ptr<Store> store_;  // guarded by mu_
  const std::string worker_;
  const std::chrono::seconds duration_;
  const Clock now_;
  const bool any_state_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  std::thread renewer_;
};

}  // namespace newsdesk::internal

#endif  // NEWSDESK_PIPELINE_LEASES_H_
