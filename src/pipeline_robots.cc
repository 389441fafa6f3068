#include "pipeline_robots.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

#include "newsdesk/document.h"
#include "newsdesk/fetch.h"

namespace newsdesk::internal {

namespace {

// Inverse of IsoUtc ("YYYY-MM-DDTHH:MM:SSZ"); nullopt if malformed.
std::optional<std::chrono::system_clock::time_point> ParseIsoUtc(const std::string& s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &sec) != 6) {
    return std::nullopt;
  }
  using namespace std::chrono;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec};
}

// A stored answer as the fetcher reads it; nullopt when it has none (a claim's row) or it
// is unreadable (fetch robots.txt again).
std::optional<RobotsCache::Entry> ToEntry(RobotsEntry row) {
  std::optional<std::chrono::system_clock::time_point> at = ParseIsoUtc(row.fetched_at);
  if (!at) return std::nullopt;
  return RobotsCache::Entry{row.http_status, std::move(row.body), *at};
}

// How long a worker waits before looking for the answer another worker is fetching.
constexpr std::chrono::milliseconds kClaimedPoll{100};

}  // namespace

Status StoreRobotsCache::Preload(Store& store, const std::vector<std::string>& urls) {
  std::set<std::string> origins;
  for (const std::string& url : urls) {
    std::string origin = FetchOrigin(url);
    if (!origin.empty()) origins.insert(std::move(origin));
  }
  std::map<std::string, Entry> loaded;
  for (const std::string& origin : origins) {
    Result<std::optional<RobotsEntry>> row = store.GetRobots(origin);
    if (!row.ok()) return row.status();
    if (!row->has_value()) continue;
    if (std::optional<Entry> entry = ToEntry(std::move(**row))) loaded[origin] = *entry;
  }
  std::lock_guard lock(mu_);
  entries_.merge(loaded);
  return Status::OK();
}

std::optional<RobotsCache::Entry> StoreRobotsCache::Load(const std::string& origin) {
  std::optional<Entry> known;
  {
    std::lock_guard lock(mu_);
    if (auto it = entries_.find(origin); it != entries_.end()) known = it->second;
  }
  const bool fresh = known && std::chrono::system_clock::now() - known->fetched_at <= ttl_;
  if (fresh || !shared_) return known;
  // Another worker may have stored an answer since.
  std::optional<RobotsEntry> row = shared_->LoadRobots(origin);
  std::optional<Entry> stored = row ? ToEntry(std::move(*row)) : std::nullopt;
  if (!stored || (known && stored->fetched_at <= known->fetched_at)) return known;
  std::lock_guard lock(mu_);
  entries_[origin] = *stored;
  return stored;
}

void StoreRobotsCache::Save(const std::string& origin, const Entry& entry) {
  RobotsEntry row;
  row.host = origin;
  row.http_status = entry.http_status;
  row.body = entry.body;
  row.fetched_at = IsoUtc(entry.fetched_at);
  row.expires_at = IsoUtc(entry.fetched_at + ttl_);
  const bool stored = shared_ && shared_->SaveRobots(row);  // the others see it at once
  std::lock_guard lock(mu_);
  entries_[origin] = entry;
  if (!stored) pending_.push_back(std::move(row));
}

std::chrono::milliseconds StoreRobotsCache::ClaimFetch(const std::string& origin) {
  if (!shared_ || shared_->ClaimRobots(origin, ttl_)) return std::chrono::milliseconds(0);
  return kClaimedPoll;
}

void StoreRobotsCache::AbandonFetch(const std::string& origin) {
  if (shared_) shared_->AbandonRobots(origin);
}

std::vector<RobotsEntry> StoreRobotsCache::TakePending() {
  std::vector<RobotsEntry> rows;
  {
    std::lock_guard lock(mu_);
    rows = std::exchange(pending_, {});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const RobotsEntry& a, const RobotsEntry& b) { return a.host < b.host; });
  return rows;
}

}  // namespace newsdesk::internal
