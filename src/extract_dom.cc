// The DOM passes of the extract stage: see extract_dom.h.
#include "extract_dom.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ascii.h"
#include "extract_class_words.h"
#include "extract_phrases.h"
#include "newsdesk/dates.h"

namespace newsdesk::extract_internal {
namespace {

using namespace class_words;  // NOLINT(google-build-using-namespace): the Hint flags

constexpr int kMaxDepth = 400;

// Whether `w` is one of `words`.
bool IsOneOf(std::string_view w, std::span<const std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

// Whether an element of tag `t` sets what it holds in a line of text: a paragraph, a
// heading, a link, an inline element.
bool InLine(Tag t) {
  return t == Tag::kP || HeadingLevel(t) > 0 || t == Tag::kA || t == Tag::kOther || t == Tag::kTime;
}

// Whether a sibling of `n` is text with a character other than white space.
bool BesideText(const xmlNode* n) {
  for (const xmlNode* k = n->parent != nullptr ? n->parent->children : nullptr; k != nullptr;
       k = k->next) {
    if (k->type != XML_TEXT_NODE || k->content == nullptr) continue;
    for (const char* p = Str(k->content); *p != '\0'; ++p)
      if (!IsSpaceByte(static_cast<unsigned char>(*p))) return true;
  }
  return false;
}

// Whether `n` is an empty <input> to type in: a text, e-mail, phone or search field (no
// type is a text field) with no value set; hidden fields, boxes to tick, buttons and the
// filled fields of a shop's item or a calculator (`value="6"`) are not.
bool IsTextField(const xmlNode* n) {
  if (n->name == nullptr || std::strcmp(Str(n->name), "input") != 0) return false;
  const char* value = Attr(n, "value");
  if (value != nullptr && !TrimAscii(value).empty()) return false;
  const char* type = Attr(n, "type");
  if (type == nullptr) return true;
  static constexpr std::string_view kTypes[] = {"", "text", "email", "tel", "search"};
  return IsOneOf(Lower(type), kTypes);
}

// A box of a text field and its few lines ("Get the Courier Daily" / "The day's local news
// in your inbox" / e-mail field / "Sign up") holds at most this many characters of text;
// buttons' labels are not counted.
constexpr int kMaxFieldBoxChars = 300;
// The prose (characters of <p>, <blockquote>, <pre>) the box's parent holds before it: two
// or three of a story's paragraphs.
constexpr int kMinProseBeforeFieldBox = 200;

// Whether an element of tag `t` may be a box around a text field: a container, not the
// page's, the article's or a line's element.
bool IsFieldBoxTag(Tag t) {
  return t == Tag::kDiv || t == Tag::kSection || t == Tag::kForm || t == Tag::kAside ||
         t == Tag::kBlockMisc || t == Tag::kCustom;
}

// Whether `v` is an ISO 8601 duration ("PT15M", "P1DT2H30M"): "P", then digits and the
// units Y M W D T H S only.
bool IsIsoDuration(std::string_view v) {
  v = TrimAscii(v);
  if (v.size() < 3 || (v[0] != 'P' && v[0] != 'p')) return false;
  bool digit = false;
  for (char c : v.substr(1)) {
    const bool d = c >= '0' && c <= '9';
    if (!d && std::string_view("YMWDTHSymwdths.,").find(c) == std::string_view::npos) return false;
    digit = digit || d;
  }
  return digit;
}

// Whether `node` is inside a comment: an ancestor (up to eight levels) whose class or id
// holds a comment's word (class_words::kCommentClasses).
bool InComment(const xmlNode* node) {
  constexpr int kMaxLevels = 8;
  int level = 0;
  for (const xmlNode* p = node->parent;
       p != nullptr && p->type == XML_ELEMENT_NODE && level < kMaxLevels; p = p->parent, ++level) {
    for (const char* name : {"class", "id"}) {
      const char* v = Attr(p, name);
      if (v != nullptr && !FindAny(Lower(v), kCommentClasses).empty()) return true;
    }
  }
  return false;
}

// Table cells are not blocks: a row is one block, its cells separated by spaces (tables
// read as rows, not as a column of orphan cells). Cells longer than this are layout cells
// and blocks of their own.
constexpr int kMaxDataCellChars = 150;

// Appends a space to `out` unless it is empty or ends with one (GatherText's `collapse`).
void AppendSpace(std::string& out) {
  if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

// Concatenated text of a subtree (no scripts/styles), at most `limit` bytes. The parts of a
// `<time>` (`<span>December 5, 2026</span><span>11:24 AM</span>`, set apart by style) are
// separate words; with `fields`, so are the texts of any two elements side by side (a
// meta line's `<span>Yazar: Mert Yıldız</span><span>05.12.2026</span>`). With `collapse`,
// each run of white space is gathered as one space, so that `limit` counts the text and
// not the markup's indentation.
void GatherText(const xmlNode* n, std::string& out, size_t limit, bool fields = false,
                bool collapse = false, int depth = 0) {
  const bool time = n->type == XML_ELEMENT_NODE && TagOf(n->name) == Tag::kTime;
  const auto space = [&] { collapse ? AppendSpace(out) : out.push_back(' '); };
  bool after_element = false;
  for (const xmlNode* c = n->children; c != nullptr && out.size() < limit; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) {
        const std::string_view text = Str(c->content);
        if (!collapse) {
          out.append(text);
        } else {
          for (const char b : text) {
            if (IsSpaceByte(static_cast<unsigned char>(b)))
              AppendSpace(out);
            else
              out.push_back(b);
          }
        }
      }
      after_element = false;
    } else if (c->type == XML_ELEMENT_NODE && depth < 64) {
      Tag t = TagOf(c->name);
      if (t == Tag::kScript || t == Tag::kStyle || t == Tag::kJunk || t == Tag::kRubyText) continue;
      if (t == Tag::kBr || IsBlockLevel(t) || time || (fields && after_element)) space();
      GatherText(c, out, limit, fields, collapse, depth + 1);
      if (IsBlockLevel(t)) space();
      after_element = true;
    }
  }
}

// TextOf's text with `limit` counted in its collapsed bytes: an element's first `limit`
// bytes of text however deeply its markup is indented.
std::string CollapsedTextOf(const xmlNode* n, size_t limit, bool fields) {
  std::string s;
  GatherText(n, s, limit, fields, /*collapse=*/true);
  return CollapseSpace(s);
}

}  // namespace

std::string TextOf(const xmlNode* n, size_t limit, bool fields) {
  std::string s;
  GatherText(n, s, limit, fields);
  return CollapseSpace(s);
}

namespace {

// Whether `img` is a spacer or a tracking pixel, no picture: its `width` or `height`
// attribute is 0 to 2 pixels (a layout table's `<img src="spacer.gif" width="1"
// height="10">`). A caption or a credit sits by pictures only.
bool IsSpacerImage(const xmlNode* img) {
  constexpr int kMaxSpacerPixels = 2;
  for (const char* attr : {"width", "height"}) {
    const char* v = Attr(img, attr);
    if (v == nullptr) continue;
    const std::string_view t = TrimAscii(v);
    if (!t.empty() && std::isdigit(static_cast<unsigned char>(t.front())) &&
        std::atoi(t.data()) <= kMaxSpacerPixels)
      return true;
  }
  return false;
}

// The alt text of the first image inside `n`, spaces collapsed: the name of a logo that is
// an image alone. Empty if none.
std::string FirstImageAlt(const xmlNode* n, int depth = 0) {
  constexpr int kMaxDepth = 8;
  for (const xmlNode* c = n->children; c != nullptr && depth < kMaxDepth; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (TagOf(c->name) == Tag::kImg) {
      const char* alt = Attr(c, "alt");
      return alt == nullptr ? "" : CollapseSpace(NbspToSpace(alt));
    }
    if (std::string alt = FirstImageAlt(c, depth + 1); !alt.empty()) return alt;
  }
  return "";
}

// Whether heading `h` is a logo: its text, not empty, is all the text of a link inside it
// that leads to the site's root (IsRootHref: `<h1><a href="/">Blog name</a></h1>`, a
// slogan in the link too).
bool IsLogoHeading(const xmlNode* h, std::string_view text) {
  constexpr int kMaxDepth = 4;
  const xmlNode* n = h;
  for (int depth = 0; depth < kMaxDepth; ++depth) {
    // One element at each depth: a link beside more ("<a href="/">Home</a> <span>Story")
    // is no logo.
    n = xmlFirstElementChild(const_cast<xmlNode*>(n));
    if (n == nullptr || xmlNextElementSibling(const_cast<xmlNode*>(n)) != nullptr) return false;
    if (TagOf(n->name) == Tag::kA) {
      const char* href = Attr(n, "href");
      return href != nullptr && IsRootHref(href) && !text.empty() && TextOf(n) == text;
    }
  }
  return false;
}

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

// Whether a class/id token names a date: a part of kDateClasses anywhere ("pub-date") or
// a whole word of kDateWords ("data-pub").
bool TokenNamesDate(std::string_view token) {
  const std::string lower = AsciiLower(token);
  if (!FindAny(lower, kDateClasses).empty()) return true;
  size_t begin = 0;
  for (size_t i = 0; i <= lower.size(); ++i) {
    const bool alnum = i < lower.size() && ((lower[i] >= 'a' && lower[i] <= 'z') ||
                                            (lower[i] >= '0' && lower[i] <= '9'));
    if (alnum) continue;
    if (i > begin && IsOneOf(std::string_view(lower).substr(begin, i - begin), kDateWords))
      return true;
    begin = i + 1;
  }
  return false;
}

// Hints of one element's class and id.
uint8_t ClassHints(const char* cls, const char* id) {
  uint8_t hints = 0;
  char word[64];
  for (const char* s : {cls, id}) {
    if (s == nullptr) continue;
    // In a class, digits ending a word number a variant or a position ("meta2", "vc_cta3",
    // "teaser3"); in an id they name an anchor ("toc5": the heading a table of contents
    // links to, not the table).
    const bool strip_digits = s == cls;
    size_t n = 0;
    // Words after "has", "no", "with" describe a state ("o-section--has-ads",
    // "layout-with-sidebar"), not what the element is: skipped to the end of the token.
    bool state = false;
    bool token_start = true;
    // A token naming a date ("data-pub", "pub-date") abbreviates "published" where an ad
    // word would stand alone: its abbreviations' hints count only in a token without one.
    const char* token_begin = s;
    uint8_t abbreviation_hints = 0;
    for (const char* p = s;; ++p) {
      char c = *p;
      bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum) {
        if (n + 1 < sizeof(word)) word[n++] = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
        continue;
      }
      if (n > 0 && !state) {
        std::string_view w(word, n);
        if (strip_digits)
          while (w.size() > 1 && w.back() >= '0' && w.back() <= '9') w.remove_suffix(1);
        bool first_word = token_start;
        token_start = false;
        // A state word, a taxonomy token's first word ("tag-sponsoring",
        // "category-kommentare") or a component's before a hyphen ("card-header"): the rest
        // of the token says nothing of the element.
        if (IsOneOf(w, kStateWords) ||
            (first_word &&
             (IsOneOf(w, kTaxonomyWords) || (c == '-' && IsOneOf(w, kComponentWords))))) {
          state = true;
        } else if (IsOneOf(w, kPublicationAbbreviations)) {
          abbreviation_hints |= WordHints(w);
        } else {
          hints |= WordHints(w);
        }
      }
      n = 0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\0') {
        if (abbreviation_hints != 0 &&
            !TokenNamesDate(std::string_view(token_begin, static_cast<size_t>(p - token_begin))))
          hints |= abbreviation_hints;
        token_begin = p + 1;
        abbreviation_hints = 0;
        state = false;
        token_start = true;
      }
      if (c == '\0') break;
    }
  }
  return hints;
}

