// ParseDate: runs each calendar's matcher over the tokens of the input, machine formats
// first, and returns the first date that is valid. A date-shaped span that is not a
// valid date (30 Heshvan in a 29-day year, Adar II in a common year, 31 April, a bad
// numeral, a weekday that disagrees) is reported with its reason: the weaker guesses
// (bare numbers, relative phrases) are then not tried, so an invalid date never turns
// into some other date.
#include "newsdesk/dates.h"

#include <cstdio>

#include "dates_internal.h"

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
  }
  return "gregorian";
}

std::string ParsedDate::IsoDate() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
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

Result<ParsedDate> ParseDate(std::string_view text, const DateContext& context) {
  Tokens tokens = dates_internal::Tokenize(text);
  std::optional<Match> first_error;
  auto finish = [&](Match& m) -> Result<ParsedDate> {
    ParsedDate& d = m.result.value();
    if (d.year < 1 || d.year > 9999) {
      return Status::InvalidArgument("the date falls outside the years 1-9999");
    }
    size_t b = tokens[m.first].begin, e = tokens[m.last].end;
    d.raw = std::string(text.substr(b, e - b));
    return std::move(m.result);
  };
  using Matcher = std::optional<Match> (*)(const Tokens&, const DateContext&);
  static constexpr Matcher kStrong[] = {
      [](const Tokens& t, const DateContext&) { return dates_internal::MatchIso(t); },
      dates_internal::MatchHebrew,
      [](const Tokens& t, const DateContext&) { return dates_internal::MatchHijri(t); },
      [](const Tokens& t, const DateContext&) { return dates_internal::MatchPersian(t); },
      dates_internal::MatchMonthName,
  };
  static constexpr Matcher kWeak[] = {dates_internal::MatchNumeric, dates_internal::MatchRelative};
  for (Matcher m : kStrong) {
    std::optional<Match> r = m(tokens, context);
    if (!r) continue;
    if (r->result.ok()) return finish(*r);
    if (!first_error) first_error = std::move(r);
  }
  if (!first_error) {
    for (Matcher m : kWeak) {
      std::optional<Match> r = m(tokens, context);
      if (!r) continue;
      if (r->result.ok()) return finish(*r);
      if (!first_error) first_error = std::move(r);
    }
  }
  if (first_error) return first_error->result.status();
  return Status::InvalidArgument("no date found");
}

}  // namespace newsdesk
