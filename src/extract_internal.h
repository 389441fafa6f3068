// Internals of the extract stage shared by its files: extract.cc (Extract: metadata
// choice, main text, page class), extract_dom.{h,cc} (the DOM passes), extract_select.{h,cc}
// (block selection), extract_meta.cc (JSON-LD, URLs, titles), extract_text.cc (the text
// helpers below), extract_page_class.cc, and the lexicon (extract_phrases.{h,cc},
// extract_class_words.{h,cc}). Not a public interface. All functions are pure and
// thread-safe.
#ifndef NEWSDESK_EXTRACT_INTERNAL_H_
#define NEWSDESK_EXTRACT_INTERNAL_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.h"  // CollapseSpace
#include "newsdesk/extract.h"
#include "newsdesk/normalize.h"

namespace newsdesk::extract_internal {

struct Block;    // extract_dom.h
struct Element;  // extract_dom.h

// What a page's JSON-LD blocks say about its article (first non-empty value wins).
struct JsonLdInfo {
  std::string headline;
  std::vector<std::string> authors;
  // Whether every author is typed as an organization ("@type": "Organization",
  // "NewsMediaOrganization", ...; directly or by reference): a newsroom, a portal's provider,
  // no reporter.
  bool authors_are_organizations = false;
  std::string publisher;
  std::string date_published;
  std::string date_modified;
  std::string image;
  std::string description;
  std::string url;
  std::string article_body;
  std::string language;
  // A how-to's or recipe's text (HowTo, Recipe: description, ingredients, the text of each
  // step, one a line, HTML as given): a page that renders it by script has no other.
  std::string steps_body;
};

// Merges one <script type="application/ld+json"> body into `info`. Line breaks and other
// control characters printed raw inside strings are read as escaped; other malformed JSON
// and unexpected shapes are ignored (no exception escapes).
void ParseJsonLd(std::string_view json, JsonLdInfo& info);

// HTML character references (&amp; &#8217; &#x2019; and every HTML 4 name libxml2 knows)
// decoded; an unknown or malformed reference is kept as written. Decoded again while
// `rounds` lasts and something changed.
std::string DecodeEntities(std::string_view s, int rounds = 2);

// JSON-LD articleBody as paragraphs separated by blank lines: HTML character references
// decoded (twice: CMSs often escape the body once more), tags stripped, lines as paragraphs.
std::string ArticleBodyText(std::string_view raw_body);

// `ref`, its whitespace collapsed, resolved against `base` (url.h ResolveUrl); `ref` as
// collapsed when `base` is empty or either does not parse; "" when `ref` is empty.
std::string ResolveUrlRef(std::string_view base, std::string_view ref);

// A date embedded in the URL path (/2026/02/14/, /2026-02-14, /20260214/), as found; "".
std::string UrlDate(std::string_view url);

// `title` without a trailing or leading site name ("Story | Site", "Site - Story"), or a
// trailing separator with no name after it ("Story -": a template's empty site name).
std::string StripSiteFromTitle(std::string_view title, std::string_view site);

// The site's name its logo gives: the first of `root_links` (the text of links to the site's
// root) that is the whole <title> `title_tag` or one side of it split by a site separator
// ("وكالة الأنباء | افتتاح ..." beside a logo link "وكالة الأنباء"), letters and digits
// compared, case aside; "" when none is.
std::string SiteNameOfLogo(std::string_view title_tag, std::span<const std::string> root_links);

// Whether `href` leads to a site's root: "/", an index page ("/index.html"), a host alone
// ("https://example.org/"), or a language edition's root ("/ar", "/pt-br/"); a query or
// fragment aside.
bool IsRootHref(std::string_view href);

// Whether two titles have the same words, in any order (case, spacing and the punctuation
// around words aside: "Kicker: Headline" is "Kicker Headline").
bool SameTitle(std::string_view a, std::string_view b);

// Whether `title` is `head` and more after a separator ("Norddeutschland findet seine
// Meister - Berliner Leichtathletik Verband e.V." opens with "Norddeutschland findet seine
// Meister"), case aside.
bool TitleOpensWith(std::string_view title, std::string_view head);

// Whether `title` is more and then `tail` after a colon or a separator ("Wanderfranzis
// Tourenbuch: Badener Höhe im Winter" closes with "Badener Höhe im Winter"), case aside.
bool TitleClosesWith(std::string_view title, std::string_view tail);

// Whether `text` names the site, not an article: `site` (og:site_name, the publisher, or
// the host: "stadtanzeiger.de" names "Stadtanzeiger"), or the part of the <title>
// `title_tag` that StripSiteFromTitle takes for the site's name ("Story | Site").
// Letters and digits are compared, case aside.
bool IsSiteName(std::string_view text, std::string_view site, std::string_view title_tag);

// Whether `headline` is a fuller form of the title `title`: `title` cut short by an
// ellipsis that `headline` continues ("La mairie annonce un nouveau plan pour les…"), or
// every word of `title` among more words of `headline` (a social title "Bridge closed"
// of "Harbour bridge closed for three weeks after inspectors find cracks").
bool IsFullerHeadline(std::string_view title, std::string_view headline);

// The words of the headings a page shows, as titles are compared (lower case, the
// punctuation around words aside), read once for TitleOfHeading and TitleShownByHeading.
struct HeadingWords {
  explicit HeadingWords(std::span<const std::string> headings);
  // Each heading as the page shows it, space collapsed.
  std::vector<std::string> texts;
  // Each heading's words in the heading's order.
  std::vector<std::vector<std::string>> in_order;
  // The same, each heading's words sorted (SameTitle compares these).
  std::vector<std::vector<std::string>> sorted;
};

// `title` without what stands before or after a site separator ("|", "-", "–", "»", "::",
// ...) around a part the page shows as a heading (one of `headings`, words compared as
// SameTitle does) when the dropped part is no heading and no longer in words: "Blog Archiv
// » Podcasts in Plex einbinden" with the heading "Podcasts in Plex einbinden" gives the
// heading's words, as do "Story | Section" and "Site :: Story"; `title` unchanged when it
// is a heading whole or no such part is.
std::string TitleOfHeading(std::string_view title, const HeadingWords& headings);

// The page's <title> (`title_tag` without the site's name, reduced by TitleOfHeading) in
// place of `title` when a heading shows it (says it, or ends with it after a kicker:
// "Pressemitteilung des Verkehrsamts: Neue Buslinie ...") and `title` shares no word of more
// than three letters with it: a metadata title that is a section's label ("Pressemitteilungen") or
// the site's motto on every page, or an <h1> that is the logo. A <title> of fewer than three words
// never replaces. A <title> that ends with a heading of three words or more after more words
// ("www.bundespraesident.de: Der Bundespräsident / Reden / Rede von Bundespräsident ...",
// "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos") gives that
// heading in place of a `title` that shares no word of more than three letters with it (a
// skip link's <h1> "Navigation und Service", the blog's name). `title` unchanged otherwise.
std::string TitleShownByHeading(std::string_view title, std::string_view title_tag,
                                std::string_view site, const HeadingWords& headings);

// Whether the metadata title `title` is `headline` after a live blog's or ticker's label
// and a separator ("Directo | Elecciones ...", "LIVE: Storm ...", "مباشر | ...";
// phrases::kLiveLabels), words compared as SameTitle does: the headline is the title.
bool IsLabelledHeadline(std::string_view title, std::string_view headline);

// Whether the metadata title `title` is `headline` with the name of the article's provider
// in brackets after it, as a portal credits the paper or agency it took the story from
// ("見出し（信州中央新聞）", "Headline (Reuters)"): a bracketed tail without a digit (a
// film's year, "(updated 3pm)" are the title's). The headline is the title.
bool IsCreditedHeadline(std::string_view title, std::string_view headline);

// The extract files' short name for normalize.h LowerCase (matching against the lexicon).
inline std::string Lower(std::string_view s) { return LowerCase(s); }

// The first of `phrases` that occurs in `text`; "" when none.
std::string_view FindAny(std::string_view text, std::span<const std::string_view> phrases);

// A phrase table indexed by its phrases' first two bytes: Find answers as FindAny does in
// one pass over the text, where FindAny searches the text once per phrase; Opens as
// StartsWithAny does, comparing only the phrases of the text's first two bytes. For the
// large tables asked of every block. Immutable once built (shareable between threads); `phrases`
// must outlive it.
class PhraseIndex {
 public:
  explicit PhraseIndex(std::span<const std::string_view> phrases);
  // FindAny(text, phrases).
  std::string_view Find(std::string_view text) const;
  // StartsWithAny(text, phrases).
  bool Opens(std::string_view text) const;
  // Calls `visit(id)` with the number of each phrase that occurs in `text`, once for each
  // place it occurs at, while `visit` returns true.
  template <class Visit>
  void ForEachOccurrence(std::string_view text, Visit visit) const {
    for (uint32_t id : short_ids_)
      if (text.find(phrases_[id]) != std::string_view::npos && !visit(id)) return;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      const size_t k = Bucket(text[i], text[i + 1]);
      for (uint32_t j = starts_[k]; j < starts_[k + 1]; ++j)
        if (text.substr(i).starts_with(phrases_[ids_[j]]) && !visit(ids_[j])) return;
    }
  }