// A style attribute's declarations in lower case without white space
// ("Text-Align: right" -> "text-align:right").
std::string CompactStyle(const char* style) {
  std::string s;
  for (const char* p = style; *p; ++p)
    if (!IsSpaceByte(static_cast<unsigned char>(*p))) s.push_back(*p);
  return Lower(s);
}

bool IsHiddenStyle(const char* style) {
  if (style == nullptr) return false;
  const std::string s = CompactStyle(style);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// Whether a class hides its element by a utility token (kHidingClasses: "hidden", "d-none",
// "invisible", "is-hidden") that no responsive token shows again at some breakpoint
// ("hidden md:block", "d-none d-lg-flex", "invisible sm:visible": kShowingValues after a
// colon or after "d-{breakpoint}-"). Print-only tokens ("d-print-block") show nothing on
// screen.
bool IsHiddenClass(const char* cls) {
  // Class names match as written (CSS's are case-sensitive); most classes hold no hiding
  // word at all.
  if (cls == nullptr ||
      (std::strstr(cls, "hidden") == nullptr && std::strstr(cls, "d-none") == nullptr &&
       std::strstr(cls, "invisible") == nullptr))
    return false;
  bool hiding = false;
  const std::string_view all(cls);
  for (size_t begin = 0, end = 0; begin < all.size(); begin = end + 1) {
    end = begin;
    while (end < all.size() && !IsSpaceByte(static_cast<unsigned char>(all[end]))) ++end;
    const std::string_view token = all.substr(begin, end - begin);
    if (token.empty()) continue;
    if (IsOneOf(token, kHidingClasses)) {
      hiding = true;
      continue;
    }
    if (const size_t colon = token.rfind(':');
        colon != std::string_view::npos && IsOneOf(token.substr(colon + 1), kShowingValues))
      return false;
    if (token.starts_with("d-")) {
      const std::string_view rest = token.substr(2);
      const size_t dash = rest.find('-');
      if (dash != std::string_view::npos && IsOneOf(rest.substr(0, dash), kBreakpoints) &&
          IsOneOf(rest.substr(dash + 1), kShowingValues))
        return false;
    }
  }
  return hiding;
}

// Whether `href` is a social post's address (kEmbeddedPostAddresses): the host whole (after
// "//" or "."), then the path's part.
bool IsPostAddress(std::string_view href) {
  for (const PostAddress& a : kEmbeddedPostAddresses) {
    const size_t host = href.find(a.host);
    if (host == std::string_view::npos || host == 0 ||
        (href[host - 1] != '/' && href[host - 1] != '.'))
      continue;
    if (href.find(a.path, host + a.host.size() - 1) != std::string_view::npos) return true;
  }
  return false;
}

// Whether element `n` holds a link to a social post (IsPostAddress).
bool HoldsPostLink(xmlNode* n) {
  for (xmlNode* k = xmlFirstElementChild(n); k != nullptr; k = xmlNextElementSibling(k)) {
    const char* href = TagOf(k->name) == Tag::kA ? Attr(k, "href") : nullptr;
    if ((href != nullptr && IsPostAddress(Lower(href))) || HoldsPostLink(k)) return true;
  }
  return false;
}

// An embedded social post (`<blockquote class="twitter-tweet">`, Instagram, TikTok,
// Bluesky, Mastodon, Threads): quoted content of the article, not a share widget. Whatever
// its class, a <blockquote> linking to a post (the embed code's link to the post under
// its text) is one.
bool IsEmbeddedPost(xmlNode* n, Tag tag, const char* cls) {
  if (tag != Tag::kBlockquote) return false;
  return (cls != nullptr && !FindAny(Lower(cls), kEmbeddedPostClasses).empty()) || HoldsPostLink(n);
}

// Whether ARIA `role` (absent: nullptr) is one of `roles`, case aside: kJunkRoles, or
// kDialogRoles (a dialog over the page).
bool RoleIsOneOf(const char* role, std::span<const std::string_view> roles) {
  return role != nullptr && IsOneOf(Lower(role), roles);
}

void AddMeta(Meta& m, const char* key, const char* content) {
  if (key == nullptr || content == nullptr) return;
  std::string k = Lower(CollapseSpace(key));
  std::string v = CollapseSpace(content);
  if (k.empty() || v.empty()) return;
  m.by_key.emplace(std::move(k), std::move(v));
}

// The part of a line under the headline that a byline label opens: the whole line when
// it starts with one ("Von Jonas Weber · 04.12.2026"), else the part after a separator
// (ideographic space, | · ｜) up to the next one ("2026-12-05 10:20　来源：江南网　作者：王磊"
// -> "作者：王磊"), or the inside of a line wholly in brackets ("（文・山本健一）" ->
// "文・山本健一",
// "(Von Anna Berger)"); "" when no part does.
std::string BylineLabelledPart(std::string_view line) {
  // A listed label, or a word label of the list written with a colon ("Yazar: ", "Door: "
  // beside "yazar ", "door ").
  const auto labelled = [](std::string_view l) {
    if (StartsWithAny(l, phrases::kBylinePrefixes)) return true;
    for (std::string_view p : phrases::kBylinePrefixes)
      if (p.ends_with(' ') && l.size() > p.size() && l.starts_with(p.substr(0, p.size() - 1)) &&
          l[p.size() - 1] == ':')
        return true;
    return false;
  };
  if (labelled(Lower(line))) return std::string(line);
  if (std::string inner = Unbracketed(line);
      inner.size() < TrimAscii(line).size() && labelled(Lower(inner)))
    return inner;
  static constexpr std::string_view kSeparators[] = {"\u3000", " | ", " \u00B7 ", "\uFF5C"};
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.size(), next = line.size();
    for (std::string_view sep : kSeparators) {
      size_t at = line.find(sep, start);
      if (at != std::string_view::npos && at < end) end = at, next = at + sep.size();
    }
    if (start > 0) {
      // "... 18:05&nbsp;|&nbsp;كتب: name": the part without the separator's spaces.
      std::string part = CollapseSpace(NbspToSpace(line.substr(start, end - start)));
      if (labelled(Lower(part))) return part;
    }
    start = next;
  }
  return {};
}

bool ContainsWord(const char* s, std::string_view w) {
  if (s == nullptr) return false;
  return Lower(s).find(w) != std::string::npos;
}

// Whether an element is a menu or a breadcrumb trail: <nav>, a navigation or menu role, a
// class or id naming one (class_words::kNavigationClasses).
bool IsNavigation(Tag tag, const char* role, const char* cls, const char* idattr) {
  if (tag == Tag::kNav) return true;
  if (role != nullptr &&
      (std::strcmp(role, "navigation") == 0 || std::strncmp(role, "menu", 4) == 0))
    return true;
  for (const char* attr : {cls, idattr}) {
    if (attr == nullptr) continue;
    const std::string v = AsciiLower(attr);  // the words are lower case
    for (std::string_view w : kNavigationClasses)
      if (v.find(w) != std::string::npos) return true;
  }
  return false;
}

