// The DOM passes of the extract stage (extract_dom.cc): pass 1 numbers and measures the
// elements of a libxml2 document and reads its metadata; pass 2 cuts its text into blocks.
// Block selection (extract_select.cc) and the metadata choice (extract.cc) work on what
// they return. Not a public interface; pure and thread-safe.
#ifndef NEWSDESK_EXTRACT_DOM_H_
#define NEWSDESK_EXTRACT_DOM_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <libxml/tree.h>

#include "extract_internal.h"

namespace newsdesk::extract_internal {

// The HTML tags the passes tell apart; every other name is kOther.
enum class Tag : uint8_t {
  kOther,  // inline or unknown
  kHtml,
  kHead,
  kBody,
  kTitle,
  kMeta,
  kLink,
  kScript,
  kStyle,
  kA,
  kBr,
  kImg,
  kTime,
  kP,
  kDiv,
  kSection,
  kArticle,
  kMain,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kBlockquote,
  kPre,
  kTable,
  kTr,
  kTd,
  kTh,
  kFigure,
  kFigcaption,
  kHeader,
  kFooter,
  kNav,
  kAside,
  kForm,
  kHr,
  kAddress,
  kNoscript,
  kRubyText,   // <rt>, <rp>: ruby annotations (furigana, bopomofo) over the text read
  kJunk,       // never text: iframe, svg, button, select, ...
  kBlockMisc,  // other block-level containers: center, fieldset, details, tbody, ...
  kCustom,     // a custom element (a name with a hyphen: <story-body>, <x-paragraph>)
};

// The tag of an element name (lower-case, as libxml2's HTML parser gives it).
Tag TagOf(const xmlChar* name);

// Whether an element of this tag starts a block of its own (a paragraph of the text).
bool IsBlockLevel(Tag t);

// 1..6 for <h1>..<h6>, 0 for any other tag.
int HeadingLevel(Tag t);

// Whether an element of this tag is the whole page's (<html>, <body>): never a box, card or
// wrapper of its own.
inline bool IsPageRoot(Tag t) { return t == Tag::kHtml || t == Tag::kBody; }

inline const char* Str(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Value of attribute `name` (lower-case ASCII) or nullptr when absent.
const char* Attr(const xmlNode* n, const char* name);

// Why an element is never text (pass 2 may still keep it when it holds most of the page).
enum class Junk : uint8_t {
  kNone,
  kAlways,      // iframe, svg, form controls, figcaption, ...
  kStructural,  // nav, aside, footer, noscript, aria-hidden, ARIA navigation/banner/...:
                // dropped unless the element wraps the article or most of the page
  kHidden,      // hidden, display:none, visibility:hidden: dropped even when it holds an
                // article marker (a hidden copy of the body), unless it holds most of the page
  kDialog,      // ARIA dialog or alertdialog (a consent box, a sign-up or login popup):
                // dropped however much text it holds, unless it holds the article marker or
                // the page's headline (a story opened over a listing)
};

// One element of the page, as pass 1 measured it; pass 2 and block selection read it,
// container scoring sums `score`.
struct Element {
  xmlNode* node = nullptr;
  int parent = -1;
  int end = 0;          // one past the last descendant's id
  int raw_chars = 0;    // text in the subtree (scripts excluded)
  int prose_chars = 0;  // of which inside <p>, <blockquote>, <pre>
  Tag tag = Tag::kOther;
  uint8_t hints = 0;            // class_words::Hint flags of its class and id
  Junk junk = Junk::kNone;      // from the tag, ARIA role or hidden state
  bool article_marker = false;  // article/main/articleBody (non-negative)
  bool embedded_post = false;   // blockquote.twitter-tweet and its kin (IsEmbeddedPost)
  bool has_marker_inside = false;
  bool holds_text_field = false;  // an <input> to type in, in the subtree (IsTextField)
  bool in_marker = false;         // below an article marker
  bool in_negative = false;       // below a boilerplate-looking element (comments, nav, ...)
  double score = 0;
};

// Whether element `id` is `root` or one of its descendants: ids number the elements in
// document order, so a subtree is the id range [root, els[root].end). An `id` of -1 (a
// block without an owner) is in no subtree. REQUIRES: 0 <= root < els.size().
inline bool InSubtree(const std::vector<Element>& els, int root, int id) {
  return id >= root && id < els[root].end;
}

// What pass 1 read of the page's metadata; extract.cc chooses from it.
struct Meta {
  std::unordered_map<std::string, std::string> by_key;  // lower-case key -> first value
  std::string html_lang;
  std::string title_tag;
  std::string canonical;
  std::vector<std::string> h1s;
  // The text of the first <h1> that is a logo: its text is all a link's to the site's root
  // (`<h1><a href="/">Blog name</a></h1>`); it names the site, whatever the site is called.
  std::string logo_h1;
  // The first <h1> outside boilerplate: the headline the page shows (or its logo), the one
  // `headline_dates` and `headline_bylines` follow; on a page without <h1>, its first line
  // styled as a title (ReadDom).
  std::string headline;
  std::vector<std::string> time_datetimes;  // <time datetime>, pubdate/itemprop first
  // The same of <time>s inside hidden elements (Junk::kHidden: a print header's, a hidden
  // copy of the meta line), and their texts: the page's date only when it prints none.
  std::vector<std::string> hidden_time_datetimes;
  std::vector<std::string> hidden_time_texts;
  std::string itemprop_published, itemprop_modified, itemprop_author;
  std::vector<std::string> byline_texts;
  std::vector<std::string> date_texts;
  // For each of `date_texts`: whether its element is in the page's header, above the
  // headline (a top bar with the logo's link, a <header> not holding the <h1>): the day's
  // date, not the article's.
  std::vector<bool> date_in_page_header;
  // Dateline-shaped strings in the elements right after the first <h1>, for pages that
  // mark no element as a date (`<div class="meta">تاریخ انتشار: شنبه ۲۵ بهمن ۱۴۰۴</div>`);
  // after them, datelines with a time of day right above it, in a wrapper of the headline
  // and outside the page's header (`<li>۱۴ آذر ۱۴۰۵ - ۱۰:۲۳</li>` of a news-info list).
  std::vector<std::string> headline_dates;
  // A line opened by a byline's label ("Von ...", "By ...") right after the first <h1>.
  std::vector<std::string> headline_bylines;
  // Whether the first of `headline_bylines` is a name before a date without a label
  // (NameBeforeDate: "Petr Novák | 5. prosince 2026"); one that a menu or breadcrumb link
  // shows is dropped, and the text's opening place is none (Extract).
  bool headline_byline_unlabelled = false;
  // The clock time alone closing the line of the first of `headline_bylines`
  // (ClosingClockTime: "מאת דנה לוי | 14:30" gives "14:30"), "" when it ends otherwise.
  std::string headline_byline_time;
  // The text of links in menus and breadcrumb trails (<nav>, role navigation or menu, a
  // class or id of class_words::kNavigationClasses), up to 60 characters each.
  std::vector<std::string> navigation_link_texts;
  // The alt and title of the page's images (three words or more, spaces collapsed): the
  // text a caption repeats.
  std::vector<std::string> image_texts;
  // The text of the first links to the site's root (IsRootHref: "/", "/ar/", a host alone),
  // or the alt of the image a link without text holds, spaces collapsed, up to 80
  // characters: the logo's name, "Home".
  std::vector<std::string> root_link_texts;
  JsonLdInfo ld;
};

// A run of text between block-level boundaries (a paragraph, a heading, a table row).
struct Block {
  std::string text;
  int chars = 0;  // non-space code points, CJK counted twice
  int link_chars = 0;
  int lead_link_chars = 0;  // of the links the block opens with, before any other text
  int owner = -1;           // element id of the innermost block-level ancestor
  int heading = 0;
  bool in_li = false;
  bool in_quote = false;
  bool in_table = false;
  int cells = 0;  // data cells with text of their own in it: a table row's
  bool in_pre = false;
  bool teaser = false;         // part of a repeated teaser card (linked heading + summary)
  bool author_box = false;     // in a box about the author ("About the author" + a bio)
  bool boilerplate = false;    // IsBoilerplateLine, set once when the blocks are built
  bool not_text = false;       // a contact card or a figure caption: never text, but scored
                               // and classified as any block (no furniture weight)
  int group = -1;              // the innermost table or list (ul, ol, dl) holding the block
  bool beside_marker = false;  // in a sidebar, nav or footer beside the article marker
  bool under_image = false;    // the block opens with an image and a line break, then text
  bool near_image = false;     // an image stands in it, or between it and a block beside it
  bool over_image = false;     // an image follows its text before any other text
  bool image_text = false;     // an image's alt or title repeated as a line: its caption
                               // (not on a gallery, where such lines are the story)
  std::string cut_tail;        // the furniture lines TrimBoilerplateTail cut from its end
};

// Whether element `n`'s text is set apart like a signature: aligned right (`align="right"`,
// `style="text-align: right"`), or all of it inside emphasis (<strong>, <b>, <em>, <i>).
bool IsSetApart(const xmlNode* n);

// Whether element `n` is a video or audio player's: its class, id, `data-component` or
// `data-component-name` names one (class_words::kPlayerClasses: "video-resource",
// `data-component="video-block"`, "audioplayer").
bool IsMediaPlayer(const xmlNode* n);

// Whether `name` is the text of a link of the page's menus or breadcrumb
// (Meta::navigation_link_texts), case aside: a section's name, not a reporter's.
bool NamesAMenuLink(const Meta& meta, std::string_view name);

// Whether element `n` is styled as a title: a class or id word of one
// (class_words::kTitleClasses: `<div class="news-title">`, `<p class="headline">`), or large
// type (`style="font-size: 24px"`, 1.4em, 140%, "x-large"; `<font size="5">`, "+2").
bool IsTitleStyled(const xmlNode* n);

// The text of element `n` and its descendants (scripts and styles excluded), block-level
// elements and line breaks as spaces, spaces collapsed; read up to `limit` bytes. `fields`
// also sets apart the text of sibling elements ("<span>Name</span><span>Date</span>").
std::string TextOf(const xmlNode* n, size_t limit = 4096, bool fields = false);

// Pass 1 over the node list starting at `first`: appends every element in document order
// (its id is its index; the node's _private holds id + 1) with its measures and class
// hints, and reads the page's metadata into `meta`. On a page without `<h1>`
// (`page_has_h1` false), the first element styled as a title (IsTitleStyled, 10 to 200
// characters, outside boilerplate: a legacy layout table's `<font size=5><b>`) is read as
// the headline: `headline`, and the lines after it for `headline_dates` and
// `headline_bylines`, as after an `<h1>`.
void ReadDom(xmlNode* first, std::vector<Element>& els, Meta& meta, bool page_has_h1 = true);

// Puts the content of each declarative shadow root under `root` (`<template
// shadowrootmode="open">`, the older `shadowroot`) in the template's place, as a browser
// shows it: a web component's text written inside its template is the page's. Other
// templates (content for scripts to clone) stay and are no text.
void UnwrapShadowRootTemplates(xmlNode* root);

// Removes the bidi control characters (U+061C, U+200E, U+200F, U+202A..U+202E,
// U+2066..U+2069) from the text nodes under `root`. CMSs put them around dates, names and
// titles ("\u200f١٥\u200f/٠٣\u200f/٢٠٢٦", "\u200fמאת: name"); they show nothing, and the
// stored text drops them anyway (NormalizeText), so labels, dates and bylines are matched
// without them.
void DropBidiControls(xmlNode* root);

// Pass 2: the text blocks of the node list starting at `first`, in document order, without
// the subtrees judged boilerplate. `els` and `image_texts` (Meta) come from ReadDom over the
// same nodes; a line repeating an image's text is marked `image_text`.
std::vector<Block> BuildBlocks(xmlNode* first, const std::vector<Element>& els,
                               const std::vector<std::string>& image_texts);

}  // namespace newsdesk::extract_internal

#endif  // NEWSDESK_EXTRACT_DOM_H_
