// The extractor's quality bench on the extraction dev set (../shared/devsets/extraction):
// recall of must_contain snippets, rejection of must_not_contain snippets and F1, over
// all pages and per language, the pages classified as no article, and single-core speed
// of Decode + Extract over the same pages (the calling thread's CPU time, so that other
// processes on a shared machine do not skew it).
//
//   build/bench/devset_score_bench [DEVSET_DIR] [-v] [--write-decoded DIR]
//                                  [--texts NAME=FILE.jsonl]... [--scramble-attributes]
//
// -v lists every missing and leaked snippet per page. A page classified as no article
// (error page, wall, index, no text) is not stored, so it scores as an empty text.
// --write-decoded only writes each page as newsdesk decodes it (UTF-8, same relative path
// under DIR): the input bench/compare_extractors.sh gives other extractors.
// --texts scores another extractor's texts (JSONL, {"page", "text"}; see
// tests/testing/devset_score.h) with the same scorer and prints its figures beside
// newsdesk's; with -v it also lists, per page, the snippets it finds that newsdesk misses
// (OTHER-FOUND) and the leaks of newsdesk it rejects (OTHER-REJECTED).
// --scramble-attributes also runs newsdesk on each page with its class/id words replaced by
// meaningless tokens ("scrambled"), and with itemprop, role and data-* values replaced too
// ("scrambled+"; see tests/testing/scramble_attributes.h), and prints their figures beside
// the normal ones: how much extraction leans on the words sites name their markup with,
// which held-out sites choose differently. With -v it lists, per page, the snippets
// newsdesk gets right on the page as it is and wrong once scrambled (NORMAL-FOUND,
// NORMAL-REJECTED).
// Exit status: 0, or 2 when the dev set or a texts file is missing or unreadable, or a
// texts file lacks a page.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "testing/devset_score.h"
#include "testing/scramble_attributes.h"

