#include "newsdesk/feeds.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <zlib.h>

#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

std::string Gzip(std::string_view data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

ParsedFeed MustParse(std::string_view xml, std::string_view url,
                     const FeedParseOptions& options = {}) {
  Result<ParsedFeed> r = ParseFeed(xml, url, options);
  EXPECT_OK(r);
  return r.ok() ? std::move(r).value() : ParsedFeed{};
}

// RSS 2.0 spec, "Elements of <item>": link, title, pubDate; enclosures are not articles.
TEST(Feeds, Rss20ItemsWithLinkTitleAndPubDate) {
  const char* xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
 <channel>
  <title>World  news</title>
  <link>https://news.example/</link>
  <atom:link href="https://news.example/rss" rel="self"/>
  <item>
   <title>Iraq takes custody
     of detainees</title>
   <link>https://news.example/2026/02/14/iraq.html</link>
   <pubDate>Sat, 14 Feb 2026 10:00:00 GMT</pubDate>
   <enclosure url="https://cdn.example/a.mp3" length="1" type="audio/mpeg"/>
  </item>
  <item>
   <title><![CDATA[Second & <b>story</b>]]></title>
   <link>/2026/02/15/second.html</link>
  </item>
 </channel>
</rss>)";
  ParsedFeed f = MustParse(xml, "https://news.example/rss");
  EXPECT_EQ(f.kind, FeedKind::kRss);
  EXPECT_EQ(FeedKindName(f.kind), "rss");
  EXPECT_EQ(f.title, "World news");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[0].url, "https://news.example/2026/02/14/iraq.html");
  EXPECT_EQ(f.entries[0].title, "Iraq takes custody of detainees");
  EXPECT_EQ(f.entries[0].published, "Sat, 14 Feb 2026 10:00:00 GMT");
  EXPECT_FALSE(f.entries[0].is_sitemap);
  EXPECT_EQ(f.entries[1].url, "https://news.example/2026/02/15/second.html");
  EXPECT_EQ(f.entries[1].title, "Second & <b>story</b>");
  EXPECT_TRUE(f.diagnostics.empty());
}

// RSS 2.0 "guid": isPermaLink defaults to true, and then the guid is the item's URL;
// with isPermaLink="false" it is an opaque id and the item has no URL.
TEST(Feeds, Rss20GuidPermaLinkFallback) {
  const char* xml = R"(<rss version="2.0"><channel>
  <item><guid>https://a.example/x</guid></item>
  <item><guid isPermaLink="false">tag:a.example,2026:1</guid></item>
  <item><guid isPermaLink="true">https://a.example/y</guid></item>
  </channel></rss>)";
  ParsedFeed f = MustParse(xml, "https://a.example/feed");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[0].url, "https://a.example/x");
  EXPECT_EQ(f.entries[1].url, "https://a.example/y");
  ASSERT_EQ(f.diagnostics.size(), 1u);
  EXPECT_NE(f.diagnostics[0].find("item 2: no link"), std::string::npos) << f.diagnostics[0];
}

// RSS 0.91 (Netscape/UserLand): items inside <channel>, like 2.0.
TEST(Feeds, Rss091) {
  const char* xml = R"(<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="0.91"><channel><title>Caf)"
                    "\xe9"
                    R"(</title><item><title>One</title><link>http://old.example/1</link></item>
</channel></rss>)";
  ParsedFeed f = MustParse(xml, "http://old.example/rss");
  EXPECT_EQ(f.title, "Caf\xc3\xa9");  // converted to UTF-8
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].url, "http://old.example/1");
}

// RSS 1.0 §5.5: <item rdf:about> elements are children of rdf:RDF, beside <channel>;
// dates come from Dublin Core (dc:date).
TEST(Feeds, Rss10Rdf) {
  const char* xml = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="https://rdf.example/"><title>RDF site</title></channel>
 <item rdf:about="https://rdf.example/a">
  <title>A</title><link>https://rdf.example/a</link><dc:date>2026-02-14T10:00:00Z</dc:date>
 </item>
 <item rdf:about="https://rdf.example/b"><title>B</title></item>
</rdf:RDF>)";
  ParsedFeed f = MustParse(xml, "https://rdf.example/index.rdf");
  EXPECT_EQ(f.kind, FeedKind::kRss);
  EXPECT_EQ(f.title, "RDF site");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[0].url, "https://rdf.example/a");
  EXPECT_EQ(f.entries[0].published, "2026-02-14T10:00:00Z");
  EXPECT_EQ(f.entries[1].url, "https://rdf.example/b");  // from rdf:about
}

