// Gregorian machine formats: ISO 8601 / RFC 3339 dates and date-times, numeric dates
// in day-month or month-day order, times of day with zones (RFC 2822 §3.3 and its
// obsolete zone names, §4.3), and weekday names shared by every matcher.
#include <array>
#include <string>
#include <unordered_map>

#include "dates_internal.h"

namespace newsdesk::dates_internal {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

bool IsNumber(const Tokens& t, size_t i, int min_digits, int max_digits) {
  return i < t.size() && t[i].IsNumber() && t[i].digits >= min_digits && t[i].digits <= max_digits;
}

// A zone after a time: Z, UTC/GMT/UT, RFC 2822 names, or +hh[:mm] / +hhmm. Sets
// *offset (minutes) and *last; false if none.
bool ParseZone(const Tokens& t, size_t k, int* offset, size_t* last) {
  static const std::unordered_map<std::string, int>* names =
      new std::unordered_map<std::string, int>{
          {"z", 0},      {"utc", 0},    {"gmt", 0},    {"ut", 0},     {"est", -300},
          {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
          {"pst", -480}, {"pdt", -420}, {"cet", 60},   {"cest", 120}, {"eet", 120},
          {"eest", 180}, {"msk", 180},  {"idt", 180},  {"wet", 0},    {"west", 60}};
  if (k >= t.size()) return false;
  int base = 0;
  bool named = false;
  if (t[k].kind == Token::Kind::kWord) {
    auto it = names->find(t[k].text);
    if (it == names->end()) return false;
    base = it->second;
    named = true;
    *offset = base;
    *last = k;
    ++k;
    // "UTC+2", "GMT+02:00": only after UTC/GMT.
    if (base != 0 || k >= t.size() || t[k].space_before) return true;
  }
  if (k >= t.size() || !(t[k].IsPunct('+') || t[k].IsPunct('-'))) return named;
  int sign = t[k].IsPunct('-') ? -1 : 1;
  size_t h = k + 1;
  if (!IsNumber(t, h, 1, 4) || t[h].space_before) return named;
  int hours = 0, minutes = 0;
  size_t end = h;
  if (t[h].digits == 4) {
    hours = static_cast<int>(t[h].value / 100);
    minutes = static_cast<int>(t[h].value % 100);
  } else if (t[h].digits <= 2) {
    hours = static_cast<int>(t[h].value);
    if (h + 2 < t.size() && t[h + 1].IsPunct(':') && IsNumber(t, h + 2, 2, 2)) {
      minutes = static_cast<int>(t[h + 2].value);
      end = h + 2;
    }
  } else {
    return named;
  }
  if (hours > 14 || minutes > 59) return named;
  *offset = base + sign * (hours * 60 + minutes);
  *last = end;
  return true;
}

}  // namespace

Result<int64_t> GregorianToDays(int year, int month, int day) {
  if (year < 1 || year > 9999) {
    return Status::InvalidArgument("year " + std::to_string(year) + " is out of range");
  }
  if (month < 1 || month > 12) {
    return Status::InvalidArgument("month " + std::to_string(month) + " does not exist");
  }
  int n = DaysInGregorianMonth(year, month);
  if (day < 1 || day > n) {
    return Status::InvalidArgument("day " + std::to_string(day) + " does not exist in " +
                                   std::string(kMonthNames[month - 1]) + " " +
                                   std::to_string(year));
  }
  return DaysFromCivil(year, month, day);
}

Status ParseTimeAfter(const Tokens& t, size_t k, ParsedDate& out, size_t* last) {
  static const std::vector<std::string>* kConnectors = [] {
    auto* v = new std::vector<std::string>;
    for (const char* w : {"t", "at", "um", "a", "las", "kl", "בשעה", "שעה", "الساعة", "ساعت"})
      for (std::string& n : LexiconWords(w)) v->push_back(std::move(n));
    return v;
  }();
  size_t i = k;
  for (int hops = 0; hops < 3 && i < t.size(); ++hops) {
    bool connector = t[i].IsPunct(',') || t[i].IsPunct('-') || t[i].IsPunct('|') ||
                     t[i].IsPunct('/') || t[i].IsPunct('(');
    for (const auto& c : *kConnectors) connector = connector || t[i].IsWord(c);
    if (!connector) break;
    ++i;
  }
  // hh:mm; also 18h40 (French) and 6.40pm (British, only with am/pm).
  bool shaped = IsNumber(t, i, 1, 2) && i + 2 < t.size() && IsNumber(t, i + 2, 2, 2) &&
                !t[i + 1].space_before && !t[i + 2].space_before;
  bool colon = shaped && t[i + 1].IsPunct(':');
  bool french = shaped && t[i + 1].IsWord("h");
  bool dotted = shaped && t[i + 1].IsPunct('.') && i + 3 < t.size() &&
                (t[i + 3].IsWord("am") || t[i + 3].IsWord("pm"));
  if (!colon && !french && !dotted) return Status::OK();
  int hour = static_cast<int>(t[i].value);
  int minute = static_cast<int>(t[i + 2].value);
  int second = 0;
  size_t end = i + 2;
  if (colon && end + 2 < t.size() && t[end + 1].IsPunct(':') && IsNumber(t, end + 2, 2, 2) &&
      !t[end + 2].space_before) {
    second = static_cast<int>(t[end + 2].value);
    end += 2;
    // Fractions of a second are read and dropped.
    if (end + 2 < t.size() && (t[end + 1].IsPunct('.') || t[end + 1].IsPunct(',')) &&
        t[end + 2].IsNumber() && !t[end + 2].space_before) {
      end += 2;
    }
  }
  // am/pm, a.m./p.m.
  size_t j = end + 1;
  int meridiem = 0;  // 1 am, 2 pm
  if (j < t.size() && (t[j].IsWord("am") || t[j].IsWord("pm"))) {
    meridiem = t[j].IsWord("am") ? 1 : 2;
    end = j;
  } else if (j < t.size() && (t[j].IsWord("ص") || t[j].IsWord("صباحا") || t[j].IsWord("م") ||
                              t[j].IsWord("مساء"))) {
    meridiem = (t[j].IsWord("ص") || t[j].IsWord("صباحا")) ? 1 : 2;  // Arabic a.m./p.m.
    end = j;
  } else if (j + 2 < t.size() && (t[j].IsWord("a") || t[j].IsWord("p")) && t[j + 1].IsPunct('.') &&
             t[j + 2].IsWord("m")) {
    meridiem = t[j].IsWord("a") ? 1 : 2;
    end = j + 2;
    if (end + 1 < t.size() && t[end + 1].IsPunct('.')) ++end;
  } else if (j < t.size() && t[j].IsWord("uhr")) {
    end = j;
  }
  if (meridiem != 0) {
    if (hour < 1 || hour > 12) {
      return Status::InvalidArgument("hour " + std::to_string(hour) + " with am/pm");
    }
    hour = hour % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 60) {
    return Status::InvalidArgument("time " + std::to_string(hour) + ":" + std::to_string(minute) +
                                   " is out of range");
  }
  out.has_time = true;
  out.hour = hour;
  out.minute = minute;
  out.second = second == 60 ? 59 : second;  // a leap second stays within the minute
  int offset = 0;
  size_t zone_last = end;
  if (ParseZone(t, end + 1, &offset, &zone_last)) {
    out.utc_offset_minutes = offset;
    end = zone_last;
    if (end + 1 < t.size() && t[end + 1].IsPunct(')')) ++end;
  }
  *last = end;
  return Status::OK();
}

int WeekdayBefore(const Tokens& t, size_t i, size_t* first) {
  static const std::unordered_map<std::string, int>* names = [] {
    auto* m = new std::unordered_map<std::string, int>;
    const std::array<std::pair<const char*, int>, 70> kWords = {{
        {"sunday", 0},
        {"sun", 0},
        {"monday", 1},
        {"mon", 1},
        {"tuesday", 2},
        {"tue", 2},
        {"tues", 2},
        {"wednesday", 3},
        {"wed", 3},
        {"thursday", 4},
        {"thu", 4},
        {"thurs", 4},
        {"friday", 5},
        {"fri", 5},
        {"saturday", 6},
        {"sat", 6},
        {"sonntag", 0},
        {"montag", 1},
        {"dienstag", 2},
        {"mittwoch", 3},
        {"donnerstag", 4},
        {"freitag", 5},
        {"samstag", 6},
        {"sonnabend", 6},
        {"dimanche", 0},
        {"lundi", 1},
        {"mardi", 2},
        {"mercredi", 3},
        {"jeudi", 4},
        {"vendredi", 5},
        {"samedi", 6},
        {"domingo", 0},
        {"lunes", 1},
        {"martes", 2},
        {"miércoles", 3},
        {"jueves", 4},
        {"viernes", 5},
        {"sábado", 6},
        {"זונטיק", 0},
        {"מאנטיק", 1},
        {"דינסטיק", 2},
        {"מיטוואך", 3},
        {"דאנערשטיק", 4},
        {"פרייטיק", 5},
        {"שבת", 6},
        {"שב\"ק", 6},
        {"الأحد", 0},
        {"الاثنين", 1},
        {"الإثنين", 1},
        {"الثلاثاء", 2},
        {"الأربعاء", 3},
        {"الخميس", 4},
        {"الجمعة", 5},
        {"السبت", 6},
        {"یکشنبه", 0},
        {"دوشنبه", 1},
        {"سه‌شنبه", 2},
        {"سهشنبه", 2},
        {"چهارشنبه", 3},
        {"پنجشنبه", 4},
        {"پنج‌شنبه", 4},
        {"جمعه", 5},
        {"شنبه", 6},
        {"ראשון", -10},
        {"שני", -11},
        {"שלישי", -12},
        {"רביעי", -13},
        {"חמישי", -14},
        {"שישי", -15},
        {"ששי", -15},
    }};
    for (const auto& [w, d] : kWords) {
      std::vector<std::string> norm = LexiconWords(w);
      if (norm.size() == 1) (*m)[norm[0]] = d;
    }
    // Hebrew weekday letters after "יום": א' .. ו', ש'.
    const std::array<std::pair<const char*, int>, 7> kLetters = {{{"א'", -10},
                                                                  {"ב'", -11},
                                                                  {"ג'", -12},
                                                                  {"ד'", -13},
                                                                  {"ה'", -14},
                                                                  {"ו'", -15},
                                                                  {"ש'", -16}}};
    for (const auto& [w, d] : kLetters) (*m)[w] = d;
    return m;
  }();
  size_t k = i;
  while (k > 0 && (t[k - 1].IsPunct(',') || t[k - 1].IsPunct('.') || t[k - 1].IsPunct('-'))) --k;
  if (k == 0 || t[k - 1].kind != Token::Kind::kWord) return -1;
  auto it = names->find(t[k - 1].text);
  if (it == names->end()) return -1;
  // "מוצאי שבת" (Saturday night) already carries Sunday's Hebrew date: no check.
  if (k >= 2 && (t[k - 2].IsWord("מוצאי") || t[k - 2].IsWord("במוצאי"))) return -1;
  int d = it->second;
  if (d >= 0) {
    *first = k - 1;
    if (k >= 2 && (t[k - 2].IsWord("יום") || t[k - 2].IsWord("ביום") || t[k - 2].IsWord("يوم") ||
                   t[k - 2].IsWord("روز"))) {
      *first = k - 2;
    }
    return d;
  }
  // Hebrew ordinals and letters name a weekday only after "יום".
  if (k >= 2 && (t[k - 2].IsWord("יום") || t[k - 2].IsWord("ביום"))) {
    *first = k - 2;
    return d == -16 ? 6 : -d - 10;
  }
  return -1;
}

Status CheckWeekday(int stated, int64_t days) {
  int actual = Weekday(days);
  if (stated == actual) return Status::OK();
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  ParsedDate p;
  p.year = y;
  p.month = m;
  p.day = d;
  return Status::InvalidArgument(std::string(kWeekdayNames[stated]) + " does not match " +
                                 p.IsoDate() + " (a " + std::string(kWeekdayNames[actual]) + ")");
}

namespace {

// A match of tokens [first, last] whose tokens first, first + 2 and first + 4 are year,
// month and day: the date when it exists (its day number in `*days` if given), else why not.
Match CivilMatch(const Tokens& t, size_t first, size_t last, int64_t* days) {
  Match m;
  m.first = first;
  m.last = last;
  Result<int64_t> d =
      GregorianToDays(static_cast<int>(t[first].value), static_cast<int>(t[first + 2].value),
                      static_cast<int>(t[first + 4].value));
  if (!d.ok()) {
    m.result = d.status();
    return m;
  }
  if (days != nullptr) *days = *d;
  ParsedDate out;
  SetCivil(out, *d);
  m.result = std::move(out);
  return m;
}

}  // namespace

std::optional<Match> MatchIso(const Tokens& t) {
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!IsNumber(t, i, 4, 4)) continue;
    // Chinese/Japanese 2026年2月14日 and Korean 2026년 2월 14일.
    if (i + 5 < t.size() && (t[i + 1].IsWord("年") || t[i + 1].IsWord("년")) &&
        IsNumber(t, i + 2, 1, 2) && (t[i + 3].IsWord("月") || t[i + 3].IsWord("월")) &&
        IsNumber(t, i + 4, 1, 2) && (t[i + 5].IsWord("日") || t[i + 5].IsWord("일"))) {
      return CivilMatch(t, i, i + 5, nullptr);
    }
    const Token& sep = t[i + 1];
    if (!(sep.IsPunct('-') || sep.IsPunct('/') || sep.IsPunct('.'))) continue;
    if (!IsNumber(t, i + 2, 1, 2) || !t[i + 3].IsPunct(sep.text[0]) || !IsNumber(t, i + 4, 1, 2))
      continue;
    if (sep.space_before || t[i + 2].space_before || t[i + 3].space_before || t[i + 4].space_before)
      continue;
    if (i > 0 && (t[i - 1].IsPunct('-') || t[i - 1].IsPunct('/') || t[i - 1].IsPunct('.')) &&
        !t[i].space_before)
      continue;  // the tail of something longer
    int64_t days = 0;
    Match m = CivilMatch(t, i, i + 4, &days);
    if (!m.result.ok()) return m;
    ParsedDate out = std::move(m.result.value());
    size_t last = m.last;
    if (Status s = ParseTimeAfter(t, i + 5, out, &last); !s.ok()) {
      m.result = s;
      return m;
    }
    m.last = last;
    size_t wd_first = i;
    int wd = WeekdayBefore(t, i, &wd_first);
    if (wd >= 0) {
      m.first = wd_first;
      if (Status s = CheckWeekday(wd, days); !s.ok()) {
        m.result = s;
        return m;
      }
    }
    m.result = std::move(out);
    return m;
  }
  return std::nullopt;
}

