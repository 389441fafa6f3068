// Zone names after a time: abbreviations from the table in dates_zone_names.cc, resolved
// by the site's country and language when ambiguous, and IANA zone ids through ICU's
// time zone data (the offset in force at the local date-time, DST included).
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include "dates_internal.h"
#include "newsdesk/language.h"

namespace newsdesk::dates_internal {
namespace {

// Lower-case IANA id -> ICU's spelling ("europe/berlin" -> "Europe/Berlin").
const std::unordered_map<std::string, std::string>& IanaIds() {
  static const auto* ids = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> all(icu::TimeZone::createEnumeration(status));
    if (U_FAILURE(status) || all == nullptr) return m;
    while (const icu::UnicodeString* id = all->snext(status)) {
      if (U_FAILURE(status)) break;
      std::string utf8;
      id->toUTF8String(utf8);
      if (utf8.find('/') == std::string::npos) continue;  // "EST", "PST8PDT": not ids pages use
      std::string lower = utf8;
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      m->emplace(std::move(lower), std::move(utf8));
    }
    return m;
  }();
  return *ids;
}

// The longest IANA id spelled by the glued tokens from k (words, digits, / _ - +).
std::optional<ZoneName> ReadIanaId(const Tokens& t, size_t k) {
  if (k + 2 >= t.size() || !t[k + 1].IsPunct('/') || t[k + 1].space_before) return std::nullopt;
  const auto& ids = IanaIds();
  std::string spelled;
  std::optional<ZoneName> best;
  for (size_t i = k; i < t.size() && i < k + 12; ++i) {
    const Token& tok = t[i];
    if (i > k && tok.space_before) break;
    bool part = tok.kind != Token::Kind::kPunct || tok.IsPunct('/') || tok.IsPunct('_') ||
                tok.IsPunct('-') || tok.IsPunct('+');
    if (!part) break;
    spelled += tok.text;
    auto it = ids.find(spelled);
    if (it != ids.end()) {
      best = ZoneName{};
      best->rules = it->second;
      best->last = i;
    }
  }
  return best;
}

std::string FormatOffset(int minutes) {
  std::string out = minutes < 0 ? "-" : "+";
  int a = minutes < 0 ? -minutes : minutes;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d", a / 60, a % 60);
  return out + buf;
}

bool Listed(std::string_view list, std::string_view item) {
  if (item.empty()) return false;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t end = list.find(' ', pos);
    if (end == std::string_view::npos) end = list.size();
    if (list.substr(pos, end - pos) == item) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace

void HintParts(const DateContext& ctx, std::string* language, std::string* country) {
  const std::string& h = ctx.language_hint;
  const size_t cut = h.find_first_of("-_");
  *language = PrimaryLanguage(h);
  std::string region = cut == std::string::npos ? "" : h.substr(cut + 1);
  const std::string& from = ctx.country.empty() ? region : ctx.country;
  for (char c : from) *country += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
}

std::optional<ZoneName> ReadZoneName(const Tokens& t, size_t k, const DateContext& ctx) {
  if (k >= t.size() || t[k].kind != Token::Kind::kWord) return std::nullopt;
  if (std::optional<ZoneName> iana = ReadIanaId(t, k)) return iana;
  const ZoneAbbreviation* fallback = nullptr;
  const ZoneAbbreviation* chosen = nullptr;
  int readings = 0;
  std::string language, country;
  HintParts(ctx, &language, &country);
  for (const ZoneAbbreviation& z : ZoneAbbreviations()) {
    if (z.name != t[k].text || !(z.any_case || t[k].caps)) continue;
    ++readings;
    if (z.chosen_by.empty()) {
      fallback = &z;
    } else if (Listed(z.chosen_by, country) ||
               (chosen == nullptr && Listed(z.chosen_by, language))) {
      // A country choice beats a language choice.
      if (chosen == nullptr || Listed(z.chosen_by, country)) chosen = &z;
    }
  }
  const ZoneAbbreviation* z = chosen != nullptr ? chosen : fallback;
  if (z == nullptr) return std::nullopt;
  ZoneName out;
  out.last = k;
  std::string upper;
  for (char c : z->name) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (z->military) {
    out.warning = "military zone letter " + upper +
                  " ignored (RFC 2822 §4.3: RFC 822 gave these letters the wrong sign)";
    return out;
  }
  if (!z->rules.empty()) {
    out.rules = std::string(z->rules);
    return out;
  }
  out.offset_minutes = z->offset_minutes;
  if (readings > 1 && chosen == nullptr) {
    out.warning = upper + " read as " + std::string(z->meaning) + " (" +
                  FormatOffset(z->offset_minutes) +
                  "), its most common reading: the abbreviation is ambiguous and neither the "
                  "site's country nor its language chose another";
  }
  return out;
}

Result<ZoneOffset> ZoneOffsetAt(const std::string& id, const ParsedDate& local) {
  std::unique_ptr<icu::TimeZone> zone(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
  if (zone == nullptr || *zone == icu::TimeZone::getUnknown()) {
    return Status::InvalidArgument("unknown time zone " + id);
  }
  const UDate wall =
      (static_cast<double>(DaysFromCivil(local.year, local.month, local.day)) * 86400.0 +
       local.hour * 3600.0 + local.minute * 60.0 + local.second) *
      1000.0;
  UErrorCode status = U_ZERO_ERROR;
  // The offset in force at a UTC instant, in minutes.
  auto offset_at = [&](UDate utc) {
    int32_t raw = 0, dst = 0;
    zone->getOffset(utc, /*local=*/false, raw, dst, status);
    return static_cast<int>((raw + dst) / 60000);
  };
  int32_t raw = 0, dst = 0;
  zone->getOffset(wall, /*local=*/true, raw, dst, status);
  ZoneOffset out{static_cast<int>((raw + dst) / 60000), ""};
  // A change of offset within a day of the wall time: the wall time may have been
  // skipped (clocks forward) or lived twice (clocks back). Each offset around the change
  // is a reading when the instant it gives has that offset.
  constexpr UDate kDay = 86400.0 * 1000.0;
  const int before = offset_at(wall - kDay), after = offset_at(wall + kDay);
  if (before != after) {
    auto holds = [&](int offset) { return offset_at(wall - offset * 60000.0) == offset; };
    const bool first = holds(before), second = holds(after);
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", local.hour, local.minute);
    const std::string when = std::string(hm) + " on " + local.IsoDate() + " in " + id;
    if (!first && !second) {
      out.warning = when + " does not exist (the clocks went forward): read with the offset " +
                    "before the change (" + FormatOffset(out.minutes) + ")";
    } else if (first && second) {
      out.warning = when + " happened twice (the clocks went back): read as the " +
                    (out.minutes == after ? "second" : "first") + " (" + FormatOffset(out.minutes) +
                    ")";
    }
  }
  if (U_FAILURE(status)) return Status::InvalidArgument("no offset known for time zone " + id);
  return out;
}

}  // namespace newsdesk::dates_internal
