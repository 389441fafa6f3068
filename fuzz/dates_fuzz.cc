// Fuzz target for the date parser: any bytes, with and without a reference time and a
// language hint. Checks the contract: a success is a real Gregorian date whose raw span
// is a substring of the input; a failure is InvalidArgument with a reason.
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
    ctx.language_hint = (data[0] & 2) ? "en-US" : "fr";
    ctx.plain_adar_in_leap_year =
        (data[0] & 4) ? newsdesk::PlainAdar::kAdarII : newsdesk::PlainAdar::kReject;
  }
  newsdesk::Result<newsdesk::ParsedDate> r = newsdesk::ParseDate(text, ctx);
  if (r.ok()) {
    const newsdesk::ParsedDate& d = *r;
    bool valid = d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 && d.year >= 1 &&
                 d.year <= 9999 && d.hour >= 0 && d.hour < 24 && d.minute >= 0 && d.minute < 60 &&
                 d.second >= 0 && d.second < 60;
    if (!valid || text.find(d.raw) == std::string_view::npos || d.IsoDate().size() != 10) {
      std::abort();
    }
  } else if (!r.status().IsInvalidArgument() || r.status().message().empty()) {
    std::abort();
  }
  return 0;
}