// Whether `n` is named `name` (an element of the tags TagOf leaves as kOther).
bool NamedElement(const xmlNode* n, const char* name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE && n->name != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

// Whether `a` follows a text with no space between ("... Nähmaschinenkoffer.<a>1</a>"): its
// previous sibling is a text node that ends with no white space nor no-break space, nor an
// opening bracket (a marker in brackets of the text, "roman (<a>1</a>)", stays: without its
// number the brackets would stand empty).
bool GluedToTextBefore(const xmlNode* a) {
  const xmlNode* prev = a->prev;
  if (prev == nullptr || prev->type != XML_TEXT_NODE || prev->content == nullptr) return false;
  const std::string_view t(reinterpret_cast<const char*>(prev->content));
  return !t.empty() && !IsSpaceByte(static_cast<unsigned char>(t.back())) && t.back() != '(' &&
         t.back() != '[' && !t.ends_with("\xC2\xA0");
}

// Whether link `a` is a note's marker: a link to an anchor of the page ("#fn1",
// "#cite_note-3", "#footnote-1") whose text is a number or a note sign ("1", "[3]", "*",
// "†"), set in superscript (in a `<sup>` or holding one) or glued to the text before it
// (Substack's `<a class="footnote-anchor">`, styled as superscript by the site's CSS). The
// note it points to is in the page; the marker is no word of the text, and kept it would glue
// a number to the word before it. A number link after a space (a page number, "Teil 2") is
// none.
bool IsNoteMarker(xmlNode* a, const char* href) {
  constexpr size_t kMaxMarkerBytes = 8;
  if (href == nullptr || href[0] != '#' || href[1] == '\0') return false;
  if (!NamedElement(a->parent, "sup") && !NamedElement(xmlFirstElementChild(a), "sup") &&
      !GluedToTextBefore(a))
    return false;
  const std::string t = TextOf(a, 2 * kMaxMarkerBytes);
  const std::string_view mark = TrimAscii(t, " []()");
  if (mark.empty() || mark.size() > kMaxMarkerBytes) return false;
  if (mark == "*" || mark == "\xE2\x80\xA0" || mark == "\xE2\x80\xA1") return true;  // * † ‡
  return std::all_of(mark.begin(), mark.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// Whether link `a` is a heading's permalink: a link to an anchor of the page ("#setup")
// whose only text is one sign, the pilcrow, "#", "§" or the link symbol, after a zero-width
// space or not (Sphinx's and MkDocs' "¶", Docusaurus' "#"). It names no word of the heading.
bool IsHeadingPermalink(xmlNode* a, std::string_view mark) {
  const char* href = Attr(a, "href");
  if (href == nullptr || href[0] != '#' || href[1] == '\0') return false;
  if (mark.starts_with("\xE2\x80\x8B")) mark.remove_prefix(3);  // zero-width space
  return mark == "\xC2\xB6" || mark == "#" || mark == "\xC2\xA7" || mark == "\xF0\x9F\x94\x97";
}

// Heading `h`'s text without the permalink (IsHeadingPermalink) that ends it.
std::string HeadingTextOf(xmlNode* h) {
  std::string t = TextOf(h);
  xmlNode* last = xmlLastElementChild(h);
  if (!NamedElement(last, "a")) return t;
  const std::string link = TextOf(last, 16);
  const std::string_view mark = TrimAscii(link);
  if (mark.empty() || !IsHeadingPermalink(last, mark) || !std::string_view(t).ends_with(mark))
    return t;
  t.resize(t.size() - mark.size());
  if (t.ends_with("\xE2\x80\x8B")) t.resize(t.size() - 3);
  while (!t.empty() && IsSpaceByte(static_cast<unsigned char>(t.back()))) t.pop_back();
  return t;
}

// Whether `form` is a form to write in: it holds a <textarea> (a comment or a message, not a
// search or a sign-up).
bool HoldsTextarea(const xmlNode* form) {
  const xmlNode* k = form->children;
  while (k != nullptr && k != form) {
    if (NamedElement(k, "textarea")) return true;
    if (k->type == XML_ELEMENT_NODE && k->children != nullptr) {
      k = k->children;
      continue;
    }
    while (k != form && k->next == nullptr) k = k->parent;
    if (k != form) k = k->next;
  }
  return false;
}

// The most short lines between a form's heading and the form, and their most characters.
constexpr int kMaxFormIntroLines = 2;
constexpr int kMaxFormIntroChars = 200;

// Whether element `n` is a <p> or <div>, a line that may stand between a form's heading and
// the form.
bool IsIntroLineTag(const xmlNode* n) {
  const Tag tag = TagOf(n->name);
  return tag == Tag::kP || tag == Tag::kDiv;
}

// Whether element `n`'s text is kMaxFormIntroChars characters or fewer.
bool IsShortIntroLine(const xmlNode* n) {
  return CountChars(TextOf(n, size_t{4} * kMaxFormIntroChars)) <= kMaxFormIntroChars;
}

// Whether heading `h` introduces a form to write in: the element after it ("Leave a Reply",
// "Kommentar verfassen", a comment policy set in the heading), or, when the heading opens
// its element (the form's own box), the element after up to two short lines ("Fragen zu
// diesem Artikel" over "Bei Fragen und Anregungen ... können Sie hier mit uns in Kontakt
// treten."): it is the form's. A story's last subheading and paragraph over a comment form
// stand after the story's other paragraphs. The lines' text is read last, once a form is
// found.
bool IntroducesWritingForm(xmlNode* h) {
  xmlNode* next = xmlNextElementSibling(h);
  xmlNode* lines[kMaxFormIntroLines] = {};
  int n = 0;
  if (xmlPreviousElementSibling(h) == nullptr) {
    for (; next != nullptr && n < kMaxFormIntroLines && IsIntroLineTag(next); ++n) {
      lines[n] = next;
      next = xmlNextElementSibling(next);
    }
  }
  if (!NamedElement(next, "form") || !HoldsTextarea(next)) return false;
  return std::all_of(lines, lines + n, [](const xmlNode* l) { return IsShortIntroLine(l); });
}

// Whether `p`, a <p> or <div>, is a short line between a form's heading and the form
// (IntroducesWritingForm): the form's, like the heading. The heading is looked for first
// (up to one <p> or <div> back).
bool IsWritingFormIntro(xmlNode* p) {
  xmlNode* prev = xmlPreviousElementSibling(p);
  if (prev != nullptr && HeadingLevel(TagOf(prev->name)) < 2) {
    if (!IsIntroLineTag(prev)) return false;
    prev = xmlPreviousElementSibling(prev);
  }
  return prev != nullptr && HeadingLevel(TagOf(prev->name)) >= 2 && IntroducesWritingForm(prev);
}

// Whether `<time>` element `t` dates a teaser of another story: it has no datetime and a
// sibling is a link of a headline's length ("<div><a href=...>Story title of five
// words</a><time>28/02/2026</time></div>", a related card); an author's link beside it
// ("<a>Jane Doe</a> <time>...") is shorter.
bool DatesATeaser(const xmlNode* t) {
  constexpr int kMinHeadlineWords = 4;
  if (Attr(t, "datetime") != nullptr || t->parent == nullptr) return false;
  for (xmlNode* k = xmlFirstElementChild(t->parent); k != nullptr; k = xmlNextElementSibling(k)) {
    if (k != t && NamedElement(k, "a") && Attr(k, "href") != nullptr &&
        CountWords(TextOf(k, 300)) >= kMinHeadlineWords)
      return true;
  }
  return false;
}

// Whether heading text `t` counts the comments: a number (digits of any system, DigitAt)
// and one word of phrases::kCommentCounts, in brackets or not, and at most a pointer to
// them after it ("Comments (214)", "12 Kommentare", "35 Comments »", "١٢ تعليقا").
bool IsCommentCount(std::string_view t) {
  std::string word;
  bool digits = false;
  for (size_t i = 0, len = 1; i < t.size(); i += len) {
    const char ch = t[i];
    if (DigitAt(t, i, &len) >= 0)
      digits = true;
    else if (!IsSpaceByte(static_cast<unsigned char>(ch)) && ch != '(' && ch != ')' && ch != '[' &&
             ch != ']' && ch != ':' && ch != '>')
      word.push_back(ch);
  }
  for (std::string_view pointer : {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92"})  // » › →
    if (std::string_view(word).ends_with(pointer)) word.resize(word.size() - pointer.size());
  return digits && phrases::Listed(phrases::kCommentCounts, Lower(word));
}

// Whether `n` is a heading (h2-h6) whose whole text, a colon aside, names the comments
// without counting them (phrases::kCommentHeadings: "Comments", "دیدگاه‌ها",
// "תגובות").
bool NamesTheComments(const xmlNode* n) {
  constexpr size_t kMaxHeadingChars = 40;
  if (n == nullptr || n->type != XML_ELEMENT_NODE || HeadingLevel(TagOf(n->name)) < 2) return false;
  const std::string t = CollapseSpace(NbspToSpace(TextOf(n, kMaxHeadingChars)));
  return phrases::Listed(phrases::kCommentHeadings, Lower(TrimAscii(t, " :")));
}

// Whether heading text `t` counts the comments on the post, named in quotes: a number, a
// phrase of phrases::kCommentsOnTitle and an opening quote ("2 thoughts on “Title”",
// "11 Antworten zu „Title“", "3 réflexions sur « Title »").
bool IsCommentCountOnTitle(std::string_view t) {
  t = TrimAscii(t);
  const size_t digits = t.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos) return false;
  const std::string rest = Lower(TrimAscii(t.substr(digits)));
  for (std::string_view phrase : phrases::kCommentsOnTitle) {
    if (!rest.starts_with(phrase) || rest.size() <= phrase.size() || rest[phrase.size()] != ' ')
      continue;
    const std::string_view title = TrimAscii(std::string_view(rest).substr(phrase.size()));
    return OpensWithQuotationMark(title);
  }
  return false;
}

// Whether `n` is a heading (h2-h6) counting the comments (IsCommentCount,
// IsCommentCountOnTitle).
bool IsCommentCountHeading(const xmlNode* n) {
  constexpr size_t kMaxCountChars = 60;
  if (n == nullptr || n->type != XML_ELEMENT_NODE || HeadingLevel(TagOf(n->name)) < 2) return false;
  const std::string t = TextOf(n, kMaxCountChars);
  return IsCommentCount(t) || IsCommentCountOnTitle(t);
}

// Whether text `t` is a name beside a date: up to four words, with a letter, no date
// ("Margaret", "Dev Patel", "emari").
bool IsNameBesideDate(std::string_view t) {
  constexpr int kMaxNameWords = 4;
  return !t.empty() && CountWords(t) <= kMaxNameWords && !LooksLikeDateline(t) &&
         std::any_of(t.begin(), t.end(), [](char ch) {
           const char lower = static_cast<char>(ch | 0x20);
           return static_cast<unsigned char>(ch) >= 0x80 || (lower >= 'a' && lower <= 'z');
         });
}

bool IsNameBesideDate(const xmlNode* n) { return IsNameBesideDate(TextOf(n, 80)); }

// The most characters of a comment's line of name and date.
constexpr int kMaxCommentLineChars = 100;
// How much of an element's text is read to measure it against kMaxCommentLineChars.
constexpr size_t kCommentLineReadBytes = size_t{2} * kMaxCommentLineChars;

// The characters of the head that opens a comment at element `first`, 0 when it opens none:
// a short line with a date and a name beside it, an element of its own (<b>Margaret</b>
// <time>3 December 2026 at 18:02</time>, a <footer> or <p> of both), or a line naming
// someone that announces what follows with a colon, over a short line with the date
// (WordPress's "Anna says:" over "3 December 2026 at 18:02", "Jonas sagt:", "Marie dit :").
// An event's title over its date ("Harbour concert" over "12 March 2027, 7 pm") opens no
// comment.
int CommentHeadChars(xmlNode* first) {
  const std::string line = TextOf(first, kCommentLineReadBytes);
  const int line_chars = CountChars(line);
  if (line_chars > kMaxCommentLineChars) return 0;
  if (LooksLikeDateline(line)) {
    for (xmlNode* k = xmlFirstElementChild(first); k != nullptr; k = xmlNextElementSibling(k))
      if (IsNameBesideDate(k)) return line_chars;
    return 0;
  }
  xmlNode* date = xmlNextElementSibling(first);
  if (date == nullptr || !TrimAscii(line).ends_with(':') || !IsNameBesideDate(first)) return 0;
  const std::string date_line = TextOf(date, kCommentLineReadBytes);
  const int date_chars = CountChars(date_line);
  return date_chars <= kMaxCommentLineChars && LooksLikeDateline(date_line)
             ? line_chars + date_chars
             : 0;
}

// The characters of the signature that closes a comment at element `last`, 0 when it closes
// none: a short line with a date, opened by a dash and the commenter's name before a comma
// ("— Anna, 12. März 2019", "– Tom Price, 3 December 2026 at 21:15"). An event's place and
// date closing its entry ("Town hall, 12 March 2027") open with no dash.
int CommentSignatureChars(const xmlNode* last) {
  const std::string line = TextOf(last, kCommentLineReadBytes);
  std::string_view t = TrimAscii(line);
  const size_t before = t.size();
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "- "}) {  // — – -
    if (!t.starts_with(dash)) continue;
    t.remove_prefix(dash.size());
    break;
  }
  if (t.size() == before) return 0;
  const int line_chars = CountChars(line);
  const size_t comma = t.find(',');
  return line_chars <= kMaxCommentLineChars && comma != std::string_view::npos &&
                 IsNameBesideDate(TrimAscii(t.substr(0, comma))) && LooksLikeDateline(line)
             ? line_chars
             : 0;
}

// Whether element `n` has text (an avatar's image before a comment's head has none): a
// text node other than white space, outside scripts, styles and ruby text (what TextOf
// reads), found without gathering it.
bool HasText(const xmlNode* n, int depth = 0) {
  constexpr int kMaxTextDepth = 64;  // GatherText's
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr && !TrimAscii(Str(c->content)).empty()) return true;
    } else if (c->type == XML_ELEMENT_NODE && depth < kMaxTextDepth) {
      const Tag t = TagOf(c->name);
      if (t != Tag::kScript && t != Tag::kStyle && t != Tag::kJunk && t != Tag::kRubyText &&
          HasText(c, depth + 1))
        return true;
    }
  }
  return false;
}

// The first element child of `n` with text, nullptr when none.
xmlNode* FirstTextChild(xmlNode* n) {
  xmlNode* k = xmlFirstElementChild(n);
  while (k != nullptr && !HasText(k)) k = xmlNextElementSibling(k);
  return k;
}

// The next element sibling of `n` with text, nullptr when none.
xmlNode* NextTextSibling(xmlNode* n) {
  xmlNode* k = xmlNextElementSibling(n);
  while (k != nullptr && !HasText(k)) k = xmlNextElementSibling(k);
  return k;
}

