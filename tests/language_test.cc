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

// A declaration is a hint, not the answer. A wrong one (a template's default, a neighbour's
// code) gives way to clear text: CLD2 hinted es leaves a Portuguese text unknown and calls
// a Galician one Spanish, though it fits Galician twice as well. A true declaration still
// decides between close languages, and a headline keeps the declared call.
TEST(DetectLanguage, AWrongDeclarationGivesWayToClearText) {
  const std::string portuguese =
      "A junta de freguesia abriu esta semana um novo centro de dia para os idosos da aldeia, "
      "que até agora tinham de apanhar o autocarro para a vila. O espaço tem refeitório, uma "
      "sala de convívio e um pequeno jardim, e vai funcionar todos os dias úteis. Segundo o "
      "presidente da junta, já há mais de trinta inscrições.";
  const std::string galician =
      "A xunta veciñal abriu esta semana un novo centro de día para os maiores da aldea, que "
      "ata agora tiñan que coller o autobús para ir á vila. O espazo ten comedor, unha sala "
      "de lecer e un pequeno xardín, e vai abrir todos os días laborables. Segundo o "
      "presidente da xunta, xa hai máis de trinta persoas apuntadas.";
  const std::string croatian =
      "Gradsko vijeće jučer je odlučilo da će se sljedeće godine obnoviti dječje igralište u "
      "središtu naselja, koje je posljednji put uređeno prije dvadeset godina. Roditelji su "
      "se tjednima žalili na polomljene ljuljačke i klupe.";
  EXPECT_EQ(DetectLanguage(portuguese, "es").language, "pt");
  EXPECT_EQ(DetectLanguage(galician, "es").language, "gl");
  EXPECT_EQ(DetectLanguage(galician, "pt").language, "gl");
  EXPECT_EQ(DetectLanguage(portuguese, "pt").language, "pt");
  // Declared bs, a Croatian-looking text is Bosnian: the two write the same ijekavian.
  EXPECT_EQ(DetectLanguage(croatian, "bs").language, "bs");
  // A German headline of English words on a page declared de is not English.
  EXPECT_NE(DetectLanguage("Energy Rising - 33 Tage Yoga Challenge", "de").language, "en");
}

// CLD2 calls a text by its second language rather than English from about 17 % of the
// bytes; an English report quoting a paragraph of Spanish or French stays English when
// English holds over two thirds of the bytes and the page declares English or nothing. A
// page declared German quoting more English than its own words stays German.
TEST(DetectLanguage, AQuotedParagraphInTheSameScriptDoesNotOutweighTheArticle) {
  const std::string english =
      "Farmers in the valley say the new water rules will cut their harvest by a third this "
      "year. The regional authority wants to reduce the amount taken from the river during the "
      "driest months, after two summers in which parts of the riverbed dried out completely. "
      "Many growers have already switched to crops that need less water, but they say the "
      "change came too quickly for the rest. At a meeting on Tuesday the farmers' union read "
      "out a statement from its members: ";
  const std::string spanish =
      "\"Nadie quiere un río seco, pero tampoco podemos cambiar de cultivo de un año para otro "
      "sin ayudas ni tiempo para prepararnos. Pedimos a la administración que escuche a quienes "
      "trabajamos la tierra cada día y que las nuevas normas se apliquen poco a poco.\" ";
  const std::string french =
      "\"Personne ne veut une rivière à sec, mais nous ne pouvons pas changer de culture d'une "
      "année à l'autre sans aide et sans temps pour nous préparer. Nous demandons à "
      "l'administration d'écouter ceux qui travaillent la terre chaque jour et d'appliquer les "
      "nouvelles règles peu à peu.\" ";
  const std::string ending =
      "The authority said it would consider a longer transition period and meet the union "
      "again next month, before the rules take effect in the spring.";
  EXPECT_EQ(DetectLanguage(english + spanish + ending, "en").language, "en");
  EXPECT_EQ(DetectLanguage(english + french + ending).language, "en");
  const std::string german =
      "Die Band hat ihr neues Album angekündigt. Der Sänger schreibt dazu: \"We spent two "
      "years writing these songs in a small cabin by the lake, far away from the city and "
      "everything we knew. It was the hardest and happiest time of our lives, and we cannot "
      "wait for you to hear what came out of it when the record is finally released.\"";
  EXPECT_EQ(DetectLanguage(german, "de").language, "de");
}

