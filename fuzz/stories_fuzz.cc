// Fuzz target for the stories stage's text parsing: feature extraction (tokenizer,
// numbers, names, transliteration) through StoryIndex::Add, and ExtractFigures.
// Input: documents separated by lines; in each, the text before the first '|' is the
// title.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdesk/stories.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  newsdesk::StoryIndex index;
  std::vector<newsdesk::StoryFigure> figures;
  int64_t id = 0;
  size_t pos = 0;
  while (pos <= input.size() && id < 64) {
    size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    const std::string_view line = input.substr(pos, nl - pos);
    pos = nl + 1;
    const size_t bar = line.find('|');
    newsdesk::StoryArticle a;
    a.id = ++id;
    a.title = std::string(line.substr(0, bar == std::string_view::npos ? 0 : bar));
    a.text = std::string(bar == std::string_view::npos ? line : line.substr(bar + 1));
    if (id % 3 != 0) a.published_unix = id * 3600;
    const newsdesk::StoryAssignment s = index.Add(a);
    if (s.story_id <= 0 || s.duplicate_of >= a.id || s.duplicate_of < 0) __builtin_trap();
    const newsdesk::StoryAssignment again = index.Add(a);
    if (again.story_id != s.story_id || again.duplicate_of != s.duplicate_of) __builtin_trap();
    for (newsdesk::StoryFigure& f : newsdesk::ExtractFigures(a.text)) {
      if (f.text.empty()) __builtin_trap();
      f.article_id = a.id;
      figures.push_back(std::move(f));
    }
  }
  (void)newsdesk::DisagreeingFigures(figures);
  return 0;
}