// Whether list item `li` is a comment: its first element with text (inside the one element
// with text that wraps the item, an <article> or a <div>; an avatar beside it has none)
// opens a comment (CommentHeadChars) or its last one closes it (CommentSignatureChars),
// and the comment's text is more than that line. A quotation closed by its author and
// date (its text opening with a quotation mark: "“We danced there ...”" over "— Margaret
// Doyle, 12 August 1987") is no comment.
bool IsCommentItem(xmlNode* li) {
  constexpr int kMinCommentChars = 40;
  xmlNode* first = FirstTextChild(li);
  for (int level = 0; first != nullptr && level < 2 && NextTextSibling(first) == nullptr; ++level)
    first = FirstTextChild(first);
  if (first == nullptr) return false;
  int line_chars = CommentHeadChars(first);
  if (line_chars == 0 && NextTextSibling(first) != nullptr &&
      !OpensWithQuotationMark(TextOf(first, 16)))
    line_chars = CommentSignatureChars(xmlLastElementChild(first->parent));
  return line_chars > 0 && CountChars(TextOf(li, 1024)) >= line_chars + kMinCommentChars;
}

// Whether list `list` (an <ol> or <ul>) is a comment thread: two or more items, at least
// two thirds of them comments (IsCommentItem), whatever the list's class.
bool IsCommentThread(xmlNode* list) {
  constexpr int kMaxItemsRead = 12;
  int items = 0, comments = 0;
  for (xmlNode* k = xmlFirstElementChild(list); k != nullptr && items < kMaxItemsRead;
       k = xmlNextElementSibling(k)) {
    if (TagOf(k->name) != Tag::kLi) continue;
    ++items;
    if (IsCommentItem(k)) ++comments;
  }
  return comments >= 2 && comments * 3 >= items * 2;
}

// Whether element `item` holds a link or button that answers a comment, its whole text
// one of phrases::kCommentReplyLinks ("Reply", "Antworten", "Répondre", "הגב").
bool HoldsReplyLink(xmlNode* item) {
  constexpr size_t kMaxLinkBytes = 40;
  for (xmlNode* k = xmlFirstElementChild(item); k != nullptr; k = xmlNextElementSibling(k)) {
    if (TagOf(k->name) == Tag::kA || xmlStrEqual(k->name, BAD_CAST "button")) {
      if (phrases::Listed(phrases::kCommentReplyLinks, Lower(TextOf(k, kMaxLinkBytes))))
        return true;
    } else if (HoldsReplyLink(k)) {
      return true;
    }
  }
  return false;
}

// Whether `block` (a <div> or <section>) is a comment thread of blocks rather than of list
// items: of its <div>, <article> and <section> children, two or more, and two thirds of the
// first twelve, are comments (IsCommentItem), and either the heading before it counts the
// comments (IsCommentCountHeading) or two thirds of the comments offer a reply
// (HoldsReplyLink). A live blog's entries, a reporter's name and a time over the news, have
// the comments' head but offer no reply; they are the story. When it is one, sets *first to
// its first comment.
bool IsBlockCommentThread(xmlNode* block, xmlNode** first) {
  constexpr int kMaxItemsRead = 12;
  int items = 0;
  for (xmlNode* k = xmlFirstElementChild(block); k != nullptr && items < kMaxItemsRead;
       k = xmlNextElementSibling(k)) {
    const Tag tag = TagOf(k->name);
    if (tag == Tag::kDiv || tag == Tag::kArticle || tag == Tag::kSection) ++items;
  }
  if (items < 2) return false;
  int read = 0, comments = 0, replies = 0;
  for (xmlNode* k = xmlFirstElementChild(block); k != nullptr && read < items;
       k = xmlNextElementSibling(k)) {
    const Tag tag = TagOf(k->name);
    if (tag != Tag::kDiv && tag != Tag::kArticle && tag != Tag::kSection) continue;
    ++read;
    if (!IsCommentItem(k)) {
      if ((read - comments) * 3 > items) return false;
      continue;
    }
    if (comments++ == 0) *first = k;
    if (HoldsReplyLink(k)) ++replies;
  }
  return comments >= 2 &&
         (IsCommentCountHeading(xmlPreviousElementSibling(block)) || replies * 3 >= comments * 2);
}

// The element with text right beside `c` (its next sibling when `next`, else its previous
// one), with only spaces, a separator ("|", "·", "•", "-", "–", "—", ",") or elements
// without text (an icon's empty `<i>`) between them; nullptr when other text or no element
// stands there.
const xmlNode* ElementBeside(const xmlNode* c, bool next) {
  static constexpr std::string_view kSeparators[] = {"|",      "\u00B7", "\u2022", "-",
                                                     "\u2013", "\u2014", ","};
  for (const xmlNode* s = next ? c->next : c->prev; s != nullptr; s = next ? s->next : s->prev) {
    if (s->type == XML_ELEMENT_NODE) {
      if (HasText(s)) return s;
      continue;
    }
    if (s->type != XML_TEXT_NODE || s->content == nullptr) continue;
    const std::string between = CollapseSpace(NbspToSpace(Str(s->content)));
    if (!between.empty() &&
        std::find(std::begin(kSeparators), std::end(kSeparators), between) == std::end(kSeparators))
      return nullptr;
  }
  return nullptr;
}

// Whether `n` holds no person's name by its links: a link to a tag or category inside or
// on it (rel="tag", rel="category tag": a post's section, as blogs print it beside the
// date), or more than one link (a share bar's "X Facebook LINE"). Counts into `links`.
bool HasNoNameLinks(const xmlNode* n, int& links, int depth = 0) {
  constexpr int kMaxDepth = 4;
  if (const char* rel = Attr(n, "rel");
      rel != nullptr && (ContainsWord(rel, "tag") || ContainsWord(rel, "category")))
    return true;
  if (TagOf(n->name) == Tag::kA && ++links > 1) return true;
  for (const xmlNode* c = n->children; c != nullptr && depth < kMaxDepth; c = c->next)
    if (c->type == XML_ELEMENT_NODE && HasNoNameLinks(c, links, depth + 1)) return true;
  return false;
}

// The name a byline element prints beside its role or outlet and place in an element of
// their own ("<span>Amira Hassan</span><span>BBC News, Cardiff</span>"; IsRoleBesideName),
// else "". The element, or its only child however deep (up to four levels), holds the name's
// element first and the role's right after it, only spaces beside them.
std::string NameBesideRole(const xmlNode* n) {
  constexpr int kMaxDepth = 4;
  // The first two element children of `n`, or nullptr where text not blank stands first or
  // between them.
  const auto first_two = [](const xmlNode* n) {
    std::pair<const xmlNode*, const xmlNode*> found{nullptr, nullptr};
    for (const xmlNode* k = n->children; k != nullptr && found.second == nullptr; k = k->next) {
      if (k->type == XML_TEXT_NODE && k->content != nullptr &&
          !CollapseSpace(NbspToSpace(Str(k->content))).empty())
        return std::pair<const xmlNode*, const xmlNode*>{nullptr, nullptr};
      if (k->type != XML_ELEMENT_NODE) continue;
      (found.first == nullptr ? found.first : found.second) = k;
    }
    return found;
  };
  for (int depth = 0; depth <= kMaxDepth; ++depth) {
    const auto [name, role] = first_two(n);
    if (name == nullptr) return "";
    if (role == nullptr) {
      n = name;  // the only child: look inside it
      continue;
    }
    std::string text = TextOf(name, 200, /*fields=*/true);
    return IsRoleBesideName(text, TextOf(role, 200, /*fields=*/true)) ? text : "";
  }
  return "";
}

constexpr int kMaxDateBesideNameChars = 60;

// Whether element `c` of tag `tag` may print a person's name: no heading, no links to a tag
// or category, not several links (HasNoNameLinks).
bool MayHoldName(const xmlNode* c, Tag tag) {
  int links = 0;
  return !(tag >= Tag::kH1 && tag <= Tag::kH6) && !HasNoNameLinks(c, links);
}

// Whether element `c`, whose text is `text`, is a person's name alone in its element
// (LooksLikeCasedName: two to four capitalized words, no digit) right beside an element
// that holds a date and little else (LooksLikeDateline, under 60 characters), before or
// after it: an info line's `<span>Jana Nováková</span> <span>4. 12. 2026 9:15</span>`
// without a byline's label. A heading is no name, nor are links to a tag or category
// ("Deutsche Sprache" of a blog's `<a rel="category tag">`) or several links
// (HasNoNameLinks).
bool IsBylineNameBesideDate(const xmlNode* c, Tag tag, const std::string& text) {
  if (!LooksLikeCasedName(text) || !MayHoldName(c, tag)) return false;
  for (bool next : {true, false}) {
    const xmlNode* s = ElementBeside(c, next);
    if (s == nullptr) continue;
    const std::string date = TextOf(s, 200, /*fields=*/true);
    if (CountChars(date) < kMaxDateBesideNameChars && LooksLikeDateline(date)) return true;
  }
  return false;
}

// The name that element `c`, whose text is `text`, prints before a comma and a date, in
// one element and without a byline's label ("Anna Wiśniewska, 4 grudnia 2026, 12:10"): the
// guards of IsBylineNameBesideDate, the date under 60 characters, no weekday's two words for
// the name (phrases::kWeekdayOpeners: "Thứ Bảy, 5/12/2026"); "" when none.
std::string BylineNameBeforeCommaDate(const xmlNode* c, Tag tag, const std::string& text) {
  const size_t comma = text.find(',');
  if (comma == std::string::npos) return "";
  std::string name = CollapseSpace(std::string_view(text).substr(0, comma));
  const std::string_view date = std::string_view(text).substr(comma + 1);
  if (CountChars(date) >= kMaxDateBesideNameChars || !LooksLikeCasedName(name) ||
      phrases::Listed(phrases::kWeekdayOpeners, Lower(name.substr(0, name.find(' ')))) ||
      !LooksLikeDateline(date) || !MayHoldName(c, tag))
    return "";
  return name;
}

// The sibling beside `c` (the next when `next`, else the previous) past spaces and `<br>`s,
// and in `broken` whether a `<br>` or the parent's edge stands right beside `c`; nullptr at
// the parent's edge.
const xmlNode* PastLineBreaks(const xmlNode* c, bool next, bool& broken) {
  broken = false;
  for (const xmlNode* s = next ? c->next : c->prev; s != nullptr; s = next ? s->next : s->prev) {
    const bool space =
        s->type == XML_TEXT_NODE &&
        (s->content == nullptr || CollapseSpace(NbspToSpace(Str(s->content))).empty());
    if (space || s->type == XML_COMMENT_NODE) continue;
    if (s->type != XML_ELEMENT_NODE || TagOf(s->name) != Tag::kBr) return s;
    broken = true;
  }
  broken = true;
  return nullptr;
}

// Whether element `c`, whose text is `text`, is a person's name alone on its line in an
// inline element of emphasis (`<i>`, `<em>`, `<b>`, `<strong>`, `<small>`, `<cite>`): a
// cased name (LooksLikeCasedName), a `<br>` or its parent's edge on both sides, no picture
// on either side past them (a portrait's caption) and no name links (MayHoldName): an old
// site's unlabelled `<I>Anna Wiśniewska</I><BR><BR>` between its standfirst and its body.
// One of the lines of a run its parent holds: alone in its own paragraph, a bold line is a
// subheading as often ("<p><strong>Key Points</strong></p>").
bool IsEmphasizedNameAloneOnLine(const xmlNode* c, Tag tag, const std::string& text) {
  static constexpr std::string_view kEmphasis[] = {"i", "em", "b", "strong", "small", "cite"};
  const std::string name = Lower(Str(c->name));
  if (tag != Tag::kOther ||
      std::find(std::begin(kEmphasis), std::end(kEmphasis), name) == std::end(kEmphasis) ||
      !LooksLikeCasedName(text) || !MayHoldName(c, tag))
    return false;
  bool alone_in_parent = true;
  for (bool next : {true, false}) {
    bool broken = false;
    const xmlNode* s = PastLineBreaks(c, next, broken);
    if (!broken || (s != nullptr && s->type == XML_ELEMENT_NODE && TagOf(s->name) == Tag::kImg))
      return false;
    alone_in_parent = alone_in_parent && s == nullptr;
  }
  return !alone_in_parent;
}

