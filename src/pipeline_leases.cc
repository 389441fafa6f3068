#include "pipeline_leases.h"

#include <utility>

#include "newsdesk/document.h"

namespace newsdesk::internal {

FrontierLeases::FrontierLeases(std::unique_ptr<Store> store, std::string worker,
                               std::chrono::seconds duration, Clock now, bool any_state)
    : store_(std::move(store)),
      worker_(std::move(worker)),
      duration_(duration),
      now_(std::move(now)),
      any_state_(any_state) {
  renewer_ = std::thread([this] { RenewLoop(); });
}

FrontierLeases::~FrontierLeases() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    cv_.notify_all();
  }
  renewer_.join();
  (void)store_->ExtendLeases(worker_, "");  // a dead connection: they run out instead
}

Result<UrlClaim> FrontierLeases::Claim(const std::vector<std::string>& urls) {
  const std::chrono::system_clock::time_point now = now_();
  std::lock_guard lock(mu_);
  return store_->ClaimUrls(urls, worker_, IsoUtc(now), IsoUtc(now + duration_), any_state_);
}

std::chrono::milliseconds FrontierLeases::TryStart(const std::string& origin,
                                                   std::chrono::milliseconds delay) {
  using std::chrono::milliseconds;
  std::lock_guard lock(mu_);
  // Read once the connection is ours (a start recorded earlier than it happens would let
  // the next worker's come too soon), from the real clock, not the run's (which tests
  // may pin): delays are real time.
  const int64_t now_ms =
      std::chrono::duration_cast<milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  Result<int64_t> wait = store_->TryStartHostRequest(origin, now_ms, delay.count());
  return wait.ok() ? milliseconds(*wait) : milliseconds(0);
}

void FrontierLeases::RenewLoop() {
  std::unique_lock lock(mu_);
  for (;;) {
    if (cv_.wait_for(lock, std::chrono::duration_cast<std::chrono::milliseconds>(duration_) / 3,
                     [&] { return stopping_; })) {
      return;
    }
    (void)store_->ExtendLeases(worker_, IsoUtc(now_() + duration_));
  }
}

}  // namespace newsdesk::internal
