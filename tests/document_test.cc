#include "newsdesk/document.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "newsdesk/article.h"
#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

using std::chrono::system_clock;

system_clock::time_point FetchTime() {
  // 2026-02-16T12:00:00Z
  return system_clock::time_point(std::chrono::seconds(1771243200));
}

const char kBody[] =
    "<p>The United States military has completed the transfer of approximately 5,700 "
    "detainees from detention facilities in northeastern Syria to prisons in Iraq, officials "
    "said on Saturday after weeks of preparation.</p>"
    "<p>Footage released by broadcasters showed long convoys transporting detainees across "
    "the border, underscoring both the scale and the operational complexity of the mission "
    "that planners had prepared for months.</p>"
    "<p>The transfer was conducted in phases to maintain custody integrity, prevent escape "
    "attempts and protect the personnel involved, a spokesman for the command said.</p>";

std::string Page(const std::string& head, const std::string& body, const std::string& lang = "en") {
  return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">" + head +
         "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
         "<article>" +
         body + "</article><footer>Copyright 2026 Example News</footer></body></html>";
}

PageInput Input(const std::string& url, const std::string& html) {
  PageInput in;
  in.url = url;
  in.body = html;
  in.content_type = "text/html; charset=utf-8";
  in.fetched_at = FetchTime();
  return in;
}

TEST(Document, AssemblesArticleFromPage) {
  const std::string html = Page(
      "<title>Convoys carry detainees to Iraq - Example News</title>"
      "<meta property=\"og:title\" content=\"Convoys carry detainees to Iraq\">"
      "<meta property=\"article:published_time\" content=\"2026-02-14T09:30:00Z\">"
      "<link rel=\"canonical\" href=\"https://www.example.com/world/convoys?utm_source=x\">",
      std::string("<h1>Convoys carry detainees to Iraq</h1>") + kBody);
  Result<Document> doc = AssemblePage(Input("https://www.example.com/world/convoys?ref=1", html));
  ASSERT_OK(doc);
  const Article& a = doc->article;
  EXPECT_EQ(a.url, "https://www.example.com/world/convoys?ref=1");
  // Same site: the page's canonical link wins, tracking parameters dropped.
  EXPECT_EQ(a.canonical_url, "https://www.example.com/world/convoys");
  EXPECT_EQ(a.title, "Convoys carry detainees to Iraq");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.title_language, "en");
  EXPECT_EQ(a.published.substr(0, 10), "2026-02-14");
  EXPECT_EQ(a.calendar, "gregorian");
  EXPECT_EQ(a.fetched_at, "2026-02-16T12:00:00Z");
  EXPECT_NE(a.text.find("approximately 5,700 detainees"), std::string::npos);
  EXPECT_EQ(a.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(a.content_hash.size(), 32u);
  EXPECT_EQ(a.content_hash, ContentHash(a.text));
  EXPECT_EQ(a.id, 0);
  EXPECT_EQ(a.story_id, 0);
}

TEST(Document, StepTimesAddUpWithoutChangingTheResult) {
  const std::string html = Page("<title>Convoys</title>", "<h1>Convoys</h1>" + std::string(kBody));
  const PageInput in = Input("https://www.example.com/world/convoys", html);
  AssemblyTimes times;
  Result<Document> timed = AssemblePage(in, &times);
  ASSERT_OK(timed);
  EXPECT_GT(times.decode.count(), 0);
  EXPECT_GT(times.extract.count(), 0);
  EXPECT_GT(times.finish.count(), 0);
  const AssemblyTimes first = times;
  ASSERT_OK(AssemblePage(in, &times));  // adds, never resets
  EXPECT_GT(times.extract, first.extract);
  Result<Document> plain = AssemblePage(in);
  ASSERT_OK(plain);
  EXPECT_EQ(timed->article.text, plain->article.text);
  EXPECT_EQ(timed->article.content_hash, plain->article.content_hash);
}

TEST(Document, IgnoresCanonicalOnAnotherSite) {
  const std::string html = Page(
      "<title>Convoys</title><link rel=\"canonical\" href=\"https://elsewhere.org/x\">", kBody);
  PageInput in = Input("https://news.example.com/a?utm_medium=feed", html);
  Result<Document> doc = AssemblePage(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.canonical_url, "https://news.example.com/a");
}