 private:
  static constexpr int kBucketBits = 10;
  static constexpr size_t kBuckets = size_t{1} << kBucketBits;
  // Fibonacci hashing of a phrase's or a text position's first two bytes.
  static size_t Bucket(char first, char second) {
    const uint32_t pair =
        uint32_t{static_cast<unsigned char>(first)} << 8 | static_cast<unsigned char>(second);
    return (pair * 0x9E3779B1u) >> (32 - kBucketBits);
  }

  std::span<const std::string_view> phrases_;
  // Bucket k holds the phrase numbers ids_[starts_[k]] to ids_[starts_[k + 1] - 1], in
  // table order.
  std::array<uint32_t, kBuckets + 1> starts_{};
  std::vector<uint32_t> ids_;
  std::vector<uint32_t> short_ids_;  // phrases under two bytes, asked of every text
};

// Phrase tables asked of the same text (the boilerplate test's): Occurring tells, for all
// of them in one pass over the text, which have a phrase in it, where FindAny or a
// PhraseIndex per table passes over it once per table. Immutable once built (shareable
// between threads); the tables must outlive it.
class PhraseTables {
 public:
  // At most 32 tables; their empty phrases, which FindAny's callers read as found nowhere,
  // are left out.
  explicit PhraseTables(std::initializer_list<std::span<const std::string_view>> tables);
  PhraseTables(const PhraseTables&) = delete;
  PhraseTables& operator=(const PhraseTables&) = delete;
  // Bit t set when table t (in the constructor's order) has a phrase in `text`:
  // !FindAny(text, table t).empty().
  uint32_t Occurring(std::string_view text) const;