namespace {

using newsdesk::testing::DevsetScore;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The snippets `better` gets right on each page and `worse` gets wrong, as
// "LABEL-FOUND NAME PAGE :: SNIPPET" and "LABEL-REJECTED ...".
void PrintBetter(const char* label, const std::string& name, const DevsetScore& worse,
                 const DevsetScore& better) {
  for (size_t i = 0; i < worse.results.size(); ++i) {
    const auto& a = worse.results[i];
    const auto& b = better.results[i];
    for (const auto& m : a.missing)
      if (!Contains(b.missing, m))
        std::printf("%s-FOUND %s %s :: %s\n", label, name.c_str(), a.page.c_str(), m.c_str());
    for (const auto& l : a.leaked)
      if (!Contains(b.leaked, l))
        std::printf("%s-REJECTED %s %s :: %s\n", label, name.c_str(), a.page.c_str(), l.c_str());
  }
}

bool WriteDecoded(const std::vector<newsdesk::testing::DevsetPage>& pages,
                  const std::filesystem::path& out_dir) {
  for (const auto& p : pages) {
    auto decoded = newsdesk::Decode(p.bytes, "");
    std::filesystem::path out = out_dir / p.page;
    std::error_code ec;
    std::filesystem::create_directories(out.parent_path(), ec);
    std::ofstream f(out, std::ios::binary);
    if (decoded.ok()) f << decoded->text;
    if (!f) {
      std::fprintf(stderr, "cannot write %s\n", out.c_str());
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = NEWSDESK_DEVSET_DIR;
  std::string decoded_dir;
  std::vector<std::pair<std::string, std::string>> others;  // name, JSONL file
  bool verbose = false, scramble = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-v") == 0) {
      verbose = true;
    } else if (std::strcmp(argv[i], "--scramble-attributes") == 0) {
      scramble = true;
    } else if (std::strcmp(argv[i], "--write-decoded") == 0 && i + 1 < argc) {
      decoded_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--texts") == 0 && i + 1 < argc) {
      std::string arg = argv[++i];
      size_t eq = arg.find('=');
      if (eq == std::string::npos || eq == 0) {
        std::fprintf(stderr, "--texts takes NAME=FILE.jsonl\n");
        return 2;
      }
      others.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
    } else {
      dir = argv[i];
    }
  }
  const auto pages = newsdesk::testing::LoadDevset(dir);
  if (pages.empty()) {
    std::fprintf(stderr, "no dev set at %s\n", dir.c_str());
    return 2;
  }
  if (!decoded_dir.empty()) return WriteDecoded(pages, decoded_dir) ? 0 : 2;

  std::vector<std::pair<std::string, DevsetScore>> scores;
  scores.emplace_back(
      "newsdesk", newsdesk::testing::ScoreDevsetWith(pages, newsdesk::testing::NewsdeskPageText));
  // Columns [1, scrambled_end) are newsdesk on scrambled pages, the rest other extractors.
  if (scramble) {
    using newsdesk::testing::ScrambleLevel;
    for (const auto& column : {std::pair{"scrambled", ScrambleLevel::kClassId},
                               std::pair{"scrambled+", ScrambleLevel::kAll}}) {
      const ScrambleLevel level = column.second;
      scores.emplace_back(column.first,
                          newsdesk::testing::ScoreDevsetWith(pages, [level](const auto& p) {
                            newsdesk::testing::DevsetPage scrambled = p;
                            scrambled.bytes = newsdesk::testing::ScrambleAttributes(p.bytes, level);
                            return newsdesk::testing::NewsdeskPageText(scrambled);
                          }));
    }
  }
  const size_t scrambled_end = scores.size();
  for (const auto& [name, file] : others) {
    auto texts = newsdesk::testing::LoadExtractorTexts(file);
    if (!texts) {
      std::fprintf(stderr, "cannot read %s's texts from %s\n", name.c_str(), file.c_str());
      return 2;
    }
    scores.emplace_back(name, newsdesk::testing::ScoreDevsetTexts(pages, *texts));
  }
  const DevsetScore& s = scores.front().second;

  for (const auto& r : s.results) {
    if (verbose) {
      for (const auto& m : r.missing) std::printf("MISS %s :: %s\n", r.page.c_str(), m.c_str());
      for (const auto& l : r.leaked) std::printf("LEAK %s :: %s\n", r.page.c_str(), l.c_str());
    }
    if (r.failed) std::printf("FAIL %s\n", r.page.c_str());
    if (r.page_class != newsdesk::PageClass::kArticle)
      std::printf("NOT-ARTICLE %s :: %s: %s\n", r.page.c_str(),
                  newsdesk::PageClassName(r.page_class), r.page_class_reason.c_str());
  }
  int status = 0;
  for (size_t k = 1; k < scrambled_end && verbose; ++k)
    PrintBetter("NORMAL", scores[k].first, scores[k].second, s);
  for (size_t k = scrambled_end; k < scores.size(); ++k) {
    const auto& [name, other] = scores[k];
    int failed = 0;
    for (const auto& r : other.results) {
      if (r.failed) {
        ++failed;
        std::printf("FAIL %s %s (no line in its texts)\n", name.c_str(), r.page.c_str());
      }
    }
    if (failed) status = 2;
    if (verbose) PrintBetter("OTHER", name, s, other);
  }

  // One row per language, one R / Rej / F1 column group per extractor.
  std::vector<std::map<std::string, DevsetScore>> by_lang;
  for (const auto& [name, sc] : scores) by_lang.push_back(newsdesk::testing::ScoreByLanguage(sc));
  std::printf("%-7s %5s", "lang", "pages");
  for (const auto& [name, sc] : scores) std::printf(" | %-22s", name.c_str());
  std::printf("\n%-7s %5s", "", "");
  for (size_t k = 0; k < scores.size(); ++k) std::printf(" | %6s %6s %8s", "recall", "rej", "F1");
  std::printf("\n");
  for (const auto& [lang, l] : by_lang.front()) {
    std::printf("%-7s %5d", lang.c_str(), l.pages);
    for (const auto& m : by_lang) {
      const DevsetScore& x = m.at(lang);
      std::printf(" | %6.4f %6.4f %8.4f", x.recall(), x.rejection(), x.f1());
    }
    std::printf("\n");
  }
  std::printf("%-7s %5d", "all", s.pages);
  for (const auto& [name, sc] : scores)
    std::printf(" | %6.4f %6.4f %8.4f", sc.recall(), sc.rejection(), sc.f1());
  std::printf("\n");
  std::printf("speed: %.0f pages/s, %.1f MB/s (decode + extract, one core, %.2f CPU s)\n",
              s.pages / s.cpu_seconds, s.bytes / 1e6 / s.cpu_seconds, s.cpu_seconds);
  for (const auto& [name, sc] : scores) {
    int no_text = 0;
    for (const auto& r : sc.results)
      if (r.page_class != newsdesk::PageClass::kArticle) ++no_text;
    std::printf(
        "%-12s pages %d  recall %.4f (%d/%d)  rejection %.4f (%d/%d)  F1 %.4f  no article: %d\n",
        name.c_str(), sc.pages, sc.recall(), sc.contain_found, sc.contain_total, sc.rejection(),
        sc.reject_absent, sc.reject_total, sc.f1(), no_text);
  }
  return status;
}
