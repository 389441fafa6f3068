// Block selection of the extract stage: see extract_select.h and docs/extract.md.
#include "extract_select.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract_class_words.h"
#include "extract_phrases.h"

namespace newsdesk::extract_internal {
namespace {

using class_words::kHintPositive;

// Container score multipliers: article/main/articleBody, and content-like class words.
constexpr double kMarkerBonus = 1.25;
constexpr double kPositiveBonus = 1.1;
// The longest contact card (a name, an office, a street, a phone, an e-mail address).
constexpr int kMaxContactCardChars = 300;
// The shortest JSON-LD how-to text that stands in for a page without text.
constexpr int kMinStepsChars = 80;
// The shortest heading kept after good text as well as before it (a standfirst set as a
// heading).
constexpr int kMinStandfirstHeadingChars = 80;
// Kept text that makes a story of its own (a preloaded next story's cut, the first story's
// element taken over a longer later one).
constexpr int kMinStoryChars = 300;

// A PHP diagnostic printed into the page ("Warning: Use of undefined constant ... in
// /var/www/... on line 12"), one or several in a row: never text, whatever its length.
bool IsServerDiagnostic(std::string_view t) {
  return StartsWithAny(t, phrases::kServerDiagnostics) &&
         t.find(" on line ") != std::string_view::npos;
}

// A line of a contact card: an e-mail address, or a phone label with a number after it
// ("Tel.: 0471 80 60 745", "Telefon: +43 1 36 0 26", "טל' 03-1234567").
bool IsContactLine(std::string_view line) {
  constexpr int kMinPhoneDigits = 6;
  size_t at = line.find('@');
  if (at != std::string_view::npos && at > 0 && line[at - 1] != ' ' &&
      line.find('.', at) != std::string_view::npos)
    return true;
  std::string l = Lower(line);
  auto ascii_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  for (std::string_view label : phrases::kContactLabels) {
    // A word of its own: "Tel." but not "Ausstellung", "Hotel".
    for (size_t p = l.find(label); p != std::string::npos; p = l.find(label, p + 1)) {
      size_t end = p + label.size();
      if ((p > 0 && ascii_alnum(l[p - 1])) || (end < l.size() && ascii_alnum(l[end]))) continue;
      if (CountDigits(std::string_view(l).substr(end)) >= kMinPhoneDigits) return true;
    }
  }
  return false;
}

// A contact card: lines joined by <br>, none of them a sentence, one of them an e-mail
// address or a phone number ("Planungsbüro ... * 27580 Bremerhaven" / "Tel.: 0471 ...",
// a name, an office, a street and a phone): the site's or the author's address, not text.
bool IsContactCard(std::string_view text) {
  constexpr int kMaxLineChars = 100;
  constexpr int kSentenceWords = 5;
  if (text.find('\n') == std::string_view::npos) return false;
  int lines = 0;
  bool contact = false;
  size_t i = 0;
  while (i <= text.size()) {
    size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    i = end + 1;
    if (CountChars(line) == 0) continue;
    ++lines;
    if (CountChars(line) > kMaxLineChars) return false;
    bool contact_line = IsContactLine(line);
    if (!contact_line && EndsLikeSentence(line) && CountWords(line) >= kSentenceWords) return false;
    contact = contact || contact_line;
  }
  return lines >= 2 && contact;
}

// A figure's caption written as a paragraph: a figure label, maybe its number, then a colon
// ("Abbildung: Vergleich ...", "Figure 3: ...", "Rys. 2:", "图1："), whatever its length
// (figcaption elements are skipped when the blocks are built).
bool IsFigureCaption(std::string_view text) {
  std::string l = Lower(text.substr(0, 40));
  for (std::string_view label : phrases::kFigureLabels) {
    if (!l.starts_with(label)) continue;
    std::string_view rest = std::string_view(l).substr(label.size());
    // Spaces, stops and the figure's number in any digit system ("Abb. 2", "شكل ١").
    while (!rest.empty()) {
      auto lead = static_cast<unsigned char>(rest.front());
      size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      if (rest.front() != ' ' && rest.front() != '.' && CountDigits(rest.substr(0, len)) != 1)
        break;
      rest.remove_prefix(std::min(len, rest.size()));
    }
    if (rest.starts_with(":") || rest.starts_with("\xEF\xBC\x9A")) return true;  // full-width
  }
  return false;
}

// A caption written as a paragraph beside its image (no <figcaption>): a short block next
// to an image, no sentence of its own, ending (brackets aside) with a photographer's credit
// (phrases::kPhotoCreditEnds: "通车当天的新桥（记者 张伟 摄）", "テープカットをする市長ら＝5日、
// 佐藤健太撮影"). A sentence of the body ends with its stop, even one about a photo; a caption
// that is a sentence before its credit ("2月17日，...拍照留念。新华社记者 才扬 摄") stays, as the
// dev set's reference keeps it (xinhuanet.com), unless the credit is in brackets, a caption's
// formula ("列車試運轉。（記者林志明攝）").
bool IsCreditedCaption(const Block& b) {
  constexpr int kMaxCaptionChars = 200;
  if (!b.near_image || b.heading > 0 || b.chars > kMaxCaptionChars) return false;
  std::string_view t = TrimAscii(b.text);
  static constexpr std::string_view kStops[] = {"\u3002", "\uFF01", "\uFF1F", ". "};
  if (!t.ends_with(")") && !t.ends_with("\uFF09"))
    for (std::string_view stop : kStops)
      if (b.text.find(stop) != std::string::npos) return false;
  static constexpr std::string_view kClosers[] = {")", "]", " ", "\uFF09", "\u3011", "\u3000"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view c : kClosers) {
      if (!t.ends_with(c)) continue;
      t.remove_suffix(c.size());
      trimmed = true;
    }
  }
  return std::any_of(phrases::kPhotoCreditEnds.begin(), phrases::kPhotoCreditEnds.end(),
                     [&](std::string_view e) { return t.ends_with(e); });
}

// Whether `t` is only a link to the rest of a story (phrases::kReadMoreLinks: "Read
// more", "Mehr lesen...", "» weiter", "lire la suite →"), whatever arrows and dots it carries.
bool IsReadMoreText(std::string_view t) {
  std::string l = Lower(CollapseSpace(t));
  std::string_view v(l);
  constexpr std::string_view kMarks[] = {
      "\xE2\x80\xA6", "...", "\xC2\xBB", "\xE2\x80\xBA",
      "\xE2\x86\x92", ">",   " ",        "\xE2\x80\xA2"};  // … ... » › → > •
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view m : kMarks) {
      while (v.ends_with(m)) v.remove_suffix(m.size()), trimmed = true;
      while (v.starts_with(m)) v.remove_prefix(m.size()), trimmed = true;
    }
  }
  return phrases::Listed(phrases::kReadMoreLinks, v);
}

// Whether `t` ends with an ASCII emoticon of phrases::kEmoticons ("<3", "=)", ":D").
bool EndsWithEmoticon(std::string_view t) {
  t = TrimAscii(t);
  for (std::string_view e : phrases::kEmoticons)
    if (t.ends_with(e)) return true;
  return false;
}

constexpr int kMaxCounterWords = 12;

// Reads the ASCII number at t[*at] (up to nine digits), moving *at past it; -1 if none or
// longer.
constexpr int kMaxCountDigits = 9;
long ReadCount(std::string_view t, size_t* at) {
  long n = -1;
  int digits = 0;
  for (; *at < t.size() && t[*at] >= '0' && t[*at] <= '9'; ++*at, ++digits)
    if (digits < kMaxCountDigits) n = (n < 0 ? 0 : n * 10) + (t[*at] - '0');
  return digits > kMaxCountDigits ? -1 : n;
}

// Moves *at past the first of `words` found there (and the spaces around it); false if none.
// A word must end there ("a" is no prefix of "an"); a dash may touch the next number.
bool SkipWord(std::string_view t, size_t* at, std::span<const std::string_view> words) {
  size_t p = *at;
  while (p < t.size() && t[p] == ' ') ++p;
  for (std::string_view w : words) {
    if (t.substr(p, w.size()) != w) continue;
    size_t end = p + w.size();
    // Dashes ("-", "~", U+2013, U+2014: first byte 0xE2) join numbers without spaces.
    auto lead = static_cast<unsigned char>(w.front());
    bool dash = lead == '-' || lead == '~' || lead == 0xE2;
    if (!dash && end < t.size() && t[end] != ' ') continue;
    while (end < t.size() && t[end] == ' ') ++end;
    *at = end;
    return true;
  }
  return false;
}

// A listing's counter in lower-case `t`: a page of results as "first, range word, last,
// total word, total" ("1 bis 10 von insgesamt 19", "showing 11-20 of 45 results", "1 à 12
// sur 40"), where the page starts at a multiple of its size plus one and the total is no
// smaller than its end. "Von 2 bis 3 von 5 Patienten" starts no page of two.
bool HasListingCounter(std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9' || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9')) continue;
    size_t p = i;
    long first = ReadCount(t, &p);
    if (first < 1 || !SkipWord(t, &p, phrases::kCounterRangeWords)) continue;
    long last = ReadCount(t, &p);
    if (last < first || !SkipWord(t, &p, phrases::kCounterTotalWords)) continue;
    long total = ReadCount(t, &p);
    if (total >= last && (first - 1) % (last - first + 1) == 0) return true;
  }
  return false;
}

// A pagination label in lower-case `t`, alone on its line: "Seite 1 von 3", "page 2 of 5",
// "strona 1 z 3": a page word, the page's number and the number of pages, no smaller. Without
// the page word, a slideshow's counter under its picture ("1 von 8", "1 of 14").
bool IsPageOfPages(std::string_view t) {
  size_t p = 0;
  SkipWord(t, &p, phrases::kPageWords);
  const long page = ReadCount(t, &p);
  if (page < 1 || !SkipWord(t, &p, phrases::kCounterTotalWords)) return false;
  const long pages = ReadCount(t, &p);
  return pages >= page && TrimAscii(t.substr(p), " .:").empty();
}

// A breadcrumb trail ("Home > News > Local", "ראשי » ירושלים", "خانه › اقتصاد"): up to 80
// characters of two to six parts of at most four words each, between arrows set apart by
// spaces (> » ›, and < « ‹ of right-to-left pages), some of them links, no sentence. A menu path
// written in prose
// ("Settings > Privacy > Cookies", not linked) stays.
bool IsBreadcrumbTrail(const Block& b) {
  constexpr int kMaxTrailChars = 80;
  constexpr int kMaxParts = 6;
  constexpr int kMaxPartWords = 4;
  if (b.chars > kMaxTrailChars || b.link_chars == 0 || b.heading > 0 || EndsLikeSentence(b.text))
    return false;
  constexpr std::string_view kArrows[] = {" > ", " \xC2\xBB ", " \xE2\x80\xBA ",   // > » ›
                                          " < ", " \xC2\xAB ", " \xE2\x80\xB9 "};  // < « ‹
  std::string t = " " + NbspToSpace(b.text) + " ";
  int parts = 1;
  size_t start = 0;
  while (true) {
    size_t at = std::string::npos, len = 0;
    for (std::string_view a : kArrows) {
      size_t f = t.find(a, start);
      if (f < at) {
        at = f;
        len = a.size();
      }
    }
    std::string_view part(t.data() + start, (at == std::string::npos ? t.size() : at) - start);
    if (CountWords(part) == 0 || CountWords(part) > kMaxPartWords) return false;
    if (at == std::string::npos) break;
    if (++parts > kMaxParts) return false;
    start = at + len - 1;  // the space after the arrow opens the next part
  }
  return parts >= 2;
}

// One of `labels` alone on its line, ASCII punctuation and spaces around it trimmed: a
// wire's end mark ("// انتهى //", "- ENDS -"; phrases::kEndMarks), an ad slot's label
// ("- Hirdetés -", "광고"; phrases::kAdLabels), a share button's ("Share", "Teilen";
// phrases::kShareLabels) or a shop button's ("Zum Shop", "Shop now"; phrases::kShopLabels).
bool IsLabelAlone(std::string_view line, std::span<const std::string_view> labels) {
  constexpr std::string_view kFrame = " \t\n/\\-_*()[]#.=~|";
  constexpr size_t kMaxLabelBytes = 24;  // longer than any listed label (two-byte scripts)
  const std::string_view label = TrimAscii(line, kFrame);
  return label.size() <= kMaxLabelBytes && phrases::Listed(labels, Lower(label));
}

// Photo credits ("Foto:", "© ...", "Photograph by"; phrases::kCredits), indexed once for
// every rule that looks for them.
const PhraseIndex& CreditIndex() {
  static const PhraseIndex index(phrases::kCredits);
  return index;
}

// A copyright notice: a copyright mark (phrases::kCopyrightMarks) and a year open the
// lower-cased line `l` ("© 2026 The Associated Press. All rights reserved. This material
// may not be published ...", "copyright 2019-2026 ..."). The words after the year are the
// agency's own and in any language; prose opens with no copyright mark.
bool OpensWithCopyrightYear(std::string_view l) {
  constexpr int kYearDigits = 4;
  for (std::string_view mark : phrases::kCopyrightMarks) {
    if (!l.starts_with(mark)) continue;
    const std::string_view rest = TrimAscii(l.substr(mark.size()));
    const std::string_view year = rest.substr(0, kYearDigits);
    if (year.size() == kYearDigits &&
        (rest.size() == year.size() || rest[year.size()] < '0' || rest[year.size()] > '9') &&
        HasYear(year))
      return true;
  }
  return false;
}

