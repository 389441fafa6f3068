#include "newsdesk/dates.h"  // first: the header is self-contained

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

std::string Iso(std::string_view text, const DateContext& ctx = {}) {
  Result<ParsedDate> r = ParseDate(text, ctx);
  return r.ok() ? r->IsoDate() : "error: " + std::string(r.status().message());
}

// ---------------------------------------------------------------------------------
// An independent Hebrew calendar: the arithmetic of Dershowitz & Reingold,
// "Calendrical Calculations" (3rd ed., ch. 8), on R.D. fixed day numbers, and C++20
// <chrono> for the Gregorian side. It shares no code with the library (which uses ICU).
namespace dr {

constexpr int64_t kHebrewEpoch = -1373427;  // R.D. of 1 Tishri AM 1
enum {
  kNisan = 1,
  kIyyar,
  kSivan,
  kTammuz,
  kAv,
  kElul,
  kTishri,
  kMarheshvan,
  kKislev,
  kTevet,
  kShevat,
  kAdar,
  kAdarII
};

bool Leap(int64_t y) { return (7 * y + 1) % 19 < 7; }
int LastMonth(int64_t y) { return Leap(y) ? kAdarII : kAdar; }
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t Mod(int64_t a, int64_t b) { return a - b * FloorDiv(a, b); }

int64_t ElapsedDays(int64_t y) {
  int64_t months = FloorDiv(235 * y - 234, 19);
  int64_t parts = 12084 + 13753 * months;
  int64_t day = months * 29 + FloorDiv(parts, 25920);
  return Mod(3 * (day + 1), 7) < 3 ? day + 1 : day;
}
int64_t YearLengthCorrection(int64_t y) {
  int64_t ny0 = ElapsedDays(y - 1), ny1 = ElapsedDays(y), ny2 = ElapsedDays(y + 1);
  if (ny2 - ny1 == 356) return 2;
  if (ny1 - ny0 == 382) return 1;
  return 0;
}
int64_t NewYear(int64_t y) { return kHebrewEpoch + ElapsedDays(y) + YearLengthCorrection(y); }
int64_t DaysInYear(int64_t y) { return NewYear(y + 1) - NewYear(y); }
bool LongMarheshvan(int64_t y) { return DaysInYear(y) == 355 || DaysInYear(y) == 385; }
bool ShortKislev(int64_t y) { return DaysInYear(y) == 353 || DaysInYear(y) == 383; }
int LastDay(int m, int64_t y) {
  if (m == kIyyar || m == kTammuz || m == kElul || m == kTevet || m == kAdarII) return 29;
  if (m == kAdar && !Leap(y)) return 29;
  if (m == kMarheshvan && !LongMarheshvan(y)) return 29;
  if (m == kKislev && ShortKislev(y)) return 29;
  return 30;
}
int64_t FixedFromHebrew(int64_t y, int m, int d) {
  int64_t days = NewYear(y) + d - 1;
  if (m < kTishri) {
    for (int i = kTishri; i <= LastMonth(y); ++i) days += LastDay(i, y);
    for (int i = kNisan; i < m; ++i) days += LastDay(i, y);
  } else {
    for (int i = kTishri; i < m; ++i) days += LastDay(i, y);
  }
  return days;
}
std::string IsoFromFixed(int64_t rd) {
  using namespace std::chrono;
  // R.D. 719163 is 1970-01-01.
  year_month_day ymd{sys_days{days{rd - 719163}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// Hebrew numerals as calendars print them: gershayim before the last letter, a geresh
// after a single letter, 15/16 as ט"ו/ט"ז.
std::string Gematria(int n, const char* gershayim = "\"", const char* geresh = "'") {
  static const char* kUnits[] = {"", "א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט"};
  static const char* kTens[] = {"", "י", "כ", "ל", "מ", "נ", "ס", "ע", "פ", "צ"};
  static const char* kHundreds[] = {"", "ק", "ר", "ש"};
  std::vector<std::string> letters;
  while (n >= 400) {
    letters.push_back("ת");
    n -= 400;
  }
  if (n >= 100) {
    letters.push_back(kHundreds[n / 100]);
    n %= 100;
  }
  if (n == 15 || n == 16) {
    letters.push_back("ט");
    letters.push_back(n == 15 ? "ו" : "ז");
  } else {
    if (n >= 10) letters.push_back(kTens[n / 10]);
    if (n % 10) letters.push_back(kUnits[n % 10]);
  }
  std::string out;
  for (size_t i = 0; i < letters.size(); ++i) {
    if (letters.size() > 1 && i + 1 == letters.size()) out += gershayim;
    out += letters[i];
  }
  if (letters.size() == 1) out += geresh;
  return out;
}

std::string MonthName(int m, int64_t y, int variant) {
  switch (m) {
    case kNisan:
      return "ניסן";
    case kIyyar:
      return variant % 2 ? "איר" : "אייר";
    case kSivan:
      return variant % 2 ? "סיוון" : "סיון";
    case kTammuz:
      return "תמוז";
    case kAv:
      return variant % 3 == 1 ? "מנחם אב" : "אב";
    case kElul:
      return "אלול";
    case kTishri:
      return "תשרי";
    case kMarheshvan: {
      static const char* kNames[] = {"חשון", "חשוון", "מרחשון", "מרחשוון"};
      return kNames[variant % 4];
    }
    case kKislev:
      return variant % 2 ? "כסליו" : "כסלו";
    case kTevet:
      return "טבת";
    case kShevat:
      return "שבט";
    case kAdar: {
      if (!Leap(y)) return "אדר";
      static const char* kNames[] = {"אדר א'", "אדר א׳", "אדר ראשון", "אדר א"};
      return kNames[variant % 4];
    }
    case kAdarII: {
      static const char* kNames[] = {"אדר ב'", "אדר ב׳", "אדר שני", "אדר ב"};
      return kNames[variant % 4];
    }
  }
  return "?";
}

// One of several written forms of (y, m, d), chosen by `variant`.
std::string Format(int64_t y, int m, int d, int variant) {
  std::string month = MonthName(m, y, variant / 7);
  switch (variant % 7) {
    case 0:
      return Gematria(d) + " " + month + " " + Gematria(static_cast<int>(y % 1000));
    case 1:
      return Gematria(d, "״", "׳") + " ב" + month + " " +
             Gematria(static_cast<int>(y % 1000), "״", "׳");
    case 2:  // 18 as newspapers often write it: ח"י
      return (d == 18 ? std::string("ח\"י") : Gematria(d)) + " ב" + month + " ה'" +
             Gematria(static_cast<int>(y % 1000));
    case 3:
      return std::to_string(d) + " " + month + " " + std::to_string(y);
    case 4:
      return "עודכן: " + Gematria(d) + " " + month + ", " + Gematria(static_cast<int>(y % 1000)) +
             " 14:30";
    case 5:
      return Gematria(d, "''") + " " + month + " ה'" + Gematria(static_cast<int>(y % 1000), "''");
    default:
      return Gematria(d, "״", "׳") + " " + month + " ה׳" +
             Gematria(static_cast<int>(y % 1000), "״", "׳");
  }
}

}  // namespace dr

TEST(DrHebrewCalendar, AgreesWithPublishedDates) {
  // The reference implementation itself must reproduce the published table before it
  // is trusted to check the library.
  EXPECT_EQ(dr::IsoFromFixed(dr::FixedFromHebrew(5785, dr::kTishri, 1)), "2024-10-03");
  EXPECT_EQ(dr::IsoFromFixed(dr::FixedFromHebrew(5786, dr::kShevat, 27)), "2026-02-14");
  EXPECT_EQ(dr::IsoFromFixed(dr::FixedFromHebrew(5784, dr::kAdarII, 14)), "2024-03-24");
  EXPECT_TRUE(dr::Leap(5784));
  EXPECT_TRUE(dr::Leap(5787));
  EXPECT_FALSE(dr::Leap(5785));
  EXPECT_FALSE(dr::Leap(5786));
}

// Hand-checked against published Jewish calendars (Rosh Hashanah, Yom Kippur, Hanukkah,
// Purim, Passover, the leap years 5784 and 5787).
TEST(ParseDate, HebrewPublishedDates) {
  struct Case {
    const char* text;
    const char* iso;
  };
  const Case kCases[] = {
      {"א' תשרי תשפ\"ג", "2022-09-26"},      // Rosh Hashanah 5783
      {"א' תשרי תשפ\"ד", "2023-09-16"},      // Rosh Hashanah 5784
      {"א' תשרי תשפ\"ה", "2024-10-03"},      // Rosh Hashanah 5785
      {"א' תשרי תשפ\"ו", "2025-09-23"},      // Rosh Hashanah 5786
      {"א' תשרי תשפ\"ז", "2026-09-12"},      // Rosh Hashanah 5787
      {"י' תשרי תשפ\"ה", "2024-10-12"},      // Yom Kippur 5785
      {"כ\"ה כסלו תשפ\"ה", "2024-12-26"},    // Hanukkah 5785, first day
      {"י\"ד אדר תשפ\"ג", "2023-03-07"},     // Purim 5783
      {"י\"ד אדר תשפ\"ה", "2025-03-14"},     // Purim 5785
      {"י\"ד אדר ב' תשפ\"ד", "2024-03-24"},  // Purim 5784 (leap year: in Adar II)
      {"א' אדר א' תשפ\"ד", "2024-02-10"},    // Rosh Hodesh Adar I 5784
      {"א' אדר ב' תשפ\"ד", "2024-03-11"},    // Rosh Hodesh Adar II 5784
      {"ט\"ו ניסן תשפ\"ד", "2024-04-23"},    // Passover 5784
      {"ט\"ו ניסן תשפ\"ה", "2025-04-13"},    // Passover 5785
      {"ט\"ו ניסן תשפ\"ו", "2026-04-02"},    // Passover 5786
      {"כ\"ז שבט תשפ\"ו", "2026-02-14"},     // seed 002's dateline
      {"27 שבט 5786", "2026-02-14"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Iso(c.text), c.iso) << c.text;
    Result<ParsedDate> r = ParseDate(c.text);
    if (r.ok()) {
      EXPECT_EQ(r->calendar, Calendar::kHebrew) << c.text;
    }
  }
}

// Every day of the Hebrew years 5700-5900, written in rotating forms, against the
// independent arithmetic; and every day 30 of a 29-day month rejected.
TEST(ParseDate, HebrewAgreesWithDershowitzReingoldOverTwoCenturies) {
  int checked = 0, rejected = 0, variant = 0;
  for (int64_t y = 5700; y <= 5900; ++y) {
    for (int m = 1; m <= dr::LastMonth(y); ++m) {
      int last = dr::LastDay(m, y);
      for (int d = 1; d <= last; ++d) {
        std::string text = dr::Format(y, m, d, variant++);
        std::string want = dr::IsoFromFixed(dr::FixedFromHebrew(y, m, d));
        std::string got = Iso(text);
        ASSERT_EQ(got, want) << text;
        ++checked;
      }
      if (last == 29) {
        std::string text = dr::Format(y, m, 30, variant++);
        Result<ParsedDate> r = ParseDate(text);
        ASSERT_FALSE(r.ok()) << text << " -> " << r->IsoDate();
        ++rejected;
      }
    }
  }
  EXPECT_GT(checked, 70000);
  EXPECT_GT(rejected, 1000);
}

TEST(ParseDate, HebrewForms) {
  EXPECT_EQ(Iso("כ״ז בשבט ה׳תשפ״ו"), "2026-02-14");
  EXPECT_EQ(Iso("כ''ז שבט תשפ''ו"), "2026-02-14");     // two apostrophes
  EXPECT_EQ(Iso("כ”ז שבט תשפ”ו"), "2026-02-14");       // typographic quotes
  EXPECT_EQ(Iso("כ\"ז בשבט התשפ\"ו"), "2026-02-14");   // article before the year
  EXPECT_EQ(Iso("כ\"ז שבט ה' תשפ\"ו"), "2026-02-14");  // thousands apart
  EXPECT_EQ(Iso("כ\"ז לחודש שבט שנת תשפ\"ו"), "2026-02-14");
  EXPECT_EQ(Iso("כ\"ז ב-שבט תשפ\"ו"), "2026-02-14");
  EXPECT_EQ(Iso("כ\"ז שבט, תשפ\"ו"), "2026-02-14");
  EXPECT_EQ(Iso("כְּ\"ז שְׁבָט תשפ\"ו"), "2026-02-14");           // niqqud
  EXPECT_EQ(Iso("יום שבת, כ\"ז שבט תשפ\"ו"), "2026-02-14");  // weekday prefix
  EXPECT_EQ(Iso("שבת קודש כ\"ז שבט תשפ\"ו"), "2026-02-14");
  EXPECT_EQ(Iso("ט\"ו בשבט תשפ\"ו"), "2026-02-02");
  EXPECT_EQ(Iso("ההלוויה תתקיים ביום שבת, בכ\"ז בשבט תשפ\"ו"), "2026-02-14");
  EXPECT_EQ(Iso("בט\"ו בשבט תשפ\"ו"), "2026-02-02");
  EXPECT_EQ(Iso("ט\"ז בשבט תשפ\"ו"), "2026-02-03");
  EXPECT_EQ(Iso("ט' באב תשפ\"ה"), "2025-08-03");
  EXPECT_EQ(Iso("ט' מנחם-אב תשפ\"ה"), "2025-08-03");
  EXPECT_EQ(Iso("א' מר-חשון תשפ\"ו"), "2025-10-23");
  EXPECT_EQ(Iso("י\"ד אדר שני תשפ\"ד"), "2024-03-24");
  EXPECT_EQ(Iso("י\"ד אדר-ב' תשפ\"ד"), "2024-03-24");
  EXPECT_EQ(Iso("י\"ד אדר הראשון תשפ\"ד"), "2024-02-23");
  // Final letter forms at the end of a year and the traditional spelling of 5744.
  EXPECT_EQ(Iso("א' תשרי תש\"ף"), "2019-09-30");
  EXPECT_EQ(Iso("א' תשרי תשד\"ם"), Iso("א' תשרי תשמ\"ד"));
  EXPECT_EQ(Iso("א' תשרי תשמ\"ד"), "1983-09-08");
  // 18 written ח"י ("life") as newspapers and invitations do, beside the usual י"ח.
  EXPECT_EQ(Iso("ח\"י אלול תשפ\"ה"), "2025-09-11");
  EXPECT_EQ(Iso("ח\"י אלול תשפ\"ה"), Iso("י\"ח אלול תשפ\"ה"));
  EXPECT_EQ(Iso("ח״י בשבט תשפ״ו"), "2026-02-05");
  // Other pairs out of order stay errors.
  EXPECT_FALSE(ParseDate("ז\"י אלול תשפ\"ה").ok());
}

TEST(ParseDate, HebrewMonthsInEnglish) {
  EXPECT_EQ(Iso("27th of Sh'vat, 5786"), "2026-02-14");
  EXPECT_EQ(Iso("14th of Adar II, 5784"), "2024-03-24");
  EXPECT_EQ(Iso("1 Adar I 5784"), "2024-02-10");
  EXPECT_EQ(Iso("15 Nisan 5785"), "2025-04-13");
  EXPECT_FALSE(ParseDate("14 Adar II 5785").ok());
}

TEST(ParseDate, SaturdayNightIsNotCheckedAsSaturday) {
  // מוצאי שבת: the Hebrew day of Sunday has begun.
  EXPECT_EQ(Iso("מוצאי שבת, כ\"ח שבט תשפ\"ו"), "2026-02-15");
}

TEST(ParseDate, HebrewDateInsideADateline) {
  // Seed 002: the dateline stands among junk lines ("Loading", share counters).
  const char* page =
      "Loading\n\nאמעריקע טראנספערירט 5,700 אייסיס ארעסטאנטן צו איראקער "
      "תפיסה.\n\nכ\"ז שבט תשפ\"ו\n\n0 39\n";
  Result<ParsedDate> r = ParseDate(page);
  ASSERT_OK(r);
  EXPECT_EQ(r->IsoDate(), "2026-02-14");
  EXPECT_EQ(r->calendar, Calendar::kHebrew);
  EXPECT_EQ(r->raw, "כ\"ז שבט תשפ\"ו");
  EXPECT_FALSE(r->has_time);
}

// Impossible or malformed: an error with a reason, never a date.
TEST(ParseDate, HebrewInvalidIsRejectedWithReason) {
  struct Case {
    const char* text;
    const char* reason_part;
  };
  const Case kCases[] = {
      {"ל' חשון תשפ\"ו", "Heshvan 5786"},  // 5786 is a regular year: Heshvan 29
      {"ל' כסלו תשפ\"ד", "Kislev 5784"},   // 5784 is deficient: Kislev 29
      {"ל' טבת תשפ\"ו", "Tevet"},
      {"ל' אייר תשפ\"ו", "Iyar"},
      {"ל' אדר תשפ\"ה", "Adar 5785"},
      {"ל' אדר ב' תשפ\"ד", "Adar II 5784"},
      {"ל' אלול תשפ\"ו", "Elul"},
      {"י\"ד אדר ב' תשפ\"ה", "not a leap year"},  // Adar II in a common year
      {"י\"ד אדר א' תשפ\"ו", "not a leap year"},
      {"י\"ד אדר תשפ\"ד", "ambiguous"},  // plain Adar in a leap year
      {"ל\"א שבט תשפ\"ו", "day 31"},
      {"0 שבט 5786", "day 0"},
      {"32 שבט 5786", "day 32"},
      {"טו שבט תשפ\"ו", "bad Hebrew numeral"},  // missing gershayim
      {"י\"ה שבט תשפ\"ו", "15 is written"},
      {"י\"ו שבט תשפ\"ו", "16 is written"},
      {"ז\"כ שבט תשפ\"ו", "out of order"},
      {"כ\"ז שבט תשפו", "bad Hebrew numeral"},
      {"כ\"ז שבט תש\"פו", "before the last letter"},
      {"כ\"ז שבט 2026", "not a year of the Hebrew calendar"},
      {"כ\"ז שבט", "without a year"},
      {"יום ראשון, כ\"ז שבט תשפ\"ו", "Sunday does not match"},
      {"יום ו', כ\"ז שבט תשפ\"ו", "Friday does not match"},
  };
  for (const Case& c : kCases) {
    Result<ParsedDate> r = ParseDate(c.text);
    ASSERT_FALSE(r.ok()) << c.text << " -> " << r->IsoDate();
    EXPECT_TRUE(r.status().IsInvalidArgument());
    EXPECT_NE(r.status().message().find(c.reason_part), std::string_view::npos)
        << c.text << ": " << r.status().message();
  }
}

TEST(ParseDate, PlainAdarInLeapYearFollowsThePolicy) {
  DateContext ctx;
  ctx.plain_adar_in_leap_year = PlainAdar::kAdarII;
  EXPECT_EQ(Iso("י\"ד אדר תשפ\"ד", ctx), "2024-03-24");
  ctx.plain_adar_in_leap_year = PlainAdar::kAdarI;
  EXPECT_EQ(Iso("י\"ד אדר תשפ\"ד", ctx), "2024-02-23");
  // A common year has one Adar whatever the policy.
  ctx.plain_adar_in_leap_year = PlainAdar::kReject;
  EXPECT_EQ(Iso("י\"ד אדר תשפ\"ה", ctx), "2025-03-14");
}

// Umm al-Qura dates as published by Saudi authorities (Ramadan starts, Eids).
TEST(ParseDate, IslamicUmmAlQura) {
  EXPECT_EQ(Iso("1 رمضان 1445"), "2024-03-11");
  EXPECT_EQ(Iso("1 رمضان 1446"), "2025-03-01");
  EXPECT_EQ(Iso("1 رمضان 1447 هـ"), "2026-02-18");
  EXPECT_EQ(Iso("1 شوال 1446"), "2025-03-30");           // Eid al-Fitr
  EXPECT_EQ(Iso("10 ذو الحجة 1445"), "2024-06-16");      // Eid al-Adha
  Result<ParsedDate> r = ParseDate("١٥ رمضان ١٤٤٧ هـ");  // Arabic-Indic digits
  ASSERT_OK(r);
  EXPECT_EQ(r->IsoDate(), "2026-03-04");
  EXPECT_EQ(r->calendar, Calendar::kIslamic);
  EXPECT_EQ(r->raw, "١٥ رمضان ١٤٤٧ هـ");
  EXPECT_FALSE(ParseDate("31 رمضان 1447").ok());
  EXPECT_FALSE(ParseDate("15 رمضان 2026").ok());  // not a Hijri year
}

TEST(ParseDate, PersianSolarHijri) {
  EXPECT_EQ(Iso("۱ فروردین ۱۴۰۳"), "2024-03-20");  // Nowruz 1403
  EXPECT_EQ(Iso("1 فروردین 1404"), "2025-03-21");  // Nowruz 1404
  EXPECT_EQ(Iso("۲۲ بهمن ۱۴۰۳"), "2025-02-10");
  Result<ParsedDate> r = ParseDate("۲۵ بهمن ۱۴۰۴");
  ASSERT_OK(r);
  EXPECT_EQ(r->IsoDate(), "2026-02-14");
  EXPECT_EQ(r->calendar, Calendar::kPersian);
  EXPECT_EQ(Iso("۲۵ بهمن‌ماه ۱۴۰۴"), "2026-02-14");
  EXPECT_FALSE(ParseDate("31 مهر 1404").ok());  // Mehr has 30 days
}

// ISO 8601 / RFC 3339 §5.6.
TEST(ParseDate, Iso8601) {
  Result<ParsedDate> r = ParseDate("2026-02-14T10:05:09+02:00");
  ASSERT_OK(r);
  EXPECT_EQ(r->IsoDateTime(), "2026-02-14T10:05:09+02:00");
  EXPECT_EQ(r->utc_offset_minutes, 120);
  EXPECT_EQ(Iso("2026-02-14"), "2026-02-14");
  EXPECT_EQ(ParseDate("2026-02-14T10:05:09.123Z")->IsoDateTime(), "2026-02-14T10:05:09Z");
  EXPECT_EQ(ParseDate("2026-02-14 10:05")->IsoDateTime(), "2026-02-14T10:05:00");
  EXPECT_EQ(ParseDate("2026-02-14T10:05:09-0530")->IsoDateTime(), "2026-02-14T10:05:09-05:30");
  EXPECT_EQ(Iso("published 2026/02/14 by staff"), "2026-02-14");
  EXPECT_FALSE(ParseDate("2026-02-30").ok());
  EXPECT_FALSE(ParseDate("2026-13-01").ok());
  EXPECT_FALSE(ParseDate("2026-02-14T25:00").ok());
}

// RFC 2822 §3.3 date-time, including obsolete zone names (§4.3).
TEST(ParseDate, Rfc2822) {
  Result<ParsedDate> r = ParseDate("Sat, 14 Feb 2026 10:00:00 +0200");
  ASSERT_OK(r);
  EXPECT_EQ(r->IsoDateTime(), "2026-02-14T10:00:00+02:00");
  EXPECT_EQ(ParseDate("Sat, 14 Feb 2026 10:00:00 GMT")->IsoDateTime(), "2026-02-14T10:00:00Z");
  EXPECT_EQ(ParseDate("14 Feb 2026 10:00 EST")->IsoDateTime(), "2026-02-14T10:00:00-05:00");
  // A weekday that disagrees with the date is an error, not a date.
  EXPECT_FALSE(ParseDate("Fri, 14 Feb 2026 10:00:00 GMT").ok());
}

TEST(ParseDate, MonthNamesInManyLanguages) {
  const char* kCases[] = {"February 14, 2026",     "Feb. 14th, 2026",
                          "14 February 2026",      "the 14th of February 2026",
                          "14. Februar 2026",      "Samstag, 14. Februar 2026",
                          "le 14 février 2026",    "14 févr. 2026",
                          "14 de febrero de 2026", "14 בפברואר 2026",
                          "14 פעברואר 2026",       "14 فبراير 2026",
                          "14 شباط 2026",          "14 شباط/فبراير 2026",
                          "السبت 14 فبراير 2026",  "14 فوریه 2026",
                          "14 febbraio 2026",      "14 de fevereiro de 2026",
                          "14 februari 2026",      "14 lutego 2026",
                          "14 февраля 2026 г."};
  for (const char* c : kCases) EXPECT_EQ(Iso(c), "2026-02-14") << c;
  EXPECT_EQ(ParseDate("February 14, 2026 at 3:30 pm")->IsoDateTime(), "2026-02-14T15:30:00");
  EXPECT_EQ(ParseDate("14. Februar 2026, 10:30 Uhr")->IsoDateTime(), "2026-02-14T10:30:00");
  EXPECT_EQ(ParseDate("السبت، 14 فبراير 2026 الساعة 10:30 م")->IsoDateTime(),
            "2026-02-14T22:30:00");
  EXPECT_EQ(ParseDate("עודכן ב-14 בפברואר 2026 בשעה 10:30")->IsoDateTime(), "2026-02-14T10:30:00");
  EXPECT_EQ(Iso("2026年2月14日"), "2026-02-14");
  // The sample pages' datelines.
  EXPECT_EQ(ParseDate("February 15, 2026 — 6.40pm")->IsoDateTime(), "2026-02-15T18:40:00");
  EXPECT_EQ(ParseDate("15 février 2026 à 18h40")->IsoDateTime(), "2026-02-15T18:40:00");
  EXPECT_EQ(ParseDate("14.02.2026, 11:20 Uhr")->IsoDateTime(), "2026-02-14T11:20:00");
  EXPECT_EQ(Iso("Dimanche 15 février 2026"), "2026-02-15");
  Result<ParsedDate> both = ParseDate("الجمعة 25 شعبان 1447 هـ - 13 فبراير 2026");
  ASSERT_OK(both);
  EXPECT_EQ(both->IsoDate(), "2026-02-13");
  EXPECT_EQ(both->calendar, Calendar::kIslamic);
  EXPECT_EQ(Iso("יום חמישי, כ\"ה בשבט תשפ\"ו | 12.02.2026 | 09:14"), "2026-02-12");
  EXPECT_FALSE(ParseDate("February 30, 2026").ok());
  EXPECT_FALSE(ParseDate("14 February").ok());  // no year: not guessed
}

TEST(ParseDate, NumericOrderFollowsTheLanguage) {
  DateContext us;
  us.language_hint = "en-US";
  DateContext de;
  de.language_hint = "de";
  EXPECT_EQ(Iso("03/04/2026", us), "2026-03-04");
  EXPECT_EQ(Iso("03/04/2026", de), "2026-04-03");
  EXPECT_EQ(Iso("14.02.2026"), "2026-02-14");  // dotted: always day first
  EXPECT_EQ(Iso("14.02.2026", us), "2026-02-14");
  EXPECT_EQ(Iso("14/02/2026", us), "2026-02-14");  // only one order is a date
  EXPECT_EQ(Iso("02/14/2026"), "2026-02-14");
  EXPECT_EQ(Iso("١٤/٢/٢٠٢٦"), "2026-02-14");   // Arabic-Indic digits
  EXPECT_FALSE(ParseDate("03/04/2026").ok());  // ambiguous without a hint
  EXPECT_FALSE(ParseDate("1.2.3.4").ok());
  EXPECT_FALSE(ParseDate("31.04.2026").ok());
}

TEST(ParseDate, RelativeDatesAgainstTheReference) {
  DateContext ctx;
  using namespace std::chrono;
  ctx.reference = sys_days{year{2026} / 2 / 14} + hours{1};  // 2026-02-14T01:00Z
  EXPECT_EQ(ParseDate("2 hours ago", ctx)->IsoDateTime(), "2026-02-13T23:00:00Z");
  EXPECT_EQ(ParseDate("vor 2 Stunden", ctx)->IsoDateTime(), "2026-02-13T23:00:00Z");
  EXPECT_EQ(ParseDate("vor einer Stunde", ctx)->IsoDateTime(), "2026-02-14T00:00:00Z");
  EXPECT_EQ(ParseDate("il y a 5 minutes", ctx)->IsoDateTime(), "2026-02-14T00:55:00Z");
  EXPECT_EQ(ParseDate("hace 3 días", ctx)->IsoDateTime(), "2026-02-11");
  EXPECT_EQ(ParseDate("לפני שעתיים", ctx)->IsoDateTime(), "2026-02-13T23:00:00Z");
  EXPECT_EQ(ParseDate("منذ 3 ساعات", ctx)->IsoDateTime(), "2026-02-13T22:00:00Z");
  EXPECT_EQ(Iso("yesterday", ctx), "2026-02-13");
  EXPECT_EQ(Iso("gestern", ctx), "2026-02-13");
  EXPECT_EQ(Iso("אתמול", ctx), "2026-02-13");
  EXPECT_EQ(Iso("2 months ago", ctx), "2025-12-14");
  EXPECT_FALSE(ParseDate("2 hours ago").ok());  // no reference: no guess
  // "hier" is "here" in German; yesterday only on French pages.
  EXPECT_FALSE(ParseDate("hier", ctx).ok());
  ctx.language_hint = "fr";
  EXPECT_EQ(Iso("hier", ctx), "2026-02-13");
}

TEST(ParseDate, NothingToFind) {
  for (const char* s : {"", "   ", "hello world", "5,700 detainees", "שלום עולם", "\xFF\xFE"}) {
    Result<ParsedDate> r = ParseDate(s);
    EXPECT_FALSE(r.ok()) << s;
  }
}

TEST(ParseDate, LooksAtTheFirstMebibyteOnly) {
  std::string near = std::string(1000, 'x') + " 2026-02-14";
  EXPECT_EQ(Iso(near), "2026-02-14");
  std::string far = std::string(size_t{1} << 20, ' ') + "2026-02-14";
  EXPECT_FALSE(ParseDate(far).ok());
}

TEST(ParseDate, IsSafeFromManyThreads) {
  // Each thread keeps its own ICU calendars; results must not interfere.
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &ok] {
      for (int i = 0; i < 100; ++i) {
        bool good = Iso("١٥ رمضان ١٤٤٧ هـ") == "2026-03-04" &&
                    Iso("۲۵ بهمن ۱۴۰۴") == "2026-02-14" && Iso("כ\"ז שבט תשפ\"ו") == "2026-02-14";
        if (good) ++ok[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 100);
}

TEST(ParsedDate, IsoFormatting) {
  ParsedDate d;
  d.year = 2026;
  d.month = 2;
  d.day = 4;
  EXPECT_EQ(d.IsoDate(), "2026-02-04");
  EXPECT_EQ(d.IsoDateTime(), "2026-02-04");
  d.has_time = true;
  d.hour = 9;
  EXPECT_EQ(d.IsoDateTime(), "2026-02-04T09:00:00");
  d.utc_offset_minutes = -90;
  EXPECT_EQ(d.IsoDateTime(), "2026-02-04T09:00:00-01:30");
  EXPECT_EQ(CalendarName(Calendar::kHebrew), "hebrew");
  EXPECT_EQ(CalendarName(Calendar::kIslamic), "islamic");
  EXPECT_EQ(CalendarName(Calendar::kPersian), "persian");
  EXPECT_EQ(CalendarName(Calendar::kGregorian), "gregorian");
}

}  // namespace
}  // namespace newsdesk
