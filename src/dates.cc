// ParseDate: runs each calendar's matcher over the tokens of the input, machine formats
// first, and returns the first date that is valid. A date-shaped span that is not a
// valid date (30 Heshvan in a 29-day year, Adar II in a common year, 31 April, a bad
// numeral, a weekday that disagrees) is reported with its reason: the weaker guesses
// (bare numbers, relative phrases) are then not tried, so an invalid date never turns
// into some other date.
#include "newsdesk/dates.h"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "dates_internal.h"
#include "newsdesk/language.h"

namespace newsdesk {

using dates_internal::Match;
using dates_internal::Tokens;

std::string_view CalendarName(Calendar c) {
  switch (c) {
    case Calendar::kGregorian:
      return "gregorian";
    case Calendar::kHebrew:
      return "hebrew";
    case Calendar::kIslamic:
      return "islamic";
    case Calendar::kPersian:
      return "persian";
    case Calendar::kEthiopian:
      return "ethiopian";
  }
  return "gregorian";
}

std::string_view PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMinute:
      return "minute";
    case DatePrecision::kSecond:
      return "second";
  }
  return "day";
}

std::string ParsedDate::IsoDate() const {
  char buf[32];
  if (precision == DatePrecision::kYear) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (precision == DatePrecision::kMonth) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::string ParsedDate::UtcDateTime() const {
  if (!has_time || !utc_offset_minutes) return "";
  int64_t minutes = dates_internal::DaysFromCivil(year, month, day) * 1440 + int64_t{hour} * 60 +
                    minute - *utc_offset_minutes;
  int64_t days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  int64_t in_day = minutes - days * 1440;
  int y, m, d;
  dates_internal::CivilFromDays(days, &y, &m, &d);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
                static_cast<int>(in_day / 60), static_cast<int>(in_day % 60), second);
  return buf;
}

int64_t ParsedDate::DayNumber() const { return dates_internal::DaysFromCivil(year, month, day); }

int64_t ParsedDate::UnixSeconds() const {
  int64_t t = DayNumber() * 86400;
  if (has_time) t += int64_t{hour} * 3600 + int64_t{minute} * 60 + second;
  if (utc_offset_minutes) t -= int64_t{*utc_offset_minutes} * 60;
  return t;
}

std::string ParsedDate::IsoDateTime() const {
  std::string out = IsoDate();
  if (!has_time) return out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  out += buf;
  if (utc_offset_minutes) {
    int off = *utc_offset_minutes;
    if (off == 0) {
      out += 'Z';
    } else {
      char sign = off < 0 ? '-' : '+';
      if (off < 0) off = -off;
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
      out += buf;
    }
  }
  return out;
}