// A review's rating widget: three or more rating stars (★☆⭐✩✪✫✬✭✮✯✰) in line `text`
// ("★★★★☆ 8/10 Note de la rédaction"), the stars and score of the site's template.
bool IsRatingStars(std::string_view text) {
  constexpr int kMinStars = 3;
  int stars = 0;
  // All of them are three bytes opened by E2: 98 85-86, AD 90, 9C A9-B0.
  for (size_t i = text.find('\xE2'); i != std::string_view::npos && i + 2 < text.size();
       i = text.find('\xE2', i + 1)) {
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const auto third = static_cast<unsigned char>(text[i + 2]);
    const bool star = (second == 0x98 && (third == 0x85 || third == 0x86)) ||
                      (second == 0xAD && third == 0x90) ||
                      (second == 0x9C && third >= 0xA9 && third <= 0xB0);
    if (star && ++stars >= kMinStars) return true;
  }
  return false;
}

// Lines that are page furniture whatever their container: "Read more" and its kin, share
// counters, datelines, "By ..." bylines, photo credits and social-media calls to action.
// `listed_row`: the block is a row of a dated listing (DatedListingRows), whose date opens
// an entry of the text, not the page's dateline.
bool IsBoilerplateLine(const Block& b, bool listed_row = false) {
  // A list of songs with their running times, whatever its length.
  if (TrackListShape(b.text) == TrackList::kTimed) return true;
  if (b.chars > 600) return false;
  static const PhraseIndex kLegalStarts(phrases::kLegalStarts),
      kShortLineStarts(phrases::kShortLineStarts);
  // The tables searched anywhere in the line, all in one pass (bits in this order).
  static const PhraseTables kLineTables({phrases::kAppeals, phrases::kDisclaimers,
                                         phrases::kLicenceClauses, phrases::kPaywallCalls,
                                         phrases::kAuthorBios, phrases::kCallsToAction,
                                         phrases::kReadingTimes, phrases::kCookieNotices});
  enum : uint32_t {
    kAppeal = 1,
    kDisclaimer = 2,
    kLicenceClause = 4,
    kPaywallCall = 8,
    kAuthorBio = 16,
    kCallToAction = 32,
    kReadingTime = 64,
    kCookieNotice = 128
  };
  std::string l = Lower(b.text);
  // A Chinese paragraph's indent of ideographic spaces ("　　原标题：...") opens no line.
  constexpr std::string_view kIdeographicSpace = "\u3000";
  size_t indent = 0;
  while (l.compare(indent, kIdeographicSpace.size(), kIdeographicSpace) == 0)
    indent += kIdeographicSpace.size();
  l.erase(0, indent);
  const uint32_t found = kLineTables.Occurring(l);
  // Appeals for donations or support and disclaimers ("gibt die Meinung des Autors wieder",
  // a blog theme's "Der Beitrag wurde am ... veröffentlicht ... RSS 2.0 Feed"), often
  // several sentences.
  if ((found & (kAppeal | kDisclaimer)) != 0) return true;
  // A licence note ("Sofern nicht anders angegeben, stehen die Texte unter CC BY-SA"): its
  // clause counts only beside a licence's name, as prose makes exceptions in the same words.
  if ((found & kLicenceClause) != 0 && !FindAny(l, phrases::kLicenceNames).empty()) return true;
  if (b.chars > 300) return false;
  if (b.chars <= 200) {
    int social = 0;
    for (std::string_view w : phrases::kSocialNetworks)
      if (l.find(w) != std::string::npos) ++social;
    if (social >= 2 && !FindAny(l, phrases::kSocialCalls).empty()) return true;
  }
  // Legal and provenance notes, whatever their length up to 300 characters.
  if (kLegalStarts.Opens(l) || OpensWithCopyrightYear(l)) return true;
  // A paywall's box under a body cut short ("To read the full article, subscribe ...").
  if ((found & kPaywallCall) != 0) return true;
  // Author biographies ("... is a reporter at").
  if ((found & kAuthorBio) != 0) return true;
  // Calls to comment, share or read on and cookie notices, in short lines (a banner's
  // longer notice is judged beside its neighbours: IsLongCookieNotice).
  if (b.chars <= 150 && (found & (kCallToAction | kCookieNotice)) != 0) return true;
  // A line pointing to a video ("WATCH: ...", "Im Video: ..."): its title, no sentence.
  if (b.chars <= 150 && !EndsLikeSentence(b.text) && StartsWithAny(l, phrases::kVideoPointers))
    return true;
  // A running time alone with its unit ("01:32 min", "3 Min."): a player's or the reading
  // time's, outside the player's box or without its class. Not in a list or table, whose
  // items are data (a settings page's choices "4 minutes", "5 minutes", a programme).
  if (!b.in_li && !b.in_table && IsDurationWithUnit(b.text)) return true;
  // A row of three or more data cells is no caption nor credit, though a company in it is
  // named like a photo agency ("Keystone United | 0.81 | -14%", "Getty Images | 2.14").
  constexpr int kMinDataRowCells = 3;
  const bool data_row = b.cells >= kMinDataRowCells;
  // A caption ending with its photo credit ("... Photo: Jane Doe/AFP").
  if (b.chars <= 200 && !data_row) {
    std::string_view tail(l);
    if (tail.size() > 60) tail.remove_prefix(tail.size() - 60);
    if (!FindAny(tail, phrases::kCaptionCredits).empty()) return true;
  }
  if (b.chars > 80) return false;
  if (IsBreadcrumbTrail(b)) return true;
  if (StartsWithAny(l, phrases::kDatelineStarts)) return true;
  // "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", "Showing 1–10 of 19
  // results": a shop's or an archive's counter of the listing, not text.
  if (CountWords(l) <= kMaxCounterWords && HasListingCounter(l)) return true;
  // "Seite 1 von 3" over an article split over pages, "1 of 14" under a gallery's picture:
  // the pager's, not the text's.
  if (IsPageOfPages(l)) return true;
  // "21 ก.ย. 2569 10:30 น. อ่าน 2,315 ครั้ง", "18.11.2026 · 1.284 okunma": a line with the
  // page's count of its readers is the article's furniture, date and all. A dateline is no
  // sentence though it reads as a Thai one (40 characters ending in a letter: "date โดย:
  // name อ่าน 2,315 ครั้ง").
  if ((!EndsLikeSentence(b.text) || LooksLikeDateline(b.text)) && HasViewCount(l)) return true;

  if ((!EndsLikeSentence(b.text) || b.chars <= 60) && !data_row && !CreditIndex().Find(l).empty())
    return true;
  if (b.chars > 60) return false;
  // A rating widget's stars over a review, with its score and label ("★★★★☆ 8/10").
  if (!EndsLikeSentence(b.text) && IsRatingStars(b.text)) return true;
  // Also in a template's frame of dashes ("- Advertisement -", "- Reklam -").
  if (kShortLineStarts.Opens(TrimAscii(l, " -_*|"))) return true;
  if (IsLabelAlone(l, phrases::kEndMarks) || IsLabelAlone(l, phrases::kAdLabels) ||
      (b.heading == 0 &&
       (IsLabelAlone(l, phrases::kShareLabels) || IsLabelAlone(l, phrases::kShopLabels))))
    return true;
  bool sentence = EndsLikeSentence(b.text);
  // A byline's label left alone when its name, a link, went with the links ("Autor:",
  // "Autore:"): the byline's furniture.
  if (IsLabelAlone(l, phrases::kBylinePrefixes)) return true;
  // "By Jane Doe", "Von Max Muster": a byline, not text.
  if (!sentence && b.chars <= 50 && CountWords(l) <= 7 &&
      StartsWithAny(l, phrases::kBylinePrefixes))
    return true;
  // "February 13, 2026 · 7 min read": a dateline with the reading time. Without a date
  // ("Estimated reading time: 6 minutes", "Lesedauer: 8 Min.", "זמן קריאה: 4 דקות"), the
  // page's estimate of its reading time, sentence or not.
  if ((found & kReadingTime) != 0) {
    constexpr int kMaxReadingTimeWords = 8;
    constexpr int kMaxMinutesDigits = 3;
    if (!sentence && HasYear(l)) return true;
    int digits = CountDigits(l);
    if (!HasYear(l) && digits >= 1 && digits <= kMaxMinutesDigits &&
        CountWords(l) <= kMaxReadingTimeWords)
      return true;
  }
  // A table row of figures and dates is data, not a dateline or a counter.
  if (b.in_table) return false;
  // Datelines: short, with a year, few words; a separator opening or closing the line, left
  // by an empty field of the template, is no word ("| Saturday, August 29, 2020 | 10:46 am",
  // no author's name before it). A line opened by an event's label ("Termin: 29.02.2020, 19
  // Uhr", "When: May 3, 2026") dates what the text announces: it stays.
  if (!listed_row && !sentence && b.chars <= 40 && CountWords(TrimAscii(l, " |/-")) <= 7 &&
      !StartsWithAny(l, phrases::kEventDateLabels) &&
      ((HasYear(l) && DigitGroups(l) >= 2) || HasHebrewCalendarDate(l)))
    return true;
  // Counters, lone numbers and times of day in any digits ("0 39", "١٦:٤٠").
  // An emoticon alone ("=)", "<3") is the writer's, not a counter.
  constexpr int kMaxEmoticonChars = 4;
  return !HasLetter(b.text) && !(b.chars <= kMaxEmoticonChars && EndsWithEmoticon(b.text));
}

// A paragraph whose last lines, joined to it by <br>, are furniture of their own (a
// welcome box ending "we use cookies", a post ending with a newsletter call or a photo
// credit) loses those lines and keeps the rest; so does a wire report's end mark with the
// short line after it (its time: "// انتهى //" then "٠٢:١٥ ت م"). Returns whether a line
// went.
bool TrimBoilerplateTail(Block& b) {
  bool trimmed = false;
  if (b.in_pre || b.heading > 0) return false;
  constexpr int kMaxAfterEndMarkChars = 30;
  for (size_t nl = b.text.rfind('\n'); nl != std::string::npos; nl = b.text.rfind('\n')) {
    Block line;
    line.text = b.text.substr(nl + 1);
    line.chars = CountChars(line.text);
    line.in_table = b.in_table;
    const size_t prev = nl > 0 ? b.text.rfind('\n', nl - 1) : std::string::npos;
    const bool after_end_mark = !trimmed && nl > 0 && line.chars <= kMaxAfterEndMarkChars &&
                                IsLabelAlone(std::string_view(b.text).substr(
                                                 prev == std::string::npos ? 0 : prev + 1,
                                                 nl - (prev == std::string::npos ? 0 : prev + 1)),
                                             phrases::kEndMarks);
    if (!after_end_mark && !IsBoilerplateLine(line)) break;
    trimmed = true;
    b.cut_tail.insert(0, line.text + (b.cut_tail.empty() ? "" : "\n"));
    while (nl > 0 && (b.text[nl - 1] == '\n' || b.text[nl - 1] == ' ')) --nl;
    b.text.resize(nl);
    b.chars = std::max(1, b.chars - line.chars);
    b.link_chars = std::min(b.link_chars, b.chars);
  }
  return trimmed;
}

// A body whose paragraphs are joined by <br> in one block (a news portal's or an older
// CMS's "text<br><br>text") loses the lines set alone between two of its prose lines that
// are furniture of their own (IsBoilerplateLine: a photo's credit under an inline image,
// "Read also: ..."), as TrimBoilerplateTail trims its tail; so does its first line before
// prose when the block follows an image (the image's caption, printed in the run of text).
// Prose lines have kMinProseLineChars and end like a sentence. A first line elsewhere is
// the paragraph's lead-in or subhead ("Investments:", an item's name and figures), and lines
// in a run of short ones (an address, a list, a poem's stanza) are left whole. Returns
// whether a line went.
bool TrimBoilerplateInnerLines(Block& b) {
  constexpr int kMinProseLineChars = 40;  // a sentence of Korean or Chinese prose
  if (b.in_pre || b.heading > 0 || b.text.find('\n') == std::string::npos) return false;
  std::vector<std::string_view> lines;
  for (std::string_view rest(b.text);;) {
    const size_t nl = rest.find('\n');
    lines.push_back(rest.substr(0, nl));
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  std::vector<bool> prose(lines.size());
  for (size_t i = 0; i < lines.size(); ++i)
    prose[i] = CountChars(lines[i]) >= kMinProseLineChars && EndsLikeSentence(lines[i]);
  const auto last = std::find(prose.rbegin(), prose.rend(), true);
  if (last == prose.rend()) return false;
  const size_t to = lines.size() - 1 - static_cast<size_t>(last - prose.rbegin());
  std::string kept;
  int dropped_chars = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    // Before the last prose line (so a line follows), set alone, not blank.
    if (i < to && !prose[i] && (i == 0 ? b.near_image : prose[i - 1]) && prose[i + 1] &&
        !TrimAscii(lines[i]).empty()) {
      Block line;
      line.text = std::string(lines[i]);
      line.chars = CountChars(line.text);
      line.in_table = b.in_table;
      if (IsBoilerplateLine(line)) {
        dropped_chars += line.chars;
        continue;
      }
    }
    if (!kept.empty()) kept += '\n';
    kept.append(lines[i]);
  }
  if (dropped_chars == 0) return false;
  b.text = std::move(kept);
  b.chars = std::max(1, b.chars - dropped_chars);
  b.link_chars = std::min(b.link_chars, b.chars);
  return true;
}

enum class Kind : uint8_t { kGood, kNearGood, kShort, kBad, kHeading };

