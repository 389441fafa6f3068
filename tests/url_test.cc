#include "newsdesk/url.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace newsdesk {
namespace {

std::string Resolve(std::string_view ref) {
  Result<std::string> r = ResolveUrl("http://a/b/c/d;p?q", ref);
  EXPECT_OK(r);
  return r.ok() ? *r : "";
}

std::string Canon(std::string_view url) {
  Result<std::string> r = CanonicalizeUrl(url);
  EXPECT_OK(r);
  return r.ok() ? *r : "<error>";
}

// RFC 3986 §5.4.1: normal examples, base "http://a/b/c/d;p?q".
TEST(ResolveUrl, Rfc3986NormalExamples) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
  };
  for (const auto& [ref, want] : cases) EXPECT_EQ(Resolve(ref), want) << "ref " << ref;
}

// RFC 3986 §5.4.2: abnormal examples.
TEST(ResolveUrl, Rfc3986AbnormalExamples) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"},
      {"g#s/../x", "http://a/b/c/g#s/../x"},
      {"http:g", "http:g"},  // strict parser (§5.4.2)
  };
  for (const auto& [ref, want] : cases) EXPECT_EQ(Resolve(ref), want) << "ref " << ref;
}

TEST(ResolveUrl, PathStartingWithTwoSlashesDoesNotBecomeAnAuthority) {
  // RFC 3986 §5.2.4 then §3.3: "https:/a" + "/.//x" gives the path "//x", which without an
  // authority must be written "/.//x", not "https://x" (x is no host).
  Result<std::string> r = ResolveUrl("https:/a", "/.//x");
  ASSERT_OK(r);
  EXPECT_EQ(*r, "https:/.//x");
  Result<std::string> kept = ResolveUrl("foo:/a/b", "..//x");  // uriparser's own "/." stays
  ASSERT_OK(kept);
  EXPECT_EQ(*kept, "foo:/.//x");
}

TEST(ResolveUrl, RejectsRelativeBase) {
  EXPECT_TRUE(ResolveUrl("/relative/path", "g").status().IsInvalidArgument());
  EXPECT_TRUE(ResolveUrl("not a url at all", "g").status().IsInvalidArgument());
}

TEST(ResolveUrl, HrefWithWhitespaceAndNonAscii) {
  // Real hrefs: surrounding whitespace trimmed, newlines dropped, UTF-8 percent-encoded.
  EXPECT_EQ(*ResolveUrl("https://news.example/world/", "  story\n.html "),
            "https://news.example/world/story.html");
  EXPECT_EQ(*ResolveUrl("https://news.example/", "/מאמר?q=ע"),
            "https://news.example/%D7%9E%D7%90%D7%9E%D7%A8?q=%D7%A2");
}

// RFC 3986 §6.2.2.1: scheme and host are case-insensitive -> lower case.
TEST(CanonicalizeUrl, LowercasesSchemeAndHost) {
  EXPECT_EQ(Canon("HTTP://www.Example.COM/Path/To"), "http://www.example.com/Path/To");
}

// RFC 3986 §6.2.2.1: hex digits of percent-encodings upper case; §6.2.2.2: percent-encoded
// unreserved characters decoded.
TEST(CanonicalizeUrl, NormalizesPercentEncoding) {
  EXPECT_EQ(Canon("http://example.com/%7euser/a%2fb%c3%a9"),
            "http://example.com/~user/a%2Fb%C3%A9");
  EXPECT_EQ(Canon("http://example.com/%41%42c"), "http://example.com/ABc");
}

// RFC 3986 §6.2.2.3: dot segments removed.
TEST(CanonicalizeUrl, RemovesDotSegments) {
  EXPECT_EQ(Canon("http://example.com/a/./b/../c/"), "http://example.com/a/c/");
}

