// Calendar arithmetic of the date parser: proleptic Gregorian by hand (H. Hinnant's
// days_from_civil), Hebrew by its molad rules (ICU 72 is wrong in some years, below),
// Islamic (Umm al-Qura), Persian and Ethiopian through ICU calendars.
//
// ICU calendars are not thread-safe and slow to create: each thread keeps one of each,
// created on first use. They run in GMT at noon so no zone rule can move the day.
// ICU is lenient about out-of-range fields (Adar I in a common year silently becomes
// Adar); every date is validated here first and read back after conversion.
#include <array>
#include <cmath>
#include <memory>
#include <span>
#include <string>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include "dates_internal.h"

namespace newsdesk::dates_internal {

int64_t DaysFromCivil(int y, int m, int d) {
  int64_t yy = y - (m <= 2 ? 1 : 0);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

int DaysInGregorianMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return kDays[m - 1];
}

int Weekday(int64_t days) {
  int64_t w = (days + 4) % 7;  // 1970-01-01 was a Thursday
  return static_cast<int>(w < 0 ? w + 7 : w);
}

void SetCivil(ParsedDate& out, int64_t days) {
  CivilFromDays(days, &out.year, &out.month, &out.day);
}

Match MonthMatch(size_t first, size_t last, int year, int month) {
  Match m;
  m.first = first;
  m.last = last;
  if (month < 1 || month > 12) {
    m.result = Status::InvalidArgument("month " + std::to_string(month) + " does not exist");
    return m;
  }
  ParsedDate out;
  SetCivil(out, DaysFromCivil(year, month, 1));
  out.precision = DatePrecision::kMonth;
  m.result = std::move(out);
  return m;
}

namespace {

enum CalendarKind { kHijriCal = 0, kPersianCal = 1, kEthiopicCal = 2 };

icu::Calendar* ThreadCalendar(CalendarKind kind) {
  thread_local std::array<std::unique_ptr<icu::Calendar>, 3> calendars;
  std::unique_ptr<icu::Calendar>& cal = calendars[kind];
  if (!cal) {
    static constexpr const char* kLocales[] = {"en@calendar=islamic-umalqura",
                                               "en@calendar=persian", "en@calendar=ethiopic"};
    UErrorCode status = U_ZERO_ERROR;
    cal.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                            icu::Locale(kLocales[kind]), status));
    if (U_FAILURE(status)) cal.reset();
  }
  return cal.get();
}

// Days in `month` of `year` in `cal` (ICU month numbering).
Result<int> MonthLength(icu::Calendar* cal, int year, int month) {
  UErrorCode status = U_ZERO_ERROR;
  cal->clear();
  cal->setLenient(true);
  cal->set(UCAL_YEAR, year);
  cal->set(UCAL_MONTH, month);
  cal->set(UCAL_DATE, 1);
  cal->set(UCAL_HOUR_OF_DAY, 12);
  int n = cal->getActualMaximum(UCAL_DATE, status);
  if (U_FAILURE(status)) return Status::Internal("ICU could not size the month");
  return n;
}

// REQUIRES: the date was validated. Converts and reads the fields back.
Result<int64_t> ToDays(icu::Calendar* cal, int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  cal->clear();
  cal->setLenient(false);
  cal->set(UCAL_YEAR, year);
  cal->set(UCAL_MONTH, month);
  cal->set(UCAL_DATE, day);
  cal->set(UCAL_HOUR_OF_DAY, 12);
  UDate ms = cal->getTime(status);
  if (U_FAILURE(status)) return Status::InvalidArgument("the calendar rejects this date");
  cal->setTime(ms, status);
  if (U_FAILURE(status) || cal->get(UCAL_YEAR, status) != year ||
      cal->get(UCAL_MONTH, status) != month || cal->get(UCAL_DATE, status) != day) {
    return Status::Internal("calendar round trip failed");
  }
  return static_cast<int64_t>(std::floor(ms / 86400000.0));
}

constexpr std::array<std::string_view, 13> kHebrewMonths = {
    "Tishri", "Heshvan", "Kislev", "Tevet",  "Shevat", "Adar I", "Adar",
    "Nisan",  "Iyar",    "Sivan",  "Tammuz", "Av",     "Elul"};

