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