// RFC 3986 §6.2.3: default port removed, empty path is "/", empty port removed.
TEST(CanonicalizeUrl, SchemeBasedNormalization) {
  EXPECT_EQ(Canon("http://example.com:80"), "http://example.com/");
  EXPECT_EQ(Canon("https://example.com:443/x"), "https://example.com/x");
  EXPECT_EQ(Canon("http://example.com:/x"), "http://example.com/x");
  EXPECT_EQ(Canon("https://example.com:8443/x"), "https://example.com:8443/x");
  EXPECT_EQ(Canon("http://example.com:443/x"), "http://example.com:443/x");
  EXPECT_EQ(Canon("http://example.com?a=1"), "http://example.com/?a=1");
}

// RFC 3986 §3.5: the fragment identifies a part of the resource, not another resource.
TEST(CanonicalizeUrl, DropsFragment) {
  EXPECT_EQ(Canon("https://example.com/story#comments"), "https://example.com/story");
  EXPECT_EQ(Canon("https://example.com/story?id=4#top"), "https://example.com/story?id=4");
}

TEST(CanonicalizeUrl, RemovesTrackingParametersKeepsOthersInOrder) {
  EXPECT_EQ(Canon("https://example.com/a?utm_source=tw&id=7&fbclid=XYZ&page=2&utm_medium=s"),
            "https://example.com/a?id=7&page=2");
  EXPECT_EQ(Canon("https://example.com/a?gclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5"),
            "https://example.com/a");
  EXPECT_EQ(Canon("https://example.com/a?UTM_Campaign=x&q=%C3%A9t%C3%A9"),
            "https://example.com/a?q=%C3%A9t%C3%A9");
  // Percent-encoded tracking names are still recognised (§6.2.2.2 decoding of "_").
  EXPECT_EQ(Canon("https://example.com/a?utm%5Fsource=x&b=1"), "https://example.com/a?b=1");
  // Empty parameters and a trailing '&' go; a meaningful "ref" stays.
  EXPECT_EQ(Canon("https://example.com/a?&ref=home&&"), "https://example.com/a?ref=home");
}

TEST(CanonicalizeUrl, TrackingTable) {
  for (const char* name : {"utm_source", "utm_content", "fbclid", "gclid", "dclid", "msclkid",
                           "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref_src", "_hsenc"}) {
    EXPECT_TRUE(IsTrackingParameter(name)) << name;
  }
  for (const char* name : {"id", "page", "q", "ref", "article", "utm"}) {
    EXPECT_FALSE(IsTrackingParameter(name)) << name;
  }
}

// RFC 3987 §3.1 (IRI -> URI) and UTS #46: an IDN host becomes lower-case punycode.
TEST(CanonicalizeUrl, InternationalizedHost) {
  EXPECT_EQ(Canon("https://BÜCHER.example/Ä"), "https://xn--bcher-kva.example/%C3%84");
  EXPECT_EQ(Canon("https://XN--BCHER-KVA.example/"), "https://xn--bcher-kva.example/");
  EXPECT_EQ(Canon("https://user@Münich.example:443/"), "https://user@xn--mnich-kva.example/");
}

// RFC 5952 §4: an IPv6 address is written with leading zeros dropped, the longest run
// of zero groups as "::", lower case; an IPv4-mapped address ends in dotted quad (§5).
TEST(CanonicalizeUrl, Ipv6HostInItsRecommendedTextForm) {
  EXPECT_EQ(Canon("http://[::1]/"), "http://[::1]/");
  EXPECT_EQ(Canon("http://[0:0:0:0:0:0:0:1]:8080/a"), "http://[::1]:8080/a");
  EXPECT_EQ(Canon("http://[2001:DB8:0:0:0:0:0:1]/x"), "http://[2001:db8::1]/x");
  EXPECT_EQ(Canon("http://[::ffff:127.0.0.1]/"), "http://[::ffff:127.0.0.1]/");
  Result<std::string> resolved = ResolveUrl("http://[::1]/a/b", "../c");
  ASSERT_OK(resolved);
  EXPECT_EQ(*resolved, "http://[::1]/c");
}

