#include "pipeline_leases.h"

#include <algorithm>
#include <utility>

#include "newsdesk/document.h"

namespace newsdesk::internal {

namespace {

using std::chrono::milliseconds;

// When all of a host's slots are held, it asks again after its delay (no request could
// start sooner anyway), or at least after this long, so that workers waiting on busy hosts
// do not load the database.
constexpr milliseconds kSlotPoll{50};

}  // namespace

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
  // A dead connection: they run out instead.
  (void)store_->ExtendLeases(worker_, "");
  (void)store_->ExtendHostClaims(worker_, 0);
}

int64_t FrontierLeases::NowMs() {
  return std::chrono::duration_cast<milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<UrlClaim> FrontierLeases::Claim(const std::vector<std::string>& urls) {
  const std::chrono::system_clock::time_point now = now_();
  std::lock_guard lock(mu_);
  return store_->ClaimUrls(urls, worker_, IsoUtc(now), IsoUtc(now + duration_), any_state_);
}

HostPacer::Start FrontierLeases::TryStart(const std::string& origin, milliseconds delay,
                                          int max_in_flight) {
  std::lock_guard lock(mu_);
  // Read once the connection is ours: a start recorded earlier than it happens would let
  // the next worker's come too soon.
  const int64_t now_ms = NowMs();
  const int64_t until_ms = now_ms + std::chrono::duration_cast<milliseconds>(duration_).count();
  Result<std::optional<int>> slot =
      store_->TryTakeHostSlot(origin, worker_, max_in_flight, now_ms, until_ms);
  if (!slot.ok()) return {};
  if (!slot->has_value()) return {std::max(delay, kSlotPoll)};
  if (delay > milliseconds(0)) {
    Result<int64_t> wait = store_->TryStartHostRequest(origin, now_ms, delay.count());
    if (wait.ok() && *wait > 0) {  // another worker's request started within the delay
      (void)store_->ReleaseHostSlot(origin, **slot, worker_);
      return {milliseconds(*wait)};
    }
  }
  return {milliseconds(0), **slot};
}

void FrontierLeases::Done(const std::string& origin, int slot) {
  std::lock_guard lock(mu_);
  (void)store_->ReleaseHostSlot(origin, slot, worker_);  // else it runs out with the lease
}

std::optional<RobotsEntry> FrontierLeases::LoadRobots(const std::string& origin) {
  std::lock_guard lock(mu_);
  Result<std::optional<RobotsEntry>> row = store_->GetRobots(origin);
  if (!row.ok()) return std::nullopt;
  return *std::move(row);
}

bool FrontierLeases::ClaimRobots(const std::string& origin, std::chrono::hours ttl) {
  std::lock_guard lock(mu_);
  const int64_t now_ms = NowMs();
  const std::string fresh_since = IsoUtc(std::chrono::system_clock::now() - ttl);
  Result<bool> claimed = store_->ClaimRobotsFetch(
      origin, worker_, fresh_since, now_ms,
      now_ms + std::chrono::duration_cast<milliseconds>(duration_).count());
  return !claimed.ok() || *claimed;
}

bool FrontierLeases::SaveRobots(const RobotsEntry& row) {
  std::lock_guard lock(mu_);
  return store_->PutRobots(row).ok();
}

void FrontierLeases::AbandonRobots(const std::string& origin) {
  std::lock_guard lock(mu_);
  (void)store_->ReleaseRobotsClaim(origin, worker_);
}

void FrontierLeases::RenewLoop() {
  std::unique_lock lock(mu_);
  for (;;) {
    if (cv_.wait_for(lock, std::chrono::duration_cast<milliseconds>(duration_) / 3,
                     [&] { return stopping_; })) {
      return;
    }
    (void)store_->ExtendLeases(worker_, IsoUtc(now_() + duration_));
    (void)store_->ExtendHostClaims(
        worker_, NowMs() + std::chrono::duration_cast<milliseconds>(duration_).count());
  }
}

}  // namespace newsdesk::internal
