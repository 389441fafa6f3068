// Extract stage: see include/newsdesk/extract.h for the contract.
//
// Pipeline per page:
//  1. libxml2 parses the UTF-8 bytes in recover mode into a DOM (owned by DocPtr).
//  2. Pass 1 numbers the elements in document order, reads metadata (<meta>, <link>,
//     <title>, JSON-LD, <time>, itemprop, byline/date elements) and measures each
//     subtree's raw text and whether it holds an article marker.
//  3. Pass 2 walks the DOM again, skipping boilerplate subtrees (tags such as nav/aside/
//     footer, ARIA roles, hidden nodes, class/id hints in several languages; wrappers
//     holding most of the page are protected) and cuts the rest into text blocks at
//     block-level boundaries, with their link density.
//  4. Each block gets a value (long low-link text positive, link lists negative, short
//     lines slightly negative); the element with the highest subtree sum (bonus for
//     article/main/articleBody and content class hints) is the main container.
//  5. Blocks of the container are classified with their neighbours (jusText-style: short
//     lines survive only between good paragraphs, headings only before good text), and
//     boilerplate phrases, counters, bylines and the title are dropped.
//  6. A looser pass over the whole body runs when the result is suspiciously short, and the
//     JSON-LD articleBody replaces the result when it is clearly more complete.
#include "newsdesk/extract.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "extract_internal.h"
#include "extract_phrases.h"

namespace newsdesk {
namespace {

using extract_internal::CollapseSpace;
using extract_internal::FindAny;
using extract_internal::Lower;
using extract_internal::StartsWithAny;
namespace phrases = extract_internal::phrases;

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

void InitLibxmlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

constexpr int kMaxDepth = 400;
// Container score multipliers: article/main/articleBody, and content-like class words.
constexpr double kMarkerBonus = 1.25;
constexpr double kPositiveBonus = 1.1;

// ---------------------------------------------------------------------------------------
// Tags

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
};

Tag TagOf(const xmlChar* name_x) {
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"html", Tag::kHtml},
      {"head", Tag::kHead},
      {"body", Tag::kBody},
      {"title", Tag::kTitle},
      {"meta", Tag::kMeta},
      {"link", Tag::kLink},
      {"script", Tag::kScript},
      {"style", Tag::kStyle},
      {"a", Tag::kA},
      {"br", Tag::kBr},
      {"img", Tag::kImg},
      {"time", Tag::kTime},
      {"p", Tag::kP},
      {"div", Tag::kDiv},
      {"section", Tag::kSection},
      {"article", Tag::kArticle},
      {"main", Tag::kMain},
      {"h1", Tag::kH1},
      {"h2", Tag::kH2},
      {"h3", Tag::kH3},
      {"h4", Tag::kH4},
      {"h5", Tag::kH5},
      {"h6", Tag::kH6},
      {"ul", Tag::kUl},
      {"ol", Tag::kOl},
      {"li", Tag::kLi},
      {"dl", Tag::kDl},
      {"dt", Tag::kDt},
      {"dd", Tag::kDd},
      {"blockquote", Tag::kBlockquote},
      {"pre", Tag::kPre},
      {"table", Tag::kTable},
      {"tr", Tag::kTr},
      {"td", Tag::kTd},
      {"th", Tag::kTh},
      {"figure", Tag::kFigure},
      {"figcaption", Tag::kFigcaption},
      {"header", Tag::kHeader},
      {"footer", Tag::kFooter},
      {"nav", Tag::kNav},
      {"aside", Tag::kAside},
      {"form", Tag::kForm},
      {"hr", Tag::kHr},
      {"address", Tag::kAddress},
      {"noscript", Tag::kNoscript},
      {"rt", Tag::kRubyText},
      {"rp", Tag::kRubyText},
      {"iframe", Tag::kJunk},
      {"svg", Tag::kJunk},
      {"canvas", Tag::kJunk},
      {"object", Tag::kJunk},
      {"embed", Tag::kJunk},
      {"button", Tag::kJunk},
      {"input", Tag::kJunk},
      {"select", Tag::kJunk},
      {"textarea", Tag::kJunk},
      {"option", Tag::kJunk},
      {"template", Tag::kJunk},
      {"map", Tag::kJunk},
      {"audio", Tag::kJunk},
      {"video", Tag::kJunk},
      {"dialog", Tag::kJunk},
      {"math", Tag::kJunk},
      {"menu", Tag::kJunk},
      {"label", Tag::kJunk},
      {"picture", Tag::kJunk},
      {"source", Tag::kJunk},
      {"center", Tag::kBlockMisc},
      {"fieldset", Tag::kBlockMisc},
      {"details", Tag::kBlockMisc},
      {"summary", Tag::kBlockMisc},
      {"tbody", Tag::kBlockMisc},
      {"thead", Tag::kBlockMisc},
      {"tfoot", Tag::kBlockMisc},
      {"caption", Tag::kBlockMisc},
      {"hgroup", Tag::kBlockMisc},
      {"dir", Tag::kBlockMisc},
      {"frameset", Tag::kBlockMisc},
      {"frame", Tag::kJunk},
  };
  if (name_x == nullptr) return Tag::kOther;
  auto it = kTags.find(reinterpret_cast<const char*>(name_x));
  return it == kTags.end() ? Tag::kOther : it->second;
}

// Table cells are not blocks: a row is one block, its cells separated by spaces (tables
// read as rows, not as a column of orphan cells). Cells longer than this are layout cells
// and blocks of their own.
constexpr int kMaxDataCellChars = 150;

// Whether an element of this tag starts a block of its own (a paragraph of the text).
bool IsBlockLevel(Tag t) {
  switch (t) {
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kOther:
    case Tag::kA:
    case Tag::kBr:
    case Tag::kImg:
    case Tag::kTime:
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kRubyText:
      return false;
    default:
      return true;
  }
}

int HeadingLevel(Tag t) {
  switch (t) {
    case Tag::kH1:
      return 1;
    case Tag::kH2:
      return 2;
    case Tag::kH3:
      return 3;
    case Tag::kH4:
      return 4;
    case Tag::kH5:
      return 5;
    case Tag::kH6:
      return 6;
    default:
      return 0;
  }
}

// ---------------------------------------------------------------------------------------
// Small string helpers

const char* Str(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Value of attribute `name` (lower-case ASCII) or nullptr when absent.
const char* Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && std::strcmp(Str(a->name), name) == 0) {
      if (a->children != nullptr && a->children->content != nullptr)
        return Str(a->children->content);
      return "";
    }
  }
  return nullptr;
}

bool IsSpaceByte(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Non-space code points of UTF-8 text (NBSP counts as space).
int CountChars(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpaceByte(c)) continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Concatenated text of a subtree (no scripts/styles), at most `limit` bytes.
void GatherText(const xmlNode* n, std::string& out, size_t limit, int depth = 0) {
  for (const xmlNode* c = n->children; c != nullptr && out.size() < limit; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) out.append(Str(c->content));
    } else if (c->type == XML_ELEMENT_NODE && depth < 64) {
      Tag t = TagOf(c->name);
      if (t == Tag::kScript || t == Tag::kStyle || t == Tag::kJunk || t == Tag::kRubyText) continue;
      if (t == Tag::kBr || IsBlockLevel(t)) out.push_back(' ');
      GatherText(c, out, limit, depth + 1);
      if (IsBlockLevel(t)) out.push_back(' ');
    }
  }
}

std::string TextOf(const xmlNode* n, size_t limit = 4096) {
  std::string s;
  GatherText(n, s, limit);
  return CollapseSpace(s);
}

// Replaces NBSP by a plain space so that whitespace collapsing sees it.
std::string NbspToSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Class/id hints

enum Hint : uint8_t {
  kHintNone = 0,
  kHintPositive = 1,        // content-like: article body, entry content, ...
  kHintWeakNegative = 2,    // layout: header, nav, menu, sidebar, meta, byline, ...
  kHintStrongNegative = 4,  // comments, share, related, ads, cookie, newsletter, ...
};

struct WordRule {
  std::string_view word;
  bool prefix;
  uint8_t hint;
};

