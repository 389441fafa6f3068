// Scores an extractor on the extraction dev set (../shared/devsets/extraction, see its
// README): each page's text is tested for its must_contain / must_not_contain snippets by
// substring after the display normalization users get (NFC, no invisible characters:
// NormalizeText) and whitespace normalization of both. The extractor is newsdesk's Decode +
// Extract (ScoreDevset) or the texts another extractor wrote (ScoreDevsetTexts), so that
// every extractor goes through the same scorer. Header-only so that the CTest test and the
// bench binary share it.
#ifndef NEWSDESK_TESTING_DEVSET_SCORE_H_
#define NEWSDESK_TESTING_DEVSET_SCORE_H_

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <time.h>

#include "newsdesk/decode.h"
#include "newsdesk/extract.h"
#include "newsdesk/normalize.h"

namespace newsdesk::testing {

// One record of expectations.json with its page's bytes.
struct DevsetPage {
  std::string page;  // relative to the dev set's folder
  std::string url;   // "" when the record has none
  std::string lang;  // as the dev set records it; "" when none
  std::string bytes;
  std::vector<std::string> must_contain, must_not_contain;
};

struct DevsetPageResult {
  std::string page;
  std::string lang;  // as the dev set records it; "" when none
  int contain_total = 0, contain_found = 0;
  int reject_total = 0, reject_absent = 0;
  PageClass page_class = PageClass::kArticle;
  std::string page_class_reason;
  std::vector<std::string> missing;  // must_contain not found
  std::vector<std::string> leaked;   // must_not_contain found
  bool failed = false;               // the extractor gave no answer for the page
};

struct DevsetScore {
  int pages = 0;
  int contain_total = 0, contain_found = 0;
  int reject_total = 0, reject_absent = 0;
  std::vector<DevsetPageResult> results;
  size_t bytes = 0;        // HTML read
  double cpu_seconds = 0;  // the calling thread's CPU time in the extractor