namespace {

Result<ParsedDate> ParseFirstDate(std::string_view text, const DateContext& context,
                                  bool with_twin);

// Days from the other calendar's date to its Gregorian twin past which the twin is no twin.
constexpr int64_t kMaxTwinDays = 3;

// The Gregorian date printed right after another calendar's date that ends at token `last`,
// past separators and the words for "corresponding to" ("כ"ג כסלו תשפ"ז | 03.12.2026 |
// 18:05", "23 جمادى الآخرة 1448 هـ الموافق 3 ديسمبر 2026 م - 18:05", "۲۵ بهمن ۱۴۰۴ - 14
// February 2026"): read to the day or finer, and its raw text ends at `*end` (bytes into
// `text`). nullopt when none follows. A numeric twin whose order of day and month no
// language hint settles ("11 رمضان 1447 الموافق 01/03/2026" on a page that declares no
// language) is read in the order that puts it within kMaxTwinDays of `other`, the other
// calendar's date, when one order does and `other` is given.
std::optional<ParsedDate> GregorianTwin(std::string_view text, const Tokens& tokens, size_t last,
                                        const DateContext& context, const ParsedDate* other,
                                        size_t* end) {
  static const std::vector<std::string>* kConnectors = [] {
    auto* v = new std::vector<std::string>;
    for (const char* w : {"الموافق", "موافق", "برابر", "با", "המקביל", "="})
      for (std::string& n : dates_internal::LexiconWords(w)) v->push_back(std::move(n));
    return v;
  }();
  size_t j = last + 1;
  for (int hops = 0; hops < 3 && j < tokens.size(); ++hops) {
    bool connector = tokens[j].kind == dates_internal::Token::Kind::kPunct;
    for (const auto& c : *kConnectors) connector = connector || tokens[j].IsWord(c);
    if (!connector) break;
    ++j;
  }
  if (j >= tokens.size()) return std::nullopt;
  const std::string_view rest = text.substr(tokens[j].begin);
  Result<ParsedDate> twin = ParseFirstDate(rest, context, /*with_twin=*/false);
  if (!twin.ok() && other != nullptr && context.language_hint.empty()) {
    const int64_t near = dates_internal::DaysFromCivil(other->year, other->month, other->day);
    for (const char* order_hint : {"fr", "en-US"}) {  // day first, month first
      DateContext ordered = context;
      ordered.language_hint = order_hint;
      Result<ParsedDate> r = ParseFirstDate(rest, ordered, /*with_twin=*/false);
      if (r.ok() && std::abs(dates_internal::DaysFromCivil(r->year, r->month, r->day) - near) <=
                        kMaxTwinDays) {
        twin = std::move(r);
        break;
      }
    }
  }
  if (!twin.ok() || twin->calendar != Calendar::kGregorian ||
      twin->precision < DatePrecision::kDay || !rest.starts_with(twin->raw))
    return std::nullopt;
  *end = tokens[j].begin + twin->raw.size();
  return std::move(*twin);
}

// A dateline printed in two calendars gives one date, the Gregorian twin's when the two
// disagree: `d`, read from tokens first..last in another calendar to the day, takes the
// time printed after its twin on the same day; a twin one to three days away (a Hijri month
// begun by a local sighting of the moon, a day or two after the Umm al-Qura count, or a
// Hebrew or Solar Hijri date mistyped) replaces it, as the civil date the page is dated by.
// Either way the span ends with the twin's.
void ReadGregorianTwin(std::string_view text, const Tokens& tokens, size_t first, size_t last,
                       const DateContext& context, ParsedDate& d) {
  if (d.calendar == Calendar::kGregorian || d.has_time || d.precision != DatePrecision::kDay)
    return;
  size_t end = 0;
  std::optional<ParsedDate> twin = GregorianTwin(text, tokens, last, context, &d, &end);
  if (!twin) return;
  const int64_t apart = dates_internal::DaysFromCivil(twin->year, twin->month, twin->day) -
                        dates_internal::DaysFromCivil(d.year, d.month, d.day);
  const std::string raw(text.substr(tokens[first].begin, end - tokens[first].begin));
  if (apart == 0 && twin->has_time) {
    d.has_time = true;
    d.hour = twin->hour;
    d.minute = twin->minute;
    d.second = twin->second;
    d.precision = twin->precision;
    d.utc_offset_minutes = twin->utc_offset_minutes;
    for (std::string& w : twin->warnings) d.warnings.push_back(std::move(w));
    d.raw = raw;
  } else if (apart != 0 && apart >= -kMaxTwinDays && apart <= kMaxTwinDays) {
    twin->warnings.push_back(std::string(CalendarName(d.calendar)) + " date " + d.IsoDate() +
                             " is " + std::to_string(apart < 0 ? -apart : apart) +
                             " day(s) from its Gregorian twin: the Gregorian date read");
    d = std::move(*twin);
    d.raw = raw;
  }
}

// A time printed before its date: `m`'s date, with no time, takes it and starts at it.
// Uzbek sites print "hh:mm /" (tokens first - 4 .. first - 1: "10:05 / 04.12.2026"); only
// the slash: a bar or a comma after "mm:ss" is as often a video's running time. Swahili
// sites an hour after "saa" with its part of the day, then a comma or not ("saa 3:15
// asubuhi, Desemba 4, 2026"): ParseTimeAfter reads that hour only with its part of the
// day, which no running time has.
void TakeTimeBefore(const Tokens& t, const DateContext& context, Match& m) {
  ParsedDate& d = m.result.value();
  const size_t f = m.first;
  if (d.has_time || d.precision != DatePrecision::kDay || f < 2) return;
  // The time's first and last tokens when one is there (`from` stays `f` when none is).
  size_t from = f;
  size_t to = 0;
  if (f >= 4 && t[f - 1].IsPunct('/') && t[f - 1].space_before && t[f].space_before &&
      t[f - 3].IsPunct(':') && t[f - 4].IsNumber() && t[f - 4].digits <= 2 && t[f - 2].IsNumber() &&
      t[f - 2].digits == 2 && (f == 4 || t[f - 4].space_before)) {  // not "12:10:05 /", "4.10:05 /"
    from = f - 4;
    to = f - 2;
  } else {
    for (size_t p = f > 8 ? f - 8 : 0; p + 1 < f; ++p) {
      if (t[p].IsWord("saa")) from = p;
    }
    to = t[f - 1].IsPunct(',') ? f - 2 : f - 1;
  }
  if (from == f) return;
  ParsedDate timed = d;
  size_t last = 0;
  if (!dates_internal::ParseTimeAfter(t, from, context, timed, &last).ok() || !timed.has_time ||
      last != to)
    return;
  d = std::move(timed);
  m.first = from;
}

// Nepali pages print their dates in Bikram Sambat (2083 BS runs from April 2026), whose
// month lengths come from published tables, not from a rule; it is not read. A numeric
// date ("२०८३/०८/१८", "2083-08-18") whose year is 2057 BS (2000 CE) or later is such a
// date, not a Gregorian one decades ahead, on a page declared Nepali or, whatever the
// page's language, when the year is written in Devanagari digits (a Nepali page that
// declares no language; Hindi's Vikram Samvat, 57 years ahead too, is no more Gregorian):
// `m` becomes the error.
void RejectBikramSambat(std::string_view text, const Tokens& tokens, const DateContext& context,
                        Match& m) {
  const ParsedDate& d = m.result.value();
  if (d.calendar != Calendar::kGregorian || d.year < 2057) return;
  bool devanagari = false;
  for (size_t k = m.first; k <= m.last && !devanagari; ++k) {
    const dates_internal::Token& y = tokens[k];
    // Four digits U+0966-096F: UTF-8 E0 A5 A6-AF each.
    devanagari = y.IsNumber() && y.value == d.year && y.end - y.begin == 12 &&
                 text.substr(y.begin, 2) == "\xE0\xA5";
  }
  if (!devanagari && PrimaryLanguage(context.language_hint) != "ne") return;
  m.result = Status::InvalidArgument("year " + std::to_string(d.year) +
                                     " is a Bikram Sambat year (not read): in Devanagari digits "
                                     "or on a Nepali page");
}

Result<ParsedDate> ParseFirstDate(std::string_view text, const DateContext& context,
                                  bool with_twin) {
  Tokens tokens = dates_internal::Tokenize(text);
  std::optional<Match> first_error;
  auto finish = [&](Match& m) -> Result<ParsedDate> {
    ParsedDate& d = m.result.value();
    if (d.year < 1 || d.year > 9999) {
      return Status::InvalidArgument("the date falls outside the years 1-9999");
    }
    TakeTimeBefore(tokens, context, m);
    size_t b = tokens[m.first].begin, e = tokens[m.last].end;
    d.raw = std::string(text.substr(b, e - b));
    // Korea keeps one zone, without DST since 1988: a Korean date-time with no zone is
    // in Korea Standard Time.
    if (d.has_time && !d.utc_offset_minutes) {
      for (size_t i = m.first; i <= m.last; ++i) {
        if (!tokens[i].hangul) continue;
        d.utc_offset_minutes = 9 * 60;
        d.warnings.push_back("no zone stated: a Korean date read in Korea Standard Time (+09:00)");
        break;
      }
    }
    // Text glued to the end of the date ("...-06:00Textra", "2013-01-27-01") was not read.
    if (size_t n = m.last + 1; d.warnings.empty() && n < tokens.size() && !tokens[n].space_before) {
      bool word = tokens[n].kind != dates_internal::Token::Kind::kPunct;
      bool more = n + 1 < tokens.size() && !tokens[n + 1].space_before &&
                  tokens[n + 1].IsNumber() && !tokens[n].IsPunct(',');
      if (word || more) {
        size_t end = n;
        while (end + 1 < tokens.size() && !tokens[end + 1].space_before) ++end;
        d.warnings.push_back(
            "text after the date not read: '" +
            std::string(text.substr(tokens[n].begin, tokens[end].end - tokens[n].begin)) + "'");
      }
    }
    return std::move(m.result);
  };
  using Matcher = std::optional<Match> (*)(const Tokens&, const DateContext&);
  static constexpr Matcher kStrong[] = {
      dates_internal::MatchIso,
      dates_internal::MatchHebrew,
      [](const Tokens& t, const DateContext&) { return dates_internal::MatchHijri(t); },
      [](const Tokens& t, const DateContext&) { return dates_internal::MatchPersian(t); },
      dates_internal::MatchEthiopian,
      dates_internal::MatchMonthName,
  };
  static constexpr Matcher kWeak[] = {dates_internal::MatchNumeric, dates_internal::MatchRelative,
                                      dates_internal::MatchMonthYear};
  for (Matcher m : kStrong) {
    std::optional<Match> r = m(tokens, context);
    if (!r) continue;
    if (r->result.ok() && m == dates_internal::MatchIso)
      RejectBikramSambat(text, tokens, context, *r);
    if (r->result.ok()) {
      Result<ParsedDate> d = finish(*r);
      if (d.ok() && with_twin) ReadGregorianTwin(text, tokens, r->first, r->last, context, *d);
      return d;
    }
    // Another calendar's date refused (its weekday is the twin's day, not its own: a Hijri
    // month begun a day later where the page is) before its Gregorian twin: the twin.
    size_t end = 0;
    std::optional<ParsedDate> twin;
    if (with_twin && m != dates_internal::MatchIso && m != dates_internal::MatchMonthName &&
        (twin = GregorianTwin(text, tokens, r->last, context, /*other=*/nullptr, &end))) {
      twin->warnings.push_back("another calendar's date refused (" +
                               std::string(r->result.status().message()) +
                               "): its Gregorian twin read");
      twin->raw = std::string(text.substr(tokens[r->first].begin, end - tokens[r->first].begin));
      return std::move(*twin);
    }
    if (!first_error) first_error = std::move(r);
  }
  if (!first_error) {
    for (Matcher m : kWeak) {
      std::optional<Match> r = m(tokens, context);
      if (!r) continue;
      if (r->result.ok() && m == dates_internal::MatchNumeric)
        RejectBikramSambat(text, tokens, context, *r);
      if (r->result.ok()) return finish(*r);
      if (!first_error) first_error = std::move(r);
    }
  }
  if (first_error) return first_error->result.status();
  return Status::InvalidArgument("no date found");
}

}  // namespace

Result<ParsedDate> ParseDate(std::string_view text, const DateContext& context) {
  return ParseFirstDate(text, context, /*with_twin=*/true);
}

}  // namespace newsdesk