constexpr WordRule kWordRules[] = {
    // Strong negatives (en, de, fr, es, pl, it, pt).
    {"comment", true, kHintStrongNegative},
    {"kommentar", true, kHintStrongNegative},
    {"comentario", true, kHintStrongNegative},
    {"komentarz", true, kHintStrongNegative},
    {"commento", true, kHintStrongNegative},
    {"disqus", true, kHintStrongNegative},
    {"respond", false, kHintStrongNegative},
    {"reply", true, kHintStrongNegative},
    {"share", true, kHintStrongNegative},
    {"sharing", true, kHintStrongNegative},
    {"sharethis", true, kHintStrongNegative},
    {"shariff", true, kHintStrongNegative},
    {"social", true, kHintStrongNegative},
    {"teilen", false, kHintStrongNegative},
    {"partage", true, kHintStrongNegative},
    {"compartir", true, kHintStrongNegative},
    {"udostepnij", true, kHintStrongNegative},
    {"related", true, kHintStrongNegative},
    {"verwandt", true, kHintStrongNegative},
    {"relacionad", true, kHintStrongNegative},
    {"powiazane", true, kHintStrongNegative},
    {"recommend", true, kHintStrongNegative},
    {"empfehlung", true, kHintStrongNegative},
    {"advert", true, kHintStrongNegative},
    {"ad", false, kHintStrongNegative},
    {"ads", false, kHintStrongNegative},
    {"adsense", true, kHintStrongNegative},
    {"adslot", true, kHintStrongNegative},
    {"adblock", true, kHintStrongNegative},
    {"anzeige", true, kHintStrongNegative},
    {"werbung", true, kHintStrongNegative},
    {"pub", false, kHintStrongNegative},
    {"publicite", true, kHintStrongNegative},
    {"publicidad", true, kHintStrongNegative},
    {"reklama", true, kHintStrongNegative},
    {"sponsor", true, kHintStrongNegative},
    {"promo", false, kHintStrongNegative},
    {"promos", false, kHintStrongNegative},
    {"promotion", true, kHintStrongNegative},
    {"promobox", true, kHintStrongNegative},
    {"cookie", true, kHintStrongNegative},
    {"consent", true, kHintStrongNegative},
    {"gdpr", true, kHintStrongNegative},
    {"newsletter", true, kHintStrongNegative},
    {"subscri", true, kHintStrongNegative},
    {"signup", true, kHintStrongNegative},
    {"abonn", true, kHintStrongNegative},
    {"popup", true, kHintStrongNegative},
    {"modal", true, kHintStrongNegative},
    {"outbrain", true, kHintStrongNegative},
    {"taboola", true, kHintStrongNegative},
    {"plista", true, kHintStrongNegative},
    {"breadcrumb", true, kHintStrongNegative},
    {"pagination", true, kHintStrongNegative},
    {"pager", false, kHintStrongNegative},

    {"login", true, kHintStrongNegative},
    {"toolbar", true, kHintStrongNegative},
    {"tags", false, kHintStrongNegative},
    {"tagcloud", true, kHintStrongNegative},
    {"taglist", true, kHintStrongNegative},
    {"keywords", false, kHintStrongNegative},
    {"caption", true, kHintStrongNegative},
    {"credit", true, kHintStrongNegative},
    {"copyright", true, kHintStrongNegative},
    {"ticker", true, kHintStrongNegative},
    {"popular", true, kHintStrongNegative},
    {"mostread", true, kHintStrongNegative},
    {"rating", true, kHintStrongNegative},

    {"skip", true, kHintStrongNegative},
    {"banner", true, kHintStrongNegative},
    {"widget", true, kHintWeakNegative},
    // Weak negatives: layout.
    {"cta", false, kHintStrongNegative},
    {"toc", false, kHintStrongNegative},
    {"optin", true, kHintStrongNegative},
    {"form", false, kHintWeakNegative},
    {"notice", true, kHintWeakNegative},
    {"tweet", true, kHintStrongNegative},
    {"instagram", true, kHintStrongNegative},
    {"tiktok", true, kHintStrongNegative},
    {"sr", false, kHintStrongNegative},
    {"visuallyhidden", true, kHintStrongNegative},
    {"screenreader", true, kHintStrongNegative},
    {"legend", true, kHintStrongNegative},
    {"standfirst", true, kHintStrongNegative},
    {"dek", false, kHintStrongNegative},
    {"strapline", true, kHintStrongNegative},
    {"contact", true, kHintWeakNegative},
    {"kontakt", true, kHintWeakNegative},
    {"postmeta", true, kHintWeakNegative},
    {"metadata", true, kHintWeakNegative},
    {"entrymeta", true, kHintWeakNegative},
    {"sidebar", true, kHintWeakNegative},
    {"footer", true, kHintWeakNegative},
    {"header", true, kHintWeakNegative},
    {"masthead", true, kHintWeakNegative},
    {"nav", true, kHintWeakNegative},
    {"menu", true, kHintWeakNegative},
    {"subnav", true, kHintWeakNegative},
    {"meta", false, kHintWeakNegative},
    {"byline", true, kHintWeakNegative},
    {"author", true, kHintWeakNegative},
    {"autor", true, kHintWeakNegative},
    {"teaser", false, kHintWeakNegative},
    {"aside", false, kHintWeakNegative},
    {"links", false, kHintWeakNegative},
    {"linklist", true, kHintWeakNegative},
    {"more", false, kHintWeakNegative},
    {"rail", false, kHintWeakNegative},
    {"topbar", true, kHintWeakNegative},
    // Positives.
    {"article", true, kHintPositive},
    {"artikel", true, kHintPositive},
    {"articulo", true, kHintPositive},
    {"content", true, kHintPositive},
    {"entry", true, kHintPositive},
    {"post", false, kHintPositive},
    {"story", true, kHintPositive},
    {"text", true, kHintPositive},
    {"body", true, kHintPositive},
    {"main", true, kHintPositive},
    {"beitrag", true, kHintPositive},
    {"inhalt", true, kHintPositive},
    {"contenu", true, kHintPositive},
    {"texto", true, kHintPositive},
    {"cuerpo", true, kHintPositive},
    {"tresc", true, kHintPositive},
    {"prose", false, kHintPositive},
    {"richtext", true, kHintPositive},
    {"blog", false, kHintPositive},
    {"news", false, kHintPositive},
};

// Hints of one lower-case class/id word. The rules are bucketed by first letter.
uint8_t WordHints(std::string_view w) {
  static const auto* kBuckets = [] {
    auto* b = new std::array<std::vector<const WordRule*>, 26>();
    for (const WordRule& r : kWordRules) (*b)[r.word[0] - 'a'].push_back(&r);
    return b;
  }();
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return 0;
  uint8_t hints = 0;
  for (const WordRule* r : (*kBuckets)[w[0] - 'a']) {
    if (r->prefix ? w.substr(0, r->word.size()) == r->word : w == r->word) hints |= r->hint;
  }
  return hints;
}

// Hints of one element's class and id.
uint8_t ClassHints(const char* cls, const char* id) {
  uint8_t hints = 0;
  char word[64];
  for (const char* s : {cls, id}) {
    if (s == nullptr) continue;
    size_t n = 0;
    // Words after "has", "no", "with" describe a state ("o-section--has-ads",
    // "layout-with-sidebar"), not what the element is: skipped to the end of the token.
    bool state = false;
    bool token_start = true;
    for (const char* p = s;; ++p) {
      char c = *p;
      bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum) {
        if (n + 1 < sizeof(word)) word[n++] = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
        continue;
      }
      if (n > 0 && !state) {
        std::string_view w(word, n);
        bool first_word = token_start;
        token_start = false;
        if (w == "has" || w == "no" || w == "with" || w == "without" || w == "is") {
          state = true;
        } else if (first_word &&
                   (w == "tag" || w == "category" || w == "cat" || w == "format" || w == "status" ||
                    w == "type" || w == "postid" || w == "tax" || w == "label" || w == "topic" ||
                    w == "rubrik" || w == "ressort" || w == "section")) {
          state = true;  // taxonomy: "tag-sponsoring", "category-kommentare"
        } else {
          hints |= WordHints(w);
        }
      }
      n = 0;
      if (c == ' ' || c == '\t' || c == '\n') {
        state = false;
        token_start = true;
      }
      if (c == '\0') break;
    }
  }
  return hints;
}

// ---------------------------------------------------------------------------------------
// Pass 1: numbering, measurements and metadata.

enum class Junk : uint8_t {
  kNone,
  kAlways,      // iframe, svg, form controls, figcaption, ...
  kStructural,  // nav, aside, footer, noscript, aria-hidden, ARIA navigation/banner/...:
                // dropped unless the element wraps the article or most of the page
  kHidden,      // hidden, display:none, visibility:hidden: dropped even when it holds an
                // article marker (a hidden copy of the body), unless it holds most of the page
};

struct Element {
  xmlNode* node = nullptr;
  int parent = -1;
  int end = 0;          // one past the last descendant's id
  int raw_chars = 0;    // text in the subtree (scripts excluded)
  int prose_chars = 0;  // of which inside <p>, <blockquote>, <pre>
  Tag tag = Tag::kOther;
  uint8_t hints = 0;
  Junk junk = Junk::kNone;      // from the tag, ARIA role or hidden state
  bool article_marker = false;  // article/main/articleBody (non-negative)
  bool embedded_post = false;   // blockquote.twitter-tweet and its kin (IsEmbeddedPost)
  bool has_marker_inside = false;
  bool in_marker = false;    // below an article marker
  bool in_negative = false;  // below a boilerplate-looking element (comments, nav, ...)
  double score = 0;
};

struct Meta {
  std::unordered_map<std::string, std::string> by_key;  // lower-case key -> first value
  std::string html_lang;
  std::string title_tag;
  std::string canonical;
  std::vector<std::string> h1s;
  std::vector<std::string> time_datetimes;  // <time datetime>, pubdate/itemprop first
  std::string itemprop_published, itemprop_modified, itemprop_author;
  std::vector<std::string> byline_texts;
  std::vector<std::string> date_texts;
  // Dateline-shaped strings in the elements right after the first <h1>, for pages that
  // mark no element as a date (`<div class="meta">تاریخ انتشار: شنبه ۲۵ بهمن ۱۴۰۴</div>`).
  std::vector<std::string> headline_dates;
  extract_internal::JsonLdInfo ld;
};

bool IsHiddenStyle(const char* style) {
  if (style == nullptr) return false;
  std::string s;
  for (const char* p = style; *p; ++p)
    if (!IsSpaceByte(static_cast<unsigned char>(*p))) s.push_back(*p);
  s = Lower(s);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// An embedded social post (`<blockquote class="twitter-tweet">`, Instagram, TikTok,
// Bluesky, Mastodon, Threads): quoted content of the article, not a share widget.
bool IsEmbeddedPost(Tag tag, const char* cls) {
  if (tag != Tag::kBlockquote || cls == nullptr) return false;
  std::string c = Lower(cls);
  for (std::string_view w : {"tweet", "twitter", "instagram", "tiktok", "bluesky", "mastodon",
                             "threads", "fb-xfbml", "embed"})
    if (c.find(w) != std::string::npos) return true;
  return false;
}

bool IsJunkRole(const char* role) {
  if (role == nullptr) return false;
  std::string r = Lower(role);
  return r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" ||
         r == "dialog" || r == "alertdialog" || r == "menu" || r == "menubar" || r == "search" ||
         r == "toolbar" || r == "alert";
}

void AddMeta(Meta& m, const char* key, const char* content) {
  if (key == nullptr || content == nullptr) return;
  std::string k = Lower(CollapseSpace(key));
  std::string v = CollapseSpace(content);
  if (k.empty() || v.empty()) return;
  m.by_key.emplace(std::move(k), std::move(v));
}

bool ContainsWord(const char* s, std::string_view w) {
  if (s == nullptr) return false;
  return Lower(s).find(w) != std::string::npos;
}

// The decimal digit at s[i] in any digit system datelines use: ASCII, Arabic-Indic
// (U+0660), Extended Arabic-Indic (U+06F0), Devanagari (U+0966), Bengali (U+09E6) and
// full-width (U+FF10). Its value, or -1; `len` receives its length in bytes.
int DigitAt(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  *len = 1;
  if (b(0) >= '0' && b(0) <= '9') return b(0) - '0';
  if (b(0) == 0xD9 && b(1) >= 0xA0 && b(1) <= 0xA9) return *len = 2, b(1) - 0xA0;
  if (b(0) == 0xDB && b(1) >= 0xB0 && b(1) <= 0xB9) return *len = 2, b(1) - 0xB0;
  if (b(0) == 0xE0 && b(1) == 0xA5 && b(2) >= 0xA6 && b(2) <= 0xAF) return *len = 3, b(2) - 0xA6;
  if (b(0) == 0xE0 && b(1) == 0xA7 && b(2) >= 0xA6 && b(2) <= 0xAF) return *len = 3, b(2) - 0xA6;
  if (b(0) == 0xEF && b(1) == 0xBC && b(2) >= 0x90 && b(2) <= 0x99) return *len = 3, b(2) - 0x90;
  return -1;
}

// Calls f(value, digits) for each run of digits of one system in `s`.
template <class F>
void ForEachNumber(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    int d = DigitAt(s, i, &len);
    if (d < 0) {
      ++i;
      continue;
    }
    long value = 0;
    int digits = 0;
    while (d >= 0) {
      if (digits < 9) value = value * 10 + d;
      ++digits;
      i += len;
      d = i < s.size() ? DigitAt(s, i, &len) : -1;
    }
    f(value, digits);
  }
}