// The line of bare text that `<br>` `br` opens, collapsed: its text and inline elements'
// (`<b>`, `<a>`, `<time>` ...) up to the next `<br>`, block or the parent's end, at most
// 200 bytes: "Von Markus Eberle" of `<B>...</B><BR>Von Markus Eberle<BR><BR>`, a line no
// element of its own holds. "" when an element starts it (that element is read itself).
std::string LineAfterBreak(const xmlNode* br) {
  constexpr size_t kMaxBytes = 200;
  std::string line;
  for (const xmlNode* s = br->next; s != nullptr && line.size() < kMaxBytes; s = s->next) {
    if (s->type == XML_TEXT_NODE && s->content != nullptr) {
      line += Str(s->content);
    } else if (s->type == XML_ELEMENT_NODE) {
      const Tag t = TagOf(s->name);
      if (t == Tag::kBr || IsBlockLevel(t) || t == Tag::kScript || t == Tag::kStyle ||
          t == Tag::kJunk)
        break;
      if (CollapseSpace(NbspToSpace(line)).empty()) return "";
      line += ' ' + TextOf(s, kMaxBytes, /*fields=*/true) + ' ';
    }
  }
  return CollapseSpace(NbspToSpace(line));
}

class Pass1 {
 public:
  Pass1(std::vector<Element>& els, Meta& meta, bool page_has_h1)
      : els_(els), meta_(meta), page_has_h1_(page_has_h1) {}

  void Run(xmlNode* root) {
    Visit(root, -1, 0, false);
    KeepStoryCaptions();
    for (int id : date_elements_) meta_.date_in_page_header.push_back(InPageHeader(id));
    for (const auto& [id, text] : above_headline_dates_)
      if (!InPageHeader(id)) meta_.headline_dates.push_back(text);
    // An unlabelled name that the page's menus or breadcrumb show is a section's
    // ("Lokales Berlin | 05.12.2026"), not a reporter's.
    if (meta_.headline_byline_unlabelled && NamesAMenuLink(meta_, meta_.headline_bylines.front())) {
      meta_.headline_bylines.clear();
      meta_.headline_byline_unlabelled = false;
    }
  }

 private:
  // A photo essay's captions are its story: when three or more captions (<figcaption>) of
  // kMinStoryCaptionChars or more hold more text than the page's prose outside them and
  // a quarter of all its text, they are text, not furniture; an element in them opened by
  // a photo credit ("Foto: ...", "©", "Photograph: ..."; phrases::kCredits) stays furniture. An
  // article's captions beside its paragraphs are a small share of its prose.
  void KeepStoryCaptions() {
    constexpr int kMinStoryCaptionChars = 80;
    constexpr int kMinStoryCaptions = 3;
    constexpr int kMinShareOfPage = 4;  // one part in four of the page's text
    constexpr int kMaxCreditChars = 60;
    int captions = 0, caption_chars = 0, caption_prose = 0, page_chars = 0, page_prose = 0;
    for (const Element& e : els_) {
      if (e.parent < 0) {
        page_chars += e.raw_chars;
        page_prose += e.prose_chars;
      }
      if (e.tag != Tag::kFigcaption || e.raw_chars < kMinStoryCaptionChars) continue;
      ++captions;
      caption_chars += e.raw_chars;
      caption_prose += e.prose_chars;
    }
    if (captions < kMinStoryCaptions || caption_chars <= page_prose - caption_prose ||
        caption_chars * kMinShareOfPage < page_chars)
      return;
    for (size_t i = 0; i < els_.size(); ++i) {
      Element& e = els_[i];
      if (e.tag != Tag::kFigcaption || e.raw_chars < kMinStoryCaptionChars) continue;
      e.junk = Junk::kNone;
      for (int k = static_cast<int>(i) + 1; k < e.end; ++k)
        if (els_[k].raw_chars <= kMaxCreditChars &&
            StartsWithAny(Lower(TextOf(els_[k].node, size_t{2} * kMaxCreditChars)),
                          phrases::kCredits))
          els_[k].junk = Junk::kAlways;
    }
  }

