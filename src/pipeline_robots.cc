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
    std::optional<std::chrono::system_clock::time_point> at = ParseIsoUtc((*row)->fetched_at);
    if (!at) continue;  // unreadable row: fetch robots.txt again
    loaded[origin] = Entry{(*row)->http_status, std::move((*row)->body), *at};
  }
  std::lock_guard lock(mu_);
  entries_.merge(loaded);
  return Status::OK();
}

std::optional<RobotsCache::Entry> StoreRobotsCache::Load(const std::string& origin) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(origin);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void StoreRobotsCache::Save(const std::string& origin, const Entry& entry) {
  RobotsEntry row;
  row.host = origin;
  row.http_status = entry.http_status;
  row.body = entry.body;
  row.fetched_at = IsoUtc(entry.fetched_at);
  row.expires_at = IsoUtc(entry.fetched_at + ttl_);
  std::lock_guard lock(mu_);
  entries_[origin] = entry;
  pending_.push_back(std::move(row));
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