// A four-digit year of the Gregorian (1900-2100), Islamic or Persian (1300-1499) calendar.
bool HasYear(std::string_view s) {
  bool year = false;
  ForEachNumber(s, [&](long v, int digits) {
    if (digits == 4 && ((v >= 1900 && v <= 2100) || (v >= 1300 && v <= 1499))) year = true;
  });
  return year;
}

int DigitGroups(std::string_view s) {
  int groups = 0;
  ForEachNumber(s, [&](long, int) { ++groups; });
  return groups;
}

// A visible string that may be a date: digits of any system (a day or year) or a Hebrew
// date written with gershayim (כ"ז שבט תשפ"ו); not a handle, hashtag or opening hours.
bool LooksLikeDate(std::string_view t) {
  if (t.find('@') != std::string_view::npos || t.find('#') != std::string_view::npos) return false;
  if (DigitGroups(t) > 0) return true;
  bool hebrew = false, gershayim = false;
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == 0xD7) hebrew = true;  // U+05C0..U+05FF lead byte
    if (c == '"' || c == '\'') gershayim = true;
    if (c == 0xD7 && i + 1 < t.size() &&
        (static_cast<unsigned char>(t[i + 1]) == 0xB3 ||
         static_cast<unsigned char>(t[i + 1]) == 0xB4))
      gershayim = true;  // ׳ ״
  }
  return hebrew && gershayim;
}

// A Hebrew-calendar date written without digits: a month name (also with the prefix ב,
// "in") and a number in letters with gershayim (כ"ז שבט תשפ"ו, ח"י בטבת תשפ"ו).
bool HasHebrewCalendarDate(std::string_view t) {
  bool month = false, number = false;
  size_t i = 0;
  while (i < t.size()) {
    size_t end = t.find_first_of(" ,.-\n", i);
    if (end == std::string_view::npos) end = t.size();
    std::string_view w = t.substr(i, end - i);
    i = end + 1;
    if (w.empty()) continue;
    if (w.find('"') != std::string_view::npos || w.find("\u05F4") != std::string_view::npos) {
      number = number || (w.size() >= 4 && static_cast<unsigned char>(w[0]) == 0xD7);
      continue;
    }
    for (std::string_view m : phrases::kHebrewMonths) {
      if (w == m || (w.size() == m.size() + 2 && w.substr(0, 2) == "\u05D1" && w.substr(2) == m))
        month = true;
    }
  }
  return month && number;
}

// A string shaped like a dateline: a year and a day in any digit system (14.02.2026,
// شنبه ۲۵ بهمن ۱۴۰۴), or a Hebrew date with gershayim.
bool LooksLikeDateline(std::string_view t) {
  if (!LooksLikeDate(t)) return false;
  return (HasYear(t) && DigitGroups(t) >= 2) || DigitGroups(t) == 0;
}

class Pass1 {
 public:
  Pass1(std::vector<Element>& els, Meta& meta) : els_(els), meta_(meta) {}

  void Run(xmlNode* root) { Visit(root, -1, 0, false); }

 private:
  // Adds the raw chars of the node list starting at `n` (and their subtrees) to `parent`.
  void Visit(xmlNode* n, int parent, int depth, bool in_head) {
    for (xmlNode* c = n; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content != nullptr && parent >= 0 && !in_head) {
          int n_chars = CountChars(Str(c->content));
          els_[parent].raw_chars += n_chars;
          if (prose_depth_ > 0) els_[parent].prose_chars += n_chars;
        }
        continue;
      }
      if (c->type != XML_ELEMENT_NODE || depth > kMaxDepth) continue;
      VisitElement(c, parent, depth, in_head);
    }
  }

  void VisitElement(xmlNode* c, int parent, int depth, bool in_head) {
    int id = static_cast<int>(els_.size());
    els_.emplace_back();
    c->_private = reinterpret_cast<void*>(static_cast<intptr_t>(id) + 1);
    Element& e = els_.back();
    e.node = c;
    e.parent = parent;
    e.tag = TagOf(c->name);
    Tag tag = e.tag;
    const char* cls = Attr(c, "class");
    const char* idattr = Attr(c, "id");
    e.hints = ClassHints(cls, idattr);
    e.embedded_post = IsEmbeddedPost(tag, cls);
    if (tag == Tag::kHtml || tag == Tag::kBody || e.embedded_post) e.hints = 0;
    const char* itemprop = Attr(c, "itemprop");
    const char* role = Attr(c, "role");

    switch (tag) {
      case Tag::kJunk:
      case Tag::kRubyText:
      case Tag::kHead:
      case Tag::kFigcaption:
        e.junk = Junk::kAlways;
        break;
      case Tag::kNav:
      case Tag::kAside:
      case Tag::kFooter:
      case Tag::kAddress:
      case Tag::kNoscript:
        e.junk = Junk::kStructural;
        break;
      default:
        break;
    }
    if (e.junk == Junk::kNone) {
      const char* aria_hidden = Attr(c, "aria-hidden");
      if (Attr(c, "hidden") != nullptr || IsHiddenStyle(Attr(c, "style"))) {
        e.junk = Junk::kHidden;
      } else if (IsJunkRole(role) ||
                 (aria_hidden != nullptr && std::strcmp(aria_hidden, "true") == 0)) {
        e.junk = Junk::kStructural;
      }
    }
    // The author's microdata (`itemprop="author"`, `itemtype=".../Person"`): a byline or an
    // author box, never the body.
    if (e.junk == Junk::kNone && ((itemprop != nullptr && ContainsWord(itemprop, "author")) ||
                                  ContainsWord(Attr(c, "itemtype"), "schema.org/person")))
      e.junk = Junk::kStructural;
    if (tag == Tag::kBody || tag == Tag::kHtml) e.junk = Junk::kNone;

    bool strong_negative = (e.hints & kHintStrongNegative) != 0;
    if ((tag == Tag::kArticle || tag == Tag::kMain) && !strong_negative) e.article_marker = true;
    if (role != nullptr && (std::strcmp(role, "main") == 0 || std::strcmp(role, "article") == 0))
      e.article_marker = !strong_negative;
    if (itemprop != nullptr && ContainsWord(itemprop, "articlebody")) e.article_marker = true;

    if (parent >= 0) e.in_marker = els_[parent].in_marker || els_[parent].article_marker;
    bool head = in_head || tag == Tag::kHead;
    if (parent >= 0) {
      const Element& p = els_[parent];
      e.in_negative = p.in_negative || (p.hints & kHintStrongNegative) || p.junk != Junk::kNone;
    }
    CollectMeta(c, tag, itemprop, cls, idattr, e.in_negative || (e.hints & kHintStrongNegative));

    bool prose = tag == Tag::kP || tag == Tag::kBlockquote || tag == Tag::kPre;
    if (prose) ++prose_depth_;
    if (tag != Tag::kScript && tag != Tag::kStyle) Visit(c->children, id, depth + 1, head);
    if (prose) --prose_depth_;
    Element& e2 = els_[id];  // els_ may have grown
    e2.end = static_cast<int>(els_.size());
    if (e2.article_marker) e2.has_marker_inside = true;
    if (parent >= 0) {
      Element& p = els_[parent];
      p.raw_chars += e2.raw_chars;
      p.prose_chars += e2.prose_chars;
      if (e2.has_marker_inside) p.has_marker_inside = true;
    }
  }

  void CollectMeta(xmlNode* c, Tag tag, const char* itemprop, const char* cls, const char* idattr,
                   bool in_negative) {
    if (elements_after_h1_ > 0 && elements_after_h1_ <= kHeadlineDateReach && !in_negative &&
        meta_.headline_dates.size() < 2) {
      ++elements_after_h1_;
      std::string t = TextOf(c, 200);
      int n = CountChars(t);
      if (n >= 6 && n < 100 && LooksLikeDateline(t)) meta_.headline_dates.push_back(std::move(t));
    }
    switch (tag) {
      case Tag::kHtml: {
        const char* lang = Attr(c, "lang");
        if (lang == nullptr) lang = Attr(c, "xml:lang");
        if (lang != nullptr && meta_.html_lang.empty()) meta_.html_lang = CollapseSpace(lang);
        break;
      }
      case Tag::kTitle:
        if (meta_.title_tag.empty()) meta_.title_tag = TextOf(c);
        break;
      case Tag::kMeta: {
        const char* content = Attr(c, "content");
        AddMeta(meta_, Attr(c, "property"), content);
        AddMeta(meta_, Attr(c, "name"), content);
        AddMeta(meta_, Attr(c, "http-equiv"), content);
        if (itemprop != nullptr)
          AddMeta(meta_, (std::string("itemprop:") + itemprop).c_str(), content);
        break;
      }
      case Tag::kLink: {
        const char* rel = Attr(c, "rel");
        const char* href = Attr(c, "href");
        if (rel != nullptr && href != nullptr && meta_.canonical.empty() &&
            Lower(CollapseSpace(rel)) == "canonical") {
          meta_.canonical = CollapseSpace(href);
        }
        break;
      }
      case Tag::kScript: {
        const char* type = Attr(c, "type");
        if (type != nullptr && ContainsWord(type, "ld+json")) {
          std::string body;
          for (const xmlNode* t = c->children; t != nullptr; t = t->next)
            if (t->content != nullptr) body.append(Str(t->content));
          extract_internal::ParseJsonLd(body, meta_.ld);
        }
        break;
      }
      case Tag::kH1:
        if (meta_.h1s.size() < 4) {
          std::string t = TextOf(c);
          if (!t.empty()) meta_.h1s.push_back(std::move(t));
        }
        if (elements_after_h1_ == 0 && !in_negative) elements_after_h1_ = 1;
        break;
      case Tag::kTime: {
        const char* dt = Attr(c, "datetime");
        if (dt != nullptr && *dt != '\0' && meta_.time_datetimes.size() < 8) {
          bool pub = Attr(c, "pubdate") != nullptr ||
                     (itemprop != nullptr && ContainsWord(itemprop, "datepublished"));
          std::string v = CollapseSpace(dt);
          if (pub) {
            meta_.time_datetimes.insert(meta_.time_datetimes.begin(), v);
          } else {
            meta_.time_datetimes.push_back(v);
          }
        }
        std::string text = TextOf(c, 200);
        if (!text.empty() && meta_.date_texts.size() < 8) meta_.date_texts.push_back(text);
        break;
      }
      default:
        break;
    }
    if (itemprop != nullptr) {
      std::string ip = Lower(itemprop);
      auto value = [&]() {
        const char* v = Attr(c, "content");
        if (v == nullptr) v = Attr(c, "datetime");
        if (v != nullptr) return CollapseSpace(v);
        return TextOf(c, 300);
      };
      if (ip.find("datepublished") != std::string::npos && meta_.itemprop_published.empty())
        meta_.itemprop_published = value();
      if (ip.find("datemodified") != std::string::npos && meta_.itemprop_modified.empty())
        meta_.itemprop_modified = value();
      if (ip == "author" && meta_.itemprop_author.empty() && tag != Tag::kMeta &&
          tag != Tag::kLink) {
        std::string v = TextOf(c, 300);
        if (CountChars(v) < 80) meta_.itemprop_author = v;
      }
    }
    // Visible bylines and datelines, outside comments, related lists and the like.
    if (!in_negative && tag != Tag::kMeta && tag != Tag::kLink && tag != Tag::kScript &&
        tag != Tag::kBody && tag != Tag::kHtml && (cls != nullptr || idattr != nullptr)) {
      std::string ci = Lower(std::string(cls ? cls : "") + " " + (idattr ? idattr : ""));
      bool byline = ci.find("byline") != std::string::npos ||
                    ci.find("author") != std::string::npos || ci.find("autor") != std::string::npos;
      bool date = ci.find("date") != std::string::npos || ci.find("time") != std::string::npos ||
                  ci.find("datum") != std::string::npos || ci.find("fecha") != std::string::npos ||
                  ci.find("publish") != std::string::npos ||
                  ci.find("dateline") != std::string::npos;
      if ((byline && meta_.byline_texts.size() < 6) || (date && meta_.date_texts.size() < 8)) {
        std::string t = TextOf(c, 400);
        int n = CountChars(t);
        if (n > 0 && n < 100) {
          if (byline && meta_.byline_texts.size() < 6) meta_.byline_texts.push_back(t);
          if (date && meta_.date_texts.size() < 8 && LooksLikeDate(t))
            meta_.date_texts.push_back(t);
        }
      }
    }
  }

  // How many elements after the first <h1> are searched for a dateline.
  static constexpr int kHeadlineDateReach = 12;

  std::vector<Element>& els_;
  Meta& meta_;
  int prose_depth_ = 0;
  int elements_after_h1_ = 0;  // 0 until the first <h1>, then 1 + elements seen since
};