  // Adds the raw chars of the node list starting at `n` (and their subtrees) to `parent`.
  void Visit(xmlNode* n, int parent, int depth, bool in_head) {
    for (xmlNode* c = n; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content != nullptr && parent >= 0 && !in_head) {
          int n_chars = CountChars(Str(c->content));
          els_[parent].raw_chars += n_chars;
          if (prose_depth_ > 0) {
            els_[parent].prose_chars += n_chars;
            prose_seen_ += n_chars;
          }
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
    // A custom element is a block (sites set their <story-body> and <x-paragraph> as
    // blocks) unless it stands in a line: in a paragraph, a heading, a link or an inline
    // element, or beside text of its parent's ("financé par la <x-term>...</x-term>
    // pendant deux ans").
    if (e.tag == Tag::kCustom &&
        (prose_depth_ > 0 || (parent >= 0 && InLine(els_[parent].tag)) || BesideText(c)))
      e.tag = Tag::kOther;
    Tag tag = e.tag;
    const char* cls = Attr(c, "class");
    const char* idattr = Attr(c, "id");
    e.hints = ClassHints(cls, idattr);
    // A custom element's name is chosen like a class ("<consent-banner>", "<share-buttons>",
    // "<story-body>"): its words are class words.
    if (tag == Tag::kCustom) e.hints |= ClassHints(Str(c->name), nullptr);
    e.embedded_post = IsEmbeddedPost(c, tag, cls);
    if (IsPageRoot(tag) || e.embedded_post) e.hints = 0;
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
    if (tag == Tag::kA && IsNoteMarker(c, Attr(c, "href"))) e.junk = Junk::kAlways;
    if (HeadingLevel(tag) >= 2 && IntroducesWritingForm(c)) e.junk = Junk::kAlways;
    if ((tag == Tag::kP || tag == Tag::kDiv) && e.junk == Junk::kNone && IsWritingFormIntro(c))
      e.junk = Junk::kAlways;
    // A list right after a heading counting the comments ("35 Comments" over an <ol>) is
    // the comments, whatever its class and however long the thread.
    // So is a list of comments after the post's paragraphs (each item opened by a name and a
    // date), though no heading counts it.
    if ((tag == Tag::kOl || tag == Tag::kUl) && e.junk == Junk::kNone &&
        (IsCommentCountHeading(xmlPreviousElementSibling(c)) ||
         (prose_seen_ >= kMinProseBeforeThread && IsCommentThread(c))))
      e.junk = Junk::kAlways;
    // The answers of a forum's thread (the elements after its opening post) are no text.
    if (c->parent == forum_thread_ && forum_answers_seen_) e.junk = Junk::kAlways;
    if (c == forum_opening_post_) forum_answers_seen_ = true;
    // The same thread set in <div>s, each comment a block of its own: under a story, the
    // thread; right under the page's headline, a forum's thread, whose opening post is the
    // text and whose answers are not.
    if ((tag == Tag::kDiv || tag == Tag::kSection) && e.junk == Junk::kNone) {
      const bool under_headline =
          prose_at_h1_ >= 0 && prose_seen_ - prose_at_h1_ < kMinProseBeforeThread;
      xmlNode* first = nullptr;
      if ((under_headline || prose_seen_ >= kMinProseBeforeThread) &&
          IsBlockCommentThread(c, &first)) {
        if (under_headline) {
          forum_thread_ = c;
          forum_opening_post_ = first;
          forum_answers_seen_ = false;
        } else {
          e.junk = Junk::kAlways;
        }
      }
    }
    // A heading counting the comments that opens its element ("Responses (36)" over the
    // responses): the element is the comment section, whatever its class, however long
    // the thread and though each comment is an <article>. So is one naming them without a
    // count ("Comments", "دیدگاه‌ها") after the story's prose.
    if (HeadingLevel(tag) >= 2 && parent >= 0 && els_[parent].junk == Junk::kNone &&
        !els_[parent].article_marker && els_[parent].tag != Tag::kBody &&
        xmlFirstElementChild(c->parent) == c &&
        (IsCommentCountHeading(c) || (prose_seen_ >= kMinProseBeforeThread && NamesTheComments(c))))
      els_[parent].junk = Junk::kAlways;
    if (e.junk == Junk::kNone) {
      const char* aria_hidden = Attr(c, "aria-hidden");
      if (Attr(c, "hidden") != nullptr || IsHiddenStyle(Attr(c, "style")) || IsHiddenClass(cls)) {
        e.junk = Junk::kHidden;
      } else if (RoleIsOneOf(role, kDialogRoles)) {
        e.junk = Junk::kDialog;
      } else if (RoleIsOneOf(role, kJunkRoles) ||
                 (aria_hidden != nullptr && std::strcmp(aria_hidden, "true") == 0)) {
        e.junk = Junk::kStructural;
      }
    }
    // The author's microdata (`itemprop="author"`, `itemtype=".../Person"`): a byline or an
    // author box, never the body.
    if (e.junk == Junk::kNone && ((itemprop != nullptr && ContainsWord(itemprop, "author")) ||
                                  ContainsWord(Attr(c, "itemtype"), "schema.org/person")))
      e.junk = Junk::kStructural;
    if (IsPageRoot(tag)) e.junk = Junk::kNone;

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
    // The headline a forum's thread follows (prose_at_h1_).
    if (tag == Tag::kH1 && !e.in_negative && e.junk == Junk::kNone) prose_at_h1_ = prose_seen_;
    // A hidden element's own lines are no visible byline nor dateline, as its children's are not.
    CollectMeta(c, tag, itemprop, cls, idattr,
                e.in_negative || (e.hints & kHintStrongNegative) || e.junk == Junk::kHidden);

    bool prose = tag == Tag::kP || tag == Tag::kBlockquote || tag == Tag::kPre;
    if (prose) ++prose_depth_;
    const bool navigation = IsNavigation(tag, role, cls, idattr);
    if (navigation) ++navigation_depth_;
    if (tag != Tag::kScript && tag != Tag::kStyle) Visit(c->children, id, depth + 1, head);
    if (prose) --prose_depth_;
    if (navigation) --navigation_depth_;
    Element& e2 = els_[id];  // els_ may have grown
    e2.end = static_cast<int>(els_.size());
    if (e2.article_marker) e2.has_marker_inside = true;
    // A container of an empty text field with a few short lines, set among a story's
    // paragraphs (after kMinProseBeforeFieldBox characters of prose in its parent), is a
    // sign-up box (a newsletter's call without a <form>), whatever its class. Boxes of a
    // page's header or menus have no prose before them in their parent.
    if (IsTextField(c)) e2.holds_text_field = true;
    if (e2.holds_text_field && e2.junk == Junk::kNone && IsFieldBoxTag(tag) &&
        e2.raw_chars <= kMaxFieldBoxChars && parent >= 0 &&
        els_[parent].prose_chars >= kMinProseBeforeFieldBox)
      e2.junk = Junk::kAlways;
    if (parent >= 0) {
      Element& p = els_[parent];
      // Text that is never text (a <select>'s options, a button's label, an iframe's
      // fallback) is not the page's: a sign-up form listing 250 countries wraps no page.
      if (e2.tag != Tag::kJunk) {
        p.raw_chars += e2.raw_chars;
        p.prose_chars += e2.prose_chars;
      }
      if (e2.has_marker_inside) p.has_marker_inside = true;
      if (e2.holds_text_field) p.holds_text_field = true;
    }
  }

  // The element CollectMeta reads: the last one numbered (its children come after it).
  int ElementNow() const { return static_cast<int>(els_.size()) - 1; }

  void CollectMeta(xmlNode* c, Tag tag, const char* itemprop, const char* cls, const char* idattr,
                   bool in_negative) {
    if (elements_after_h1_ == 0 && !in_negative) NoteDatelineAboveHeadline(c, tag);
    // The reach ends at the second date, or later when no byline was seen: an info line's
    // date and byline in elements of their own ("<span>date</span> <span>by: name</span>").
    if (elements_after_h1_ > 0 && elements_after_h1_ <= kHeadlineDateReach && !in_negative &&
        (meta_.headline_dates.size() < 2 || meta_.headline_bylines.empty())) {
      ++elements_after_h1_;
      std::string t = TextOf(c, 200, /*fields=*/true);
      int n = CountChars(t);
      // "Von Jonas Weber · 04.12.2026, 17:05 Uhr" in an element no class marks as a byline,
      // a labelled part of an info line ("... 来源：江南网　作者：王磊"), or a reporter's
      // line before the first paragraph ("记者 王晓梅 通讯员 陈立", ReporterSignOffName; after
      // it, the sign-off closing a short body is TakeReporterSignOff's).
      constexpr int kMaxHeadlineBylineWords = 12;
      // A newsroom's name or formula there ("Na Mwandishi Wetu, Arusha • Desemba 5, 2026",
      // "Von unserem Korrespondenten") is the line's byline too, names no reporter; so is a
      // cased name before a date without a label ("Petr Novák | 5. prosince 2026 10:15").
      // The line is read collapsed: an element whose markup is indented (a thread of
      // comments) is more than its first 200 bytes, its first commenter's "Name · date".
      // A line of bare text after a `<br>` before the body ("<BR>Von Markus Eberle<BR>") is
      // read for a labelled byline, a desk's formula or a reporter's line only.
      const bool text_line = tag == Tag::kBr;
      const std::string line = !meta_.headline_bylines.empty() ? ""
                               : text_line ? (body_begun_ ? "" : LineAfterBreak(c))
                                           : CollapsedTextOf(c, 200, /*fields=*/true);
      const int line_chars = CountChars(line);
      if (line_chars >= 4 && line_chars < 100 &&
          (!EndsLikeSentence(line) || EndsWithReadingTime(line)) &&
          CountFieldWords(line) <= kMaxHeadlineBylineWords) {
        if (std::string desk = DeskBylineName(line); !desk.empty())
          meta_.headline_bylines.push_back(std::move(desk));
        else if (std::string part = BylineLabelledPart(line); !part.empty())
          meta_.headline_bylines.push_back(std::move(part));
        else if (std::string reporter = paragraph_seen_ ? "" : ReporterSignOffName(line);
                 !reporter.empty())
          meta_.headline_bylines.push_back(std::move(reporter));
        else if (std::string name = text_line ? "" : NameBeforeDate(line); !name.empty()) {
          meta_.headline_bylines.push_back(std::move(name));
          meta_.headline_byline_unlabelled = true;
        } else if (!text_line && !body_begun_ &&
                   (IsBylineNameBesideDate(c, tag, line) ||
                    // A name alone on its line in emphasis (no comma: no name before a
                    // comma and a date either, below).
                    IsEmphasizedNameAloneOnLine(c, tag, line))) {
          meta_.headline_bylines.push_back(line);
          meta_.headline_byline_unlabelled = true;
        } else if (std::string named =
                       text_line || body_begun_ ? "" : BylineNameBeforeCommaDate(c, tag, line);
                   !named.empty()) {
          meta_.headline_bylines.push_back(std::move(named));
          meta_.headline_byline_unlabelled = true;
        }
        if (!meta_.headline_bylines.empty())
          meta_.headline_byline_time = std::string(ClosingClockTime(line));
      }
      // A relative date ("2 hours ago") only before the body's first paragraph: after it,
      // "today" is in the headlines of link lists.
      constexpr int kMinBodyParagraphChars = 80;
      const bool paragraph = tag == Tag::kP && n >= kMinBodyParagraphChars;
      if (n >= 6 && n < 100 && meta_.headline_dates.size() < 2 &&
          (LooksLikeDateline(t) || (!body_begun_ && n < 40 && IsRelativeDate(t))))
        meta_.headline_dates.push_back(std::move(t));
      body_begun_ = body_begun_ || paragraph;
      paragraph_seen_ = paragraph_seen_ || (tag == Tag::kP && n > 0);
    }
    // A page without <h1> sets its headline in large type (`<font size=5><b>`), before the
    // paragraphs of its body (after them, large type is a box's title: "Related stories").
    constexpr int kMaxProseBeforeStyledHeadline = 200;
    if (!page_has_h1_ && elements_after_h1_ == 0 && !in_negative &&
        prose_seen_ < kMaxProseBeforeStyledHeadline && IsTitleStyled(c)) {
      constexpr int kMinStyledHeadlineChars = 10, kMaxStyledHeadlineChars = 200;
      std::string t = TextOf(c, 1000);
      const int n = CountChars(t);
      if (n >= kMinStyledHeadlineChars && n <= kMaxStyledHeadlineChars) TakeHeadline(t);
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
          ParseJsonLd(body, meta_.ld);
        }
        break;
      }
      case Tag::kImg:
        for (const char* name : {"alt", "title"}) {
          const char* v = Attr(c, name);
          if (v == nullptr) continue;
          std::string t = CollapseSpace(NbspToSpace(v));
          constexpr size_t kMaxImageTexts = 200;
          if (CountWords(t) >= 3 && meta_.image_texts.size() < kMaxImageTexts)
            meta_.image_texts.push_back(std::move(t));
        }
        break;
      case Tag::kA: {
        constexpr size_t kMaxRootLinks = 8;
        constexpr int kMaxRootLinkChars = 80;
        constexpr size_t kMaxRootLinkElements = 32;
        const char* href = Attr(c, "href");
        constexpr size_t kMaxNavigationLinks = 300;
        constexpr int kMaxNavigationLinkChars = 60;
        if (href != nullptr && navigation_depth_ > 0 &&
            meta_.navigation_link_texts.size() < kMaxNavigationLinks) {
          std::string t = TextOf(c, 200);
          const int n = CountChars(t);
          if (n > 0 && n <= kMaxNavigationLinkChars)
            meta_.navigation_link_texts.push_back(std::move(t));
        }
        if (href == nullptr || !IsRootHref(href)) break;
        if (root_links_.size() < kMaxRootLinkElements) root_links_.push_back(ElementNow());
        if (meta_.root_link_texts.size() < kMaxRootLinks) {
          std::string t = TextOf(c, 400);
          // A logo's alt that only says "Home" ("Startseite") names no site: it takes no
          // place from the links after it.
          if (t.empty()) {
            t = FirstImageAlt(c);
            if (phrases::Listed(phrases::kHomeLinkNames, Lower(t))) t.clear();
          }
          const int n = CountChars(t);
          if (n > 0 && n <= kMaxRootLinkChars) meta_.root_link_texts.push_back(std::move(t));
        }
        break;
      }
      case Tag::kH1: {
        // A hidden <h1> (a section's name kept for screen readers and crawlers: "News" over
        // the story's <h1>) is no headline the page shows.
        if (InHidden(ElementNow())) break;
        const bool first = elements_after_h1_ == 0 && !in_negative;
        if (meta_.h1s.size() >= 4 && !first) break;
        std::string t = HeadingTextOf(c);
        if (meta_.logo_h1.empty() && IsLogoHeading(c, t)) meta_.logo_h1 = t;
        if (first) TakeHeadline(t);
        if (meta_.h1s.size() < 4 && !t.empty()) meta_.h1s.push_back(std::move(t));
        break;
      }
      case Tag::kTime: {
        // A <time> in a comment dates the comment, not the page; one holding a duration
        // ("PT15M", a recipe's cooking time) dates nothing. One in a hidden element goes to
        // the hidden lists, read after the dates the page shows.
        const char* dt = Attr(c, "datetime");
        if (InComment(c) || (dt != nullptr && IsIsoDuration(dt))) break;
        const bool hidden = InHidden(ElementNow());
        std::vector<std::string>& datetimes =
            hidden ? meta_.hidden_time_datetimes : meta_.time_datetimes;
        if (dt != nullptr && *dt != '\0' && datetimes.size() < 8) {
          bool pub = Attr(c, "pubdate") != nullptr ||
                     (itemprop != nullptr && ContainsWord(itemprop, "datepublished"));
          std::string v = CollapseSpace(dt);
          if (pub) {
            datetimes.insert(datetimes.begin(), v);
          } else {
            datetimes.push_back(v);
          }
        }
        std::string text = TextOf(c, 200);
        if (text.empty() || DatesATeaser(c)) break;
        if (hidden) {
          if (meta_.hidden_time_texts.size() < 8) meta_.hidden_time_texts.push_back(text);
        } else if (meta_.date_texts.size() < 8) {
          meta_.date_texts.push_back(text);
          date_elements_.push_back(ElementNow());
        }
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
        !IsPageRoot(tag) && (cls != nullptr || idattr != nullptr)) {
      std::string ci = Lower(std::string(cls ? cls : "") + " " + (idattr ? idattr : ""));
      bool byline = !FindAny(ci, kBylineClasses).empty();
      bool date = !FindAny(ci, kDateClasses).empty();
      if ((byline && meta_.byline_texts.size() < 6) || (date && meta_.date_texts.size() < 8)) {
        std::string t = TextOf(c, 400);
        int n = CountChars(t);
        if (n > 0 && n < 100) {
          // A label and a name in elements side by side ("<span>Par</span><span>Marie
          // Dupont</span>") are two words.
          // A name beside its role's element is the name alone.
          if (byline && meta_.byline_texts.size() < 6) {
            std::string name = NameBesideRole(c);
            meta_.byline_texts.push_back(name.empty() ? TextOf(c, 400, /*fields=*/true)
                                                      : std::move(name));
          }
          if (date && meta_.date_texts.size() < 8 && LooksLikeDate(t)) {
            meta_.date_texts.push_back(t);
            date_elements_.push_back(ElementNow());
          }
        }
      }
    }
  }

