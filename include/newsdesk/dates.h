// Dates: one parser for metadata dates and visible datelines, in the Gregorian, Hebrew,
// Islamic (Hijri, islamic-umalqura) and Persian (Solar Hijri) calendars. Pure; thread-safe.
#ifndef NEWSDESK_DATES_H_
#define NEWSDESK_DATES_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

enum class Calendar { kGregorian, kHebrew, kIslamic, kPersian };
std::string_view CalendarName(Calendar c);  // "gregorian", "hebrew", "islamic", "persian"

struct ParsedDate {
  int year = 0, month = 0, day = 0;  // Gregorian
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  // Offset from UTC in minutes when the input stated a zone.
  std::optional<int> utc_offset_minutes;
  Calendar calendar = Calendar::kGregorian;  // the calendar the input was written in
  // The span of the input the date was read from, e.g. `כ"ז שבט תשפ"ו` out of
  // `יום שבת, כ"ז שבט תשפ"ו | 14:30` (weekday included when stated).
  std::string raw;

  std::string IsoDate() const;  // "2026-02-14"
  // "2026-02-14", "2026-02-14T10:00:00", or "2026-02-14T10:00:00+02:00" as known.
  std::string IsoDateTime() const;
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
  std::string language_hint;
  PlainAdar plain_adar_in_leap_year = PlainAdar::kReject;
};

// Finds and parses one date in `text` (a metadata value or a dateline; the first 1 MiB
// is searched). Fails with InvalidArgument and a reason ("day 30 does not exist in
// Heshvan 5786 (29 days that year)", "no date found") rather than guessing.
Result<ParsedDate> ParseDate(std::string_view text, const DateContext& context = {});

}  // namespace newsdesk

#endif  // NEWSDESK_DATES_H_
