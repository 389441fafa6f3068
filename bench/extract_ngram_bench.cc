// Prints the extractor's score on samples/ under the held-out metric of issue 3 (word
// 4-grams, per-page precision and recall averaged, F1 of the averages), per page and in
// total, against the body-container references and (when present) the seed texts.
//
//   build/bench/extract_ngram_bench [SAMPLES_DIR [REFS_DIR [SEEDS_DIR]]]
#include <cstdio>
#include <string>

#include "testing/ngram_score.h"
#include "testing/samples_score.h"

int main(int argc, char** argv) {
  std::string src = NEWSDESK_SOURCE_DIR;
  std::string samples = argc > 1 ? argv[1] : src + "/samples";
  std::string refs = argc > 2 ? argv[2] : src + "/tests/data/extract/sample_refs";
  std::string seeds = argc > 3 ? argv[3] : src + "/../shared/seeds";
  auto pages = newsdesk::testing::ScoreSamples(samples, refs, seeds);
  if (pages.empty()) {
    std::fprintf(stderr, "no samples at %s\n", samples.c_str());
    return 2;
  }
  newsdesk::testing::NgramCorpusScore container, seed;
  for (const auto& p : pages) {
    std::printf("%-60s P %.4f R %.4f%s\n", p.file.c_str(), p.vs_container.precision,
                p.vs_container.recall, p.failed ? "  FAILED" : "");
    container.Add(p.vs_container);
    if (p.vs_seed) seed.Add(*p.vs_seed);
  }
  std::printf("container refs: pages %d  P %.4f  R %.4f  F1 %.4f\n", container.pages,
              container.precision(), container.recall(), container.f1());
  if (seed.pages)
    std::printf("seed texts:     pages %d  P %.4f  R %.4f  F1 %.4f\n", seed.pages, seed.precision(),
                seed.recall(), seed.f1());
  return 0;
}
