// Gregorian machine formats: ISO 8601 / RFC 3339 / W3C-DTF dates and date-times (reduced
// precision as whole values), numeric dates in day-month or month-day order, times of
// day with zones (numeric offsets, RFC 2822 §3.3/§4.3 and other names through
// ReadZoneName), and weekday names shared by every matcher.
#include <array>
#include <cstdio>
#include <span>
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

// Token texts from `from` through the run of tokens glued to it (no space between), for
// quoting an unread part in a warning: "t09:xx:00z".
std::string GluedText(const Tokens& t, size_t from) {
  std::string s;
  for (size_t i = from; i < t.size() && (i == from || !t[i].space_before) && s.size() < 40; ++i) {
    s += t[i].text;
  }
  return s;
}

// A zone after a time. kRead: `offset` (unset for a name whose offset is ignored) or
// `rules` (an IANA zone); kMalformed: offset-shaped but unreadable ("+zz:00", "+00:xx").
struct Zone {
  enum class Kind { kNone, kRead, kMalformed };
  Kind kind = Kind::kNone;
  std::optional<int> offset;
  std::string rules;
  std::string warning;
  size_t last = 0;
};

// +hh, +hhmm, +hh:mm, +h:mm at token k (the sign). An impossible offset (hours over 14,
// minutes over 59) is an error.
Result<Zone> ParseNumericOffset(const Tokens& t, size_t k) {
  Zone z;
  if (k >= t.size() || !(t[k].IsPunct('+') || t[k].IsPunct('-'))) return z;
  const size_t h = k + 1;
  if (h >= t.size() || t[h].space_before) return z;
  if (!t[h].IsNumber()) {
    if (t[h].kind == Token::Kind::kWord) z.kind = Zone::Kind::kMalformed;  // +zz:00
    return z;
  }
  const int sign = t[k].IsPunct('-') ? -1 : 1;
  int hours = 0, minutes = 0;
  size_t end = h;
  if (t[h].digits == 4 || t[h].digits == 3) {
    hours = static_cast<int>(t[h].value / 100);
    minutes = static_cast<int>(t[h].value % 100);
  } else if (t[h].digits <= 2) {
    hours = static_cast<int>(t[h].value);
    if (h + 1 < t.size() && t[h + 1].IsPunct(':') && !t[h + 1].space_before) {
      if (!IsNumber(t, h + 2, 2, 2) || t[h + 2].space_before) {
        z.kind = Zone::Kind::kMalformed;  // +00:xx
        return z;
      }
      minutes = static_cast<int>(t[h + 2].value);
      end = h + 2;
    }
  } else {
    return z;  // not an offset: a long number
  }
  if (hours > 14 || minutes > 59 || hours * 60 + minutes > 14 * 60) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign < 0 ? '-' : '+', hours, minutes);
    return Status::InvalidArgument(std::string("offset ") + buf +
                                   " is out of range (offsets are at most 14:00, minutes "
                                   "under 60)");
  }
  z.kind = Zone::Kind::kRead;
  z.offset = sign * (hours * 60 + minutes);
  z.last = end;
  return z;
}

// A zone after a time: a numeric offset, a name (ReadZoneName), or UTC/GMT with a glued
// offset ("GMT-01:01", "UTC+5:30"); any of them in brackets, as Vietnamese sites print
// "09:15 (GMT+7)", the closing bracket included.
Result<Zone> ParseZone(const Tokens& t, size_t k, const DateContext& ctx) {
  if (k >= t.size()) return Zone{};
  if (t[k].IsPunct('(')) {
    if (k + 1 < t.size() && t[k + 1].IsPunct('(')) return Zone{};  // one bracket, no recursion
    Result<Zone> inner = ParseZone(t, k + 1, ctx);
    if (!inner.ok() || inner->kind != Zone::Kind::kRead || inner->last + 1 >= t.size() ||
        !t[inner->last + 1].IsPunct(')'))
      return Zone{};
    ++inner->last;
    return inner;
  }
  if (t[k].kind != Token::Kind::kWord) return ParseNumericOffset(t, k);
  std::optional<ZoneName> name = ReadZoneName(t, k, ctx);
  if (!name) return Zone{};
  Zone z;
  z.kind = Zone::Kind::kRead;
  z.offset = name->offset_minutes;
  z.rules = std::move(name->rules);
  z.warning = std::move(name->warning);
  z.last = name->last;
  const bool universal = t[k].IsWord("utc") || t[k].IsWord("gmt") || t[k].IsWord("ut");
  if (universal && k + 1 < t.size() && !t[k + 1].space_before) {
    Result<Zone> after = ParseNumericOffset(t, k + 1);
    if (!after.ok() || after->kind != Zone::Kind::kNone) return after;
  }
  return z;
}

// Words for a.m./p.m. written before the time (Korean, Japanese, Chinese): 1 a.m., 2 p.m.
int MeridiemBefore(const Token& w) {
  if (w.IsWord("오전") || w.IsWord("午前") || w.IsWord("上午") || w.IsWord("凌晨")) return 1;
  if (w.IsWord("오후") || w.IsWord("午後") || w.IsWord("下午") || w.IsWord("晚上")) return 2;
  return 0;
}

// Words for a.m./p.m. after the time, one token: 1 a.m., 2 p.m. Hindi and Bengali write
// "forenoon" and "afternoon" (पूर्वाह्न, अपराह्न; পূর্বাহ্ণ, অপরাহ্ণ).
int MeridiemAfter(const Token& w) {
  if (w.IsWord("am") || w.IsWord("ص") || w.IsWord("صباحا") || w.IsWord("πμ") || w.IsWord("öö") ||
      w.IsWord("पूर्वाह्न") || w.IsWord("পূর্বাহ্ণ") || w.IsWord("pagi") || w.IsWord("pg") ||
      w.IsWord("ព្រឹក"))
    return 1;
  if (w.IsWord("pm") || w.IsWord("م") || w.IsWord("مساء") || w.IsWord("μμ") || w.IsWord("ös") ||
      w.IsWord("अपराह्न") || w.IsWord("অপরাহ্ণ") || w.IsWord("petang") || w.IsWord("ptg") ||
      w.IsWord("malam") || w.IsWord("mlm") || w.IsWord("រសៀល") || w.IsWord("ល្ងាច"))
    return 2;
  return 0;
}

// A word for "hour" after a time (accents dropped): de "9.15 Uhr", nl "9.15 uur", fr, es and
// pt "9 h 15", "21h", "9:15 h", Argentine "9.15 hs", hu "15:20 óra", cs and sk "9.15 hod".
bool IsHourWord(const Token& w) {
  return w.IsWord("h") || w.IsWord("hs") || w.IsWord("uhr") || w.IsWord("uur") || w.IsWord("ora") ||
         w.IsWord("hod");
}

