// Revisions: what changed between two versions of an article (a re-fetch found an edit),
// and when a stored article is due to be fetched again. Pure functions of values: no
// fetcher, no store (the pipeline's writer applies them; docs/revisions.md).
//
// Thread-safety: pure and reentrant.
#ifndef NEWSDESK_REVISIONS_H_
#define NEWSDESK_REVISIONS_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsdesk/article.h"

namespace newsdesk {

// The values one unit was stated with before and after an edit, as written, in value
// order, each value once ("detainees": {"4,000"} -> {"4,500"}).
struct FigureChange {
  std::string unit;
  std::vector<std::string> before;
  std::vector<std::string> after;
};

struct RevisionDiff {
  bool title_changed = false;
  bool text_changed = false;
  // Word occurrences (normalize.h Words: letters, numbers, ideographs; so a language
  // written without spaces is counted by its word breaks) the new text has more of, and
  // fewer of, than the old: a multiset difference, so a moved sentence counts nothing and
  // one word replaced by another counts one added and one removed.
  int64_t words_added = 0;
  int64_t words_removed = 0;
  std::vector<FigureChange> figures;  // units whose set of values changed, by unit
  bool changed() const { return title_changed || text_changed || !figures.empty(); }
};

// Compares the stored version (`before` with its figures) with a re-fetched one. Only the
// title, the text and the figures (unit and value) count; other metadata does not.
RevisionDiff DiffRevision(const Article& before, const std::vector<StoryFigure>& before_figures,
                          const Article& after, const std::vector<StoryFigure>& after_figures);

// "detainees: 4,000 -> 4,500; killed: 12 -> 12/15" ("" when `changes` is empty); a side
// with no value is "-".
std::string FigureChangesSummary(const std::vector<FigureChange>& changes);

// Marks the figures a source changed: each figure of `after` whose value its unit did not
// have before, in a unit that lost values in the edit, gets `previous` = the lost values
// ("4,000"); a figure whose unit and value were already stated keeps the mark it had
// (so a later edit elsewhere in the text does not erase it).
void MarkChangedFigures(const std::vector<StoryFigure>& before, std::vector<StoryFigure>& after);

// When an article first fetched at `first_fetched` is next due for a re-fetch, given the
// ages at which it is re-fetched (e.g. 1 day and 7 days): the earliest first_fetched + age
// after `now`; nullopt when every age has passed (or there are none).
std::optional<std::chrono::sys_seconds> NextRevisit(std::chrono::sys_seconds first_fetched,
                                                    std::chrono::sys_seconds now,
                                                    const std::vector<std::chrono::seconds>& ages);

}  // namespace newsdesk

#endif  // NEWSDESK_REVISIONS_H_
