// Block selection of the extract stage (extract_select.cc): which of a page's blocks are
// its main text. Blocks are marked (boilerplate lines, teaser cards, author boxes), the
// container is the element whose blocks score best, its blocks are classified with their
// neighbours (jusText-like), then end matter, a closing sign-off, the lead and the JSON-LD
// body adjust the result. Not a public interface; pure and thread-safe.
#ifndef NEWSDESK_EXTRACT_SELECT_H_
#define NEWSDESK_EXTRACT_SELECT_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract_dom.h"

namespace newsdesk::extract_internal {

struct MainText {
  std::string text;  // paragraphs separated by blank lines; "" when none was found
  int best = -1;     // the element whose blocks scored best (before the brief and
                     // whole-page fallbacks), -1 when none scored above zero
};

// The headline of a page that shows none in an <h1>: the first <h2> or <h3> among `blocks`,
// or line styled as a title (IsTitleStyled: `<div class="news-title">`, `<p
// class="headline">`, large type; no list item), a short line without a link
// outside teasers and sidebars, that stands right before the body, at most three blocks (a
// byline, a dateline) before its first paragraph (a sentence of 80 characters or more),
// with no such paragraph before it; "" when none does. `els` are the blocks' elements.
std::string HeadingBeforeBody(const std::vector<Block>& blocks, const std::vector<Element>& els);

// The datelines over the headline in the first header block of lines among `blocks` (an
// old layout table's head cell: "Mar - 01/12/2026 - 10h15" / the headline / the standfirst
// / "Da Redação"), where the headline is one of `headlines` (title, <h1>s, <title>): the
// lines above it that look like a dateline; none when no block is such a header.
std::vector<std::string> HeadCellDatelines(const std::vector<Block>& blocks,
                                           const std::vector<std::string>& headlines);

// The main text of a page from its blocks (BuildBlocks; marked here) and elements (their
// scores are summed here). `headlines` (title, <h1>s, <title>, datelines) and `byline` are dropped
// from the first blocks; `ld` is what the page's JSON-LD says (its articleBody checks and
// may replace the result; a how-to's steps stand in for no text at all).
MainText SelectMainText(std::vector<Block>& blocks, std::vector<Element>& els,
                        const std::vector<std::string>& headlines, std::string_view byline,
                        const JsonLdInfo& ld);

}  // namespace newsdesk::extract_internal

#endif  // NEWSDESK_EXTRACT_SELECT_H_
