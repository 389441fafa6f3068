#include "newsdesk/normalize.h"  // first: the header is self-contained

#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

// UAX #15: "e" + U+0301 COMBINING ACUTE composes to U+00E9 under NFC.
TEST(LowerCase, SimpleCaseMappingInEveryScript) {
  EXPECT_EQ(LowerCase("ÉTÉ Київ ΑΘΉΝΑ Łódź WORLD"), "été київ αθήνα łódź world");
  // One code point for one: no case folding (ß stays), no diacritics removed, and
  // scripts without case unchanged.
  EXPECT_EQ(LowerCase("STRAẞE Straße"), "straße straße");
  EXPECT_EQ(LowerCase("חדשות ١٤٤٧"), "חדשות ١٤٤٧");
  // Bytes that are not UTF-8 are kept.
  EXPECT_EQ(LowerCase("A\xFF"
                      "B\xC3"),
            "a\xFF"
            "b\xC3");
  std::string buffer = "old";
  EXPECT_EQ(LowerCase("Über", &buffer), "über");
  EXPECT_EQ(buffer, "über");
}

TEST(NormalizeText, ComposesToNfc) {
  EXPECT_EQ(NormalizeText("caf\x65\xCC\x81"), "caf\xC3\xA9");
  // Already NFC text passes unchanged.
  EXPECT_EQ(NormalizeText("שלום עולם"), "שלום עולם");
}

TEST(NormalizeText, RemovesFormattingNoise) {
  // LRM, RLM, ALM, ZWSP, soft hyphen, BOM at the start and in the middle.
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBFHel\xC2\xADlo\xE2\x80\x8B wor\xEF\xBB\xBFld"),
            "Hello world");
  EXPECT_EQ(NormalizeText("\xE2\x80\x8F"
                          "כ\"ז שבט\xE2\x80\x8E 5786\xD8\x9C"),
            "כ\"ז שבט 5786");
}

TEST(NormalizeText, KeepsZwjAndZwnj) {
  // Persian "می‌خواهم" needs its ZWNJ (U+200C); emoji sequences need ZWJ (U+200D).
  const std::string persian =
      "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\xD9\x85";
  EXPECT_EQ(NormalizeText(persian), persian);
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";
  EXPECT_EQ(NormalizeText(family), family);
}

TEST(NormalizeText, SoftHyphenRemovalLetsMarksCompose) {
  // "e" SHY U+0301: after the hyphen goes the mark must compose with the "e".
  EXPECT_EQ(NormalizeText("e\xC2\xAD\xCC\x81"), "\xC3\xA9");
}

TEST(NormalizeText, CollapsesWhitespaceKeepsParagraphs) {
  EXPECT_EQ(NormalizeText("  a \t b\xC2\xA0\xC2\xA0"
                          "c  "),
            "a b c");
  EXPECT_EQ(NormalizeText("one.\n\n\n  two.\r\n\r\nthree"), "one.\n\ntwo.\n\nthree");
  EXPECT_EQ(NormalizeText("line one \n line two"), "line one\nline two");
  EXPECT_EQ(NormalizeText("a\r\nb"), "a\nb");
  EXPECT_EQ(NormalizeText("a\xE2\x80\xA9"
                          "b"),
            "a\n\nb");  // U+2029 paragraph separator
  EXPECT_EQ(NormalizeText("\n\n  \n"), "");
}