 private:
  // The tables' non-empty phrases, one table after another, and each one's table bit.
  struct Phrases {
    explicit Phrases(std::initializer_list<std::span<const std::string_view>> tables);
    std::vector<std::string_view> phrases;
    std::vector<uint32_t> table_bit;
    uint32_t all = 0;
  };
  explicit PhraseTables(Phrases phrases);

  uint32_t all_ = 0;                       // the bits of all the tables
  std::vector<std::string_view> phrases_;  // the tables' phrases, one table after another
  std::vector<uint32_t> table_bit_;        // the bit of each phrase's table
  PhraseIndex index_;                      // over phrases_ (declared after it)
};

// Whether `text` starts with one of `prefixes`.
bool StartsWithAny(std::string_view text, std::span<const std::string_view> prefixes);

// Non-space code points of UTF-8 text (NBSP counts as space).
int CountChars(std::string_view s);

// `s` with NBSP replaced by a plain space, so that whitespace collapsing sees it.
std::string NbspToSpace(std::string_view s);

// Space-separated words of `s`.
int CountWords(std::string_view s);
// Words of one line of fields, such as a meta line under a headline ("By Jane Doe | Tuesday,
// 1 September 2026 | 14:32"): its space-separated words but the lone separators between
// fields (| / · • - – —).
int CountFieldWords(std::string_view s);