// ---------------------------------------------------------------------------------------
// Pass 2: blocks.

struct Block {
  std::string text;
  int chars = 0;  // non-space code points, CJK counted twice
  int link_chars = 0;
  int owner = -1;  // element id of the innermost block-level ancestor
  int heading = 0;
  bool in_li = false;
  bool in_quote = false;
  bool in_table = false;
  bool in_pre = false;
  bool has_sentence_end = false;
  bool teaser = false;       // part of a repeated teaser card (linked heading + summary)
  bool author_box = false;   // in a box about the author ("About the author" + a bio)
  bool boilerplate = false;  // IsBoilerplateLine, set once when the blocks are built
  int group = -1;            // the innermost table or list (ul, ol, dl) holding the block
};

int ElementId(const xmlNode* n) {
  return static_cast<int>(reinterpret_cast<intptr_t>(n->_private)) - 1;
}

class BlockBuilder {
 public:
  // `body_chars` and `body_prose` measure the whole page (see Element).
  BlockBuilder(const std::vector<Element>& els, int body_chars, int body_prose)
      : els_(els), body_chars_(body_chars), body_prose_(body_prose) {}

  // Blocks of the node list starting at `first` and its subtrees, in document order.
  std::vector<Block> Build(xmlNode* first) {
    stack_.push_back(-1);
    for (xmlNode* c = first; c != nullptr; c = c->next) Visit(c, 0);
    Flush();
    return std::move(blocks_);
  }

 private:
  // Whether element `id` is boilerplate. Class/id hints never remove a wrapper that holds
  // the article marker or most of the page's text.
  bool IsJunk(int id) const {
    const Element& e = els_[id];
    if (e.junk == Junk::kAlways) return true;
    if (e.junk == Junk::kHidden) return !Big(e, 0.6, 0.7);
    if (e.article_marker || e.has_marker_inside) return false;
    if (e.junk == Junk::kStructural) return !Big(e, 0.6, 0.7);
    if (e.hints & kHintStrongNegative) return !Big(e, 0.7, 0.4);
    // A form's text tells how to fill it in (sign up, comment, search); a form that wraps
    // the page (ASP.NET) holds much of its text and stays.
    if (e.tag == Tag::kForm) return !Big(e, 0.35, 0.3);
    // An article's own header holds its standfirst; title and byline lines go later. A
    // header outside the article marker is the article's too when it holds the headline.
    if (e.tag == Tag::kHeader) return !e.in_marker && !Big(e, 0.35, 0.3) && !HoldsHeadline(id);
    // "widget Blog", "post-meta": a content hint outweighs a layout hint.
    if ((e.hints & kHintWeakNegative) && !(e.hints & kHintPositive)) {
      if (HoldsHeadline(id)) return false;
      // A layout word on the element that holds the prose of a content-hinted parent
      // (`<div class="article-body"><div class="intext-links"><p>...`) is the body's own.
      if (e.parent >= 0 && (els_[e.parent].hints & kHintPositive) &&
          !(els_[e.parent].hints & kHintStrongNegative) && e.prose_chars >= 200 &&
          e.prose_chars * 5 >= e.raw_chars * 4 &&
          e.prose_chars * 5 >= els_[e.parent].prose_chars * 2)
        return false;
      return !Big(e, 0.35, 0.3);
    }
    return false;
  }

  // Whether element `id` holds an <h1> and a paragraph: the article's own header (a
  // site's header has a logo and links, no prose), with its standfirst.
  bool HoldsHeadline(int id) const {
    const Element& e = els_[id];
    if (e.prose_chars < 60) return false;
    for (int k = id + 1; k < e.end; ++k)
      if (els_[k].tag == Tag::kH1) return true;
    return false;
  }

  // Whether `e` holds more than the given shares of the page's text or prose.
  bool Big(const Element& e, double raw_share, double prose_share) const {
    return e.raw_chars > body_chars_ * raw_share ||
           (body_prose_ >= 200 && e.prose_chars > body_prose_ * prose_share);
  }

  void VisitChildren(xmlNode* n, int depth) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) Visit(c, depth);
  }

  void Visit(xmlNode* c, int depth) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) AppendText(Str(c->content));
      return;
    }
    if (c->type != XML_ELEMENT_NODE || c->_private == nullptr) return;
    int id = ElementId(c);
    const Element& e = els_[id];
    if (e.tag == Tag::kScript || e.tag == Tag::kStyle || e.tag == Tag::kHead ||
        e.tag == Tag::kTitle)
      return;
    if (IsJunk(id)) {
      // A dropped element still separates the text around it.
      if (IsBlockLevel(e.tag)) Flush();
      return;
    }
    if (e.tag == Tag::kBr) {
      if (!cur_.empty() && cur_.back() != '\n') cur_.push_back('\n');
      pending_space_ = false;
      return;
    }
    // A cell with prose of its own is a layout cell: a block like any other.
    const bool cell = e.tag == Tag::kTd || e.tag == Tag::kTh;
    bool block = IsBlockLevel(e.tag) || (cell && e.raw_chars > kMaxDataCellChars);
    if (cell && !cur_.empty() && cur_.back() != '\n') pending_space_ = true;
    if (block) Flush();
    if (block) stack_.push_back(id);
    int saved_heading = heading_;
    bool saved_li = in_li_, saved_quote = in_quote_, saved_table = in_table_;
    bool saved_pre = in_pre_;
    int saved_group = group_;
    // An embedded post (text, author line, date) is judged whole like a table.
    if (e.tag == Tag::kTable || e.tag == Tag::kUl || e.tag == Tag::kOl || e.tag == Tag::kDl ||
        e.embedded_post)
      group_ = id;
    // A heading's level applies to its own text, not to paragraphs a broken page nested in it.
    heading_ = block ? HeadingLevel(e.tag) : heading_;
    if (e.tag == Tag::kLi || e.tag == Tag::kDd || e.tag == Tag::kDt) in_li_ = true;
    if (e.tag == Tag::kBlockquote) in_quote_ = true;
    if (e.tag == Tag::kTable) in_table_ = true;
    if (e.tag == Tag::kPre) in_pre_ = true;
    bool link = e.tag == Tag::kA && Attr(c, "href") != nullptr;
    if (link) ++link_depth_;
    if (depth < kMaxDepth) VisitChildren(c, depth + 1);
    if (link) --link_depth_;
    if (block) {
      Flush();
      stack_.pop_back();
    }
    heading_ = saved_heading;
    in_li_ = saved_li;
    in_quote_ = saved_quote;
    in_table_ = saved_table;
    in_pre_ = saved_pre;
    group_ = saved_group;
  }

  void AppendText(const char* s) {
    for (const char* p = s; *p; ++p) {
      unsigned char ch = static_cast<unsigned char>(*p);
      bool space = IsSpaceByte(ch);
      if (!space && ch == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0) {
        space = true;
        ++p;
      }
      if (space) {
        if (in_pre_ && ch == '\n' && !cur_.empty() && cur_.back() != '\n') {
          cur_.push_back('\n');
          pending_space_ = false;
        } else if (!cur_.empty() && cur_.back() != '\n') {
          pending_space_ = true;
        }
        continue;
      }
      if (pending_space_) {
        cur_.push_back(' ');
        pending_space_ = false;
      }
      cur_.push_back(static_cast<char>(ch));
      if ((ch & 0xC0) != 0x80) {
        // Kana, CJK ideographs and Hangul (U+3000..U+DFFF) carry about a word each: they
        // count twice so that length thresholds mean the same in every script.
        int w = (ch >= 0xE3 && ch <= 0xED) ? 2 : 1;
        cur_chars_ += w;
        if (link_depth_ > 0) cur_link_chars_ += w;
      }
    }
  }

  void Flush() {
    if (cur_chars_ > 0) {
      while (!cur_.empty() && (cur_.back() == '\n' || cur_.back() == ' ')) cur_.pop_back();
      Block b;
      b.text = std::move(cur_);
      b.chars = cur_chars_;
      b.link_chars = cur_link_chars_;
      b.owner = stack_.back();
      b.heading = heading_;
      b.in_li = in_li_;
      b.in_quote = in_quote_;
      b.in_table = in_table_;
      b.in_pre = in_pre_;
      b.group = group_;
      blocks_.push_back(std::move(b));
    }
    cur_.clear();
    cur_chars_ = 0;
    cur_link_chars_ = 0;
    pending_space_ = false;
  }

  const std::vector<Element>& els_;
  int body_chars_;
  int body_prose_;
  std::vector<Block> blocks_;
  std::vector<int> stack_;
  std::string cur_;
  int cur_chars_ = 0;
  int cur_link_chars_ = 0;
  bool pending_space_ = false;
  int link_depth_ = 0;
  int heading_ = 0;
  bool in_li_ = false, in_quote_ = false, in_table_ = false, in_pre_ = false;
  int group_ = -1;
};