TEST(Document, UsesFinalUrlAfterRedirects) {
  const std::string html = Page("<title>Convoys</title>", kBody);
  PageInput in = Input("https://short.example/x", html);
  in.final_url = "https://news.example.com/2026/02/14/convoys";
  Result<Document> doc = AssemblePage(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.url, "https://short.example/x");
  EXPECT_EQ(doc->article.canonical_url, "https://news.example.com/2026/02/14/convoys");
}

TEST(Document, YiddishHeadlineOverEnglishBodyRecordsBothLanguages) {
  // Seed 002: a Yiddish headline, a Hebrew-calendar dateline, an English body.
  const std::string title = "אמעריקע טראנספערירט 5,700 אייסיס ארעסטאנטן צו איראקער תפיסה";
  const std::string html =
      Page("<title>" + title + "</title>",
           "<h1>" + title + "</h1><p class=\"dateline\">כ\"ז שבט תשפ\"ו</p>" + kBody, "yi");
  Result<Document> doc = AssemblePage(Input("https://yiddish.example.org/news/1", html));
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.language, "en");
  EXPECT_EQ(doc->article.title_language, "yi");
  EXPECT_EQ(doc->article.published, "2026-02-14");
  EXPECT_EQ(doc->article.calendar, "hebrew");
  EXPECT_EQ(doc->article.published_raw, "כ\"ז שבט תשפ\"ו");
}

TEST(Document, DecodesLegacyCharsetFromHeader) {
  // "שלום" in windows-1255, declared only by the HTTP header.
  std::string hebrew_1255 = "\xF9\xEC\xE5\xED";
  std::string html = "<html><head><title>" + hebrew_1255 + "</title></head><body><article><p>" +
                     hebrew_1255 + " " + hebrew_1255 + "</p></article></body></html>";
  PageInput in = Input("https://he.example.com/1", html);
  in.content_type = "text/html; charset=windows-1255";
  Result<Document> doc = AssemblePage(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.title, "שלום");
  EXPECT_EQ(doc->charset_source, "header");
}

// A UTF-8 page with a footer pasted from a windows-1252 template: the text is read, and
// the bytes that did not decode are counted in a warning, not lost silently.
TEST(Document, UndecodableBytesAreAWarning) {
  const std::string html =
      "<html><head><meta charset=\"utf-8\"><title>Caf\xC3\xA9</title></head><body><article>" +
      std::string(kBody) +
      "<p>Le caf\xC3\xA9 de la soci\xC3\xA9t\xC3\xA9 a rouvert \xC3\xA0 l'\xC3\xA9t\xC3\xA9.</p>"
      "</article><footer>\xA9 2026 Caf\xE9 \x96 Soci\xE9t\xE9</footer></body></html>";
  Result<Document> doc = AssemblePage(Input("https://fr.example.com/1", html));
  ASSERT_OK(doc);
  EXPECT_EQ(doc->charset, "UTF-8");
  EXPECT_EQ(doc->invalid_sequences, 5);
  const std::string warning = "decode: 5 byte sequences not valid in UTF-8 replaced by U+FFFD";
  EXPECT_NE(std::find(doc->warnings.begin(), doc->warnings.end(), warning), doc->warnings.end());
}

TEST(Document, PageWithoutMainTextIsClassifiedNotAnArticle) {
  const std::string html = "<html><head><title>Nothing here</title></head><body></body></html>";
  Result<Document> doc = AssemblePage(Input("https://example.com/empty", html));
  ASSERT_OK(doc);
  EXPECT_TRUE(doc->article.text.empty());
  EXPECT_EQ(doc->page_class, PageClass::kEmpty);
  EXPECT_EQ(doc->page_class_reason, "no main text found");
}

TEST(Document, ArticleIsClassifiedArticle) {
  Result<Document> doc =
      AssemblePage(Input("https://example.com/a", Page("<title>T</title>", kBody)));
  ASSERT_OK(doc);
  EXPECT_EQ(doc->page_class, PageClass::kArticle);
  EXPECT_EQ(doc->page_class_reason, "");
}

TEST(Document, ImportWithTitleOnlyIsNotAnArticle) {
  ImportInput in;
  in.url = "https://example.com/t";
  in.title = "Only a headline";
  Result<Document> doc = AssembleImport(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->page_class, PageClass::kEmpty);
  EXPECT_EQ(doc->page_class_reason, "no main text found");
}