// Whether `t` ends like a sentence in any script: ASCII . ! ? : ; or one of
// phrases::kSentenceEnds, or an emoji, before closing quotes, brackets and spaces; or such
// a sentence closed by a short parenthetical (up to five words: an agency, an author, a
// source: "... 城！（评论员 罗博）", "... المتحدة. (أ ف ب)"); or, in Thai and Lao, which
// write no sentence stop, 40+ characters ending with a letter of the script.
bool EndsLikeSentence(std::string_view t);
// Whether `t` is a running time alone: "2:47", "02:47", "1:02:47", or one with its unit
// (IsDurationWithUnit).
bool IsDuration(std::string_view t);
// Whether `t` is a running time alone with a minute unit (phrases::kMinuteUnits): minutes
// ("2 Min", "3 min.", "4 perc") or a clock form ("01:32 min", "1:02:47 min"). A clock
// form alone ("14:52") may be a live blog's time of day; with the unit it is a length.
bool IsDurationWithUnit(std::string_view t);
// The shape of block text `t` as a track list: five or more lines, each a short title (up
// to eight words, not closed by a full stop) numbered in order from 1 ("01. Girl With A
// Gun", "2) Tenderly (3:45)", "3 - Millionaire 4:02"); kTimed when every line closes with
// its running time (IsDuration), which no article's numbered list (a ranking, a top 100)
// does.
enum class TrackList { kNone, kNumbered, kTimed };
TrackList TrackListShape(std::string_view t);
// Whether `t` ends with a running time set apart by a separator (" | ", " · ", " • "): an
// info line's reading time ("Von Jonas Weber · 1. Dezember 2026 · 31 Min."), whose
// abbreviation's dot closes no sentence.
bool EndsWithReadingTime(std::string_view t);
// `t` without its trailing ASCII whitespace and the ellipses closing it ("...", "…",
// "... …"), trimmed again; `cut` says whether there was one. A view into `t`.
std::string_view WithoutClosingEllipsis(std::string_view t, bool& cut);
// The clock time alone closing info line `t` after a separator ("מאת דנה לוי | 14:30",
// "Von Anna Berg | 14:30 Uhr": "14:30", "14:30 Uhr"); "" when the line ends otherwise or
// prints a date.
std::string_view ClosingClockTime(std::string_view t);
// Whether a dateline-shaped line ends like a sentence only by a date's or a time's own
// abbreviation after a number: Thai "๑๐:๒๐ น." (phrases::kDatelineAbbreviations) always,
// "10:20 a.m.", "5 декабря 2026 г." (phrases::kDateAbbreviations, which close sentences
// too) when a separator sets the date apart or at most two words precede its first number.
// Such a line is no sentence for the dateline rules.
bool EndsWithDateAbbreviation(std::string_view t);
// EndsLikeSentence, but for a date's abbreviation closing the line.
inline bool EndsLikeSentenceNotDate(std::string_view t) {
  return EndsLikeSentence(t) && !EndsWithDateAbbreviation(t);
}

// A four-digit year of the Gregorian (1900-2100), Islamic or Persian (1300-1499) calendar,
// or in Thai text of the Buddhist era (2443-2643, Gregorian 1900-2100), in any digit system
// datelines use (ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, Lao,
// full-width).
bool HasYear(std::string_view s);

