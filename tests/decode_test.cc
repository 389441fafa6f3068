#include "newsdesk/decode.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

std::string ReadData(const std::string& name) {
  std::filesystem::path p =
      std::filesystem::path(NEWSDESK_SOURCE_DIR) / "tests/data/extract" / name;
  std::ifstream in(p, std::ios::binary);
  EXPECT_TRUE(in.good()) << p;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Decodes a committed test page (bytes produced by iconv from tests/data/extract/src).
Decoded DecodeData(const std::string& name, std::string_view content_type = "") {
  auto r = Decode(ReadData(name), content_type);
  EXPECT_OK(r);
  return r.ok() ? *r : Decoded{};
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (int k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

TEST(Decode, Utf8BomIsRemoved) {
  auto r = Decode("\xEF\xBB\xBF<p>shalom \xD7\xA9</p>", "text/html; charset=windows-1252");
  ASSERT_OK(r);
  EXPECT_EQ(r->source, "bom");  // WHATWG Encoding §6 "decode": the BOM wins over labels
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_EQ(r->text, "<p>shalom \xD7\xA9</p>");
  EXPECT_EQ(r->invalid_sequences, 0);
}

// A BOM that only the declared charset reveals (GB18030 writes U+FEFF as 84 31 95 33) is
// dropped after the conversion, as a UTF-8 BOM is before it; one further in is kept.
TEST(Decode, ABomInTheDeclaredCharsetIsRemoved) {
  auto r = Decode("\x84\x31\x95\x33<p>\xC4\xE3\xBA\xC3\x84\x31\x95\x33</p>",
                  "text/html; charset=gb18030");
  ASSERT_OK(r);
  EXPECT_EQ(r->source, "header");
  EXPECT_EQ(r->charset, "GB18030");
  EXPECT_EQ(r->text, "<p>\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBB\xBF</p>");  // 你好, U+FEFF
}

TEST(Decode, InvalidUtf8BecomesReplacementAndIsCounted) {
  // Unicode §3.9 "U+FFFD Substitution of Maximal Subparts": one U+FFFD per maximal subpart.
  auto r = Decode(
      "<p>caf\xC3\xA9 a\xFF"
      "b\xC3(c\xE2\x82</p> na\xC3\xAFve \xC3\xA0 \xC3\xA9t\xC3\xA9",
      "text/html; charset=utf-8");
  ASSERT_OK(r);
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_EQ(r->text,
            "<p>caf\xC3\xA9 a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD(c\xEF\xBF\xBD</p> na\xC3\xAFve \xC3\xA0 "
            "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(r->invalid_sequences, 3);
}

// The UTF-8 check reads ASCII eight bytes at a time: a UTF-8 letter after any length of
// ASCII is seen, and the page declared Latin-1 is UTF-8.
TEST(Decode, Utf8IsSeenAtEveryOffsetAfterAscii) {
  for (size_t pad = 0; pad <= 17; ++pad) {
    SCOPED_TRACE(pad);
    const std::string ascii(pad, 'a');
    auto utf8 = Decode("<p>" + ascii + "caf\xC3\xA9</p>", "text/html; charset=iso-8859-1");
    ASSERT_OK(utf8);
    EXPECT_EQ(utf8->charset, "UTF-8");
    EXPECT_EQ(utf8->source, "detected");
  }
}

TEST(Decode, HeaderCharsetWinsOverMeta) {
  // "\xE0" is alef in windows-1255 and a-grave in windows-1252.
  std::string page = "<meta charset=\"windows-1252\"><p>\xE0\xE1\xE2 \xE0\xE1\xE2</p>";
  auto r = Decode(page, "text/html; charset=windows-1255");
  ASSERT_OK(r);
  EXPECT_EQ(r->source, "header");
  EXPECT_EQ(r->charset, "windows-1255");
  EXPECT_NE(r->text.find("\xD7\x90\xD7\x91\xD7\x92"), std::string::npos);
}

TEST(Decode, Latin1LabelMeansWindows1252) {
  // WHATWG Encoding §4.2: "iso-8859-1" is a label of windows-1252 (0x80 is the euro sign).
  auto r = Decode("<p>price \x80 5</p>", "text/html; charset=ISO-8859-1");
  ASSERT_OK(r);
  EXPECT_EQ(r->charset, "windows-1252");
  EXPECT_NE(r->text.find("\xE2\x82\xAC"), std::string::npos);
}

// The committed pages of tests/data/extract (iconv output of src/, see make_encoded.sh),
// with the Content-Type a server might send, and what Decode must make of them.
struct PageCase {
  const char* name;
  const char* file;
  const char* content_type;
  const char* source;
  const char* charset;
  const char* needle;  // UTF-8 text that proves the decoding
};

constexpr PageCase kPageCases[] = {
    {"windows-1255 via http-equiv", "he_1255.html", "", "meta", "windows-1255",
     "עיראק קיבלה לידיה אלפי עצירי דאעש מסוריה"},
    {"windows-1256 via meta charset", "ar_1256.html", "", "meta", "windows-1256",
     "العراق يتسلم آلاف المعتقلين"},
    {"ISO-8859-8 from the header only", "he_8859-8_nodecl.html", "text/html; charset=ISO-8859-8",
     "header", "ISO-8859-8", "בתי המשפט בעיראק"},
    // The detector cannot tell ISO-8859-8 from windows-1255; the superset decodes both.
    {"ISO-8859-8 undeclared", "he_8859-8_nodecl.html", "", "detected", "windows-1255",
     "בתי המשפט בעיראק"},
    {"KOI8-R undeclared", "ru_koi8r.html", "", "detected", "KOI8-R",
     "Ирак принял тысячи задержанных"},
    {"Shift_JIS via meta", "ja_sjis.html", "", "meta", "Shift_JIS",
     "イラク、シリアから数千人のIS戦闘員を移送"},
    // WHATWG Encoding §4.2: "gb2312" is a label of GBK, decoded by GB18030.
    {"gb2312 label", "zh_gb18030.html", "", "meta", "GB18030",
     "伊拉克从叙利亚接收数千名伊斯兰国武装分子"},
    {"UTF-16LE with BOM", "he_utf16le_bom.html", "", "bom", "UTF-16LE", "<!DOCTYPE html>"},
    {"UTF-16LE without BOM or declaration", "he_utf16le_nobom.html", "", "detected", "UTF-16LE",
     "עיראק קיבלה לידיה"},
    {"UTF-16BE without BOM or declaration", "ru_utf16be_nobom.html", "", "detected", "UTF-16BE",
     "Ирак принял тысячи"},
    {"UTF-16 under a wrong header and meta", "he_utf16le_wrongdecl.html",
     "text/html; charset=iso-8859-1", "detected", "UTF-16LE", "עיראק קיבלה לידיה"},
    {"windows-1255 bytes declared UTF-8", "he_1255.html", "text/html; charset=utf-8", "detected",
     "windows-1255", "עיראק קיבלה לידיה"},
    {"UTF-8 declared Latin-1", "src/yi_utf8.html", "text/html; charset=iso-8859-1", "detected",
     "UTF-8", "כ\"ז שבט תשפ\"ו"},
    // Labels browsers know besides the IANA names (WHATWG Encoding §4.2); EUC-KR is reported
    // by its name and decoded with the Hangul of Windows' code page 949 ("똠").
    {"EUC-KR labelled KSC_5601", "ko_ksc5601.html", "", "meta", "EUC-KR", "똠방각하 모임"},
    {"Shift_JIS labelled x-sjis", "ja_xsjis_label.html", "", "meta", "Shift_JIS",
     "駅前の花壇、高校生が植え替え"},
    // The standard's Big5 is Big5-HKSCS: Cantonese 嘅 咗 喺 諗 are HKSCS characters.
    {"Big5-HKSCS labelled csbig5", "zh_csbig5_hkscs.html", "", "meta", "Big5",
     "街市嘅檔主今年合力搞咗一個中秋燈籠會，喺街市門口"},
    // ICU's detector does not tell the Greek code pages apart: 0xA2 before a lower-case
    // letter is windows-1253's capital alpha with tonos ("Άρτας"), a quote mark in ISO-8859-7.
    {"windows-1253 undeclared", "el_1253_nodecl.html", "", "detected", "windows-1253",
     "Άρχισαν τη Δευτέρα τα έργα ανάπλασης στην κεντρική πλατεία της Άρτας"},
    {"ISO-8859-7 undeclared", "el_1253_nodecl_8859-7.html", "", "detected", "ISO-8859-7",
     "Άρχισαν τη Δευτέρα τα έργα ανάπλασης στην κεντρική πλατεία της Άρτας"},
    // windows-1258 writes Vietnamese tones as combining marks; the text is composed.
    {"windows-1258 composed", "vi_1258.html", "", "meta", "windows-1258",
     "Chợ phiên vùng cao đông vui ngày cuối tuần"},
    // Thai (TIS-620) is read by where its vowels and tone marks sit, undeclared or under a
    // Latin label.
    {"TIS-620 undeclared", "th_tis620_nodecl.html", "", "detected", "windows-874",
     "โรงเรียนบ้านนาเปิดห้องสมุดหลังใหม่"},
    {"TIS-620 declared ISO-8859-1", "th_tis620_latin1.html", "", "detected", "windows-874",
     "ครูใหญ่กล่าวว่าห้องสมุดจะเปิดให้ชาวบ้าน"},
};

TEST(Decode, CommittedPagesInEveryCharset) {
  for (const PageCase& c : kPageCases) {
    SCOPED_TRACE(c.name);
    Decoded d = DecodeData(c.file, c.content_type);
    EXPECT_EQ(d.source, c.source);
    EXPECT_EQ(d.charset, c.charset);
    EXPECT_EQ(d.invalid_sequences, 0);
    EXPECT_TRUE(IsValidUtf8(d.text));
    EXPECT_NE(d.text.find(c.needle), std::string::npos);
  }
}

// WHATWG Encoding Standard §4.2: the labels browsers know, beyond the IANA names, name
// their encoding (an EUC-KR page labelled "KSC_5601", Big5 "x-x-big5", Thai "dos-874"); one
// label or more of every encoding, in any case, with the whitespace around it ignored.
TEST(Decode, EveryBrowserLabelNamesItsEncoding) {
  struct LabelCase {
    const char* label;
    const char* charset;
  };
  constexpr LabelCase kCases[] = {
      {"unicode-1-1-utf-8", "UTF-8"},
      {"866", "IBM866"},
      {"l2", "ISO-8859-2"},
      {"latin3", "ISO-8859-3"},
      {"iso-ir-110", "ISO-8859-4"},
      {"cyrillic", "ISO-8859-5"},
      {"asmo-708", "ISO-8859-6"},
      {"greek8", "ISO-8859-7"},
      {"elot_928", "ISO-8859-7"},
      {"visual", "ISO-8859-8"},
      {"csisolatinhebrew", "ISO-8859-8"},
      {"logical", "ISO-8859-8-I"},
      {"csisolatin6", "ISO-8859-10"},
      {"iso885913", "ISO-8859-13"},
      {"iso8859-14", "ISO-8859-14"},
      {"l9", "ISO-8859-15"},
      {"koi", "KOI8-R"},
      {"koi8-ru", "KOI8-U"},
      {"mac", "macintosh"},
      {"dos-874", "windows-874"},
      {"iso885911", "windows-874"},
      {"x-cp1250", "windows-1250"},
      {"cp1251", "windows-1251"},
      {"ansi_x3.4-1968", "windows-1252"},
      {"x-user-defined", "windows-1252"},
      {"x-cp1253", "windows-1253"},
      {"ISO_8859-9:1989", "windows-1254"},
      {"cp1255", "windows-1255"},
      {"x-cp1256", "windows-1256"},
      {"cp1257", "windows-1257"},
      {"x-cp1258", "windows-1258"},
      {"x-mac-ukrainian", "x-mac-cyrillic"},
      {"csiso58gb231280", "GB18030"},
      {"x-x-big5", "Big5"},
      {"csbig5", "Big5"},
      {"big5-hkscs", "Big5"},
      {"cseucpkdfmtjapanese", "EUC-JP"},
      {"csiso2022jp", "ISO-2022-JP"},
      {"x-sjis", "Shift_JIS"},
      {"ms932", "Shift_JIS"},
      {"KSC_5601", "EUC-KR"},
      {"ks_c_5601-1987", "EUC-KR"},
      {"korean", "EUC-KR"},
      {"csiso2022kr", "ISO-2022-KR"},
      {"hz-gb-2312", "HZ-GB-2312"},
  };
  for (const LabelCase& c : kCases) {
    SCOPED_TRACE(c.label);
    auto r = Decode("<p>plain words</p>", std::string("text/html; charset=\" ") + c.label + "\"");
    ASSERT_OK(r);
    EXPECT_EQ(r->source, "header");
    EXPECT_EQ(r->charset, c.charset);
    EXPECT_EQ(r->text, "<p>plain words</p>");
  }
  auto utf16 = Decode(std::string("\0<\0p\0>\0a\0b", 10), "text/html; charset=unicodeFFFE");
  ASSERT_OK(utf16);
  EXPECT_EQ(utf16->charset, "UTF-16BE");
  EXPECT_EQ(utf16->text, "<p>ab");
}

// A label browsers do not know is no evidence: UTF-7 (which would turn "+ADw-" into "<")
// and an EBCDIC code page are ignored like a misspelt label, as browsers ignore them.
TEST(Decode, LabelsBrowsersDoNotKnowAreIgnored) {
  for (std::string_view label : {"utf-7", "ebcdic-cp-us", "ibm037", "utf-32"}) {
    SCOPED_TRACE(label);
    auto r = Decode("<p>a+ADw-b</p>", "text/html; charset=" + std::string(label));
    ASSERT_OK(r);
    EXPECT_EQ(r->charset, "UTF-8");
    EXPECT_EQ(r->source, "default");
    EXPECT_EQ(r->text, "<p>a+ADw-b</p>");
  }
}

// Old Israeli pages labelled ISO-8859-8 ("visual") store each line in display order; the
// decoded page reads in reading order: words, the <title>, numbers and a Latin phrase kept
// left to right, brackets mirrored, inline tags moved with their words.
TEST(Decode, HebrewStoredInVisualOrderIsPutInReadingOrder) {
  for (const char* file : {"he_visual.html", "he_visual_nodecl.html"}) {
    SCOPED_TRACE(file);
    Decoded d = DecodeData(file);
    EXPECT_TRUE(IsValidUtf8(d.text));
    for (const char* needle : {
             "<title>מועדון השחמט של העיר פותח עונה חדשה - קול השכונה</title>",
             "מועדון השחמט העירוני פתח השבוע את עונתו ה-40 בטורניר<br>"
             "פתוח שבו השתתפו 120 שחקנים (מהם 35 ילדים).",
             "ותשודר באתר Chess Club Online לכל המעוניינים.",
             "<b>הזוכה:</b> דני כהן, בן 14, מתאמן במועדון שלוש שנים",
             "<a href=\"/news\">חדשות</a> | <a href=\"/\">ראשי</a>",
         }) {
      EXPECT_NE(d.text.find(needle), std::string::npos) << needle;
    }
  }
}

// Logical Hebrew under a visual label (a server's default) is left in its order: its
// final letters end its words.
TEST(Decode, LogicalHebrewUnderAVisualLabelStaysAsItIs) {
  for (std::string_view label : {"iso-8859-8", "visual"}) {
    Decoded d = DecodeData("he_8859-8_nodecl.html", "text/html; charset=" + std::string(label));
    EXPECT_EQ(d.charset, "ISO-8859-8");
    EXPECT_NE(d.text.find("בתי המשפט בעיראק"), std::string::npos);
  }
}

// WHATWG Encoding §10.2.1: in gb18030 (and so under a GBK or GB2312 label) the byte 0x80
// alone is the euro sign, as in Windows' code page 936; ICU's GB18030 has no such byte.
TEST(Decode, Gb18030ByteEightyIsTheEuroSign) {
  auto r = Decode("<p>\xBC\xDB\xB8\xF1 \x80 5</p>", "text/html; charset=gbk");
  ASSERT_OK(r);
  EXPECT_EQ(r->charset, "GB18030");
  EXPECT_EQ(r->text, "<p>价格 € 5</p>");
  EXPECT_EQ(r->invalid_sequences, 0);
}

// UTF-16 markup is half NULs: a UTF-16 header over bytes without a NUL is plainly wrong,
// and the <meta> (or detection) says what the page is.
TEST(Decode, Utf16HeaderOverBytesWithoutNulIsIgnored) {
  auto r = Decode("<meta charset=\"utf-8\"><p>caf\xC3\xA9 cr\xC3\xA8me</p>",
                  "text/html; charset=utf-16");
  ASSERT_OK(r);
  EXPECT_EQ(r->source, "meta");
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_NE(r->text.find("caf\xC3\xA9 cr\xC3\xA8me"), std::string::npos);
}

// U+0000 is dropped (the HTML parser ignores it in text; the extractor's parser ended the
// text at the first one), whatever the encoding.
TEST(Decode, NulBytesAreDropped) {
  auto utf8 = Decode(std::string("<p>um\0 dois</p>\0\0\0", 18), "text/html; charset=utf-8");
  ASSERT_OK(utf8);
  EXPECT_EQ(utf8->text, "<p>um dois</p>");
  auto latin = Decode(std::string("<p>caf\xE9\0 cr\xE8me</p>", 18), "text/html; charset=latin1");
  ASSERT_OK(latin);
  EXPECT_EQ(latin->text, "<p>caf\xC3\xA9 cr\xC3\xA8me</p>");
}

TEST(Decode, Windows1255KeepsTheMaqaf) {
  Decoded d = DecodeData("he_1255.html");
  EXPECT_NE(d.text.find("כ־5,700"), std::string::npos);  // U+05BE exists in windows-1255 only
}

TEST(Decode, Utf16BomIsNotInTheText) {
  Decoded d = DecodeData("he_utf16le_bom.html");
  EXPECT_EQ(d.text.rfind("<!DOCTYPE html>", 0), 0u);
}

TEST(Decode, PlainAsciiDefaultsToUtf8) {
  auto r = Decode("<p>hello</p>", "");
  ASSERT_OK(r);
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_EQ(r->source, "default");
  EXPECT_EQ(r->text, "<p>hello</p>");
}

TEST(Decode, UnknownLabelIsIgnored) {
  auto r =
      Decode("<meta charset=\"x-no-such-charset\"><p>caf\xC3\xA9</p>", "text/html; charset=bogus");
  ASSERT_OK(r);
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_NE(r->text.find("caf\xC3\xA9"), std::string::npos);
}

TEST(Decode, GarbageAlwaysYieldsValidUtf8) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) % 256));
  for (std::string_view ct : {"", "text/html; charset=utf-8", "text/html; charset=shift_jis",
                              "text/html; charset=utf-16", "text/html; charset=gb18030"}) {
    auto r = Decode(junk, ct);
    ASSERT_OK(r);
    EXPECT_TRUE(IsValidUtf8(r->text)) << ct;
  }
  auto odd = Decode(std::string_view("\xFF\xFE\x41", 3), "");  // BOM + half a code unit
  ASSERT_OK(odd);
  EXPECT_TRUE(IsValidUtf8(odd->text));
  EXPECT_GE(odd->invalid_sequences, 1);
}

}  // namespace
}  // namespace newsdesk
