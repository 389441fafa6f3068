// Small hand-made story sets shared by the stories and pipeline tests.
#ifndef NEWSDESK_TESTING_STORY_SETS_H_
#define NEWSDESK_TESTING_STORY_SETS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsdesk/stories.h"

namespace newsdesk::testing {

// Two events an hour apart, in arrival order: the Fed's hold (1-3), then an ECB report
// that also mentions the Fed's figures (4) and its near-duplicate (5), then two more ECB
// reports (6, 7). Article i is published at 3600 x i. Report 4 joins the Fed story on
// arrival and belongs with 6 and 7 (StoryIndex.AMemberThatFitsAnotherStoryBetterMovesThere).
inline std::vector<StoryArticle> RateReports() {
  auto report = [](int64_t id, const std::string& title, const std::string& text) {
    return StoryArticle{id, "u" + std::to_string(id), title, text, "en", "s", 3600 * id};
  };
  const std::string ecb =
      "Christine Lagarde said in Frankfurt that the ECB would cut by 25 basis points on "
      "Thursday, after the Federal Reserve held at 5.25 percent. Bundesbank chief Joachim "
      "Nagel backed the cut, and Bund yields fell to 2.1 percent as bond traders bought.";
  return {
      report(1, "Fed holds rates at 5.25 percent",
             "Jerome Powell said the Federal Reserve kept its rate at 5.25 percent in "
             "Washington."),
      report(2, "Powell: no cut yet",
             "The Federal Reserve held at 5.25 percent; Jerome Powell told reporters in "
             "Washington that inflation was too high."),
      report(3, "Fed leaves rate unchanged",
             "The Federal Reserve left its rate at 5.25 percent, Jerome Powell said."),
      report(4, "Lagarde signals ECB cut", ecb),
      report(5, "Lagarde signals ECB cut (updated)", ecb + " Updated at noon."),
      report(6, "Euro zone inflation falls to 2.4 percent before ECB decision",
             "Eurostat said euro zone inflation fell to 2.4 percent in November, before the "
             "ECB decision in Frankfurt."),
      report(7, "ECB cuts by 25 basis points as inflation falls to 2.4 percent",
             "Christine Lagarde said in Frankfurt the ECB cut by 25 basis points after Eurostat "
             "said euro zone inflation fell to 2.4 percent; Joachim Nagel of the Bundesbank "
             "backed the cut."),
  };
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_STORY_SETS_H_