// The decimal digit at s[i] in any digit system datelines use: ASCII, Arabic-Indic
// (U+0660), Extended Arabic-Indic (U+06F0), the Indic scripts' (Devanagari U+0966, Bengali
// U+09E6, Tamil U+0BE6 ...), Thai (U+0E50), Lao (U+0ED0), Burmese (U+1040), Khmer (U+17E0)
// and full-width (U+FF10). Its value, or -1; `len` receives its length in bytes.
int DigitAt(std::string_view s, size_t i, size_t* len);

// Runs of digits of one system in `s`.
int DigitGroups(std::string_view s);

// Digits of any system in `s`.
int CountDigits(std::string_view s);

// Whether `s` has a letter: an ASCII letter or a character beyond ASCII that is no digit of
// the systems above ("١٦:٤٠" and "۱۶:۴۰" have none).
bool HasLetter(std::string_view s);

// A visible string that may be a date: digits of any system (a day or year) or a Hebrew
// date written with gershayim (כ"ז שבט תשפ"ו) or as `HasHebrewCalendarDate` reads one; not
// a handle, hashtag or opening hours.
bool LooksLikeDate(std::string_view t);

// A Hebrew-calendar date written without digits: a month name (also with the prefix ב,
// "in") and a number in letters with gershayim (כ"ז שבט תשפ"ו, ח"י בטבת תשפ"ו) or, right
// after the month, a year of two to four letters from תש (5700) without marks (כד כסלו תשפז).
bool HasHebrewCalendarDate(std::string_view t);

// Whether `t` opens, after spaces, with a quotation mark (" ' “ „ « » ‘ ‚): a quotation or a
// title in quotes.
bool OpensWithQuotationMark(std::string_view t);

// Whether `t` is a quotation and nothing else: it opens with a quotation mark
// (OpensWithQuotationMark) and ends with one (" ' ” “ » « ’), as a pull quote set apart
// from the paragraph that holds its sentence ("„Im Winter fahren wir dreimal am Tag“").
bool IsWhollyQuoted(std::string_view t);

// A string shaped like a dateline: a year and a day (one or two digits, 1..31) in any
// digit system (14.02.2026, شنبه ۲۵ بهمن ۱۴۰۴), or a Hebrew date with gershayim; a row of
// years ("Archiv 2024 2023") is none.
bool LooksLikeDateline(std::string_view t);

// A line dated relative to when the page was read ("vor 2 Stunden", "Updated 2 hours ago",
// "לפני שעתיים", "منذ ساعتين"): a date the parser reads only given a reference time, with
// at most three words beside it (a label), so that a headline or a list of them holding
// "today" is none. Near the headline it dates a page that prints nothing else; the
// document stage reads it against the fetch time.
bool IsRelativeDate(std::string_view t);

// The name opening a line under the headline that goes on with a date after a separator
// (" | ", " · ", " • "): "Petr Novák | 5. prosince 2026 10:15" -> "Petr Novák", "de Ioana
// Pop | 5 decembrie 2026, 10:20 | 2 comentarii" -> "Ioana Pop" (a preposition of
// phrases::kDeskBylineLabels dropped); a cased name of two to four words
// (LooksLikeCasedName), else "". A place of one to three capitalized words may stand
// between the name and the date ("Uxía Castro | Ourense | 4 de decembro de 2026" ->
// "Uxía Castro").
std::string NameBeforeDate(std::string_view line);

// The newsroom a line under the headline names as its author, as printed, or "": its
// first part (up to a comma or a separator) is a newsroom's name or formula, alone or
// before a date (phrases::kDeskBylines: "Redaktion · 05.12.2026" -> "Redaktion", "নিজস্ব
// প্রতিবেদক"; not "staff, board"), or one after a preposition or a byline's label
// (phrases::kDeskBylineLabels: "Na Mwandishi Wetu, Arusha • Desemba 5, 2026" -> "Mwandishi Wetu",
// "De notre correspondant à Lyon" -> "notre correspondant"). No reporter is named there.
std::string DeskBylineName(std::string_view line);