Kind Classify(const Block& b) {
  double ld = b.chars > 0 ? static_cast<double>(b.link_chars) / b.chars : 1.0;
  if (b.teaser || b.author_box || b.boilerplate || IsServerDiagnostic(b.text)) return Kind::kBad;
  // A link-dense paragraph that is still prose (a sentence of linked names or sources)
  // stays when good text surrounds it: from 30% link text (below that it is good) to 70%.
  if (ld > 0.3 && ld <= 0.7 && b.heading == 0 && !b.in_li && b.chars >= 100 &&
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
  // A card whose title is a heading without a link, closed by a read-more link instead
  // ("<h3>Title</h3><p>summary…</p><a>Mehr lesen...</a>": the whole card is the link).
  auto plain_title = [](const Block& b) {
    return b.heading > 0 && b.chars >= 10 && b.chars <= kMaxHeadlineChars && b.link_chars == 0 &&
           !b.in_table;
  };
  auto read_more = [](const Block& b) {
    return b.heading == 0 && b.link_chars * 10 >= b.chars * 8 && IsReadMoreText(b.text);
  };
  // Blocks [first, last] in element `card`, when it holds little besides them (no body of
  // paragraphs), keyed by its shape: the tag and the first class word without digits
  // (cards of one list differ by ids, positions and taxonomy classes: "post-4163
  // category-medien").
  auto add_card = [&](size_t first, size_t last, int card) {
    int pair_chars = 0;
    for (size_t k = first; k <= last; ++k) pair_chars += blocks[k].chars;
    if (els[card].raw_chars > pair_chars + 120) return;
    std::string key = std::string(Str(els[card].node->name)) + ".";
    if (const char* cls = Attr(els[card].node, "class")) {
      const char* p = cls;
      while (*p == ' ' || *p == '\t' || *p == '\n') ++p;
      for (; *p != '\0' && *p != ' ' && *p != '\t' && *p != '\n'; ++p)
        if (*p < '0' || *p > '9') key.push_back(*p);
    }
    cards.push_back({first, last, key});
    ++per_key[key];
  };
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    const bool plain = !linked_headline(blocks[i]);
    if (plain && !plain_title(blocks[i])) continue;
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
    while (card >= 0 && !InSubtree(els, card, b)) card = els[card].parent;
    if (card < 0 || IsPageRoot(els[card].tag)) continue;
    // A meta line short enough to pass for a summary ("May 21, 2019 | Media, Politics")
    // may come before the card's real summary.
    if (j + 1 < blocks.size() && blocks[j].chars < 60 && !EndsLikeSentence(blocks[j].text) &&
        InSubtree(els, card, blocks[j + 1].owner) && summary(blocks[j + 1]))
      ++j;
    if (plain) {
      if (j + 1 >= blocks.size() || !InSubtree(els, card, blocks[j + 1].owner) ||
          !read_more(blocks[j + 1]))
        continue;
      ++j;
    }
    add_card(i, j, card);
  }
  // A card may also be one block: the link it opens with its first line (the headline),
  // the summary the rest, with no link ("<li><a>Title</a><br><small>summary…</small></li>").
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const size_t nl = b.text.find('\n');
    if (b.owner < 0 || b.heading > 0 || b.in_table || nl == std::string::npos) continue;
    const int title = CountChars(std::string_view(b.text).substr(0, nl));
    const int rest = b.chars - title;
    if (title < 10 || title > kMaxHeadlineChars || b.lead_link_chars * 10 < title * 8 ||
        b.link_chars > b.lead_link_chars || b.lead_link_chars > title || rest < 20 ||
        rest > kMaxSummaryChars)
      continue;
    const int card = b.owner;
    if (!IsPageRoot(els[card].tag)) add_card(i, i, card);
  }
  for (const Card& c : cards) {
    if (per_key[c.key] < 2) continue;
    for (size_t k = c.first; k <= c.last; ++k) blocks[k].teaser = true;
  }
}

// A label opening what follows it: a line of up to four words, no heading, that ends with
// a colon ("Related posts:", "Mehr zum Thema:", "関連記事："). A sentence pointing to what
// follows ("The full report is available here:") is longer.
bool IsOpeningLabel(const Block& b) {
  constexpr int kMaxLabelChars = 60;
  constexpr int kMaxLabelWords = 4;
  std::string_view t = TrimAscii(b.text);
  return b.heading == 0 && b.chars <= kMaxLabelChars && CountWords(t) <= kMaxLabelWords &&
         (t.ends_with(':') || t.ends_with("\xEF\xBC\x9A"));
}

// A paywall's box under a body cut short: the element holding a line with a paywall call
// ("Sie haben bereits ein Digitalabo?", "Already a subscriber?") is the box when it is no
// article marker and holds little text (a box's title, offer, price and login link: up to
// eight blocks of up to 600 characters in all): they all go. The body's last line above the
// box stays though it breaks off mid-sentence (the page is an article stored cut:
// PaywallBoxUnderACutBodyIsNoText).
void MarkPaywallBoxes(std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr int kMaxBoxLineChars = 300;
  constexpr int kMaxBoxChars = 600;
  constexpr size_t kMaxBoxBlocks = 8;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].boilerplate || blocks[i].chars > kMaxBoxLineChars ||
        FindAny(Lower(blocks[i].text), phrases::kPaywallCalls).empty())
      continue;
    const int box = els[blocks[i].owner].parent;
    if (box < 0 || els[box].article_marker) continue;
    auto inside = [&](const Block& b) { return InSubtree(els, box, b.owner); };
    size_t first = i, last = i;
    while (first > 0 && inside(blocks[first - 1])) --first;
    while (last + 1 < blocks.size() && inside(blocks[last + 1])) ++last;
    int box_chars = 0;
    for (size_t j = first; j <= last; ++j) box_chars += blocks[j].chars;
    if (last - first >= kMaxBoxBlocks || box_chars > kMaxBoxChars) continue;
    for (size_t j = first; j <= last; ++j) blocks[j].boilerplate = true;
    i = last;
  }
}

// Truncated teasers: a summary cut short with an ellipsis and followed by a link to the
// rest of another page, the link closing its block ("What the water costs and why… More
// •••", "Der Rat tagte am Montag, um... mehr") or standing alone right after it ("... and
// the buses..." then "weiter lesen"). Such a summary is a teaser however often the page
// repeats its shape; a paragraph of the story ends with its own sentence. The summary is
// marked `teaser`.
void MarkTruncatedTeasers(std::vector<Block>& blocks) {
  constexpr int kMaxSummaryChars = 450;
  const auto read_more_alone = [](const Block& b) {
    return b.heading == 0 && b.link_chars * 10 >= b.chars * 8 && IsReadMoreText(b.text);
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.heading > 0 || b.in_table || b.chars > kMaxSummaryChars) continue;
    std::string_view t = TrimAscii(b.text);
    bool cut_short = false;
    // The link closing the block: the text after the last ellipsis but those closing it
    // ("mehr...").
    const std::string_view head = WithoutClosingEllipsis(t, cut_short);
    if (b.link_chars == 0 && !cut_short) continue;
    size_t dots = head.rfind("...");
    const size_t hellip = head.rfind("\xE2\x80\xA6");
    if (dots == std::string_view::npos || (hellip != std::string_view::npos && hellip > dots))
      dots = hellip;
    bool closed = false;
    if (dots != std::string_view::npos && b.link_chars > 0) {
      std::string_view link = t.substr(dots + 3);
      closed = b.link_chars <= CountChars(link) && IsReadMoreText(link);
    }
    if (closed || (cut_short && i + 1 < blocks.size() && read_more_alone(blocks[i + 1])))
      b.teaser = true;
  }
}

// Whether line `text`, or its part before a colon, is a title of `titles`.
bool HeadIsTitleOf(std::string_view text, std::span<const std::string_view> titles) {
  std::string l = Lower(CollapseSpace(text));
  size_t colon = l.find(':');
  std::string_view head(l);
  if (colon != std::string::npos) head = head.substr(0, colon);
  while (!head.empty() && (head.back() == ' ' || head.back() == ':')) head.remove_suffix(1);
  for (std::string_view t : titles)
    if (head == t) return true;
  return false;
}

// Whether block `b` is a title of `titles`: a whole short line or heading, or its part
// before a colon ("About the author: Jane Doe", "Literatur:").
bool IsTitleOf(const Block& b, std::span<const std::string_view> titles) {
  return b.chars <= 60 && HeadIsTitleOf(b.text, titles);
}

// Whether block `b`, of any length, opens with a title of `titles` before a colon within
// its first 60 bytes: a box's title set on the line of its text ("Zur Person: Hanna
// Bertram, 62, ist ...").
bool OpensWithTitleOf(const Block& b, std::span<const std::string_view> titles) {
  constexpr size_t kMaxTitleBytes = 60;
  const size_t colon = b.text.find(':');
  return colon != std::string::npos && colon <= kMaxTitleBytes &&
         HeadIsTitleOf(std::string_view(b.text).substr(0, colon), titles);
}

// A good-looking paragraph: no heading, 80 characters or more, at most 30% of them linked.
bool LooksLikeProse(const Block& b) {
  return b.heading == 0 && b.chars >= 80 && b.link_chars * 10 <= b.chars * 3;
}

// Author boxes: a title ("About the author", "Über den Autor", "על הכותב") opening a
// small element (up to 1,200 characters, at most four blocks and 700 characters after the
// title, no article marker) that holds a name and a biography, after some body text (a
// byline "Autor: Jane Doe" over a brief is no box), or before it when the title is a line
// alone ("Autoreninfo" over "Jane Doe leitet das Ressort ..."), the box holds a
// good-looking paragraph (the biography) and 300 characters of them follow the box. All its
// blocks are marked `author_box`.
void MarkAuthorBoxes(std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr int kMinBodyChars = 300;
  int prose_before = 0;  // characters of good-looking paragraphs before block i
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& t = blocks[i];
    if (LooksLikeProse(t)) prose_before += t.chars;
    if (t.owner < 0 || !IsTitleOf(t, phrases::kAuthorBoxTitles)) continue;
    const bool before_body = prose_before < kMinBodyChars;
    if (before_body && t.text.find(':') != std::string::npos) continue;
    // The box: the smallest element around the title that holds another block.
    int box = els[blocks[i].owner].parent;
    auto inside = [&](size_t k) { return InSubtree(els, box, blocks[k].owner); };
    while (box >= 0 && !(i + 1 < blocks.size() && inside(i + 1)) && !(i > 0 && inside(i - 1)))
      box = els[box].parent;
    if (box < 0 || (i > 0 && inside(i - 1)) || els[box].has_marker_inside ||
        els[box].raw_chars > 1200 || els[box].tag == Tag::kBody)
      continue;
    size_t end = i + 1;
    int box_chars = 0;
    while (end < blocks.size() && inside(end)) box_chars += blocks[end++].chars;
    if (end - i - 1 > 4 || box_chars > 700) continue;
    if (before_body) {
      bool bio = false;
      for (size_t k = i + 1; k < end; ++k) bio = bio || LooksLikeProse(blocks[k]);
      int prose_after = 0;
      for (size_t k = end; k < blocks.size() && prose_after < kMinBodyChars; ++k)
        if (LooksLikeProse(blocks[k])) prose_after += blocks[k].chars;
      if (!bio || prose_after < kMinBodyChars) continue;
    }
    for (size_t k = i; k < end; ++k) blocks[k].author_box = true;
    i = end - 1;
  }
}

// The company a title over a press release's description of it names ("About Harbourline
// Robotics" -> "Harbourline Robotics"): a short line opening with one of
// phrases::kCompanyAboutTitles, no sentence. Empty if `b` is none.
std::string_view CompanyOfAboutTitle(const Block& b) {
  constexpr int kMaxTitleChars = 60;
  if (b.chars > kMaxTitleChars || b.text.find('\n') != std::string::npos ||
      EndsLikeSentence(b.text) || IsTitleOf(b, phrases::kAuthorBoxTitles))
    return {};
  const std::string l = Lower(b.text);
  if (l.size() != b.text.size()) return {};
  for (std::string_view start : phrases::kCompanyAboutTitles)
    if (l.starts_with(start)) return TrimAscii(std::string_view(b.text).substr(start.size()), " :");
  return {};
}