// RFC 4287 §4.2.7.2: a link without rel means rel="alternate"; rel="self"/"enclosure"
// are not the entry's page. §4.2.9 published, §4.2.15 updated. §2 + XML Base: xml:base
// on an ancestor changes the base of relative references.
TEST(Feeds, Atom10Entries) {
  const char* xml = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
 <title type="text">Atom site</title>
 <entry>
  <title>First</title>
  <link rel="self" href="https://atom.example/api/1"/>
  <link rel="enclosure" href="https://atom.example/1.mp3"/>
  <link href="posts/1"/>
  <updated>2026-02-15T00:00:00Z</updated>
  <published>2026-02-14T08:00:00+02:00</published>
 </entry>
 <entry xml:base="/other/">
  <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Second <em>one</em></div></title>
  <link rel="alternate" type="application/pdf" href="2.pdf"/>
  <link rel="alternate" type="text/html" href="2.html"/>
  <updated>2026-02-16T00:00:00Z</updated>
 </entry>
 <entry><title>No link</title><link rel="self" href="x"/></entry>
</feed>)";
  ParsedFeed f = MustParse(xml, "https://atom.example/feed.atom");
  EXPECT_EQ(f.kind, FeedKind::kAtom);
  EXPECT_EQ(f.title, "Atom site");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[0].url, "https://atom.example/blog/posts/1");
  EXPECT_EQ(f.entries[0].published, "2026-02-14T08:00:00+02:00");
  EXPECT_EQ(f.entries[0].lastmod, "2026-02-15T00:00:00Z");
  EXPECT_EQ(f.entries[1].url, "https://atom.example/other/2.html");
  EXPECT_EQ(f.entries[1].title, "Second one");
  EXPECT_EQ(f.entries[1].published, "2026-02-16T00:00:00Z");  // falls back to updated
  ASSERT_EQ(f.diagnostics.size(), 1u);
  EXPECT_NE(f.diagnostics[0].find("entry 3: no link"), std::string::npos);
}

// sitemaps.org protocol: <urlset><url><loc>, <lastmod>; Google News sitemap extension:
// <news:news><news:publication_date>, <news:title>. loc values are trimmed.
TEST(Feeds, UrlsetWithGoogleNews) {
  const char* xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url>
  <loc>
    https://paper.example/world/iraq-custody
  </loc>
  <news:news>
   <news:publication><news:name>Paper</news:name><news:language>en</news:language></news:publication>
   <news:publication_date>2026-02-14T09:30:00+00:00</news:publication_date>
   <news:title>Iraq takes custody</news:title>
  </news:news>
 </url>
 <url><loc>https://paper.example/about</loc><lastmod>2025-01-01</lastmod></url>
 <url><lastmod>2025-01-01</lastmod></url>
</urlset>)";
  ParsedFeed f = MustParse(xml, "https://paper.example/news-sitemap.xml");
  EXPECT_EQ(f.kind, FeedKind::kUrlset);
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[0].url, "https://paper.example/world/iraq-custody");
  EXPECT_EQ(f.entries[0].title, "Iraq takes custody");
  EXPECT_EQ(f.entries[0].published, "2026-02-14T09:30:00+00:00");
  EXPECT_EQ(f.entries[1].lastmod, "2025-01-01");
  EXPECT_EQ(f.diagnostics.size(), 1u);
}

// sitemaps.org "Using Sitemap index files": <sitemapindex><sitemap><loc>, <lastmod>.
TEST(Feeds, SitemapIndex) {
  const char* xml = R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
   <sitemap><loc>https://s.example/sitemap1.xml.gz</loc><lastmod>2026-02-14</lastmod></sitemap>
   <sitemap><loc>https://s.example/sitemap2.xml</loc></sitemap>
  </sitemapindex>)";
  ParsedFeed f = MustParse(xml, "https://s.example/sitemap_index.xml");
  EXPECT_EQ(f.kind, FeedKind::kSitemapIndex);
  EXPECT_EQ(FeedKindName(f.kind), "sitemapindex");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_TRUE(f.entries[0].is_sitemap);
  EXPECT_TRUE(f.entries[1].is_sitemap);
  EXPECT_EQ(f.entries[0].lastmod, "2026-02-14");
}

// sitemaps.org: "You can compress your Sitemap files using gzip".
TEST(Feeds, GzippedSitemap) {
  std::string xml = "<urlset>";
  for (int i = 0; i < 100; ++i)
    xml += "<url><loc>https://g.example/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  std::string gz = Gzip(xml);
  ASSERT_TRUE(LooksGzipped(gz));
  ParsedFeed f = MustParse(gz, "https://g.example/sitemap.xml.gz");
  ASSERT_EQ(f.entries.size(), 100u);
  EXPECT_EQ(f.entries[99].url, "https://g.example/99");
}