// A page's count of its readers in lower-case `t`: a word of phrases::kViewCounts, set apart
// by spaces or a colon, with a number on either side ("2,315 views", "Просмотров: 1284",
// "อ่าน 2,315 ครั้ง", "1.284 lượt xem").
bool HasViewCount(std::string_view t);

// A byline without its prefix ("By Jane Doe" -> "Jane Doe"; phrases::kBylinePrefixes).
std::string StripByPrefix(std::string s);

// Whether `byline` is what a CMS puts in an empty author's field ("No Author", "publisher";
// phrases::kBylinePlaceholders, case and spaces aside): no name.
bool IsBylinePlaceholder(std::string_view byline);

// Whether `text` is a desk's sign-off, no name: its words, split at spaces and ",/;()&+",
// are a desk's initials (one to four ASCII letters in lower case, a full stop after them
// aside: "red", "kor."), wire agencies or "agencies" (phrases::kSignOffSources, any case) and
// web addresses ("ORF.at"), two words or more, one of them initials and one an agency or an
// address: "red, ORF.at/Agenturen", "mig/dpa", "(ed/AP)". Agencies alone ("dpa/AFP") are
// no sign-off.
bool IsDeskSignOff(std::string_view text);

// Whether `follower`, the element right after an element holding `name` in one byline
// element, is the name's role or outlet and place, not a second author ("Amira Hassan" then
// "BBC News, Cardiff"): `name` is a cased name (LooksLikeCasedName), `follower` has two
// words or more, opens with a capital and is no such name, or its first or last word is a
// role (phrases::kBylineRoles: "Political Correspondent"). "and Tom Roe", "Tom Roe" follow
// as names.
bool IsRoleBesideName(std::string_view name, std::string_view follower);

// Whether `text` is a byline's label and nothing else ("Par", "By", "Autor:"; phrases::
// kBylinePrefixes, spaces and colons aside): the first of a label's and a name's elements.
bool IsBylineLabelOnly(std::string_view text);

// `byline` without what is no name: each date ParseDate finds in it (of a month or a day;
// numeric orders read by `language`), with the words that introduce it (phrases::
// kBylineDateWords); the parts between separators (| · • — – " - " / , ، ;) that start
// with a digit ("4 min read", "21 minutes") or are a link to the comments (phrases::
// kBylineCommentLinks: "Keine Kommentare"); web and e-mail addresses. "Jane Doe | March 3,
// 2026" -> "Jane Doe", "MORITZ GATHMANN am 21. April 2020" -> "MORITZ GATHMANN", "Posted on
// September 21, 2020 by Adi Tzlil" -> "Adi Tzlil", "Thilo / Keine Kommentare" -> "Thilo",
// "김민수 기자 minsu@example.org" -> "김민수 기자", "10.11.2021" -> "". An author box's link
// to the author's page or more posts after the name ends it (phrases::kBylineMoreLinks,
// kBylineMoreWords): "Johanna Kropfitsch Alle Artikel" -> "Johanna Kropfitsch", "Martin
// Junker Alles von Martin Junker Kontakt | +49 30 ..." -> "Martin Junker". Unchanged when
// nothing is dropped.
std::string BylineNamesOnly(std::string_view byline, std::string_view language);

// Whether `text` is only the words that introduce a byline's date (phrases::
// kBylineDateWords), a colon after them or not: "Posted on", "Publiziert am:" -- a
// template's label in an author-classed element, no name.
bool IsBylineDateLabel(std::string_view text);

