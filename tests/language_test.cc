#include "newsdesk/language.h"  // first: the header is self-contained

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

// Sentences written for this test (not taken from a corpus), the same content in each
// language where possible.
constexpr const char* kYiddish[] = {
    "דער פרעזידענט האט געזאגט אז די רעגירונג וועט ניט טוישן איר פאליסי אין די קומענדיקע "
    "וואכן.",
    "די קינדער זענען געגאנגען אין שול און האבן זיך געלערנט לייענען און שרייבן.",
    "אין ניו יארק איז געווען א גרויסע פארזאמלונג פון טויזנטער מענטשן וועלכע האבן "
    "פראטעסטירט קעגן דעם נייעם געזעץ.",
    "מיר האבן ניט געוואוסט וואס צו טאן, אבער דער רבי האט אונדז געגעבן א גוטע עצה.",
};
constexpr const char* kHebrew[] = {
    "ראש הממשלה אמר כי הממשלה לא תשנה את מדיניותה בשבועות הקרובים.",
    "הילדים הלכו לבית הספר ולמדו לקרוא ולכתוב.",
    "בניו יורק התקיימה הפגנה גדולה של אלפי אנשים שמחו נגד החוק החדש.",
    "לא ידענו מה לעשות, אבל הרב נתן לנו עצה טובה.",
};

// The headline of seed 002 (a Yiddish news site): a short text CLD2 must still call yi.
constexpr const char* kSeed002Title =
    "אמעריקע טראנספערירט 5,700 אייסיס ארעסטאנטן צו איראקער תפיסה.";

TEST(DetectLanguage, TellsYiddishFromHebrew) {
  for (const char* s : kYiddish) {
    LanguageGuess g = DetectLanguage(s);
    EXPECT_EQ(g.language, "yi") << s;
    EXPECT_EQ(g.script, "Hebr") << s;
  }
  for (const char* s : kHebrew) {
    LanguageGuess g = DetectLanguage(s);
    EXPECT_EQ(g.language, "he") << s;  // CLD2's "iw" mapped to ISO 639-1 "he"
    EXPECT_EQ(g.script, "Hebr") << s;
  }
}

TEST(DetectLanguage, Seed002HeadlineIsYiddishBodyIsEnglish) {
  LanguageGuess title = DetectLanguage(kSeed002Title);
  EXPECT_EQ(title.language, "yi");
  EXPECT_EQ(title.script, "Hebr");

  // The seed's body as the sample page carries it (tests/data/extract/sample_refs/).
  std::ifstream in(std::string(NEWSDESK_SOURCE_DIR) +
                   "/tests/data/extract/sample_refs/002-iraq-isis-transfer-veltnayes.txt");
  ASSERT_TRUE(in) << "sample reference for page 002 missing";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string page = ss.str();
  // The body starts at "The United States military"; everything after is English.
  size_t body_start = page.find("The United States military");
  ASSERT_NE(body_start, std::string::npos);
  LanguageGuess body = DetectLanguage(std::string_view(page).substr(body_start));
  EXPECT_EQ(body.language, "en");
  EXPECT_EQ(body.script, "Latn");
  EXPECT_TRUE(body.reliable);
  EXPECT_GE(body.confidence, 80);
}

TEST(DetectLanguage, ReportsScriptAndConfidence) {
  LanguageGuess ar = DetectLanguage(
      "أعلنت الحكومة العراقية أنها تسلمت آلاف المعتقلين من تنظيم الدولة الإسلامية من سوريا.");
  EXPECT_EQ(ar.language, "ar");
  EXPECT_EQ(ar.script, "Arab");
  EXPECT_TRUE(ar.reliable);
  EXPECT_GT(ar.confidence, 50);

  LanguageGuess de = DetectLanguage(
      "Die Regierung hat am Montag angekündigt, dass sie die Gefangenen in den kommenden "
      "Wochen in den Irak überstellen wird.");
  EXPECT_EQ(de.language, "de");
  EXPECT_EQ(de.script, "Latn");

  LanguageGuess ru =
      DetectLanguage("Правительство Ирака заявило, что приняло тысячи заключённых из Сирии.");
  EXPECT_EQ(ru.language, "ru");
  EXPECT_EQ(ru.script, "Cyrl");
}

TEST(DetectLanguage, EmptyAndNonTextAreUnknown) {
  LanguageGuess empty = DetectLanguage("");
  EXPECT_EQ(empty.language, "");
  EXPECT_EQ(empty.script, "");
  EXPECT_FALSE(empty.reliable);
  EXPECT_EQ(empty.confidence, 0);

  LanguageGuess digits = DetectLanguage("12345 67 890 !!! ...");
  EXPECT_EQ(digits.script, "");
  EXPECT_FALSE(digits.reliable);
}

TEST(DetectLanguage, HintBiasesAmbiguousTextOnly) {
  // Clear English is English whatever the page claims.
  LanguageGuess clear = DetectLanguage(
      "The transfer was conducted in phases to maintain custody integrity and prevent "
      "escape attempts.",
      "de");
  EXPECT_EQ(clear.language, "en");
  // Accepts BCP 47 tags as <html lang> writes them, including "he" for Hebrew.
  LanguageGuess he = DetectLanguage("הילדים הלכו לבית הספר", "he-IL");
  EXPECT_EQ(he.language, "he");
  LanguageGuess yi = DetectLanguage("די קינדער זענען געגאנגען אין שול", "yi");
  EXPECT_EQ(yi.language, "yi");
}

