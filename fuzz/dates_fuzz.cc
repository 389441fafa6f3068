// Fuzz target for the date parser: any bytes, with and without a reference time and a
// language hint and country. Checks the contract: a success is a real Gregorian date
// whose raw span is a substring of the input, printed to its precision, with a possible
// offset (at most 14 hours) and a UTC instant exactly when a time and offset are known;
// a failure is InvalidArgument with a reason.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsdesk/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  newsdesk::DateContext ctx;
  if (size > 0 && (data[0] & 1)) {
    ctx.reference = std::chrono::system_clock::time_point(std::chrono::seconds(1771063200));
    ctx.language_hint = (data[0] & 2) ? "en-US" : (data[0] & 16) ? "hr" : "fr";
    if (data[0] & 32) ctx.language_hint = (data[0] & 64) ? "fa" : "ar";  // Hijri readings
    ctx.plain_adar_in_leap_year =
        (data[0] & 4) ? newsdesk::PlainAdar::kAdarII : newsdesk::PlainAdar::kReject;
    ctx.country = (data[0] & 8) ? "IL" : "";
  }
  newsdesk::Result<newsdesk::ParsedDate> r = newsdesk::ParseDate(text, ctx);
  if (r.ok()) {
    const newsdesk::ParsedDate& d = *r;
    bool valid = d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 && d.year >= 1 &&
                 d.year <= 9999 && d.hour >= 0 && d.hour < 24 && d.minute >= 0 && d.minute < 60 &&
                 d.second >= 0 && d.second < 60;
    const size_t iso_size = d.precision == newsdesk::DatePrecision::kYear    ? 4
                            : d.precision == newsdesk::DatePrecision::kMonth ? 7
                                                                             : 10;
    const bool timed = d.precision == newsdesk::DatePrecision::kMinute ||
                       d.precision == newsdesk::DatePrecision::kSecond;
    const bool offset_ok = !d.utc_offset_minutes ||
                           (*d.utc_offset_minutes >= -14 * 60 && *d.utc_offset_minutes <= 14 * 60);
    const bool utc_ok =
        d.UtcDateTime().empty() == !(d.has_time && d.utc_offset_minutes.has_value());
    if (!valid || text.find(d.raw) == std::string_view::npos || d.IsoDate().size() != iso_size ||
        timed != d.has_time || !offset_ok || !utc_ok) {
      std::abort();
    }
  } else if (!r.status().IsInvalidArgument() || r.status().message().empty()) {
    std::abort();
  }
  return 0;
}