// Whether `line` opens with `place` (case aside) as whole words: as a dateline does,
// followed by punctuation ("SEVILLA, 5 Dic.", "नई दिल्ली:", "लखनऊ।", "WASHINGTON —",
// "WASHINGTON (AP)"), or as its first words ("लखनऊ में ...", "Sevilla vivió ...").
// A place the line may also open with inflected, a case ending of phrases::
// kPlaceCaseEndings glued to it ("চট্টগ্রামে ..." for চট্টগ্রাম, "சென்னையில் ...").
bool OpensWithPlace(std::string_view line, std::string_view place);

// Whether `line` opens with `place` inflected only: a case ending of phrases::
// kPlaceCaseEndings glued to it that ends the word ("চট্টগ্রামে ..."). A script with case
// lists no ending, so "Smith said ..." never matches "Smith".
bool OpensWithInflectedPlace(std::string_view line, std::string_view place);

// Whether `text` names `name` (as printed, whole) right after a preposition of places of
// phrases::kPlacePrepositions in lower case ("... en Nueva York ...", "... in Bad Homburg."):
// a story names its dateline's place so, and its reporter never. In a language that declines
// places, its words may follow a locative preposition inflected ("... w Zielonej Górze ..."
// for "Zielona Góra": phrases::kDecliningPlacePrepositions).
bool NamedAfterPlacePreposition(std::string_view text, std::string_view name);

// `byline` without a place after its name(s) ("राजेश कुमार, नई दिल्ली" -> "राजेश कुमार",
// "Redacción · Sevilla" -> "Redacción", "Jane Doe, Washington" -> "Jane Doe"): the last
// part after a comma, middle dot, bullet or bar, of one to three words without digits, when
// the article's text or one of `datelines` (the lines under the headline) opens with it as
// whole words: as a dateline, followed by punctuation ("नई दिल्ली: ...", "SEVILLA, 5 Dic.
// –", "WASHINGTON (AP) —"), or as the first sentence's first words ("लखनऊ में ...", "Sevilla
// vivió ..."). The extract stage has no gazetteer: a place the text does not open with
// stays ("Jane Doe, Staff Writer" and "Jane Doe, John Roe" stay too). Without any
// separator (a name and a place in elements side by side, gathered as words), the last of
// three or more words goes only when the text or a dateline opens with it inflected
// (OpensWithInflectedPlace).
std::string BylineWithoutPlace(std::string_view byline, std::string_view text,
                               std::span<const std::string> datelines);

// A web or e-mail address written out alone ("http://www.openpetition.de/petition/...",
// "www.example.org", "redaktion@example.org"): one word, no sentence.
bool IsBareAddress(std::string_view t);

// Whether `t` is shaped like a person's name in a script with case: two to four words of
// at most 50 characters, each opening with an upper-case letter (lower-case particles
// inside: "Jean de La Fontaine", phrases::kNameParticles; initials: "J. Smith"), no
// digit, no sentence or list punctuation, no word of a sign-off, a greeting, a credit or
// a publication (phrases::kClosingLineWords: "Eure Lena", "Frohe Weihnachten", "Theo
// Reuters", "New York Times"). A script without case never is.
bool LooksLikeCasedName(std::string_view t);

// The reporter a sign-off line names in a script without case ("박지훈 기자
// jhpark@example.com" -> "박지훈", "记者 王磊" -> "王磊", "佐藤 健太 記者" -> "佐藤 健太"):
// one reporter word (phrases::kReporterWords), one or two name words and at most an
// e-mail address, in at most 60 characters, no digit in the name, no photo credit
// (phrases::kPhotographedWords: "记者 张伟 摄"). A line wholly in brackets may name the
// reporter's desk or bureau first for the reporter word (phrases::kReporterDesks,
// kReporterBureauEnds: "（経済部　佐藤健太）" -> "佐藤健太"). "" when `line` is no such line.
std::string ReporterSignOffName(std::string_view line);

// `s` without a pair of brackets around the whole of it ("（佐藤健太）", "(Jane Doe)",
// "【记者 李明】"), spaces collapsed; unchanged otherwise ("Jane Doe (dpa)").
std::string Unbracketed(std::string_view s);

