// Internals of the date parser (src/dates*.cc). Not part of the public API.
//
// ParseDate first rewrites its input into a token list (dates_tokens.cc): Unicode
// decomposed and accents, niqqud and harakat dropped, native digits made ASCII (Ethiopic
// numerals, which are not positional, by their value: ፳፻፲፱ is 2019), quote
// look-alikes unified (״ -> ", ׳ -> '), Arabic-script letter variants and Ethiopic letters
// of one sound (ሐ ኀ -> ሀ, ሠ -> ሰ, ዐ -> አ, ፀ -> ጸ) unified, lower case.
// Each calendar's matcher then scans the tokens for its own patterns.
#ifndef NEWSDESK_DATES_INTERNAL_H_
#define NEWSDESK_DATES_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/dates.h"

namespace newsdesk::dates_internal {

struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kPunct;
  std::string text;    // normalized, lower case (UTF-8)
  int64_t value = -1;  // kNumber: the value when it fits (at most 9 digits), else -1
  int digits = 0;      // kNumber: how many digits
  bool space_before = false;
  bool hebrew = false;        // kWord starting with a Hebrew letter
  bool arabic = false;        // kWord starting with an Arabic-script letter
  bool hangul = false;        // kWord starting with a Hangul syllable
  bool caps = false;          // kWord written all in capitals ("CEST", not "cest" or "Ist")
  size_t begin = 0, end = 0;  // byte span in the original input

  bool IsWord(std::string_view w) const { return kind == Kind::kWord && text == w; }
  bool IsPunct(char c) const { return kind == Kind::kPunct && text.size() == 1 && text[0] == c; }
  bool IsNumber() const { return kind == Kind::kNumber; }
};

using Tokens = std::vector<Token>;

// Splits `utf8` (any bytes) into tokens. Hebrew words keep an inner " or ' (כ"ז,
// ה'תשפ"ו) and a final ' (ט'); two apostrophes between Hebrew letters count as ".
Tokens Tokenize(std::string_view utf8);

// The token form of a lexicon entry: Tokenize(s) texts.
std::vector<std::string> LexiconWords(std::string_view s);

// A match: the parsed date (or why the text that looked like a date is not one) and
// the token span it covers.
struct Match {
  Result<ParsedDate> result = Status::InvalidArgument("no date found");
  size_t first = 0, last = 0;  // token indices, inclusive
};

// Each matcher returns the first date-shaped span it finds, or nullopt.
std::optional<Match> MatchIso(const Tokens& t, const DateContext& ctx);
std::optional<Match> MatchHebrew(const Tokens& t, const DateContext& ctx);
std::optional<Match> MatchHijri(const Tokens& t);    // Islamic (Umm al-Qura)
std::optional<Match> MatchPersian(const Tokens& t);  // Solar Hijri
// Ethiopian month names with a day and a year ("ኅዳር 25 ቀን 2019 ዓ.ም.", Tigrinya "25 ሕዳር
// 2019"); the Gregorian month names written in Ethiopic letters are MatchMonthName's. For
// Eritrea (ctx's country or the hint's region ER) the same names are the Gregorian months
// ("24 ግንቦት 2026" is 24 May 2026) unless the Ethiopian era "ዓ.ም." follows the year.
std::optional<Match> MatchEthiopian(const Tokens& t, const DateContext& ctx);
std::optional<Match> MatchMonthName(const Tokens& t, const DateContext& ctx);
// The Ethiopian era after a year, "ዓ.ም." (ዓመተ ምሕረት, the Year of Mercy), also "ዓ/ም" and
// "ዓም", at token k: its last token (the closing dot included), or nullopt.
std::optional<size_t> EthiopianEraEnd(const Tokens& t, size_t k);
// The Gregorian era written in Amharic after a year, "እ.ኤ.አ." (እንደ ኤውሮጳ አቆጣጠር, by the
// European reckoning), at token k: its last token (the closing dot included), or nullopt.
std::optional<size_t> AmharicGregorianEraEnd(const Tokens& t, size_t k);
// Day, month and year in digits ("04.12.2026", "12/4/26"), the order from ctx's language;
// a four-digit year followed by the Ethiopian era ("25/03/2019 ዓ.ም.") is day/month/year of
// the Ethiopian calendar.
std::optional<Match> MatchNumeric(const Tokens& t, const DateContext& ctx);
// A month and year without a day ("November 2025", "2026年3月"): month precision. The
// weakest reading, tried after every date with a day.
std::optional<Match> MatchMonthYear(const Tokens& t, const DateContext& ctx);
std::optional<Match> MatchRelative(const Tokens& t, const DateContext& ctx);

// Proleptic Gregorian calendar arithmetic (days since 1970-01-01).
int64_t DaysFromCivil(int y, int m, int d);
void CivilFromDays(int64_t z, int* y, int* m, int* d);
int DaysInGregorianMonth(int y, int m);
// 0 = Sunday .. 6 = Saturday.
int Weekday(int64_t days);