TEST(Feeds, GzipBombIsCapped) {
  std::string xml = "<urlset>" + std::string(4 << 20, ' ') + "</urlset>";
  std::string gz = Gzip(xml);
  EXPECT_LT(gz.size(), 20000u);
  FeedParseOptions opts;
  opts.max_document_bytes = 1 << 20;
  Result<ParsedFeed> r = ParseFeed(gz, "https://g.example/bomb.xml.gz", opts);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.status().IsResourceExhausted()) << r.status().ToString();
  // A plain document over the cap is refused the same way.
  r = ParseFeed(xml, "https://g.example/big.xml", opts);
  EXPECT_TRUE(r.status().IsResourceExhausted()) << r.status().ToString();
}

TEST(Feeds, TruncatedGzipIsCorruption) {
  std::string gz = Gzip("<urlset><url><loc>https://g.example/1</loc></url></urlset>");
  Result<ParsedFeed> r = ParseFeed(gz.substr(0, gz.size() / 2), "https://g.example/s.xml.gz");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.status().IsCorruption()) << r.status().ToString();
}

// The safety contract: a fetched feed can only point at http(s) pages.
TEST(Feeds, FetchedFeedCannotPointAtLocalFiles) {
  const char* xml = R"(<rss><channel>
   <item><link>file:///etc/passwd</link></item>
   <item><link>javascript:alert(1)</link></item>
   <item><link>ftp://x.example/a</link></item>
   <item><link>http:/no-host</link></item>
   <item><link>http:///no-host</link></item>
   <item><link>https://ok.example/a</link></item>
  </channel></rss>)";
  FeedParseOptions opts;
  opts.allow_file_links = true;  // ignored: the document came over https
  ParsedFeed f = MustParse(xml, "https://feed.example/rss", opts);
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].url, "https://ok.example/a");
  EXPECT_EQ(f.diagnostics.size(), 5u);
}

// A feed the user named on disk: relative links resolve to file: URLs (RFC 3986 §5.2)
// only with allow_file_links; http(s) links are always fine.
TEST(Feeds, LocalFeedRelativeLinksNeedAllowFileLinks) {
  const char* xml = R"(<rss version="2.0"><channel>
   <item><link>001-iraq.html</link></item>
   <item><link>pages/002 yiddish.html</link></item>
   <item><link>https://web.example/a</link></item>
  </channel></rss>)";
  FeedParseOptions opts;
  opts.allow_file_links = true;
  ParsedFeed f = MustParse(xml, "file:///data/samples/feed.xml", opts);
  ASSERT_EQ(f.entries.size(), 3u);
  EXPECT_EQ(f.entries[0].url, "file:///data/samples/001-iraq.html");
  EXPECT_EQ(f.entries[1].url, "file:///data/samples/pages/002%20yiddish.html");
  EXPECT_EQ(f.entries[2].url, "https://web.example/a");

  ParsedFeed strict = MustParse(xml, "file:///data/samples/feed.xml");
  ASSERT_EQ(strict.entries.size(), 1u);
  EXPECT_EQ(strict.entries[0].url, "https://web.example/a");
  EXPECT_EQ(strict.diagnostics.size(), 2u);
}

// RFC 3986 §5.4.1 normal examples, through an item link.
TEST(Feeds, RelativeResolutionFollowsRfc3986) {
  struct Case {
    const char* ref;
    const char* want;
  } cases[] = {{"g", "http://a/b/c/g"},      {"./g", "http://a/b/c/g"},
               {"/g", "http://a/g"},         {"//g", "http://g"},
               {"?y", "http://a/b/c/d;p?y"}, {"g?y#s", "http://a/b/c/g?y#s"},
               {"../../g", "http://a/g"},    {"../g", "http://a/b/g"}};
  for (const Case& c : cases) {
    std::string xml =
        std::string("<rss><channel><item><link>") + c.ref + "</link></item></channel></rss>";
    ParsedFeed f = MustParse(xml, "http://a/b/c/d;p?q");
    ASSERT_EQ(f.entries.size(), 1u) << c.ref;
    EXPECT_EQ(f.entries[0].url, c.want) << c.ref;
  }
}

TEST(Feeds, DuplicateLinksAppearOnce) {
  const char* xml = R"(<urlset><url><loc>https://d.example/a</loc></url>
    <url><loc>https://d.example/a</loc></url><url><loc>https://d.example/b</loc></url></urlset>)";
  ParsedFeed f = MustParse(xml, "https://d.example/s.xml");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[1].url, "https://d.example/b");
}

TEST(Feeds, MaxEntriesTruncatesWithOneDiagnostic) {
  std::string xml = "<urlset>";
  for (int i = 0; i < 10; ++i)
    xml += "<url><loc>https://m.example/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  FeedParseOptions opts;
  opts.max_entries = 3;
  ParsedFeed f = MustParse(xml, "https://m.example/s.xml", opts);
  EXPECT_EQ(f.entries.size(), 3u);
  EXPECT_EQ(f.diagnostics.size(), 1u);
}