// ---------------------------------------------------------------------------------------
// Block classification

bool EndsLikeSentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')'))
    t.remove_suffix(1);
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  for (std::string_view e : phrases::kSentenceEnds)
    if (t.size() >= e.size() && t.substr(t.size() - e.size()) == e) return true;
  // An emoji (U+1F000..U+1FFFF: UTF-8 F0 9F ..) closes a sentence in social-style prose.
  if (t.size() >= 4 && static_cast<unsigned char>(t[t.size() - 4]) == 0xF0 &&
      static_cast<unsigned char>(t[t.size() - 3]) == 0x9F)
    return true;
  return false;
}

// A 4-digit year 1900-2099 standing alone in `s`.
int CountWords(std::string_view s) {
  int words = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\n';
    if (!sp && !in) ++words;
    in = !sp;
  }
  return words;
}

// A PHP diagnostic printed into the page ("Warning: Use of undefined constant ... in
// /var/www/... on line 12"), one or several in a row: never text, whatever its length.
bool IsServerDiagnostic(std::string_view t) {
  for (std::string_view p : {"Warning: ", "Notice: ", "Deprecated: ", "Fatal error: ",
                             "Parse error: ", "Strict Standards: "})
    if (t.substr(0, p.size()) == p) return t.find(" on line ") != std::string_view::npos;
  return false;
}

// Lines that are page furniture whatever their container: "Read more" and its kin, share
// counters, datelines, "By ..." bylines, photo credits and social-media calls to action.
bool IsBoilerplateLine(const Block& b) {
  if (b.chars > 600) return false;
  std::string l = Lower(b.text);
  // Appeals for donations or support and disclaimers ("gibt die Meinung des Autors wieder",
  // a blog theme's "Der Beitrag wurde am ... veröffentlicht ... RSS 2.0 Feed"), often
  // several sentences.
  if (!FindAny(l, phrases::kAppeals).empty() || !FindAny(l, phrases::kDisclaimers).empty())
    return true;
  if (b.chars > 300) return false;
  if (b.chars <= 200) {
    int social = 0;
    for (std::string_view w : phrases::kSocialNetworks)
      if (l.find(w) != std::string::npos) ++social;
    bool call = l.find("follow") != std::string::npos || l.find("folg") != std::string::npos ||
                l.find("abonn") != std::string::npos || l.find("subscri") != std::string::npos ||
                l.find("sign up") != std::string::npos || l.find("join") != std::string::npos ||
                l.find("like us") != std::string::npos || l.find("teile") != std::string::npos;
    if (social >= 2 && call) return true;
  }
  // Legal and provenance notes, whatever their length up to 300 characters.
  if (StartsWithAny(l, phrases::kLegalStarts)) return true;
  // Author biographies ("... is a reporter at").
  if (!FindAny(l, phrases::kAuthorBios).empty()) return true;
  // Calls to comment, share, read on or accept cookies, in short lines.
  if (b.chars <= 150 && !FindAny(l, phrases::kCallsToAction).empty()) return true;
  // A caption ending with its photo credit ("... Photo: Jane Doe/AFP").
  if (b.chars <= 200) {
    std::string_view tail(l);
    if (tail.size() > 60) tail.remove_prefix(tail.size() - 60);
    if (!FindAny(tail, phrases::kCaptionCredits).empty()) return true;
  }
  if (b.chars > 80) return false;
  if (StartsWithAny(l, phrases::kDatelineStarts)) return true;

  if ((!EndsLikeSentence(b.text) || b.chars <= 60) && !FindAny(l, phrases::kCredits).empty())
    return true;
  if (b.chars > 60) return false;
  if (StartsWithAny(l, phrases::kShortLineStarts)) return true;
  bool sentence = EndsLikeSentence(b.text);
  // "By Jane Doe", "Von Max Muster": a byline, not text.
  if (!sentence && b.chars <= 50 && CountWords(l) <= 7 &&
      StartsWithAny(l, phrases::kBylinePrefixes))
    return true;
  // "February 13, 2026 · 7 min read": a dateline with the reading time.
  if (!sentence && HasYear(l) &&
      (l.find("min read") != std::string::npos || l.find("minute read") != std::string::npos ||
       l.find("minutes read") != std::string::npos || l.find("lesezeit") != std::string::npos ||
       l.find("de lecture") != std::string::npos || l.find("de lectura") != std::string::npos))
    return true;
  // A table row of figures and dates is data, not a dateline or a counter.
  if (b.in_table) return false;
  // Datelines: short, with a year, few words.
  if (!sentence && b.chars <= 40 && CountWords(l) <= 7 &&
      ((HasYear(l) && DigitGroups(l) >= 2) || HasHebrewCalendarDate(l)))
    return true;
  // Counters and lone numbers ("0 39").
  bool letters = false;
  for (unsigned char c : b.text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
      letters = true;
      break;
    }
  }
  return !letters;
}

// A paragraph whose last lines, joined to it by <br>, are furniture of their own (a
// welcome box ending "we use cookies", a post ending with a newsletter call or a photo
// credit) loses those lines and keeps the rest. Returns whether a line went.
bool TrimBoilerplateTail(Block& b) {
  bool trimmed = false;
  if (b.in_pre || b.heading > 0) return false;
  for (size_t nl = b.text.rfind('\n'); nl != std::string::npos; nl = b.text.rfind('\n')) {
    Block line;
    line.text = b.text.substr(nl + 1);
    line.chars = CountChars(line.text);
    line.in_table = b.in_table;
    if (!IsBoilerplateLine(line)) break;
    trimmed = true;
    while (nl > 0 && (b.text[nl - 1] == '\n' || b.text[nl - 1] == ' ')) --nl;
    b.text.resize(nl);
    b.chars = std::max(1, b.chars - line.chars);
    b.link_chars = std::min(b.link_chars, b.chars);
  }
  return trimmed;
}

enum class Kind : uint8_t { kGood, kNearGood, kShort, kBad, kHeading };

Kind Classify(const Block& b) {
  double ld = b.chars > 0 ? static_cast<double>(b.link_chars) / b.chars : 1.0;
  if (b.teaser || b.author_box || b.boilerplate || IsServerDiagnostic(b.text)) return Kind::kBad;
  // A link-dense paragraph that is still prose (a sentence of linked names or sources)
  // stays when good text surrounds it.
  if (ld > 0.5 && ld <= 0.7 && b.heading == 0 && !b.in_li && b.chars >= 100 &&
      EndsLikeSentence(b.text) && CountWords(b.text) >= 12)
    return Kind::kNearGood;
  if (ld > 0.5) return Kind::kBad;
  bool sentence = EndsLikeSentence(b.text);
  // A long heading that ends like a sentence is a paragraph styled as a heading.
  if (b.heading > 0)
    return b.chars > 200 || (b.chars >= 100 && sentence) ? Kind::kGood : Kind::kHeading;
  if (ld <= 0.3 && (b.chars >= 80 || (b.chars >= 40 && sentence))) return Kind::kGood;
  if (ld <= 0.3 && b.chars >= 25) return Kind::kNearGood;
  return Kind::kShort;
}

double BlockValue(const Block& b) {
  double ld = b.chars > 0 ? static_cast<double>(b.link_chars) / b.chars : 1.0;
  if (b.heading > 0) return 0;
  if (ld > 0.5) return -0.6 * b.chars;
  if (IsServerDiagnostic(b.text)) return -0.6 * b.chars;
  if (b.boilerplate) return -10;
  if (ld <= 0.3 && b.chars >= 80) return b.chars * (1 - ld);
  if (ld <= 0.3 && b.chars >= 30) return 0.4 * b.chars;
  return -5;
}

struct Selection {
  std::vector<const Block*> kept;
  int chars = 0;
  bool short_run_body = false;  // a run of short paragraphs was taken as the body
};

// Teaser cards (related stories, "more from", section lists): a linked headline followed
// by a short summary, the pair wrapped in one element, repeated at least twice with the
// same wrapper (tag and class). Both blocks of each such card are marked `teaser`.
void MarkTeaserCards(std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr int kMaxHeadlineChars = 200;
  constexpr int kMaxSummaryChars = 450;
  auto linked_headline = [](const Block& b) {
    return b.chars >= 10 && b.chars <= kMaxHeadlineChars && b.link_chars * 10 >= b.chars * 8 &&
           !b.in_table;
  };
  auto summary = [](const Block& b) {
    return b.heading == 0 && b.chars >= 20 && b.chars <= kMaxSummaryChars &&
           b.link_chars * 2 < b.chars;
  };
  struct Card {
    size_t first, last;  // blocks [first, last]
    std::string key;
  };
  std::vector<Card> cards;
  std::unordered_map<std::string, int> per_key;
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (!linked_headline(blocks[i])) continue;
    // The summary may follow up to two meta lines (a date, a kicker, an author, the
    // card's category links) that are no sentence.
    size_t j = i + 1;
    for (int meta_lines = 0; meta_lines < 2 && j + 1 < blocks.size() && !summary(blocks[j]);
         ++meta_lines) {
      const Block& m = blocks[j];
      bool meta_line =
          m.heading == 0 && (m.chars < 40 || (m.chars < 100 && !EndsLikeSentence(m.text)));
      if (!meta_line) break;
      ++j;
    }
    if (!summary(blocks[j])) continue;
    int a = blocks[i].owner, b = blocks[j].owner;
    if (a < 0 || b < 0) continue;
    // The card: the smallest element holding both blocks.
    int card = a;
    while (card >= 0 && !(b >= card && b < els[card].end)) card = els[card].parent;
    if (card < 0 || els[card].tag == Tag::kBody || els[card].tag == Tag::kHtml) continue;
    // A meta line short enough to pass for a summary ("May 21, 2019 | Media, Politics")
    // may come before the card's real summary.
    if (j + 1 < blocks.size() && blocks[j].chars < 60 && !EndsLikeSentence(blocks[j].text) &&
        blocks[j + 1].owner >= card && blocks[j + 1].owner < els[card].end &&
        summary(blocks[j + 1]))
      ++j;
    // The card holds little besides the pair (no body of paragraphs).
    int pair_chars = 0;
    for (size_t k = i; k <= j; ++k) pair_chars += blocks[k].chars;
    if (els[card].raw_chars > pair_chars + 120) continue;
    // Its shape: the tag and the first class word without digits (cards of one list
    // differ by ids, positions and taxonomy classes: "post-4163 category-medien").
    std::string key = std::string(Str(els[card].node->name)) + ".";
    if (const char* cls = Attr(els[card].node, "class")) {
      const char* p = cls;
      while (*p == ' ' || *p == '\t' || *p == '\n') ++p;
      for (; *p != '\0' && *p != ' ' && *p != '\t' && *p != '\n'; ++p)
        if (*p < '0' || *p > '9') key.push_back(*p);
    }
    cards.push_back({i, j, key});
    ++per_key[key];
  }
  for (const Card& c : cards) {
    if (per_key[c.key] < 2) continue;
    for (size_t k = c.first; k <= c.last; ++k) blocks[k].teaser = true;
  }
}

