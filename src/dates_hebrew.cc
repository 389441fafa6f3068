// Hebrew-calendar dates: כ"ז שבט תשפ"ו, ט"ו בשבט ה'תשפ"ו, 27 שבט 5786, י"ד אדר ב' תשפ"ד.
//
// Numerals are read strictly, as printed calendars write them: a single letter carries
// a geresh (ט'), longer numbers carry gershayim before the last letter (כ"ז, תשפ"ו),
// hundreds, tens and units in descending order, 15 and 16 as ט"ו and ט"ז. Anything else
// (טו, י"ה, תשפו) is a "bad Hebrew numeral" error, never a guess. Accepted variants:
// final letter forms at the end (תש"ף, תש"ם), the traditional תשד"מ (744) and תרח"צ
// (698), thousands implied (5000) or explicit (ה'תשפ"ו), the article or ב before the
// year (התשפ"ו, בתשפ"ו). A date printed without the marks altogether (כד כסלו תשפז) is read
// only whole: see `UnmarkedDayAndYear`.
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include <unicode/utf8.h>

#include "dates_internal.h"

namespace newsdesk::dates_internal {
namespace {

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

// Value of a Hebrew letter as a numeral; finals (ך ם ן ף ץ) count as their plain
// letter and set *final. 0 if not a letter.
int LetterValue(char32_t c, bool* final = nullptr) {
  if (final != nullptr) *final = false;
  switch (c) {
    case U'א':
      return 1;
    case U'ב':
      return 2;
    case U'ג':
      return 3;
    case U'ד':
      return 4;
    case U'ה':
      return 5;
    case U'ו':
      return 6;
    case U'ז':
      return 7;
    case U'ח':
      return 8;
    case U'ט':
      return 9;
    case U'י':
      return 10;
    case U'כ':
      return 20;
    case U'ל':
      return 30;
    case U'מ':
      return 40;
    case U'נ':
      return 50;
    case U'ס':
      return 60;
    case U'ע':
      return 70;
    case U'פ':
      return 80;
    case U'צ':
      return 90;
    case U'ק':
      return 100;
    case U'ר':
      return 200;
    case U'ש':
      return 300;
    case U'ת':
      return 400;
    default:
      break;
  }
  int v = 0;
  switch (c) {
    case U'ך':
      v = 20;
      break;
    case U'ם':
      v = 40;
      break;
    case U'ן':
      v = 50;
      break;
    case U'ף':
      v = 80;
      break;
    case U'ץ':
      v = 90;
      break;
    default:
      return 0;
  }
  if (final != nullptr) *final = true;
  return v;
}

Status BadNumeral(std::u32string_view s, std::string_view why) {
  std::string utf8;
  for (char32_t c : s) {
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
    utf8.append(buf, n);
  }
  return Status::InvalidArgument("bad Hebrew numeral " + utf8 + ": " + std::string(why));
}

// The letters of a numeral without its marks, in canonical order -> value.
Result<int> LettersValue(std::u32string_view full, const std::vector<int>& v) {
  size_t i = 0;
  int total = 0;
  while (i < v.size() && v[i] == 400) total += v[i++];
  if (i < v.size() && v[i] >= 100 && v[i] <= 300) total += v[i++];
  std::vector<int> rest(v.begin() + i, v.end());
  if (rest.size() > 2) return BadNumeral(full, "letters out of order");
  if (rest.size() == 2) {
    int a = rest[0], b = rest[1];
    if (a == 9 && (b == 6 || b == 7)) return total + a + b;    // ט"ו, ט"ז
    if (a == 4 && b == 40 && total == 700) return total + 44;  // תשד"מ
    if (a == 8 && b == 90 && total == 600) return total + 98;  // תרח"צ
    if (a == 8 && b == 10) return total + 18;                  // ח"י (חי, "life") for 18
    if (a < 10 || a > 90 || b < 1 || b > 9) return BadNumeral(full, "letters out of order");
    if (a == 10 && (b == 5 || b == 6)) {
      return BadNumeral(full, b == 5 ? "15 is written ט\"ו" : "16 is written ט\"ז");
    }
    return total + a + b;
  }
  if (rest.size() == 1) total += rest[0];
  return total;
}

// A numeral without thousands: א', כ"ז, תשפ"ו, תש"ף.
Result<int> ParseNumeral(std::u32string_view s) {
  if (s.size() == 2 && s[1] == U'\'') {
    bool final = false;
    int v = LetterValue(s[0], &final);
    if (v == 0 || final) return BadNumeral(s, "not a numeral letter");
    return v;
  }
  size_t quote = s.find(U'"');
  if (quote == std::u32string_view::npos) {
    return BadNumeral(s, "needs a geresh (') or gershayim (\")");
  }
  if (quote + 2 != s.size() || quote == 0) {
    return BadNumeral(s, "gershayim belong before the last letter");
  }
  std::vector<int> values;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == quote) continue;
    bool final = false;
    int v = LetterValue(s[i], &final);
    if (v == 0) return BadNumeral(s, "not a numeral letter");
    if (final && i + 1 != s.size()) return BadNumeral(s, "final letter inside a numeral");
    values.push_back(v);
  }
  return LettersValue(s, values);
}

