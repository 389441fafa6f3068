// Text stage throughput: dates parsed per second by form, and normalization, match keys,
// word splitting and language id in MB/s over the seed articles.
//
//   cmake --build build --target dates_bench -j2 && ./build/bench/dates_bench
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "newsdesk/dates.h"
#include "newsdesk/language.h"
#include "newsdesk/normalize.h"

namespace {

void ParseForm(benchmark::State& state, const char* text) {
  newsdesk::DateContext ctx;
  ctx.reference = std::chrono::system_clock::now();
  ctx.language_hint = "en-US";
  for (auto _ : state) {
    auto r = newsdesk::ParseDate(text, ctx);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_CAPTURE(ParseForm, hebrew_gematriya, "כ\"ז שבט תשפ\"ו");
BENCHMARK_CAPTURE(ParseForm, hebrew_weekday_prefix, "יום שבת, כ״ז בשבט ה׳תשפ״ו");
BENCHMARK_CAPTURE(ParseForm, hebrew_digits, "27 שבט 5786");
BENCHMARK_CAPTURE(ParseForm, hebrew_invalid, "ל' חשון תשפ\"ו");
BENCHMARK_CAPTURE(ParseForm, iso8601, "2026-02-14T10:00:00+02:00");
BENCHMARK_CAPTURE(ParseForm, rfc2822, "Sat, 14 Feb 2026 10:00:00 +0200");
BENCHMARK_CAPTURE(ParseForm, month_name_en, "February 14, 2026 at 3:30 pm");
BENCHMARK_CAPTURE(ParseForm, month_name_ar, "السبت، 14 فبراير 2026");
BENCHMARK_CAPTURE(ParseForm, numeric, "02/14/2026");
BENCHMARK_CAPTURE(ParseForm, relative, "vor 2 Stunden");
BENCHMARK_CAPTURE(ParseForm, islamic, "١٥ رمضان ١٤٤٧ هـ");
BENCHMARK_CAPTURE(ParseForm, persian, "۲۵ بهمن ۱۴۰۴");
BENCHMARK_CAPTURE(ParseForm, no_date, "The United States military has completed the transfer");

// The seed articles (five outlets, English, Yiddish, Arabic-script names), concatenated;
// a synthetic mix when the shared folder is absent.
const std::string& Corpus() {
  static const std::string corpus = [] {
    std::string all;
    std::filesystem::path dir =
        std::filesystem::path(NEWSDESK_SOURCE_DIR) / ".." / "shared" / "seeds";
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      all += ss.str();
    }
    if (all.empty()) {
      for (int i = 0; i < 2000; ++i)
        all += "Café déjà vu — כ\"ז שבט תשפ\"ו, مُحَمَّد \u200Ftext\u00AD here.\n\n";
    }
    return all;
  }();
  return corpus;
}

template <typename F>
void OverCorpus(benchmark::State& state, F f) {
  const std::string& text = Corpus();
  for (auto _ : state) {
    auto r = f(text);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void NormalizeText(benchmark::State& state) {
  OverCorpus(state, [](const std::string& s) { return newsdesk::NormalizeText(s); });
}
void MatchKey(benchmark::State& state) {
  OverCorpus(state, [](const std::string& s) { return newsdesk::MatchKey(s); });
}
void Words(benchmark::State& state) {
  OverCorpus(state, [](const std::string& s) { return newsdesk::Words(s); });
}
void DetectLanguage(benchmark::State& state) {
  OverCorpus(state, [](const std::string& s) { return newsdesk::DetectLanguage(s); });
}
BENCHMARK(NormalizeText);
BENCHMARK(MatchKey);
BENCHMARK(Words);
BENCHMARK(DetectLanguage);

}  // namespace

BENCHMARK_MAIN();