// The errors of a month outside 1..`months` or a day outside 1..`max_day`, which every
// calendar gives alike; OK otherwise.
Status CheckMonthAndDay(int month, int months, int day, int max_day) {
  if (month < 1 || month > months) {
    return Status::InvalidArgument("month " + std::to_string(month) + " does not exist");
  }
  if (day < 1 || day > max_day) {
    return Status::InvalidArgument("day " + std::to_string(day) + " does not exist in any month");
  }
  return Status::OK();
}

// The error of a day past the `length` days of `month` (a name) in `year`; `note` follows the
// length in brackets ("days", "days that year").
Status DayPastMonth(int day, std::string_view month, int year, int length, std::string_view note) {
  return Status::InvalidArgument("day " + std::to_string(day) + " does not exist in " +
                                 std::string(month) + " " + std::to_string(year) + " (" +
                                 std::to_string(length) + " " + std::string(note) + ")");
}

// A date of an ICU calendar (Persian, Ethiopic) whose months have fixed lengths
// (`length_of(month)`, 1-based) but the last, as long as ICU says for `year` (its leap day).
template <typename LengthOf>
Result<int64_t> FixedMonthsToDays(icu::Calendar* cal, std::span<const std::string_view> names,
                                  int year, int month, int day, LengthOf length_of) {
  int length = length_of(month);
  if (month == static_cast<int>(names.size())) {
    Result<int> n = MonthLength(cal, year, month - 1);
    if (!n.ok()) return n.status();
    length = *n;
  }
  if (day > length) return DayPastMonth(day, names[month - 1], year, length, "days");
  return ToDays(cal, year, month - 1, day);
}

}  // namespace

bool IsHebrewLeapYear(int year) { return ((7 * static_cast<int64_t>(year) + 1) % 19) < 7; }

std::string_view HebrewMonthName(int month, bool leap) {
  if (month == 6 && leap) return "Adar II";
  return kHebrewMonths[month];
}

namespace {

// The Hebrew calendar by its rules (Maimonides, Laws of the Sanctification of the Moon,
// ch. 6-8): the molad of Tishri counted in parts (1080 to the hour) from BaHaRaD, then
// the four postponements. Hebrew day 0 is a Sunday; a Hebrew day starts at 18:00 of the
// civil day before, so "18 hours" below is noon of the civil day.
constexpr int64_t kPartsPerHour = 1080;
constexpr int64_t kPartsPerDay = 24 * kPartsPerHour;
constexpr int64_t kLunation = 29 * kPartsPerDay + 12 * kPartsPerHour + 793;
constexpr int64_t kBaharad = 1 * kPartsPerDay + 5 * kPartsPerHour + 204;

int64_t MonthsBeforeYear(int64_t year) {
  int64_t y = year - 1;
  return 235 * (y / 19) + 12 * (y % 19) + (7 * (y % 19) + 1) / 19;
}

// Hebrew day number of 1 Tishri of `year`.
int64_t HebrewYearStart(int64_t year) {
  int64_t molad = kBaharad + MonthsBeforeYear(year) * kLunation;
  int64_t day = molad / kPartsPerDay;
  int64_t parts = molad % kPartsPerDay;
  int weekday = static_cast<int>(day % 7);  // 0 Sunday .. 6 Saturday
  if (parts >= 18 * kPartsPerHour) {
    ++day;  // molad zaken
  } else if (weekday == 2 && parts >= 9 * kPartsPerHour + 204 && !IsHebrewLeapYear(year)) {
    ++day;  // GaTaRaD (then lo ADU moves it to Thursday)
  } else if (weekday == 1 && parts >= 15 * kPartsPerHour + 589 && IsHebrewLeapYear(year - 1)) {
    ++day;  // BeTUTaKPaT
  }
  int w = static_cast<int>(day % 7);
  if (w == 0 || w == 3 || w == 5) ++day;  // lo ADU Rosh
  return day;
}

// Hebrew day number -> days since 1970-01-01: 1 Tishri 5786 was 2025-09-23.
int64_t HebrewDayToUnix(int64_t hebrew_day) {
  static const int64_t offset = DaysFromCivil(2025, 9, 23) - HebrewYearStart(5786);
  return hebrew_day + offset;
}

// Days in ICU-numbered `month` of `year` (0 if the month does not exist that year).
int HebrewMonthLength(int year, int month) {
  int64_t length = HebrewYearStart(year + 1) - HebrewYearStart(year);
  switch (month) {
    case 1:
      return length % 10 == 5 ? 30 : 29;  // Heshvan: 30 in complete years
    case 2:
      return length % 10 == 3 ? 29 : 30;  // Kislev: 29 in deficient years
    case 5:
      return IsHebrewLeapYear(year) ? 30 : 0;
    case 3:
    case 6:
    case 8:
    case 10:
    case 12:
      return 29;
    default:
      return 30;
  }
}

}  // namespace