// A short Pashto text is left unknown by CLD2; Pashto's own letters (ښ ځ ړ ډ ...) name it, as
// they do a Pashto text it calls Persian. A short Persian text stays Persian.
TEST(DetectLanguage, AShortPashtoTextCld2LeavesUnknownIsPashto) {
  const std::string pashto =
      "ښاروالۍ وویل چې د ښار لوی سړک به د راتلونکې اونۍ له پیل څخه د ترمیم لپاره وتړل شي.";
  const std::string persian =
      "شهرداری گفت که خیابان اصلی شهر از آغاز هفته آینده برای تعمیر بسته "
      "می‌شود.";
  EXPECT_EQ(DetectLanguage(pashto).language, "ps");
  EXPECT_EQ(DetectLanguage(persian).language, "fa");
}

// CLD2 calls Nynorsk Bokmål ("no"), even declared nn: more of Nynorsk's own words ("ikkje",
// "frå", "eg", "kva") than twice Bokmål's make it Nynorsk. Bokmål and Danish stay.
TEST(DetectLanguage, NynorskFunctionWordsMakeATextCalledBokmalNynorsk) {
  const std::string nynorsk =
      "Eg har budd i bygda heile livet, og eg hadde aldri trudd at vi skulle miste butikken, "
      "seier ho. Kommunen vil ikkje gje meir pengar, og no veit ingen kva som skjer med "
      "postkontoret heller. Dei unge flyttar frå bygda, og dei som blir att, må køyre langt "
      "for å handle.";
  const std::string bokmal =
      "Jeg har bodd i bygda hele livet, og jeg hadde aldri trodd at vi skulle miste butikken, "
      "sier hun. Kommunen vil ikke gi mer penger, og nå vet ingen hva som skjer med "
      "postkontoret heller. De unge flytter fra bygda, og de som blir igjen, må kjøre langt "
      "for å handle.";
  const std::string danish =
      "Jeg har boet i landsbyen hele mit liv, og jeg havde aldrig troet, at vi skulle miste "
      "butikken, siger hun. Kommunen vil ikke give flere penge, og nu ved ingen, hvad der sker "
      "med posthuset. De unge flytter fra landsbyen, og de, der bliver tilbage, må køre langt "
      "for at handle.";
  EXPECT_EQ(DetectLanguage(nynorsk).language, "nn");
  EXPECT_EQ(DetectLanguage(nynorsk, "nn").language, "nn");
  EXPECT_EQ(DetectLanguage(bokmal).language, "no");
  EXPECT_EQ(DetectLanguage(bokmal, "nb").language, "no");
  EXPECT_EQ(DetectLanguage(danish).language, "da");
}

// Languages a headline cannot tell apart: CLD2's close sets and the word-table pairs.
TEST(CloseLanguages, NamesCld2sCloseSetsAndTheWordTablePairs) {
  EXPECT_TRUE(CloseLanguages("no", "nn"));
  EXPECT_TRUE(CloseLanguages("pt", "es"));
  EXPECT_TRUE(CloseLanguages("cs", "sk"));
  EXPECT_TRUE(CloseLanguages("hr", "sr"));
  EXPECT_TRUE(CloseLanguages("ms", "id"));
  EXPECT_FALSE(CloseLanguages("de", "en"));
  EXPECT_FALSE(CloseLanguages("uk", "ru"));
  EXPECT_FALSE(CloseLanguages("pt", "pt"));
  EXPECT_FALSE(CloseLanguages("", "pt"));
}

}  // namespace
}  // namespace newsdesk