  // Notes element `c` before the first <h1> when it holds a dateline with a time of day and
  // no block of its own ("۱۴ آذر ۱۴۰۵ - ۱۰:۲۳" in an unclassed item of a news-info list):
  // the article's timestamp when it turns out to stand right above the headline.
  void NoteDatelineAboveHeadline(xmlNode* c, Tag tag) {
    if (tag == Tag::kBody || tag == Tag::kHtml || tag == Tag::kHead || tag == Tag::kScript ||
        tag == Tag::kStyle || tag == Tag::kTitle || tag == Tag::kMeta || tag == Tag::kLink)
      return;
    for (const xmlNode* k = c->children; k != nullptr; k = k->next)
      if (k->type == XML_ELEMENT_NODE && IsBlockLevel(TagOf(k->name))) return;
    std::string t = TextOf(c, 200);
    const int n = CountChars(t);
    if (n < 6 || n >= 100 || !LooksLikeDateline(t)) return;
    DateContext ctx;
    ctx.language_hint = meta_.html_lang;
    Result<ParsedDate> date = ParseDate(t, ctx);
    if (!date.ok() || !date->has_time || date->precision < DatePrecision::kMinute) return;
    const int id = ElementNow();
    // An inline element inside a noted one holds the same line: the innermost is kept.
    for (int a = els_[id].parent; a >= 0; a = els_[a].parent)
      std::erase_if(above_dates_, [&](const auto& d) { return d.first == a; });
    constexpr size_t kMaxNoted = 4;
    if (above_dates_.size() == kMaxNoted) above_dates_.erase(above_dates_.begin());
    above_dates_.emplace_back(id, std::move(t));
  }

  // The element just numbered is the page's headline, its text `t`: the elements after it
  // are read for its dateline and byline.
  void TakeHeadline(const std::string& t) {
    elements_after_h1_ = 1;
    first_h1_ = ElementNow();
    meta_.headline = t;
    KeepDatelinesBesideHeadline();
  }

  // At the first <h1>: the noted datelines that end at most kAboveReach elements before it
  // and share a wrapper with it within kLevels levels (a news-info list over the headline,
  // not a top bar's clock) are its datelines; Run sets aside those in the page's header.
  void KeepDatelinesBesideHeadline() {
    constexpr int kAboveReach = 4, kLevels = 3;
    const auto holds_headline = [&](int a) {
      for (int h = els_[first_h1_].parent; h >= 0; h = els_[h].parent)
        if (h == a) return true;
      return false;
    };
    for (auto& [id, text] : above_dates_) {
      if (first_h1_ - els_[id].end > kAboveReach) continue;
      int a = els_[id].parent;
      for (int level = 1; level < kLevels && a >= 0 && !holds_headline(a); ++level)
        a = els_[a].parent;
      if (a >= 0 && holds_headline(a) && !IsPageRoot(els_[a].tag))
        above_headline_dates_.emplace_back(id, std::move(text));
    }
    above_dates_.clear();
  }

  // Whether element `id` or one of its ancestors is hidden (Junk::kHidden).
  bool InHidden(int id) const {
    for (int a = id; a >= 0; a = els_[a].parent)
      if (els_[a].junk == Junk::kHidden) return true;
    return false;
  }

  // Whether element `id` stands in the page's header, above the headline: outside the
  // article marker, before the first <h1>, within two levels of an element that is a
  // <header> or holds a link to the site's root (the logo, a "Home" link) and does not hold
  // the first <h1> (a site's header, not the article's).
  bool InPageHeader(int id) const {
    constexpr int kLevels = 2;
    if (first_h1_ < 0 || id > first_h1_ || els_[id].in_marker) return false;
    int a = els_[id].parent;
    for (int level = 0; level < kLevels && a >= 0; ++level, a = els_[a].parent) {
      const Element& e = els_[a];
      if (IsPageRoot(e.tag) || e.article_marker) return false;
      if (InSubtree(els_, a, first_h1_)) return false;
      if (e.tag == Tag::kHeader) return true;
      for (int r : root_links_)
        if (r != a && InSubtree(els_, a, r) && !InSubtree(els_, id, r)) return true;
    }
    return false;
  }

  // How many elements after the first <h1> are searched for a dateline.
  static constexpr int kHeadlineDateReach = 12;

  std::vector<Element>& els_;
  Meta& meta_;
  const bool page_has_h1_;  // else the first line styled as a title is the headline
  int prose_depth_ = 0;
  // Characters of paragraphs read so far, in document order: a comment thread follows the
  // post's.
  int prose_seen_ = 0;
  static constexpr int kMinProseBeforeThread = 200;
  // prose_seen_ at the last <h1> outside boilerplate, -1 before one: a thread of comments
  // with less prose than kMinProseBeforeThread since is a forum's, no story's (its opening
  // post is the page's text).
  int prose_at_h1_ = -1;
  // The forum's thread being read, its opening post, and whether the answers began (the
  // elements after the opening post among the thread's children).
  const xmlNode* forum_thread_ = nullptr;
  const xmlNode* forum_opening_post_ = nullptr;
  bool forum_answers_seen_ = false;
  int navigation_depth_ = 0;        // menus and breadcrumb trails (IsNavigation) around the element
  int elements_after_h1_ = 0;       // 0 until the first <h1>, then 1 + elements seen since
  bool body_begun_ = false;         // a paragraph of the body was among them
  bool paragraph_seen_ = false;     // a <p> with text was among them
  int first_h1_ = -1;               // the element of the first <h1> outside boilerplate
  std::vector<int> root_links_;     // the first links to the site's root (IsRootHref)
  std::vector<int> date_elements_;  // the element of each of meta_.date_texts
  // Datelines with a time before the first <h1> (NoteDatelineAboveHeadline), then those
  // beside it (KeepDatelinesBesideHeadline): element and text.
  std::vector<std::pair<int, std::string>> above_dates_, above_headline_dates_;
};

int ElementId(const xmlNode* n) {
  return static_cast<int>(reinterpret_cast<intptr_t>(n->_private)) - 1;
}

class BlockBuilder {
 public:
  // `body_chars` and `body_prose` measure the whole page (see Element).
  BlockBuilder(const std::vector<Element>& els, int body_chars, int body_prose)
      : els_(els), body_chars_(body_chars), body_prose_(body_prose) {
    for (const Element& e : els_)
      if (e.article_marker) marker_chars_ = std::max(marker_chars_, e.raw_chars);
  }

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
    if (e.junk == Junk::kDialog) return !HoldsHeadline(id);
    if (e.junk == Junk::kStructural) return !Big(e, 0.6, 0.7);
    if (e.hints & kHintStrongNegative) return !Big(e, 0.7, 0.4);
    // A form's text tells how to fill it in (sign up, comment, search); a form that wraps
    // the page (ASP.NET) holds much of its text and stays.
    if (e.tag == Tag::kForm) return !Big(e, 0.35, 0.3);
    // An article's own header holds its standfirst; title and byline lines go later. A
    // header outside the article marker is the article's too when it holds the headline,
    // and a section's when it holds only the section's heading.
    if (e.tag == Tag::kHeader)
      return !e.in_marker && !Big(e, 0.35, 0.3) && !HoldsHeadline(id) && !IsHeadingModule(id);
    // "widget Blog", "post-meta": a content hint outweighs a layout hint.
    if ((e.hints & kHintWeakNegative) && !(e.hints & kHintPositive)) {
      if (HoldsHeadline(id) || IsHeadingModule(id)) return false;
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

  // Whether element `id` is a heading below the headline's rank or holds nothing else (a
  // page builder's heading module: `<div class="j-module j-header"><h3>Haftung</h3></div>`,
  // `<h2 id="cc-m-header-42">`): no layout word removes it; like any heading it stays only
  // before good text, so a sidebar box's title still goes.
  bool IsHeadingModule(int id) const {
    constexpr int kMaxHeadingChars = 200;
    const Element& e = els_[id];
    if (e.raw_chars == 0 || e.raw_chars > kMaxHeadingChars) return false;
    for (int k = id; k < e.end; ++k)
      if (HeadingLevel(els_[k].tag) >= 2) return els_[k].raw_chars == e.raw_chars;
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

  // An image stands at the current position of the text.
  void NoteImage() {
    if (cur_chars_ == 0) image_first_ = true;
    // An image between two blocks is next to both.
    if (cur_chars_ == 0 && !blocks_.empty()) blocks_.back().near_image = true;
    // The first image after the text of a block that opens with none, in the block or
    // right after it.
    if (cur_chars_ > 0)
      image_after_text_ = !image_first_;
    else if (!image_seen_ && !blocks_.empty() && !last_image_first_)
      blocks_.back().over_image = true;
    image_seen_ = true;
  }

  // Whether an <img> stands in `n`'s subtree.
  bool HoldsImage(xmlNode* n) const {
    for (xmlNode* c = n->children; c != nullptr; c = c->next)
      if (c->type == XML_ELEMENT_NODE && c->_private != nullptr &&
          (els_[ElementId(c)].tag == Tag::kImg || HoldsImage(c)))
        return true;
    return false;
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
      // An image shown only to readers without scripts (a lazy-loading page's <noscript>
      // copy) is the image the captions around it describe.
      if (e.tag == Tag::kNoscript && HoldsImage(c)) NoteImage();
      return;
    }
    if (e.tag == Tag::kBr) {
      if (!cur_.empty() && cur_.back() != '\n') cur_.push_back('\n');
      pending_space_ = false;
      // An image, a line break, then the block's text: the text is set under the image.
      if (cur_chars_ == 0 && image_first_) under_image_ = true;
      return;
    }
    if (e.tag == Tag::kImg && !IsSpacerImage(c)) NoteImage();
    // A cell with prose of its own is a layout cell: a block like any other.
    const bool cell = e.tag == Tag::kTd || e.tag == Tag::kTh;
    bool block = IsBlockLevel(e.tag) || (cell && e.raw_chars > kMaxDataCellChars);
    // The parts of a `<time>` are separate words, as in GatherText.
    const bool time_part = e.parent >= 0 && els_[e.parent].tag == Tag::kTime;
    if ((cell || time_part) && !cur_.empty() && cur_.back() != '\n') pending_space_ = true;
    if (block) Flush();
    if (block) stack_.push_back(id);
    int saved_heading = heading_;
    bool saved_li = in_li_, saved_quote = in_quote_, saved_table = in_table_;
    bool saved_pre = in_pre_;
    int saved_group = group_;
    bool saved_beside = beside_;
    // A sidebar, nav or footer kept for its share of the page, beside an article marker
    // with text of its own: its blocks weigh in the container sums but are never text.
    if (e.junk == Junk::kStructural && e.tag != Tag::kNoscript && !e.has_marker_inside &&
        !e.in_marker && marker_chars_ >= kMinMarkerChars)
      beside_ = true;
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
    const int chars_before = cur_chars_;
    if (depth < kMaxDepth) VisitChildren(c, depth + 1);
    if (link) --link_depth_;
    if (cell && !block && cur_chars_ > chars_before) ++cur_cells_;
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
    beside_ = saved_beside;
  }

  void AppendText(const char* s) {
    for (const char* p = s; *p; ++p) {
      auto ch = static_cast<unsigned char>(*p);
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
        if (link_depth_ > 0 && cur_lead_link_chars_ == cur_chars_) cur_lead_link_chars_ += w;
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
      b.lead_link_chars = cur_lead_link_chars_;
      b.owner = stack_.back();
      b.heading = heading_;
      b.in_li = in_li_;
      b.in_quote = in_quote_;
      b.in_table = in_table_;
      b.cells = cur_cells_;
      b.in_pre = in_pre_;
      b.group = group_;
      b.beside_marker = beside_;
      b.under_image = under_image_;
      b.over_image = image_after_text_;
      b.near_image = image_seen_;
      last_image_first_ = image_first_;
      image_seen_ = false;
      blocks_.push_back(std::move(b));
    }
    image_first_ = under_image_ = image_after_text_ = false;
    cur_.clear();
    cur_chars_ = 0;
    cur_link_chars_ = 0;
    cur_lead_link_chars_ = 0;
    cur_cells_ = 0;
    pending_space_ = false;
  }

  // The text of an article marker that makes it the article's (a <main> holding only a
  // search box is none).
  static constexpr int kMinMarkerChars = 200;
  const std::vector<Element>& els_;
  int body_chars_;
  int body_prose_;
  int marker_chars_ = 0;  // the largest article marker's text
  bool beside_ = false;   // inside a structural element beside the article marker
  std::vector<Block> blocks_;
  std::vector<int> stack_;
  std::string cur_;
  int cur_chars_ = 0;
  int cur_link_chars_ = 0;
  int cur_lead_link_chars_ = 0;
  int cur_cells_ = 0;  // data cells with text in the current block
  bool pending_space_ = false;
  bool image_first_ = false;       // the current block opens with an image, before any text
  bool under_image_ = false;       // ... and a line break after it
  bool image_after_text_ = false;  // an image after the current block's text
  bool last_image_first_ = false;  // the last block with text opened with an image
  bool image_seen_ = false;        // an image since the last block with text
  int link_depth_ = 0;
  int heading_ = 0;
  bool in_li_ = false, in_quote_ = false, in_table_ = false, in_pre_ = false;
  int group_ = -1;
};

}  // namespace

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
      // AMP's ad slots, whose fallback text ("Annons") shows when no ad loads
      {"amp-ad", Tag::kJunk},
      {"amp-embed", Tag::kJunk},
      {"amp-sticky-ad", Tag::kJunk},
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
  const char* name = reinterpret_cast<const char*>(name_x);
  auto it = kTags.find(name);
  if (it != kTags.end()) return it->second;
  return std::strchr(name, '-') != nullptr ? Tag::kCustom : Tag::kOther;
}