// A part of the day that says which half of a twelve-hour clock an hour is in, and the
// hours (24-hour clock, first through last, past midnight when last < first) it covers.
struct DayPart {
  std::string_view word;
  int first, last;
};
// Swahili, after "saa 3" (hours counted from dawn: "saa 3 asubuhi" 09:00, "saa 2 jioni"
// 20:00, "saa 6 usiku" midnight).
constexpr DayPart kSwahiliDayParts[] = {
    {"alfajiri", 3, 6},   // dawn
    {"asubuhi", 5, 12},   // morning
    {"mchana", 11, 16},   // midday, early afternoon
    {"alasiri", 14, 17},  // afternoon
    {"jioni", 16, 20},    // evening
    {"usiku", 19, 4},     // night
};
// Filipino, after "ng" ("9:15 ng umaga" 09:15, "7:30 ng gabi" 19:30).
constexpr DayPart kFilipinoDayParts[] = {
    {"umaga", 4, 11},      // morning
    {"tanghali", 11, 13},  // noon
    {"hapon", 12, 18},     // afternoon
    {"gabi", 18, 23},      // evening, night
};

// A Swahili hour in words after "saa" at token i: "saa tatu" (3), "saa kumi na moja" (11),
// then "na nusu" (and a half), "na robo" (and a quarter) or "kasoro robo" (a quarter to).
// Sets the hour (1-12), the minutes and the last token; false when token i is no number word.
bool SwahiliWordHour(const Tokens& t, size_t i, int* hour, int* minute, size_t* last) {
  static constexpr std::string_view kNumbers[] = {"moja", "mbili", "tatu", "nne",  "tano",
                                                  "sita", "saba",  "nane", "tisa", "kumi"};
  auto number = [&](size_t k) {
    for (int n = 0; n < 10; ++n) {
      if (k < t.size() && t[k].IsWord(kNumbers[n])) return n + 1;
    }
    return 0;
  };
  int h = number(i);
  if (h == 0) return false;
  size_t end = i;
  if (h == 10 && end + 2 < t.size() && t[end + 1].IsWord("na") && number(end + 2) > 0 &&
      number(end + 2) <= 2) {
    h += number(end + 2);  // kumi na moja, kumi na mbili
    end += 2;
  }
  int m = 0;
  if (end + 2 < t.size() && t[end + 1].IsWord("na") &&
      (t[end + 2].IsWord("nusu") || t[end + 2].IsWord("robo"))) {
    m = t[end + 2].IsWord("nusu") ? 30 : 15;
    end += 2;
  } else if (end + 2 < t.size() && t[end + 1].IsWord("kasoro") && t[end + 2].IsWord("robo")) {
    h = h == 1 ? 12 : h - 1;
    m = 45;
    end += 2;
  }
  *hour = h;
  *minute = m;
  *last = end;
  return true;
}

// The hour of the 24-hour clock that `hour12` (0-11) or `hour12` + 12 names in the part of
// the day word `w` names (with `initial`, the one letter it begins with: Filipino "n.g."):
// -1 when `w` names no part of `parts`, -2 when neither hour falls in it.
int HourInDayPart(std::span<const DayPart> parts, std::string_view w, int hour12,
                  bool initial = false) {
  for (const DayPart& p : parts) {
    if (initial ? w.size() != 1 || p.word[0] != w[0] : w != p.word) continue;
    for (int h : {hour12, hour12 + 12}) {
      if (p.first <= p.last ? (h >= p.first && h <= p.last) : (h >= p.first || h <= p.last))
        return h;
    }
    return -2;
  }
  return -1;
}