// Binary data served as text/html under a bogus charset (seen in the soak, bench/soak_bench):
// the extractor finds "paragraphs" in it; the document is no article.
TEST(Document, UnreadableTextIsNotAnArticle) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 3000; ++i) {
    x = x * 1103515245 + 12345;
    junk += static_cast<char>(0x21 + (x >> 16) % 0x5E);  // printable ASCII, no spaces
    if (i % 9 == 0) junk += ' ';
  }
  Result<Document> page = AssemblePage(
      Input("https://example.com/bin",
            Page("<title>x</title>", "<article><p>" + junk + "</p><p>" + junk + "</p></article>")));
  ASSERT_OK(page);
  EXPECT_EQ(page->page_class, PageClass::kEmpty);
  EXPECT_EQ(page->page_class_reason.rfind("no readable text: ", 0), 0u) << page->page_class_reason;
  ImportInput in;
  in.url = "https://example.com/bin";
  in.title = "x";
  in.text = junk;
  Result<Document> import = AssembleImport(in);
  ASSERT_OK(import);
  EXPECT_EQ(import->page_class, PageClass::kEmpty);
}

TEST(Document, ImportedWallsAndErrorPagesAreNotArticles) {
  ImportInput in;
  in.url = "https://example.com/w";
  in.title = "Are you a robot?";
  in.text = "Please verify you are human by completing the action below.";
  Result<Document> wall = AssembleImport(in);
  ASSERT_OK(wall);
  EXPECT_EQ(wall->page_class, PageClass::kWall);
  in.title = "404 - Page not found";
  in.text = "Sorry.";
  Result<Document> error = AssembleImport(in);
  ASSERT_OK(error);
  EXPECT_EQ(error->page_class, PageClass::kError);
  in.title = "Yahoo! - 999 This page is currently unavailable";
  in.text = "Unfortunately, we are unable to process your request at this time.";
  Result<Document> unavailable = AssembleImport(in);
  ASSERT_OK(unavailable);
  EXPECT_EQ(unavailable->page_class, PageClass::kError);
  in.title = "Access denied: court turns away asylum appeal";
  in.text = "The court rejected the appeal on Monday, the lawyers said.";
  Result<Document> brief = AssembleImport(in);
  ASSERT_OK(brief);
  EXPECT_EQ(brief->page_class, PageClass::kArticle);
  in.title = "Floods";
  in.text = "Floods closed the northern rail line on Monday.";
  Result<Document> article = AssembleImport(in);
  ASSERT_OK(article);
  EXPECT_EQ(article->page_class, PageClass::kArticle);
}

TEST(Document, UnparsableDateIsKeptRawWithWarning) {
  const std::string html = Page(
      "<title>Convoys</title><meta property=\"article:published_time\" content=\"sometime soon\">",
      kBody);
  Result<Document> doc = AssemblePage(Input("https://example.com/d", html));
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.published, "");
  // No date: the story clock falls back to the fetch time.
  EXPECT_EQ(doc->published_unix, 1771243200);
}

// A candidate that names a day beats an earlier one that names only a month; a month is
// kept when nothing better is stated.
TEST(Document, DateWithADayBeatsAnEarlierMonth) {
  const std::string html = Page(
      "<title>Convoys</title><meta property=\"article:published_time\" content=\"February 2026\">",
      "<h1>Convoys</h1><p class=\"date\">14 February 2026</p>" + std::string(kBody));
  Result<Document> doc = AssemblePage(Input("https://example.com/d", html));
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.published, "2026-02-14");
  EXPECT_EQ(doc->article.published_precision, "day");
  const std::string month_only = Page(
      "<title>Convoys</title><meta property=\"article:published_time\" content=\"February 2026\">",
      "<h1>Convoys</h1>" + std::string(kBody));
  Result<Document> month = AssemblePage(Input("https://example.com/m", month_only));
  ASSERT_OK(month);
  EXPECT_EQ(month->article.published, "2026-02");
  EXPECT_EQ(month->article.published_precision, "month");
}

TEST(Document, RelativeDateUnderTheHeadlineIsReadAgainstTheFetchTime) {
  const std::string html =
      Page("<title>Budget</title>",
           "<h1>Budget</h1><div class=\"meta\">vor 2 Stunden</div>" + std::string(kBody), "de");
  Result<Document> d = AssemblePage(Input("https://example.org/a", html));
  ASSERT_OK(d);
  EXPECT_EQ(d->article.published_raw, "vor 2 Stunden");
  EXPECT_EQ(d->article.published, "2026-02-16T10:00:00Z");  // fetched 12:00 UTC
}