// A press release's end matter: after its text (at least 300 characters of prose), a
// title of the company's description ("About Harbourline Robotics", "Über die Nordhafen AG"
// over a paragraph that names the company as written, as one of the text's first three
// paragraphs did) or of a section phrases::kPressEndTitles lists ("Forward-Looking
// Statements", "Contact presse") opens the rest of the element holding it and the block
// after it: up to eight blocks, whose titles are all of that kind. The description, the
// disclaimer and the contacts are the issuer's, not the text: all of them are marked
// `not_text`.
void MarkPressReleaseEndMatter(std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr int kMinProseBefore = 300;
  constexpr size_t kMaxEndMatterBlocks = 8;
  constexpr int kLeadParagraphs = 3;
  // Whether one of the text's first paragraphs, before block k, names `company`.
  const auto lead_names = [&](size_t k, std::string_view company) {
    int paragraphs = 0;
    for (size_t j = 0; j < k && paragraphs < kLeadParagraphs; ++j) {
      if (!LooksLikeProse(blocks[j]) || blocks[j].boilerplate) continue;
      if (blocks[j].text.find(company) != std::string::npos) return true;
      ++paragraphs;
    }
    return false;
  };
  const auto is_end_title = [&](size_t k) {
    if (IsTitleOf(blocks[k], phrases::kPressEndTitles)) return true;
    const std::string_view company = CompanyOfAboutTitle(blocks[k]);
    return !company.empty() && k + 1 < blocks.size() &&
           blocks[k + 1].text.find(company) != std::string::npos && lead_names(k, company);
  };
  int prose_before = 0;  // characters of good-looking paragraphs before block i
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    const Block& t = blocks[i];
    if (LooksLikeProse(t)) prose_before += t.chars;
    // A title is short, and no link nor furniture (menus, link lists).
    if (t.owner < 0 || prose_before < kMinProseBefore || t.chars > 60 || t.link_chars > 0 ||
        t.boilerplate || !is_end_title(i))
      continue;
    // The end matter: the rest of the smallest element holding the title and the next block.
    int box = els[t.owner].parent;
    const auto inside = [&](size_t k) { return InSubtree(els, box, blocks[k].owner); };
    while (box >= 0 && !inside(i + 1)) box = els[box].parent;
    if (box < 0) continue;
    size_t end = i + 1;
    bool titles_of_end_matter = true;
    for (; end < blocks.size() && inside(end) && end - i <= kMaxEndMatterBlocks; ++end)
      if (blocks[end].heading > 0 && !is_end_title(end)) titles_of_end_matter = false;
    if (!titles_of_end_matter || (end < blocks.size() && inside(end))) continue;
    for (size_t k = i; k < end; ++k) blocks[k].not_text = true;
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

// Whether the list whose first block is blocks[idx[k]] holds prose: two items or more, none
// of them linked, a teaser, furniture or a caption.
bool ListOfProse(const std::vector<Block>& blocks, const std::vector<size_t>& idx, size_t k) {
  constexpr int kMinItems = 2;
  const int group = blocks[idx[k]].group;
  if (group < 0) return false;
  int items = 0;
  for (; k < idx.size() && blocks[idx[k]].group == group; ++k, ++items) {
    const Block& b = blocks[idx[k]];
    if (!b.in_li || b.link_chars > 0 || b.teaser || b.boilerplate || b.not_text) return false;
  }
  return items >= kMinItems;
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
  // credits) are transparent. A furniture heading ("Comments", "תגובות", "Related") is
  // not: what follows it is its section's, not the body's (a comment list after the body).
  auto context = [&](size_t i, int dir, bool skip_bad = true) -> Kind {
    for (size_t k = 1; k <= 8; ++k) {
      long j = static_cast<long>(i) + dir * static_cast<long>(k);
      if (j < 0 || j >= static_cast<long>(n)) break;
      Kind kj = kinds[j];
      if (kj == Kind::kGood) return kj;
      const Block& bj = blocks[idx[j]];
      if (kj == Kind::kBad && (bj.chars >= 100 || (!skip_bad && bj.link_chars * 2 > bj.chars) ||
                               (bj.heading > 0 && bj.boilerplate)))
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
        // Kept before good text; a long heading (a standfirst) also after it, and right
        // under the headline before good text past the author's row of short linked lines
        // (Medium's and Substack's subtitle over the name, "Follow", the date and the
        // counters). A heading followed at once by one of the same or a higher rank heads an
        // empty section (a sidebar's "Upcoming events" above the next story's title).
        if (i + 1 < n && blocks[idx[i + 1]].heading > 0 && blocks[idx[i + 1]].heading <= b.heading)
          break;
        const bool under_headline = i > 0 && blocks[idx[i - 1]].heading == 1;
        keep[i] =
            context(i, +1, /*skip_bad=*/false) == Kind::kGood ||
            (b.chars >= kMinStandfirstHeadingChars &&
             (context(i, -1) == Kind::kGood || (under_headline && context(i, +1) == Kind::kGood)));
        break;
      }
    }
  }
  // A salutation opening a letter or a post ("Liebe_r Besucher_in,", "Dear readers,",
  // "أعزائي القراء،"): a short line of up to six words ending with a comma (ASCII, Arabic or
  // full-width) right before a kept good paragraph (a longer one is near-good and stays
  // before good text anyway).
  constexpr int kMaxSalutationChars = 60;
  for (size_t i = 0; i + 1 < n; ++i) {
    const Block& b = blocks[idx[i]];
    if (keep[i] || !keep[i + 1] || kinds[i + 1] != Kind::kGood ||
        (kinds[i] != Kind::kShort && kinds[i] != Kind::kNearGood) || b.heading > 0 || b.in_li ||
        b.in_table || b.teaser || b.author_box || b.boilerplate || b.not_text ||
        b.chars > kMaxSalutationChars || b.link_chars > 0)
      continue;
    std::string_view t = TrimAscii(b.text);
    constexpr int kMaxSalutationWords = 6;
    if ((t.ends_with(',') || t.ends_with("\xD8\x8C") || t.ends_with("\xEF\xBC\x8C")) &&
        CountWords(t) <= kMaxSalutationWords)
      keep[i] = true;
  }
  // An address the body announces with a colon ("... sign this petition:" + its URL, "...
  // a dedicated mailbox:" + the e-mail address) is the body's, though all link text.
  for (size_t i = 1; i < n; ++i) {
    const Block& b = blocks[idx[i]];
    if (keep[i] || !keep[i - 1] || kinds[i - 1] != Kind::kGood || b.teaser || b.author_box ||
        b.boilerplate || b.not_text || b.beside_marker || b.heading > 0 || !IsBareAddress(b.text))
      continue;
    std::string_view t = blocks[idx[i - 1]].text;
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if ((!t.empty() && t.back() == ':') || t.ends_with("\xEF\xBC\x9A")) keep[i] = true;
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
  // A heading right before a kept table is its title. So is a short heading right before
  // a kept list of prose (ListOfProse: "On aime" over a review's pros): a list of links
  // under "Weitere Informationen" is the site's.
  constexpr int kMaxListHeadingChars = 40;
  for (size_t i = 0; i + 1 < n; ++i) {
    const Block& h = blocks[idx[i]];
    const Block& next = blocks[idx[i + 1]];
    if (kinds[i] != Kind::kHeading || keep[i] || !keep[i + 1] || h.in_table || h.in_li) continue;
    if (next.in_table || (next.in_li && h.chars <= kMaxListHeadingChars &&
                          !EndsLikeSentence(h.text) && ListOfProse(blocks, idx, i + 1)))
      keep[i] = true;
  }
  // A short heading over a short list right before a kept heading of the same level over a
  // kept list is the first of parallel sections (a review's pros, its items linked to a
  // shop, before the cons): the heading and its items are text, from the last section
  // back. The items must be short lines of one list, none a teaser, furniture or caption.
  constexpr int kMaxSectionItems = 8;
  constexpr int kMaxSectionItemChars = 80;
  for (size_t i = n; i-- > 0;) {
    const Block& h = blocks[idx[i]];
    if (kinds[i] != Kind::kHeading || keep[i] || h.in_table || h.in_li ||
        h.chars > kMaxListHeadingChars || EndsLikeSentence(h.text) || i + 1 >= n)
      continue;
    const int group = blocks[idx[i + 1]].group;
    size_t end = i + 1;
    for (; end < n && blocks[idx[end]].group == group; ++end) {
      const Block& b = blocks[idx[end]];
      if (group < 0 || !b.in_li || b.teaser || b.boilerplate || b.not_text ||
          b.chars > kMaxSectionItemChars)
        break;
    }
    const size_t items = end - (i + 1);
    if (group < 0 || items < 2 || items > kMaxSectionItems || end + 1 >= n ||
        blocks[idx[end]].group == group || kinds[end] != Kind::kHeading || !keep[end] ||
        blocks[idx[end]].heading != h.heading || !keep[end + 1] || !blocks[idx[end + 1]].in_li)
      continue;
    for (size_t k = i; k < end; ++k) keep[k] = true;
  }
  Selection sel;
  sel.short_run_body = short_run_body;
  for (size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    sel.kept.push_back(&blocks[idx[i]]);
    sel.chars += blocks[idx[i]].chars;
  }
  return sel;
}

// The index of the container's first block; blocks.size() when there is no container, or
// it holds no block.
size_t FirstBlockIn(const std::vector<Block>& blocks, const std::vector<Element>& els,
                    int container) {
  if (container < 0) return blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i)
    if (InSubtree(els, container, blocks[i].owner)) return i;
  return blocks.size();
}

// The standfirst and key points between the story's headline and its body's element: when
// the kept text opens in the container and the nearest heading before it, outside the
// container, sits in a wrapper of it (the heading's parent or grandparent holds it), the
// prose lines between the two (a summary, a list of key points) are the story's, whatever
// the template calls them. Short lines (a date, a category), captions and furniture there
// are not; a long block of furniture (a menu, a card) means the heading is not the story's.
void PrependLeadAfterHeadline(const std::vector<Block>& blocks, const std::vector<Element>& els,
                              int container, Selection& sel) {
  constexpr size_t kMaxBlocksBetween = 8;
  constexpr int kMaxFurnitureChars = 150;
  constexpr int kWrapperLevels = 2;
  constexpr int kMinLeadChars = 60;  // a summary line without a stop; a key point is one
  const size_t first = FirstBlockIn(blocks, els, container);
  if (first == blocks.size() || sel.kept.empty() || sel.kept.front() < &blocks[first]) return;
  const size_t opening = static_cast<size_t>(sel.kept.front() - blocks.data());
  const size_t reach = first > kMaxBlocksBetween ? first - kMaxBlocksBetween - 1 : 0;
  size_t heading = opening;
  for (size_t k = opening; k-- > reach;) {
    if (blocks[k].heading > 0) {
      heading = k;
      break;
    }
  }
  // A heading in the container heads the text already.
  if (heading == opening || heading >= first) return;
  // A long heading right under the headline is the standfirst set as a heading (Substack's
  // subtitle over the author's row): the lead, and the headline is the heading.
  const Block* subtitle = nullptr;
  if (heading > 0 && blocks[heading].heading > 1 &&
      blocks[heading].chars >= kMinStandfirstHeadingChars && blocks[heading - 1].heading == 1)
    subtitle = &blocks[heading--];
  bool wraps = false;
  for (int id = els[blocks[heading].owner].parent, level = 0;
       id >= 0 && level < kWrapperLevels && !wraps; id = els[id].parent, ++level)
    wraps = els[id].tag != Tag::kBody && container != id && InSubtree(els, id, container);
  if (!wraps) return;
  std::vector<const Block*> lead;
  int lead_chars = 0;
  for (size_t k = heading + 1; k < first; ++k) {
    const Block& b = blocks[k];
    if (&b == subtitle) {
      lead.push_back(&b);
      lead_chars += b.chars;
      continue;
    }
    const Kind kind = Classify(b);
    const bool prose = kind == Kind::kGood ||
                       (kind == Kind::kNearGood &&
                        (b.chars >= kMinLeadChars || (b.in_li && EndsLikeSentence(b.text))));
    if (!b.not_text && b.heading == 0 && prose && b.link_chars * 10 <= b.chars) {
      lead.push_back(&b);
      lead_chars += b.chars;
    } else if (b.chars > kMaxFurnitureChars) {
      return;
    }
  }
  if (lead.empty()) return;
  sel.kept.insert(sel.kept.begin(), lead.begin(), lead.end());
  sel.chars += lead_chars;
}

// The standfirst: good paragraphs right before the container, outside it (a lead the
// template sets beside the headline, apart from the body's element), with at most two
// short lines between them and the body (a date, an author, a caption). At most two; a
// list item, cell, heading or linked text is no lead.
void PrependLead(const std::vector<Block>& blocks, const std::vector<Element>& els, int container,
                 Selection& sel) {
  const size_t first = FirstBlockIn(blocks, els, container);
  if (first == blocks.size() || sel.kept.empty() || sel.kept.front() != &blocks[first]) return;
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
  // Reverse iterators, not std::views::reverse: Clang 14 cannot compile libstdc++ 12's ranges.
  for (auto it = lead.rbegin(); it != lead.rend(); ++it) {
    out.kept.push_back(*it);
    out.chars += (*it)->chars;
  }
  for (const Block* b : sel.kept) out.kept.push_back(b);
  out.chars += sel.chars;
  out.short_run_body = sel.short_run_body;
  sel = std::move(out);
}

// Whether block `b` is a question of up to 300 characters: a paragraph ending with a
// question mark (ASCII, full-width or Arabic), an interviewer's question.
bool IsQuestionLine(const Block& b) {
  constexpr int kMaxQuestionChars = 300;
  if (b.heading > 0 || b.chars > kMaxQuestionChars) return false;
  std::string_view t = TrimAscii(b.text);
  return t.ends_with('?') || t.ends_with("\xEF\xBC\x9F") || t.ends_with("\xD8\x9F");
}

// The end matter of a container: when one element (the body's own, holding at least three
// kept blocks) holds 80%+ of the kept text, the kept blocks after it are outside the story
// (an author's biography, an appeal, a cookie notice, a newsletter call, the site's note on
// the post), whatever their class names say; a list of references there is not. The kept
// blocks point into one vector of blocks, in document order.
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
  for (const auto& [e, h] : held)  // the deepest
    if (h.first * 100 >= total * kBodyShare && h.second >= kBodyBlocks && e > body) body = e;
  if (body < 0) return;
  // A Q&A interview's body: three of its kept paragraphs or more are questions.
  constexpr int kInterviewQuestions = 3;
  int questions = 0;
  for (const Block* b : sel.kept)
    if (InSubtree(els, body, b->owner) && IsQuestionLine(*b)) ++questions;
  Selection out;
  out.short_run_body = sel.short_run_body;
  // A list of references after the body's element is the text's, up to the next heading
  // (kept or not). So is an interview's box about the person it speaks with, when its
  // title (phrases::kPersonBoxTitles: "Zur Person", "About the interviewee"; a line alone
  // or opening the bio's line before a colon: "Zur Person: Hanna Bertram, 62, ist ...") is
  // the first kept block after the body's element: the blocks of the box that holds the
  // title's element, when that box starts after the body's element; else (a bare title
  // among the body's siblings: `<p><strong>Qui est-il ?</strong></p>` in the <article>)
  // the title and up to two paragraphs right after it in elements beside the title's.
  constexpr int kMaxBareBoxParagraphs = 2;
  bool references = false;
  int person_box = -1;
  int person_beside = -1;  // the parent of a bare title's element
  int beside_paragraphs = 0;
  const Block* prev = nullptr;
  for (const Block* b : sel.kept) {
    if (b->owner >= els[body].end) {
      const int parent = els[b->owner].parent;
      if (prev == nullptr && questions >= kInterviewQuestions &&
          (IsTitleOf(*b, phrases::kPersonBoxTitles) ||
           OpensWithTitleOf(*b, phrases::kPersonBoxTitles))) {
        if (parent >= els[body].end)
          person_box = parent;
        else
          person_beside = parent;
      } else if (person_beside >= 0 && (parent != person_beside || b->heading > 0 ||
                                        ++beside_paragraphs > kMaxBareBoxParagraphs)) {
        person_beside = -1;
      }
      if ((person_box >= 0 && b->owner < els[person_box].end) || person_beside >= 0) {
        prev = b;
        out.kept.push_back(b);
        out.chars += b->chars;
        continue;
      }
      if (IsTitleOf(*b, phrases::kReferenceTitles)) {
        references = true;
      } else if (references) {
        for (const Block* k = prev + 1; k <= b && references; ++k) references = k->heading == 0;
      }
      prev = b;
      if (!references) continue;
    }
    out.kept.push_back(b);
    out.chars += b->chars;
  }
  sel = std::move(out);
}

