// Fuzz target for the story index's saved features, what StoryIndex::Restore reads back
// from a store (StoryAssignment::features): any bytes must be restored safely or
// extracted again, and the index must go on assigning. Input: the bytes after the header
// (magic and key) of features saved for a fixed article, so that they are parsed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "newsdesk/stories.h"

namespace {

const newsdesk::StoryArticle& Stored() {
  static const newsdesk::StoryArticle article{1,
                                              "u1",
                                              "Quake in Malatya, 14 dead",
                                              "AFAD said 14 people died in Malatya on Thursday.",
                                              "en",
                                              "s",
                                              3600,
                                              false};
  return article;
}

// The magic and key of features saved for Stored() (12 bytes, stories_features.cc).
const std::string& Header() {
  static const std::string header = [] {
    newsdesk::StoryIndex index;
    return index.Add(Stored()).features.substr(0, 12);
  }();
  return header;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsdesk::StoryIndex index;
  newsdesk::StoryAssignment kept;
  kept.story_id = 1;
  kept.features = Header() + std::string(reinterpret_cast<const char*>(data), size);
  (void)index.Restore(Stored(), kept);
  newsdesk::StoryArticle next = Stored();
  next.id = 2;
  next.title = "Malatya: 14 dead after quake";
  next.published_unix = 7200;
  const newsdesk::StoryAssignment s = index.Add(next);
  if (s.story_id <= 0 || s.duplicate_of < 0 || s.duplicate_of >= next.id) __builtin_trap();
  return 0;
}