// Calendar conversions (Hebrew by its own rules, the others through ICU), each
// validating the date first: an impossible
// date is an InvalidArgument with the reason, never a nearby date. Results are days
// since 1970-01-01.
//
// Hebrew months are numbered from Tishri as ICU does: 0 Tishri, 1 Heshvan, 2 Kislev,
// 3 Tevet, 4 Shevat, 5 Adar I (leap years only), 6 Adar (Adar II in leap years),
// 7 Nisan, 8 Iyar, 9 Sivan, 10 Tammuz, 11 Av, 12 Elul.
Result<int64_t> HebrewToDays(int year, int month, int day);
bool IsHebrewLeapYear(int year);
std::string_view HebrewMonthName(int month, bool leap);
// Islamic (Umm al-Qura) months 1..12; years 1300..1600 (the Umm al-Qura table). Any other
// month, year or day is an error saying which.
Result<int64_t> HijriToDays(int year, int month, int day);
// Persian months 1..12 (Farvardin..Esfand); any other month or day is an error.
Result<int64_t> PersianToDays(int year, int month, int day);
// Ethiopian (Amete Mihret era) months 1..13, through ICU: Meskerem..Nehasse of 30 days, then
// Pagume of 5 days, 6 in a leap year (year % 4 == 3: Pagume 6, 2015 was 2023-09-11). Any
// other month or day, or a year outside 1-9990, is an error saying which.
Result<int64_t> EthiopianToDays(int year, int month, int day);

// Japanese eras (gengō) as dates are read in them, newest first: year 1 (元年) of an era
// is `year_one`, and its dates run from its first day through its last (none for the
// current era). A change of era fell on the day an emperor died, which belongs to both.
struct JapaneseEra {
  std::string_view name;  // 令和
  char letter;            // 'r': the abbreviation, written in capitals ("R8.12.5")
  int year_one;
  int first_year, first_month, first_day;
  int last_year, last_month, last_day;  // 0 for the current era
};
std::span<const JapaneseEra> JapaneseEras();

// Fills the Gregorian fields of `out` from days since 1970-01-01.
void SetCivil(ParsedDate& out, int64_t days);

// Tokens first..last name Gregorian month `month` of `year` without a day: a date of
// month precision, or "month 13 does not exist".
Match MonthMatch(size_t first, size_t last, int year, int month);

// Reads an optional time of day (and zone) starting at token `k`, skipping a
// connector ("T", ",", "at", "um", "à", "오후"). When one is there, fills the time fields,
// precision and offset of `out` (whose date must be set: a zone's offset depends on it)
// and sets *last to its last token. A time or offset out of range ("25:00", "+15:00")
// is an error; no time at all is OK; an unreadable one ("09:xx") adds a warning to `out`.
Status ParseTimeAfter(const Tokens& t, size_t k, const DateContext& ctx, ParsedDate& out,
                      size_t* last);

// "en-IN" -> language "en", country "IN"; the country from ctx.country when set (upper case).
void HintParts(const DateContext& ctx, std::string* language, std::string* country);

// Time zone abbreviations as feeds and pages write them (dates_zone_names.cc). A name
// listed more than once is ambiguous; its readings say which countries or languages
// choose them, and the one chosen by none is the most common reading.
struct ZoneAbbreviation {
  std::string_view name;       // lower case: "cest", "et"
  int offset_minutes;          // from UTC; unused when `rules` is set
  std::string_view rules;      // IANA zone whose rules give the offset ("et": America/New_York)
  std::string_view chosen_by;  // "IL he yi": countries (upper) and languages (lower); "" = default
  std::string_view meaning;    // "Central European Summer Time"
  bool any_case;               // also read in lower case (RFC 2822's names); else capitals only
  bool military;               // RFC 822 letter: read, offset ignored (RFC 2822 §4.3)
};
std::span<const ZoneAbbreviation> ZoneAbbreviations();

// A zone written after a time: what ReadZoneName found at token k.
struct ZoneName {
  std::optional<int> offset_minutes;  // a fixed offset
  std::string rules;                  // or the IANA zone whose offset at the local time applies
  std::string warning;                // an ambiguous or unreliable name, how it was read
  size_t last = 0;                    // its last token
};
// An abbreviation from the table (the reading chosen by ctx.country, then the language
// of ctx.language_hint, else the default with a warning) or an IANA zone id
// (`Europe/Berlin`, `Etc/GMT`, any case). nullopt when token k starts neither.
std::optional<ZoneName> ReadZoneName(const Tokens& t, size_t k, const DateContext& ctx);
// The offset from UTC in minutes of IANA zone `id` at the local wall time given, from
// ICU's time zone data; InvalidArgument when ICU does not know the zone. A wall time
// that a daylight-saving change skipped or repeated gets ICU's standard choice (the
// offset before a gap, the later of two readings) and a warning saying so.
struct ZoneOffset {
  int minutes = 0;
  std::string warning;  // empty unless the wall time was skipped or repeated
};
Result<ZoneOffset> ZoneOffsetAt(const std::string& id, const ParsedDate& local);

// Gregorian day/month/year -> days, or why not ("day 31 does not exist in April 2026").
Result<int64_t> GregorianToDays(int year, int month, int day);

// Weekdays: when the token(s) just before index `i` name a weekday (Sunday = 0), its
// number; -1 if none. Knows English, German, French, Spanish, Italian, Portuguese,
// Dutch, the Scandinavian languages, Finnish, Polish, Czech, Hungarian, Romanian, Turkish,
// Greek, Russian, Ukrainian, Indonesian, Malay, Hebrew, Yiddish, Arabic, Persian, Amharic,
// Tigrinya. `*first` receives
// the first token of the weekday phrase.
int WeekdayBefore(const Tokens& t, size_t i, size_t* first);

// A reason like "Friday does not match 2026-02-14 (a Saturday)" when a stated weekday
// disagrees with the date; OK otherwise.
Status CheckWeekday(int stated, int64_t days);

}  // namespace newsdesk::dates_internal

#endif  // NEWSDESK_DATES_INTERNAL_H_
