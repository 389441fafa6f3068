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
// It is also the fetcher's HostPacer: the per-host delay kept across workers through the
// store's `hosts` rows (Store::TryStartHostRequest). Should the store fail there, the
// request goes ahead (the fetcher's own delay still holds within this worker).
//
// Thread-safety: Claim() from one thread, TryStart() from the fetcher's; the renewing
// thread shares the connection with them under a mutex.
#ifndef NEWSDESK_PIPELINE_LEASES_H_
#define NEWSDESK_PIPELINE_LEASES_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
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
  std::chrono::milliseconds TryStart(const std::string& origin,
                                     std::chrono::milliseconds delay) override;

 private:
  void RenewLoop();

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
