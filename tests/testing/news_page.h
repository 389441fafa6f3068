// Generated news pages for pipeline tests: page `n` has a title and three paragraphs of
// text unique to `n`, long enough for extraction and near-duplicate detection.
#ifndef NEWSDESK_TESTING_NEWS_PAGE_H_
#define NEWSDESK_TESTING_NEWS_PAGE_H_

#include <string>

namespace newsdesk::testing {

// With a non-empty `canonical`, the page declares it as rel=canonical.
std::string NewsPage(int n, const std::string& canonical = "");

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_NEWS_PAGE_H_
