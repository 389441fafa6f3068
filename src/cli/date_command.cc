// `newsdesk date [TEXT...]`: dates in any supported calendar -> ISO, one JSON object per
// input (each argument, or each line of stdin when there are none):
//   {"input": "...", "date": "2026-02-14" | null, "calendar": "hebrew" | ... | null,
//    "error": null | "reason", "datetime": "2026-02-14T10:00:00+02:00" | null,
//    "raw": "the span the date was read from" | null,
//    "precision": "year" | "month" | "day" | "minute" | "second" | null,
//    "utc": "2026-02-14T08:00:00Z" (when a time and offset are known) | null,
//    "warnings": ["what was unsure or left out", ...]}
// The field names are a contract (DESIGN.md). Exit 0 when every input parsed, 1 when
// some did not (each reported), 2 on a usage error.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.h"
#include "newsdesk/dates.h"

namespace newsdesk::cli {
namespace {

struct DateOptions {
  std::vector<std::string> texts;
  std::string lang;
  std::string country;
  std::string reference;
  std::string adar = "reject";
};

nlohmann::json ToJson(std::string_view input, const Result<ParsedDate>& r) {
  nlohmann::json j;
  j["input"] = input;
  if (r.ok()) {
    j["date"] = r->IsoDate();
    j["calendar"] = CalendarName(r->calendar);
    j["error"] = nullptr;
    j["datetime"] = r->IsoDateTime();
    j["raw"] = r->raw;
    j["precision"] = PrecisionName(r->precision);
    std::string utc = r->UtcDateTime();
    j["utc"] = utc.empty() ? nlohmann::json(nullptr) : nlohmann::json(utc);
    j["warnings"] = r->warnings;
  } else {
    j["date"] = nullptr;
    j["calendar"] = nullptr;
    j["error"] = std::string(r.status().message());
    j["datetime"] = nullptr;
    j["raw"] = nullptr;
    j["precision"] = nullptr;
    j["utc"] = nullptr;
    j["warnings"] = nlohmann::json::array();
  }
  return j;
}

// The reference time for relative dates: --reference (any date ParseDate reads, with
// a time and zone for precision), or now.
Result<std::chrono::system_clock::time_point> Reference(const std::string& text) {
  if (text.empty()) return std::chrono::system_clock::now();
  Result<ParsedDate> r = ParseDate(text);
  if (!r.ok()) return Status::InvalidArgument("--reference: " + std::string(r.status().message()));
  using namespace std::chrono;
  sys_days day = year_month_day{year{r->year}, month{static_cast<unsigned>(r->month)},
                                std::chrono::day{static_cast<unsigned>(r->day)}};
  system_clock::time_point t = day + hours{r->hour} + minutes{r->minute} + seconds{r->second};
  if (r->utc_offset_minutes) t -= minutes{*r->utc_offset_minutes};
  return t;
}

int Run(const DateOptions& opts) {
  DateContext ctx;
  ctx.language_hint = opts.lang;
  ctx.country = opts.country;
  if (opts.adar == "adar2") {
    ctx.plain_adar_in_leap_year = PlainAdar::kAdarII;
  } else if (opts.adar == "adar1") {
    ctx.plain_adar_in_leap_year = PlainAdar::kAdarI;
  }
  Result<std::chrono::system_clock::time_point> ref = Reference(opts.reference);
  if (!ref.ok()) {
    std::cerr << "newsdesk date: " << ref.status().message() << "\n";
    return kExitUsage;
  }
  ctx.reference = *ref;
  bool all_ok = true;
  auto one = [&](std::string_view input) {
    Result<ParsedDate> r = ParseDate(input, ctx);
    all_ok = all_ok && r.ok();
    std::cout << ToJson(input, r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  };
  if (!opts.texts.empty()) {
    for (const std::string& t : opts.texts) one(t);
  } else {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      one(line);
    }
  }
  std::cout.flush();
  return all_ok ? kExitOk : kExitSomeFailed;
}

const bool kRegistered = RegisterCommand({
    "date",
    "Dates in any supported calendar -> ISO (stdin lines when no TEXT)",
    [](CLI::App& sub) -> std::function<int()> {
      auto opts = std::make_shared<DateOptions>();
      sub.add_option("text", opts->texts, "Texts holding one date each (default: stdin lines)");
      sub.add_option("--lang", opts->lang,
                     "Language hint (BCP 47) for numeric day/month order, e.g. en-US, de");
      sub.add_option("--country", opts->country,
                     "Site country (ISO 3166, e.g. IL, IN) for ambiguous zone names like IST");
      sub.add_option("--reference", opts->reference,
                     "Reference time for relative dates (ISO 8601; default: now)");
      sub.add_option("--adar", opts->adar,
                     "Plain Adar in a Hebrew leap year: reject (default), adar2, adar1")
          ->check(CLI::IsMember({"reject", "adar2", "adar1"}));
      return [opts] { return Run(*opts); };
    },
    60,
});

}  // namespace
}  // namespace newsdesk::cli