// `w` without the punctuation around it (quotes, brackets, commas, stops).
std::string_view TrimPunct(std::string_view w) {
  constexpr std::string_view kPunct = ".,;:!?\"'()[]";
  while (!w.empty() && kPunct.find(w.front()) != std::string_view::npos) w.remove_prefix(1);
  while (!w.empty() && kPunct.find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return w;
}

// Whether word `w` (as written) may be part of a person's name: an upper-case first letter,
// or a letter of a script without case (Hebrew, Arabic and later blocks), and no article
// or pronoun (phrases::kBioNotNames).
bool IsNameWord(std::string_view w) {
  w = TrimPunct(w);
  if (w.empty()) return false;
  std::string l = Lower(w);
  bool upper = l.compare(0, 2, w.substr(0, 2)) != 0;
  bool caseless = static_cast<unsigned char>(w[0]) >= 0xD6;
  if (!upper && !caseless) return false;
  for (std::string_view n : phrases::kBioNotNames)
    if (l == n) return false;
  return true;
}

// The words of `t`, split at spaces and line breaks.
std::vector<std::string_view> Words(std::string_view t) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < t.size()) {
    size_t end = t.find_first_of(" \n", i);
    if (end == std::string_view::npos) end = t.size();
    if (end > i) words.push_back(t.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

// A line or a heading that is a person's name ("Dr. Thomas Schulte"): two to five name
// words.
bool IsNameLine(const Block& b) {
  if (b.heading == 1 || b.chars > 40 || EndsLikeSentence(b.text)) return false;
  std::vector<std::string_view> words = Words(b.text);
  if (words.size() < 2 || words.size() > 5) return false;
  return std::all_of(words.begin(), words.end(), IsNameWord);
}

// Whether a paragraph opens like a biography: name words, a copula, then a role within six
// words ("Jane Doe is the founder of ...", "Max Muster ist freier Journalist"); after a name
// line the paragraph may open with the copula ("ist Gründungspartner der Kanzlei ...").
bool OpensLikeBio(std::string_view text, bool after_name_line) {
  constexpr size_t kMaxNameWords = 5;
  constexpr size_t kRoleReach = 6;
  std::vector<std::string_view> words = Words(text);
  for (size_t k = 0; k < words.size() && k <= kMaxNameWords; ++k) {
    std::string w = Lower(TrimPunct(words[k]));
    if (!phrases::Listed(phrases::kBioCopulas, w)) {
      if (!IsNameWord(words[k])) return false;
      continue;
    }
    if (k == 0 && !after_name_line) return false;
    for (size_t j = k + 1; j < words.size() && j <= k + kRoleReach; ++j)
      if (StartsWithAny(Lower(TrimPunct(words[j])), phrases::kBioRoles)) return true;
    return false;
  }
  return false;
}

// A biography of the author closing the text without a box or a title around it: the last
// kept paragraph opens like a biography, maybe after a line with the name alone, after at
// least 400 characters of body. It goes with its name line.
void DropTrailingBio(Selection& sel) {
  constexpr int kMinBodyChars = 400;
  constexpr int kMaxBioChars = 800;
  if (sel.kept.size() < 4) return;
  const Block* bio = sel.kept.back();
  const Block* prev = sel.kept[sel.kept.size() - 2];
  if (bio->heading > 0 || bio->chars > kMaxBioChars) return;
  bool name_line = IsNameLine(*prev);
  if (!OpensLikeBio(bio->text, name_line)) return;
  int dropped = bio->chars + (name_line ? prev->chars : 0);
  if (sel.chars - dropped < kMinBodyChars) return;
  sel.kept.resize(sel.kept.size() - (name_line ? 2 : 1));
  sel.chars -= dropped;
}

// An appeal closing the text without a box around it: the last kept paragraphs (up to
// two, of up to 600 characters each) that call to become a member or subscriber
// (phrases::kMembershipCalls: "Become a member today and help us ...", "Hazte socio y
// ayúdanos ..."), after at least three others and 400 characters of body. The strong
// appeals (phrases::kAppeals) are furniture wherever they stand.
void DropTrailingAppeal(Selection& sel) {
  constexpr int kMinBodyChars = 400;
  constexpr int kMaxAppealChars = 600;
  constexpr int kMaxAppealParagraphs = 2;
  for (int n = 0; n < kMaxAppealParagraphs && sel.kept.size() >= 4; ++n) {
    const Block* last = sel.kept.back();
    if (last->heading > 0 || last->chars > kMaxAppealChars ||
        FindAny(Lower(last->text), phrases::kMembershipCalls).empty() ||
        sel.chars - last->chars < kMinBodyChars)
      return;
    sel.chars -= last->chars;
    sel.kept.pop_back();
  }
}

// House rules for the comments closing the text, the list a site sets over its comment
// thread ("We welcome reader comments ...", "Kommentare werden vor der Freischaltung
// geprüft ..."), whatever its class: the last kept blocks are three or more items of one
// list, at least half of them naming comments (phrases::kCommentWords), after at least 400
// characters of body. A short label right before the list, beside it in its parent
// ("HOUSE RULES", "Netiquette:"), goes with it; a contributor line closing the body does not.
void DropTrailingCommentRules(const std::vector<Element>& els, Selection& sel) {
  constexpr int kMinBodyChars = 400;
  constexpr size_t kMinRules = 3;
  constexpr int kMaxLabelWords = 4;
  if (sel.kept.empty() || !sel.kept.back()->in_li || sel.kept.back()->group < 0) return;
  const int group = sel.kept.back()->group;
  size_t begin = sel.kept.size();
  size_t naming = 0;
  int chars = 0;
  while (begin > 0 && sel.kept[begin - 1]->in_li && sel.kept[begin - 1]->group == group) {
    const Block* b = sel.kept[--begin];
    chars += b->chars;
    if (!FindAny(Lower(b->text), phrases::kCommentWords).empty()) ++naming;
  }
  const size_t rules = sel.kept.size() - begin;
  if (rules < kMinRules || naming * 2 < rules) return;
  if (begin > 0 && els[sel.kept[begin - 1]->owner].parent == els[group].parent &&
      CountWords(sel.kept[begin - 1]->text) <= kMaxLabelWords &&
      !EndsLikeSentence(sel.kept[begin - 1]->text))
    chars += sel.kept[--begin]->chars;
  if (sel.chars - chars < kMinBodyChars) return;
  sel.kept.resize(begin);
  sel.chars -= chars;
}

// Hashes of the word triples of `t` lower-cased, the punctuation and quotation marks around
// each word left out.
std::vector<uint64_t> WordTriples(std::string_view t) {
  static constexpr std::string_view kMarks[] = {
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9E",
      "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xA6", "\xE2\x80\x94", "\xE2\x80\x93"};
  const std::string lowered = Lower(t);  // lower-casing keeps the spaces between words
  std::vector<uint64_t> words;
  for (std::string_view w : Words(lowered)) {
    for (bool cut = true; cut;) {
      cut = false;
      w = TrimPunct(w);
      // Every mark is two or three bytes of UTF-8: an ASCII end has none.
      if (w.empty() || (static_cast<unsigned char>(w.front()) < 0x80 &&
                        static_cast<unsigned char>(w.back()) < 0x80))
        break;
      for (std::string_view m : kMarks) {
        if (w.starts_with(m)) w.remove_prefix(m.size()), cut = true;
        if (w.ends_with(m)) w.remove_suffix(m.size()), cut = true;
      }
    }
    if (!w.empty()) words.push_back(std::hash<std::string_view>()(w));
  }
  std::vector<uint64_t> triples;
  constexpr uint64_t kMix = 0x9E3779B97F4A7C15ULL;
  for (size_t i = 0; i + 2 < words.size(); ++i)
    triples.push_back((words[i] * kMix + words[i + 1]) * kMix + words[i + 2]);
  return triples;
}

// A pull quote: a short kept block (10 to 60 words; from 6 in a <blockquote>, or when the
// block is a quotation and nothing else, IsWhollyQuoted, as a styled <p> or <div> sets it;
// no heading, list item, table cell or preformatted text) four in five of whose word
// triples stand in one kept paragraph half as long again (not a list item or table cell
// either), the sentences the layout repeats in large type, cut and joined. It goes; the
// paragraph it quotes stays. The cost follows the text's length and the triples the short
// blocks share with others, not the number of pairs of blocks.
void DropPullQuotes(Selection& sel) {
  constexpr size_t kMinWords = 10;
  constexpr size_t kMinQuotedWords = 6;
  constexpr size_t kMaxWords = 60;
  const size_t n = sel.kept.size();
  std::vector<std::vector<uint64_t>> triples(n);
  for (size_t i = 0; i < n; ++i) triples[i] = WordTriples(sel.kept[i]->text);
  // The short blocks that may be quotes, by each of their triples: (block, times in it).
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, uint32_t>>> quoted;
  for (size_t i = 0; i < n; ++i) {
    const Block& b = *sel.kept[i];
    const size_t words = triples[i].size() + 2;
    if (b.heading > 0 || b.in_li || b.in_table || b.in_pre ||
        words < (b.in_quote || IsWhollyQuoted(b.text) ? kMinQuotedWords : kMinWords) ||
        words > kMaxWords)
      continue;
    std::vector<uint64_t> sorted = triples[i];
    std::sort(sorted.begin(), sorted.end());
    for (size_t k = 0; k < sorted.size();) {
      size_t end = k;
      while (end < sorted.size() && sorted[end] == sorted[k]) ++end;
      quoted[sorted[k]].emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(end - k));
      k = end;
    }
  }
  if (quoted.empty()) return;
  // For each short block, the blocks that hold four in five of its triples and are half as
  // long again.
  std::vector<std::vector<uint32_t>> sources(n);
  std::vector<size_t> found(n);
  std::vector<uint32_t> touched;
  for (size_t j = 0; j < n; ++j) {
    const Block& source = *sel.kept[j];
    if (source.in_li || source.in_table) continue;
    std::vector<uint64_t> distinct = triples[j];
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (uint64_t t : distinct) {
      const auto it = quoted.find(t);
      if (it == quoted.end()) continue;
      for (const auto& [i, times] : it->second)
        if (i != j && (found[i] += times) == times) touched.push_back(i);
    }
    for (uint32_t i : touched) {
      if (triples[j].size() * 2 >= triples[i].size() * 3 && found[i] * 5 >= triples[i].size() * 4)
        sources[i].push_back(static_cast<uint32_t>(j));
      found[i] = 0;
    }
    touched.clear();
  }
  // In page order: a block whose source went as a quote itself before it keeps that
  // source no more.
  std::vector<bool> drop(n);
  for (size_t i = 0; i < n; ++i)
    drop[i] = std::any_of(sources[i].begin(), sources[i].end(),
                          [&](uint32_t j) { return j > i || !drop[j]; });
  Selection out;
  for (size_t i = 0; i < n; ++i) {
    if (drop[i]) continue;
    out.kept.push_back(sel.kept[i]);
    out.chars += sel.kept[i]->chars;
  }
  out.short_run_body = sel.short_run_body;
  sel = std::move(out);
}

// A line of the form "label: value" or one announcing what follows ("Category: News",
// "Post Views: 111", "Mehr Themen:"), one pointing elsewhere (a web or e-mail address:
// "Weitere Infos unter www.example.org."), or a wire credit of initials and agencies
// joined by slashes, one word ("aja/PAP", "dpa/lnw"): page furniture, not the author's
// last words.
bool IsLabelOrPointer(std::string_view t) {
  t = TrimAscii(t);
  // A label's colon has a space or the end after it (an emoticon's, ":)", has not).
  for (size_t c = t.find(':'); c != std::string_view::npos; c = t.find(':', c + 1))
    if (c + 1 == t.size() || IsSpaceByte(static_cast<unsigned char>(t[c + 1]))) return true;
  for (std::string_view mark : {"\xEF\xBC\x9A", "www.", "http", "@"})  // full-width colon
    if (t.find(mark) != std::string_view::npos) return true;
  return t.find('/') != std::string_view::npos && CountWords(t) == 1;
}

// The element the lines closing the text stand in: the parent of the last kept block's
// element, when that block is no heading and the parent is no <body>; -1 otherwise (nothing
// kept, a heading last, a block without an owner).
int LastParagraphParent(const std::vector<Element>& els, const Selection& sel) {
  if (sel.kept.empty()) return -1;
  const Block* last = sel.kept.back();
  if (last->heading > 0 || last->owner < 0) return -1;
  const int parent = els[last->owner].parent;
  return parent < 0 || els[parent].tag == Tag::kBody ? -1 : parent;
}

// A sign-off closing the post ("x Franzi", "XX, Die Redaktion", "Ich wünsche euch einen
// schönen Sonntag <3"): up to three short lines right after the last kept paragraph, its
// siblings in the same element and the last blocks there, each a sentence (an emoticon
// ends one) or of at most three words without digits (a name, not "37 views"), none of
// them linked, furniture, a label, a pointer, a note or a list item. The classification drops them
// (short lines after the body have no good text after them); the element they close says they are
// the author's.
void KeepClosingLines(const std::vector<Block>& blocks, const std::vector<Element>& els,
                      Selection& sel) {
  constexpr size_t kMaxLines = 3;
  constexpr int kMaxLineChars = 80;
  constexpr int kMaxNameWords = 3;
  const int parent = LastParagraphParent(els, sel);
  if (parent < 0) return;
  std::vector<const Block*> lines;
  int chars = 0;
  for (size_t i = static_cast<size_t>(sel.kept.back() - blocks.data()) + 1; i < blocks.size();
       ++i) {
    const Block& b = blocks[i];
    if (!InSubtree(els, parent, b.owner)) break;  // past the element
    bool sign_off = els[b.owner].parent == parent && b.heading == 0 && !b.in_li && !b.in_table &&
                    !b.not_text && b.chars <= kMaxLineChars && b.link_chars * 2 < b.chars &&
                    (EndsLikeSentence(b.text) || EndsWithEmoticon(b.text) ||
                     (CountWords(b.text) <= kMaxNameWords && CountDigits(b.text) == 0)) &&
                    !IsLabelOrPointer(b.text) && !StartsWithAny(b.text, phrases::kNoteMarks) &&
                    Classify(b) != Kind::kBad;
    if (!sign_off || lines.size() == kMaxLines) return;
    lines.push_back(&b);
    chars += b.chars;
  }
  for (const Block* b : lines) sel.kept.push_back(b);
  sel.chars += chars;
}

// The form of a line in a series the body lists: "label: value" (up to three words before
// a colon with a space after it and a value: "Ohrring: Lui Lu", "Lieu : Paris") or a short
// first line over more lines, no sentence ("März 2014\nPremiere von ...", a CV's or a
// chronicle's entries); kNone for any other line.
enum class SeriesForm : uint8_t { kNone, kLabel, kTitled, kCount };

SeriesForm SeriesFormOf(std::string_view t) {
  constexpr int kMaxHeadWords = 3;
  constexpr int kMaxTitleWords = 4;
  t = TrimAscii(t);
  const size_t nl = t.find('\n');
  if (nl != std::string_view::npos) {
    const std::string_view first = TrimAscii(t.substr(0, nl));
    const int words = CountWords(first);
    return words > 0 && words <= kMaxTitleWords && !EndsLikeSentence(first) ? SeriesForm::kTitled
                                                                            : SeriesForm::kNone;
  }
  const size_t colon = t.find(": ");
  if (colon == std::string_view::npos || colon + 2 >= t.size()) return SeriesForm::kNone;
  const int words = CountWords(t.substr(0, colon));
  return words > 0 && words <= kMaxHeadWords ? SeriesForm::kLabel : SeriesForm::kNone;
}

// The rest of a series the body lists: the lines right after the last kept block, its
// siblings in the same element, each of a form (SeriesFormOf) of which the body already kept
// at least two short lines there ("Ohrring: Lui Lu", "Charm: Lui Lu" between the paragraphs
// of a post, then "Earcuff: Zoeca" after its last; a CV's dated entries). The classification
// drops them (short lines after the body, often linked); the lines kept before them in the
// same element and form say they are the text's. A sentence of that form kept before
// ("The minister said: ...") is no line of a series. Never a heading, a list item, a table
// row, furniture, or a line opened by a link.
void KeepSeriesTail(const std::vector<Block>& blocks, const std::vector<Element>& els,
                    Selection& sel) {
  constexpr size_t kMaxLines = 12;
  constexpr int kMaxLineChars = 200;
  constexpr int kMinSeen = 2;
  const int parent = LastParagraphParent(els, sel);
  if (parent < 0) return;
  const Block* last = sel.kept.back();
  auto form = [&](const Block& b) {
    if (b.owner < 0 || els[b.owner].parent != parent || b.heading > 0 || b.in_li || b.in_table ||
        b.not_text || b.boilerplate || b.teaser || b.author_box || b.chars > kMaxLineChars ||
        b.lead_link_chars > 0)
      return SeriesForm::kNone;
    return SeriesFormOf(b.text);
  };
  std::array<int, static_cast<size_t>(SeriesForm::kCount)> seen{};
  for (const Block* b : sel.kept) {
    const SeriesForm f = form(*b);
    if (f != SeriesForm::kNone && !EndsLikeSentence(b->text)) ++seen[static_cast<size_t>(f)];
  }
  size_t added = 0;
  for (size_t i = static_cast<size_t>(last - blocks.data()) + 1;
       i < blocks.size() && added < kMaxLines; ++i, ++added) {
    const Block& b = blocks[i];
    const SeriesForm f = form(b);
    if (f == SeriesForm::kNone || seen[static_cast<size_t>(f)] < kMinSeen) return;
    sel.kept.push_back(&b);
    sel.chars += b.chars;
  }
}

// A review's verdict closing the text: the list items right after the last kept block,
// in the container, each opened by a verdict's label ("Pro: ...", "Contra: ...", "Cons:
// ..."; phrases::kVerdictLabels). The classification drops them (short lines after the
// body, no sentences); their labels say they are the review's.
void KeepVerdictLines(const std::vector<Block>& blocks, const std::vector<Element>& els,
                      int container, Selection& sel) {
  static const PhraseIndex kVerdictLabels(phrases::kVerdictLabels);
  if (sel.kept.empty()) return;
  for (size_t i = static_cast<size_t>(sel.kept.back() - blocks.data()) + 1; i < blocks.size();
       ++i) {
    const Block& b = blocks[i];
    if (!InSubtree(els, container, b.owner) || !b.in_li || b.not_text || b.boilerplate ||
        !kVerdictLabels.Opens(Lower(TrimAscii(b.text))))
      return;
    sel.kept.push_back(&b);
    sel.chars += b.chars;
  }
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

// The non-empty `headlines` as UnderHeadlineLines and JoinBlocks compare lines with them:
// lower case, spaces collapsed.
std::vector<std::string> HeadlineKeys(const std::vector<std::string>& headlines) {
  std::vector<std::string> keys;
  for (const std::string& h : headlines)
    if (!h.empty()) keys.push_back(Lower(CollapseSpace(h)));
  return keys;
}

// A header block of lines joined by <br> (an old layout table's head cell: "Cidade -
// 03/12/2026" / the headline / the standfirst / "Da Redação") where one of `heads` (lower
// case, spaces collapsed) is a line under one or more lines of up to 80 characters: those
// are its kicker and dateline, a newsroom's name closing it (phrases::kDeskBylines) its
// byline. Sets *under to the lines between (the standfirst, maybe none) and, with `above`,
// *above to the lines over the headline; false if `text` is no such block.
bool UnderHeadlineLines(std::string_view text, const std::vector<std::string>& heads,
                        std::string* under, std::vector<std::string_view>* above = nullptr) {
  constexpr int kMaxHeaderLineChars = 80;
  constexpr size_t kMaxHeadlineBytes = 400;
  if (text.find('\n') == std::string_view::npos) return false;
  size_t start = 0;
  std::vector<std::string_view> lines_above;
  while (start < text.size()) {
    const size_t nl = std::min(text.find('\n', start), text.size());
    const std::string_view raw = text.substr(start, nl - start);
    start = nl + 1;
    const bool head =
        raw.size() <= kMaxHeadlineBytes &&
        std::find(heads.begin(), heads.end(), Lower(CollapseSpace(raw))) != heads.end();
    // A first line among `heads` may be a dateline over the headline ("26.11.2026, 10:45"):
    // a line above it too when a later line is the headline.
    if (!head || lines_above.empty()) {
      if (CountChars(raw) > kMaxHeaderLineChars) return false;  // text, not a kicker
      lines_above.push_back(raw);
      continue;
    }
    if (above != nullptr) *above = std::move(lines_above);
    std::string_view rest = start < text.size() ? TrimAscii(text.substr(start), " \n") : "";
    const size_t last = rest.rfind('\n');
    if (last != std::string_view::npos &&
        phrases::Listed(phrases::kDeskBylines, Lower(CollapseSpace(rest.substr(last + 1)))))
      rest = TrimAscii(rest.substr(0, last), " \n");
    *under = std::string(rest);
    return true;
  }
  return false;
}

// The kept blocks as paragraphs. Dropped: a block repeating an earlier one, headlines
// (the title, any <h1>, the raw <title>, the datelines under the <h1>) among the first
// blocks with the short headings and datelines above them (a kicker, "کد خبر: ...
// تاریخ انتشار: ..."; what stands above a dateline is the headline's standfirst, and
// stays), a dateline that is part of one of them (the line under the <h1> less its
// byline's element: "Giriş: ... Güncelleme: ..."), and the byline with or without its
// dateline.
std::string JoinBlocks(const Selection& sel, const std::vector<std::string>& headlines,
                       std::string_view byline) {
  std::string out;
  const std::vector<std::string> heads = HeadlineKeys(headlines);
  // The byline as the blocks' text spaces it: "name&nbsp;·&nbsp;date" is "name · date".
  std::string byline_l = Lower(CollapseSpace(NbspToSpace(byline)));
  // The byline's line, also a newsroom's formula that goes on with a place ("من مراسلنا في
  // الأقصر", "De notre correspondant à Lyon").
  const auto byline_line = [&](std::string_view line) {
    return !byline_l.empty() && (Lower(CollapseSpace(line)) == byline_l ||
                                 Lower(StripByPrefix(std::string(line))) == byline_l ||
                                 Lower(StripByPrefix(Unbracketed(line))) == byline_l ||
                                 Lower(DeskBylineName(line)) == byline_l ||
                                 Lower(ReporterSignOffName(line)) == byline_l);
  };
  std::unordered_set<std::string_view> seen;  // paragraphs repeated anywhere (mobile copies)
  int emitted = 0;
  bool only_header = true;  // every block emitted so far is a short heading or a dateline
  for (const Block* b : sel.kept) {
    if (!seen.insert(b->text).second) continue;
    std::string_view text = b->text;
    std::string under;
    const bool head_cell = emitted < 4 && UnderHeadlineLines(text, heads, &under);
    if (head_cell) {
      // The byline's own line among the first lines under the headline goes too.
      constexpr int kMaxLinesBeforeByline = 3;
      constexpr size_t kMaxBylineLineBytes = 200;
      size_t start = 0;
      for (int k = 0; k < kMaxLinesBeforeByline && start < under.size(); ++k) {
        const size_t nl = std::min(under.find('\n', start), under.size());
        if (nl - start < kMaxBylineLineBytes &&
            byline_line(std::string_view(under).substr(start, nl - start))) {
          under.erase(start, nl + 1 - start);
          break;
        }
        start = nl + 1;
      }
      if (under.empty()) continue;
      text = under;
    }
    const bool dateline =
        b->chars < 300 && !EndsLikeSentenceNotDate(b->text) && LooksLikeDateline(b->text);
    // A head cell's lines are judged above: what is left of it (its standfirst) is text,
    // though the whole cell names the byline beside a date.
    if (b->chars < 300 && !head_cell) {
      std::string l = Lower(CollapseSpace(b->text));
      // Part of the line under the <h1>, or that line less its byline's element ("Par
      // <span class=author>Claire Dumont</span> - Le 05 déc. 2026" is "Par - Le 05 déc.
      // 2026" as a block).
      const auto part_of_head = [&](const std::string& h) {
        if (h.size() > l.size() && h.find(l) != std::string::npos) return true;
        const size_t at = byline_l.empty() ? std::string::npos : h.find(byline_l);
        if (at == std::string::npos) return false;
        const std::string rest =
            CollapseSpace(h.substr(0, at) + " " + h.substr(at + byline_l.size()));
        return rest.find(l) != std::string::npos;
      };
      if (emitted < 4 && (std::find(heads.begin(), heads.end(), l) != heads.end() ||
                          (dateline && std::any_of(heads.begin(), heads.end(), part_of_head)))) {
        // Short headings and datelines above the headline are its kicker, the section's
        // label ("OSV-Bericht" over the story's <h3>) or its header, not the text's: they
        // go with it.
        if (only_header && !dateline) {
          out.clear();
          emitted = 0;
        }
        continue;
      }
      if (b->chars < 80 && byline_line(b->text)) continue;
      // "By Jane Doe · 13 February 2026, 10:42", "Dubai - Jane Doe, published ...": the
      // byline with its dateline.
      if (!byline_l.empty() && b->chars < 140 && !EndsLikeSentenceNotDate(b->text)) {
        std::string rest = Lower(CollapseSpace(StripByPrefix(b->text)));
        if (rest.size() > byline_l.size() && rest.find(byline_l) != std::string::npos &&
            (HasYear(rest) || HasHebrewCalendarDate(rest)))
          continue;
      }
    }
    if (!out.empty()) out += "\n\n";
    out += text;
    ++emitted;
    // Short lines that are no sentence above the headline ("کد خبر: ۱۴۰۴۱۱۲۵۰۴۳۲۱", "سرویس:
    // استان‌ها", a kicker in a plain <div>) are its header too.
    constexpr int kMaxHeaderLineChars = 60;
    only_header = only_header && ((b->heading > 0 && b->chars < kMinStandfirstHeadingChars) ||
                                  (b->chars < 100 && dateline) ||
                                  (b->chars <= kMaxHeaderLineChars && !EndsLikeSentence(b->text)));
  }
  return out;
}

// A page whose selection found no text at all, but whose article marker (the largest)
// holds short lines: a post of one-line facts under headings ("Filmmaterial" / "Fuji X-TRA
// 400."), a list of terms. Its blocks that are not bad (links, furniture, teasers) and not
// the <h1> are the text, when at least three lines of 60+ characters in all.
Selection ShortLinesOfMarker(const std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr size_t kMinLines = 3;
  constexpr int kMinChars = 60;
  Selection sel;
  int marker = -1;
  for (size_t id = 0; id < els.size(); ++id)
    if (els[id].article_marker && (marker < 0 || els[id].raw_chars > els[marker].raw_chars))
      marker = static_cast<int>(id);
  if (marker < 0) return sel;
  size_t lines = 0;
  for (const Block& b : blocks) {
    if (!InSubtree(els, marker, b.owner) || b.heading == 1) continue;
    if (Classify(b) == Kind::kBad) continue;
    sel.kept.push_back(&b);
    if (b.heading > 0) continue;
    sel.chars += b.chars;
    ++lines;
  }
  if (lines < kMinLines || sel.chars < kMinChars) return Selection{};
  while (sel.kept.back()->heading > 0) sel.kept.pop_back();  // a gallery's title, no text
  return sel;
}

// A paragraph ending with a bracketed link to the rest of the story ("... w Polsce.
// [czytaj więcej]", "(more…)", "[weiterlesen]"): the bracket goes, the paragraph stays.
void TrimReadMoreLink(Block& b) {
  constexpr size_t kMaxLinkBytes = 60;
  std::string_view t(b.text);
  while (!t.empty() && IsSpaceByte(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
  if (t.empty() || (t.back() != ']' && t.back() != ')')) return;
  char open = t.back() == ']' ? '[' : '(';
  size_t at = t.rfind(open);
  if (at == std::string_view::npos || at == 0 || t.size() - at > kMaxLinkBytes) return;
  if (!IsReadMoreText(t.substr(at + 1, t.size() - at - 2))) return;
  int link = CountChars(t.substr(at));
  size_t keep = at;
  while (keep > 0 && IsSpaceByte(static_cast<unsigned char>(t[keep - 1]))) --keep;
  if (keep == 0) return;
  b.text.resize(keep);
  b.chars = std::max(1, b.chars - link);
  b.link_chars = std::max(0, std::min(b.link_chars - link, b.chars));
}

// A note telling how to cite the page ("SUGGESTED CITATION Doe, Jane: ...", "Empfohlene
// Zitierweise (...):", "Pour citer cet article"), up to 600 characters: the site's, not the
// text. The citation it opens repeats the title, the author and the address.
constexpr int kMaxCitationChars = 400;
constexpr int kMaxCitationLabelWords = 5;
bool IsCitationNote(const Block& b) {
  return b.chars <= 600 && StartsWithAny(Lower(TrimAscii(b.text)), phrases::kCitationNotes);
}

// A caption set under its image in the image's own element (`<div><a><img></a><br/>
// Wildvogelstation Ferlemann in Dortmund</div>`): one short line that is no sentence.
bool IsCaptionUnderImage(const Block& b) {
  constexpr int kMaxCaptionChars = 150;
  return b.under_image && b.chars <= kMaxCaptionChars && b.text.find('\n') == std::string::npos &&
         !EndsLikeSentence(b.text);
}

// Whether an <img> stands among elements [from, to) (descendants of one element, in document
// order), leaving out those whose parent is `except_parent`.
bool HoldsImage(const std::vector<Element>& els, int from, int to, int except_parent = -1) {
  for (int id = from; id < to; ++id)
    if (els[id].tag == Tag::kImg && els[id].parent != except_parent) return true;
  return false;
}

// A caption set in its image's box without <figcaption> (`<div><div><img></div><span>The
// old oven, restored by the members.</span></div>`, a page builder's image block): one line
// of up to 200 characters, the only text of its element, which is no paragraph and holds the
// image in an element of its own. A sentence there is a caption too; a paragraph opening with
// an inline image (`<p><img>Text</p>`) is left to IsCaptionUnderImage.
bool IsCaptionInImageBox(const Block& b, const std::vector<Element>& els) {
  constexpr int kMaxCaptionChars = 200;
  if (b.owner < 0 || b.heading > 0 || b.in_li || b.in_table || b.chars > kMaxCaptionChars ||
      b.text.find('\n') != std::string::npos)
    return false;
  const Element& own = els[b.owner];
  if (own.tag == Tag::kP || own.raw_chars > b.chars) return false;
  return HoldsImage(els, b.owner + 1, own.end, /*except_parent=*/b.owner);
}

// A label set over an image in a box of the two alone (`<div><header>Versión
// impresa</header><a><img alt="Portada"></a></div>`, `<div>Medienpartner <a><img></a></div>`:
// a print edition's cover, a partner's logo, an app's banner between the story's
// paragraphs): one short line that is no sentence, the only text of its element, an image
// right after it in that element or in the element around it, which holds no other text. A
// heading is left to the heading rules (a list item's title over its picture).
bool IsLabelOverImage(const Block& b, const std::vector<Element>& els) {
  constexpr int kMaxLabelChars = 40;
  if (!b.over_image || b.heading > 0 || b.owner < 0 || b.chars > kMaxLabelChars ||
      b.text.find('\n') != std::string::npos || EndsLikeSentence(b.text))
    return false;
  const Element& own = els[b.owner];
  if (own.raw_chars > b.chars) return false;
  if (HoldsImage(els, b.owner + 1, own.end)) return true;
  const int box = own.parent;
  return box >= 0 && els[box].raw_chars <= own.raw_chars && HoldsImage(els, own.end, els[box].end);
}

// Whether lowered text `l` closes with a clause crediting a photo after a sentence's stop:
// a credit (phrases::kCredits: "... entwickelte.\nFoto © Peter Steiger") or the
// photographer named like a byline (phrases::kBylinePrefixes: "... Las Croabas. By U.S.
// Customs and Border Protection", "Von Anna Berger"), up to 60 bytes.
bool EndsWithCreditClause(std::string_view l) {
  constexpr size_t kMaxClauseBytes = 60;
  for (size_t i = l.size(); i-- > 1 && l.size() - i <= kMaxClauseBytes;) {
    if ((l[i - 1] != '.' && l[i - 1] != '!' && l[i - 1] != '?') ||
        !IsSpaceByte(static_cast<unsigned char>(l[i])))
      continue;
    const std::string_view clause = TrimAscii(l.substr(i));
    if (StartsWithAny(clause, phrases::kBylinePrefixes) || !CreditIndex().Find(clause).empty())
      return true;
  }
  return false;
}

// A caption next to an image that carries its photo credit (phrases::kCredits) after its
// last sentence or in its closing brackets: "Das Hermelin im Winterfell. (mlharing /
// iStock.com)", "Delegates at the memorial © Press Office | Jane Doe", up to 200
// characters; up to 600 when a short clause after its last sentence credits the photo
// (EndsWithCreditClause). A paragraph of the body quoting a source or naming an author ends
// with its own sentence ("... was painted by Anna Berger."); a list item naming its source is
// a note (a footnote under the share bar's icons); a block of more than two lines is a
// layout cell's header (date, headline, standfirst, "By Jane Doe") or text, a caption is a
// line and its credit.
bool CarriesPhotoCredit(const Block& b) {
  constexpr int kMaxCaptionChars = 200;
  constexpr int kMaxCreditedCaptionChars = 600;
  constexpr long kMaxCaptionLineBreaks = 1;
  if (!b.near_image || b.heading > 0 || b.in_li || b.chars > kMaxCreditedCaptionChars ||
      std::count(b.text.begin(), b.text.end(), '\n') > kMaxCaptionLineBreaks)
    return false;
  const std::string l = Lower(TrimAscii(b.text));
  const std::string_view v(l);
  if (!EndsLikeSentence(b.text) && EndsWithCreditClause(v)) return true;
  if (b.chars > kMaxCaptionChars) return false;
  if (v.ends_with(")")) {
    const size_t open = v.rfind('(');
    if (open != std::string_view::npos && !CreditIndex().Find(v.substr(open)).empty()) return true;
  }
  if (EndsLikeSentence(b.text)) return false;
  const size_t stop = v.rfind(". ");
  return !CreditIndex().Find(stop == std::string_view::npos ? v : v.substr(stop)).empty();
}

// A video or audio player's placeholder in the body (its title, running time and source over a
// still: "Here is how much sleep you need / 02:47 / Source: ..."): the texts of an element
// of up to 300 characters that a media player's class names (IsMediaPlayer) and that holds
// a running time alone, the outermost such element within four levels of the time's, are
// not text.
void MarkPlayerPlaceholders(std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr int kMaxPlayerChars = 300;
  constexpr int kMaxLevels = 4;
  for (const Block& b : blocks) {
    if (b.owner < 0 || !IsDuration(b.text)) continue;
    int player = -1;
    for (int id = b.owner, level = 0; id >= 0 && level < kMaxLevels; id = els[id].parent, ++level)
      if (els[id].raw_chars <= kMaxPlayerChars && IsMediaPlayer(els[id].node)) player = id;
    if (player < 0) continue;
    for (Block& t : blocks)
      if (InSubtree(els, player, t.owner)) t.not_text = true;
  }
}

// Whether `b`, the block right after `caption`, is the caption's credit line: the caption
// is an image's (it repeats the image's text or stands by it) and the two are the only text
// of their box (the image, the caption, the credit: "Ahmed Zarrouki, Avenue Habib
// Bourguiba, Tunis."), a short line of twelve words or fewer. A paragraph of the body after
// an image and its caption stands in the body's element, beside more text.
bool IsCaptionCreditLine(const Block& caption, const Block& b, const std::vector<Element>& els) {
  constexpr int kMaxCreditWords = 12, kSlackChars = 8;
  if (!caption.not_text || caption.heading > 0 ||
      !(caption.image_text || caption.near_image || caption.under_image) || b.heading > 0 ||
      b.boilerplate || b.not_text || caption.owner < 0 || b.owner < 0 || caption.owner == b.owner)
    return false;
  const int box = els[caption.owner].parent;
  return box >= 0 && els[b.owner].parent == box &&
         els[box].raw_chars <= caption.chars + b.chars + kSlackChars &&
         CountWords(b.text) <= kMaxCreditWords;
}

// Whether block `n` is a paragraph of the body beside block `b`: in `b`'s element or a
// sibling of it, no heading nor furniture, a sentence of 50 characters or more, mostly
// unlinked (a banner's "More in our privacy policy." is a link).
bool IsBodyParagraphBeside(const Block& b, const Block& n, const std::vector<Element>& els) {
  constexpr int kMinParagraphChars = 50;
  if (b.owner < 0 || n.owner < 0 || n.heading > 0 || n.boilerplate || n.not_text ||
      n.chars < kMinParagraphChars || 2 * n.link_chars >= n.chars || !EndsLikeSentence(n.text))
    return false;
  return n.owner == b.owner || els[n.owner].parent == els[b.owner].parent;
}

// A consent banner's notice of one line, 151 to 300 characters, with a cookie phrase
// (phrases::kCookieNotices: "Aquest lloc web utilitza galetes ... Si continueu navegant,
// entendrem que n'accepteu l'ús."), that stands beside no paragraph of the body: a banner
// holds its notice alone, beside a button or a link. A story about tracking ("The site
// uses cookies ...", "soubory cookie" as a plain noun) says it in a paragraph among the
// story's others, and keeps it. Shorter notices are IsBoilerplateLine's, wherever they
// stand.
bool IsLongCookieNotice(const std::vector<Block>& blocks, size_t i,
                        const std::vector<Element>& els) {
  constexpr int kMinChars = 151, kMaxChars = 300;
  const Block& b = blocks[i];
  if (b.boilerplate || b.heading > 0 || b.chars < kMinChars || b.chars > kMaxChars ||
      b.text.find('\n') != std::string::npos)
    return false;
  static const PhraseIndex kNotices(phrases::kCookieNotices);
  if (kNotices.Find(Lower(b.text)).empty()) return false;
  return !(i > 0 && IsBodyParagraphBeside(b, blocks[i - 1], els)) &&
         !(i + 1 < blocks.size() && IsBodyParagraphBeside(b, blocks[i + 1], els));
}

// The rows of dated listings in the text ("24.11.2022 - Der Nino aus Wien - Orpheum", a
// tour's or a timeline's entries): runs of at least three consecutive unlinked blocks under
// one parent element, each opening with a digit, reading as a dateline (a day and a year)
// and going on with words (three words or more, letters among them). A page prints its own
// dateline once; an archive's list of dated posts is linked.
std::vector<bool> DatedListingRows(const std::vector<Block>& blocks,
                                   const std::vector<Element>& els) {
  const auto row = [&](const Block& b) {
    std::string_view t = TrimAscii(b.text);
    return b.heading == 0 && b.link_chars == 0 && b.owner >= 0 && !t.empty() && t[0] >= '0' &&
           t[0] <= '9' && LooksLikeDateline(t) && CountWords(t) >= 3 && HasLetter(t);
  };
  constexpr size_t kMinRows = 3;
  std::vector<bool> rows(blocks.size(), false);
  for (size_t i = 0; i < blocks.size();) {
    size_t j = i;
    while (j < blocks.size() && row(blocks[j]) &&
           els[blocks[j].owner].parent == els[blocks[i].owner].parent)
      ++j;
    if (j - i >= kMinRows) std::fill(rows.begin() + i, rows.begin() + j, true);
    i = j > i ? j : i + 1;
  }
  return rows;
}

// Marks the blocks the container scoring and every classification ask about: boilerplate
// lines (their furniture <br> tails trimmed), contact cards and captions, teaser cards,
// author boxes, video placeholders.
void MarkBlocks(std::vector<Block>& blocks, const std::vector<Element>& els) {
  bool citation_follows = false;
  const std::vector<bool> listed = DatedListingRows(blocks, els);
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    TrimReadMoreLink(b);
    b.boilerplate = b.beside_marker || IsBoilerplateLine(b, listed[i]);
    // A numbered list of songs under a heading that names the track list ("Tracklist /
    // Infos"): both go.
    if (!b.boilerplate && i > 0 && blocks[i - 1].heading > 0 &&
        TrackListShape(b.text) == TrackList::kNumbered &&
        StartsWithAny(Lower(TrimAscii(blocks[i - 1].text)), phrases::kTrackListTitles))
      b.boilerplate = blocks[i - 1].boilerplate = true;
    // A caption is judged with its credit line, though that line is a boilerplate tail.
    const bool credited = !b.boilerplate && CarriesPhotoCredit(b);
    if (!b.boilerplate && TrimBoilerplateTail(b)) b.boilerplate = IsBoilerplateLine(b, listed[i]);
    if (!b.boilerplate) TrimBoilerplateInnerLines(b);
    b.not_text = !b.boilerplate && b.heading == 0 &&
                 ((b.chars <= kMaxContactCardChars && IsContactCard(b.text)) ||
                  IsFigureCaption(b.text) || IsCaptionUnderImage(b) || IsLabelOverImage(b, els) ||
                  IsCaptionInImageBox(b, els) || IsCreditedCaption(b) || credited || b.image_text);
    if (i > 0 && IsCaptionCreditLine(blocks[i - 1], b, els)) b.not_text = true;
    if (citation_follows && b.heading == 0 && b.chars <= kMaxCitationChars) b.boilerplate = true;
    citation_follows = false;
    if (IsCitationNote(b)) {
      b.boilerplate = true;
      // A label alone ("Empfohlene Zitierweise:", a heading "Cite this article") has the
      // citation in the block after it: the two go together.
      citation_follows = b.heading > 0 || CountWords(b.text) <= kMaxCitationLabelWords ||
                         TrimAscii(b.text).ends_with(':');
    }
  }
  // Judged once every block's furniture is known, all against the same neighbours.
  std::vector<size_t> long_notices;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (IsLongCookieNotice(blocks, i, els)) long_notices.push_back(i);
  for (size_t i : long_notices) blocks[i].boilerplate = true;
  MarkTeaserCards(blocks, els);
  MarkTruncatedTeasers(blocks);
  MarkAuthorBoxes(blocks, els);
  MarkPressReleaseEndMatter(blocks, els);
  MarkPlayerPlaceholders(blocks, els);
  MarkPaywallBoxes(blocks, els);
}

// The element whose subtree's block values sum highest (bonus for article markers and
// content class words), or its parent when it is a paragraph-level element; -1 when no
// element sums above zero.
int ChooseContainer(const std::vector<Block>& blocks, std::vector<Element>& els) {
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
  return best;
}

// The innermost article marker holding element `id`, -1 when none does.
int MarkerOf(const std::vector<Element>& els, int id) {
  while (id >= 0 && !els[id].article_marker) id = els[id].parent;
  return id;
}

// Whether the <h1> of block `h` heads a story: within the four blocks after it (up to the
// next heading) an element says when or by whom: a <time>, or a short text shaped like a
// dateline or opened by a byline label (read from the DOM: a byline's element is often no
// block). A section heading says neither.
bool HeadsAStory(const std::vector<Block>& blocks, const std::vector<Element>& els, size_t h) {
  constexpr size_t kMaxBlocksToBody = 4;
  constexpr int kMaxMetaChars = 200;
  constexpr int kMaxElements = 60;
  const int headline = blocks[h].owner;
  int last = els[headline].end + kMaxElements;
  for (size_t k = h + 1; k < blocks.size(); ++k) {
    if (blocks[k].heading > 0 || k == h + kMaxBlocksToBody) {
      last = std::min(last, blocks[k].owner);
      break;
    }
  }
  last = std::min(last, static_cast<int>(els.size()));
  for (int id = els[headline].end; id < last; ++id) {
    const Element& e = els[id];
    if (e.tag == Tag::kTime) return true;
    if (e.raw_chars == 0 || e.raw_chars > kMaxMetaChars) continue;
    const std::string t = TextOf(e.node, size_t{2} * kMaxMetaChars);
    if (LooksLikeDateline(t) || StartsWithAny(Lower(t), phrases::kBylinePrefixes)) return true;
  }
  return false;
}

// Whether the <h1>s of blocks `first` and `next` head two stories: two article markers of
// their own, or both followed by a date or a byline (HeadsAStory), and not the same words
// (a sticky header repeating the headline).
bool TwoStories(const std::vector<Block>& blocks, const std::vector<Element>& els, size_t first,
                size_t next) {
  if (blocks[first].text == blocks[next].text) return false;
  const int marker = MarkerOf(els, blocks[first].owner);
  const int next_marker = MarkerOf(els, blocks[next].owner);
  if (marker >= 0 && next_marker >= 0 && marker != next_marker) return true;
  return HeadsAStory(blocks, els, first) && HeadsAStory(blocks, els, next);
}

// A page preloads at most a few stories below its own; more <h1>s, each with its date,
// make a listing (a portfolio, an archive), whose items are no stories cut short.
constexpr int kMaxStories = 4;

// The <h1> blocks in `container` that no furniture holds.
int HeadlinesIn(const std::vector<Block>& blocks, const std::vector<Element>& els, int container) {
  int n = 0;
  for (const Block& b : blocks)
    n += b.heading == 1 && !b.boilerplate && !b.beside_marker && InSubtree(els, container, b.owner);
  return n;
}

// The first story of a page that preloads the next ones below it (infinite scroll), when
// the best container is a later story: the page's first <h1> stands before `container`,
// which holds an <h1> of its own opening another story (TwoStories); the first
// story is then the widest element holding the first <h1> but not `container` (its
// <article>, its wrapper div). -1 when the page is not so.
int FirstStoryBefore(const std::vector<Block>& blocks, const std::vector<Element>& els,
                     int container) {
  if (container < 0) return -1;
  size_t first = blocks.size(), own = blocks.size();
  for (size_t i = 0; i < blocks.size() && own == blocks.size(); ++i) {
    if (blocks[i].heading != 1 || blocks[i].boilerplate || blocks[i].beside_marker) continue;
    if (first == blocks.size()) {
      if (blocks[i].owner >= container) return -1;  // the first <h1> is the container's
      first = i;
    } else if (InSubtree(els, container, blocks[i].owner)) {
      own = i;
    }
  }
  if (own == blocks.size() || HeadlinesIn(blocks, els, container) >= kMaxStories ||
      !TwoStories(blocks, els, first, own))
    return -1;
  int story = blocks[first].owner;
  while (els[story].parent >= 0 && !InSubtree(els, els[story].parent, container))
    story = els[story].parent;
  return story;
}

// The block of the <h1> where the story in `container` ends and a preloaded next one
// begins, blocks.size() when none does: an <h1> after the story's own (the last <h1> before
// it, in the container or before it) and 300+ characters of kept text, that opens another
// story (TwoStories) and does not stand beside that text in one element (a template
// that writes every section heading as <h1> puts it among the paragraphs).
size_t NextStoryHeadline(const std::vector<Block>& blocks, const std::vector<Element>& els,
                         int container, const Selection& sel) {
  if (container < 0 || HeadlinesIn(blocks, els, container) > kMaxStories) return blocks.size();
  std::vector<bool> kept(blocks.size(), false);
  for (const Block* b : sel.kept) kept[b - blocks.data()] = true;
  size_t headline = blocks.size();
  int story_chars = 0;
  std::vector<int> story_parents;  // the parents of the story's kept paragraphs
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const int owner = b.owner;
    if (owner >= els[container].end) break;
    if (b.heading == 1 && !b.boilerplate && !b.beside_marker) {
      const int parent = els[owner].parent;
      if (InSubtree(els, container, owner) && headline < blocks.size() &&
          story_chars >= kMinStoryChars &&
          std::find(story_parents.begin(), story_parents.end(), parent) == story_parents.end() &&
          TwoStories(blocks, els, headline, i))
        return i;
      headline = i;
      story_chars = 0;
      story_parents.clear();
    } else if (kept[i] && b.heading == 0 && InSubtree(els, container, owner)) {
      story_chars += b.chars;
      story_parents.push_back(els[owner].parent);
    }
  }
  return blocks.size();
}

}  // namespace

std::vector<std::string> HeadCellDatelines(const std::vector<Block>& blocks,
                                           const std::vector<std::string>& headlines) {
  constexpr int kMaxDatelineChars = 100;
  const std::vector<std::string> heads = HeadlineKeys(headlines);
  std::vector<std::string> datelines;
  std::string under;
  std::vector<std::string_view> above;
  for (const Block& b : blocks) {
    if (b.not_text || !UnderHeadlineLines(b.text, heads, &under, &above)) continue;
    for (std::string_view line : above)
      if (CountChars(line) < kMaxDatelineChars && LooksLikeDateline(line))
        datelines.emplace_back(TrimAscii(line));
    break;
  }
  return datelines;
}

MainText SelectMainText(std::vector<Block>& blocks, std::vector<Element>& els,
                        const std::vector<std::string>& headlines, std::string_view byline,
                        const JsonLdInfo& ld) {
  MarkBlocks(blocks, els);
  const int best = ChooseContainer(blocks, els);
  auto select_in = [&](int container) {
    std::vector<bool> s2(blocks.size(), true);
    for (size_t i = 0; i < blocks.size(); ++i)
      if (container < 0 || InSubtree(els, container, blocks[i].owner)) s2[i] = false;
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
  // A later story won (it is longer): the first story's own element holds the text.
  if (const int first = FirstStoryBefore(blocks, els, container); first >= 0) {
    Selection story = select_in(first);
    if (story.chars >= kMinStoryChars) {
      sel = std::move(story);
      container = first;
    }
  }
  if (sel.chars < 250 && !sel.short_run_body) {
    Selection loose = select_in(-1);
    if (loose.chars > sel.chars * 2) {
      sel = std::move(loose);
      container = -1;
    }
  }
  // The story ends where a preloaded next one begins.
  if (const size_t next = NextStoryHeadline(blocks, els, container, sel); next < blocks.size()) {
    std::erase_if(sel.kept, [&](const Block* b) {
      if (b < &blocks[next]) return false;
      sel.chars -= b->chars;
      return true;
    });
  }
  DropAfterBodyElement(els, sel);
  // Contact cards and captions go only now: as blocks they kept their neighbours' context
  // and their container's score, as text they are not the story.
  std::erase_if(sel.kept, [&](const Block* b) {
    if (b->not_text) sel.chars -= b->chars;
    return b->not_text;
  });
  PrependLeadAfterHeadline(blocks, els, container, sel);
  PrependLead(blocks, els, container, sel);
  if (container >= 0) {
    KeepSeriesTail(blocks, els, sel);
    KeepClosingLines(blocks, els, sel);
    KeepVerdictLines(blocks, els, container, sel);
  }
  DropTrailingBio(sel);
  DropTrailingAppeal(sel);
  DropTrailingCommentRules(els, sel);
  DropPullQuotes(sel);
  std::string body;
  if (!ld.article_body.empty()) {
    body = ArticleBodyText(ld.article_body);
    FilterByArticleBody(body, sel);
  }
  // A heading closing the text heads nothing: what it titled (a guestbook's entries, a
  // widget, the next story) was not kept. A long heading (a standfirst, kept after good
  // text) or a sentence set as a heading is the text's. A label closing the text
  // (IsOpeningLabel: "Related posts:") goes too: what it introduced was not kept either.
  while (!sel.kept.empty() && ((Classify(*sel.kept.back()) == Kind::kHeading &&
                                sel.kept.back()->chars < kMinStandfirstHeadingChars) ||
                               IsOpeningLabel(*sel.kept.back()))) {
    sel.chars -= sel.kept.back()->chars;
    sel.kept.pop_back();
  }
  std::string text = JoinBlocks(sel, headlines, byline);
  if (!body.empty()) {
    int body_n = CountChars(body);
    // A short body (a brief) is taken only when the DOM gave nothing.
    if ((body_n > 300 || (text.empty() && body_n >= 80)) && body_n > CountChars(text) * 1.3)
      text = std::move(body);
  }
  if (text.empty()) text = JoinBlocks(ShortLinesOfMarker(blocks, els), headlines, byline);
  // A how-to or recipe rendered by script: its JSON-LD steps are the only text.
  if (text.empty() && !ld.steps_body.empty()) {
    std::string steps = ArticleBodyText(ld.steps_body);
    if (CountChars(steps) >= kMinStepsChars) text = std::move(steps);
  }
  return MainText{std::move(text), best};
}

std::string HeadingBeforeBody(const std::vector<Block>& blocks, const std::vector<Element>& els) {
  constexpr int kMinParagraphChars = 80;
  constexpr int kMinHeadingChars = 10;
  constexpr int kMaxHeadingChars = 200;
  constexpr size_t kMaxBlocksBetween = 3;
  const auto paragraph = [](const Block& b) {
    return b.heading == 0 && !b.in_li && b.chars >= kMinParagraphChars &&
           b.link_chars * 4 < b.chars && EndsLikeSentence(b.text);
  };
  // A line styled as a title: its block's element, an element holding all of its text, or
  // a wrapper holding nothing else.
  const auto title_styled = [&](const Block& b) {
    if (b.owner < 0 || els[b.owner].raw_chars > kMaxHeadingChars) return false;
    const Element& owner = els[b.owner];
    for (int k = b.owner; k < owner.end; ++k)
      if (els[k].raw_chars == owner.raw_chars && IsTitleStyled(els[k].node)) return true;
    for (int a = owner.parent; a >= 0 && els[a].raw_chars == owner.raw_chars; a = els[a].parent)
      if (IsTitleStyled(els[a].node)) return true;
    return false;
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (paragraph(b)) return "";
    if (b.link_chars > 0 || b.boilerplate || b.teaser || b.beside_marker ||
        b.chars < kMinHeadingChars || b.chars > kMaxHeadingChars)
      continue;
    const bool heading = b.heading >= 2 && b.heading <= 3;
    if (!heading && (b.heading > 0 || b.in_li || !title_styled(b))) continue;
    // The last title before the body: a box's title is followed by the headline.
    for (size_t k = i + 1; k < blocks.size() && k <= i + 1 + kMaxBlocksBetween; ++k) {
      if (blocks[k].heading > 0 || title_styled(blocks[k])) break;
      if (paragraph(blocks[k])) return b.text;
    }
  }
  return "";
}

}  // namespace newsdesk::extract_internal
