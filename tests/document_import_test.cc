#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "newsdesk/document.h"
#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

TEST(ParseImportLine, ReadsEveryFieldOfAnObject) {
  Result<ImportInput> doc = ParseImportLine(
      R"({"url":"https://example.com/a/1","title":"Título","text":"Body\nline 2",)"
      R"("published":"2026-02-14T10:00:00Z","language":"es","site":"Example","id":"a-1"})");
  ASSERT_OK(doc.status());
  EXPECT_EQ(doc->url, "https://example.com/a/1");
  EXPECT_EQ(doc->title, "Título");
  EXPECT_EQ(doc->text, "Body\nline 2");
  EXPECT_EQ(doc->published, "2026-02-14T10:00:00Z");
  EXPECT_EQ(doc->language, "es");
  EXPECT_EQ(doc->site, "Example");
  EXPECT_EQ(doc->id, "a-1");
}

// The line's dates are read with it, once: `dates` is what the order, the report of dates
// not read and the stored article use. A relative `published` is read against
// `fetched_at`; a `fetched_at` that cannot be read (or is relative) fails the line.
TEST(ParseImportLine, ReadsTheDatesOnceAndRefusesAFetchTimeNotRead) {
  Result<ImportInput> doc =
      ParseImportLine(R"({"url":"https://example.de/a","title":"t","published":"vor 2 Stunden",)"
                      R"("fetched_at":"2026-02-14T10:00:00Z"})");
  ASSERT_OK(doc.status());
  EXPECT_EQ(doc->fetched_at, "2026-02-14T10:00:00Z");
  ASSERT_TRUE(doc->dates);
  ASSERT_TRUE(doc->dates->fetched);
  EXPECT_EQ(doc->dates->fetched->time_since_epoch(), std::chrono::seconds(1771063200));
  ASSERT_TRUE(doc->dates->published);
  EXPECT_EQ(doc->dates->published->UnixSeconds(), 1771063200 - 2 * 3600);

  Result<ImportInput> unread =
      ParseImportLine(R"({"url":"https://example.de/a","title":"t","published":"gestern"})");
  ASSERT_OK(unread.status());
  ASSERT_TRUE(unread->dates);
  EXPECT_FALSE(unread->dates->published);
  EXPECT_NE(unread->dates->published_problem, "");

  for (const char* bad : {"gestern", "no date at all", "2026-02-30"}) {
    Result<ImportInput> refused = ParseImportLine(
        std::string(R"({"url":"https://example.de/a","title":"t","fetched_at":")") + bad + R"("})");
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_TRUE(refused.status().IsInvalidArgument()) << bad;
    EXPECT_TRUE(refused.status().message().starts_with("field \"fetched_at\" not read: "))
        << refused.status().message();
  }
}

TEST(ParseImportLine, TakesANumericIdAsWrittenAndIgnoresNullAndUnknownFields) {
  Result<ImportInput> doc = ParseImportLine(
      R"({"url":"https://example.com/b","text":"t","id":42,"published":null,"extra":[1,{}]})");
  ASSERT_OK(doc.status());
  EXPECT_EQ(doc->id, "42");
  EXPECT_EQ(doc->published, "");
  EXPECT_EQ(doc->title, "");
}

TEST(ParseImportLine, DecodesJsonEscapesToUtf8) {
  Result<ImportInput> doc = ParseImportLine(
      R"({"url":"https://example.com/c","title":"\u05e9\u05dc\u05d5\u05dd \ud83d\ude00 \"q\""})");
  ASSERT_OK(doc.status());
  EXPECT_EQ(doc->title, "שלום 😀 \"q\"");
}

TEST(ParseImportLine, RefusesWhatIsNotADocumentWithTheReason) {
  struct Case {
    const char* line;
    const char* reason;
  } cases[] = {
      {R"({"url":"https://e.com/x","title":"t")", "not valid JSON at byte 37"},
      {"\xff\xfe{}", "not valid JSON at byte 1"},
      {R"({"url":"https://e.com/x","title":"\xc3("})", "not valid JSON at byte 36"},  // bad \x
      {"{\"url\":\"https://e.com/x\",\"title\":\"Caf\xe9\"}",
       "not valid JSON at byte 39: not UTF-8"},
      {R"({"url":"https://e.com/x","title":"t","n":1e999})", "not valid JSON"},  // overflow
      {R"(["https://e.com/x","t"])", "not a JSON object"},
      {R"("just a string")", "not a JSON object"},
      {R"({"url":"https://e.com/x","title":7})", "field \"title\" is not a string"},
      {R"({"url":["https://e.com/x"],"title":"t"})", "field \"url\" is not a string"},
      {R"({"url":"https://e.com/x","text":"t","id":true})", "field \"id\" is not a string"},
      {R"({"title":"t","text":"x"})", "missing \"url\""},
      {R"({"url":"","title":"t"})", "missing \"url\""},
      {R"({"url":"https://e.com/x","title":"","text":null})", "missing \"title\" and \"text\""},
      {R"({"url":"https://e.com/x","title":"t","language":"english"})",
       "field \"language\": \"english\" is not a language tag such as \"en\" or \"pt-BR\""},
      {R"({"url":"https://e.com/x","title":"t","language":"en us"})",
       "field \"language\": \"en us\" is not a language tag such as \"en\" or \"pt-BR\""},
      {R"({"url":"https://e.com/x","title":"t","language":"1"})",
       "field \"language\": \"1\" is not a language tag such as \"en\" or \"pt-BR\""},
  };
  for (const Case& c : cases) {
    Result<ImportInput> doc = ParseImportLine(c.line);
    ASSERT_FALSE(doc.ok()) << c.line;
    EXPECT_TRUE(doc.status().IsInvalidArgument()) << c.line;
    EXPECT_EQ(doc.status().message(), c.reason) << c.line;
  }
}

// Language tags as archives and other crawlers write them: any case, "_" or "-" before
// the region, Wikipedia's longer subtags.
TEST(ParseImportLine, TakesLanguageTagsAsOtherToolsWriteThem) {
  for (const char* tag : {"en", "EN", "en_US", "pt-BR", "zh-Hant", "be-tarask", "ckb", "iw"}) {
    Result<ImportInput> doc = ParseImportLine(
        std::string(R"({"url":"https://e.com/x","title":"t","language":")") + tag + "\"}");
    ASSERT_TRUE(doc.ok()) << tag << ": " << doc.status().ToString();
    EXPECT_EQ(doc->language, tag);
  }
}

// A value in a message is quoted and cut: a line's field may be megabytes.
TEST(QuotedValue, QuotesEscapesAndCutsLongValues) {
  EXPECT_EQ(QuotedValue("english"), "\"english\"");
  EXPECT_EQ(QuotedValue("a\"b\n"), "\"a\\\"b\\n\"");
  EXPECT_EQ(QuotedValue(std::string(1000000, 'x')),
            "\"" + std::string(200, 'x') + "\"... (1000000 bytes)");
  Result<ImportInput> doc = ParseImportLine(R"({"url":"https://e.com/x","title":"t","language":")" +
                                            std::string(1000000, 'x') + R"("})");
  ASSERT_FALSE(doc.ok());
  EXPECT_LT(doc.status().message().size(), 400u);
}

TEST(ParseImportLine, DeepNestingInAnIgnoredFieldDoesNotCrash) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  Result<ImportInput> doc =
      ParseImportLine(R"({"url":"https://e.com/x","title":"t","junk":)" + deep + "}");
  ASSERT_OK(doc.status());
  EXPECT_EQ(doc->title, "t");
}

}  // namespace
}  // namespace newsdesk
