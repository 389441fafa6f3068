// The pipeline's robots.txt cache: a RobotsCache (newsdesk/robots.h) backed by the store's
// `robots` table without touching the Store from the fetcher's thread.
//
// Preload() reads the rows of the run's origins on the caller's thread before the run
// starts; Load()/Save() (fetcher thread) only touch a mutex-guarded map; new answers are
// queued and written by the writer thread (TakePending(), inside its batch transaction).
//
// Thread-safety: Preload() before the run, from the thread that owns the Store; Load(),
// Save() and TakePending() from any thread.
#ifndef NEWSDESK_PIPELINE_ROBOTS_H_
#define NEWSDESK_PIPELINE_ROBOTS_H_

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/robots.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk::internal {

class StoreRobotsCache : public RobotsCache {
 public:
  // `ttl` only sets the rows' expires_at; the fetcher decides what is fresh.
  explicit StoreRobotsCache(std::chrono::hours ttl) : ttl_(ttl) {}

  // Reads the stored answers for the origins of `urls` (keyed by FetchOrigin).
  Status Preload(Store& store, const std::vector<std::string>& urls);

  std::optional<Entry> Load(const std::string& origin) override;
  void Save(const std::string& origin, const Entry& entry) override;

  // The answers saved since the last call, as store rows, in host order: writers that
  // share a database upsert them in one order, so that two of them cannot deadlock on
  // the rows (seen with three workers on PostgreSQL: bench/workers_bench.cc).
  std::vector<RobotsEntry> TakePending();

 private:
  const std::chrono::hours ttl_;
  std::mutex mu_;
  std::map<std::string, Entry> entries_;
  std::vector<RobotsEntry> pending_;
};

}  // namespace newsdesk::internal

#endif  // NEWSDESK_PIPELINE_ROBOTS_H_