// Whether `text` titles an author box: a whole short line of kAuthorBoxTitles, or the
// part before its colon ("About the author: Jane Doe").
bool IsAuthorBoxTitle(const Block& b) {
  if (b.chars > 60) return false;
  std::string l = Lower(CollapseSpace(b.text));
  size_t colon = l.find(':');
  std::string_view head(l);
  if (colon != std::string::npos) head = head.substr(0, colon);
  while (!head.empty() && (head.back() == ' ' || head.back() == ':')) head.remove_suffix(1);
  for (std::string_view t : phrases::kAuthorBoxTitles)
    if (head == t) return true;
  return false;
}

// Author boxes: a title ("About the author", "Über den Autor", "על הכותב") opening a
// small element (up to 1,200 characters, at most four blocks and 700 characters after the
// title, no article marker) that holds a name and a biography, after some body text (a
// byline "Autor: Jane Doe" over a brief is no box). All its blocks are marked `author_box`.
void MarkAuthorBoxes(std::vector<Block>& blocks, const std::vector<Element>& els) {
  int prose_before = 0;  // characters of good-looking paragraphs before block i
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& t = blocks[i];
    if (t.heading == 0 && t.chars >= 80 && t.link_chars * 10 <= t.chars * 3)
      prose_before += t.chars;
    if (t.owner < 0 || prose_before < 300 || !IsAuthorBoxTitle(t)) continue;
    // The box: the smallest element around the title that holds another block.
    int box = els[blocks[i].owner].parent;
    auto inside = [&](size_t k) {
      return blocks[k].owner >= box && blocks[k].owner < els[box].end;
    };
    while (box >= 0 && !(i + 1 < blocks.size() && inside(i + 1)) && !(i > 0 && inside(i - 1)))
      box = els[box].parent;
    if (box < 0 || (i > 0 && inside(i - 1)) || els[box].has_marker_inside ||
        els[box].raw_chars > 1200 || els[box].tag == Tag::kBody)
      continue;
    size_t end = i + 1;
    int box_chars = 0;
    while (end < blocks.size() && inside(end)) box_chars += blocks[end++].chars;
    if (end - i - 1 > 4 || box_chars > 700) continue;
    for (size_t k = i; k < end; ++k) blocks[k].author_box = true;
    i = end - 1;
  }
}

// A short paragraph: prose too short to be good on its own (a one-sentence paragraph of
// Hebrew, Arabic or wire news), not a list item, cell or heading.
bool IsShortParagraph(const Block& b, Kind k) {
  return (k == Kind::kNearGood || k == Kind::kShort) && b.heading == 0 && !b.in_li && !b.in_table &&
         b.chars >= 15 && b.link_chars * 10 <= b.chars * 3;
}

// Inside the article container, a run of at least three short paragraphs, most of them
// ending like sentences, is the body (a brief, a live blog, one-sentence paragraphs):
// they become good. Headings between them do not break the run.
// Returns whether a run was promoted.
bool PromoteShortParagraphRuns(const std::vector<Block>& blocks, const std::vector<size_t>& idx,
                               std::vector<Kind>& kinds) {
  bool promoted = false;
  constexpr int kMinRun = 3;
  constexpr int kMinRunChars = 100;
  size_t n = kinds.size();
  size_t i = 0;
  while (i < n) {
    if (kinds[i] != Kind::kGood && !IsShortParagraph(blocks[idx[i]], kinds[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    int members = 0, shorts = 0, sentences = 0, chars = 0;
    for (; j < n; ++j) {
      const Block& b = blocks[idx[j]];
      if (kinds[j] == Kind::kHeading) continue;
      if (!IsShortParagraph(b, kinds[j]) && kinds[j] != Kind::kGood) break;
      ++members;
      if (kinds[j] != Kind::kGood) ++shorts;
      chars += b.chars;
      if (kinds[j] != Kind::kGood && EndsLikeSentence(b.text)) ++sentences;
    }
    if (members >= kMinRun && shorts * 2 >= members && chars >= kMinRunChars &&
        sentences * 3 >= shorts * 2) {
      promoted = true;
      for (size_t k = i; k < j; ++k)
        if (IsShortParagraph(blocks[idx[k]], kinds[k])) kinds[k] = Kind::kGood;
    }
    i = j > i ? j : i + 1;
  }
  return promoted;
}

// Classifies the blocks [first, last) with their neighbours and returns those kept.
// `short_runs`: the blocks are the article container's (see PromoteShortParagraphRuns).
Selection SelectBlocks(const std::vector<Block>& blocks, size_t first, size_t last,
                       const std::vector<bool>& skip, bool short_runs) {
  std::vector<Kind> kinds;
  std::vector<size_t> idx;
  for (size_t i = first; i < last; ++i) {
    if (skip[i]) continue;
    kinds.push_back(Classify(blocks[i]));
    idx.push_back(i);
  }
  size_t n = kinds.size();
  bool short_run_body = short_runs && PromoteShortParagraphRuns(blocks, idx, kinds);
  // The context of block i in direction dir: kGood when a good block comes before any
  // long bad one. Shorts, headings, near-goods and short bad lines (teasers, "Read more",
  // credits) are transparent. `dist` receives the number of blocks stepped over.
  auto context = [&](size_t i, int dir, bool skip_bad = true) -> Kind {
    for (size_t k = 1; k <= 8; ++k) {
      long j = static_cast<long>(i) + dir * static_cast<long>(k);
      if (j < 0 || j >= static_cast<long>(n)) break;
      Kind kj = kinds[j];
      if (kj == Kind::kGood) return kj;
      const Block& bj = blocks[idx[j]];
      if (kj == Kind::kBad && (bj.chars >= 100 || (!skip_bad && bj.link_chars * 2 > bj.chars)))
        break;
    }
    return Kind::kBad;
  };
  // A note opened by a note mark ("※", "注：") is the page's remark on its text, not the
  // story, once no paragraph of the body follows it.
  auto note = [&](size_t i) { return StartsWithAny(blocks[idx[i]].text, phrases::kNoteMarks); };
  size_t last_good = 0;
  for (size_t i = 0; i < n; ++i)
    if (kinds[i] == Kind::kGood && !note(i)) last_good = i;
  // Whether the good paragraph before block i announces it with a colon ("... I'll
  // summarize them:"): the list that follows is the body's.
  auto introduced = [&](size_t i) {
    for (size_t k = i; k-- > 0 && i - k <= 8;) {
      if (kinds[k] != Kind::kGood) continue;
      std::string_view t = blocks[idx[k]].text;
      while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
      return (!t.empty() && t.back() == ':') ||
             (t.size() >= 3 && t.substr(t.size() - 3) == "\xEF\xBC\x9A");  // full-width colon
    }
    return false;
  };
  std::vector<bool> keep(n, false);
  for (size_t i = 0; i < n; ++i) {
    const Block& b = blocks[idx[i]];
    if (i > last_good && note(i)) continue;
    switch (kinds[i]) {
      case Kind::kGood:
        keep[i] = true;
        break;
      case Kind::kBad:
        break;
      case Kind::kNearGood:
        // After the last good paragraph, only a sentence continues the body: a bare line
        // there is a credit, a tagline or a call to action.
        keep[i] = (context(i, -1) == Kind::kGood &&
                   (i < last_good || EndsLikeSentence(b.text) || (b.in_li && introduced(i)))) ||
                  context(i, +1) == Kind::kGood;
        break;
      case Kind::kShort:
        keep[i] = (context(i, -1) == Kind::kGood && context(i, +1) == Kind::kGood) ||
                  ((b.in_li || b.in_table) &&
                   (context(i, -1) == Kind::kGood || context(i, +1) == Kind::kGood));
        break;
      case Kind::kHeading: {
        // Kept before good text; a long heading (a standfirst) also after it. A heading
        // followed at once by one of the same or a higher rank heads an empty section
        // (a sidebar's "Upcoming events" above the next story's title).
        if (i + 1 < n && blocks[idx[i + 1]].heading > 0 && blocks[idx[i + 1]].heading <= b.heading)
          break;
        keep[i] = context(i, +1, /*skip_bad=*/false) == Kind::kGood ||
                  (b.chars >= 80 && context(i, -1) == Kind::kGood);
        break;
      }
    }
  }
  // A table or list is judged as a whole: when some of its rows or items are kept (they
  // sit next to good text), so are the others that are not link lists or boilerplate.
  std::unordered_set<int> kept_groups;
  for (size_t i = 0; i < n; ++i)
    if (keep[i] && blocks[idx[i]].group >= 0) kept_groups.insert(blocks[idx[i]].group);
  if (!kept_groups.empty()) {
    for (size_t i = 0; i < n; ++i) {
      const Block& b = blocks[idx[i]];
      if (!keep[i] && kinds[i] != Kind::kBad && b.group >= 0 && kept_groups.count(b.group))
        keep[i] = true;
    }
  }
  // A heading right before a kept table is its title.
  for (size_t i = 0; i + 1 < n; ++i)
    if (kinds[i] == Kind::kHeading && !keep[i] && keep[i + 1] && blocks[idx[i + 1]].in_table &&
        !blocks[idx[i]].in_table)
      keep[i] = true;
  Selection sel;
  sel.short_run_body = short_run_body;
  for (size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    sel.kept.push_back(&blocks[idx[i]]);
    sel.chars += blocks[idx[i]].chars;
  }
  return sel;
}

// The standfirst: good paragraphs right before the container, outside it (a lead the
// template sets beside the headline, apart from the body's element), with at most two
// short lines between them and the body (a date, an author, a caption). At most two; a
// list item, cell, heading or linked text is no lead.
void PrependLead(const std::vector<Block>& blocks, const std::vector<Element>& els, int container,
                 Selection& sel) {
  if (container < 0 || sel.kept.empty()) return;
  size_t first = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i) {
    int o = blocks[i].owner;
    if (o >= container && o < els[container].end) {
      first = i;
      break;
    }
  }
  if (first == blocks.size() || sel.kept.front() != &blocks[first]) return;
  std::vector<const Block*> lead;
  int skipped = 0;
  for (size_t k = first; k-- > 0;) {
    const Block& b = blocks[k];
    Kind kind = Classify(b);
    bool lead_like = kind == Kind::kGood && b.heading != 1 && !b.in_li && !b.in_table &&
                     !b.teaser && b.link_chars * 10 <= b.chars;
    if (lead_like) {
      lead.push_back(&b);
      if (lead.size() == 2) break;
      continue;
    }
    if (!lead.empty()) break;
    if (b.chars < 100 && kind != Kind::kGood && b.heading == 0 && ++skipped <= 2) continue;
    break;
  }
  if (lead.empty()) return;
  Selection out;
  for (auto it = lead.rbegin(); it != lead.rend(); ++it) {
    out.kept.push_back(*it);
    out.chars += (*it)->chars;
  }
  for (const Block* b : sel.kept) out.kept.push_back(b);
  out.chars += sel.chars;
  out.short_run_body = sel.short_run_body;
  sel = std::move(out);
}

// The end matter of a container: when one element (the body's own, holding at least three
// kept blocks) holds 80%+ of the kept text, the kept blocks after it are outside the story
// (an author's biography, an appeal, a cookie notice, a newsletter call, the site's note on
// the post), whatever their class names say.
void DropAfterBodyElement(const std::vector<Element>& els, Selection& sel) {
  constexpr int kBodyShare = 80;  // percent of the kept characters
  constexpr int kBodyBlocks = 3;
  if (sel.kept.size() <= kBodyBlocks) return;
  // Paragraphs only: the headline often sits in a header outside the body's element.
  std::unordered_map<int, std::pair<int, int>> held;  // element -> (chars, blocks)
  int total = 0;
  for (const Block* b : sel.kept) {
    if (b->heading > 0) continue;
    total += b->chars;
    for (int e = b->owner; e >= 0; e = els[e].parent) {
      auto& h = held[e];
      h.first += b->chars;
      ++h.second;
    }
  }
  int body = -1;
  for (const auto& [e, h] : held)
    if (h.first * 100 >= total * kBodyShare && e > body) body = e;  // the deepest
  if (body < 0 || held[body].second < kBodyBlocks) return;
  Selection out;
  out.short_run_body = sel.short_run_body;
  for (const Block* b : sel.kept) {
    if (b->owner >= els[body].end) continue;
    out.kept.push_back(b);
    out.chars += b->chars;
  }
  sel = std::move(out);
}

// ---------------------------------------------------------------------------------------

std::string FirstOf(const Meta& m, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = m.by_key.find(k);
    if (it != m.by_key.end() && !it->second.empty()) return it->second;
  }
  return "";
}

std::string NormalizeLang(std::string l) {
  l = CollapseSpace(l);
  size_t comma = l.find_first_of(",;");
  if (comma != std::string::npos) l = CollapseSpace(l.substr(0, comma));
  for (char& c : l)
    if (c == '_') c = '-';
  return l;
}

std::string StripByPrefix(std::string s) {
  static const std::string_view kPrefixes[] = {"by ",
                                               "von ",
                                               "par ",
                                               "por ",
                                               "di ",
                                               "door ",
                                               "av ",
                                               "autor: ",
                                               "author: ",
                                               "text: ",
                                               "\xD7\x9E\xD7\x90\xD7\xAA "};  // מאת
  std::string l = Lower(s);
  for (std::string_view p : kPrefixes)
    if (l.compare(0, p.size(), p) == 0) return CollapseSpace(s.substr(p.size()));
  return s;
}

// JSON-LD articleBody as paragraphs (tags stripped, lines as paragraphs).
// HTML character references (&amp; &#8217; &#x2019; and every HTML 4 name libxml2 knows)
// decoded; an unknown or malformed reference is kept as written. JSON-LD bodies are often
// HTML escaped once more (&amp;quot;): references are decoded twice.
std::string DecodeEntities(std::string_view s, int rounds = 2) {
  std::string out;
  out.reserve(s.size());
  bool changed = false;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi;
    if (s[i] != '&' || (semi = s.find(';', i + 1)) == std::string_view::npos || semi - i > 12) {
      out.push_back(s[i]);
      continue;
    }
    std::string name(s.substr(i + 1, semi - i - 1));
    char32_t c = 0;
    if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      const char* digits = name.c_str() + (hex ? 2 : 1);
      char* end = nullptr;
      unsigned long v = std::strtoul(digits, &end, hex ? 16 : 10);
      if (end != digits && *end == '\0' && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF))
        c = static_cast<char32_t>(v);
    } else if (const htmlEntityDesc* e =
                   htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
      c = e->value;
    }
    if (c == 0) {
      out.push_back(s[i]);
      continue;
    }
    xmlChar utf8[8];
    out.append(reinterpret_cast<const char*>(utf8),
               static_cast<size_t>(xmlCopyCharMultiByte(utf8, static_cast<int>(c))));
    changed = true;
    i = semi;
  }
  return changed && rounds > 1 ? DecodeEntities(out, rounds - 1) : out;
}

