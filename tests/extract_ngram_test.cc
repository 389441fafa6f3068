// The held-out metric (issue 3: 4-grams of `\w+` tokens, per-page precision and recall
// averaged, F1 of the averages) and the extractor's score on samples/ under it.
#include <cstdio>
#include <filesystem>

#include <gtest/gtest.h>

#include "newsdesk/extract.h"
#include "testing/ngram_score.h"
#include "testing/samples_score.h"
#include "testing/shared_data.h"

namespace newsdesk {
namespace {

using testing::ScoreNgrams;
using testing::WordTokens;

// The lowest page measured 0.962 when the floor was set (docs/extract.md).
constexpr double kMinPageF1 = 0.955;

TEST(WordTokens, SplitsOnNonWordCharactersInEveryScript) {
  EXPECT_EQ(WordTokens("Iraq's snake_case, 2026-02-14!"),
            (std::vector<std::string>{"Iraq", "s", "snake_case", "2026", "02", "14"}));
  // Hebrew gershayim (") splits like in Python's re; CJK runs stay one token.
  EXPECT_EQ(WordTokens("צה\"ל אמר: 東京都"),
            (std::vector<std::string>{"צה", "ל", "אמר", "東京都"}));
  EXPECT_EQ(WordTokens("Straße ÉTÉ"), (std::vector<std::string>{"Straße", "ÉTÉ"}));
  EXPECT_TRUE(WordTokens(" .,;\xff ").empty());
}

TEST(ScoreNgrams, CountsSharedFourGramsAsAMultiset) {
  auto same = ScoreNgrams("a b c d e", "a b c d e");
  EXPECT_DOUBLE_EQ(same.precision, 1);
  EXPECT_DOUBLE_EQ(same.recall, 1);
  // Extracted: a b c d e x (3 4-grams, 2 shared); reference: a b c d e (2 4-grams).
  auto extra = ScoreNgrams("a b c d e x", "a b c d e");
  EXPECT_DOUBLE_EQ(extra.precision, 2.0 / 3);
  EXPECT_DOUBLE_EQ(extra.recall, 1);
  // A repeated 4-gram counts once on the side where it occurs once.
  auto rep = ScoreNgrams("a b c d a b c d", "a b c d");
  EXPECT_DOUBLE_EQ(rep.precision, 1.0 / 5);
  EXPECT_DOUBLE_EQ(rep.recall, 1);
  EXPECT_DOUBLE_EQ(ScoreNgrams("", "a b c d").f1(), 0);
  EXPECT_DOUBLE_EQ(ScoreNgrams("w x y z", "a b c d").f1(), 0);
}

TEST(NgramCorpusScore, AveragesPagesThenTakesF1) {
  testing::NgramCorpusScore c;
  c.Add({1.0, 0.5});
  c.Add({0.5, 1.0});
  EXPECT_DOUBLE_EQ(c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.recall(), 0.75);
  EXPECT_DOUBLE_EQ(c.f1(), 0.75);
}

TEST(ExtractSamples, EveryPageMatchesItsReferenceBody) {
  std::filesystem::path src = NEWSDESK_SOURCE_DIR;
  const std::filesystem::path seeds = src / "../shared/seeds";
  auto pages =
      testing::ScoreSamples(src / "samples", src / "tests/data/extract/sample_refs", seeds);
  ASSERT_GE(pages.size(), 11u);
  testing::NgramCorpusScore container, seed;
  for (const auto& p : pages) {
    EXPECT_FALSE(p.failed) << p.file;
    EXPECT_GE(p.vs_container.f1(), kMinPageF1) << p.file;
    container.Add(p.vs_container);
    if (p.vs_seed) {
      EXPECT_GE(p.vs_seed->f1(), kMinPageF1) << p.file << " vs seed";
      seed.Add(*p.vs_seed);
    }
  }
  std::printf("samples vs container: pages %d P %.4f R %.4f F1 %.4f\n", container.pages,
              container.precision(), container.recall(), container.f1());
  if (seed.pages)
    std::printf("seeds vs seed text: pages %d P %.4f R %.4f F1 %.4f\n", seed.pages,
                seed.precision(), seed.recall(), seed.f1());
  // The pages above were checked against their containers; without the seed texts the
  // test ends as skipped (or, required, failed), not as passed.
  NEWSDESK_SKIP_OR_FAIL_WITHOUT_SHARED(seeds, "the seed pages against the seed texts");
}

}  // namespace
}  // namespace newsdesk
