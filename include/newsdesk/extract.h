// Extract stage: UTF-8 HTML -> main text and metadata. libxml2's HTML parser in recover
// mode; boilerplate removal; metadata from <meta>, JSON-LD, <time>, the URL and visible
// datelines. A pure function of its inputs; thread-safe (libxml2 is initialised once).
#ifndef NEWSDESK_EXTRACT_H_
#define NEWSDESK_EXTRACT_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

// What a page is. Only articles are stored and grouped into stories; the others are
// reported with a reason.
enum class PageClass {
  kArticle,
  kError,  // an error or "not found" page served with 200 (a soft 404)
  kWall,   // a login, paywall, consent or robot-check wall in place of the article
  kIndex,  // a section, tag or home page: teasers and links, no article of its own
  kEmpty,  // no main text at all (or, after document assembly, none that is readable)
};
// "article", "error_page", "wall", "index", "no_text": the names `extract --json` and the
// frontier's reasons use.
const char* PageClassName(PageClass c);

struct Extracted {
  std::string title;             // og:title, JSON-LD headline, h1, <title> minus site suffix
  std::string byline;            // authors, ", "-joined
  std::string site;              // og:site_name, JSON-LD publisher, the logo, else the host
  std::string canonical_url;     // rel=canonical or og:url, resolved against the page URL
  std::string language;          // declared: <html lang>, Content-Language, og:locale (BCP 47)
  std::string published_raw;     // the date string as found (ISO, or a visible dateline)
  std::string published_source;  // "json-ld", "meta", "time", "url", "dateline", ""
  std::string modified_raw;
  std::string image;        // og:image, resolved
  std::string description;  // og:description / meta description
  std::string text;         // main text: paragraphs separated by "\n\n"
  // Other date strings seen on the page (visible datelines), best first, for the dates
  // stage to try when published_raw does not parse.
  std::vector<std::string> date_candidates;
  PageClass page_class = PageClass::kArticle;
  std::string page_class_reason;  // why the page is not an article ("" for articles)
};

// Classifies an already-extracted document (an import) from its title and text alone:
// error pages and walls as Extract would; kEmpty without text; else kArticle. `reason`
// receives why it is not an article.
PageClass ClassifyText(std::string_view title, std::string_view text, std::string& reason);

// `url` is the page's URL (for resolving relative links and URL-date patterns; may be
// empty). `content_language` is the HTTP header (may be empty). Fails only on input that
// is not HTML at all (empty document).
Result<Extracted> Extract(std::string_view html_utf8, std::string_view url,
                          std::string_view content_language = {});

}  // namespace newsdesk

#endif  // NEWSDESK_EXTRACT_H_