std::string ArticleBodyText(const std::string& raw_body) {
  const std::string body = DecodeEntities(raw_body);
  std::string stripped;
  stripped.reserve(body.size());
  bool in_tag = false;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '<' && i + 1 < body.size() &&
        (std::isalpha(static_cast<unsigned char>(body[i + 1])) || body[i + 1] == '/')) {
      in_tag = true;
      // Paragraph-like tags become line breaks.
      std::string_view rest(body.data() + i + 1, std::min<size_t>(4, body.size() - i - 1));
      if (rest.substr(0, 1) == "p" || rest.substr(0, 2) == "/p" || rest.substr(0, 2) == "br" ||
          rest.substr(0, 2) == "h2" || rest.substr(0, 2) == "li")
        stripped.push_back('\n');
      continue;
    }
    if (in_tag) {
      if (c == '>') in_tag = false;
      continue;
    }
    stripped.push_back(c);
  }
  std::string out;
  size_t start = 0;
  while (start <= stripped.size()) {
    size_t nl = stripped.find('\n', start);
    if (nl == std::string::npos) nl = stripped.size();
    std::string line = CollapseSpace(NbspToSpace(stripped.substr(start, nl - start)));
    if (!line.empty()) {
      if (!out.empty()) out += "\n\n";
      out += line;
    }
    start = nl + 1;
  }
  return out;
}

// The publisher's JSON-LD articleBody is the body as the site sees it. When it covers most
// of the kept blocks (so it is neither a teaser nor unrelated), blocks it does not contain
// (captions, promos, bios that slipped through) are dropped. A block matches when its
// first or last 24 bytes occur in the body (entities and markup differ in between).
void FilterByArticleBody(const std::string& body_text, Selection& sel) {
  std::string body = CollapseSpace(body_text);
  for (const auto& [from, to] :
       std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"&amp;", "&"},
           {"&quot;", "\""},
           {"&#39;", "'"},
           {"&#039;", "'"},
           {"&#8217;", "\xE2\x80\x99"},
           {"&nbsp;", " "}}) {
    for (size_t p = body.find(from); p != std::string::npos; p = body.find(from, p))
      body.replace(p, from.size(), to);
  }
  if (CountChars(body) < 300 || sel.kept.empty()) return;
  auto cut = [](std::string_view s, size_t at) {  // back to a UTF-8 boundary
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    return at;
  };
  std::vector<bool> match(sel.kept.size());
  int matched = 0, total = 0;
  for (size_t i = 0; i < sel.kept.size(); ++i) {
    std::string t = CollapseSpace(sel.kept[i]->text);
    std::string_view v(t);
    std::string_view head = v.substr(0, cut(v, std::min<size_t>(24, v.size())));
    size_t tail_at = v.size() > 24 ? cut(v, v.size() - 24) : 0;
    std::string_view tail = v.substr(tail_at);
    match[i] = body.find(head) != std::string::npos || body.find(tail) != std::string::npos;
    total += sel.kept[i]->chars;
    if (match[i]) matched += sel.kept[i]->chars;
  }
  if (matched < total * 0.6) return;
  Selection out;
  for (size_t i = 0; i < sel.kept.size(); ++i) {
    if (!match[i]) continue;
    out.kept.push_back(sel.kept[i]);
    out.chars += sel.kept[i]->chars;
  }
  sel = std::move(out);
}

// The kept blocks as paragraphs. Dropped: a block repeating an earlier one, headlines
// (the title, any <h1>, the raw <title>) among the first blocks, and the byline.
std::string JoinBlocks(const Selection& sel, const std::vector<std::string>& headlines,
                       std::string_view byline) {
  std::string out;
  std::vector<std::string> heads;
  for (const std::string& h : headlines)
    if (!h.empty()) heads.push_back(Lower(CollapseSpace(h)));
  std::string byline_l = Lower(byline);
  std::unordered_set<std::string_view> seen;  // paragraphs repeated anywhere (mobile copies)
  int emitted = 0;
  for (const Block* b : sel.kept) {
    if (!seen.insert(b->text).second) continue;
    if (b->chars < 300) {
      std::string l = Lower(CollapseSpace(b->text));
      if (emitted < 4 && std::find(heads.begin(), heads.end(), l) != heads.end()) continue;
      if (!byline_l.empty() && b->chars < 80 &&
          (l == byline_l || Lower(StripByPrefix(b->text)) == byline_l))
        continue;
      // "By Jane Doe · 13 February 2026, 10:42", "Dubai - Jane Doe, published ...": the
      // byline with its dateline.
      if (!byline_l.empty() && b->chars < 140 && !EndsLikeSentence(b->text)) {
        std::string rest = Lower(CollapseSpace(StripByPrefix(b->text)));
        if (rest.size() > byline_l.size() && rest.find(byline_l) != std::string::npos &&
            HasYear(rest))
          continue;
      }
    }
    if (!out.empty()) out += "\n\n";
    out += b->text;
    ++emitted;
  }
  return out;
}

// Adds `d` to the page's date candidates unless it is there already.
void AddDateCandidate(const std::string& d, Extracted& out) {
  if (std::find(out.date_candidates.begin(), out.date_candidates.end(), d) ==
      out.date_candidates.end())
    out.date_candidates.push_back(d);
}

// A page with no date anywhere else: dateline-shaped blocks (a year and a day in any
// digit system, or a Hebrew date) among the first and last three blocks of the container
// become date candidates, the first of them published_raw ("... Jerusalem, 14.02.2026").
void AddBodyEdgeDatelines(const std::vector<Block>& blocks, const std::vector<Element>& els,
                          int container, Extracted& out) {
  if (container < 0) return;
  std::vector<const Block*> inside;
  for (const Block& b : blocks)
    if (b.owner >= container && b.owner < els[container].end) inside.push_back(&b);
  constexpr size_t kEdge = 3;
  for (size_t i = 0; i < inside.size(); ++i) {
    if (i >= kEdge && i + kEdge < inside.size()) continue;
    const Block& b = *inside[i];
    if (b.chars >= 100 || b.in_table || !LooksLikeDateline(b.text)) continue;
    if (out.published_raw.empty()) {
      out.published_raw = b.text;
      out.published_source = "dateline";
    }
    AddDateCandidate(b.text, out);
  }
}

}  // namespace