TEST(CanonicalizeUrl, IsIdempotent) {
  for (const char* url :
       {"HTTP://A.com:80/./x/../y?utm_source=a&b=%7e#f", "https://bücher.example/straße?q=1",
        "http://[::1]:80/a", "file:///tmp/page.html"}) {
    const std::string once = Canon(url);
    EXPECT_EQ(Canon(once), once) << url;
  }
}

TEST(CanonicalizeUrl, PathStartingWithTwoSlashesDoesNotBecomeAnAuthority) {
  // RFC 3986 §3.3: without an authority the path cannot begin with "//"; removing the
  // dot segment of "/.//x" must not turn x into a host.
  EXPECT_EQ(Canon("https:/.//x.example/a"), "https:/.//x.example/a");
  EXPECT_EQ(UrlHost(Canon("https:/.//x.example/a")), "");
}

TEST(CanonicalizeUrl, IsIdempotentOnFuzzFindings) {
  // libFuzzer (fuzz/url_fuzz.cc): an empty authority, "/./" and raw non-ASCII bytes.
  const std::string url(
      "https:/.//\xd7\x93\xd2\x95\xd7\xd7\x94\x92\x9e.\xd7"
      "example/\n/\xd7\x9e\xd7\x90\xd7"
      "\x9e\xd7\xa8?\xd7\xa2=e.1");
  Result<std::string> once = CanonicalizeUrl(url);
  if (!once.ok()) return;
  Result<std::string> twice = CanonicalizeUrl(*once);
  ASSERT_TRUE(twice.ok()) << *once << " -> " << twice.status().ToString();
  EXPECT_EQ(*twice, *once);
}

TEST(CanonicalizeUrl, RejectsRelativeAndGarbage) {
  EXPECT_TRUE(CanonicalizeUrl("/just/a/path").status().IsInvalidArgument());
  EXPECT_TRUE(CanonicalizeUrl("").status().IsInvalidArgument());
  EXPECT_TRUE(CanonicalizeUrl("http://exa mple.com:abc/").status().IsInvalidArgument());
}

TEST(UrlHost, LowercaseHostOrEmpty) {
  EXPECT_EQ(UrlHost("https://WWW.Reuters.com/world/"), "www.reuters.com");
  EXPECT_EQ(UrlHost("https://ynet.co.il:8080/x"), "ynet.co.il");
  EXPECT_EQ(UrlHost("https://דוגמה.example/"), "xn--6dbbec0c.example");
  EXPECT_EQ(UrlHost("file:///tmp/x.html"), "");
  EXPECT_EQ(UrlHost("mailto:desk@example.com"), "");
  EXPECT_EQ(UrlHost("no scheme"), "");
}

TEST(UrlSiteName, HostWithoutWwwAndInUnicode) {
  EXPECT_EQ(UrlSiteName("https://WWW.Reuters.com/world/"), "reuters.com");
  EXPECT_EQ(UrlSiteName("https://www2.example.org/x"), "www2.example.org");
  // UTS #46 ToUnicode: the ASCII form a page or a redirect gives reads as written.
  EXPECT_EQ(UrlSiteName("https://seglerblog.stössenseer.de/a"), "seglerblog.stössenseer.de");
  EXPECT_EQ(UrlSiteName("https://xn--6dbbec0c.example/"), "דוגמה.example");
  EXPECT_EQ(UrlSiteName("https://xn--zz.example/"), "xn--zz.example");  // invalid punycode
  EXPECT_EQ(UrlSiteName("file:///tmp/x.html"), "");
}

