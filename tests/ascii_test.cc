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

}  // namespace
}  // namespace newsdesk