// A date printed without the numerals' marks, as some mastheads and URLs print it (כד כסלו
// תשפז): read only when neither the day nor the year has a mark, the day is one or two
// letters and the year two to four letters of the years 5700-5999 (תש to תתקצט), each
// checked as strictly as a marked numeral (letter order, 15 and 16, final letters at the
// end). nullopt when the pair is not of that shape; the marked reading then applies.
std::optional<std::pair<Result<int>, Result<int>>> UnmarkedDayAndYear(const Token& day,
                                                                      const Token& year) {
  auto unmarked = [](const Token& t, size_t min_letters, size_t max_letters) {
    std::u32string s = ToU32(t.text);
    if (!t.hebrew || s.size() < min_letters || s.size() > max_letters) return std::u32string();
    for (char32_t c : s)
      if (LetterValue(c) == 0) return std::u32string();
    return s;
  };
  std::u32string d = unmarked(day, 1, 2), y = unmarked(year, 2, 4);
  if (d.empty() || y.empty()) return std::nullopt;
  auto value = [](std::u32string_view s) -> Result<int> {
    std::vector<int> values;
    for (size_t i = 0; i < s.size(); ++i) {
      bool final = false;
      values.push_back(LetterValue(s[i], &final));
      if (final && i + 1 != s.size()) return BadNumeral(s, "final letter inside a numeral");
    }
    return LettersValue(s, values);
  };
  Result<int> day_value = value(d), year_value = value(y);
  if (day_value.ok() && (*day_value < 1 || *day_value > 30)) {
    day_value = BadNumeral(d, "not a day of a month (1-30)");
  }
  if (year_value.ok()) {
    if (*year_value < 700 || *year_value > 999) {
      year_value = BadNumeral(y, "a year without marks is read from תש (5700) to תתקצ\"ט (5999)");
    } else {
      year_value = 5000 + *year_value;
    }
  }
  return std::make_pair(std::move(day_value), std::move(year_value));
}

bool IsNumeralLetters(std::u32string_view s) {
  for (char32_t c : s)
    if (LetterValue(c) == 0 && c != U'"' && c != U'\'') return false;
  return true;
}

// A token that is trying to be a Hebrew numeral (so that a malformed one is reported
// rather than skipped): it has a geresh or gershayim, or is at most 3 numeral letters.
bool LooksLikeNumeral(const Token& t) {
  if (!t.hebrew) return false;
  std::u32string s = ToU32(t.text);
  if (!IsNumeralLetters(s)) return false;
  return s.find(U'"') != std::u32string::npos || s.find(U'\'') != std::u32string::npos ||
         s.size() <= 3;
}

Result<int> ParseDay(const Token& t) {
  int day = 0;
  if (t.IsNumber()) {
    if (t.digits > 2) return Status::InvalidArgument("day " + t.text + " is not a day of a month");
    day = static_cast<int>(t.value);
  } else {
    std::u32string s = ToU32(t.text);
    Result<int> v = ParseNumeral(s);
    if (!v.ok() && s.size() > 2 && (s[0] == U'ב' || s[0] == U'ל')) {
      // "בכ"ז בשבט" (on the 27th): the preposition cannot start a valid numeral here.
      Result<int> rest = ParseNumeral(std::u32string_view(s).substr(1));
      if (rest.ok()) v = rest;
    }
    if (!v.ok()) return v.status();
    day = *v;
  }
  if (day < 1 || day > 30) {
    return Status::InvalidArgument("day " + std::to_string(day) +
                                   " does not exist in a Hebrew month (1-30)");
  }
  return day;
}

