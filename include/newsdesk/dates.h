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
  std::string raw;                           // the input, trimmed

  std::string IsoDate() const;  // "2026-02-14"
  // "2026-02-14", "2026-02-14T10:00:00", or "2026-02-14T10:00:00+02:00" as known.
  std::string IsoDateTime() const;
};

struct DateContext {
  // For relative dates ("2 hours ago", "vor 2 Stunden"); unset: relative dates fail.
  std::optional<std::chrono::system_clock::time_point> reference;
  std::string language_hint;  // "en", "de", "he", ... for ambiguous numeric orders
};

// Finds and parses one date in `text` (a metadata value or a dateline). Fails with
// InvalidArgument and a reason ("day 30 does not exist in Shevat 5786", "no date found")
// rather than guessing.
Result<ParsedDate> ParseDate(std::string_view text, const DateContext& context = {});

}  // namespace newsdesk

#endif  // NEWSDESK_DATES_H_