  double recall() const { return contain_total ? double(contain_found) / contain_total : 0; }
  double rejection() const { return reject_total ? double(reject_absent) / reject_total : 0; }
  // 2tp / (2tp + fp + fn), as in the dev set's README.
  double f1() const {
    int tp = contain_found, fn = contain_total - contain_found;
    int fp = reject_total - reject_absent;
    return (2.0 * tp + fp + fn) > 0 ? 2.0 * tp / (2.0 * tp + fp + fn) : 0;
  }
};

// What an extractor made of one page.
struct PageText {
  std::string text;  // scored as it is; a page that is no article scores as ""
  PageClass page_class = PageClass::kArticle;
  std::string page_class_reason;
  bool failed = false;
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

// The dev set in `dir`, pages read; empty when expectations.json is missing or malformed.
inline std::vector<DevsetPage> LoadDevset(const std::filesystem::path& dir) {
  std::vector<DevsetPage> pages;
  std::ifstream in(dir / "expectations.json");
  if (!in) return pages;
  nlohmann::json records = nlohmann::json::parse(in, nullptr, false);
  if (!records.is_array()) return pages;
  for (const auto& rec : records) {
    DevsetPage p;
    p.page = rec.value("page", "");
    if (rec["url"].is_string()) p.url = rec["url"].get<std::string>();
    if (rec["lang"].is_string()) p.lang = rec["lang"].get<std::string>();
    p.bytes = ReadFileBytes(dir / p.page);
    for (const auto& s : rec["must_contain"]) p.must_contain.push_back(s.get<std::string>());
    for (const auto& s : rec["must_not_contain"])
      p.must_not_contain.push_back(s.get<std::string>());
    pages.push_back(std::move(p));
  }
  return pages;
}

// Scores `extract` over `pages`, timing it on the calling thread.
inline DevsetScore ScoreDevsetWith(const std::vector<DevsetPage>& pages,
                                   const std::function<PageText(const DevsetPage&)>& extract) {
  DevsetScore score;
  for (const DevsetPage& p : pages) {
    DevsetPageResult r;
    r.page = p.page;
    r.lang = p.lang;
    score.bytes += p.bytes.size();
    const double t0 = ThreadCpuSeconds();
    PageText out = extract(p);
    score.cpu_seconds += ThreadCpuSeconds() - t0;
    r.page_class = out.page_class;
    r.page_class_reason = std::move(out.page_class_reason);
    r.failed = out.failed;
    // A page classified as no article is not stored: it scores as an empty text.
    const std::string text = r.page_class == PageClass::kArticle && !r.failed
                                 ? NormalizeWs(NormalizeText(out.text))
                                 : std::string();
    ++score.pages;
    for (const auto& s : p.must_contain) {
      ++score.contain_total;
      ++r.contain_total;
      std::string snip = NormalizeWs(NormalizeText(s));
      if (text.find(snip) != std::string::npos) {
        ++score.contain_found;
        ++r.contain_found;
      } else {
        r.missing.push_back(snip);
      }
    }
    for (const auto& s : p.must_not_contain) {
      ++score.reject_total;
      ++r.reject_total;
      std::string snip = NormalizeWs(NormalizeText(s));
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

// newsdesk's Decode + Extract of one page.
inline PageText NewsdeskPageText(const DevsetPage& p) {
  PageText out;
  auto decoded = Decode(p.bytes, "");
  Result<Extracted> ex = Status::InvalidArgument("not decoded");
  if (decoded.ok()) ex = Extract(decoded->text, p.url);
  if (!ex.ok()) {
    out.failed = true;
    return out;
  }
  out.text = std::move(ex->text);
  out.page_class = ex->page_class;
  out.page_class_reason = std::move(ex->page_class_reason);
  return out;
}

// Runs newsdesk over the whole dev set in `dir`. Returns pages == 0 when it is missing.
// The score of each language the dev set records ("(none)": pages without one).
inline std::map<std::string, DevsetScore> ScoreByLanguage(const DevsetScore& s) {
  std::map<std::string, DevsetScore> by_lang;
  for (const auto& r : s.results) {
    auto& l = by_lang[r.lang.empty() ? "(none)" : r.lang];
    ++l.pages;
    l.contain_total += r.contain_total;
    l.contain_found += r.contain_found;
    l.reject_total += r.reject_total;
    l.reject_absent += r.reject_absent;
  }
  return by_lang;
}

inline DevsetScore ScoreDevset(const std::filesystem::path& dir) {
  return ScoreDevsetWith(LoadDevset(dir), NewsdeskPageText);
}

// What another extractor made of each page, keyed by page: its text, or nullopt when it
// found no article.
using ExtractorTexts = std::map<std::string, std::optional<std::string>>;

// Reads another extractor's output, one JSON object a line: {"page": PAGE, "text": TEXT or
// null}. nullopt when the file cannot be read or a line is not such an object.
inline std::optional<ExtractorTexts> LoadExtractorTexts(const std::filesystem::path& jsonl) {
  std::ifstream in(jsonl);
  if (!in) return std::nullopt;
  ExtractorTexts texts;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("page") || !j["page"].is_string()) return std::nullopt;
    auto& t = texts[j["page"].get<std::string>()];
    if (j.contains("text") && j["text"].is_string()) t = j["text"].get<std::string>();
  }
  return texts;
}

// Scores another extractor's texts over `pages`. A page it found no article in is no_text
// and scores as an empty text, as newsdesk's pages classified as no article do; a page
// missing from `texts` is failed (and scores as an empty text).
inline DevsetScore ScoreDevsetTexts(const std::vector<DevsetPage>& pages,
                                    const ExtractorTexts& texts) {
  return ScoreDevsetWith(pages, [&](const DevsetPage& p) {
    PageText out;
    auto it = texts.find(p.page);
    if (it == texts.end()) {
      out.failed = true;
    } else if (it->second) {
      out.text = *it->second;
    } else {
      out.page_class = PageClass::kEmpty;
      out.page_class_reason = "the extractor found no article";
    }
    return out;
  });
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_DEVSET_SCORE_H_