// The year's thousands prefix on its own (ה' before a separate תשפ"ו), or 0.
int ThousandsToken(const Token& t) {
  if (!t.hebrew) return 0;
  std::u32string s = ToU32(t.text);
  if (s.size() == 2 && s[1] == U'\'') {
    bool final = false;
    int v = LetterValue(s[0], &final);
    if (v >= 1 && v <= 9 && !final) return v;
  }
  return 0;
}

Result<int> ParseYearNumeral(std::u32string_view s) {
  // Explicit thousands: ה'תשפ"ו.
  if (s.size() > 2 && s[1] == U'\'') {
    bool final = false;
    int thousands = LetterValue(s[0], &final);
    if (thousands < 1 || thousands > 9 || final) return BadNumeral(s, "bad thousands letter");
    Result<int> rest = ParseNumeral(s.substr(2));
    if (!rest.ok()) return rest.status();
    return thousands * 1000 + *rest;
  }
  Result<int> v = ParseNumeral(s);
  if (!v.ok() && s.size() > 3 && (s[0] == U'ה' || s[0] == U'ב' || s[0] == U'ל')) {
    // The article or a preposition: התשפ"ו, בתשפ"ו. Only when the rest is a year.
    Result<int> rest = ParseYearNumeral(s.substr(1));
    if (rest.ok() && *rest >= 100) return rest;
  }
  if (!v.ok()) return v;
  if (*v < 100) return BadNumeral(s, "too short for a year");
  return 5000 + *v;
}

Result<int> ParseYear(const Tokens& t, size_t k, size_t* last) {
  *last = k;
  const Token& tok = t[k];
  if (tok.IsNumber()) {
    if (tok.digits != 4 || tok.value < 3762 || tok.value > 9999) {
      return Status::InvalidArgument("Hebrew year " + tok.text +
                                     " is not a year of the Hebrew calendar (written "
                                     "with 4 digits from 3762)");
    }
    return static_cast<int>(tok.value);
  }
  if (int th = ThousandsToken(tok); th != 0 && k + 1 < t.size() && t[k + 1].hebrew) {
    Result<int> rest = ParseNumeral(ToU32(t[k + 1].text));
    if (!rest.ok()) return rest.status();
    *last = k + 1;
    return th * 1000 + *rest;
  }
  return ParseYearNumeral(ToU32(tok.text));
}

bool LooksLikeYear(const Token& t) {
  if (t.IsNumber()) return true;
  if (!t.hebrew) return false;
  std::u32string s = ToU32(t.text);
  return IsNumeralLetters(s) && s.size() >= 2;
}

// Month names (Hebrew and Yiddish spellings) -> ICU month; 6 is Adar, resolved later.
const std::unordered_map<std::string, int>& MonthNames() {
  static const auto* names = new std::unordered_map<std::string, int>{
      {"תשרי", 0},  {"חשון", 1},  {"חשוון", 1}, {"מרחשון", 1}, {"מרחשוון", 1},
      {"כסלו", 2},  {"כסליו", 2}, {"טבת", 3},   {"טבס", 3},    {"שבט", 4},
      {"אדר", 6},   {"ניסן", 7},  {"אייר", 8},  {"איר", 8},    {"סיון", 9},
      {"סיוון", 9}, {"תמוז", 10}, {"אב", 11},   {"מנ\"א", 11}, {"אלול", 12}};
  return *names;
}

