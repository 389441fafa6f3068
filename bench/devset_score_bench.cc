// Prints the extractor's dev-set score: recall of must_contain snippets, rejection of
// must_not_contain snippets and F1 over all of them (see ../shared/devsets/extraction).
//
//   build/bench/devset_score_bench [DEVSET_DIR] [-v]
//
// -v lists every missing and leaked snippet per page.
#include <cstdio>
#include <cstring>
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
  if (verbose) {
    for (const auto& r : s.results) {
      for (const auto& m : r.missing) std::printf("MISS %s :: %s\n", r.page.c_str(), m.c_str());
      for (const auto& l : r.leaked) std::printf("LEAK %s :: %s\n", r.page.c_str(), l.c_str());
      if (r.failed) std::printf("FAIL %s\n", r.page.c_str());
    }
  }
  std::printf("pages %d  recall %.4f (%d/%d)  rejection %.4f (%d/%d)  F1 %.4f\n", s.pages,
              s.recall(), s.contain_found, s.contain_total, s.rejection(), s.reject_absent,
              s.reject_total, s.f1());
  return 0;
}
