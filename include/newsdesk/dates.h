// Dates: one parser for metadata dates and visible datelines, in the Gregorian, Hebrew,
// Islamic (Hijri, islamic-umalqura), Persian (Solar Hijri) and Ethiopian calendars. Pure;
// thread-safe.
#ifndef NEWSDESK_DATES_H_
#define NEWSDESK_DATES_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

enum class Calendar { kGregorian, kHebrew, kIslamic, kPersian, kEthiopian };
// "gregorian", "hebrew", "islamic", "persian", "ethiopian"
std::string_view CalendarName(Calendar c);

// How much of a date the input stated: `2003` is a year, `2003-12` a month (W3C-DTF
// reduced precision, as sitemaps and Atom feeds write them), `14 Feb 2026` a day,
// `... 10:30` a minute, `... 10:30:15` a second.
enum class DatePrecision { kYear, kMonth, kDay, kMinute, kSecond };
std::string_view PrecisionName(DatePrecision p);  // "year", "month", "day", "minute", "second"

struct ParsedDate {
  // Gregorian. Below the precision the fields hold their first value (a month-precision
  // date has day 1), so that an instant can be computed; IsoDate() prints only what was
  // stated.
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  // Offset from UTC in minutes when the input stated a zone (a numeric offset, a zone
  // abbreviation such as CEST or ET, or an IANA name such as Europe/Berlin, whose
  // offset is the one in force at that local date-time).
  std::optional<int> utc_offset_minutes;
  DatePrecision precision = DatePrecision::kDay;
  // What the reader was unsure of or left out, one sentence each: an ambiguous zone
  // abbreviation read one way ("IST read as India Standard Time (+05:30)..."), a time
  // part that could not be read ("time '09:xx:00Z' not read: only the date"), an
  // implied zone. Empty for a clean read.
  std::vector<std::string> warnings;
  Calendar calendar = Calendar::kGregorian;  // the calendar the input was written in
  // The span of the input the date was read from, e.g. `יום שבת, כ"ז שבט תשפ"ו | 14:30`
  // out of `עודכן: יום שבת, כ"ז שבט תשפ"ו | 14:30` (weekday and time included when stated).
  std::string raw;

  // "2026-02-14"; "2003-12" or "2003" for a month or year precision.
  std::string IsoDate() const;
  // "2026-02-14", "2026-02-14T10:00:00", or "2026-02-14T10:00:00+02:00" as known.
  std::string IsoDateTime() const;
  // The instant in UTC ("2026-02-14T08:00:00Z") when a time and offset are known, else "".
  std::string UtcDateTime() const;
  // Days since 1970-01-01 of the day as written, its zone aside.
  int64_t DayNumber() const;
  // Seconds since the epoch: the day's start, plus the time when one is known, minus the
  // offset when one was stated (a date without a zone is taken as UTC).
  int64_t UnixSeconds() const;
};

// What a Hebrew date in plain "Adar" (אדר, no א׳/ב׳) means in a leap year, which has
// Adar I and Adar II. Papers print the qualifier; without it the month is ambiguous
// (yahrzeits and ICU read Adar II, vows and some legal documents Adar I), so the default
// refuses to guess. In a common year plain Adar is always Adar.
enum class PlainAdar { kReject, kAdarII, kAdarI };

struct DateContext {
  // For relative dates ("2 hours ago", "vor 2 Stunden"); unset: relative dates fail.
  std::optional<std::chrono::system_clock::time_point> reference;
  // BCP 47 ("en", "en-US", "de", "he") for ambiguous numeric orders: 03/04/2026 is
  // March 4 for en/en-US (and other m/d/y regions), April 3 otherwise. Without a hint an
  // ambiguous numeric date fails. Dotted dates (03.04.2026) are always day first.
  // Also chooses the reading of an ambiguous zone abbreviation (IST: India, Israel or
  // Ireland; CST: US Central or China; BST: British Summer or Bangladesh), with
  // `country` below.
  std::string language_hint;
  // ISO 3166-1 alpha-2 country of the site ("IL", "IN"), when known: chooses the
  // reading of an ambiguous zone abbreviation before the language hint does.
  std::string country;
  PlainAdar plain_adar_in_leap_year = PlainAdar::kReject;
};

// Finds and parses one date in `text` (a metadata value or a dateline; the first 1 MiB
// is searched). Fails with InvalidArgument and a reason ("day 30 does not exist in
// Heshvan 5786 (29 days that year)", "offset -99:99 is out of range", "no date found")
// rather than guessing: an impossible month, day, time or offset is never accepted.
// A date followed by a time part that cannot be read at all (`2013-01-28T09:xx:00Z`)
// comes back with the precision actually read and a warning.
Result<ParsedDate> ParseDate(std::string_view text, const DateContext& context = {});

}  // namespace newsdesk

#endif  // NEWSDESK_DATES_H_
