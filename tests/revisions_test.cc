#include "newsdesk/revisions.h"

#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::sys_days;
using std::chrono::sys_seconds;

Article Version(const std::string& title, const std::string& text) {
  Article a;
  a.title = title;
  a.text = text;
  return a;
}

StoryFigure Fig(const std::string& text, double value, const std::string& unit,
                const std::string& previous = "") {
  StoryFigure f;
  f.text = text;
  f.value = value;
  f.unit = unit;
  f.previous = previous;
  return f;
}

TEST(DiffRevision, SameTitleTextAndFiguresIsNoChange) {
  const Article a = Version("Iraq takes custody", "Iraq took custody of 4,000 detainees.");
  const RevisionDiff d =
      DiffRevision(a, {Fig("4,000", 4000, "detainees")}, a, {Fig("4,000", 4000, "detainees")});
  EXPECT_FALSE(d.changed());
  EXPECT_EQ(d.words_added, 0);
  EXPECT_EQ(d.words_removed, 0);
}

TEST(DiffRevision, CountsWordsAddedAndRemovedAndTheFigureThatChanged) {
  const Article before = Version("Iraq takes custody", "Iraq took custody of 4,000 detainees.");
  const Article after = Version(
      "Iraq takes custody", "Iraq took custody of 4,500 detainees on Saturday, officials said.");
  const RevisionDiff d = DiffRevision(before, {Fig("4,000", 4000, "detainees")}, after,
                                      {Fig("4,500", 4500, "detainees")});
  EXPECT_TRUE(d.changed());
  EXPECT_FALSE(d.title_changed);
  EXPECT_TRUE(d.text_changed);
  EXPECT_EQ(d.words_added, 5);    // 4,500 on Saturday officials said
  EXPECT_EQ(d.words_removed, 1);  // 4,000
  ASSERT_EQ(d.figures.size(), 1u);
  EXPECT_EQ(FigureChangesSummary(d.figures), "detainees: 4,000 -> 4,500");
}

TEST(DiffRevision, AMovedSentenceAddsAndRemovesNothing) {
  const RevisionDiff d = DiffRevision(Version("t", "One two three. Four five."), {},
                                      Version("t", "Four five. One two three."), {});
  EXPECT_TRUE(d.text_changed);
  EXPECT_EQ(d.words_added, 0);
  EXPECT_EQ(d.words_removed, 0);
}

TEST(DiffRevision, WordsOfAScriptWithoutSpacesAreCountedByWordBreaks) {
  // The same sentence with one word replaced (東京 -> 大阪): one added, one removed.
  const RevisionDiff d = DiffRevision(Version("t", "私は東京に行きました。"), {},
                                      Version("t", "私は大阪に行きました。"), {});
  EXPECT_EQ(d.words_added, 1);
  EXPECT_EQ(d.words_removed, 1);
}

TEST(DiffRevision, ATitleChangeAloneIsAChange) {
  const RevisionDiff d = DiffRevision(Version("Old headline", "Same text."), {},
                                      Version("New headline", "Same text."), {});
  EXPECT_TRUE(d.changed());
  EXPECT_TRUE(d.title_changed);
  EXPECT_FALSE(d.text_changed);
}

TEST(DiffRevision, FiguresCompareByValueNotByHowTheyAreWritten) {
  const Article a = Version("t", "x");
  const RevisionDiff same =
      DiffRevision(a, {Fig("4,000", 4000, "detainees")}, a, {Fig("4000", 4000, "detainees")});
  EXPECT_TRUE(same.figures.empty());
  const RevisionDiff gained = DiffRevision(a, {}, a, {Fig("12", 12, "killed")});
  EXPECT_EQ(FigureChangesSummary(gained.figures), "killed: - -> 12");
}

TEST(MarkChangedFigures, TheReplacedValueIsMarkedAndTheMarkSurvivesALaterEdit) {
  std::vector<StoryFigure> after = {Fig("4,500", 4500, "detainees"), Fig("12", 12, "killed"),
                                    Fig("3", 3, "camps")};
  MarkChangedFigures({Fig("4,000", 4000, "detainees"), Fig("12", 12, "killed")}, after);
  EXPECT_EQ(after[0].previous, "4,000");
  EXPECT_EQ(after[1].previous, "");  // unchanged
  EXPECT_EQ(after[2].previous, "");  // newly stated, not changed
  // A later edit that leaves the figures as they are keeps the mark.
  std::vector<StoryFigure> later = {Fig("4,500", 4500, "detainees")};
  MarkChangedFigures(after, later);
  EXPECT_EQ(later[0].previous, "4,000");
}

TEST(NextRevisit, TheFirstAgeStillAheadElseNone) {
  const sys_seconds first{sys_days{std::chrono::year{2026} / 2 / 14}};
  const std::vector<std::chrono::seconds> ages = {days(1), days(7)};
  EXPECT_EQ(NextRevisit(first, first, ages), first + days(1));
  EXPECT_EQ(NextRevisit(first, first + hours(30), ages), first + days(7));
  // A run that comes late skips the ages already passed.
  EXPECT_EQ(NextRevisit(first, first + days(8), ages), std::nullopt);
  EXPECT_EQ(NextRevisit(first, first, {}), std::nullopt);
  // Ages in any order.
  EXPECT_EQ(NextRevisit(first, first, {days(7), days(1)}), first + days(1));
}

}  // namespace
}  // namespace newsdesk
