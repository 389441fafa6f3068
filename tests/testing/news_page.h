// Generated news pages for pipeline tests: page `n` has a title and three paragraphs of
// text unique to `n`, long enough for extraction and near-duplicate detection.
#ifndef NEWSDESK_TESTING_NEWS_PAGE_H_
#define NEWSDESK_TESTING_NEWS_PAGE_H_

#include <string>

namespace newsdesk::testing {

// With a non-empty `canonical`, the page declares it as rel=canonical.
std::string NewsPage(int n, const std::string& canonical = "");

// Member `member` of event `event`: a report written in invented words of its event
// (names, a figure) that no other event uses, in an order and with closing words of its
// own, so any arrival order groups the pages into the same stories (the story tests of
// several workers compare groupings, not ids).
std::string EventPage(int event, int member);

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_NEWS_PAGE_H_