namespace {

// The bytes of the bidi control character starting `s` (UTF-8), 0 if it starts none: the
// Arabic letter mark U+061C, the marks U+200E and U+200F, the embeddings and overrides
// U+202A..U+202E and the isolates U+2066..U+2069.
size_t BidiControlBytes(std::string_view s) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s.size() >= 2 && b(0) == 0xD8 && b(1) == 0x9C) return 2;
  if (s.size() < 3 || b(0) != 0xE2) return 0;
  if (b(1) == 0x80 && (b(2) == 0x8E || b(2) == 0x8F || (b(2) >= 0xAA && b(2) <= 0xAE))) return 3;
  if (b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9) return 3;
  return 0;
}

// Whether `s` holds a bidi control: their first bytes (E2, D8) are looked for with memchr,
// which skips the text between them many bytes at a time.
bool HasBidiControl(std::string_view s) {
  const char* const end = s.data() + s.size();
  for (const char lead : {'\xE2', '\xD8'}) {
    for (const char* p = s.data(); p < end; ++p) {
      p = static_cast<const char*>(std::memchr(p, lead, end - p));
      if (p == nullptr) break;
      if (BidiControlBytes(std::string_view(p, end - p)) > 0) return true;
    }
  }
  return false;
}

// `s` without its bidi control characters; nullopt if it has none.
std::optional<std::string> WithoutBidiControls(std::string_view s) {
  if (!HasBidiControl(s)) return std::nullopt;
  std::optional<std::string> out;
  for (size_t i = 0; i < s.size();) {
    const size_t n = BidiControlBytes(s.substr(i));
    if (n == 0) {
      if (out) out->push_back(s[i]);
      ++i;
      continue;
    }
    if (!out) out.emplace(s.substr(0, i));
    i += n;
  }
  return out;
}

// The node after `n` in document order within `root`'s subtree (an element's first child
// first), nullptr after the last.
xmlNode* NextInTree(xmlNode* n, const xmlNode* root) {
  if (n->type == XML_ELEMENT_NODE && n->children != nullptr) return n->children;
  while (n != root && n->next == nullptr) n = n->parent;
  return n == root ? nullptr : n->next;
}

}  // namespace

void DropBidiControls(xmlNode* root) {
  for (xmlNode* n = root; n != nullptr; n = NextInTree(n, root)) {
    if (n->type == XML_TEXT_NODE && n->content != nullptr) {
      if (std::optional<std::string> clean = WithoutBidiControls(Str(n->content)))
        xmlNodeSetContent(n, reinterpret_cast<const xmlChar*>(clean->c_str()));
    }
  }
}

void UnwrapShadowRootTemplates(xmlNode* root) {
  const auto shadow_root = [](const xmlNode* n) {
    if (!NamedElement(n, "template")) return false;
    for (const xmlAttr* a = n->properties; a != nullptr; a = a->next)
      if (a->name != nullptr && std::string_view(Str(a->name)).starts_with("shadowroot"))
        return true;
    return false;
  };
  xmlNode* n = root;
  while (n != nullptr) {
    if (shadow_root(n)) {
      // The content goes before the template, which is left empty; the walk goes on at
      // the content's first node, so that shadow roots inside it are read too. (A text node
      // set after text is merged into it and freed: the node placed is the one returned.)
      xmlNode* first = nullptr;
      while (xmlNode* k = n->children) {
        xmlUnlinkNode(k);
        xmlNode* placed = xmlAddPrevSibling(n, k);
        if (first == nullptr) first = placed;
      }
      if (first != nullptr) {
        n = first;
        continue;
      }
    }
    n = NextInTree(n, root);
  }
}

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

// Value of attribute `name` (lower-case ASCII) or nullptr when absent.
const char* Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    // The first byte before the call: most of an element's attributes differ there.
    if (a->name != nullptr && Str(a->name)[0] == name[0] && std::strcmp(Str(a->name), name) == 0) {
      if (a->children != nullptr && a->children->content != nullptr)
        return Str(a->children->content);
      return "";
    }
  }
  return nullptr;
}

namespace {

bool IsEmphasis(const xmlNode* n) {
  if (n->name == nullptr) return false;
  std::string_view name = Str(n->name);
  return name == "strong" || name == "b" || name == "em" || name == "i";
}

// Whether every visible character of the subtree under `n` is inside emphasis (`emphasis`:
// `n` is inside it already); `seen` is set when a character is found.
bool AllEmphasised(const xmlNode* n, bool emphasis, bool& seen, int depth = 0) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content == nullptr || CountChars(Str(c->content)) == 0) continue;
      if (!emphasis) return false;
      seen = true;
    } else if (c->type == XML_ELEMENT_NODE && depth < 16) {
      if (!AllEmphasised(c, emphasis || IsEmphasis(c), seen, depth + 1)) return false;
    }
  }
  return true;
}

}  // namespace

bool IsSetApart(const xmlNode* n) {
  const char* align = Attr(n, "align");
  if (align != nullptr && Lower(align) == "right") return true;
  if (const char* style = Attr(n, "style");
      style != nullptr && CompactStyle(style).find("text-align:right") != std::string::npos)
    return true;
  bool seen = false;
  return AllEmphasised(n, IsEmphasis(n), seen) && seen;
}

bool NamesAMenuLink(const Meta& meta, std::string_view name) {
  const std::string key = Lower(name);
  return std::any_of(meta.navigation_link_texts.begin(), meta.navigation_link_texts.end(),
                     [&](const std::string& t) { return Lower(t) == key; });
}

bool IsTitleStyled(const xmlNode* n) {
  const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  for (const char* attr : {"class", "id"}) {
    const char* v = Attr(n, attr);
    if (v == nullptr) continue;
    const std::string l = Lower(v);
    for (size_t i = 0; i < l.size();) {
      size_t end = i;
      while (end < l.size() && alnum(l[end])) ++end;
      if (end > i && IsOneOf(std::string_view(l).substr(i, end - i), kTitleClasses)) return true;
      i = end + 1;
    }
  }
  constexpr double kMinPx = 20, kMinEm = 1.4, kMinPercent = 140;
  constexpr int kMinFontSize = 5;  // <font size>: 5 is 24px
  if (std::strcmp(Str(n->name), "font") == 0) {
    // A size with a sign is relative to the default 3 ("+2" is 5).
    const char* size = Attr(n, "size");
    constexpr int kDefaultFontSize = 3;
    if (size != nullptr && std::atoi(size) + (*size == '+' ? kDefaultFontSize : 0) >= kMinFontSize)
      return true;
  }
  const char* style = Attr(n, "style");
  if (style == nullptr) return false;
  const std::string s = CompactStyle(style);
  const size_t at = s.find("font-size:");
  if (at == std::string::npos) return false;
  const std::string_view value = std::string_view(s).substr(at + 10);
  if (value.starts_with("large") || value.starts_with("x-large") || value.starts_with("xx-large"))
    return true;
  char* unit = nullptr;
  const std::string number(value.substr(0, value.find_first_of(";!")));
  const double size = std::strtod(number.c_str(), &unit);
  const std::string_view u(unit);
  return (u.starts_with("px") && size >= kMinPx) ||
         ((u.starts_with("em") || u.starts_with("rem")) && size >= kMinEm) ||
         (u.starts_with("%") && size >= kMinPercent);
}

bool IsMediaPlayer(const xmlNode* n) {
  for (const char* attr : {"class", "id", "data-component", "data-component-name"}) {
    const char* v = Attr(n, attr);
    if (v != nullptr && !FindAny(Lower(v), class_words::kPlayerClasses).empty()) return true;
  }
  return false;
}

void ReadDom(xmlNode* first, std::vector<Element>& els, Meta& meta, bool page_has_h1) {
  Pass1 pass1(els, meta, page_has_h1);
  pass1.Run(first);
}

namespace {

// An image's alt or title as a caption may repeat it: whole, or from the part before the
// "..." of one cut short (an alt of 120 characters and an ellipsis, the caption whole).
struct ImageText {
  std::string_view whole;
  std::string_view stem;  // the part before the ellipsis; empty when not cut or too short
};

std::vector<ImageText> ImageTexts(const std::vector<std::string>& texts) {
  constexpr size_t kMinCutStemBytes = 20;
  std::vector<ImageText> out;
  out.reserve(texts.size());
  for (std::string_view whole : texts) {
    bool cut = false;
    const std::string_view t = WithoutClosingEllipsis(whole, cut);
    out.push_back({whole, cut && t.size() >= kMinCutStemBytes ? t : std::string_view()});
  }
  return out;
}

// Whether one-line `text` repeats one of `images`.
bool RepeatsImageText(std::string_view text, const std::vector<ImageText>& images) {
  if (text.find('\n') != std::string_view::npos) return false;
  for (const ImageText& image : images)
    if (image.whole == text || (!image.stem.empty() && text.starts_with(image.stem))) return true;
  return false;
}

}  // namespace

std::vector<Block> BuildBlocks(xmlNode* first, const std::vector<Element>& els,
                               const std::vector<std::string>& image_texts) {
  // The whole page's text and prose, which protect big wrappers from their class words.
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
  BlockBuilder builder(els, body_chars, body_prose);
  std::vector<Block> blocks = builder.Build(first);
  // On a gallery the images' texts are the story: captions are a small share of a page.
  const std::vector<ImageText> images = ImageTexts(image_texts);
  int image_chars = 0, chars = 0;
  for (Block& b : blocks) {
    b.image_text = RepeatsImageText(b.text, images);
    if (b.image_text) image_chars += b.chars;
    chars += b.chars;
  }
  constexpr int kMaxCaptionShare = 15;  // percent of the page's text
  if (image_chars * 100 > chars * kMaxCaptionShare)
    for (Block& b : blocks) b.image_text = false;
  return blocks;
}

}  // namespace newsdesk::extract_internal
