#include "newsdesk/robots.h"

#include <string>

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

bool Allowed(const std::string& robots, const std::string& path,
             const std::string& agent = "newsdesk") {
  return RobotsRules::Parse(robots, agent).IsAllowed(path);
}

TEST(Robots, EmptyFileAllowsEverything) {
  EXPECT_TRUE(Allowed("", "/"));
  EXPECT_TRUE(Allowed("", "/any/path?q=1"));
  EXPECT_EQ(RobotsRules::Parse("", "newsdesk").rule_count(), 0u);
}

TEST(Robots, DisallowAllBlocksEverythingButRobotsTxt) {
  RobotsRules rules = RobotsRules::DisallowAll();
  EXPECT_FALSE(rules.IsAllowed("/"));
  EXPECT_FALSE(rules.IsAllowed("/page"));
  EXPECT_TRUE(rules.IsAllowed("/robots.txt"));  // RFC 9309 §2.2.2
}

TEST(Robots, PrefixMatch) {
  // RFC 9309 §2.2.2: a rule matches when its path is a prefix of the URL path.
  const std::string robots = "User-agent: *\nDisallow: /private\n";
  EXPECT_FALSE(Allowed(robots, "/private"));
  EXPECT_FALSE(Allowed(robots, "/private/x"));
  EXPECT_FALSE(Allowed(robots, "/privateer"));
  EXPECT_TRUE(Allowed(robots, "/public"));
  EXPECT_TRUE(Allowed(robots, "/"));
}

TEST(Robots, EmptyDisallowAllowsEverything) {
  EXPECT_TRUE(Allowed("User-agent: *\nDisallow:\n", "/anything"));
}

TEST(Robots, LongestMatchWins) {
  // RFC 9309 §2.2.2: the most specific (longest) match is used.
  const std::string robots =
      "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /news/public/secret\n";
  EXPECT_FALSE(Allowed(robots, "/news/x"));
  EXPECT_TRUE(Allowed(robots, "/news/public/x"));
  EXPECT_FALSE(Allowed(robots, "/news/public/secret.html"));
}