TEST(ChooseCanonicalUrl, RelCanonicalWinsOnSameSite) {
  EXPECT_EQ(
      *ChooseCanonicalUrl("https://m.example.com/a?utm_source=x", "https://m.example.com/story/42"),
      "https://m.example.com/story/42");
  // Relative rel=canonical resolves against the page; "www." is the same site.
  EXPECT_EQ(*ChooseCanonicalUrl("https://www.example.com/amp/42", "/story/42"),
            "https://www.example.com/story/42");
  EXPECT_EQ(*ChooseCanonicalUrl("https://example.com/amp/42", "https://www.example.com/s/42"),
            "https://www.example.com/s/42");
}

TEST(ChooseCanonicalUrl, OtherSiteOrBrokenCanonicalIgnored) {
  EXPECT_EQ(*ChooseCanonicalUrl("https://copycat.example/a#x", "https://original.example/a"),
            "https://copycat.example/a");
  EXPECT_EQ(*ChooseCanonicalUrl("https://example.com/a", "http://exa mple.com:x/"),
            "https://example.com/a");
  EXPECT_EQ(*ChooseCanonicalUrl("https://example.com/a", ""), "https://example.com/a");
  EXPECT_TRUE(ChooseCanonicalUrl("relative", "https://example.com/").status().IsInvalidArgument());
}

TEST(UrlScheme, LowerCaseSchemeOrEmpty) {
  EXPECT_EQ(UrlScheme("HTTPS://Example.com/a"), "https");
  EXPECT_EQ(UrlScheme("file:///tmp/a.html"), "file");
  EXPECT_EQ(UrlScheme("svn+ssh://host/repo"), "svn+ssh");
  EXPECT_EQ(UrlScheme("a2.html"), "");         // no ':'
  EXPECT_EQ(UrlScheme("//host/path:x"), "");   // ':' after a '/': not a scheme
  EXPECT_EQ(UrlScheme(":nothing"), "");        // empty scheme
  EXPECT_EQ(UrlScheme("1http://x/"), "");      // must start with a letter
  EXPECT_EQ(UrlScheme("pages/a:b.html"), "");  // '/' is not a scheme character
}

// RFC 8089: local paths, percent-decoded; "localhost" is the local host.
TEST(FileUrlToPath, Rfc8089LocalPaths) {
  EXPECT_EQ(FileUrlToPath("file:///tmp/a%20b/c.html"), "/tmp/a b/c.html");
  EXPECT_EQ(FileUrlToPath("FILE://LocalHost/tmp/x"), "/tmp/x");
  EXPECT_EQ(FileUrlToPath("file:/tmp/short-form"), "/tmp/short-form");
  EXPECT_EQ(FileUrlToPath("file:///tmp/q.html?x=1#top"), "/tmp/q.html");
  EXPECT_EQ(FileUrlToPath("file:///tmp/a+b"), "/tmp/a+b");  // '+' is not a space in paths
  EXPECT_EQ(FileUrlToPath("file:///tmp/%zz"), "/tmp/%zz");  // not an escape: kept
}

TEST(FileUrlToPath, RefusesRemoteHostsOtherSchemesAndNul) {
  EXPECT_EQ(FileUrlToPath("file://fileserver/share/a"), std::nullopt);
  EXPECT_EQ(FileUrlToPath("http://example.com/a"), std::nullopt);
  EXPECT_EQ(FileUrlToPath("file://"), std::nullopt);
  EXPECT_EQ(FileUrlToPath("file:///tmp/a%00b"), std::nullopt);
}

TEST(PathToFileUrl, AbsoluteNormalizedAndEscaped) {
  EXPECT_EQ(PathToFileUrl("/tmp/a b/../c#1.html"), "file:///tmp/c%231.html");
  EXPECT_EQ(PathToFileUrl("/tmp/news", /*directory=*/true), "file:///tmp/news/");
  EXPECT_EQ(PathToFileUrl("/tmp/news/", /*directory=*/true), "file:///tmp/news/");
  EXPECT_EQ(PathToFileUrl("/tmp/דף.html"), "file:///tmp/%D7%93%D7%A3.html");
  EXPECT_EQ(PathToFileUrl("/tmp/a+b@c.html"), "file:///tmp/a+b@c.html");  // pchar as is
  // Relative paths are made absolute against the current directory.
  const std::string cwd = std::filesystem::current_path().generic_string();
  EXPECT_EQ(FileUrlToPath(PathToFileUrl("x/../y.html")), cwd + "/y.html");
  // The round trip through FileUrlToPath gives the path back.
  EXPECT_EQ(FileUrlToPath(PathToFileUrl("/tmp/a b%/ü?.html")), "/tmp/a b%/ü?.html");
}