TEST(ContentHash, SameMatchKeySameHash) {
  // MatchKey folds case and Latin diacritics: these are one text for dedup.
  EXPECT_EQ(ContentHash("Café in Zürich"), ContentHash("CAFE IN ZURICH"));
  EXPECT_NE(ContentHash("Café in Zürich"), ContentHash("Café in Basel"));
  EXPECT_EQ(ContentHash(""), "");
  const std::string h = ContentHash("some text");
  EXPECT_EQ(h.size(), 32u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(ContentHash, EveryLengthAndByteCounts) {
  // The hash reads 16-byte blocks and a tail: changing any byte at any position of texts
  // of every tail length changes it.
  std::string text = "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop";
  for (size_t len = 1; len <= text.size(); ++len) {
    const std::string base = text.substr(0, len);
    const std::string h = ContentHash(base);
    for (size_t i = 0; i < len; ++i) {
      std::string changed = base;
      changed[i] = changed[i] == 'q' ? 'r' : 'q';
      EXPECT_NE(ContentHash(changed), h) << "len " << len << " pos " << i;
    }
  }
}

TEST(IsoUtc, FormatsSecondsInUtc) {
  EXPECT_EQ(IsoUtc(FetchTime()), "2026-02-16T12:00:00Z");
  EXPECT_EQ(IsoUtc(system_clock::time_point{}), "1970-01-01T00:00:00Z");
}

TEST(AssembleImport, NormalizesAndDates) {
  ImportInput in;
  in.url = "https://Example.com/a/../story?utm_source=rss";
  in.title = "  Convoys  carry detainees ";
  in.text = std::string("The United States military has completed the transfer of detainees ") +
            "from northeastern Syria to Iraq, officials said on Saturday.\n\n\n" +
            "The transfer was conducted in phases to protect the personnel involved.";
  in.published = "2026-02-14";
  in.imported_at = FetchTime();
  Result<Document> doc = AssembleImport(in);
  ASSERT_OK(doc);
  const Article& a = doc->article;
  EXPECT_EQ(a.canonical_url, "https://example.com/story");
  EXPECT_EQ(a.site, "example.com");
  EXPECT_EQ(a.title, "Convoys carry detainees");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.published, "2026-02-14");
  EXPECT_NE(a.text.find("Saturday.\n\nThe transfer"), std::string::npos);
  EXPECT_EQ(a.content_hash, ContentHash(a.text));
}

// A date relative to when it was written is not read against the time of the import (an
// archive's "yesterday" is not the day before the import): it is kept as printed, the
// document undated, as a date that cannot be read is.
TEST(AssembleImport, RelativeDatesAreNotReadAgainstTheImportsTime) {
  ImportInput in;
  in.url = "https://news.example.de/x";
  in.title = "Hafen wieder offen";
  in.text = "Der Hafen ist nach drei Monaten Reparatur wieder offen.";
  in.imported_at = FetchTime();
  for (const char* relative : {"yesterday", "vor 2 Stunden", "3 days ago"}) {
    in.published = relative;
    Result<Document> doc = AssembleImport(in);
    ASSERT_OK(doc);
    EXPECT_EQ(doc->article.published, "") << relative;
    EXPECT_EQ(doc->article.published_raw, relative);
    EXPECT_EQ(doc->article.fetched_at, "2026-02-16T12:00:00Z");
    EXPECT_EQ(doc->published_unix, 1771243200) << relative;  // the import's time
    EXPECT_FALSE(ReadImportDates(in).published) << relative;
    EXPECT_NE(ReadImportDates(in).published_problem, "") << relative;
  }
  in.published = "2026-02-14";
  ASSERT_TRUE(ReadImportDates(in).published);
  EXPECT_EQ(ReadImportDates(in).published->UnixSeconds(), 1771027200);
}

// With the time the document was fetched, a relative date is read against it, and that
// time is the article's fetched_at (not the time of the import).
TEST(AssembleImport, RelativeDatesAreReadAgainstTheFetchTimeGiven) {
  ImportInput in;
  in.url = "https://news.example.de/x";
  in.title = "Hafen wieder offen";
  in.text = "Der Hafen ist nach drei Monaten Reparatur wieder offen.";
  in.imported_at = FetchTime();  // 2026-02-16T12:00:00Z
  in.fetched_at = "2026-01-20T09:30:00Z";
  for (const auto& [relative, day] : {std::pair{"yesterday", "2026-01-19"},
                                      {"vor 2 Tagen", "2026-01-18"},
                                      {"3 days ago", "2026-01-17"}}) {
    in.published = relative;
    Result<Document> doc = AssembleImport(in);
    ASSERT_OK(doc);
    EXPECT_EQ(doc->article.published.substr(0, 10), day) << relative;
    EXPECT_EQ(doc->article.published_raw, relative);
    EXPECT_EQ(doc->article.fetched_at, "2026-01-20T09:30:00Z") << relative;
  }
  // Undated, the document's time in the story window is its fetch time, not the import's.
  in.published = "";
  Result<Document> undated = AssembleImport(in);
  ASSERT_OK(undated);
  EXPECT_EQ(undated->article.published, "");
  EXPECT_EQ(undated->published_unix, 1768901400);
  // A fetch time that is relative or no date is refused, not replaced by the import's.
  for (const char* bad : {"yesterday", "not a date", "2026-13-45"}) {
    in.fetched_at = bad;
    EXPECT_NE(ReadImportDates(in).fetched_problem, "") << bad;
    Result<Document> refused = AssembleImport(in);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_TRUE(refused.status().IsInvalidArgument()) << bad;
  }
}

// The dates are read once: AssembleImport stores what `dates` says, whatever `published`
// would read as now, so the canonical order and the report of unread dates (which use the
// same `dates`) cannot disagree with the store.
TEST(AssembleImport, StoresTheDatesAsReadBefore) {
  ImportInput in;
  in.url = "https://news.example/x";
  in.title = "Harbour reopens";
  in.text = "The harbour reopened on Monday after repairs that took three months.";
  in.imported_at = FetchTime();
  in.published = "2026-02-14";
  in.dates = ReadImportDates(in);
  in.published = "2026-02-15";  // changed after reading: the reading stands
  Result<Document> doc = AssembleImport(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.published, "2026-02-14");
  EXPECT_EQ(doc->published_unix, 1771027200);
}

// An ambiguous numeric date is read by the declared language only: the detected one is
// not known before the text is looked at, when the import's order is made. An English text
// with no declared language stores 03/04/2026 undated, as the order and the report have it.
TEST(AssembleImport, AmbiguousDatesNeedADeclaredLanguage) {
  ImportInput in;
  in.url = "https://news.example/x";
  in.title = "Harbour reopens after repairs";
  in.text =
      "The harbour reopened on Monday after repairs that took three months and cost "
      "twelve million pounds, the port authority said in a statement.";
  in.published = "03/04/2026";
  const ImportDates undeclared = ReadImportDates(in);
  EXPECT_FALSE(undeclared.published);
  EXPECT_NE(undeclared.published_problem, "");
  Result<Document> doc = AssembleImport(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.language, "en");  // detected, yet not used for the date
  EXPECT_EQ(doc->article.published, "");
  EXPECT_EQ(doc->article.published_raw, "03/04/2026");
  in.language = "en-US";
  doc = AssembleImport(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.published, "2026-03-04");
  in.language = "en-GB";
  doc = AssembleImport(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.published, "2026-04-03");
}

// An ambiguous zone name is read as the site's country uses it: IST on an .il site is
// Israel Standard Time, on a .in site India's; the precision is kept.
TEST(AssembleImport, ZoneNamesFollowTheSitesCountry) {
  ImportInput in;
  in.title = "Short";
  in.text = "Short text.";
  in.published = "Sat, 14 Feb 2026 10:00 IST";
  in.url = "https://news.example.co.il/x";
  Result<Document> il = AssembleImport(in);
  ASSERT_OK(il);
  EXPECT_EQ(il->article.published, "2026-02-14T10:00:00+02:00");
  EXPECT_EQ(il->article.published_precision, "minute");
  in.url = "https://news.example.in/x";
  Result<Document> india = AssembleImport(in);
  ASSERT_OK(india);
  EXPECT_EQ(india->article.published, "2026-02-14T10:00:00+05:30");
  in.published = "2026-02";
  Result<Document> month = AssembleImport(in);
  ASSERT_OK(month);
  EXPECT_EQ(month->article.published, "2026-02");
  EXPECT_EQ(month->article.published_precision, "month");
}

TEST(AssembleImport, DeclaredLanguageWins) {
  ImportInput in;
  in.url = "https://example.com/x";
  in.title = "Short";
  in.text = "Short text.";
  in.language = "de-AT";
  Result<Document> doc = AssembleImport(in);
  ASSERT_OK(doc);
  EXPECT_EQ(doc->article.language, "de");
}

TEST(AssembleImport, RejectsRelativeUrlAndEmptyDocument) {
  ImportInput in;
  in.url = "story.html";
  in.title = "T";
  EXPECT_FALSE(AssembleImport(in).ok());
  in.url = "https://example.com/x";
  in.title.clear();
  EXPECT_FALSE(AssembleImport(in).ok());
}

// A short title in the body's script takes the body's language: CLD2 calls a few words
// reliably of another language ("Black Friday bate recorde", "Cloud Gaming Dienste": en). A title
// of more words keeps its own guess (an English headline over a Portuguese body).
TEST(Document, AShortTitleInTheBodysScriptTakesTheBodysLanguage) {
  const std::string pt_body =
      "<p>O concerto de fado encheu o Coliseu na noite de sábado, com três gerações de "
      "fadistas no palco e uma plateia que cantou de pé os temas mais antigos.</p>"
      "<p>A organização disse que os bilhetes esgotaram em poucas horas e que a receita vai "
      "apoiar a escola de guitarra portuguesa do bairro, fundada há vinte anos.</p>"
      "<p>Os músicos prometeram voltar no próximo ano com um espetáculo dedicado às "
      "canções dos bairros ribeirinhos da cidade.</p>";
  const std::string de_body =
      "<p>Wir haben sechs Steuerzentralen für das vernetzte Zuhause über drei Monate im "
      "Alltag ausprobiert und dabei auf Bedienung, Datenschutz und Stromverbrauch geachtet.</p>"
      "<p>Die meisten Geräte ließen sich in wenigen Minuten einrichten, doch nur zwei "
      "arbeiteten ohne Verbindung zum Server des Herstellers zuverlässig weiter.</p>"
      "<p>Wer Wert auf Datenschutz legt, sollte vor dem Kauf prüfen, ob die Zentrale auch "
      "ohne Konto beim Anbieter funktioniert.</p>";
  for (const auto& [title, lang, body, title_language] :
       {std::tuple{"Black Friday bate recorde", "pt", pt_body, "pt"},
        std::tuple{"Cloud Gaming Dienste", "de", de_body, "de"},
        std::tuple{"Why the fado singers of Lisbon keep filling the old halls", "pt", pt_body,
                   "en"}}) {
    const std::string html = Page(std::string("<title>") + title + "</title>",
                                  std::string("<h1>") + title + "</h1>" + body, lang);
    Result<Document> doc = AssemblePage(Input("https://news.example.org/a/1", html));
    ASSERT_OK(doc);
    EXPECT_EQ(doc->article.language, lang) << title;
    EXPECT_EQ(doc->article.title_language, title_language) << title;
  }
}

// A headline is too short to tell close languages apart: one called a close neighbour of
// the body's language (Bokmål over a Nynorsk body; Spanish, as declared, over a Portuguese
// body the declaration got wrong) takes the body's.
TEST(Document, AHeadlineCalledACloseNeighbourOfTheBodysLanguageTakesTheBodys) {
  const std::string nn_body =
      "<p>Eg har budd i bygda heile livet, og eg hadde aldri trudd at vi skulle miste "
      "butikken, seier ho. Kommunen vil ikkje gje meir pengar, og no veit ingen kva som skjer "
      "med postkontoret heller.</p><p>Dei unge flyttar frå bygda, og dei som blir att, må "
      "køyre langt for å handle. Ho meiner fylket burde ha gjort noko for lenge sidan.</p>";
  const std::string pt_body =
      "<p>A junta de freguesia abriu esta semana um novo centro de dia para os idosos da "
      "aldeia, que até agora tinham de apanhar o autocarro para a vila.</p><p>O espaço tem "
      "refeitório, uma sala de convívio e um pequeno jardim, e vai funcionar todos os dias "
      "úteis. Segundo o presidente da junta, já há mais de trinta inscrições.</p>";
  for (const auto& [title, lang, body, language] :
       {std::tuple{"Butikken i bygda stengjer etter seksti år med drift", "nn", nn_body, "nn"},
        std::tuple{"Câmara municipal vai alargar a rede de autocarros às freguesias rurais", "es",
                   pt_body, "pt"}}) {
    const std::string html = Page(std::string("<title>") + title + "</title>",
                                  std::string("<h1>") + title + "</h1>" + body, lang);
    Result<Document> doc = AssemblePage(Input("https://news.example.org/a/1", html));
    ASSERT_OK(doc);
    EXPECT_EQ(doc->article.language, language) << title;
    EXPECT_EQ(doc->article.title_language, language) << title;
  }
}

}  // namespace
}  // namespace newsdesk