TEST(NormalizeText, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(NormalizeText("a\xFF"
                          "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(NormalizeText("\xC3"), "\xEF\xBF\xBD");  // truncated sequence
  EXPECT_EQ(NormalizeText("\xED\xA0\x80x"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");  // surrogate
}

TEST(NormalizeText, DropsControlCharacters) {
  EXPECT_EQ(NormalizeText(std::string("a\0b\x07"
                                      "c",
                                      5)),
            "abc");
}

TEST(NormalizeText, IsIdempotent) {
  const char* inputs[] = {"  x\n\n\ny ", "e\xCC\x81\xE2\x80\x8F", "a\xFF", "\xEF\xBC\xA1"};
  for (const char* in : inputs) {
    std::string once = NormalizeText(in);
    EXPECT_EQ(NormalizeText(once), once) << in;
  }
}

TEST(NormalizeText, DoesNotApplyCompatibilityMappings) {
  // Display text keeps fullwidth A (U+FF21) and the "fi" ligature: only NFC.
  EXPECT_EQ(NormalizeText("\xEF\xBC\xA1\xEF\xAC\x81"), "\xEF\xBC\xA1\xEF\xAC\x81");
}

TEST(MatchKey, FoldsCaseAndCompatibility) {
  EXPECT_EQ(MatchKey("Hello WORLD"), "hello world");
  EXPECT_EQ(MatchKey("\xEF\xBC\xA1\xEF\xAC\x81"), "afi");  // fullwidth A, fi ligature
  EXPECT_EQ(MatchKey("Stra\xC3\x9F"
                     "e"),
            "strasse");  // full case folding of ß
}

TEST(MatchKey, RemovesLatinDiacritics) {
  EXPECT_EQ(MatchKey("Café Déjà Vu Ørsted Škoda"), "cafe deja vu ørsted skoda");
}

TEST(MatchKey, RemovesNiqqudAndCantillation) {
  // בְּרֵאשִׁית with points and a cantillation mark (U+0596 tipeha).
  EXPECT_EQ(MatchKey("בְּרֵאשִׁ֖ית"), "בראשית");
  // Presentation form U+FB2A (shin with shin dot) is compatibility-mapped then stripped.
  EXPECT_EQ(MatchKey("\xEF\xAC\xAA"), "ש");
}

TEST(MatchKey, RemovesHarakatAndTatweel) {
  // مُحَمَّد with damma, fatha, shadda; كتـــاب with tatweel.
  EXPECT_EQ(MatchKey("مُحَمَّد"), "محمد");
  EXPECT_EQ(MatchKey("كتـــاب"), "كتاب");
}

TEST(MatchKey, MapsHebrewQuotesToGershayim) {
  EXPECT_EQ(MatchKey("כ\"ז שבט תשפ\"ו"), "כ״ז שבט תשפ״ו");
  EXPECT_EQ(MatchKey("ה'תשפ\"ו"), "ה׳תשפ״ו");
  EXPECT_EQ(MatchKey("צה”ל"), "צה״ל");  // U+201D typographic quote
  EXPECT_EQ(MatchKey("ט' באב"), "ט׳ באב");
  // Real gershayim already: unchanged, so both spellings meet.
  EXPECT_EQ(MatchKey("כ״ז"), MatchKey("כ\"ז"));
}

TEST(MatchKey, TypographicQuotesMeetPlainOnes) {
  EXPECT_EQ(MatchKey("It’s “bold”"), "it's \"bold\"");
}

TEST(MatchKey, LeavesQuotesOutsideHebrewAlone) {
  EXPECT_EQ(MatchKey("say \"hi\""), "say \"hi\"");
  EXPECT_EQ(MatchKey("\"שלום\" אמר"), "\"שלום\" אמר");  // quotation marks around a word
  EXPECT_EQ(MatchKey("it's"), "it's");
}

TEST(MatchKey, KeepsIndicVowelSigns) {
  // हिंदी: the vowel signs are nonspacing marks but change the word.
  EXPECT_EQ(MatchKey("हिंदी"), "हिंदी");
}

TEST(MatchKey, RemovesIgnorables) {
  EXPECT_EQ(MatchKey("ab\xC2\xAD"
                     "c\xE2\x80\x8F"),
            "abc");
}

TEST(Words, SplitsOnWordBoundariesDroppingPunctuation) {
  EXPECT_EQ(Words("Hello, world! 5,700 detainees."),
            (std::vector<std::string>{"Hello", "world", "5,700", "detainees"}));
}

TEST(Words, KeepsHebrewAcronymsWhole) {
  // UAX #29 WB6/WB7 with U+05F4 (MidLetter): צה״ל is one word.
  EXPECT_EQ(Words("כ״ז שבט תשפ״ו, צה״ל"),
            (std::vector<std::string>{"כ״ז", "שבט", "תשפ״ו", "צה״ל"}));
}

TEST(Words, HandlesArabicAndEmpty) {
  EXPECT_EQ(Words("العراق يتسلم"), (std::vector<std::string>{"العراق", "يتسلم"}));
  EXPECT_TRUE(Words("").empty());
  EXPECT_TRUE(Words(" ... ").empty());
}

TEST(Words, ToleratesInvalidUtf8) {
  std::vector<std::string> w = Words(
      "ab\xFF"
      "cd");
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(w.front().substr(0, 2), "ab");
}

TEST(Words, IsSafeFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &ok] {
      for (int i = 0; i < 200; ++i) {
        if (Words("one two שלש ארבע").size() == 4 && MatchKey("Ä") == "a") ++ok[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 200);
}

// Appends code point `c` to `out` as UTF-8.
void AppendCodePoint(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Random bytes read as a single-byte Latin charset: printable Latin-1, a space now and then.
TEST(UnreadableTextReason, RandomBytesAsLatin1) {
  std::mt19937 rng(7);
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    const unsigned b = 0x21 + rng() % (0x100 - 0x21);
    if (b >= 0x7F && b < 0xA1) {
      text += ' ';
    } else {
      AppendCodePoint(text, b);
    }
  }
  EXPECT_EQ(UnreadableTextReason(text).rfind("letters switch from lower to upper case", 0), 0u)
      << UnreadableTextReason(text);
}

// Random bytes read as UTF-16: code points all over the BMP (Han, Hangul, Yi, Ethiopic,
// Runic, Arabic presentation forms, ...), private use and surrogates left out.
TEST(UnreadableTextReason, RandomBytesAsUtf16) {
  std::mt19937 rng(11);
  std::string text;
  while (text.size() < 6000) {
    const char32_t c = 0x100 + rng() % (0xFFF0 - 0x100);
    if ((c >= 0xD800 && c < 0xF900) || c == 0xFFFD) continue;
    AppendCodePoint(text, c);
  }
  EXPECT_EQ(UnreadableTextReason(text).rfind("the script changes between", 0), 0u)
      << UnreadableTextReason(text);
}

TEST(UnreadableTextReason, ControlAndReplacementCharacters) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "data\x01\x02\xEF\xBF\xBD block ";
  EXPECT_NE(UnreadableTextReason(text).find("control, unassigned, private-use or replacement"),
            std::string::npos)
      << UnreadableTextReason(text);
  // Invalid UTF-8 counts as replacement characters.
  EXPECT_NE(UnreadableTextReason(std::string(400, '\xFF')), "");
}

// Real writing in many scripts, with names in another script, brand names in camel case,
// Japanese kana and kanji and Korean hanja mixed, combining marks: readable.
TEST(UnreadableTextReason, RealTextInManyScriptsIsReadable) {
  const char* const texts[] = {
      "Apple said on Tuesday that iPhone sales rose, while YouTube, eBay and McDonald's "
      "reported results in line with forecasts; the NASDAQ index closed 1.2% higher.",
      "Die Bundesregierung hat am Dienstag das Klimaschutzgesetz beschlossen. Künftig müssen "
      "Verkehr und Gebäude ihre Emissionen schneller senken, sagte Ministerin Lemke in Berlin.",
      "ראש הממשלה נפגש ביום שלישי עם שר החוץ של ארה\"ב, Antony Blinken, בירושלים ודן איתו "
      "בהסכם שחרור החטופים. לפי הדיווח, 33 חטופים ישוחררו בשלב הראשון.",
      "قال وزير الخارجية يوم الثلاثاء إن المحادثات مع الوفد الأمريكي في الدوحة كانت بناءة، "
      "وأضاف أن الجولة المقبلة ستعقد الأسبوع القادم بمشاركة ممثلين عن الأمم المتحدة.",
      "東京都は火曜日、新型コロナウイルスの感染者が1万2千人を超えたと発表した。ASEAN諸国との"
      "会議では、ワクチンの供給について話し合われ、岸田首相は協力を約束した。",
      "서울시는 화요일 이태원 참사 희생자를 추모하는 행사를 열었다. 吳世勳 시장은 재발 방지 대책을 "
      "약속했으며, 유가족들은 철저한 진상 규명을 요구했다.",
      "国务院总理周二在北京会见了WHO总干事，双方就全球卫生合作交换了意见，并表示将继续加强"
      "在疫苗研发和公共卫生领域的合作。",
      "प्रधानमंत्री ने मंगलवार को नई दिल्ली में किसानों के साथ बैठक की और कहा कि सरकार "
      "न्यूनतम समर्थन मूल्य बढ़ाने पर विचार कर रही है।",
      "นายกรัฐมนตรีกล่าวเมื่อวันอังคารว่ารัฐบาลจะเพิ่มงบประมาณสำหรับการป้องกันน้ำท่วมในกรุงเทพมหานคร"
      "และจังหวัดใกล้เคียง",
      "საქართველოს მთავრობამ სამშაბათს განაცხადა, რომ ახალი კანონი ევროკავშირის "
      "სტანდარტებს შეესაბამება და პარლამენტი მას მომავალ კვირას განიხილავს.",
      "Президент заявил во вторник, что переговоры с представителями ООН и NATO продолжатся "
      "в Женеве на следующей неделе, сообщает агентство Reuters.",
  };
  for (const char* t : texts) {
    std::string text;
    while (text.size() < 1200) text += std::string(t) + "\n\n";
    EXPECT_EQ(UnreadableTextReason(text), "") << t;
  }
}

TEST(UnreadableTextReason, ShortTextsAreNotJudged) {
  EXPECT_EQ(UnreadableTextReason("\x01\x02\x03 xQzPw \xEF\xBF\xBD"), "");
}

}  // namespace
}  // namespace newsdesk