// The URL-list rules of url.h: the same for `ingest` and `kind = "urls"` sources.
TEST(ParseUrlList, CommentsBlankLinesAndRelativeLines) {
  const UrlList list = ParseUrlList(
      "# outlets of the day\n"
      "\n"
      "https://news.example/a\n"
      "   \t\n"
      "  # an indented comment\n"
      "  https://news.example/b  \n"
      "pages/c.html\n"
      "https://news.example/d#section\n",
      "file:///lists/");
  EXPECT_EQ(list.urls, (std::vector<std::string>{"https://news.example/a", "https://news.example/b",
                                                 "https://news.example/d#section"}));
  // The relative line names a file: a problem unless file: URLs are allowed.
  ASSERT_EQ(list.problems.size(), 1u);
  EXPECT_EQ(list.problems[0].line, 7);
  EXPECT_EQ(list.problems[0].ToString(), "line 7: 'pages/c.html' is not an http(s) URL");
}

TEST(ParseUrlList, FileUrlsOnlyWhenAllowed) {
  testing::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::ofstream(dir.File("a.html")) << "a";
  std::ofstream(dir.File("b.html")) << "b";
  const std::string b_url = PathToFileUrl(dir.File("b.html"));
  const std::string text = "a.html\n" + b_url + "\nhttps://news.example/c\n";
  const UrlList local =
      ParseUrlList(text, PathToFileUrl(dir.path(), /*directory=*/true), {.allow_file = true});
  EXPECT_EQ(local.urls, (std::vector<std::string>{PathToFileUrl(dir.File("a.html")), b_url,
                                                  "https://news.example/c"}));
  EXPECT_TRUE(local.problems.empty());
  // A list fetched over http resolves relative lines against its own URL.
  const UrlList remote = ParseUrlList(text, "https://lists.example/today.txt");
  EXPECT_EQ(remote.urls,
            (std::vector<std::string>{"https://lists.example/a.html", "https://news.example/c"}));
  ASSERT_EQ(remote.problems.size(), 1u);
  EXPECT_EQ(remote.problems[0].line, 2);
}

// A line of a local list that is neither a URL nor an existing file (nor a directory) is
// named as a problem, not kept as a file: URL that fails when it is fetched.
TEST(ParseUrlList, LocalLinesThatNameNoFileAreProblems) {
  testing::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::ofstream(dir.File("a.html")) << "a";
  std::filesystem::create_directory(dir.File("sub"));
  const UrlList list =
      ParseUrlList("a.html\nnot a url at all\nsub\n" + PathToFileUrl(dir.File("gone.html")) + "\n",
                   PathToFileUrl(dir.path(), /*directory=*/true), {.allow_file = true});
  EXPECT_EQ(list.urls, (std::vector<std::string>{PathToFileUrl(dir.File("a.html"))}));
  ASSERT_EQ(list.problems.size(), 3u);
  EXPECT_EQ(list.problems[0].ToString(),
            "line 2: 'not a url at all' is not a URL or an existing file");
  EXPECT_EQ(list.problems[1].ToString(), "line 3: 'sub' is not a URL or an existing file");
  EXPECT_EQ(list.problems[2].line, 4);
  EXPECT_EQ(list.problems[2].reason, "not an existing file");
}

