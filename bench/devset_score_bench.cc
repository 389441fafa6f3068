// The extractor's quality bench on the extraction dev set (../shared/devsets/extraction):
// recall of must_contain snippets, rejection of must_not_contain snippets and F1, over
// all pages and per language, the pages classified as no article, and single-core speed
// of Decode + Extract over the same pages (the calling thread's CPU time, so that other
// processes on a shared machine do not skew it).
//
//   build/bench/devset_score_bench [DEVSET_DIR] [-v]
//
// -v lists every missing and leaked snippet per page. A page classified as no article
// (error page, wall, index, no text) is not stored, so it scores as an empty text.
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#include "testing/devset_score.h"

int main(int argc, char** argv) {
  std::string dir = NEWSDESK_DEVSET_DIR;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-v") == 0)
      verbose = true;
    else
      dir = argv[i];
  }
  newsdesk::testing::DevsetScore s = newsdesk::testing::ScoreDevset(dir);
  if (s.pages == 0) {
    std::fprintf(stderr, "no dev set at %s\n", dir.c_str());
    return 2;
  }
  std::map<std::string, newsdesk::testing::DevsetScore> by_lang;
  for (const auto& r : s.results) {
    if (verbose) {
      for (const auto& m : r.missing) std::printf("MISS %s :: %s\n", r.page.c_str(), m.c_str());
      for (const auto& l : r.leaked) std::printf("LEAK %s :: %s\n", r.page.c_str(), l.c_str());
      if (r.failed) std::printf("FAIL %s\n", r.page.c_str());
    }
    if (r.page_class != newsdesk::PageClass::kArticle)
      std::printf("NOT-ARTICLE %s :: %s: %s\n", r.page.c_str(),
                  newsdesk::PageClassName(r.page_class), r.page_class_reason.c_str());
    auto& l = by_lang[r.lang.empty() ? "(none)" : r.lang];
    ++l.pages;
    l.contain_total += r.contain_total;
    l.contain_found += r.contain_found;
    l.reject_total += r.reject_total;
    l.reject_absent += r.reject_absent;
  }
  std::printf("%-7s %5s %8s %9s %7s\n", "lang", "pages", "recall", "rejection", "F1");
  for (const auto& [lang, l] : by_lang)
    std::printf("%-7s %5d %8.4f %9.4f %7.4f\n", lang.c_str(), l.pages, l.recall(), l.rejection(),
                l.f1());
  std::printf("speed: %.0f pages/s, %.1f MB/s (decode + extract, one core, %.2f CPU s)\n",
              s.pages / s.cpu_seconds, s.bytes / 1e6 / s.cpu_seconds, s.cpu_seconds);
  std::printf("pages %d  recall %.4f (%d/%d)  rejection %.4f (%d/%d)  F1 %.4f\n", s.pages,
              s.recall(), s.contain_found, s.contain_total, s.rejection(), s.reject_absent,
              s.reject_total, s.f1());
  return 0;
}
