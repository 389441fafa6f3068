// Scores the extractor on the extraction dev set (../shared/devsets/extraction, see its
// README): each page is decoded and extracted, then its must_contain / must_not_contain
// snippets are tested by substring after whitespace normalization. Header-only so that the
// CTest test and the bench binary share it.
#ifndef NEWSDESK_TESTING_DEVSET_SCORE_H_
#define NEWSDESK_TESTING_DEVSET_SCORE_H_

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsdesk/decode.h"
#include "newsdesk/extract.h"

namespace newsdesk::testing {

struct DevsetPageResult {
  std::string page;
  std::vector<std::string> missing;  // must_contain not found
  std::vector<std::string> leaked;   // must_not_contain found
  bool failed = false;               // decode or extract returned an error
};

struct DevsetScore {
  int pages = 0;
  int contain_total = 0, contain_found = 0;
  int reject_total = 0, reject_absent = 0;
  std::vector<DevsetPageResult> results;

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
    std::string bytes = ReadFileBytes(dir / r.page);
    std::string text;
    auto decoded = Decode(bytes, "");
    if (decoded.ok()) {
      auto ex = Extract(decoded->text, url);
      if (ex.ok())
        text = NormalizeWs(ex->text);
      else
        r.failed = true;
    } else {
      r.failed = true;
    }
    ++score.pages;
    for (const auto& s : rec["must_contain"]) {
      ++score.contain_total;
      std::string snip = NormalizeWs(s.get<std::string>());
      if (text.find(snip) != std::string::npos)
        ++score.contain_found;
      else
        r.missing.push_back(snip);
    }
    for (const auto& s : rec["must_not_contain"]) {
      ++score.reject_total;
      std::string snip = NormalizeWs(s.get<std::string>());
      if (text.find(snip) == std::string::npos)
        ++score.reject_absent;
      else
        r.leaked.push_back(snip);
    }
    score.results.push_back(std::move(r));
  }
  return score;
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_DEVSET_SCORE_H_
