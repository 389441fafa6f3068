// Page classes: articles versus error pages, walls, index pages and empty pages.
// The phrase tables are data, one entry a phrase, matched as lower-cased substrings
// (ASCII and Latin-1 lowered; other scripts have no case here); add languages by adding
// lines. The rules only look at short pages: a long text is an article whatever it says.
#include <span>
#include <string>
#include <string_view>

#include "extract_dom.h"
#include "extract_internal.h"
#include "extract_phrases.h"

namespace newsdesk {

const char* PageClassName(PageClass c) {
  switch (c) {
    case PageClass::kArticle:
      return "article";
    case PageClass::kError:
      return "error_page";
    case PageClass::kWall:
      return "wall";
    case PageClass::kIndex:
      return "index";
    case PageClass::kEmpty:
      return "no_text";
  }
  return "article";
}

namespace extract_internal {
namespace {

// Error titles are trusted on pages with little text; walls and index pages on less.
constexpr int kErrorMaxChars = 1000;
constexpr int kWallMaxChars = 800;
constexpr int kIndexMaxChars = 300;
constexpr int kIndexMinPageChars = 2000;
// A headline is a line of words, not a section's name; prose of a few sentences under it is
// the page's own story, however many menus and link lists surround it.
constexpr int kHeadlineMinWords = 5;
constexpr int kStoryMinWords = 25;

// Words of `s`: its space-separated words, and one more for every two kana, CJK ideographs
// or Hangul syllables (U+3000..U+DFFF: lead bytes E3..ED), scripts written without spaces.
int ProseWords(std::string_view s) {
  int wide = 0;
  for (char c : s)
    wide += static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xED;
  return CountWords(s) + wide / 2;
}

// True when the page has a headline and its text is prose: every line ends like a sentence.
bool IsHeadlinedProse(const PageSignals& s) {
  if (s.h1s == nullptr || ProseWords(s.text) < kStoryMinWords) return false;
  bool headline = false;
  for (const std::string& h : *s.h1s) headline = headline || ProseWords(h) >= kHeadlineMinWords;
  if (!headline) return false;
  size_t start = 0;
  while (start < s.text.size()) {
    size_t end = s.text.find('\n', start);
    if (end == std::string_view::npos) end = s.text.size();
    std::string_view line = s.text.substr(start, end - start);
    if (!line.empty() && !EndsLikeSentence(line)) return false;
    start = end + 1;
  }
  return true;
}

// Whether the page is a story rather than a notice put in its place: a publication date the
// page states over headlined prose. Robot checks, consent walls, error notices and redirects
// carry no such date; a short story may well name them ("Access denied: reporters barred
// ...", a bank that will ask clients to confirm they are "не робот").
bool IsDatedStory(const PageSignals& s) { return s.dated_in_page && IsHeadlinedProse(s); }

// Whether byte `pos` of `text` stands inside quotation marks opened earlier on its line.
// Openers: “ „ ‘ ‚ « 「 『 ‹; closers: ” » 」 』 › and ’ not between letters (an apostrophe);
// “ ” ‘ close when a quotation is open (German „…“, Swedish ”…”); ASCII " toggles, and so
// does ASCII ' when not between letters.
bool IsQuotedAt(std::string_view text, size_t pos) {
  size_t start = text.rfind('\n', pos);
  start = start == std::string_view::npos ? 0 : start + 1;
  int open = 0;
  const auto is_letter = [](unsigned char c) {
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  };
  // Whether the `len` bytes at `i` stand between two letters (an apostrophe: "can't").
  const auto between_letters = [&](size_t i, size_t len) {
    return i > 0 && i + len < text.size() && is_letter(static_cast<unsigned char>(text[i - 1])) &&
           is_letter(static_cast<unsigned char>(text[i + len]));
  };
  for (size_t i = start; i < pos;) {
    std::string_view rest = text.substr(i, pos - i);
    size_t len = 1;
    if (rest[0] == '"' || (rest[0] == '\'' && !between_letters(i, 1))) {
      open = open > 0 ? open - 1 : 1;
    } else if (rest.starts_with("\u201C") || rest.starts_with("\u201D") ||
               rest.starts_with("\u2018")) {
      len = 3;
      open = open > 0 ? open - 1 : open + 1;
    } else if (rest.starts_with("\u201E") || rest.starts_with("\u201A") ||
               rest.starts_with("\u00AB") || rest.starts_with("\u300C") ||
               rest.starts_with("\u300E") || rest.starts_with("\u2039")) {
      len = rest.starts_with("\u00AB") ? 2 : 3;
      ++open;
    } else if (rest.starts_with("\u00BB") || rest.starts_with("\u300D") ||
               rest.starts_with("\u300F") || rest.starts_with("\u203A")) {
      len = rest.starts_with("\u00BB") ? 2 : 3;
      if (open > 0) --open;
    } else if (rest.starts_with("\u2019")) {
      len = 3;
      if (!between_letters(i, 3) && open > 0) --open;
    }
    i += len;
  }
  return open > 0;
}

// The first of `phrases` that occurs in `text` outside quotation marks (a headline that
// quotes "page not found" reports an error page, it is not one); "" when none. `index` is
// over `phrases`: one pass tells the pages that hold none.
std::string_view FindUnquoted(std::string_view text, const PhraseIndex& index,
                              std::span<const std::string_view> phrases) {
  if (index.Find(text).empty()) return {};
  for (std::string_view p : phrases)
    for (size_t pos = text.find(p); pos != std::string_view::npos; pos = text.find(p, pos + 1))
      if (!IsQuotedAt(text, pos)) return p;
  return {};
}

// Whether the page has prose of its own beside its consent box (ConsentBox): the main text's
// lines outside it that end like sentences count kStoryMinWords words or more. An ordinary
// cookie banner beside a short brief, not the wall in place of the page (whose heading, text
// and buttons share a box).
bool HasOwnTextBesideConsentBox(const PageSignals& s) {
  if (s.blocks == nullptr || s.els == nullptr) return false;
  const int box = ConsentBox(*s.blocks, *s.els);
  if (box < 0) return false;
  const std::vector<Element>& els = *s.els;
  int words = 0;
  for (const Block& b : *s.blocks)
    if (!InSubtree(els, box, b.owner) && !b.text.empty() && EndsLikeSentence(b.text) &&
        s.text.find(b.text) != std::string_view::npos)
      words += ProseWords(b.text);
  return words >= kStoryMinWords;
}

const PhraseIndex& ConsentIndex() {
  static const PhraseIndex kIndex(phrases::kConsentWallTexts);
  return kIndex;
}

}  // namespace

int ConsentBox(const std::vector<Block>& blocks, const std::vector<Element>& els) {
  const auto holds_h1 = [&](int e) {
    for (int i = e; i < els[e].end; ++i)
      if (els[i].tag == Tag::kH1) return true;
    return false;
  };
  int box = -1;
  for (const Block& b : blocks) {
    if (b.owner < 0 ||
        FindUnquoted(Lower(b.text), ConsentIndex(), phrases::kConsentWallTexts).empty())
      continue;
    box = b.owner;
    break;
  }
  if (box < 0) return -1;
  for (int up = els[box].parent; up >= 0 && !IsPageRoot(els[up].tag) && !holds_h1(up);
       up = els[up].parent)
    box = up;
  return box;
}

std::string WithoutConsentBoxOpening(std::string_view text, const std::vector<Block>& blocks,
                                     const std::vector<Element>& els) {
  const auto h1 =
      std::find_if(els.begin(), els.end(), [](const Element& e) { return e.tag == Tag::kH1; });
  if (h1 == els.end()) return std::string(text);
  const int headline = static_cast<int>(h1 - els.begin());
  // Only a text that opens with a block above the headline is looked into.
  const std::string_view first = text.substr(0, text.find('\n'));
  if (std::none_of(blocks.begin(), blocks.end(),
                   [&](const Block& b) {
                     return b.owner >= 0 && b.owner < headline && !b.text.empty() &&
                            b.text == first;
                   }) ||
      CountChars(text) >= kConsentOpeningMaxChars)
    return std::string(text);
  const int box = ConsentBox(blocks, els);
  if (box < 0 || els[box].end > headline) return std::string(text);
  // The box's blocks the text opens with, one paragraph after another.
  std::string_view rest = text;
  for (bool cut = true; cut;) {
    cut = false;
    for (const Block& b : blocks) {
      if (!InSubtree(els, box, b.owner) || b.text.empty() || !rest.starts_with(b.text)) continue;
      const std::string_view after = rest.substr(b.text.size());
      if (!after.empty() && !after.starts_with("\n")) continue;
      rest = after.substr(std::min(after.find_first_not_of('\n'), after.size()));
      cut = true;
      break;
    }
  }
  if (rest.size() == text.size() || ProseWords(rest) < kStoryMinWords) return std::string(text);
  return std::string(rest);
}

PageClass ClassifyPage(const PageSignals& s, std::string& reason) {
  reason.clear();
  // Notices are read only on pages that are no dated story (IsDatedStory); paywalls also
  // cut dated stories. (Every rule below looks at short texts only.)
  const bool story = s.text_chars < kErrorMaxChars && IsDatedStory(s);
  static const PhraseIndex kErrorTitleIndex(phrases::kErrorTitles),
      kWallTitleIndex(phrases::kWallTitles), kErrorTextIndex(phrases::kErrorTexts),
      kWallTextIndex(phrases::kWallTexts), kRedirectIndex(phrases::kRedirectTexts);
  const std::string title = Lower(s.title);
  if (s.text_chars < kErrorMaxChars && !story) {
    std::string titles = title;
    if (s.h1s != nullptr)
      for (const std::string& h : *s.h1s) titles += "\n" + Lower(h);
    if (std::string_view hit = FindUnquoted(titles, kErrorTitleIndex, phrases::kErrorTitles);
        !hit.empty()) {
      reason = "the title says \"" + std::string(hit) + "\"";
      return PageClass::kError;
    }
  }
  if (s.text_chars < kWallMaxChars) {
    std::string text = Lower(s.page_text.empty() ? s.text : s.page_text);
    std::string_view hit;
    if (!story) {
      if (hit = FindUnquoted(title, kWallTitleIndex, phrases::kWallTitles); !hit.empty()) {
        reason = "the title says \"" + std::string(hit) + "\"";
        return PageClass::kWall;
      }
      if (hit = FindUnquoted(text, kErrorTextIndex, phrases::kErrorTexts); !hit.empty()) {
        reason = "the page says \"" + std::string(hit) + "\"";
        return PageClass::kError;
      }
      hit = FindUnquoted(text, kWallTextIndex, phrases::kWallTexts);
      // A consent wall's call, unless it is a banner's beside the page's own text.
      if (hit.empty() &&
          !(hit = FindUnquoted(text, ConsentIndex(), phrases::kConsentWallTexts)).empty() &&
          HasOwnTextBesideConsentBox(s))
        hit = {};
    }
    // A login or subscription box is furniture to block selection, but it is what the page
    // says: the paywall calls are sought in the whole page.
    if (hit.empty() && s.text_chars < kPaywallMaxChars)
      hit = FindAny(s.whole_text.empty() ? text : Lower(s.whole_text), phrases::kPaywallCalls);
    if (!hit.empty()) {
      reason = "the page says \"" + std::string(hit) + "\"";
      return PageClass::kWall;
    }
    if (!story && s.text_chars < kPaywallMaxChars &&
        !(hit = FindUnquoted(text, kRedirectIndex, phrases::kRedirectTexts)).empty()) {
      reason = "a redirect: the page says \"" + std::string(hit) + "\"";
      return PageClass::kEmpty;
    }
  }
  // Two thirds of a sizeable page in links, and almost no text of its own (no headlined prose).
  if (s.text_chars < kIndexMaxChars && !s.has_article_metadata &&
      s.page_chars >= kIndexMinPageChars && s.page_link_chars * 3 >= s.page_chars * 2 &&
      !IsHeadlinedProse(s)) {
    reason = "mostly links (" + std::to_string(s.page_link_chars) + " of " +
             std::to_string(s.page_chars) + " characters) and " + std::to_string(s.text_chars) +
             " characters of text";
    return PageClass::kIndex;
  }
  // Half of a sizeable page in teaser cards (a linked headline and its summary: a section
  // front, a tag, author or search page), and almost no text of its own. The summaries are
  // prose, so the links alone do not tell.
  if (s.text_chars < kIndexMaxChars && s.page_chars >= kIndexMinPageChars &&
      s.page_teaser_chars * 2 >= s.page_chars && !IsHeadlinedProse(s)) {
    reason = "mostly teasers (" + std::to_string(s.page_teaser_chars) + " of " +
             std::to_string(s.page_chars) + " characters) and " + std::to_string(s.text_chars) +
             " characters of text";
    return PageClass::kIndex;
  }
  if (s.text_chars == 0) {
    reason = "no main text found";
    return PageClass::kEmpty;
  }
  return PageClass::kArticle;
}

}  // namespace extract_internal

PageClass ClassifyText(std::string_view title, std::string_view text, std::string& reason) {
  extract_internal::PageSignals s;
  s.title = title;
  s.text = text;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') ++s.text_chars;
  }
  // No page around the text: nothing is an index page; the text is the whole page.
  s.page_chars = s.text_chars;
  s.has_article_metadata = true;
  return extract_internal::ClassifyPage(s, reason);
}

}  // namespace newsdesk
