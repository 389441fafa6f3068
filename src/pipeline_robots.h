// The pipeline's robots.txt cache: a RobotsCache (newsdesk/robots.h) backed by the store's
// `robots` table without touching the Store from the fetcher's thread.
//
// Preload() reads the rows of the run's origins on the caller's thread before the run
// starts; Load()/Save() (fetcher thread) only touch a mutex-guarded map; new answers are
// queued and written by the writer thread (TakePending(), inside its batch transaction).
//
// With a shared frontier (`shared`), a host's robots.txt is fetched by one worker per TTL:
// an answer missing or stale in the map is looked up in the store, the worker fetches it
// only when it gets the claim (ClaimFetch), and its answer is stored at once over the
// lease connection, where the others find it.
//
// Thread-safety: Preload() before the run, from the thread that owns the Store; Load(),
// Save() and TakePending() from any thread.
#ifndef NEWSDESK_PIPELINE_ROBOTS_H_
#define NEWSDESK_PIPELINE_ROBOTS_H_

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/robots.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "pipeline_leases.h"

namespace newsdesk::internal {

class StoreRobotsCache : public RobotsCache {
 public:
  // `ttl` sets the rows' expires_at and, with `shared`, which stored answers are fresh
  // (the fetcher decides whether to use one). `shared` may be null (the only writer).
  StoreRobotsCache(std::chrono::hours ttl, std::shared_ptr<FrontierLeases> shared)
      : ttl_(ttl), shared_(std::move(shared)) {}

  // Reads the stored answers for the origins of `urls` (keyed by FetchOrigin).
  Status Preload(Store& store, const std::vector<std::string>& urls);

  std::optional<Entry> Load(const std::string& origin) override;
  void Save(const std::string& origin, const Entry& entry) override;
  std::chrono::milliseconds ClaimFetch(const std::string& origin) override;
  void AbandonFetch(const std::string& origin) override;

  // The answers saved since the last call, as store rows, in host order: writers that
  // share a database upsert them in one order, so that two of them cannot deadlock on
  // the rows (seen with three workers on PostgreSQL: bench/workers_bench.cc).
  std::vector<RobotsEntry> TakePending();

 private:
  const std::chrono::hours ttl_;
  const std::shared_ptr<FrontierLeases> shared_;
  std::mutex mu_;
  std::map<std::string, Entry> entries_;
  std::vector<RobotsEntry> pending_;
};

}  // namespace newsdesk::internal

#endif  // NEWSDESK_PIPELINE_ROBOTS_H_