TEST(ParseUrlList, CrlfAndByteOrderMark) {
  const UrlList list = ParseUrlList(
      "\xEF\xBB\xBFhttps://news.example/a\r\n# comment\r\n\r\nhttps://news.example/b\r\n",
      "file:///lists/");
  EXPECT_EQ(list.urls,
            (std::vector<std::string>{"https://news.example/a", "https://news.example/b"}));
  EXPECT_TRUE(list.problems.empty());
  // A BOM followed by a comment is still a comment; no final newline is needed.
  const UrlList comment =
      ParseUrlList("\xEF\xBB\xBF# only\r\nhttps://news.example/c", "file:///lists/");
  EXPECT_EQ(comment.urls, (std::vector<std::string>{"https://news.example/c"}));
  EXPECT_TRUE(comment.problems.empty());
}

TEST(ParseUrlList, InvalidLinesReportedWithTheirNumbers) {
  const UrlList list = ParseUrlList(
      "https://news.example/a\n"
      "http://[not a url\n"
      "\n"
      "ftp://files.example/x\n"
      "mailto:desk@news.example\n"
      "https://news.example/b\n",
      "https://lists.example/l.txt");
  EXPECT_EQ(list.urls,
            (std::vector<std::string>{"https://news.example/a", "https://news.example/b"}));
  ASSERT_EQ(list.problems.size(), 3u);
  EXPECT_EQ(list.problems[0].ToString(), "line 2: 'http://[not a url' is not a valid URL");
  EXPECT_EQ(list.problems[1].ToString(), "line 4: 'ftp://files.example/x' is not an http(s) URL");
  EXPECT_EQ(list.problems[2].line, 5);
  // Long lines are cut in the report.
  const UrlList long_line = ParseUrlList("ftp://x/" + std::string(500, 'a'), "file:///lists/");
  ASSERT_EQ(long_line.problems.size(), 1u);
  EXPECT_EQ(long_line.problems[0].text.size(), 200u);
  // Control characters are shown escaped, never sent to the terminal.
  const UrlList escape = ParseUrlList("https://news.example/\x1b[31mred\n", "file:///lists/");
  ASSERT_EQ(escape.problems.size(), 1u);
  EXPECT_EQ(escape.problems[0].text, "https://news.example/\\x1b[31mred");
}

// A binary file or a UTF-16 list given as a URL list is refused as a whole, naming the
// first byte that is not UTF-8 text.
TEST(CheckUrlListText, RefusesBinaryAndNonUtf8Text) {
  EXPECT_OK(CheckUrlListText("https://news.example/a\nhttps://bücher.example/\n"));
  EXPECT_OK(CheckUrlListText(""));
  Status nul = CheckUrlListText(std::string("h\0t\0t\0p\0", 8));  // UTF-16LE
  EXPECT_TRUE(nul.IsInvalidArgument());
  EXPECT_EQ(nul.message(), "not a text file: a NUL byte at offset 1");
  Status latin1 = CheckUrlListText("https://m\xfcnchen.example/\n");
  EXPECT_EQ(latin1.message(), "not a text file: byte 0xfc (not UTF-8) at offset 9");
}

// An HTML page or a feed given as a URL list (each line of markup would resolve as a
// relative URL) is refused as a whole; a list whose URLs contain '<' later is not.
TEST(CheckUrlListText, RefusesMarkup) {
  for (const char* doc : {"<!doctype html><html><body><p>news</p></body></html>",
                          "\xEF\xBB\xBF\n  <?xml version=\"1.0\"?><rss version=\"2.0\"/>\n"}) {
    Status markup = CheckUrlListText(doc);
    EXPECT_TRUE(markup.IsInvalidArgument()) << doc;
    EXPECT_EQ(markup.message(), "not a URL list: it starts with '<' (an HTML or XML document)");
  }
  EXPECT_OK(CheckUrlListText("# today\nhttps://news.example/a?q=<b>\n"));
}

}  // namespace
}  // namespace newsdesk
