#include "newsdesk/warc.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "newsdesk/article.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/reextract.h"
#include "newsdesk/store.h"
#include "testing/news_page.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"
#include "testing/test_server.h"
#include "warc_codec.h"

namespace newsdesk {
namespace {

using testing::TempDir;
using testing::TestServer;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// Every record of `reader`, and its warnings.
struct ReadAll {
  std::vector<WarcRecord> records;
  std::vector<std::string> warnings;
};
ReadAll ReadRecords(WarcReader& reader) {
  ReadAll out;
  WarcRecord r;
  for (;;) {
    Result<bool> more = reader.Next(r);
    EXPECT_OK(more.status());
    if (!more.ok() || !*more) break;
    out.records.push_back(r);
  }
  out.warnings = reader.TakeWarnings();
  return out;
}

// A WARC record as text, with `length` as its Content-Length line ("" = no such line).
std::string RecordText(std::string_view type, std::string_view uri, std::string_view block,
                       std::optional<std::string> length = std::nullopt) {
  std::string s = "WARC/1.0\r\nWARC-Type: " + std::string(type) +
                  "\r\nWARC-Target-URI: " + std::string(uri) +
                  "\r\nWARC-Date: 2026-02-14T10:00:00Z\r\n";
  const std::string cl = length.value_or(std::to_string(block.size()));
  if (!cl.empty()) s += "Content-Length: " + cl + "\r\n";
  s += "\r\n";
  s += block;
  s += "\r\n\r\n";
  return s;
}

std::string Gz(std::string_view text) { return warc_internal::GzipMember({text}, 6); }

std::string HttpResponse(std::string_view body, std::string_view type = "text/html",
                         std::string_view extra = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(type) + "\r\n" + std::string(extra) +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

HttpExchange Exchange(const std::string& url, const std::string& body) {
  HttpExchange x;
  x.url = url;
  x.remote_ip = "127.0.0.1";
  x.date = std::chrono::sys_days{std::chrono::year{2026} / 2 / 14} + std::chrono::hours{10};
  x.request_head = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";
  x.response_head =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
      "Content-Length: 12\r\n\r\n";
  x.body = body;
  return x;
}

// ---------------------------------------------------------------- writer and reader

TEST(WarcWriter, WritesWarcinfoRequestAndResponseThatReadBack) {
  TempDir dir;
  Result<std::unique_ptr<WarcWriter>> writer = WarcWriter::Open({.dir = dir.path()});
  ASSERT_OK(writer.status());
  Result<WarcLocation> where =
      (*writer)->WriteExchange(Exchange("https://example.com/a", "<html>hello</html>"));
  ASSERT_OK(where.status());
  ASSERT_OK((*writer)->Close());
  ASSERT_EQ((*writer)->files().size(), 1u);
  EXPECT_EQ(where->file, (*writer)->files()[0]);
  EXPECT_NE(where->file.find(".warc.gz"), std::string::npos);

  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(where->file);
  ASSERT_OK(reader.status());
  ReadAll all = ReadRecords(**reader);
  EXPECT_TRUE(all.warnings.empty()) << all.warnings.front();
  ASSERT_EQ(all.records.size(), 3u);
  EXPECT_EQ(all.records[0].type(), "warcinfo");
  EXPECT_EQ(all.records[0].version, "WARC/1.1");
  EXPECT_EQ(all.records[1].type(), "request");
  EXPECT_EQ(all.records[2].type(), "response");
  const WarcRecord& response = all.records[2];
  EXPECT_EQ(response.offset, where->offset);
  EXPECT_EQ(response.Header("WARC-Target-URI"), "https://example.com/a");
  EXPECT_EQ(response.Header("WARC-Date"), "2026-02-14T10:00:00Z");
  EXPECT_EQ(response.Header("warc-ip-address"), "127.0.0.1");
  EXPECT_EQ(all.records[1].Header("WARC-Concurrent-To"), response.Header("WARC-Record-ID"));
  EXPECT_EQ(response.Header("WARC-Payload-Digest"), "sha1:" + Sha1Base32("<html>hello</html>"));
  EXPECT_EQ(response.Header("WARC-Block-Digest"), "sha1:" + Sha1Base32(response.block));
  // The stored body is decoded: its coding and length lines are kept aside.
  EXPECT_NE(response.block.find("X-Archive-Orig-Content-Encoding: gzip\r\n"), std::string::npos);
  EXPECT_NE(response.block.find("\r\nContent-Length: 18\r\n"), std::string::npos);

  Result<ArchivedResponse> http = ParseArchivedResponse(response);
  ASSERT_OK(http.status());
  EXPECT_EQ(http->body, "<html>hello</html>");
  EXPECT_EQ(http->http_status, 200);
  EXPECT_EQ(http->content_type, "text/html");
  EXPECT_EQ(WarcDate(http->date), "2026-02-14T10:00:00Z");
}

TEST(WarcWriter, ResponseOffsetStartsAGzipMemberReadableAlone) {
  TempDir dir;
  auto writer = WarcWriter::Open({.dir = dir.path()});
  ASSERT_OK(writer.status());
  ASSERT_OK((*writer)->WriteExchange(Exchange("https://example.com/1", "one")).status());
  Result<WarcLocation> second = (*writer)->WriteExchange(Exchange("https://example.com/2", "two"));
  ASSERT_OK(second.status());
  ASSERT_OK((*writer)->Close());
  const std::string file = ReadFile(second->file);
  ReadAll all = ReadRecords(*WarcReader::FromString(file.substr(second->offset)));
  ASSERT_FALSE(all.records.empty());
  EXPECT_EQ(all.records[0].type(), "response");
  EXPECT_EQ(all.records[0].Header("WARC-Target-URI"), "https://example.com/2");
}

TEST(WarcWriter, RotatesFilesBySizeEachWithItsWarcinfo) {
  TempDir dir;
  WarcWriterOptions options{.dir = dir.path(), .max_file_bytes = 4000, .compression_level = 1};
  auto writer = WarcWriter::Open(options);
  ASSERT_OK(writer.status());
  std::string noise;  // incompressible enough
  std::mt19937 rng(17);
  for (int i = 0; i < 3000; ++i) noise += static_cast<char>('a' + rng() % 26);
  for (int i = 0; i < 6; ++i) {
    ASSERT_OK(
        (*writer)->WriteExchange(Exchange("https://e.com/" + std::to_string(i), noise)).status());
  }
  ASSERT_OK((*writer)->Close());
  const std::vector<std::string> files = (*writer)->files();
  ASSERT_GE(files.size(), 3u);
  int responses = 0;
  for (const std::string& f : files) {
    ReadAll all = ReadRecords(**WarcReader::Open(f));
    ASSERT_FALSE(all.records.empty());
    EXPECT_EQ(all.records[0].type(), "warcinfo") << f;
    for (const WarcRecord& r : all.records) responses += r.type() == "response";
  }
  EXPECT_EQ(responses, 6);
}

TEST(WarcReader, SkipsATruncatedLastGzipMemberWithAWarning) {
  TempDir dir;
  auto writer = WarcWriter::Open({.dir = dir.path()});
  ASSERT_OK(writer.status());
  for (int i = 0; i < 3; ++i) {
    ASSERT_OK(
        (*writer)->WriteExchange(Exchange("https://e.com/" + std::to_string(i), "body")).status());
  }
  Result<WarcLocation> last =
      (*writer)->WriteExchange(Exchange("https://e.com/last", std::string(5000, 'x')));
  ASSERT_OK(last.status());
  ASSERT_OK((*writer)->Close());
  std::string file = ReadFile(last->file);
  file.resize(static_cast<size_t>(last->offset) + 40);  // a crash in the middle of the write
  ReadAll all = ReadRecords(*WarcReader::FromString(file));
  int responses = 0;
  for (const WarcRecord& r : all.records) responses += r.type() == "response";
  EXPECT_EQ(responses, 3);
  ASSERT_FALSE(all.warnings.empty());
  EXPECT_NE(all.warnings[0].find("truncated gzip member"), std::string::npos) << all.warnings[0];
}

TEST(WarcReader, SkipsACorruptMemberAndReadsTheNextOnes) {
  std::string file = Gz(RecordText("resource", "https://e.com/1", "first"));
  std::string bad = Gz(RecordText("resource", "https://e.com/2", std::string(2000, 'q')));
  for (size_t i = 20; i < bad.size() - 10; i += 3) bad[i] = static_cast<char>(bad[i] ^ 0x5a);
  file += bad;
  file += Gz(RecordText("resource", "https://e.com/3", "third"));
  ReadAll all = ReadRecords(*WarcReader::FromString(file));
  ASSERT_EQ(all.records.size(), 2u);
  EXPECT_EQ(all.records[0].block, "first");
  EXPECT_EQ(all.records[1].block, "third");
  EXPECT_FALSE(all.warnings.empty());
}

TEST(WarcReader, TrustsTheMemberEndOverAWrongOrMissingContentLength) {
  std::string file;
  file += Gz(RecordText("resource", "https://e.com/long", "too long claimed", "9999"));
  file += Gz(RecordText("resource", "https://e.com/short", "too short claimed", "3"));
  file += Gz(RecordText("resource", "https://e.com/none", "no length at all", ""));
  file += Gz(RecordText("resource", "https://e.com/ok", "right"));
  ReadAll all = ReadRecords(*WarcReader::FromString(file));
  ASSERT_EQ(all.records.size(), 4u);
  EXPECT_EQ(all.records[0].block, "too long claimed");
  EXPECT_EQ(all.records[1].block, "too short claimed");
  EXPECT_EQ(all.records[2].block, "no length at all");
  EXPECT_EQ(all.records[3].block, "right");
  EXPECT_EQ(all.warnings.size(), 3u);
}

TEST(WarcReader, ReadsAFileCompressedAsOneMember) {
  std::string text;
  for (int i = 0; i < 50; ++i) {
    text +=
        RecordText("resource", "https://e.com/" + std::to_string(i), "block " + std::to_string(i));
  }
  ReadAll all = ReadRecords(*WarcReader::FromString(Gz(text)));
  ASSERT_EQ(all.records.size(), 50u);
  EXPECT_EQ(all.records[49].block, "block 49");
  EXPECT_EQ(all.records[0].offset, 0);
  EXPECT_EQ(all.records[1].offset, -1);  // inside the member: not addressable
  EXPECT_TRUE(all.warnings.empty());
}

TEST(WarcReader, ReadsPlainWarcAndSkipsJunkBetweenRecords) {
  std::string text = RecordText("resource", "https://e.com/1", "one");
  text += "garbage that is not a record\r\n";
  text += RecordText("resource", "https://e.com/2", "two");
  ReadAll all = ReadRecords(*WarcReader::FromString(text));
  ASSERT_EQ(all.records.size(), 2u);
  EXPECT_EQ(all.records[0].offset, 0);
  EXPECT_EQ(all.records[1].block, "two");
  EXPECT_EQ(all.warnings.size(), 1u);
}

TEST(WarcReader, SkipsABlockOverTheLimitAndGoesOn) {
  std::string file = Gz(RecordText("resource", "https://e.com/big", std::string(100000, 'b')));
  file += Gz(RecordText("resource", "https://e.com/small", "small"));
  ReadAll all =
      ReadRecords(*WarcReader::FromString(file, WarcReaderOptions{.max_block_bytes = 1000}));
  ASSERT_EQ(all.records.size(), 1u);
  EXPECT_EQ(all.records[0].block, "small");
  EXPECT_EQ(all.warnings.size(), 1u);
}

TEST(ArchivedResponse, UndoesChunkedAndGzipCodings) {
  const std::string html = "<html><body>chunked and gzipped</body></html>";
  const std::string gz = Gz(html);
  std::ostringstream chunked;
  chunked << std::hex << 10 << "\r\n"
          << gz.substr(0, 10) << "\r\n"
          << (gz.size() - 10) << "\r\n"
          << gz.substr(10) << "\r\n0\r\n\r\n";
  WarcRecord r;
  r.headers = {{"WARC-Type", "response"}, {"WARC-Target-URI", "<https://e.com/x>"}};
  r.block =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"
      "Content-Type: text/html; charset=utf-8\r\n\r\n" +
      chunked.str();
  Result<ArchivedResponse> http = ParseArchivedResponse(r);
  ASSERT_OK(http.status());
  EXPECT_EQ(http->body, html);
  EXPECT_EQ(http->url, "https://e.com/x");
  EXPECT_TRUE(http->warnings.empty());
}

TEST(ArchivedResponse, KeepsABodyStoredDecodedDespiteItsHeaders) {
  WarcRecord r;
  r.headers = {{"WARC-Type", "response"}};
  r.block =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n<p>x</p>";
  Result<ArchivedResponse> http = ParseArchivedResponse(r);
  ASSERT_OK(http.status());
  EXPECT_EQ(http->body, "<p>x</p>");
}

TEST(ArchivedResponse, NotFoundForOtherRecords) {
  WarcRecord r;
  r.headers = {{"WARC-Type", "request"}};
  r.block = "GET / HTTP/1.1\r\n\r\n";
  EXPECT_TRUE(ParseArchivedResponse(r).status().IsNotFound());
  r.headers = {{"WARC-Type", "response"}};
  r.block = "dns answer";
  EXPECT_TRUE(ParseArchivedResponse(r).status().IsNotFound());
}

TEST(WarcDates, RoundTripAndAcceptFractions) {
  auto t = ParseWarcDate("2026-02-14T10:00:00.123456Z");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(WarcDate(*t), "2026-02-14T10:00:00Z");
  EXPECT_FALSE(ParseWarcDate("yesterday").has_value());
}

TEST(WarcDigest, IsBase32Sha1) {
  EXPECT_EQ(Sha1Base32(""), "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  EXPECT_EQ(Sha1Base32("abc"), "VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}

// The writer's gzip members (libdeflate) are plain RFC 1952 members: zlib reads each back,
// at every level, for parts joined and for a record larger than the buffers a thread keeps.
TEST(WarcGzipMember, IsOneGzipMemberOfThePartsJoinedAtEveryLevel) {
  std::string big;
  std::mt19937 rng(7);
  while (big.size() < (size_t{5} << 20)) big += "word" + std::to_string(rng() % 5000) + " ";
  for (int level : {1, 6, 12}) {
    for (std::string_view body : {std::string_view("<p>short</p>"), std::string_view(big)}) {
      const std::string member =
          warc_internal::GzipMember({"head\r\n\r\n", body, "\r\n\r\n"}, level);
      ASSERT_GE(member.size(), 18u);
      EXPECT_EQ(member.substr(0, 2), "\x1f\x8b") << "gzip magic";
      std::string out;
      bool truncated = true;
      ASSERT_TRUE(warc_internal::InflateAll(member, int64_t{1} << 30, out, truncated));
      EXPECT_FALSE(truncated);
      EXPECT_EQ(out, "head\r\n\r\n" + std::string(body) + "\r\n\r\n") << "level " << level;
    }
  }
  EXPECT_LT(warc_internal::GzipMember({big}, 1).size(), big.size() / 2);
  EXPECT_EQ(warc_internal::GzipMember({"x"}, 13), "") << "no such level";
}

// ---------------------------------------------------------------- through the pipeline

struct StoredArticle {
  std::string canonical_url, title, text, published, language;
  bool operator==(const StoredArticle&) const = default;
};
std::vector<StoredArticle> Articles(Store& store) {
  std::vector<StoredArticle> out;
  EXPECT_OK(store.ForEachArticle([&](const Article& a) {
    out.push_back({a.canonical_url, a.title, a.text, a.published, a.language});
    return true;
  }));
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.canonical_url < b.canonical_url; });
  return out;
}

// Serves NewsPage(n) at PREFIXn for n = 1..count; returns their URLs.
std::vector<std::string> ServeNewsPages(TestServer& server, const std::string& prefix, int count) {
  std::vector<std::string> urls;
  for (int n = 1; n <= count; ++n) {
    const std::string path = prefix + std::to_string(n);
    server.Handle(path, [n](const testing::HttpRequest&) {
      return testing::HttpResponse::Html(testing::NewsPage(n));
    });
    urls.push_back(server.url(path));
  }
  return urls;
}

PipelineOptions LoopbackOptions() {
  PipelineOptions o;
  o.fetch.allow_private_networks = true;
  o.fetch.per_host_delay = std::chrono::milliseconds(0);
  o.fetch.obey_robots = false;
  o.workers = 2;
  o.ordered = true;
  return o;
}

// The records of `files`' HTML responses as ArchivedPages, as the import command does.
Result<RunSummary> ImportWarcs(Store& store, const std::vector<std::string>& files) {
  Pipeline pipeline(store, LoopbackOptions());
  std::vector<std::unique_ptr<WarcReader>> readers;
  for (const std::string& f : files) {
    Result<std::unique_ptr<WarcReader>> r = WarcReader::Open(f);
    if (!r.ok()) return r.status();
    readers.push_back(std::move(*r));
  }
  size_t i = 0;
  return pipeline.ImportPages([&](ArchivedPage& page) {
    WarcRecord record;
    while (i < readers.size()) {
      Result<bool> more = readers[i]->Next(record);
      if (!more.ok() || !*more) {
        ++i;
        continue;
      }
      Result<ArchivedResponse> http = ParseArchivedResponse(record);
      if (!http.ok() || http->http_status != 200 || !IsHtmlContentType(http->content_type)) {
        continue;
      }
      page = ArchivedPage{};
      page.response.url = http->url;
      page.response.http_status = http->http_status;
      page.response.content_type = http->content_type;
      page.response.body = http->body;
      page.fetched_at = http->date;
      page.warc_file = files[i];
      page.warc_offset = record.offset;
      return true;
    }
    return false;
  });
}

TEST(WarcPipeline, IngestArchivesResponsesThatReimportToTheSameArticles) {
  TestServer server;
  std::vector<std::string> urls = ServeNewsPages(server, "/news/", 5);
  server.Handle("/moved", [&](const testing::HttpRequest&) {
    return testing::HttpResponse::Redirect(301, "/news/6");
  });
  server.Handle("/news/6", [](const testing::HttpRequest&) {
    testing::HttpResponse r = testing::HttpResponse::Html("");
    r.body = warc_internal::GzipMember({testing::NewsPage(6)}, 6);
    r.headers.emplace_back("Content-Encoding", "gzip");
    return r;
  });
  urls.push_back(server.url("/moved"));

  TempDir dir;
  auto fetched_store = Store::Open(":memory:");
  ASSERT_OK(fetched_store.status());
  PipelineOptions options = LoopbackOptions();
  auto writer = WarcWriter::Open({.dir = dir.File("warc")});
  ASSERT_OK(writer.status());
  options.warc = std::shared_ptr<WarcWriter>(std::move(*writer));
  Pipeline pipeline(**fetched_store, options);
  Result<RunSummary> ingest = pipeline.Ingest(urls);
  ASSERT_OK(ingest.status());
  EXPECT_EQ(ingest->counts.stored, 6);
  ASSERT_OK(options.warc->Close());

  // Each article knows where its response is; that record is its page.
  const std::vector<std::string> files = options.warc->files();
  ASSERT_EQ(files.size(), 1u);
  const std::string file = ReadFile(files[0]);
  ASSERT_OK((*fetched_store)->ForEachArticle([&](const Article& a) {
    Result<std::optional<std::pair<std::string, int64_t>>> where =
        (*fetched_store)->GetArticleArchive(a.id);
    EXPECT_OK(where.status());
    EXPECT_TRUE(where.ok() && where->has_value()) << a.url;
    if (!where.ok() || !where->has_value()) return true;
    EXPECT_EQ((*where)->first, files[0]);
    ReadAll one = ReadRecords(*WarcReader::FromString(file.substr((*where)->second)));
    EXPECT_FALSE(one.records.empty());
    if (!one.records.empty()) {  // the final URL of a redirected request
      EXPECT_EQ(one.records[0].type(), "response");
      EXPECT_EQ(one.records[0].Header("WARC-Target-URI"),
                a.url.ends_with("/moved") ? server.url("/news/6") : a.url);
    }
    return true;
  }));
  // The redirect is archived too.
  ReadAll all = ReadRecords(**WarcReader::Open(files[0]));
  int responses = 0;
  for (const WarcRecord& r : all.records) responses += r.type() == "response";
  EXPECT_EQ(responses, 7);

  auto imported_store = Store::Open(":memory:");
  ASSERT_OK(imported_store.status());
  Result<RunSummary> imported = ImportWarcs(**imported_store, files);
  ASSERT_OK(imported.status());
  EXPECT_EQ(imported->counts.stored, 6);
  EXPECT_EQ(imported->counts.failed, 0);
  EXPECT_EQ(Articles(**imported_store), Articles(**fetched_store));
}

TEST(Reextract, UpdatesArticlesWhoseExtractionChangedFromTheirArchivedResponses) {
  TestServer server;
  std::vector<std::string> urls = ServeNewsPages(server, "/re/", 3);
  TempDir dir;
  auto store = Store::Open(":memory:");
  ASSERT_OK(store.status());
  PipelineOptions options = LoopbackOptions();
  auto writer = WarcWriter::Open({.dir = dir.path()});
  ASSERT_OK(writer.status());
  options.warc = std::shared_ptr<WarcWriter>(std::move(*writer));
  Pipeline pipeline(**store, options);
  ASSERT_OK(pipeline.Ingest(urls).status());
  ASSERT_OK(options.warc->Close());
  // An article as an older extractor left it, and one stored before archiving was on.
  Result<std::optional<Article>> first = (*store)->GetArticle(1);
  ASSERT_OK(first.status());
  ASSERT_TRUE(first->has_value());
  const Article fresh = **first;
  Article old = fresh;
  old.text = "Loading... Read More";
  old.title = "Home";
  ASSERT_OK((*store)->UpdateArticle(old));
  Article unarchived = fresh;
  unarchived.canonical_url += "?copy";
  unarchived.content_hash = "";
  ASSERT_OK((*store)->InsertArticle(unarchived).status());

  Result<ReextractReport> report = Reextract(**store, {});
  ASSERT_OK(report.status());
  EXPECT_EQ(report->examined, 3);
  EXPECT_EQ(report->changed, 1);
  EXPECT_EQ(report->unchanged, 2);
  EXPECT_EQ(report->failed, 0);
  EXPECT_EQ(report->not_archived, 1);
  Result<std::optional<Article>> again = (*store)->GetArticle(1);
  ASSERT_OK(again.status());
  EXPECT_EQ((*again)->text, fresh.text);
  EXPECT_EQ((*again)->title, fresh.title);
  EXPECT_EQ((*again)->story_id, fresh.story_id);

  ReextractOptions later;
  later.since = "2999-01-01";
  Result<ReextractReport> none = Reextract(**store, later);
  ASSERT_OK(none.status());
  EXPECT_EQ(none->examined, 0);
}

TEST(WarcPipeline, ImportsAWarcWrittenByWget) {
  if (std::system("/usr/bin/wget --version >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "/usr/bin/wget not installed (scripts/install-deps.sh)";
  }
  TestServer server;
  std::string urls;
  for (const std::string& url : ServeNewsPages(server, "/story/", 4)) urls += " " + url;
  urls += " " + server.url("/status/404");
  TempDir dir;
  const std::string prefix = dir.File("crawl");
  const std::string command = "cd " + dir.path() +
                              " && /usr/bin/wget --no-config --no-proxy --quiet -e robots=off "
                              "--tries=1 -O /dev/null --warc-file=" +
                              prefix + urls + " >/dev/null 2>&1";
  std::system(command.c_str());  // exit 8 for the 404
  ASSERT_TRUE(std::filesystem::exists(prefix + ".warc.gz"));

  auto store = Store::Open(":memory:");
  ASSERT_OK(store.status());
  Result<RunSummary> imported = ImportWarcs(**store, {prefix + ".warc.gz"});
  ASSERT_OK(imported.status());
  EXPECT_EQ(imported->counts.stored, 4);
  std::vector<StoredArticle> articles = Articles(**store);
  ASSERT_EQ(articles.size(), 4u);
  EXPECT_NE(articles[0].canonical_url.find("/story/1"), std::string::npos);
  EXPECT_FALSE(articles[0].text.empty());
}

// A CC-NEWS-like file: thousands of records of every kind, one gzip member each, with the
// quirks crawlers leave.
std::string CcNewsLikeWarc(int pages, int* html_pages) {
  std::string file;
  *html_pages = 0;
  file += Gz(RecordText("warcinfo", "", "software: test\r\n"));
  for (int i = 0; i < pages; ++i) {
    const std::string uri =
        "https://news" + std::to_string(i % 7) + ".example/a/" + std::to_string(i);
    file += Gz(RecordText("request", uri, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
    switch (i % 6) {
      case 0:
      case 1: {  // plain HTML
        file += Gz(RecordText("response", uri, HttpResponse(testing::NewsPage(i))));
        ++*html_pages;
        break;
      }
      case 2: {  // gzip content coding, chunked, as stored by crawlers
        const std::string gz = Gz(testing::NewsPage(i));
        std::ostringstream chunked;
        chunked << std::hex << gz.size() << "\r\n" << gz << "\r\n0\r\n\r\n";
        file += Gz(RecordText("response", uri,
                              "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
                              "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                  chunked.str()));
        ++*html_pages;
        break;
      }
      case 3:  // not HTML
        file += Gz(RecordText("response", uri, HttpResponse("{\"a\":1}", "application/json")));
        break;
      case 4:  // revisit
        file += Gz(RecordText("revisit", uri, "HTTP/1.1 304 Not Modified\r\n\r\n"));
        break;
      case 5:  // metadata
        file += Gz(RecordText("metadata", uri, "fetchTimeMs: 12\r\n"));
        break;
    }
  }
  return file;
}

TEST(WarcPipeline, ImportsACcNewsLikeFileOfMixedRecords) {
  TempDir dir;
  int html_pages = 0;
  const std::string path = dir.File("cc-news.warc.gz");
  std::string file = CcNewsLikeWarc(1500, &html_pages);
  file += Gz(RecordText("response", "https://cut.example/", HttpResponse("<html>"))).substr(0, 30);
  WriteFile(path, file);
  auto store = Store::Open(":memory:");
  ASSERT_OK(store.status());
  Result<RunSummary> imported = ImportWarcs(**store, {path});
  ASSERT_OK(imported.status());
  EXPECT_EQ(imported->counts.total, html_pages);
  EXPECT_EQ(imported->counts.failed, 0);
  EXPECT_EQ(imported->counts.stored + imported->counts.duplicates + imported->counts.skipped,
            html_pages);
  EXPECT_GT(imported->counts.stored, html_pages / 2);
  // Archived pages are not live fetches: no re-fetch is planned for them.
  Result<std::vector<FrontierEntry>> due = (*store)->ListDueUrls("2999-01-01T00:00:00Z", 10);
  ASSERT_OK(due.status());
  EXPECT_TRUE(due->empty());
}

TEST(WarcCommand, ImportsWarcFilesAndWarnsAboutTruncation) {
  TempDir dir;
  int html_pages = 0;
  std::string file = CcNewsLikeWarc(30, &html_pages);
  file += Gz(RecordText("response", "https://cut.example/", HttpResponse("<html>"))).substr(0, 30);
  WriteFile(dir.File("a.warc.gz"), file);
  const std::string out = dir.File("out.txt");
  const std::string command = std::string(NEWSDESK_BINARY) + " import " + dir.File("a.warc.gz") +
                              " --db " + dir.File("n.db") + " --workers 1 >" + out + " 2>&1";
  const int rc = std::system(command.c_str());
  const std::string text = ReadFile(out);
  EXPECT_EQ(WEXITSTATUS(rc), 0) << text;
  EXPECT_NE(text.find("truncated gzip member"), std::string::npos) << text;
  EXPECT_NE(text.find(std::to_string(html_pages) + " HTML pages"), std::string::npos) << text;
}

// A WARC file that cannot be read, or holds no record at all (a file of another kind named
// .warc), fails the import (exit 1) and its run, as a JSONL import's bad lines do; the
// files that can be read are imported, each with one progress line when read quickly.
TEST(WarcCommand, AFileThatCannotBeReadFailsTheRun) {
  TempDir dir;
  int html_pages = 0;
  WriteFile(dir.File("a.warc.gz"), CcNewsLikeWarc(10, &html_pages));
  WriteFile(dir.File("notes.warc"), "These are notes, not an archive.\n");
  const std::string out = dir.File("out.txt");
  const std::string command = std::string(NEWSDESK_BINARY) + " import " + dir.File("a.warc.gz") +
                              " " + dir.File("gone.warc.gz") + " " + dir.File("notes.warc") +
                              " --db " + dir.File("n.db") + " --workers 1 >" + out + " 2>&1";
  const int rc = std::system(command.c_str());
  const std::string text = ReadFile(out);
  EXPECT_EQ(WEXITSTATUS(rc), 1) << text;
  EXPECT_NE(text.find("gone.warc.gz"), std::string::npos) << text;
  EXPECT_NE(text.find("notes.warc: no WARC record found"), std::string::npos) << text;
  EXPECT_NE(text.find(std::to_string(html_pages) + " HTML pages"), std::string::npos) << text;
  const std::string progress = "a.warc.gz: 100%";
  const size_t first = text.find(progress);
  EXPECT_NE(first, std::string::npos) << text;
  EXPECT_EQ(text.find(progress, first + 1), std::string::npos) << text;
  auto store = Store::Open(dir.File("n.db"));
  ASSERT_OK(store.status());
  Result<std::vector<RunRecord>> runs = (*store)->ListRuns(10);
  ASSERT_OK(runs.status());
  ASSERT_EQ(runs->size(), 1u);
  EXPECT_EQ(runs->front().pipeline, "import");
  EXPECT_EQ(runs->front().status, "failed");
  EXPECT_EQ(runs->front().errors,
            (std::vector<std::pair<std::string, int64_t>>{{"unreadable_file", 2}}));
}

// A .warc.gz that decompresses to nothing (gzip of an empty archive) is an empty input, as
// an empty .warc or .jsonl is: "no documents", exit 1, errors "empty_input", not a file
// that could not be read.
TEST(WarcCommand, AGzipThatDecompressesToNothingIsAnEmptyInput) {
  TempDir dir;
  WriteFile(dir.File("empty.warc.gz"), Gz(""));
  const std::string out = dir.File("out.txt");
  const std::string command = std::string(NEWSDESK_BINARY) + " import " +
                              dir.File("empty.warc.gz") + " --db " + dir.File("n.db") +
                              " --workers 1 >" + out + " 2>&1";
  const int rc = std::system(command.c_str());
  const std::string text = ReadFile(out);
  EXPECT_EQ(WEXITSTATUS(rc), 1) << text;
  EXPECT_NE(text.find("empty.warc.gz: no documents (empty once decompressed)"), std::string::npos)
      << text;
  EXPECT_EQ(text.find("no WARC record found"), std::string::npos) << text;
  auto store = Store::Open(dir.File("n.db"));
  ASSERT_OK(store.status());
  Result<std::vector<RunRecord>> runs = (*store)->ListRuns(10);
  ASSERT_OK(runs.status());
  ASSERT_EQ(runs->size(), 1u);
  EXPECT_EQ(runs->front().status, "failed");
  EXPECT_EQ(runs->front().errors,
            (std::vector<std::pair<std::string, int64_t>>{{"empty_input", 1}}));
}

// The commands end to end: ingest --warc, import of what it wrote into another store,
// reextract over the imported articles.
TEST(WarcCommand, IngestWithWarcThenImportThenReextract) {
  TestServer server;
  TempDir dir;
  std::string list;
  for (const std::string& url : ServeNewsPages(server, "/cli/", 3)) list += url + "\n";
  WriteFile(dir.File("urls.txt"), list);
  const std::string bin = NEWSDESK_BINARY;
  const std::string log = " >>" + dir.File("log.txt") + " 2>&1";
  const std::string ingest = bin + " ingest " + dir.File("urls.txt") + " --db " + dir.File("a.db") +
                             " --allow-private-networks --delay-ms 0 --warc " + dir.File("warc") +
                             log;
  ASSERT_EQ(WEXITSTATUS(std::system(ingest.c_str())), 0) << ReadFile(dir.File("log.txt"));
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir.File("warc"))) {
    files.push_back(e.path().string());
  }
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(files[0].ends_with(".warc.gz")) << files[0];

  const std::string import = bin + " import " + files[0] + " --db " + dir.File("b.db") + log;
  ASSERT_EQ(WEXITSTATUS(std::system(import.c_str())), 0) << ReadFile(dir.File("log.txt"));
  const std::string reextract = bin + " reextract --db " + dir.File("b.db") + log;
  ASSERT_EQ(WEXITSTATUS(std::system(reextract.c_str())), 0) << ReadFile(dir.File("log.txt"));
  const std::string text = ReadFile(dir.File("log.txt"));
  EXPECT_NE(text.find("import: 3 pages"), std::string::npos) << text;
  EXPECT_NE(text.find("3 articles examined: 0 changed, 3 unchanged"), std::string::npos) << text;

  auto b = Store::Open(dir.File("b.db"));
  ASSERT_OK(b.status());
  Result<std::optional<std::pair<std::string, int64_t>>> where = (*b)->GetArticleArchive(1);
  ASSERT_OK(where.status());
  ASSERT_TRUE(where->has_value());
  EXPECT_EQ((*where)->first, files[0]);
}

}  // namespace
}  // namespace newsdesk