// The reporter of a credit in brackets opening `text`: Taiwanese and Hong Kong papers'
// reporter word (phrases::kReporterWords), name, "／" and place ("〔記者林志明／台北報導〕..." ->
// "林志明", "【記者王小明、陳美玲／綜合報導】" -> "王小明、陳美玲"); Japanese papers' place, "＝"
// and name ("【ワシントン＝佐藤健太】" -> "佐藤健太"); Korean agencies' place and agency, then
// name, reporter word and "=" ("(서울=연합뉴스) 김민수 기자 = ..." -> "김민수"). "" when `text`
// opens with no such credit. `credit_bytes`, when given, receives the bytes of the credit's
// brackets and what they hold.
std::string OpeningCreditName(std::string_view text, size_t* credit_bytes = nullptr);

// Whether `name` is a newspaper's, an agency's or a broadcaster's in a script without case:
// it ends with one of phrases::kPressNameEnds after a word of its own ("城东日报",
// "信州中央新聞", "한빛일보"; not "日报" alone).
bool NamesThePress(std::string_view name);

// A paywall under a lead of a few sentences cuts an article, which is stored cut; under
// one or two sentences (fewer characters other than spaces, as PageSignals::text_chars) the
// page is the wall. (The paywall's own box is not text.)
inline constexpr int kPaywallMaxChars = 300;

// What the page classifier looks at (extract_page_class.cc).
struct PageSignals {
  std::string_view title;  // <title>, og:title, h1 (before the site is stripped)
  const std::vector<std::string>* h1s = nullptr;  // every <h1> text; may be null
  std::string_view text;                          // the main text as selected
  std::string_view page_text;  // all the page's blocks, for short texts; may be ""
  // The text of every element, those dropped as furniture too (a login box its class names),
  // for texts under kPaywallMaxChars; may be "".
  std::string_view whole_text;
  int text_chars = 0;                 // its non-space code points
  int page_chars = 0;                 // text of the whole page's blocks
  int page_link_chars = 0;            // of which inside links
  bool has_article_metadata = false;  // a publication date or an article JSON-LD body
  // A publication date the page states (not one read from its URL) or an article JSON-LD body.
  bool dated_in_page = false;
  int page_teaser_chars = 0;  // of page_chars, in teaser cards (Block::teaser)
  // The page's blocks and elements (extract_dom.h), where a consent wall's call is sought
  // beside the page's own text; may be null (no page around the text).
  const std::vector<Block>* blocks = nullptr;
  const std::vector<Element>* els = nullptr;
};

// The box of the page's consent banner or wall: the highest element holding the first block
// that says a consent call (phrases::kConsentWallTexts: "accept and continue"), below <body>
// and holding no <h1>; -1 when no block says one.
int ConsentBox(const std::vector<Block>& blocks, const std::vector<Element>& els);

// Texts of at least this many characters (other than spaces) keep their opening: a long
// story's cookie notice is IsLongCookieNotice's or IsBoilerplateLine's.
inline constexpr int kConsentOpeningMaxChars = 1000;

// `text` without the paragraphs it opens with that are blocks of the page's consent box
// (ConsentBox) when the box stands before the page's first <h1>: a cookie banner's notice
// that no class word named, taken above a short brief ("We and our partners use cookies
// ... " over the story). Unchanged when the text has kConsentOpeningMaxChars characters or
// more, when the box is not before the headline, or when fewer than 25 words (the
// classifier's story words) would remain (a wall's explanation is its page's only text).
std::string WithoutConsentBoxOpening(std::string_view text, const std::vector<Block>& blocks,
                                     const std::vector<Element>& els);

// Classifies a page from its extraction; `reason` receives why it is not an article.
PageClass ClassifyPage(const PageSignals& s, std::string& reason);

}  // namespace newsdesk::extract_internal

#endif  // NEWSDESK_EXTRACT_INTERNAL_H_
