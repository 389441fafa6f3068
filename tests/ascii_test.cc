#include "ascii.h"  // first: the header is self-contained

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

TEST(CollapseSpace, RunsOfAsciiWhitespaceBecomeOneSpaceAndEndsAreTrimmed) {
  EXPECT_EQ(CollapseSpace("  Breaking:\t\tfloods \r\n in\v\fthe north \n"),
            "Breaking: floods in the north");
  EXPECT_EQ(CollapseSpace(" \t\n "), "");
  EXPECT_EQ(CollapseSpace(""), "");
  // Only ASCII whitespace: NBSP (C2 A0) and other UTF-8 bytes pass through.
  EXPECT_EQ(CollapseSpace("10\xC2\xA0km  צפונה"), "10\xC2\xA0km צפונה");
}

TEST(AsciiLower, OnlyAsciiLettersChange) {
  EXPECT_EQ(AsciiLower("Content-TYPE: ÉTÉ"), "content-type: ÉtÉ");
}

TEST(TrimAscii, TrimsTheGivenBytes) {
  EXPECT_EQ(TrimAscii("\t x y \r\n"), "x y");
  EXPECT_EQ(TrimAscii("\"utf-8'", "\"'"), "utf-8");
  EXPECT_EQ(TrimAscii("   "), "");
}

// Only a whole mark at the very start counts: not a part of one, not one further in, and
// not the UTF-16 marks (FF FE, FE FF), which a UTF-8 reader does not skip.
TEST(Utf8BomLength, IsThreeForAMarkAtTheStartAndZeroOtherwise) {
  EXPECT_EQ(Utf8BomLength("\xEF\xBB\xBFUser-agent: *"), 3u);
  EXPECT_EQ(Utf8BomLength("\xEF\xBB\xBF"), 3u);
  EXPECT_EQ(Utf8BomLength("\xEF\xBB\xBF\xEF\xBB\xBFx"), 3u);  // one mark, then U+FEFF
  EXPECT_EQ(Utf8BomLength("\xEF\xBB"), 0u);
  EXPECT_EQ(Utf8BomLength("x\xEF\xBB\xBF"), 0u);
  EXPECT_EQ(Utf8BomLength(" \xEF\xBB\xBF"), 0u);
  EXPECT_EQ(Utf8BomLength("\xFF\xFEx"), 0u);
  EXPECT_EQ(Utf8BomLength("\xEF\xBC\xA1"), 0u);  // U+FF21, another EF lead byte
  EXPECT_EQ(Utf8BomLength(""), 0u);
  static_assert(Utf8BomLength("\xEF\xBB\xBF<") == 3);
}

}  // namespace
}  // namespace newsdesk
