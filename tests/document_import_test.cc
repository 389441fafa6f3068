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
      {R"({"url":"https://e.com/x","title":"t")", "not valid JSON"},
      {"\xff\xfe{}", "not valid JSON"},
      {R"({"url":"https://e.com/x","title":"\xc3("})", "not valid JSON"},  // bad UTF-8
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

TEST(ParseImportLine, DeepNestingInAnIgnoredFieldDoesNotCrash) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  Result<ImportInput> doc =
      ParseImportLine(R"({"url":"https://e.com/x","title":"t","junk":)" + deep + "}");
  ASSERT_OK(doc.status());
  EXPECT_EQ(doc->title, "t");
}

}  // namespace
}  // namespace newsdesk