// English transliterations, as Jewish calendars in English print them ("14th of Adar
// II, 5784", "27 Sh'vat 5786").
const std::unordered_map<std::string, int>& LatinMonthNames() {
  static const auto* names = new std::unordered_map<std::string, int>{
      {"tishri", 0},      {"tishrei", 0},    {"tishre", 0},  {"cheshvan", 1}, {"heshvan", 1},
      {"marcheshvan", 1}, {"marheshvan", 1}, {"chesvan", 1}, {"kislev", 2},   {"kislew", 2},
      {"chislev", 2},     {"tevet", 3},      {"teves", 3},   {"teveth", 3},   {"tebeth", 3},
      {"shevat", 4},      {"shvat", 4},      {"sh'vat", 4},  {"shevet", 4},   {"adar", 6},
      {"nisan", 7},       {"nissan", 7},     {"iyar", 8},    {"iyyar", 8},    {"sivan", 9},
      {"tammuz", 10},     {"tamuz", 10},     {"av", 11},     {"elul", 12}};
  return *names;
}

// Matches a month name starting at token i (with a ב/ל prefix, מר חשון, מנחם אב).
// Returns the ICU month and sets *last to its last token; -1 if none.
int MatchMonth(const Tokens& t, size_t i, size_t* last) {
  if (t[i].kind == Token::Kind::kWord && !t[i].hebrew && !t[i].arabic) {
    if (t[i].text == "menachem" && i + 1 < t.size() && t[i + 1].IsWord("av")) {
      *last = i + 1;
      return 11;
    }
    auto it = LatinMonthNames().find(t[i].text);
    if (it == LatinMonthNames().end()) return -1;
    *last = i;
    return it->second;
  }
  if (!t[i].hebrew) return -1;
  const auto& names = MonthNames();
  auto next_word = [&](size_t k) -> size_t {  // index of the next word, skipping a hyphen
    ++k;
    if (k < t.size() && t[k].IsPunct('-')) ++k;
    return k < t.size() && t[k].kind == Token::Kind::kWord ? k : t.size();
  };
  std::string w = t[i].text;
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      // One-letter prefix: בשבט, לחודש... ("ב" alone is handled by the caller).
      if (w.size() <= 2 || (w.rfind("ב", 0) != 0 && w.rfind("ל", 0) != 0)) break;
      w = w.substr(2);
    }
    if (w == "מר" || w == "מנחם") {
      size_t k = next_word(i);
      if (k < t.size()) {
        if (w == "מר" && (t[k].text == "חשון" || t[k].text == "חשוון")) {
          *last = k;
          return 1;
        }
        if (w == "מנחם" && t[k].text == "אב") {
          *last = k;
          return 11;
        }
      }
      continue;
    }
    auto it = names.find(w);
    if (it != names.end()) {
      *last = i;
      return it->second;
    }
  }
  return -1;
}

// After אדר: 1 for Adar I, 2 for Adar II, 0 for none. Sets *last on a match.
int AdarQualifier(const Tokens& t, size_t i, size_t* last) {
  size_t k = i + 1;
  if (k < t.size() && t[k].IsPunct('-')) ++k;
  if (k >= t.size() || t[k].kind != Token::Kind::kWord) return 0;
  static const std::array<std::string_view, 11> kFirst = {
      "א'", "א", "ראשון", "הראשון", "i", "ערשטער", "ערשטע", "רישון", "aleph", "alef", "rishon"};
  static const std::array<std::string_view, 12> kSecond = {"ב'",  "ב",        "שני",     "השני",
                                                           "ii",  "צווייטער", "צווייטע", "שיני",
                                                           "bet", "beit",     "beth",    "sheni"};
  for (auto q : kFirst) {
    if (t[k].text == q) {
      *last = k;
      return 1;
    }
  }
  for (auto q : kSecond) {
    if (t[k].text == q) {
      *last = k;
      return 2;
    }
  }
  return 0;
}

bool IsFiller(const Token& t) {
  return t.IsWord("ב") || t.IsWord("ל") || t.IsWord("חודש") || t.IsWord("לחודש") ||
         t.IsWord("בחודש") || t.IsPunct('-') || t.IsWord("of") || t.IsWord("the") ||
         (!t.space_before &&
          (t.IsWord("st") || t.IsWord("nd") || t.IsWord("rd") || t.IsWord("th")));
}

bool IsYearWord(const Token& t) {
  return t.IsWord("שנת") || t.IsWord("בשנת") || t.IsWord("לשנת") || t.IsWord("שנה") ||
         t.IsWord("יאר") || t.IsWord("אין");
}

}  // namespace

