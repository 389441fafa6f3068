// The dev-set bench's class-blind probe (testing/scramble_attributes.h): which attributes
// lose their words, and what of the page stays as it was.
#include "testing/scramble_attributes.h"

#include <string>

#include <gtest/gtest.h>

namespace newsdesk::testing {
namespace {

TEST(ScrambleAttributes, ClassAndIdTokensBecomeMeaninglessButStayEqual) {
  const std::string out = ScrambleAttributes(
      R"(<div class="related  card" id=main><p CLASS='card'>Text class="x"</p></div>)",
      ScrambleLevel::kClassId);
  const std::string card = scramble_internal::Token("card");
  EXPECT_EQ(out, "<div class=\"" + scramble_internal::Token("related") + "  " + card +
                     "\" id=" + scramble_internal::Token("main") + "><p CLASS='" + card +
                     "'>Text class=\"x\"</p></div>");
  EXPECT_EQ(out.find("related"), std::string::npos);
  EXPECT_EQ(scramble_internal::Token("Card"), card);
  EXPECT_NE(scramble_internal::Token("cards"), card);
}

TEST(ScrambleAttributes, ClassIdLevelKeepsItempropRoleDataAndScripts) {
  const std::string page =
      R"(<!-- class="c" --><article itemprop="articleBody" role="main" data-kind="story" )"
      R"(aria-label="Story" hidden><script type="application/ld+json">{"a":"<b class='x'>"})"
      R"(</SCRIPT><style>.x{}</style><meta name="description" content="class"></article>)";
  EXPECT_EQ(ScrambleAttributes(page, ScrambleLevel::kClassId), page);
  EXPECT_EQ(ScrambleAttributes(page, ScrambleLevel::kNone), page);
}

TEST(ScrambleAttributes, AllLevelAlsoScramblesItempropRoleAndData) {
  const std::string out = ScrambleAttributes(
      R"(<p itemprop="articleBody" role="main" data-kind="story" aria-label="Story">)",
      ScrambleLevel::kAll);
  EXPECT_EQ(out, "<p itemprop=\"" + scramble_internal::Token("articleBody") + "\" role=\"" +
                     scramble_internal::Token("main") + "\" data-kind=\"" +
                     scramble_internal::Token("story") + "\" aria-label=\"Story\">");
}

TEST(ScrambleAttributes, UnterminatedMarkupEndsThePage) {
  EXPECT_EQ(ScrambleAttributes("<p class=\"a", ScrambleLevel::kClassId),
            "<p class=\"" + scramble_internal::Token("a"));
  EXPECT_EQ(ScrambleAttributes("a < b <", ScrambleLevel::kClassId), "a < b <");
  EXPECT_EQ(ScrambleAttributes("<!-- x", ScrambleLevel::kClassId), "<!-- x");
}

}  // namespace
}  // namespace newsdesk::testing
