// The extraction dev set as a regression floor: the score may only go up. The floors sit
// slightly below the score measured when they were last raised (docs/extract.md).
#include <filesystem>

#include <gtest/gtest.h>

#include "newsdesk/extract.h"
#include "testing/devset_score.h"
#include "testing/shared_data.h"

namespace newsdesk {
namespace {

constexpr double kMinRecall = 0.9695;
constexpr double kMinRejection = 0.9670;
constexpr double kMinF1 = 0.9685;

TEST(Devset, ScoreStaysAboveFloor) {
  std::filesystem::path dir = NEWSDESK_DEVSET_DIR;
  NEWSDESK_SKIP_OR_FAIL_WITHOUT_SHARED(dir / "expectations.json",
                                       "the extraction dev set's floors");
  testing::DevsetScore s = testing::ScoreDevset(dir);
  ASSERT_GT(s.pages, 500);
  for (const auto& r : s.results) EXPECT_FALSE(r.failed) << r.page;
  EXPECT_GE(s.recall(), kMinRecall);
  EXPECT_GE(s.rejection(), kMinRejection);
  EXPECT_GE(s.f1(), kMinF1);
  std::printf("devset: pages %d recall %.4f rejection %.4f F1 %.4f\n", s.pages, s.recall(),
              s.rejection(), s.f1());
}

}  // namespace
}  // namespace newsdesk