namespace {

// Month-first for US English (and the few regions that follow it); day-first for every
// other language; unknown without a hint.
enum class Order { kDayFirst, kMonthFirst, kUnknown };

Order NumericOrder(std::string_view hint) {
  if (hint.empty()) return Order::kUnknown;
  std::string h;
  for (char c : hint) h += static_cast<char>(c == '_' ? '-' : (c >= 'A' && c <= 'Z' ? c + 32 : c));
  if (h == "en" || h == "en-us" || h == "en-ph" || h == "en-um" || h == "en-as" || h == "en-pr" ||
      h == "en-gu" || h == "en-vi") {
    return Order::kMonthFirst;
  }
  return Order::kDayFirst;
}

}  // namespace

std::optional<Match> MatchNumeric(const Tokens& t, const DateContext& ctx) {
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!IsNumber(t, i, 1, 2)) continue;
    const Token& sep = t[i + 1];
    if (!(sep.IsPunct('-') || sep.IsPunct('/') || sep.IsPunct('.'))) continue;
    char s = sep.text[0];
    if (!IsNumber(t, i + 2, 1, 2) || !t[i + 3].IsPunct(s)) continue;
    if (!(IsNumber(t, i + 4, 4, 4) || IsNumber(t, i + 4, 2, 2))) continue;
    bool spaced = sep.space_before || t[i + 3].space_before ||
                  ((t[i + 2].space_before || t[i + 4].space_before) && s != '.');
    if (spaced) continue;
    if (i > 0 && (t[i - 1].IsPunct(s) || t[i - 1].IsNumber()) && !t[i].space_before) continue;
    if (i + 6 < t.size() && t[i + 5].IsPunct(s) && t[i + 6].IsNumber() && !t[i + 5].space_before)
      continue;  // 1.2.3.4: a version or an address, not a date
    int a = static_cast<int>(t[i].value), b = static_cast<int>(t[i + 2].value);
    int year = static_cast<int>(t[i + 4].value);
    if (t[i + 4].digits == 2) year += year < 70 ? 2000 : 1900;
    Match m;
    m.first = i;
    m.last = i + 4;
    Order order = s == '.' ? Order::kDayFirst : NumericOrder(ctx.language_hint);
    bool day_first_ok = b >= 1 && b <= 12 && a >= 1 && a <= DaysInGregorianMonth(year, b);
    bool month_first_ok = a >= 1 && a <= 12 && b >= 1 && b <= DaysInGregorianMonth(year, a);
    int day = 0, month = 0;
    if (order == Order::kDayFirst ||
        (order == Order::kUnknown && day_first_ok && (!month_first_ok || a == b))) {
      day = a;
      month = b;
    } else if (order == Order::kMonthFirst || (order == Order::kUnknown && month_first_ok)) {
      day = b;
      month = a;
    }
    // A hint's order that cannot be a date while the other one can: the writer used
    // the other convention (14/02/2026 on a US page).
    if (order == Order::kMonthFirst && !month_first_ok && day_first_ok && s != '.') {
      day = a;
      month = b;
    } else if (order == Order::kDayFirst && !day_first_ok && month_first_ok && s != '.') {
      day = b;
      month = a;
    }
    if (order == Order::kUnknown && day_first_ok && month_first_ok && a != b) {
      m.result = Status::InvalidArgument("ambiguous numeric date " + t[i].text + s + t[i + 2].text +
                                         s + t[i + 4].text +
                                         ": day-month order unknown without a language hint");
      return m;
    }
    if (day == 0) {
      day = a;
      month = b;
    }
    Result<int64_t> days = GregorianToDays(year, month, day);
    if (!days.ok()) {
      m.result = days.status();
      return m;
    }
    ParsedDate out;
    SetCivil(out, *days);
    size_t last = m.last;
    if (Status st = ParseTimeAfter(t, i + 5, out, &last); !st.ok()) {
      m.result = st;
      return m;
    }
    m.last = last;
    m.result = std::move(out);
    return m;
  }
  return std::nullopt;
}

}  // namespace newsdesk::dates_internal