std::optional<Match> MatchHebrew(const Tokens& t, const DateContext& ctx) {
  std::optional<Match> first_error;
  for (size_t i = 0; i < t.size(); ++i) {
    size_t month_last = i;
    int month = MatchMonth(t, i, &month_last);
    if (month < 0) continue;
    // The day, before the month.
    size_t d = i;
    while (d > 0 && IsFiller(t[d - 1])) --d;
    bool has_day = d > 0 && (LooksLikeNumeral(t[d - 1]) || t[d - 1].IsNumber());
    size_t day_index = has_day ? d - 1 : i;
    // The Adar qualifier and the year, after it.
    int adar = 0;
    size_t after = month_last;
    if (month == 6) adar = AdarQualifier(t, month_last, &after);
    size_t y = after + 1;
    while (y < t.size() && (t[y].IsPunct(',') || t[y].IsPunct('-') || IsYearWord(t[y]))) ++y;
    bool has_year = y < t.size() && LooksLikeYear(t[y]);
    if (!has_day && !has_year) continue;

    Match m;
    m.first = day_index;
    m.last = has_year ? y : after;
    auto fail = [&](Status s) {
      m.result = std::move(s);
      if (!first_error) first_error = m;
    };
    if (!has_day) {
      fail(Status::InvalidArgument("Hebrew date without a day before the month"));
      continue;
    }
    if (!has_year) {
      fail(Status::InvalidArgument("Hebrew date without a year"));
      continue;
    }
    size_t year_last = y;
    auto unmarked = UnmarkedDayAndYear(t[day_index], t[y]);
    Result<int> day = unmarked ? std::move(unmarked->first) : ParseDay(t[day_index]);
    if (!day.ok()) {
      fail(day.status());
      continue;
    }
    Result<int> year = unmarked ? std::move(unmarked->second) : ParseYear(t, y, &year_last);
    if (!year.ok()) {
      fail(year.status());
      continue;
    }
    m.last = year_last;
    bool leap = IsHebrewLeapYear(*year);
    if (month == 6) {
      if (adar == 1) {
        month = 5;
      } else if (adar == 2 && !leap) {
        fail(Status::InvalidArgument("Adar II does not exist in " + std::to_string(*year) +
                                     " (not a leap year)"));
        continue;
      } else if (adar == 0 && leap) {
        if (ctx.plain_adar_in_leap_year == PlainAdar::kAdarI) {
          month = 5;
        } else if (ctx.plain_adar_in_leap_year == PlainAdar::kReject) {
          fail(Status::InvalidArgument("Adar is ambiguous in leap year " + std::to_string(*year) +
                                       ": write Adar I (אדר א׳) or Adar II (אדר ב׳)"));
          continue;
        }
      }
    }
    Result<int64_t> days = HebrewToDays(*year, month, *day);
    if (!days.ok()) {
      fail(days.status());
      continue;
    }
    // The week's Torah portion between the weekday and the day ("יום ה' פרשת וישב, כ"ג
    // כסלו", "פרשת ויקהל-פקודי") is the date's.
    size_t portion = day_index;
    while (portion > 0 && t[portion - 1].IsPunct(',')) --portion;
    if (portion >= 4 && t[portion - 2].IsPunct('-') && t[portion - 4].IsWord("פרשת")) {
      m.first = portion - 4;
    } else if (portion >= 2 && t[portion - 1].hebrew && t[portion - 2].IsWord("פרשת")) {
      m.first = portion - 2;
    }
    size_t weekday_first = m.first;
    int weekday = WeekdayBefore(t, m.first, &weekday_first);
    if (weekday >= 0) {
      m.first = weekday_first;
      if (Status s = CheckWeekday(weekday, *days); !s.ok()) {
        fail(s);
        continue;
      }
    }
    ParsedDate out;
    out.calendar = Calendar::kHebrew;
    SetCivil(out, *days);
    size_t time_last = m.last;  // "כ"ג כסלו תשפ"ז 14:20"
    if (Status s = ParseTimeAfter(t, m.last + 1, ctx, out, &time_last); !s.ok()) {
      fail(s);
      continue;
    }
    m.last = time_last;
    m.result = std::move(out);
    return m;
  }
  return first_error;
}

}  // namespace newsdesk::dates_internal
