// Dedup and stories: exact and near-duplicate detection and incremental story clustering.
// An in-memory index over the articles seen so far; the pipeline rebuilds it from the
// store on open (Restore) and feeds it each new article (Add) on the writer thread.
// No I/O. Thread-compatible: one thread at a time (the store's writer).
#ifndef NEWSDESK_STORIES_H_
#define NEWSDESK_STORIES_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace newsdesk {

struct StoryOptions {
  int near_duplicate_max_distance = 3;  // SimHash-64 Hamming distance for "same text"
  double join_threshold = 0.25;         // min similarity to join an existing story
  std::chrono::hours window{24 * 7};    // publication-time window for joining
};

struct StoryArticle {
  int64_t id = 0;         // store id, > 0
  std::string url;        // canonical
  std::string title;
  std::string text;       // normalized display text
  std::string language;   // ISO 639-1 or ""
  std::string site;       // outlet
  // Publication (or, when unknown, fetch) time, seconds since the epoch.
  std::optional<int64_t> published_unix;
};

struct StoryAssignment {
  int64_t story_id = 0;
  int64_t duplicate_of = 0;  // id of the first copy when a near-duplicate; 0 otherwise
  double score = 0;          // similarity to the story joined; 0 for a new story
};

class StoryIndex {
 public:
  explicit StoryIndex(const StoryOptions& options = {});
  ~StoryIndex();
  StoryIndex(const StoryIndex&) = delete;
  StoryIndex& operator=(const StoryIndex&) = delete;

  // Decides where a new article goes: the story of its near-duplicate, the best matching
  // story within the window, or a new story. The article is then part of the index.
  StoryAssignment Add(const StoryArticle& article);
  // Re-inserts a stored article with its stored assignment (used on open).
  void Restore(const StoryArticle& article, const StoryAssignment& assignment);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsdesk

#endif  // NEWSDESK_STORIES_H_