Result<Extracted> Extract(std::string_view html_utf8, std::string_view url,
                          std::string_view content_language) {
  InitLibxmlOnce();
  if (html_utf8.empty()) return Status::InvalidArgument("empty document");
  if (html_utf8.size() > static_cast<size_t>(INT32_MAX))
    return Status::ResourceExhausted("document too large");
  std::string url_s(url);
  DocPtr doc(htmlReadMemory(html_utf8.data(), static_cast<int>(html_utf8.size()),
                            url_s.empty() ? nullptr : url_s.c_str(), "UTF-8",
                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC));
  if (!doc) return Status::InvalidArgument("not HTML: the parser produced no document");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Status::InvalidArgument("not HTML: no root element");

  std::vector<Element> els;
  els.reserve(2048);
  Meta meta;
  Pass1 pass1(els, meta);
  pass1.Run(doc->children);

  int body_chars = 0;
  int body_prose = 0;
  int body_id = -1;
  for (size_t i = 0; i < els.size(); ++i) {
    if (els[i].tag == Tag::kBody) {
      body_id = static_cast<int>(i);
      body_chars = els[i].raw_chars;
      body_prose = els[i].prose_chars;
      break;
    }
  }
  if (body_id < 0) {
    for (const Element& e : els)
      if (e.parent < 0) {
        body_chars += e.raw_chars;
        body_prose += e.prose_chars;
      }
  }

  Extracted out;
  const auto& ld = meta.ld;

  // --- Metadata.
  out.site = FirstOf(meta, {"og:site_name", "application-name", "twitter:site"});
  if (out.site.empty()) out.site = ld.publisher;
  if (!out.site.empty() && out.site[0] == '@' && !ld.publisher.empty()) out.site = ld.publisher;
  if (out.site.empty()) out.site = extract_internal::HostOf(url);

  std::string title = FirstOf(meta, {"og:title", "twitter:title"});
  if (title.empty()) title = ld.headline;
  if (title.empty() && !meta.h1s.empty()) title = meta.h1s.front();
  if (title.empty()) title = meta.title_tag;
  out.title = extract_internal::StripSiteFromTitle(title, out.site);

  if (!ld.authors.empty()) {
    for (const std::string& a : ld.authors) {
      if (!out.byline.empty()) out.byline += ", ";
      out.byline += a;
    }
  }
  if (out.byline.empty()) {
    std::string a = FirstOf(meta, {"author", "article:author", "byl", "dc.creator",
                                   "sailthru.author", "parsely-author"});
    if (a.rfind("http", 0) != 0) out.byline = a;
  }
  if (out.byline.empty()) out.byline = meta.itemprop_author;
  if (out.byline.empty() && !meta.byline_texts.empty()) out.byline = meta.byline_texts.front();
  out.byline = StripByPrefix(out.byline);

  std::string canonical = meta.canonical;
  if (canonical.empty()) canonical = FirstOf(meta, {"og:url"});
  if (!canonical.empty()) out.canonical_url = extract_internal::ResolveUrlRef(url, canonical);

  out.language = meta.html_lang;
  if (out.language.empty()) out.language = std::string(content_language);
  if (out.language.empty())
    out.language = FirstOf(meta, {"content-language", "language", "dc.language", "og:locale"});
  if (out.language.empty()) out.language = ld.language;
  out.language = NormalizeLang(out.language);

  if (!ld.date_published.empty()) {
    out.published_raw = ld.date_published;
    out.published_source = "json-ld";
  } else if (std::string m = FirstOf(
                 meta, {"article:published_time", "og:published_time", "published_time",
                        "itemprop:datepublished", "datepublished", "pubdate", "publishdate",
                        "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.date",
                        "sailthru.date", "parsely-pub-date", "article.published", "date.issued"});
             !m.empty()) {
    out.published_raw = m;
    out.published_source = "meta";
  } else if (!meta.itemprop_published.empty()) {
    out.published_raw = meta.itemprop_published;
    out.published_source = "meta";
  } else if (!meta.time_datetimes.empty()) {
    out.published_raw = meta.time_datetimes.front();
    out.published_source = "time";
  } else if (std::string u = extract_internal::UrlDate(url); !u.empty()) {
    out.published_raw = u;
    out.published_source = "url";
  } else if (!meta.date_texts.empty()) {
    // A dateline with a year (or a Hebrew date) before a bare time or weekday.
    out.published_raw = meta.date_texts.front();
    for (const std::string& d : meta.date_texts) {
      if (HasYear(d) || (d.find('"') != std::string::npos && d.find('\xD7') != std::string::npos)) {
        out.published_raw = d;
        break;
      }
    }
    out.published_source = "dateline";
  } else if (!meta.headline_dates.empty()) {
    out.published_raw = meta.headline_dates.front();
    out.published_source = "dateline";
  }
  for (const std::string& d : meta.date_texts) AddDateCandidate(d, out);
  for (const std::string& d : meta.headline_dates) AddDateCandidate(d, out);
  out.modified_raw = ld.date_modified;
  if (out.modified_raw.empty())
    out.modified_raw =
        FirstOf(meta, {"article:modified_time", "og:updated_time", "itemprop:datemodified",
                       "last-modified", "dcterms.modified"});
  if (out.modified_raw.empty()) out.modified_raw = meta.itemprop_modified;

  std::string image = FirstOf(meta, {"og:image", "og:image:url", "og:image:secure_url",
                                     "twitter:image", "twitter:image:src"});
  if (image.empty()) image = ld.image;
  if (!image.empty()) out.image = extract_internal::ResolveUrlRef(url, image);
  out.description = FirstOf(meta, {"og:description", "description", "twitter:description"});
  if (out.description.empty()) out.description = ld.description;

  // --- Main text.
  BlockBuilder builder(els, body_chars, body_prose);
  std::vector<Block> blocks = builder.Build(doc->children);
  // Container scoring and every classification ask this of each block: ask once.
  for (Block& b : blocks) {
    b.boilerplate = IsBoilerplateLine(b);
    if (!b.boilerplate && TrimBoilerplateTail(b)) b.boilerplate = IsBoilerplateLine(b);
  }
  MarkTeaserCards(blocks, els);
  MarkAuthorBoxes(blocks, els);

  // Subtree sums of block values.
  for (const Block& b : blocks) {
    double v = BlockValue(b);
    for (int id = b.owner; id >= 0; id = els[id].parent) els[id].score += v;
  }
  int best = -1;
  double best_score = 0;
  for (int id = static_cast<int>(els.size()) - 1; id >= 0; --id) {
    const Element& e = els[id];
    double s = e.score;
    if (s > 0) {
      if (e.article_marker)
        s *= kMarkerBonus;
      else if (e.hints & kHintPositive)
        s *= kPositiveBonus;
    }
    if (s > best_score) {
      best_score = s;
      best = id;
    }
  }
  // A paragraph is not a container: its parent is (the rest is filtered block by block).
  while (best >= 0 && els[best].parent >= 0 &&
         (els[best].tag == Tag::kP || els[best].tag == Tag::kBlockquote ||
          els[best].tag == Tag::kPre || HeadingLevel(els[best].tag) > 0 ||
          els[best].tag == Tag::kLi || els[best].tag == Tag::kOther || els[best].tag == Tag::kA)) {
    best = els[best].parent;
  }
  auto select_in = [&](int container) {
    std::vector<bool> s2(blocks.size(), true);
    for (size_t i = 0; i < blocks.size(); ++i) {
      int o = blocks[i].owner;
      if (container < 0 || (o >= container && o < els[container].end)) s2[i] = false;
    }
    return SelectBlocks(blocks, 0, blocks.size(), s2, /*short_runs=*/container >= 0);
  };
  Selection sel = select_in(best);
  int container = best;
  // A container that won by its sidebar: when it holds exactly one article marker (not a
  // list of teaser <article>s) made of a run of short paragraphs (a brief), the marker is
  // the article: short paragraphs weigh little in the container sums.
  if (best >= 0) {
    int marker = -1, markers = 0;
    for (int id = best + 1; id < els[best].end; ++id) {
      if (!els[id].article_marker) continue;
      ++markers;
      marker = id;
      id = els[id].end - 1;  // nested markers belong to this one
    }
    if (markers == 1) {
      Selection inner = select_in(marker);
      if (inner.short_run_body && inner.chars < sel.chars) {
        sel = std::move(inner);
        container = marker;
      }
    }
  }
  if (sel.chars < 250 && !sel.short_run_body) {
    Selection loose = select_in(-1);
    if (loose.chars > sel.chars * 2) {
      sel = std::move(loose);
      container = -1;
    }
  }
  DropAfterBodyElement(els, sel);
  PrependLead(blocks, els, container, sel);
  std::vector<std::string> headlines = meta.h1s;
  headlines.push_back(out.title);
  headlines.push_back(meta.title_tag);
  headlines.push_back(ld.headline);
  std::string body;
  if (!ld.article_body.empty()) {
    body = ArticleBodyText(ld.article_body);
    FilterByArticleBody(body, sel);
  }
  std::string text = JoinBlocks(sel, headlines, out.byline);
  if (!body.empty()) {
    int body_n = CountChars(body);
    // A short body (a brief) is taken only when the DOM gave nothing.
    if ((body_n > 300 || (text.empty() && body_n >= 80)) && body_n > CountChars(text) * 1.3)
      text = std::move(body);
  }
  out.text = std::move(text);
  if (out.published_raw.empty()) AddBodyEdgeDatelines(blocks, els, best, out);

  extract_internal::PageSignals signals;
  signals.title = title;
  signals.h1s = &meta.h1s;
  signals.text = out.text;
  signals.text_chars = CountChars(out.text);
  for (const Block& b : blocks) {
    signals.page_chars += b.chars;
    signals.page_link_chars += b.link_chars;
  }
  // Walls and error notices are often dropped as boilerplate: short texts are checked
  // against the whole page's blocks.
  std::string page_text;
  if (signals.text_chars < 1000) {
    for (const Block& b : blocks) {
      if (page_text.size() > 16384) break;
      page_text += b.text;
      page_text += '\n';
    }
    signals.page_text = page_text;
  }
  signals.has_article_metadata = !out.published_raw.empty() || !ld.article_body.empty();
  out.page_class = extract_internal::ClassifyPage(signals, out.page_class_reason);
  return out;
}

}  // namespace newsdesk
