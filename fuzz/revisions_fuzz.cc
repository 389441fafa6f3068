// Fuzz target for revisions: the input is two versions of an article's text (split at
// the first NUL byte; none: the second is empty), with their figures as ExtractFigures
// finds them, through DiffRevision, FigureChangesSummary and MarkChangedFigures. Checks:
// a version compared with itself has no change, and the diff one way is the mirror of the
// diff the other way.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/revisions.h"
#include "newsdesk/stories.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  newsdesk::Article before, after;
  before.text = std::string(input.substr(0, nul));
  after.text = nul == std::string_view::npos ? "" : std::string(input.substr(nul + 1));
  before.title = before.text.substr(0, 40);
  after.title = after.text.substr(0, 40);
  const std::vector<newsdesk::StoryFigure> old_figures = newsdesk::ExtractFigures(before.text);
  std::vector<newsdesk::StoryFigure> new_figures = newsdesk::ExtractFigures(after.text);

  if (newsdesk::DiffRevision(before, old_figures, before, old_figures).changed()) std::abort();
  const newsdesk::RevisionDiff forward =
      newsdesk::DiffRevision(before, old_figures, after, new_figures);
  const newsdesk::RevisionDiff backward =
      newsdesk::DiffRevision(after, new_figures, before, old_figures);
  if (forward.words_added != backward.words_removed ||
      forward.words_removed != backward.words_added ||
      forward.figures.size() != backward.figures.size()) {
    std::abort();
  }
  (void)newsdesk::FigureChangesSummary(forward.figures);
  newsdesk::MarkChangedFigures(old_figures, new_figures);
  return 0;
}