// Sentences written for this test: the same news in traditional and simplified characters,
// and in Japanese.
constexpr const char* kTraditional =
    "美國國家女子籃球隊以83比61擊敗中國國家女子籃球隊，贏得世界盃冠軍。";
constexpr const char* kSimplified =
    "美国国家女子篮球队以83比61击败中国国家女子篮球队，赢得世界杯冠军。";
constexpr const char* kJapanese =
    "アメリカ女子代表は決勝で中国を83対61で破り、ワールドカップで優勝した。";

TEST(DetectLanguage, HanTextWithoutKanaIsChineseWhateverTheHint) {
  // Pages in traditional characters often declare plain "zh" (CLD2, so hinted, says ja), or
  // the region: zh-TW, zh-HK, zh-Hant.
  for (const char* hint : {"", "zh", "zh-TW", "zh_HK", "zh-Hant-MO", "ko"}) {
    EXPECT_EQ(DetectLanguage(kTraditional, hint).language, "zh-Hant") << hint;
    EXPECT_EQ(DetectLanguage(kSimplified, hint).language, "zh") << hint;
  }
  // Japanese writes kana: still Japanese when a page declares Chinese.
  EXPECT_EQ(DetectLanguage(kJapanese, "zh").language, "ja");
  EXPECT_EQ(DetectLanguage(kJapanese, "zh-TW").language, "ja");
}

// CLD2 weighs bytes (a CJK character is three) and, to see past English boilerplate,
// prefers a second language over English from about 17 % of them: a Japanese or Korean
// quote in an English report would make it Japanese. The language is the one most of the
// letters are written in when CLD2's pick holds a small share of them.
TEST(DetectLanguage, AQuoteInAnotherScriptDoesNotOutweighTheArticle) {
  const std::string english =
      "The ferry operator said on Friday that services between the two islands would resume "
      "next week after the storm damaged the pier. Passengers who had booked tickets will be "
      "offered refunds or new dates, and the harbour master asked drivers to avoid the coast "
      "road until repairs are finished. A local resident posted on social media: ";
  const std::string japanese_quote =
      "\u300c\u6e2f\u306e\u685f\u6a4b\u304c\u58ca\u308c\u3066\u3001\u8239\u304c"
      "\u6b62\u307e\u3063\u3066\u3044\u307e\u3059\u3002\u65e9\u304f\u76f4\u3063"
      "\u3066\u307b\u3057\u3044\u3067\u3059\u3002\u300d";
  const std::string korean_quote =
      "\u201c\ud56d\uad6c\uc758 \ubd80\ub450\uac00 \ubd80\uc11c\uc838\uc11c \ubc30"
      "\uac00 \uba48\ucdc4\uc2b5\ub2c8\ub2e4. \ube68\ub9ac \uace0\uccd0\uc8fc"
      "\uc138\uc694.\u201d";
  const std::string ending = " The operator expects the first crossing on Tuesday morning.";
  EXPECT_EQ(DetectLanguage(english + japanese_quote + ending).language, "en");
  EXPECT_EQ(DetectLanguage(english + korean_quote + ending).language, "en");
  // Where the other script holds most of the letters, it is that language's text.
  EXPECT_EQ(DetectLanguage(kJapanese).language, "ja");
  EXPECT_EQ(DetectLanguage(std::string(kJapanese) + " The ferry operator said on Friday.").language,
            "ja");
}

TEST(DetectLanguage, ToleratesInvalidUtf8) {
  LanguageGuess g = DetectLanguage(
      "The government said on Monday\xFF that the prisoners would be moved to Iraq soon.");
  EXPECT_EQ(g.language, "en");
}

// A Pashto text with Dari loanwords, which CLD2 calls Persian, is Pashto by its own letters
// (ښ ځ ړ ګ ۍ ...); a Persian text, or one quoting a Pashto name, stays Persian.
TEST(DetectLanguage, PashtoLettersMakeATextCalledPersianPashto) {
  const std::string pashto =
      "د کابل ښاروالۍ اعلان کړی چې د ښار په لویدیځه برخه کې به یو نوی عامه پارک جوړ شي. "
      "دا پارک به شاوخوا لس جریبه ځمکه ونیسي او په کې به د ماشومانو لپاره د لوبو ځای هم وي. "
      "د ښاروالۍ ویاند وویل چې د پارک کار به د پسرلي په پیل کې پیل شي او یو کال به ونیسي.";
  const std::string persian =
      "نخستین کتابخانه شبانه روزی شهر با حضور مسئولان استانی افتتاح شد. "
      "این کتابخانه در طبقه همکف ساختمان فرهنگسرای مرکزی قرار دارد. "
      "مدیرکل کتابخانه های عمومی استان گفت این طرح به درخواست دانشجویان اجرا شده است.";
  EXPECT_EQ(DetectLanguage(pashto).language, "ps");
  EXPECT_EQ(DetectLanguage(pashto, "fa").language, "ps");
  EXPECT_EQ(DetectLanguage(persian).language, "fa");
  EXPECT_EQ(DetectLanguage(persian + " به گفته ښکلی ګل.").language, "fa");
}

}  // namespace
}  // namespace newsdesk
