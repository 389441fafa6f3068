// Scores the extractor on the extraction dev set (../shared/devsets/extraction, see its
// README): each page is decoded and extracted, then its must_contain / must_not_contain
// snippets are tested by substring after the display normalization users get (NFC, no
// invisible characters: NormalizeText) and whitespace normalization of both. Header-only so that
// the CTest test and the bench binary share it.
#ifndef NEWSDESK_TESTING_DEVSET_SCORE_H_
#define NEWSDESK_TESTING_DEVSET_SCORE_H_

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <time.h>

#include "newsdesk/decode.h"
#include "newsdesk/extract.h"
#include "newsdesk/normalize.h"

namespace newsdesk::testing {

struct DevsetPageResult {
  std::string page;
  std::string lang;  // as the dev set records it; "" when none
  int contain_total = 0, contain_found = 0;
  int reject_total = 0, reject_absent = 0;
  PageClass page_class = PageClass::kArticle;
  std::string page_class_reason;
  std::vector<std::string> missing;  // must_contain not found
  std::vector<std::string> leaked;   // must_not_contain found
  bool failed = false;               // decode or extract returned an error
};

struct DevsetScore {
  int pages = 0;
  int contain_total = 0, contain_found = 0;
  int reject_total = 0, reject_absent = 0;
  std::vector<DevsetPageResult> results;
  size_t bytes = 0;        // HTML read
  double cpu_seconds = 0;  // the calling thread's CPU time in Decode + Extract

  double recall() const { return contain_total ? double(contain_found) / contain_total : 0; }
  double rejection() const { return reject_total ? double(reject_absent) / reject_total : 0; }
  // 2tp / (2tp + fp + fn), as in the dev set's README.
  double f1() const {
    int tp = contain_found, fn = contain_total - contain_found;
    int fp = reject_total - reject_absent;
    return (2.0 * tp + fp + fn) > 0 ? 2.0 * tp / (2.0 * tp + fp + fn) : 0;
  }
};

// Whitespace runs (ASCII and U+00A0) become one space; trimmed.
inline std::string NormalizeWs(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

inline double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

inline std::string ReadFileBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Runs the whole dev set in `dir`. Returns pages == 0 when expectations.json is missing.
inline DevsetScore ScoreDevset(const std::filesystem::path& dir) {
  DevsetScore score;
  std::ifstream in(dir / "expectations.json");
  if (!in) return score;
  nlohmann::json records = nlohmann::json::parse(in, nullptr, false);
  if (!records.is_array()) return score;
  for (const auto& rec : records) {
    DevsetPageResult r;
    r.page = rec.value("page", "");
    std::string url = rec["url"].is_string() ? rec["url"].get<std::string>() : "";
    r.lang = rec["lang"].is_string() ? rec["lang"].get<std::string>() : "";
    std::string bytes = ReadFileBytes(dir / r.page);
    score.bytes += bytes.size();
    std::string text;
    const double t0 = ThreadCpuSeconds();
    auto decoded = Decode(bytes, "");
    Result<Extracted> ex = Status::InvalidArgument("not decoded");
    if (decoded.ok()) ex = Extract(decoded->text, url);
    score.cpu_seconds += ThreadCpuSeconds() - t0;
    if (ex.ok()) {
      // A page classified as no article is not stored: it scores as an empty text.
      r.page_class = ex->page_class;
      r.page_class_reason = ex->page_class_reason;
      if (r.page_class == PageClass::kArticle) text = NormalizeWs(NormalizeText(ex->text));
    } else {
      r.failed = true;
    }
    ++score.pages;
    for (const auto& s : rec["must_contain"]) {
      ++score.contain_total;
      ++r.contain_total;
      std::string snip = NormalizeWs(NormalizeText(s.get<std::string>()));
      if (text.find(snip) != std::string::npos) {
        ++score.contain_found;
        ++r.contain_found;
      } else {
        r.missing.push_back(snip);
      }
    }
    for (const auto& s : rec["must_not_contain"]) {
      ++score.reject_total;
      ++r.reject_total;
      std::string snip = NormalizeWs(NormalizeText(s.get<std::string>()));
      if (text.find(snip) == std::string::npos) {
        ++score.reject_absent;
        ++r.reject_absent;
      } else {
        r.leaked.push_back(snip);
      }
    }
    score.results.push_back(std::move(r));
  }
  return score;
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_DEVSET_SCORE_H_