TEST(Feeds, NotAFeed) {
  Result<ParsedFeed> r = ParseFeed("<html><body>hi</body></html>", "https://x.example/");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.status().IsInvalidArgument());
  EXPECT_NE(r.status().message().find("<html>"), std::string::npos);
  EXPECT_TRUE(ParseFeed("", "https://x.example/").status().IsInvalidArgument());
  EXPECT_TRUE(ParseFeed("not xml at all", "https://x.example/").status().IsInvalidArgument());
}

// A feed with an unescaped ampersand (common in the wild) is recovered, with a diagnostic.
TEST(Feeds, RecoversFromMalformedXml) {
  const char* xml =
      "<rss><channel><item><title>Tom & Jerry</title>"
      "<link>https://r.example/a?x=1&y=2</link></item></channel></rss>";
  ParsedFeed f = MustParse(xml, "https://r.example/rss");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].url.rfind("https://r.example/a?x=1", 0), 0u) << f.entries[0].url;
  EXPECT_FALSE(f.diagnostics.empty());
}

// XXE (CWE-611): an external entity naming a local file must not be read.
TEST(Feeds, ExternalEntitiesAreNeverLoaded) {
  std::filesystem::path secret =
      std::filesystem::temp_directory_path() / ("newsdesk_xxe_" + std::to_string(::getpid()));
  { std::ofstream(secret) << "TOPSECRET"; }
  const std::string uri = "file://" + secret.string();
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
      "  <!ENTITY xxe SYSTEM \"" +
      uri +
      "\">\n"
      "  <!ENTITY % pe SYSTEM \"" +
      uri +
      "\">\n  %pe;\n]>\n"
      "<rss><channel><title>&xxe;</title><item><title>a &xxe; b</title>"
      "<link>https://x.example/&xxe;</link></item></channel></rss>";
  Result<ParsedFeed> r = ParseFeed(xml, "https://x.example/rss");
  std::filesystem::remove(secret);
  if (!r.ok()) return;  // refusing the document outright is also safe
  EXPECT_EQ(r->title.find("TOPSECRET"), std::string::npos);
  for (const FeedEntry& e : r->entries) {
    EXPECT_EQ(e.title.find("TOPSECRET"), std::string::npos);
    EXPECT_EQ(e.url.find("TOPSECRET"), std::string::npos);
  }
}

// An external DTD is not fetched (XML_PARSE_NONET, no DTDLOAD): a DOCTYPE naming a local
// file that is not a DTD parses as if it were absent.
TEST(Feeds, ExternalDtdIsNotLoaded) {
  const char* xml = R"(<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "file:///dev/zero">
<rss><channel><item><link>https://x.example/1</link></item></channel></rss>)";
  ParsedFeed f = MustParse(xml, "https://x.example/rss");
  ASSERT_EQ(f.entries.size(), 1u);
}

// "Billion laughs": nested internal entities must not be expanded into our strings.
TEST(Feeds, BillionLaughsStaysSmall) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lollollollol\">\n";
  for (int i = 1; i <= 12; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) xml += "&lol" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  xml +=
      "]>\n<rss><channel><title>&lol12;</title><item><title>&lol12;</title>"
      "<link>https://x.example/1</link></item></channel></rss>";
  Result<ParsedFeed> r = ParseFeed(xml, "https://x.example/rss");
  ASSERT_OK(r);  // libxml2 stops at the entity loop; we report it and keep going
  EXPECT_FALSE(r->diagnostics.empty());
  EXPECT_LT(r->title.size(), 100u);
  for (const FeedEntry& e : r->entries) EXPECT_LT(e.title.size(), 100u);
}

}  // namespace
}  // namespace newsdesk

namespace newsdesk {
namespace {

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The shipped samples: relative item links resolve next to the feed, to files that exist.
TEST(Feeds, SamplesFeedAndSitemapResolveToExistingFiles) {
  const std::filesystem::path dir = std::filesystem::path(NEWSDESK_SOURCE_DIR) / "samples";
  FeedParseOptions opts;
  opts.allow_file_links = true;
  for (const char* name : {"feed.xml", "sitemap.xml"}) {
    const std::string url = "file://" + (dir / name).string();
    Result<ParsedFeed> f = ParseFeed(ReadAll(dir / name), url, opts);
    ASSERT_OK(f);
    EXPECT_GE(f->entries.size(), 5u) << name;
    EXPECT_TRUE(f->diagnostics.empty()) << name << ": " << f->diagnostics[0];
    for (const FeedEntry& e : f->entries) {
      ASSERT_EQ(e.url.rfind("file:///", 0), 0u) << e.url;
      EXPECT_TRUE(std::filesystem::exists(e.url.substr(7))) << e.url;
    }
  }
}

}  // namespace
}  // namespace newsdesk
