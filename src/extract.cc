// Extract stage: see include/newsdesk/extract.h for the contract, docs/extract.md for the
// algorithm.
//
// Per page:
//  1. libxml2 parses the UTF-8 bytes in recover mode into a DOM (owned by DocPtr).
//  2. Pass 1 (extract_dom.cc ReadDom) numbers the elements in document order, measures
//     each subtree and reads the metadata (<meta>, <link>, <title>, JSON-LD, <time>,
//     itemprop, byline/date elements); the metadata is chosen from it here.
//  3. Pass 2 (extract_dom.cc BuildBlocks) cuts the text into blocks at block-level
//     boundaries, skipping boilerplate subtrees.
//  4. Block selection (extract_select.cc SelectMainText) finds the container and keeps
//     its main-text blocks.
//  5. The page is classified (extract_page_class.cc): an article, or why it is not one.
// The word lists and patterns all of these match are data apart from the rules:
// extract_phrases.cc (lines of text) and extract_class_words.cc (class/id words, roles).
#include "newsdesk/extract.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "extract_dom.h"
#include "extract_internal.h"
#include "extract_phrases.h"
#include "extract_select.h"
#include "newsdesk/dates.h"
#include "newsdesk/url.h"

namespace newsdesk {
namespace {

// Whether `html` holds an <h1> tag, either case ("<h1", "<H1"): one memchr for each '<'.
bool MarkupHasH1(std::string_view html) {
  for (size_t at = html.find('<'); at != std::string_view::npos && at + 2 < html.size();
       at = html.find('<', at + 1))
    if ((html[at + 1] | 0x20) == 'h' && html[at + 2] == '1') return true;
  return false;
}

using extract_internal::Block;
using extract_internal::CountChars;
using extract_internal::Element;
using extract_internal::HasYear;
using extract_internal::LooksLikeDateline;
using extract_internal::Meta;
using extract_internal::StripByPrefix;

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

void InitLibxmlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// Whether a <meta> value is a template's placeholder the CMS left unrendered
// ("{$plugin.tx_news.opengraph.site_name}", "{{ site.title }}", "<%= title %>"): it names
// nothing.
bool IsUnrenderedPlaceholder(std::string_view v) {
  static constexpr std::pair<std::string_view, std::string_view> kDelimiters[] = {
      {"{$", "}"}, {"{{", "}}"}, {"<%", "%>"}, {"[%", "%]"}, {"%%", "%%"}};
  for (const auto& [open, close] : kDelimiters)
    if (const size_t at = v.find(open);
        at != std::string_view::npos && v.find(close, at + open.size()) != std::string_view::npos)
      return true;
  return false;
}

std::string FirstOf(const Meta& m, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = m.by_key.find(k);
    // Escaped once more by the CMS ("Redacci&amp;oacute;n"): what the parser left of a
    // character reference is decoded too.
    if (it != m.by_key.end() && !it->second.empty() && !IsUnrenderedPlaceholder(it->second))
      return extract_internal::DecodeEntities(it->second, 1);
  }
  return "";
}

// Whether `text` names the site, not an article: IsSiteName, or the page's logo heading
// (Meta::logo_h1, a heading that only links to the site's root).
bool NamesSite(const Meta& meta, std::string_view text, std::string_view site) {
  return (!meta.logo_h1.empty() && text == meta.logo_h1) ||
         extract_internal::IsSiteName(text, site, meta.title_tag);
}

std::string NormalizeLang(std::string l) {
  l = CollapseSpace(l);
  size_t comma = l.find_first_of(",;");
  if (comma != std::string::npos) l = CollapseSpace(l.substr(0, comma));
  for (char& c : l)
    if (c == '_') c = '-';
  return l;
}

// Adds `d` to the page's date candidates unless it is there already.
void AddDateCandidate(const std::string& d, Extracted& out) {
  if (std::find(out.date_candidates.begin(), out.date_candidates.end(), d) ==
      out.date_candidates.end())
    out.date_candidates.push_back(d);
}

// Whether dateline-shaped line `d` is a sentence the parser reads no day in: a footnote
// or a remark citing a year ("2 Die Zahlen stammen aus dem Jahresbericht für 2025."), no
// date of the page's. A line that is no sentence stays one ("01 | 05 | 2020").
bool IsSentenceWithoutDay(const std::string& d, const DateContext& ctx) {
  if (!extract_internal::EndsLikeSentenceNotDate(d)) return false;
  Result<ParsedDate> date = ParseDate(d, ctx);
  return !date.ok() || date->precision < DatePrecision::kDay;
}

// Dateline `d` printed on the page: a date candidate, and the published date when none
// was found before it; neither when it is a sentence without a day.
void AddPrintedDateline(const std::string& d, const DateContext& ctx, Extracted& out) {
  if (IsSentenceWithoutDay(d, ctx)) return;
  if (out.published_raw.empty()) {
    out.published_raw = d;
    out.published_source = "dateline";
  }
  AddDateCandidate(d, out);
}

// Whether block `b` is in a data table: one inside the body's `container`. A layout table
// (an old CMS's page of <td>s) holds the body's container itself, so that every block of
// the body is in it.
bool InDataTable(const Block& b, const std::vector<Element>& els, int container) {
  if (!b.in_table) return false;
  int table = b.owner;
  while (table >= 0 && els[table].tag != extract_internal::Tag::kTable) table = els[table].parent;
  return table > container;
}

// A page with no date anywhere else: dateline-shaped blocks (a year and a day in any
// digit system, or a Hebrew date) among the first and last three blocks of the container,
// not in a data table, become date candidates, the first of them published_raw ("...
// Jerusalem, 14.02.2026", a layout table's "Lisboa, 3 de dezembro de 2026"). A block is
// read with the furniture lines cut from its end (Block::cut_tail: a CMS's info box,
// "Details" then "Published: 01 December 2026" and "Hits: 96" after <br>s).
void AddBodyEdgeDatelines(const std::vector<Block>& blocks, const std::vector<Element>& els,
                          int container, const DateContext& ctx, Extracted& out) {
  if (container < 0) return;
  std::vector<const Block*> inside;
  for (const Block& b : blocks)
    if (InSubtree(els, container, b.owner)) inside.push_back(&b);
  constexpr size_t kEdge = 3;
  for (size_t i = 0; i < inside.size(); ++i) {
    if (i >= kEdge && i + kEdge < inside.size()) continue;
    const Block& b = *inside[i];
    const std::string text = b.cut_tail.empty() ? b.text : b.text + "\n" + b.cut_tail;
    if (b.chars + CountChars(b.cut_tail) >= 100 || InDataTable(b, els, container) ||
        !LooksLikeDateline(text))
      continue;
    AddPrintedDateline(text, ctx, out);
  }
}

// A printed date of the day alone (a Hebrew date in letters, "Freitag, 4. Dezember 2026")
// whose clock time the byline's line under the headline prints alone ("מאת דנה לוי |
// 14:30") takes that time: the header prints the day and the time on two lines. A date
// from the metadata or the URL, or one with its time, stays as it is.
void AddBylineTimeToDate(const Meta& meta, const DateContext& ctx, Extracted& out) {
  if (meta.headline_byline_time.empty() || out.published_source != "dateline") return;
  Result<ParsedDate> date = ParseDate(out.published_raw, ctx);
  if (!date.ok() || date->has_time || date->precision != DatePrecision::kDay) return;
  out.published_raw += " " + meta.headline_byline_time;
  AddDateCandidate(out.published_raw, out);
}

// Whether the metadata title `given` is `fuller` cut right before a quotation mark: a value
// whose markup left the page's own quote unescaped (content="Senador ... de "incapacitado"")
// ends where the quote opened, while the <title> or the <h1> goes on with it.
bool CutAtQuote(std::string_view given, std::string_view fuller) {
  const std::string g = CollapseSpace(given), f = CollapseSpace(fuller);
  if (g.empty() || f.size() <= g.size() || !f.starts_with(g)) return false;
  const std::string_view rest = TrimAscii(std::string_view(f).substr(g.size()));
  return rest.starts_with('"') || rest.starts_with('\'');
}

// Whether a metadata title is an address's slug, not a headline ("adac-kindersitztest-
// herbst-2018"): no space, two hyphens or underscores or more, no upper-case ASCII letter.
bool IsSlug(std::string_view t) {
  constexpr int kMinJoins = 2;
  return !t.empty() && t.find(' ') == std::string_view::npos &&
         std::count_if(t.begin(), t.end(), [](char c) { return c == '-' || c == '_'; }) >=
             kMinJoins &&
         std::none_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The title users read, as the page gives it. The headline the page shows (the <h1> the
// <title> names, else its first <h1> outside boilerplate) is the title unless it names
// the site (a logo), but the metadata's (og:title, twitter:title, else the JSON-LD
// headline) is preferred where they disagree: on most pages it is the same headline, and
// an <h1> may hold a kicker or a subtitle, or be a section's. The shown headline wins over
// a metadata title that names the site, that it continues (cut with an ellipsis, or a
// social title made of some of its words), that adds a live label before it or its
// provider's name in brackets after it, or that is outvoted (the <title> or the JSON-LD
// headline says what the <h1> says, more often than the metadata title's words). Without
// a metadata title: the <h1> the <title> names, else the first <h1> unless it names the
// site, else a <title> of the form "Story | Site", else the metadata title naming the site.
// A metadata title that is a slug (IsSlug) is none.
std::string ChooseTitle(const Meta& meta, std::string_view site) {
  using extract_internal::SameTitle;
  using extract_internal::StripSiteFromTitle;
  auto names_site = [&](std::string_view t) { return NamesSite(meta, t, site); };
  const std::string tag = StripSiteFromTitle(meta.title_tag, site);
  std::string confirmed;  // the <h1> the <title> names
  for (const std::string& h : meta.h1s) {
    if (SameTitle(h, tag) || extract_internal::TitleOpensWith(meta.title_tag, h)) {
      confirmed = h;
      break;
    }
  }
  if (names_site(confirmed)) confirmed.clear();
  std::string given = FirstOf(meta, {"og:title", "twitter:title"});
  if (IsSlug(given)) given.clear();
  const bool from_ld = given.empty() || names_site(given);
  std::string title = from_ld ? meta.ld.headline : given;
  if (names_site(title)) title.clear();
  if (CutAtQuote(title, tag)) title = tag;
  for (const std::string& h : meta.h1s)
    if (CutAtQuote(title, h)) title = h;
  if (title.empty()) {
    if (!confirmed.empty()) return confirmed;
    if (!meta.h1s.empty() && !names_site(meta.h1s.front())) return meta.h1s.front();
    const bool story_and_site = tag.size() < CollapseSpace(meta.title_tag).size();
    return story_and_site || given.empty() ? meta.title_tag : given;
  }
  std::string headline = confirmed.empty() ? meta.headline : confirmed;
  if (names_site(headline)) headline.clear();
  const std::string title_s = StripSiteFromTitle(title, site);
  auto same_as_title = [&](std::string_view t) {
    return SameTitle(t, title) || SameTitle(t, title_s);
  };
  if (headline.empty() || same_as_title(headline)) return title;
  // A live blog's label before the headline ("Directo | ...", "LIVE: ...").
  if (extract_internal::IsLabelledHeadline(title_s, headline) ||
      extract_internal::IsCreditedHeadline(title_s, headline))
    return headline;
  if (extract_internal::IsFullerHeadline(title_s, headline)) return headline;
  int for_headline = 1, for_title = 1;
  for (const std::string* other : {&tag, &meta.ld.headline}) {
    if (from_ld && other == &meta.ld.headline) continue;  // the metadata title itself
    for_headline += SameTitle(*other, headline);
    for_title += same_as_title(*other);
  }
  return for_headline > for_title ? headline : title;
}

// The first line under the headline that prints a day ("פורסם: 06.12.26, 10:42"), or null.
const std::string* HeadlineDay(const Meta& meta, const std::string& language) {
  DateContext date_ctx;
  date_ctx.language_hint = language;
  for (const std::string& d : meta.headline_dates) {
    Result<ParsedDate> date = ParseDate(d, date_ctx);
    if (date.ok() && date->precision >= DatePrecision::kDay) return &d;
  }
  return nullptr;
}

// The visible dates of `meta` that may be the article's: the day's date in the page's
// header (beside the logo, above the headline) is not, when the line under the headline
// prints a day of its own (it stays a candidate).
std::vector<std::string> ArticleDateTexts(const Meta& meta, const std::string& language) {
  const bool own_dateline = HeadlineDay(meta, language) != nullptr;
  std::vector<std::string> out;
  for (size_t i = 0; i < meta.date_texts.size(); ++i)
    if (!own_dateline || i >= meta.date_in_page_header.size() || !meta.date_in_page_header[i])
      out.push_back(meta.date_texts[i]);
  return out;
}

// Whether the page prints a date of its own where readers see it: a day under the headline,
// or the text of a date's element outside the page's header that the parser reads to the
// day without a reference ("vor 2 Stunden" is none).
bool PrintsVisibleDate(const Meta& meta, const std::string& language) {
  if (HeadlineDay(meta, language) != nullptr) return true;
  DateContext date_ctx;
  date_ctx.language_hint = language;
  for (size_t i = 0; i < meta.date_texts.size(); ++i) {
    if (i < meta.date_in_page_header.size() && meta.date_in_page_header[i]) continue;
    Result<ParsedDate> date = ParseDate(meta.date_texts[i], date_ctx);
    if (date.ok() && date->precision >= DatePrecision::kDay) return true;
  }
  return false;
}

// Whether a byline element's text holds a biography's sentence before its end: a part up to
// a period and a space, of six words or more, that ends like a sentence ("Daniel Lemire A
// computer science professor at the University of Quebec (TELUQ). View all posts by ...").
// A name with its role ("Jane Doe, Staff Writer. Updated ...") is shorter; a byline's line
// with its date ("Av Erik Lindqvist | Publicerad 7 november 2026 kl. 09.30") holds digits
// or a separator, which a biography's sentence does not.
bool HoldsBioSentence(std::string_view t) {
  constexpr int kMinBioSentenceWords = 6;
  for (size_t at = t.find(". "); at != std::string_view::npos; at = t.find(". ", at + 2)) {
    const std::string_view part = t.substr(0, at + 1);
    if (part.find_first_of("0123456789|") != std::string_view::npos ||
        part.find(" \u00B7 ") != std::string_view::npos ||
        part.find(" \u2022 ") != std::string_view::npos)
      return false;
    if (extract_internal::CountWords(part) >= kMinBioSentenceWords &&
        extract_internal::EndsLikeSentenceNotDate(part))
      return true;
  }
  return false;
}

// Whether the site's name found is an address ("http://www.example.com", a publisher named
// by its URL): the site's URL, not its name; the host names the site from the URL.
bool IsAddress(std::string_view site) {
  return site.starts_with("http://") || site.starts_with("https://");
}

// `title` without a date set apart from the story by a separator, after it or before it
// ("Neue Brücke freigegeben : 04.12.2026, 09.15 Uhr", "5 décembre 2026 - Le marché couvert
// rouvre"): a CMS prints the story's date into its <title> and og:title, the headline is the
// rest. The part must be a date alone: one the parser reads to the day without a reference,
// with at most one word beside what it read ("Uhr") and no other digits; the rest keeps two
// words or more ("Programm - 5. Dezember 2026" stays), and no number beside the separator.
std::string WithoutDatePart(const std::string& title, const DateContext& ctx) {
  static constexpr std::string_view kSeparators[] = {" : ",      " | ",      " - ",      " \u2013 ",
                                                     " \u2014 ", " \u00B7 ", " \u2022 ", " / "};
  constexpr int kMinRestWords = 2;
  const auto date_alone = [&](std::string_view part) {
    if (!HasYear(part)) return false;
    Result<ParsedDate> date = ParseDate(part, ctx);
    if (!date.ok() || date->precision < DatePrecision::kDay || date->raw.empty()) return false;
    const size_t at = part.find(date->raw);
    if (at == std::string_view::npos) return false;
    const std::string beside =
        std::string(part.substr(0, at)) + " " + std::string(part.substr(at + date->raw.size()));
    return extract_internal::CountDigits(beside) == 0 && extract_internal::CountWords(beside) <= 1;
  };
  for (std::string_view sep : kSeparators) {
    const size_t at = title.find(sep);
    if (at == std::string::npos || title.find(sep, at + 1) != std::string::npos) continue;
    const std::string_view head = TrimAscii(std::string_view(title).substr(0, at)),
                           tail = TrimAscii(std::string_view(title).substr(at + sep.size()));
    // A number beside the separator makes a range of days ("Wochenbericht 14. - 20. Januar").
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const std::string_view head_end = TrimAscii(head, " .");
    if (extract_internal::CountWords(head) >= kMinRestWords && !head_end.empty() &&
        !digit(head_end.back()) && date_alone(tail))
      return std::string(head);
    if (extract_internal::CountWords(tail) >= kMinRestWords && !digit(tail.front()) &&
        date_alone(head))
      return std::string(tail);
  }
  return title;
}

// Fills the metadata of `out` from what pass 1 read; returns the title as the page gives
// it (before the site's name is stripped).
std::string ChooseMetadata(const Meta& meta, std::string_view url,
                           std::string_view content_language, Extracted& out) {
  const auto& ld = meta.ld;
  // twitter:site names the site's account: a name ("Ambitocom") counts like
  // og:site_name, a handle ("@kreisblatt") only when nothing else names the site, and an
  // address (a profile's or the page's own URL, or one stripped of its punctuation) never.
  const std::string account = FirstOf(meta, {"twitter:site"});
  const bool handle = account.starts_with('@');
  const bool address = account.starts_with("http") || account.find('/') != std::string::npos;
  out.site = FirstOf(meta, {"og:site_name", "application-name"});
  if (out.site.empty() && !handle && !address) out.site = account;
  if (out.site.empty()) out.site = ld.publisher;
  if (IsAddress(out.site)) out.site.clear();
  if (!out.site.empty() && out.site[0] == '@' && !ld.publisher.empty()) out.site = ld.publisher;
  // Without a name in the metadata, the logo's (a link to the site's root) names the site
  // when the <title> shows it, before the host's guess.
  if (out.site.empty())
    out.site = extract_internal::SiteNameOfLogo(meta.title_tag, meta.root_link_texts);
  if (out.site.empty()) out.site = UrlSiteName(url);
  // A page read from a file (a URL without a host, or none) is named by its own canonical
  // address, as it would be by the URL it was fetched from; an archive's copy by the address
  // its own holds ("https://web.archive.org/web/2016.../http://example.de/story/").
  if (out.site.empty()) {
    std::string address =
        meta.canonical.empty() ? FirstOf(meta, {"og:url"}) : CollapseSpace(meta.canonical);
    if (const size_t inner = std::min(address.find("http://", 1), address.find("https://", 1));
        inner != std::string::npos)
      address.erase(0, inner);
    if (IsAddress(address)) out.site = UrlSiteName(address);
  }
  if (out.site.empty() && handle) out.site = account;

  std::string title = ChooseTitle(meta, out.site);
  out.title = extract_internal::StripSiteFromTitle(title, out.site);
  // A short last part that only its length took for the site's name ("... nối Sơn Trà -
  // Hội An", "... | Zürich") is the headline's own when the page's <h1> shows it too and
  // it does not name the site.
  if (const std::string whole = CollapseSpace(title);
      out.title.size() < whole.size() && whole.starts_with(out.title) &&
      !extract_internal::IsSiteName(std::string_view(whole).substr(out.title.size()), out.site,
                                    meta.title_tag) &&
      std::any_of(meta.h1s.begin(), meta.h1s.end(), [&](const std::string& h) {
        return extract_internal::SameTitle(h, whole) && !extract_internal::SameTitle(h, out.title);
      }))
    out.title = whole;

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
  // An empty author's field as the CMS fills it ("No Author", "publisher") names no one;
  // the byline's elements may.
  if (extract_internal::IsBylinePlaceholder(out.byline)) out.byline.clear();
  const auto is_site = [&](const std::string& name) {
    return extract_internal::IsSiteName(
        extract_internal::BylineNamesOnly(StripByPrefix(name), meta.html_lang), out.site,
        meta.title_tag);
  };
  const auto is_desk = [&](const std::string& name) {
    return extract_internal::phrases::Listed(
        extract_internal::phrases::kDeskBylines,
        extract_internal::Lower(CollapseSpace(StripByPrefix(name))));
  };
  // A line in a byline's or author's element; an author box's biography ("The writer is a
  // senior economist at ...") is a sentence, not a name. A newsroom's formula there is
  // the newsroom ("Від нашого кореспондента у Львові" -> "нашого кореспондента").
  constexpr int kMaxBylineSentenceWords = 8;
  for (const std::string& t : meta.byline_texts) {
    if (!out.byline.empty()) break;
    // "Posted on", "Publiziert am"; "Par" alone, its name in the next element
    if (extract_internal::IsBylineDateLabel(t) || extract_internal::IsBylineLabelOnly(t)) continue;
    // A desk's sign-off crediting agencies ("red, ORF.at/Agenturen") names no one.
    if (extract_internal::IsDeskSignOff(t)) continue;
    if (extract_internal::CountWords(t) > kMaxBylineSentenceWords &&
        (extract_internal::EndsLikeSentence(t) || HoldsBioSentence(t)))
      continue;
    std::string desk = extract_internal::DeskBylineName(t);
    out.byline = desk.empty() ? std::string(t) : std::move(desk);
  }
  // The reporter the page names under the headline ("Von Clara Müller"), when no author
  // was found or the author found is the site ("Badische Zeitung") or its newsroom
  // ("Redazione", "Redaktion", "Staff": phrases::kDeskBylines). A newsroom named there
  // ("Na Mwandishi Wetu", "Von unserem Korrespondenten") is the byline only when no author
  // was found or the site: like a newsroom's name in the metadata, an author of last resort.
  // The name without its date ("Written by Miami Today on November 7, 2023").
  // So does a reporter printed there over JSON-LD authors (the byline's first source) that
  // are organizations (a newsroom or a portal's provider under another name than the
  // site's: "Redaktionsnetz Süd" over "Von Sabine Kurz").
  if (!meta.headline_bylines.empty() && !is_site(meta.headline_bylines.front())) {
    const bool desk_line = is_desk(meta.headline_bylines.front());
    if (out.byline.empty() || is_site(out.byline) ||
        (!desk_line && (is_desk(out.byline) || ld.authors_are_organizations)))
      out.byline = meta.headline_bylines.front();
  }
  // An author that is the site, still ("L'Opinion" as JSON-LD's Person), gives way to the
  // first byline element's text shaped like a person's name (LooksLikeCasedName, its label
  // aside: "Emmanuelle Ducros"); a photo's credit ("Cortesía"), a list of tags or a name
  // with more after it is none. An element that names the site before it ("Un documentaire
  // de <the site's name>") prints the site as the author: the name after it is another's.
  if (!out.byline.empty() && is_site(out.byline)) {
    for (const std::string& t : meta.byline_texts) {
      if (is_site(t)) break;
      std::string name = StripByPrefix(t);
      if (extract_internal::LooksLikeCasedName(name)) {
        out.byline = std::move(name);
        break;
      }
    }
  }
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

  // The lines under the headline that may date the page: no sentence without a day.
  DateContext date_ctx;
  date_ctx.language_hint = out.language;
  out.title = WithoutDatePart(out.title, date_ctx);
  std::vector<std::string> headline_dates;
  for (const std::string& d : meta.headline_dates)
    if (!IsSentenceWithoutDay(d, date_ctx)) headline_dates.push_back(d);
  if (!ld.date_published.empty()) {
    out.published_raw = ld.date_published;
    out.published_source = "json-ld";
  } else if (std::string m =
                 FirstOf(meta, {"article:published_time", "og:published_time", "published_time",
                                "itemprop:datepublished", "datepublished", "pubdate", "publishdate",
                                "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.date",
                                "sailthru.date", "parsely-pub-date", "article.published",
                                "date.issued", "publication_date"});
             !m.empty()) {
    out.published_raw = m;
    out.published_source = "meta";
  } else if (!meta.itemprop_published.empty()) {
    out.published_raw = meta.itemprop_published;
    out.published_source = "meta";
  } else if (!meta.time_datetimes.empty()) {
    out.published_raw = meta.time_datetimes.front();
    out.published_source = "time";
  } else if (!meta.hidden_time_datetimes.empty() && !PrintsVisibleDate(meta, out.language)) {
    // A hidden <time> (a print header's, a hidden copy of the meta line) dates the page
    // only when it prints no date of its own.
    out.published_raw = meta.hidden_time_datetimes.front();
    out.published_source = "time";
  } else if (std::string u = extract_internal::UrlDate(url); !u.empty()) {
    out.published_raw = u;
    out.published_source = "url";
  } else if (std::vector<std::string> date_texts = ArticleDateTexts(meta, out.language);
             !date_texts.empty()) {
    // A dateline with a year (or a Hebrew date) before a bare time or weekday; without one,
    // the line under the headline that prints a day before them (a ticker's times).
    const std::string* headline_day = HeadlineDay(meta, out.language);
    out.published_raw = headline_day != nullptr ? *headline_day : date_texts.front();
    for (const std::string& d : date_texts) {
      if (HasYear(d) || (d.find('"') != std::string::npos && d.find('\xD7') != std::string::npos)) {
        out.published_raw = d;
        break;
      }
    }
    out.published_source = "dateline";
  } else if (!headline_dates.empty()) {
    out.published_raw = headline_dates.front();
    out.published_source = "dateline";
  } else if (!meta.hidden_time_texts.empty()) {
    out.published_raw = meta.hidden_time_texts.front();
    out.published_source = "dateline";
  }
  for (const std::string& d : meta.date_texts) AddDateCandidate(d, out);
  for (const std::string& d : meta.hidden_time_texts) AddDateCandidate(d, out);
  for (const std::string& d : headline_dates) AddDateCandidate(d, out);
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
  return title;
}

// The date printed under the headline wins over the metadata's (JSON-LD, <meta>, the first
// <time datetime>) when their days are more than a day apart: a CMS's date a year off, the
// page's modified date given as its publication, the <time> of another article (a ticker)
// coming first. A day apart is the same instant in two zones, and the metadata's time is
// the finer. The printed date must be a day the date parser reads without a reference (a
// relative "2 hours ago" leaves the metadata's) and without a warning (a range of days is
// an event's), not the metadata's modified day (the page prints its update) nor after an
// update label ("Aktualisiert am ..."), and follow the page's headline (an <h1> that names
// the site is a logo, and a date beside a logo the day's date). The metadata's date stays a
// candidate.
void PreferPrintedDate(const Meta& meta, std::string_view site, Extracted& out) {
  if (out.published_source != "json-ld" && out.published_source != "meta" &&
      out.published_source != "time")
    return;
  if (meta.headline.empty() || NamesSite(meta, meta.headline, site)) return;
  DateContext ctx;
  ctx.language_hint = out.language;
  Result<ParsedDate> given = ParseDate(out.published_raw, ctx);
  if (!given.ok() || given->precision < DatePrecision::kDay) return;
  for (const std::string& line : meta.headline_dates) {
    Result<ParsedDate> printed = ParseDate(line, ctx);
    if (!printed.ok() || printed->precision < DatePrecision::kDay) continue;
    if (!printed->warnings.empty()) return;  // "9-23 Feb 2017 | Mo-Fr 9–16"
    if (Result<ParsedDate> modified = ParseDate(out.modified_raw, ctx);
        modified.ok() && modified->DayNumber() == printed->DayNumber())
      return;
    size_t at = line.find(printed->raw);
    std::string before = extract_internal::Lower(
        std::string_view(line).substr(0, at == std::string::npos ? line.size() : at));
    if (!extract_internal::FindAny(before, extract_internal::phrases::kUpdateLabels).empty())
      continue;
    constexpr int64_t kMaxDaysApart = 1;
    if (std::abs(printed->DayNumber() - given->DayNumber()) > kMaxDaysApart) {
      AddDateCandidate(out.published_raw, out);
      out.published_raw = line;
      out.published_source = "dateline";
    }
    return;
  }
}

// Whether the byline found so far names an author other than the site, and other than an
// organization the JSON-LD gives as the author (a newsroom, a portal's provider: the
// reporter the page credits in its text wins over it).
bool NamesAnAuthor(const Meta& meta, const Extracted& out) {
  if (meta.ld.authors_are_organizations && out.byline == meta.ld.authors.front()) return false;
  return !out.byline.empty() && !NamesSite(meta, out.byline, out.site);
}

// A name after the date on a line under the headline ("25.10.2022 - Reiner Nagel", "5
// novembre 2026 | Marie Dupont": a CMS view printing the author's field after the date,
// with no label) is the byline when the page names no author (or only the site). Only
// after a date that opens the line and a separator, and shaped like a person's name
// (LooksLikeCasedName), and no link of the page's menus: a dateline's place comes before its
// date ("BERLIN - 5.11.2026"), a section's name is a menu's ("5.11.2026 | Lokales Berlin").
void TakeNameAfterHeadlineDate(const Meta& meta, const DateContext& ctx, Extracted& out) {
  static constexpr std::string_view kSeparators[] = {"-",      "|",      "\u00B7", "\u2022",
                                                     "\u2013", "\u2014", "/"};
  if (NamesAnAuthor(meta, out)) return;
  for (const std::string& line : meta.headline_dates) {
    const std::string_view l = TrimAscii(line);
    Result<ParsedDate> date = ParseDate(l, ctx);
    if (!date.ok() || date->precision < DatePrecision::kDay || date->raw.empty() ||
        !l.starts_with(date->raw))
      continue;
    const std::string_view rest = TrimAscii(l.substr(date->raw.size()));
    for (std::string_view sep : kSeparators) {
      if (!rest.starts_with(sep)) continue;
      if (const std::string_view name = TrimAscii(rest.substr(sep.size()));
          extract_internal::LooksLikeCasedName(name) &&
          !extract_internal::NamesAMenuLink(meta, name)) {
        out.byline = std::string(name);
        return;
      }
    }
  }
}

// Whether the page names an author that the reporter's credits of scripts without case
// (TakeReporterSignOff, TakeOpeningCredit) give way to: one (NamesAnAuthor) that is no
// newspaper, agency or broadcaster (NamesThePress: a portal's article:author "城东日报" over
// a body signed "（记者 周敏 通讯员 王海涛）").
bool NamesAReporter(const Meta& meta, const Extracted& out) {
  return NamesAnAuthor(meta, out) && !extract_internal::NamesThePress(out.byline);
}

// A reporter's name alone closing the article (a paragraph of its own set apart: bold or
// right-aligned, "<p style="text-align:right"><strong>Minh Anh</strong></p>") is the
// byline when the page names no author (or only the site), and leaves the text. Only in
// scripts with case, where a name is seen by its capitals (LooksLikeCasedName); a first
// name alone or a sign-off ("Eure Lena") is the writer's closing line and stays text
// (session seven's rule), and so is a name in plain type: a closing line of the text, a
// quotation's author.
void TakeClosingName(const std::vector<Block>& blocks, const std::vector<Element>& els,
                     const Meta& meta, Extracted& out) {
  constexpr int kMinParagraphsBefore = 3;
  if (NamesAnAuthor(meta, out)) return;
  const size_t cut = out.text.rfind("\n\n");
  if (cut == std::string::npos) return;
  const std::string_view last = std::string_view(out.text).substr(cut + 2);
  int paragraphs_before = 1;
  for (size_t p = out.text.find("\n\n"); p < cut; p = out.text.find("\n\n", p + 2))
    ++paragraphs_before;
  if (paragraphs_before < kMinParagraphsBefore || !extract_internal::LooksLikeCasedName(last))
    return;
  // The last block of that text is the line's.
  const auto b =
      std::find_if(blocks.rbegin(), blocks.rend(), [&](const Block& k) { return k.text == last; });
  if (b == blocks.rend() || b->owner < 0 || b->link_chars > 0 ||
      !extract_internal::IsSetApart(els[b->owner].node))
    return;
  out.byline = std::string(last);
  out.text.resize(cut);
}

// Cuts `text` at the line break `cut` (a line's start less one), with the blank lines
// before it: what follows (a closing line) leaves the text.
void CutBefore(std::string& text, size_t cut) { text.resize(text.find_last_not_of('\n', cut) + 1); }

// A source line closing the text ("Источник: «Вестник Заречья»", "Джерело: ...", "来源：
// 新华社"; phrases::kSourceLabels) or a desk's sign-off crediting agencies ("red,
// ORF.at/Agenturen", "(mig/dpa)"; IsDeskSignOff), up to 60 characters, leaves it: the
// story's provenance, not its text. Only the last line: a label of the kind inside the text opens a
// quoted source's note or a post the page reprints, and the selection around the line is left as it
// chose (a short last paragraph before it stays). So does a box of sources closing the text: a line
// that is a title of phrases::kSourceBoxTitles ("Verwendete Quellen", "Sources:") and one to eight
// lines after it to the end, each up to 80 characters and no sentence (the agencies and outlets:
// "Nachrichtenagentur dpa", "bahn.de: Aktuelle Verkehrsmeldungen"); a title over sentences or
// longer lines (a list of references, an essay's closing section) stays.
void DropClosingSources(Extracted& out) {
  constexpr int kMaxSourceLineChars = 60, kMaxSourceItemChars = 80, kMaxSourceItems = 8;
  const size_t cut = out.text.rfind('\n');
  if (cut == std::string::npos) return;
  const std::string_view last = TrimAscii(std::string_view(out.text).substr(cut + 1));
  if (CountChars(last) <= kMaxSourceLineChars &&
      (extract_internal::StartsWithAny(extract_internal::Lower(last),
                                       extract_internal::phrases::kSourceLabels) ||
       extract_internal::IsDeskSignOff(last))) {
    CutBefore(out.text, cut);
    return;
  }
  int items = 0;
  for (size_t end = out.text.size(); end > 0 && items <= kMaxSourceItems;) {
    const size_t start = out.text.rfind('\n', end - 1);
    const size_t from = start == std::string::npos ? 0 : start + 1;
    const std::string_view line = TrimAscii(std::string_view(out.text).substr(from, end - from));
    if (start == std::string::npos && items == 0) return;  // the whole text
    end = start == std::string::npos ? 0 : start;
    if (line.empty()) continue;
    if (items > 0 && CountChars(line) <= kMaxSourceLineChars &&
        extract_internal::phrases::Listed(extract_internal::phrases::kSourceBoxTitles,
                                          TrimAscii(extract_internal::Lower(line), " :"))) {
      if (start != std::string::npos) CutBefore(out.text, start);
      return;
    }
    if (CountChars(line) > kMaxSourceItemChars || extract_internal::EndsLikeSentence(line)) return;
    ++items;
  }
}

// The text's closing line opening with the byline's first name in full (two words or
// more), then a space and a word in lower case, up to 300 characters, is the author's
// biography or contact line ("Sarah Kim covers retirement for The Times from Washington.",
// "Jana Weber ist Redakteurin im Ressort Politik."): it leaves the text. Not when it is the
// whole text; a name followed by punctuation or a capital ("Sarah Kim, 45, ...") stays.
void DropClosingAuthorLine(Extracted& out) {
  constexpr int kMaxAuthorLineChars = 300;
  const std::string_view author = std::string_view(out.byline).substr(0, out.byline.find(", "));
  const size_t cut = out.text.rfind('\n');
  if (author.find(' ') == std::string_view::npos || cut == std::string::npos) return;
  const std::string_view last = TrimAscii(std::string_view(out.text).substr(cut + 1));
  if (CountChars(last) > kMaxAuthorLineChars || !last.starts_with(author)) return;
  const std::string_view rest = last.substr(author.size());
  if (rest.size() < 2 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z') return;
  CutBefore(out.text, cut);
}

// A reporter's sign-off in a script without case ("박지훈 기자 jhpark@...", "记者 王磊")
// closing the article, as its last line (a paragraph, or a line joined by <br> to the
// last one) or one of the two lines after it, is the byline when the page names no author
// (or only the site or the press: NamesAReporter). A last line leaves the text whoever
// the page names: a portal prints the sign-off under a body its header has already
// credited. The cased scripts' counterpart is TakeClosingName.
void TakeReporterSignOff(const std::vector<Block>& blocks, const Meta& meta, Extracted& out) {
  constexpr int kLinesAfter = 2;
  const bool named = NamesAReporter(meta, out);
  const size_t cut = out.text.rfind('\n');
  const std::string_view last =
      std::string_view(out.text).substr(cut == std::string::npos ? 0 : cut + 1);
  if (last.empty()) return;
  if (std::string name = extract_internal::ReporterSignOffName(last); !name.empty()) {
    if (cut == std::string::npos) return;  // the whole text
    if (!named) out.byline = std::move(name);
    CutBefore(out.text, cut);
    return;
  }
  if (named) return;
  const size_t paragraph_cut = out.text.rfind("\n\n");
  const std::string_view last_paragraph =
      std::string_view(out.text).substr(paragraph_cut == std::string::npos ? 0 : paragraph_cut + 2);
  for (auto b = blocks.rbegin(); b != blocks.rend(); ++b) {
    if (b->text != last_paragraph) continue;
    const auto after = b.base();  // the block after the last paragraph
    for (auto n = after; n != blocks.end() && n - after < kLinesAfter; ++n) {
      if (std::string name = extract_internal::ReporterSignOffName(n->text); !name.empty()) {
        out.byline = std::move(name);
        return;
      }
    }
    return;
  }
}

// A reporter's credit in brackets opening the text ("〔記者林志明／台北報導〕") is the byline
// when the page names no author (or only the site or the press: NamesAReporter). The text
// keeps it when it opens the body's first paragraph, as the paper prints it, and drops it
// when it is a line of its own ("【記者林志明／報導】" over the body): a credit line is no
// text.
void TakeOpeningCredit(const Meta& meta, Extracted& out) {
  size_t credit_bytes = 0;
  std::string name = extract_internal::OpeningCreditName(out.text, &credit_bytes);
  if (name.empty()) return;
  if (!NamesAReporter(meta, out)) out.byline = std::move(name);
  const size_t nl = std::min(out.text.find('\n'), out.text.size());
  if (nl < credit_bytes ||
      !TrimAscii(std::string_view(out.text).substr(credit_bytes, nl - credit_bytes)).empty())
    return;
  if (const size_t next = out.text.find_first_not_of('\n', nl); next != std::string::npos)
    out.text.erase(0, next);
}

// Classifies the page from its extraction (out.text and the metadata set).
void ClassifyExtracted(const std::vector<Block>& blocks, const std::vector<Element>& els,
                       const Meta& meta, std::string_view title, const xmlNode* root,
                       Extracted& out) {
  extract_internal::PageSignals signals;
  signals.blocks = &blocks;
  signals.els = &els;
  signals.title = title;
  signals.h1s = &meta.h1s;
  signals.text = out.text;
  signals.text_chars = CountChars(out.text);
  for (const Block& b : blocks) {
    signals.page_chars += b.chars;
    signals.page_link_chars += b.link_chars;
    if (b.teaser) signals.page_teaser_chars += b.chars;
  }
  // Walls and error notices are often dropped as boilerplate: short texts are checked
  // against the whole page's blocks.
  std::string page_text, whole_text;
  if (signals.text_chars < 1000) {
    for (const Block& b : blocks) {
      if (page_text.size() > 16384) break;
      page_text += b.text;
      page_text += '\n';
    }
    signals.page_text = page_text;
  }
  if (signals.text_chars < extract_internal::kPaywallMaxChars) {
    whole_text = extract_internal::TextOf(root, 16384);
    signals.whole_text = whole_text;
  }
  signals.has_article_metadata = !out.published_raw.empty() || !meta.ld.article_body.empty();
  signals.dated_in_page = (!out.published_raw.empty() && out.published_source != "url") ||
                          !meta.ld.article_body.empty();
  out.page_class = extract_internal::ClassifyPage(signals, out.page_class_reason);
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

  // Only pages that say "shadowroot" (the attribute as written, in lower case) are walked for
  // declarative shadow roots (memmem: glibc's skips ahead, a fraction of an instruction per
  // byte).
  constexpr std::string_view kShadowRoot = "shadowroot";
  if (memmem(html_utf8.data(), html_utf8.size(), kShadowRoot.data(), kShadowRoot.size()) != nullptr)
    extract_internal::UnwrapShadowRootTemplates(root);

  // Bidi marks, embeddings and isolates around dates and names are matched as nothing.
  extract_internal::DropBidiControls(root);

  std::vector<Element> els;
  els.reserve(2048);
  Meta meta;
  // A page without <h1> sets its headline in large type, which pass 1 reads instead.
  extract_internal::ReadDom(doc->children, els, meta, MarkupHasH1(html_utf8));

  Extracted out;
  const std::string title = ChooseMetadata(meta, url, content_language, out);
  PreferPrintedDate(meta, out.site, out);

  std::vector<Block> blocks = extract_internal::BuildBlocks(doc->children, els, meta.image_texts);
  // A title that only names the site, on a page whose headline is in no <h1> (an <h2> in a
  // layout table, a `div.news-title`): the heading right before the body is the headline.
  const bool h1s_name_site =
      std::all_of(meta.h1s.begin(), meta.h1s.end(),
                  [&](const std::string& h) { return NamesSite(meta, h, out.site); });
  if (h1s_name_site && NamesSite(meta, out.title, out.site)) {
    if (std::string h = extract_internal::HeadingBeforeBody(blocks, els); !h.empty())
      out.title = std::move(h);
  }
  // A label or a site's name the title keeps beside the headline the page shows ("Blog
  // Archiv » Story" over an <h2> "Story") goes.
  constexpr size_t kMaxHeadings = 40;
  std::vector<std::string> headings = meta.h1s;
  if (meta.h1s.empty() && !meta.headline.empty()) headings.push_back(meta.headline);
  for (const Block& b : blocks)
    if (b.heading >= 1 && b.heading <= 3 && !b.boilerplate && !b.beside_marker &&
        headings.size() < kMaxHeadings)
      headings.push_back(b.text);
  const extract_internal::HeadingWords heading_words(headings);
  out.title = extract_internal::TitleOfHeading(out.title, heading_words);
  out.title =
      extract_internal::TitleShownByHeading(out.title, meta.title_tag, out.site, heading_words);
  // On a page whose <h1>s all name the site (a blog's name, a logo), a title that opens or
  // closes with a lower heading set apart by a colon or a site's separator ("Story : Blog |
  // Motto", "Blog: Story" over an <h3> "Story": the post's title under the blog's) is that
  // heading.
  if (h1s_name_site && !meta.h1s.empty()) {
    for (size_t i = meta.h1s.size(); i < headings.size(); ++i) {
      if ((extract_internal::TitleOpensWith(out.title, headings[i]) ||
           extract_internal::TitleClosesWith(out.title, headings[i])) &&
          !NamesSite(meta, headings[i], out.site)) {
        out.title = headings[i];
        break;
      }
    }
  }
  std::vector<std::string> headlines = meta.h1s;
  headlines.push_back(out.title);
  headlines.push_back(meta.title_tag);
  headlines.push_back(meta.ld.headline);
  // The dateline under the headline, whatever it holds besides the date ("کد خبر: ۴۸۲۱۵۶
  // تاریخ انتشار: ...", "2026-12-05 10:20 来源：... 作者：..."), is the header's, not text;
  // a line the date parser reads no day in ("1962–1964 Zweiter Bauabschnitt: Wohnhäuser 12
  // und 13"), a sentence, or an event's date line ("Termin: 20.02.2026, 19 Uhr") is the
  // text's.
  DateContext date_ctx;
  date_ctx.language_hint = out.language;
  for (const std::string& d : meta.headline_dates) {
    Result<ParsedDate> date = ParseDate(d, date_ctx);
    if (date.ok() && date->precision >= DatePrecision::kDay &&
        !extract_internal::EndsLikeSentenceNotDate(d) &&
        !extract_internal::StartsWithAny(extract_internal::Lower(d),
                                         extract_internal::phrases::kEventDateLabels))
      headlines.push_back(d);
  }
  extract_internal::MainText main =
      extract_internal::SelectMainText(blocks, els, headlines, out.byline, meta.ld);
  out.text = extract_internal::WithoutConsentBoxOpening(main.text, blocks, els);
  // An unlabelled name before the date under the headline that the text opens with is the
  // dateline's place ("New York | 5 December 2026" over "NEW YORK (AP) — ..."), no reporter;
  // so is one the text names after a preposition of places ("Nueva York, 4 de diciembre de
  // 2026" over "... los comercios de Brooklyn en Nueva York ...").
  if (meta.headline_byline_unlabelled && out.byline == meta.headline_bylines.front() &&
      (extract_internal::OpensWithPlace(out.text, out.byline) ||
       extract_internal::NamedAfterPlacePreposition(out.text, out.byline)))
    out.byline.clear();
  // Cleaned after the text is selected: the byline's own line, dates and all, is left out
  // of the text by its whole form.
  out.byline = extract_internal::BylineNamesOnly(out.byline, out.language);
  out.byline = extract_internal::BylineWithoutPlace(out.byline, out.text, meta.headline_dates);
  TakeNameAfterHeadlineDate(meta, date_ctx, out);
  TakeClosingName(blocks, els, meta, out);
  DropClosingSources(out);
  DropClosingAuthorLine(out);
  TakeReporterSignOff(blocks, meta, out);
  TakeOpeningCredit(meta, out);
  if (out.published_raw.empty()) AddBodyEdgeDatelines(blocks, els, main.best, date_ctx, out);
  // A layout table's head cell prints the date over the headline, in one block of lines.
  if (out.published_raw.empty())
    for (const std::string& d : extract_internal::HeadCellDatelines(blocks, headlines))
      AddPrintedDateline(d, date_ctx, out);
  AddBylineTimeToDate(meta, date_ctx, out);

  ClassifyExtracted(blocks, els, meta, title, root, out);
  return out;
}

}  // namespace newsdesk