// ICU 72's HebrewCalendar puts 1 Tishri 5807 (and 6054), and with it the end of 5806
// (6053), one day late, against the calendar's rules, Dershowitz & Reingold and hebcal;
// so the Hebrew calendar is computed here and ICU is used for Islamic and Persian only.
Result<int64_t> HebrewToDays(int year, int month, int day) {
  // From AM 3762 (1 CE) on: the store speaks Gregorian years 1-9999.
  if (year < 3762 || year > 9999) {
    return Status::InvalidArgument("Hebrew year " + std::to_string(year) +
                                   " is out of range (3762-9999)");
  }
  if (month < 0 || month > 12) return Status::InvalidArgument("no such Hebrew month");
  bool leap = IsHebrewLeapYear(year);
  if (month == 5 && !leap) {
    return Status::InvalidArgument("Adar I does not exist in " + std::to_string(year) +
                                   " (not a leap year)");
  }
  if (Status st = CheckMonthAndDay(month + 1, 13, day, 30); !st.ok()) return st;
  int length = HebrewMonthLength(year, month);
  if (day > length)
    return DayPastMonth(day, HebrewMonthName(month, leap), year, length, "days that year");
  int64_t days = HebrewYearStart(year);
  for (int m = 0; m < month; ++m) days += HebrewMonthLength(year, m);
  return HebrewDayToUnix(days + day - 1);
}

Result<int64_t> HijriToDays(int year, int month, int day) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "Muharram", "Safar",  "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira",
      "Rajab",    "Shaban", "Ramadan",       "Shawwal",       "Dhu al-Qada",   "Dhu al-Hijja"};
  // ICU's Umm al-Qura data covers 1300..1600 AH; outside it ICU silently switches to the
  // arithmetic calendar, which is a different calendar.
  if (year < 1300 || year > 1600) {
    return Status::InvalidArgument("Hijri year " + std::to_string(year) +
                                   " is outside the Umm al-Qura table (1300-1600)");
  }
  if (Status st = CheckMonthAndDay(month, 12, day, 30); !st.ok()) return st;
  icu::Calendar* cal = ThreadCalendar(kHijriCal);
  if (cal == nullptr) return Status::Internal("ICU Islamic calendar unavailable");
  Result<int> n = MonthLength(cal, year, month - 1);
  if (!n.ok()) return n.status();
  if (day > *n) return DayPastMonth(day, kNames[month - 1], year, *n, "days in Umm al-Qura");
  return ToDays(cal, year, month - 1, day);
}

Result<int64_t> PersianToDays(int year, int month, int day) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
      "Mehr",      "Aban",        "Azar",    "Dey", "Bahman", "Esfand"};
  if (year < 1 || year > 3000) {
    return Status::InvalidArgument("Persian year " + std::to_string(year) + " is out of range");
  }
  if (Status st = CheckMonthAndDay(month, 12, day, 31); !st.ok()) return st;
  icu::Calendar* cal = ThreadCalendar(kPersianCal);
  if (cal == nullptr) return Status::Internal("ICU Persian calendar unavailable");
  return FixedMonthsToDays(cal, kNames, year, month, day, [](int m) { return m <= 6 ? 31 : 30; });
}

Result<int64_t> EthiopianToDays(int year, int month, int day) {
  static constexpr std::array<std::string_view, 13> kNames = {
      "Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir",     "Yekatit", "Megabit",
      "Miazia",   "Genbot", "Sene",  "Hamle",  "Nehasse", "Pagume"};
  if (year < 1 || year > 9990) {
    return Status::InvalidArgument("Ethiopian year " + std::to_string(year) + " is out of range");
  }
  if (Status st = CheckMonthAndDay(month, 13, day, 30); !st.ok()) return st;
  icu::Calendar* cal = ThreadCalendar(kEthiopicCal);
  if (cal == nullptr) return Status::Internal("ICU Ethiopic calendar unavailable");
  return FixedMonthsToDays(cal, kNames, year, month, day, [](int) { return 30; });
}

}  // namespace newsdesk::dates_internal