bool IsCjkHour(const Token& w) {
  return w.IsWord("時") || w.IsWord("时") || w.IsWord("시") || w.IsWord("点") || w.IsWord("點");
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

Status ParseTimeAfter(const Tokens& t, size_t k, const DateContext& ctx, ParsedDate& out,
                      size_t* last) {
  static const std::vector<std::string>* kConnectors = [] {
    auto* v = new std::vector<std::string>;
    for (const char* w :
         {"t", "at", "um", "a", "las", "kl", "klo", "saat", "pukul", "jam", "godz", "alle", "às",
          "om", "u", "в", "о", "στις", "בשעה", "שעה", "الساعة", "ساعت",
          // it "ore 10:20", vi "lúc 10:20", th "เวลา ๑๐:๒๐ น.", cs "v 14:35", sk "o 9:20",
          // sl "ob 10:20", et "kell 12:45", lv "plkst. 11:30", km "ម៉ោង ៩:០០" (hour)
          "ore", "lúc", "เวลา", "v", "o", "ob", "kell", "plkst", "ម៉ោង",
          // ca "a les 9.15 h"
          "les"})
      for (std::string& n : LexiconWords(w)) v->push_back(std::move(n));
    return v;
  }();
  // Words for "o'clock" or "at" after which a dotted time is a time: kl. 10.30, pukul
  // 10.30, nl "om 10.30", it "ore 10.30", "alle 10.30", sl "ob 10.30", et "kell 12.45", lv
  // "plkst. 11.30", sw "saa 3.15 asubuhi" (read only with its part of the day, below).
  static const std::vector<std::string>* kClockWords = [] {
    auto* v = new std::vector<std::string>;
    for (const char* w : {"kl", "klo", "pukul", "jam", "godz", "saat", "ora", "om", "ore", "alle",
                          "ob", "kell", "plkst", "saa"})
      for (std::string& n : LexiconWords(w)) v->push_back(std::move(n));
    return v;
  }();
  size_t i = k;
  int meridiem = 0;  // 1 am, 2 pm
  bool clock_word = false;
  bool kl = false;   // Scandinavian "kl.", Finnish "klo": the hour may stand alone ("kl. 9")
  bool saa = false;  // Swahili "saa": the hour may stand alone, counted from dawn
  for (int hops = 0; hops < 4 && i < t.size(); ++hops) {
    // Also a middle dot ("4 de decembro de 2026 · 12:50") and an at sign ("Disember 4, 2026
    // @ 2:35ptg").
    bool connector = t[i].IsPunct(',') || t[i].IsPunct('-') || t[i].IsPunct('|') ||
                     t[i].IsPunct('/') || t[i].IsPunct('(') || t[i].IsPunct('.') ||
                     t[i].IsPunct('@') || t[i].text == "·";
    for (const auto& c : *kConnectors) connector = connector || t[i].IsWord(c);
    for (const auto& c : *kClockWords) {
      if (t[i].IsWord(c)) clock_word = connector = true;
    }
    kl = kl || t[i].IsWord("kl") || t[i].IsWord("klo");
    saa = saa || t[i].IsWord("saa");
    if (int m = MeridiemBefore(t[i]); m != 0) {
      meridiem = m;
      connector = true;
    }
    if (!connector) break;
    ++i;
  }
  const bool glued_t = i > k && t[i - 1].IsWord("t") && !t[i - 1].space_before;
  // hh:mm; also 18h40 (French), 6.40pm (British, only with am/pm), 15時20分 / 3시 20분.
  bool shaped = IsNumber(t, i, 1, 2) && i + 2 < t.size() && IsNumber(t, i + 2, 2, 2) &&
                !t[i + 1].space_before && !t[i + 2].space_before;
  // Bengali sites print a space after the colon ("১৪: ৩৫"): the colon glued to the hour,
  // two-digit minutes.
  const bool spaced_colon = !shaped && IsNumber(t, i, 1, 2) && i + 2 < t.size() &&
                            t[i + 1].IsPunct(':') && !t[i + 1].space_before &&
                            IsNumber(t, i + 2, 2, 2);
  bool colon = (shaped && t[i + 1].IsPunct(':')) || spaced_colon;
  bool french = shaped && t[i + 1].IsWord("h");
  bool dotted =
      shaped && t[i + 1].IsPunct('.') &&
      (clock_word || (i + 3 < t.size() && (MeridiemAfter(t[i + 3]) > 0 || IsHourWord(t[i + 3]))));
  bool cjk = IsNumber(t, i, 1, 2) && i + 1 < t.size() && IsCjkHour(t[i + 1]);
  // The hour and its word, spaced or not, and the minutes after it set as the word is:
  // "9 h 15", "21h", "9 h", "9 Uhr", "às 9h". Out of range, it is no time ("24 h").
  const bool hour_word =
      !shaped && !cjk && IsNumber(t, i, 1, 2) && i + 1 < t.size() && IsHourWord(t[i + 1]);
  // The hour alone after "kl."/"klo" ("kl. 9") or Swahili "saa" ("saa 3 asubuhi"), not a
  // range of hours ("kl. 9-12") nor a number going on ("kl. 9 000").
  const bool going_on =
      i + 1 < t.size() && (t[i + 1].IsNumber() || t[i + 1].IsPunct(':') || t[i + 1].IsPunct('-') ||
                           t[i + 1].text == "–" || t[i + 1].text == "—" ||
                           (t[i + 1].IsPunct('.') && i + 2 < t.size() && t[i + 2].IsNumber() &&
                            !t[i + 2].space_before));
  const bool kl_hour =
      (kl || saa) && !shaped && !hour_word && IsNumber(t, i, 1, 2) && t[i].value <= 23 && !going_on;
  const bool word_minutes = hour_word && t[i + 1].IsWord("h") && IsNumber(t, i + 2, 2, 2) &&
                            t[i + 2].space_before == t[i + 1].space_before;
  // A duration is no time: "24 h", "1 h 30 min" (a reading or running time).
  const bool duration =
      word_minutes && i + 3 < t.size() && (t[i + 3].IsWord("min") || t[i + 3].IsWord("mn"));
  if (hour_word && (duration || t[i].value > 23 || (word_minutes && t[i + 2].value > 59)))
    return Status::OK();
  // Seconds that are not digits make the whole time unreadable ("10:14:xx").
  bool bad_seconds = colon && i + 4 < t.size() && t[i + 3].IsPunct(':') && !t[i + 3].space_before &&
                     !t[i + 4].space_before && !IsNumber(t, i + 4, 2, 2);
  int word_hour = 0, word_minute = 0;
  size_t word_last = i;
  const bool swahili_words =
      saa && SwahiliWordHour(t, i, &word_hour, &word_minute, &word_last);  // saa tatu asubuhi
  if ((!colon && !french && !dotted && !cjk && !hour_word && !kl_hour && !swahili_words) ||
      bad_seconds) {
    const bool attempted = glued_t || bad_seconds ||
                           (IsNumber(t, i, 1, 2) && i + 1 < t.size() && t[i + 1].IsPunct(':') &&
                            !t[i + 1].space_before);
    if (attempted) {
      out.warnings.push_back("time '" + GluedText(t, glued_t ? i - 1 : i) +
                             "' not read: only the date");
    }
    return Status::OK();
  }
  int hour = static_cast<int>(t[i].value);
  int minute = 0, second = 0;
  bool has_seconds = false;
  size_t end = i + 1;
  if (cjk) {
    if (IsNumber(t, end + 1, 1, 2) && end + 2 < t.size() &&
        (t[end + 2].IsWord("分") || t[end + 2].IsWord("분"))) {
      minute = static_cast<int>(t[end + 1].value);
      end += 2;
      if (IsNumber(t, end + 1, 1, 2) && end + 2 < t.size() &&
          (t[end + 2].IsWord("秒") || t[end + 2].IsWord("초"))) {
        second = static_cast<int>(t[end + 1].value);
        has_seconds = true;
        end += 2;
      }
    }
  } else if (hour_word) {
    minute = word_minutes ? static_cast<int>(t[i + 2].value) : 0;
    end = word_minutes ? i + 2 : i + 1;
  } else if (swahili_words) {
    hour = word_hour;
    minute = word_minute;
    end = word_last;
  } else if (kl_hour) {
    end = i;
  } else {
    minute = static_cast<int>(t[i + 2].value);
    end = i + 2;
    if (colon && end + 2 < t.size() && t[end + 1].IsPunct(':') && IsNumber(t, end + 2, 2, 2) &&
        !t[end + 2].space_before) {
      second = static_cast<int>(t[end + 2].value);
      has_seconds = true;
      end += 2;
      // Fractions of a second are read and dropped.
      if (end + 2 < t.size() && (t[end + 1].IsPunct('.') || t[end + 1].IsPunct(',')) &&
          t[end + 2].IsNumber() && !t[end + 2].space_before) {
        end += 2;
      }
    }
  }
  // am/pm, a.m./p.m., π.μ./μ.μ.; Swahili and Filipino parts of the day.
  size_t j = end + 1;
  // Filipino "9:15 ng umaga", abbreviated "9:15 n.u." (n.t., n.h., n.g.: ng and the part's
  // initial), ending at token filipino_end.
  int filipino = -1;
  size_t filipino_end = j + 1;
  if (j + 1 < t.size() && hour >= 1 && hour <= 12) {
    if (t[j].IsWord("ng")) {
      filipino = HourInDayPart(kFilipinoDayParts, t[j + 1].text, hour % 12);
    } else if (j + 2 < t.size() && t[j].IsWord("n") && t[j + 1].IsPunct('.') &&
               !t[j + 1].space_before && t[j + 2].kind == Token::Kind::kWord &&
               !t[j + 2].space_before) {
      filipino = HourInDayPart(kFilipinoDayParts, t[j + 2].text, hour % 12, /*initial=*/true);
      filipino_end = j + 2;
      if (j + 3 < t.size() && t[j + 3].IsPunct('.') && !t[j + 3].space_before) ++filipino_end;
    }
  }
  if (saa) {
    // Swahili counts the hours from dawn (6:00 is "saa 12", 9:00 "saa 3"); the part of the
    // day after them says which half of the clock. Without it the hour may be either
    // clock's, six hours apart: the date alone.
    const int h = j < t.size() && hour >= 1 && hour <= 12
                      ? HourInDayPart(kSwahiliDayParts, t[j].text, (hour + 6) % 12)
                      : -1;
    if (h < 0) return Status::OK();
    hour = h;
    end = j;
  } else if (filipino != -1) {
    if (filipino < 0) return Status::OK();  // "3:00 ng gabi": no evening hour, the date alone
    hour = filipino;
    end = filipino_end;
  } else if (j < t.size() && MeridiemAfter(t[j]) > 0) {
    meridiem = MeridiemAfter(t[j]);
    end = j;
  } else if (j + 2 < t.size() && (t[j].IsWord("a") || t[j].IsWord("p")) && t[j + 1].IsPunct('.') &&
             t[j + 2].IsWord("m")) {
    meridiem = t[j].IsWord("a") ? 1 : 2;
    end = j + 2;
    if (end + 1 < t.size() && t[end + 1].IsPunct('.')) ++end;
  } else if (j + 2 < t.size() && (t[j].IsWord("π") || t[j].IsWord("μ")) && t[j + 1].IsPunct('.') &&
             t[j + 2].IsWord("μ")) {
    meridiem = t[j].IsWord("π") ? 1 : 2;
    end = j + 2;
    if (end + 1 < t.size() && t[end + 1].IsPunct('.')) ++end;
  } else if (j < t.size() && IsHourWord(t[j])) {
    end = j;
  }
  if (meridiem != 0) {
    if (hour < 1 || hour > 12) {
      return Status::InvalidArgument("hour " + std::to_string(hour) + " with am/pm");
    }
    // Malay "12:30 mlm" (malam, night) is half past midnight; "12:30 ptg" half past noon.
    const bool midnight = hour == 12 && (t[end].IsWord("mlm") || t[end].IsWord("malam"));
    hour = midnight ? 0 : hour % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 60) {
    return Status::InvalidArgument("time " + std::to_string(hour) + ":" + std::to_string(minute) +
                                   (has_seconds ? ":" + std::to_string(second) : "") +
                                   " is out of range");
  }
  if (second == 60) {
    // A leap second is inserted only as the last second of a minute 59 (UTC 23:59:60).
    if (minute != 59) {
      return Status::InvalidArgument("second 60 (a leap second) exists only at minute 59");
    }
    out.warnings.push_back("leap second :60 read as :59");
    second = 59;
  }
  out.has_time = true;
  out.hour = hour;
  out.minute = minute;
  out.second = second;
  out.precision = has_seconds ? DatePrecision::kSecond : DatePrecision::kMinute;
  Result<Zone> zone = ParseZone(t, end + 1, ctx);
  if (!zone.ok()) return zone.status();
  if (zone->kind == Zone::Kind::kMalformed) {
    out.warnings.push_back("offset '" + GluedText(t, end + 1) +
                           "' not read: the time is left out, only the date");
    out.has_time = false;
    out.hour = out.minute = out.second = 0;
    out.precision = DatePrecision::kDay;
    *last = end;
    return Status::OK();
  }
  if (zone->kind == Zone::Kind::kRead) {
    if (!zone->rules.empty()) {
      Result<ZoneOffset> offset = ZoneOffsetAt(zone->rules, out);
      if (!offset.ok()) return offset.status();
      zone->offset = offset->minutes;
      if (!offset->warning.empty()) out.warnings.push_back(std::move(offset->warning));
    }
    out.utc_offset_minutes = zone->offset;
    if (!zone->warning.empty()) out.warnings.push_back(std::move(zone->warning));
    end = zone->last;
    if (end + 1 < t.size() && t[end + 1].IsPunct(')')) ++end;
  }
  *last = end;
  return Status::OK();
}
int WeekdayBefore(const Tokens& t, size_t i, size_t* first) {
  static const std::unordered_map<std::string, int>* names = [] {
    auto* m = new std::unordered_map<std::string, int>;
    constexpr std::pair<const char*, int> kWords[] = {
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
        {"זונטאג", 0},
        {"מאנטאג", 1},
        {"דינסטאג", 2},
        {"דאנערשטאג", 4},
        {"פרייטאג", 5},
        {"שבת", 6},
        {"שב\"ק", 6},
        {"עש\"ק", 5},  // ערב שבת קודש: the eve of the Sabbath
        {"ערש\"ק", 5},
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
        // Sorani Kurdish
        {"یەکشەممە", 0},
        {"دووشەممە", 1},
        {"سێشەممە", 2},
        {"چوارشەممە", 3},
        {"پێنجشەممە", 4},
        {"هەینی", 5},
        {"شەممە", 6},
        {"ראשון", -10},
        {"שני", -11},
        {"שלישי", -12},
        {"רביעי", -13},
        {"חמישי", -14},
        {"שישי", -15},
        {"ששי", -15},
        // Italian, Portuguese (segunda-feira: the word before -feira), Dutch
        {"domenica", 0},
        {"lunedì", 1},
        {"martedì", 2},
        {"mercoledì", 3},
        {"giovedì", 4},
        {"venerdì", 5},
        {"sabato", 6},
        {"segunda", 1},
        {"terça", 2},
        {"quarta", 3},
        {"quinta", 4},
        {"sexta", 5},
        {"zondag", 0},
        {"maandag", 1},
        {"dinsdag", 2},
        {"woensdag", 3},
        {"donderdag", 4},
        {"vrijdag", 5},
        {"zaterdag", 6},
        // Swedish, Danish and Norwegian, Finnish
        {"söndag", 0},
        {"måndag", 1},
        {"tisdag", 2},
        {"onsdag", 3},
        {"torsdag", 4},
        {"fredag", 5},
        {"lördag", 6},
        {"søndag", 0},
        {"mandag", 1},
        {"tirsdag", 2},
        {"lørdag", 6},
        {"sunnuntai", 0},
        {"maanantai", 1},
        {"tiistai", 2},
        {"keskiviikko", 3},
        {"torstai", 4},
        {"perjantai", 5},
        {"lauantai", 6},
        // Polish, Czech
        {"niedziela", 0},
        {"poniedziałek", 1},
        {"wtorek", 2},
        {"środa", 3},
        {"czwartek", 4},
        {"piątek", 5},
        {"sobota", 6},
        {"neděle", 0},
        {"pondělí", 1},
        {"úterý", 2},
        {"středa", 3},
        {"čtvrtek", 4},
        {"pátek", 5},
        // Hungarian, Romanian, Turkish
        {"vasárnap", 0},
        {"hétfő", 1},
        {"kedd", 2},
        {"szerda", 3},
        {"csütörtök", 4},
        {"péntek", 5},
        {"szombat", 6},
        {"duminică", 0},
        {"luni", 1},
        {"marți", 2},
        {"miercuri", 3},
        {"joi", 4},
        {"vineri", 5},
        {"sâmbătă", 6},
        {"pazar", 0},
        {"pazartesi", 1},
        {"salı", 2},
        {"çarşamba", 3},
        {"perşembe", 4},
        {"cuma", 5},
        {"cumartesi", 6},
        // Greek (and its abbreviations)
        {"κυριακή", 0},
        {"κυρ", 0},
        {"δευτέρα", 1},
        {"δευ", 1},
        {"τρίτη", 2},
        {"τρι", 2},
        {"τετάρτη", 3},
        {"τετ", 3},
        {"πέμπτη", 4},
        {"πεμ", 4},
        {"παρασκευή", 5},
        {"παρ", 5},
        {"σάββατο", 6},
        {"σαβ", 6},
        // Russian, Ukrainian
        {"воскресенье", 0},
        {"понедельник", 1},
        {"вторник", 2},
        {"среда", 3},
        {"четверг", 4},
        {"пятница", 5},
        {"суббота", 6},
        {"неділя", 0},
        {"понеділок", 1},
        {"вівторок", 2},
        {"середа", 3},
        {"четвер", 4},
        {"п'ятниця", 5},
        {"субота", 6},
        // Indonesian and Malay
        {"minggu", 0},
        {"senin", 1},
        {"selasa", 2},
        {"rabu", 3},
        {"kamis", 4},
        {"jumat", 5},
        {"jum'at", 5},
        {"sabtu", 6},
        {"ahad", 0},
        {"isnin", 1},
        {"khamis", 4},
        // Urdu (ہفتہ, Saturday, is also "week": it names a day only before a date), Hindi
        {"اتوار", 0},
        {"پیر", 1},
        {"منگل", 2},
        {"بدھ", 3},
        {"جمعرات", 4},
        {"جمعہ", 5},
        {"ہفتہ", 6},
        {"रविवार", 0},
        {"सोमवार", 1},
        {"मंगलवार", 2},
        {"बुधवार", 3},
        {"गुरुवार", 4},
        {"शुक्रवार", 5},
        {"शनिवार", 6},
        // Amharic, Tigrinya (Ethiopic letters that sound alike are read alike: ሐሙስ, ሓሙስ)
        {"እሑድ", 0},
        {"ሰኞ", 1},
        {"ማክሰኞ", 2},
        {"ረቡዕ", 3},
        {"ሐሙስ", 4},
        {"ዓርብ", 5},
        {"ቅዳሜ", 6},
        {"ሰንበት", 0},
        {"ሰኑይ", 1},
        {"ሰሉስ", 2},
        {"ዓርቢ", 5},
        {"ቀዳም", 6},
    };
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
  // The article before the day: German "Mittwoch, den 11. November", Yiddish "מיטוואָך, דעם 11טן".
  if (k > 0 && (t[k - 1].IsWord("den") || t[k - 1].IsWord("דעם"))) --k;
  while (k > 0 && (t[k - 1].IsPunct(',') || t[k - 1].IsPunct('.') || t[k - 1].IsPunct('-'))) --k;
  // Portuguese segunda-feira .. sexta-feira: the weekday is the word before "-feira".
  if (k >= 3 && t[k - 1].IsWord("feira") && t[k - 2].IsPunct('-')) k -= 2;
  if (k == 0 || t[k - 1].kind != Token::Kind::kWord) return -1;
  if (k >= 2 && t[k - 1].IsWord("קודש") && t[k - 2].IsWord("שבת")) --k;  // שבת קודש
  auto it = names->find(t[k - 1].text);
  if (it == names->end()) return -1;
  // "מוצאי שבת" (Saturday night) already carries Sunday's Hebrew date: no check.
  if (k >= 2 && (t[k - 2].IsWord("מוצאי") || t[k - 2].IsWord("במוצאי"))) return -1;
  // "ערב שבת" (the Sabbath's eve) is Friday.
  if (it->second == 6 && k >= 2 && (t[k - 2].IsWord("ערב") || t[k - 2].IsWord("בערב"))) {
    *first = k - 2;
    return 5;
  }
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

// A match of tokens [first, last] whose tokens first, month and month + 2 are year, month
// and day: the date when it exists (its day number in `*days` if given), else why not.
Match CivilMatch(const Tokens& t, size_t first, size_t month, size_t last, int64_t* days) {
  Match m;
  m.first = first;
  m.last = last;
  Result<int64_t> d =
      GregorianToDays(static_cast<int>(t[first].value), static_cast<int>(t[month].value),
                      static_cast<int>(t[month + 2].value));
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

// A year-first numeric date (tokens first..first + 4) whose year is 1300-1499 is no
// Gregorian date of a news page but a Hijri one ("۱۴۰۵/۰۹/۱۵", "١٤٤٨/٠٦/٢٦ هـ"): lunar
// (Umm al-Qura) after the era marker هـ or ھ or on an Arabic or Urdu page, Solar Hijri
// after ش or on a Persian page, else the calendar whose year falls in the web's years
// (Solar Hijri up to 1420, which is 2041; lunar from 1421, which is 2000). The era
// marker (or ه.ش) joins the match. Another year, or ISO's hyphenated form with neither an
// era marker nor an Arabic, Urdu or Persian page: result unset and last 0, for the
// Gregorian reading.
Match HijriNumericMatch(const Tokens& t, size_t first, const DateContext& ctx, int64_t* days) {
  Match m;
  const int year = static_cast<int>(t[first].value);
  if (year < 1300 || year > 1499) return m;
  m.first = first;
  m.last = first + 4;
  std::string_view lang = std::string_view(ctx.language_hint).substr(0, 2);
  const bool hijri_language = lang == "ar" || lang == "ur" || lang == "fa";
  bool lunar = year > 1420;
  if (lang == "ar" || lang == "ur") lunar = true;
  if (lang == "fa") lunar = false;
  bool era = true;
  if (size_t e = m.last + 1;
      e + 2 < t.size() && t[e].IsWord("ه") && t[e + 1].IsPunct('.') && t[e + 2].IsWord("ش")) {
    lunar = false;  // ه.ش
    m.last = e + 2;
  } else if (e < t.size() && (t[e].IsWord("ه") || t[e].IsWord("ھ") || t[e].IsWord("هجری"))) {
    lunar = true;
    m.last = e;
  } else if (e < t.size() && (t[e].IsWord("ش") || t[e].IsWord("شمسی"))) {
    lunar = false;
    m.last = e;
  } else {
    era = false;
  }
  // ISO 8601's own form (1405-09-15) is Gregorian unless the page's language or an era
  // marker says otherwise ("1405-09-15T10:00" in a Persian site's metadata).
  if (t[first + 1].IsPunct('-') && !era && !hijri_language) return Match{};
  const int month = static_cast<int>(t[first + 2].value),
            day = static_cast<int>(t[first + 4].value);
  Result<int64_t> d = lunar ? HijriToDays(year, month, day) : PersianToDays(year, month, day);
  if (!d.ok()) {
    m.result = d.status();
    return m;
  }
  *days = *d;
  ParsedDate out;
  out.calendar = lunar ? Calendar::kIslamic : Calendar::kPersian;
  SetCivil(out, *d);
  m.result = std::move(out);
  return m;
}

}  // namespace

namespace {

bool IsOpeningBracket(const Token& k) { return k.IsPunct('(') || k.text == "\uFF08"; }
bool IsClosingBracket(const Token& k) { return k.IsPunct(')') || k.text == "\uFF09"; }

// The tokens of a CJK weekday in brackets at `i` naming day `days`'s weekday, as Japanese,
// Korean and Chinese pages print it between the date and the time ("5日（土）14時30分",
// "5일(토) 14:30", "5日（星期六）14:30"): 3, else 0 (another day's name, or none).
size_t BracketedCjkWeekday(const Tokens& t, size_t i, int64_t days) {
  static const std::unordered_map<std::string, int>* names = [] {
    auto* m = new std::unordered_map<std::string, int>;
    // ja (日 .. 土, and with 曜 / 曜日), ko (일 .. 토, and with 요일), zh (星期日 .. 星期六,
    // 周日 .. 周六, 週日 .. 週六; 天 for Sunday)
    constexpr std::string_view kJa[] = {"日", "月", "火", "水", "木", "金", "土"};
    constexpr std::string_view kKo[] = {"일", "월", "화", "수", "목", "금", "토"};
    constexpr std::string_view kZh[] = {"日", "一", "二", "三", "四", "五", "六"};
    for (int d = 0; d < 7; ++d) {
      const std::string ja(kJa[d]), ko(kKo[d]), zh(kZh[d]);
      for (const std::string& w :
           {ja, ja + "曜", ja + "曜日", ko, ko + "요일", "星期" + zh, "周" + zh, "週" + zh})
        (*m)[w] = d;
    }
    (*m)["星期天"] = 0;
    (*m)["周天"] = 0;
    return m;
  }();
  if (i + 2 >= t.size() || !IsOpeningBracket(t[i]) || t[i + 1].kind != Token::Kind::kWord ||
      !IsClosingBracket(t[i + 2]))
    return 0;
  const auto it = names->find(t[i + 1].text);
  return it != names->end() && it->second == Weekday(days) ? 3 : 0;
}

// Completes a match whose date is read (m.result holds it; `days` is its day number):
// a time from token `time_from` (after the date's CJK weekday in brackets), and a weekday
// before the date, which must agree.
void AddTimeAndWeekday(const Tokens& t, size_t time_from, const DateContext& ctx, int64_t days,
                       Match& m) {
  ParsedDate out = std::move(m.result.value());
  if (const size_t weekday = BracketedCjkWeekday(t, time_from, days); weekday > 0) {
    m.last = time_from + weekday - 1;
    time_from += weekday;
  }
  size_t last = m.last;
  if (Status s = ParseTimeAfter(t, time_from, ctx, out, &last); !s.ok()) {
    m.result = s;
    return;
  }
  m.last = last;
  size_t wd_first = m.first;
  int wd = WeekdayBefore(t, m.first, &wd_first);
  if (wd >= 0) {
    m.first = wd_first;
    if (Status s = CheckWeekday(wd, days); !s.ok()) {
      m.result = s;
      return;
    }
  }
  m.result = std::move(out);
}

// A month or day written with a zero too many ("2003-012-31", as one large feed writes
// them) reads as the number.
bool IsMonthOrDay(const Tokens& t, size_t i) {
  return IsNumber(t, i, 1, 2) || (IsNumber(t, i, 3, 3) && t[i].text[0] == '0');
}

// Reduced precision and compact forms, only as a whole value (a sitemap's lastmod, an
// Atom date): W3C-DTF `2003` (a year) and `2003-12` (a month), ISO 8601 ordinal
// `2003-335` and basic `20031231`. In running text these are too often something else.
std::optional<Match> MatchWholeValue(const Tokens& t) {
  Match m;
  m.first = 0;
  m.last = t.size() - 1;
  ParsedDate out;
  if (t.size() == 1 && IsNumber(t, 0, 4, 4)) {
    int year = static_cast<int>(t[0].value);
    if (year < 1) return std::nullopt;
    SetCivil(out, DaysFromCivil(year, 1, 1));
    out.precision = DatePrecision::kYear;
    m.result = std::move(out);
    return m;
  }
  if (t.size() == 1 && IsNumber(t, 0, 8, 8)) {
    int v = static_cast<int>(t[0].value);
    int year = v / 10000, month = v / 100 % 100, day = v % 100;
    if (year < 1000 || month < 1 || month > 12 || day < 1 ||
        day > DaysInGregorianMonth(year, month)) {
      return std::nullopt;
    }
    SetCivil(out, DaysFromCivil(year, month, day));
    m.result = std::move(out);
    return m;
  }
  if (t.size() != 3 || !IsNumber(t, 0, 4, 4) || !t[1].IsPunct('-') || t[1].space_before ||
      t[2].space_before || !IsNumber(t, 2, 2, 3)) {
    return std::nullopt;
  }
  int year = static_cast<int>(t[0].value), n = static_cast<int>(t[2].value);
  if (year < 1) return std::nullopt;
  if (t[2].digits == 2) return MonthMatch(m.first, m.last, year, n);
  int length = DaysFromCivil(year + 1, 1, 1) - DaysFromCivil(year, 1, 1);
  if (n < 1 || n > length) {
    m.result =
        Status::InvalidArgument("day " + std::to_string(n) + " of the year does not exist in " +
                                std::to_string(year) + " (" + std::to_string(length) + " days)");
    return m;
  }
  SetCivil(out, DaysFromCivil(year, 1, 1) + n - 1);
  m.result = std::move(out);
  return m;
}

// The month of tokens `month` and `month + 1` ("12月") in year `year` of `era`, the era's
// name at token `first`: of month precision when the era reaches into it, else why not.
Match EraMonthMatch(const Tokens& t, size_t first, size_t month, const JapaneseEra& era, int year) {
  const int gregorian = era.year_one + year - 1;
  const int number = static_cast<int>(t[month].value);
  Match m = MonthMatch(first, month + 1, gregorian, number);
  if (!m.result.ok()) return m;
  const std::string written = std::string(era.name) + std::to_string(year) + "年";
  const int64_t begins = DaysFromCivil(gregorian, number, 1);
  const int64_t ends = begins + DaysInGregorianMonth(gregorian, number) - 1;
  if (year < 1 || ends < DaysFromCivil(era.first_year, era.first_month, era.first_day) ||
      (era.last_year != 0 && begins > DaysFromCivil(era.last_year, era.last_month, era.last_day)))
    m.result = Status::InvalidArgument(written + std::to_string(number) + "月 is not in " +
                                       std::string(era.name));
  return m;
}

// The era year written at token `i` ("令和8年": three tokens; "令和元年": one, year 1),
// unchecked against the era's span: its era, year and the token after it.
struct EraYear {
  const JapaneseEra* era;
  int year;
  size_t next;
};
std::optional<EraYear> EraYearAt(const Tokens& t, size_t i) {
  if (i >= t.size() || t[i].kind != Token::Kind::kWord) return std::nullopt;
  const std::string_view word = t[i].text;
  for (const JapaneseEra& era : JapaneseEras()) {
    if (word == era.name && IsNumber(t, i + 1, 1, 2) && i + 2 < t.size() && t[i + 2].IsWord("年"))
      return EraYear{&era, static_cast<int>(t[i + 1].value), i + 3};
    if (word.size() == era.name.size() + 6 && word.starts_with(era.name) && word.ends_with("元年"))
      return EraYear{&era, 1, i + 1};
  }
  return std::nullopt;
}

// The tokens of an era year in brackets at `i` that is Gregorian year `year` ("2026年
// （令和8年）12月5日", as offices print both), else 0.
size_t BracketedEraYear(const Tokens& t, size_t i, int64_t year) {
  if (i >= t.size() || !IsOpeningBracket(t[i])) return 0;
  const std::optional<EraYear> e = EraYearAt(t, i + 1);
  if (!e || e->next >= t.size() || !IsClosingBracket(t[e->next]) ||
      e->era->year_one + e->year - 1 != year)
    return 0;
  return e->next + 1 - i;
}

// A date naming a Japanese era with a time and no zone is in Japan Standard Time (one
// zone, no daylight saving since 1951).
void InJapanStandardTime(Match& m) {
  if (m.result.ok() && m.result->has_time && !m.result->utc_offset_minutes) {
    m.result->utc_offset_minutes = 9 * 60;
    m.result->warnings.push_back(
        "no zone stated: a Japanese era date read in Japan Standard Time (+09:00)");
  }
}

// A date in a Japanese era (dates_names.cc): 令和8年12月5日, 令和元年5月1日 (元年 is year 1),
// R8.12.5 (the era's letter in capitals, glued to the year), then a time, which with no
// zone is Japan Standard Time (one zone, no daylight saving since 1951). Year 0 and a
// date outside the era's days (平成32年, 令和元年4月30日) are errors, never the Gregorian
// year the count would give: a calendar printed before an era's end is no date of news.
std::optional<Match> MatchJapaneseEra(const Tokens& t, const DateContext& ctx) {
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i].kind != Token::Kind::kWord) continue;
    const std::optional<EraYear> written_year = EraYearAt(t, i);
    for (const JapaneseEra& era : JapaneseEras()) {
      int year = 0;
      size_t month = 0, last = 0;  // token indices of the month and the date's end
      const std::string_view word = t[i].text;
      if (written_year && written_year->era == &era) {
        year = written_year->year;
        month = written_year->next;
      }
      if (month != 0) {
        // The Gregorian year in brackets after the era's ("令和8年（2026年）12月5日", as
        // offices print both) when it is the same year.
        if (month + 3 < t.size() && IsOpeningBracket(t[month]) && IsNumber(t, month + 1, 4, 4) &&
            t[month + 1].value == era.year_one + year - 1 && t[month + 2].IsWord("年") &&
            IsClosingBracket(t[month + 3]))
          month += 4;
        if (!(IsNumber(t, month, 1, 2) && t.size() > month + 1 && t[month + 1].IsWord("月"))) break;
        // A month without a day ("令和8年12月"): the month, when the era reaches it.
        if (!(t.size() > month + 3 && IsNumber(t, month + 2, 1, 2) && t[month + 3].IsWord("日")))
          return EraMonthMatch(t, i, month, era, year);
        last = month + 3;
      } else if (t[i].caps && word.size() == 1 && word[0] == era.letter &&
                 IsNumber(t, i + 1, 1, 2) && !t[i + 1].space_before && i + 5 < t.size() &&
                 (t[i + 2].IsPunct('.') || t[i + 2].IsPunct('/')) && IsNumber(t, i + 3, 1, 2) &&
                 t[i + 4].IsPunct(t[i + 2].text[0]) && IsNumber(t, i + 5, 1, 2) &&
                 !t[i + 2].space_before && !t[i + 3].space_before && !t[i + 4].space_before &&
                 !t[i + 5].space_before) {
        year = static_cast<int>(t[i + 1].value);
        month = i + 3;
        last = i + 5;
      } else {
        continue;
      }
      Match m;
      m.first = i;
      m.last = last;
      const std::string written = std::string(era.name) + std::to_string(year) + "年";
      if (year < 1) {
        m.result =
            Status::InvalidArgument(written + " does not exist: an era begins with 元年 (1)");
        return m;
      }
      Result<int64_t> days =
          GregorianToDays(era.year_one + year - 1, static_cast<int>(t[month].value),
                          static_cast<int>(t[month + 2].value));
      if (!days.ok()) {
        m.result = days.status();
        return m;
      }
      const int64_t first = DaysFromCivil(era.first_year, era.first_month, era.first_day);
      ParsedDate bound;
      if (*days < first) {
        SetCivil(bound, first);
        m.result =
            Status::InvalidArgument("a date in " + written + " before " + std::string(era.name) +
                                    " began (" + bound.IsoDate() + ")");
        return m;
      }
      if (era.last_year != 0 &&
          *days > DaysFromCivil(era.last_year, era.last_month, era.last_day)) {
        SetCivil(bound, DaysFromCivil(era.last_year, era.last_month, era.last_day));
        m.result =
            Status::InvalidArgument("a date in " + written + " after " + std::string(era.name) +
                                    " ended (" + bound.IsoDate() + ")");
        return m;
      }
      ParsedDate out;
      SetCivil(out, *days);
      m.result = std::move(out);
      AddTimeAndWeekday(t, last + 1, ctx, *days, m);
      InJapanStandardTime(m);
      return m;
    }
  }
  return std::nullopt;
}

// A month written as its number after a word for "month", with a day and a four-digit
// year: Vietnamese "(ngày) 4 tháng 12 năm 2026", "4 tháng 12, 2026"; Mongolian "2026 оны
// 12 дугаар сарын 4", "2026 оны 12-р сарын 4" (оны "of the year", сарын "of the month").
// Then a time. A month or day that does not exist is an error.
std::optional<Match> MatchNumberedMonth(const Tokens& t, const DateContext& ctx) {
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    size_t first = i, year = 0, month = i + 2, day = 0;
    if (IsNumber(t, i, 1, 2) && t[i + 1].IsWord("thang") && IsNumber(t, i + 2, 1, 2)) {
      size_t y = i + 3;
      if (t[y].IsPunct(',') || t[y].IsWord("nam")) ++y;
      if (!IsNumber(t, y, 4, 4)) continue;
      if (i > 0 && t[i - 1].IsWord("ngay")) first = i - 1;
      day = i;
      year = y;
    } else if (IsNumber(t, i, 4, 4) && t[i + 1].IsWord("оны") && IsNumber(t, i + 2, 1, 2)) {
      size_t s = i + 3;
      if (t[s].IsWord("дугаар")) {
        ++s;
      } else if (s + 1 < t.size() && t[s].IsPunct('-') && !t[s].space_before &&
                 t[s + 1].IsWord("р")) {
        s += 2;
      }
      if (s >= t.size() || !t[s].IsWord("сарын") || !IsNumber(t, s + 1, 1, 2)) continue;
      year = i;
      day = s + 1;
    } else {
      continue;
    }
    Match m;
    m.first = first;
    m.last = std::max(year, day);
    Result<int64_t> days =
        GregorianToDays(static_cast<int>(t[year].value), static_cast<int>(t[month].value),
                        static_cast<int>(t[day].value));
    if (!days.ok()) {
      m.result = days.status();
      return m;
    }
    ParsedDate out;
    SetCivil(out, *days);
    m.result = std::move(out);
    AddTimeAndWeekday(t, m.last + 1, ctx, *days, m);
    return m;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> MatchIso(const Tokens& t, const DateContext& ctx) {
  if (std::optional<Match> whole = MatchWholeValue(t)) return whole;
  if (std::optional<Match> era = MatchJapaneseEra(t, ctx)) return era;
  if (std::optional<Match> numbered = MatchNumberedMonth(t, ctx)) return numbered;
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!IsNumber(t, i, 4, 4)) continue;
    // Chinese/Japanese 2026年2月14日 and Korean 2026년 2월 14일 (the year's era name in
    // brackets after it), then a time.
    if (const size_t era = BracketedEraYear(t, i + 2, t[i].value), mo = i + 2 + era;
        mo + 3 < t.size() && (t[i + 1].IsWord("年") || t[i + 1].IsWord("년")) &&
        IsNumber(t, mo, 1, 2) && (t[mo + 1].IsWord("月") || t[mo + 1].IsWord("월")) &&
        IsNumber(t, mo + 2, 1, 2) && (t[mo + 3].IsWord("日") || t[mo + 3].IsWord("일"))) {
      int64_t days = 0;
      Match m = CivilMatch(t, i, mo, mo + 3, &days);
      if (m.result.ok()) AddTimeAndWeekday(t, mo + 4, ctx, days, m);
      if (era > 0) InJapanStandardTime(m);
      return m;
    }
    const Token& sep = t[i + 1];
    if (!(sep.IsPunct('-') || sep.IsPunct('/') || sep.IsPunct('.'))) continue;
    if (!IsMonthOrDay(t, i + 2) || !t[i + 3].IsPunct(sep.text[0]) || !IsMonthOrDay(t, i + 4))
      continue;
    if (sep.space_before || t[i + 2].space_before || t[i + 3].space_before || t[i + 4].space_before)
      continue;
    if (i > 0 && (t[i - 1].IsPunct('-') || t[i - 1].IsPunct('/') || t[i - 1].IsPunct('.')) &&
        !t[i].space_before)
      continue;  // the tail of something longer
    int64_t days = 0;
    Match m = HijriNumericMatch(t, i, ctx, &days);
    if (!m.result.ok() && m.last == 0) m = CivilMatch(t, i, i + 2, i + 4, &days);
    if (m.result.ok()) AddTimeAndWeekday(t, m.last + 1, ctx, days, m);
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
    // The era after a four-digit year says the calendar: Ethiopian "ዓ.ም." (day/month/year
    // of its thirteen months), Gregorian "እ.ኤ.አ."; either is the date's text.
    const std::optional<size_t> ethiopian =
        t[i + 4].digits == 4 ? EthiopianEraEnd(t, i + 5) : std::nullopt;
    if (t[i + 4].digits == 4)
      m.last = ethiopian ? *ethiopian : AmharicGregorianEraEnd(t, i + 5).value_or(m.last);
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
    if (!ethiopian && order == Order::kUnknown && day_first_ok && month_first_ok && a != b) {
      m.result = Status::InvalidArgument("ambiguous numeric date " + t[i].text + s + t[i + 2].text +
                                         s + t[i + 4].text +
                                         ": day-month order unknown without a language hint");
      return m;
    }
    if (day == 0) {
      day = a;
      month = b;
    }
    Result<int64_t> days =
        ethiopian ? EthiopianToDays(year, b, a) : GregorianToDays(year, month, day);
    if (!days.ok()) {
      m.result = days.status();
      return m;
    }
    ParsedDate out;
    SetCivil(out, *days);
    if (ethiopian) out.calendar = Calendar::kEthiopian;
    size_t last = m.last;
    if (Status st = ParseTimeAfter(t, m.last + 1, ctx, out, &last); !st.ok()) {
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