TEST(Robots, AllowWinsTie) {
  // RFC 9309 §2.2.2: with equivalent allow and disallow rules, allow SHOULD be used.
  EXPECT_TRUE(Allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page"));
  EXPECT_TRUE(Allowed("User-agent: *\nAllow: /page\nDisallow: /page\n", "/page"));
}

TEST(Robots, WildcardMatchesAnyRun) {
  // RFC 9309 §2.2.3: "*" matches zero or more of any character.
  const std::string robots = "User-agent: *\nDisallow: /*.pdf\nDisallow: /a*b*c\n";
  EXPECT_FALSE(Allowed(robots, "/files/report.pdf"));
  EXPECT_FALSE(Allowed(robots, "/.pdf"));
  EXPECT_FALSE(Allowed(robots, "/x.pdf?download=1"));  // prefix match: continues after
  EXPECT_TRUE(Allowed(robots, "/files/report.html"));
  EXPECT_FALSE(Allowed(robots, "/a-x-b-y-c"));
  EXPECT_FALSE(Allowed(robots, "/abc"));
  EXPECT_TRUE(Allowed(robots, "/a-x-c-b"));
}

TEST(Robots, DollarAnchorsTheEnd) {
  // RFC 9309 §2.2.3: "$" designates the end of the match pattern.
  const std::string robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /exact$\n";
  EXPECT_FALSE(Allowed(robots, "/report.pdf"));
  EXPECT_TRUE(Allowed(robots, "/report.pdf?x=1"));
  EXPECT_TRUE(Allowed(robots, "/report.pdfx"));
  EXPECT_FALSE(Allowed(robots, "/exact"));
  EXPECT_TRUE(Allowed(robots, "/exactly"));
}

TEST(Robots, WildcardOnlyRuleMatchesEverything) {
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: *\n", "/x"));
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: /*\n", "/"));
}

TEST(Robots, SpecificGroupBeatsStar) {
  // RFC 9309 §2.2.1: the crawler obeys the group naming its product token, else "*".
  const std::string robots =
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: newsdesk\nAllow: /\nDisallow: /drafts\n";
  EXPECT_TRUE(Allowed(robots, "/page"));
  EXPECT_FALSE(Allowed(robots, "/drafts/1"));
  EXPECT_FALSE(Allowed(robots, "/page", "othercrawler"));
}

TEST(Robots, ProductTokenMatchIsCaseInsensitive) {
  // RFC 9309 §2.2.1: case-insensitive matching of the product token.
  const std::string robots = "User-agent: NewsDesk\nDisallow: /x\n";
  EXPECT_FALSE(Allowed(robots, "/x", "newsdesk"));
  EXPECT_FALSE(Allowed(robots, "/x", "NEWSDESK"));
}

TEST(Robots, UserAgentValueVersionIsIgnored) {
  // "User-agent: newsdesk/1.0" names the product token "newsdesk".
  EXPECT_FALSE(Allowed("User-agent: newsdesk/1.0\nDisallow: /x\n", "/x"));
}

TEST(Robots, GroupsForTheSameAgentAreMerged) {
  // RFC 9309 §2.2.1: several groups matching one agent are combined.
  const std::string robots =
      "User-agent: newsdesk\nDisallow: /a\n\nUser-agent: other\nDisallow: /b\n\n"
      "User-agent: newsdesk\nDisallow: /c\n";
  EXPECT_FALSE(Allowed(robots, "/a"));
  EXPECT_TRUE(Allowed(robots, "/b"));
  EXPECT_FALSE(Allowed(robots, "/c"));
}

TEST(Robots, ConsecutiveUserAgentLinesShareAGroup) {
  const std::string robots = "User-agent: a\nUser-agent: newsdesk\nUser-agent: b\nDisallow: /x\n";
  EXPECT_FALSE(Allowed(robots, "/x"));
  EXPECT_FALSE(Allowed(robots, "/x", "a"));
  EXPECT_TRUE(Allowed(robots, "/x", "c"));
}

TEST(Robots, NoMatchingGroupAllowsAll) {
  EXPECT_TRUE(Allowed("User-agent: other\nDisallow: /\n", "/x"));
}

TEST(Robots, RulesBeforeAnyUserAgentAreIgnored) {
  EXPECT_TRUE(Allowed("Disallow: /\nUser-agent: other\nDisallow: /\n", "/x"));
}

TEST(Robots, SitemapAndUnknownLinesDoNotEndAGroup) {
  // RFC 9309 §2.2.4: other records (e.g. sitemap) are not part of the group syntax.
  const std::string robots =
      "User-agent: *\nSitemap: https://example.org/sitemap.xml\nFoo: bar\nDisallow: /x\n";
  EXPECT_FALSE(Allowed(robots, "/x"));
}

TEST(Robots, CommentsWhitespaceAndCase) {
  const std::string robots =
      "# comment\n  USER-AGENT :  *   # who\n\tdisallow\t:\t/x # why\r\nALLOW: /x/y\r\n";
  EXPECT_FALSE(Allowed(robots, "/x/z"));
  EXPECT_TRUE(Allowed(robots, "/x/y"));
}

TEST(Robots, CarriageReturnOnlyLineEndings) {
  EXPECT_FALSE(Allowed("User-agent: *\rDisallow: /x\r", "/x"));
}

TEST(Robots, ByteOrderMarkIsSkipped) {
  EXPECT_FALSE(Allowed("\xEF\xBB\xBFUser-agent: *\nDisallow: /x\n", "/x"));
}

TEST(Robots, MissingColonIsTolerated) {
  EXPECT_FALSE(Allowed("User-agent *\nDisallow /x\n", "/x"));
}

TEST(Robots, PercentEncodingIsNormalized) {
  // RFC 9309 §2.2.2: unreserved escapes are decoded and non-ASCII is percent-encoded
  // before comparison.
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: /%7Ejoe\n", "/~joe/index.html"));
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: /~joe\n", "/%7ejoe/index.html"));
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: /foo/bar/ツ\n", "/foo/bar/%E3%83%84"));
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "/foo/bar/ツ"));
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: /a%2fb\n", "/a%2Fb"));
  EXPECT_TRUE(Allowed("User-agent: *\nDisallow: /a%2Fb\n", "/a/b"));  // reserved stays encoded
}

TEST(Robots, RobotsTxtItselfIsAlwaysAllowed) {
  EXPECT_TRUE(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
}

TEST(Robots, PatternWithoutLeadingSlashIsAnchoredAtRoot) {
  EXPECT_FALSE(Allowed("User-agent: *\nDisallow: private\n", "/private"));
}

TEST(Robots, CrawlDelay) {
  auto rules = RobotsRules::Parse("User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n", "newsdesk");
  ASSERT_TRUE(rules.crawl_delay().has_value());
  EXPECT_EQ(*rules.crawl_delay(), std::chrono::milliseconds(2500));
  EXPECT_FALSE(rules.IsAllowed("/x"));
  EXPECT_FALSE(RobotsRules::Parse("User-agent: *\nCrawl-delay: soon\n", "nd").crawl_delay());
  EXPECT_FALSE(RobotsRules::Parse("User-agent: *\nCrawl-delay: -1\n", "nd").crawl_delay());
  EXPECT_EQ(*RobotsRules::Parse("User-agent: *\nCrawl-delay: 99999\n", "nd").crawl_delay(),
            std::chrono::seconds(60));  // capped
}

TEST(Robots, CrawlDelayOfOtherGroupIgnored) {
  auto rules = RobotsRules::Parse("User-agent: other\nCrawl-delay: 5\n", "newsdesk");
  EXPECT_FALSE(rules.crawl_delay().has_value());
}

TEST(Robots, OnlyFirst500KiBAreParsed) {
  // RFC 9309 §2.5: crawlers MUST parse at least 500 kibibytes.
  std::string robots = "User-agent: *\nDisallow: /early\n";
  robots += std::string(600 * 1024, '#') + "\nDisallow: /late\n";
  EXPECT_FALSE(Allowed(robots, "/early"));
  EXPECT_TRUE(Allowed(robots, "/late"));
}

TEST(Robots, ProductToken) {
  EXPECT_EQ(RobotsProductToken("newsdesk/0.1 (+https://example.org)"), "newsdesk");
  EXPECT_EQ(RobotsProductToken("Googlebot-News"), "Googlebot-News");
  EXPECT_EQ(RobotsProductToken("  my_bot/2"), "my_bot");
  EXPECT_EQ(RobotsProductToken("/x"), "");
}

TEST(Robots, PatternMatcher) {
  EXPECT_TRUE(RobotsPatternMatches("/", "/anything"));
  EXPECT_TRUE(RobotsPatternMatches("/a*", "/a"));
  EXPECT_TRUE(RobotsPatternMatches("/a*$", "/abc"));
  EXPECT_FALSE(RobotsPatternMatches("/a$", "/ab"));
  EXPECT_TRUE(RobotsPatternMatches("/**/x", "/y/x"));
  EXPECT_FALSE(RobotsPatternMatches("/abc", "/ab"));
  EXPECT_TRUE(RobotsPatternMatches("$", ""));
}

TEST(Robots, NormalizePath) {
  EXPECT_EQ(NormalizeRobotsPath("/%7e%41"), "/~A");
  EXPECT_EQ(NormalizeRobotsPath("/%2f"), "/%2F");
  EXPECT_EQ(NormalizeRobotsPath("/\xC3\xA9"), "/%C3%A9");
  EXPECT_EQ(NormalizeRobotsPath("/a b"), "/a%20b");
  EXPECT_EQ(NormalizeRobotsPath("/%zz"), "/%zz");
  EXPECT_EQ(NormalizeRobotsPath("/%4"), "/%4");
}

}  // namespace
}  // namespace newsdesk
