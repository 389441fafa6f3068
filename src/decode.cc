// Decode stage: see include/newsdesk/decode.h for the contract.
//
// Order of evidence: BOM, HTTP Content-Type charset, <meta> prescan of the first 8 KiB,
// then detection (valid UTF-8, else ICU ucsdet). A declaration is not trusted blindly:
// bytes that are clearly UTF-16 (NUL pattern), that are not UTF-8 while UTF-8 is declared,
// or that are valid non-ASCII UTF-8 while a legacy charset is declared override it, and a
// single-byte Latin declaration yields to a confident detection of another script.
#include "newsdesk/decode.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include "ascii.h"

namespace newsdesk {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

constexpr size_t kPrescanBytes = 8192;
constexpr size_t kDetectBytes = 65536;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A declared label without surrounding HTML whitespace and quotes.
std::string_view TrimLabel(std::string_view s) { return TrimAscii(s, " \t\n\r\f\"'"); }

// Maps a declared label to the charset to decode with, per the WHATWG Encoding Standard's
// habits (ISO-8859-1 and ASCII labels mean windows-1252, GB2312/GBK mean GB18030, ...).
std::string NormalizeLabel(std::string_view label) {
  std::string l = AsciiLower(TrimLabel(label));
  if (l.empty()) return l;
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "iso_8859-1" || l == "cp1252" || l == "x-cp1252" ||
      l == "windows-1252") {
    return "windows-1252";
  }
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "iso-8859-9" || l == "latin5") return "windows-1254";
  if (l == "tis-620" || l == "iso-8859-11") return "windows-874";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb_2312-80" || l == "cp936" ||
      l == "gb18030") {
    return "GB18030";
  }
  if (l == "ks_c_5601-1987" || l == "euc-kr" || l == "cp949" || l == "windows-949") {
    return "windows-949";
  }
  if (l == "iso-8859-8-i" || l == "logical" || l == "visual") return "ISO-8859-8";
  if (l == "x-sjis" || l == "sjis" || l == "ms_kanji" || l == "shift-jis" || l == "windows-31j" ||
      l == "cp932") {
    return "Shift_JIS";
  }
  if (l == "unicode" || l == "utf-16") return "UTF-16LE";
  return std::string(TrimLabel(label));
}

// True when ICU can open a converter for `name`.
bool ConverterExists(const std::string& name) {
  if (name.empty()) return false;
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr c(ucnv_open(name.c_str(), &err));
  return U_SUCCESS(err) && c != nullptr;
}

bool IsUtf16(std::string_view cs) {
  std::string l = AsciiLower(cs);
  return l.rfind("utf-16", 0) == 0 || l.rfind("utf16", 0) == 0;
}
bool IsUtf8(std::string_view cs) { return AsciiLower(cs) == "utf-8"; }

// The value of `charset=` in a Content-Type-like string, or "".
std::string CharsetParam(std::string_view v) {
  std::string lower = AsciiLower(v);
  size_t p = lower.find("charset");
  while (p != std::string::npos) {
    size_t q = p + 7;
    while (q < lower.size() && IsSpace(lower[q])) ++q;
    if (q < lower.size() && lower[q] == '=') {
      ++q;
      while (q < lower.size() && (IsSpace(lower[q]) || lower[q] == '"' || lower[q] == '\'')) ++q;
      size_t e = q;
      while (e < lower.size() && !IsSpace(lower[e]) && lower[e] != ';' && lower[e] != '"' &&
             lower[e] != '\'' && lower[e] != '>' && lower[e] != ',')
        ++e;
      return std::string(v.substr(q, e - q));
    }
    p = lower.find("charset", p + 7);
  }
  return "";
}

// Prescans the head of the document for <meta charset>, <meta http-equiv content=...> and
// the XML declaration's encoding. Returns the raw label or "".
std::string MetaCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, std::min(bytes.size(), kPrescanBytes)));
  if (head.rfind("<?xml", 0) == 0) {
    size_t end = head.find("?>");
    size_t enc = head.find("encoding", 0);
    if (enc != std::string::npos && enc < end) {
      size_t q = head.find_first_of("\"'", enc);
      if (q != std::string::npos && q < end) {
        size_t e = head.find(head[q], q + 1);
        if (e != std::string::npos) return std::string(bytes.substr(q + 1, e - q - 1));
      }
    }
  }
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    std::string cs = CharsetParam(tag);
    if (!cs.empty()) return cs;
    pos = end;
  }
  return "";
}

// Share of NUL bytes at even and odd offsets in the first bytes: UTF-16 text of any
// script that uses ASCII markup has NULs on one side only.
std::string Utf16ByNulPattern(std::string_view bytes) {
  size_t n = std::min(bytes.size(), static_cast<size_t>(4096));
  if (n < 16) return "";
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] == '\0') (i % 2 == 0 ? even : odd)++;
  }
  size_t half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return "UTF-16LE";
  if (even > half * 0.3 && odd < half * 0.05) return "UTF-16BE";
  return "";
}

struct Utf8Check {
  bool valid = true;
  bool has_non_ascii = false;
  int invalid = 0;    // ill-formed sequences
  int multibyte = 0;  // well-formed non-ASCII sequences
};

Utf8Check CheckUtf8(std::string_view bytes) {
  Utf8Check r;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t len = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  int32_t i = 0;
  while (i < len) {
    // ASCII, most of a page's bytes, eight at a time while all eight are.
    constexpr uint64_t kHighBits = 0x8080808080808080u;
    uint64_t eight = 0;
    if (len - i >= 8 && (std::memcpy(&eight, s + i, 8), (eight & kHighBits) == 0)) {
      i += 8;
      continue;
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    r.has_non_ascii = true;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      // A truncated sequence at the very end (a cut-off page) is not evidence against UTF-8.
      if (i >= len && len - start < 4) continue;
      r.valid = false;
      ++r.invalid;
    } else {
      ++r.multibyte;
    }
  }
  return r;
}

// Copies UTF-8 input, replacing each maximal ill-formed subsequence by U+FFFD.
void RepairUtf8(std::string_view bytes, Decoded& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t len = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  out.text.clear();
  out.text.reserve(bytes.size());
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    if (s[i] < 0x80) {
      // Copy the ASCII run in one go.
      while (i < len && s[i] < 0x80) ++i;
      out.text.append(bytes.data() + start, i - start);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      out.text.append("\xEF\xBF\xBD");
      ++out.invalid_sequences;
    } else {
      out.text.append(bytes.data() + start, i - start);
    }
  }
}

// Detected charset name (ICU's) and confidence 0-100, or {"", 0}.
std::pair<std::string, int> DetectCharset(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  DetectorPtr det(ucsdet_open(&err));
  if (U_FAILURE(err)) return {"", 0};
  ucsdet_enableInputFilter(det.get(), true);
  int32_t n = static_cast<int32_t>(std::min(bytes.size(), kDetectBytes));
  ucsdet_setText(det.get(), bytes.data(), n, &err);
  const UCharsetMatch* m = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || m == nullptr) return {"", 0};
  const char* name = ucsdet_getName(m, &err);
  int conf = ucsdet_getConfidence(m, &err);
  if (U_FAILURE(err) || name == nullptr) return {"", 0};
  // The detector cannot tell a charset from its Windows superset; decode with the superset
  // so that the extra characters (Hebrew maqaf, curly quotes) survive.
  std::string lower = AsciiLower(name);
  if (lower.rfind("iso-8859-8", 0) == 0) return {"windows-1255", conf};
  if (lower == "iso-8859-1") return {"windows-1252", conf};
  return {name, conf};
}

bool IsLatinSingleByte(std::string_view cs) {
  std::string l = AsciiLower(cs);
  return l == "windows-1252" || l == "iso-8859-15" || l == "iso-8859-2" || l == "windows-1250";
}

bool IsMultiByteCjk(std::string_view cs) {
  std::string l = AsciiLower(cs);
  return l == "shift_jis" || l == "gb18030" || l == "euc-jp" || l == "euc-kr" || l == "big5" ||
         l == "iso-2022-jp" || l == "iso-2022-kr" || l == "iso-2022-cn";
}

// Counts and substitutes U+FFFD for every undecodable byte sequence.
void CountingToUCallback(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                         UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
  auto* count = static_cast<int*>(const_cast<void*>(context));
  ++*count;
  *err = U_ZERO_ERROR;
  static const UChar kReplacement[] = {0xFFFD};
  ucnv_cbToUWriteUChars(args, kReplacement, 1, 0, err);
}

// Converts with ICU, streaming through a UTF-16 buffer into UTF-8.
Status ConvertWithIcu(std::string_view bytes, const std::string& charset, Decoded& out) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err) || !conv) {
    return Status::InvalidArgument("no converter for charset " + charset);
  }
  int invalid = 0;
  ucnv_setToUCallBack(conv.get(), CountingToUCallback, &invalid, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return Status::Internal("ucnv_setToUCallBack failed");

  ConverterPtr utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || !utf8) return Status::Internal("no UTF-8 converter");

  out.text.clear();
  out.text.reserve(bytes.size() + bytes.size() / 2);
  constexpr int kChunk = 16384;
  UChar ubuf[kChunk];
  char obuf[kChunk * 3];
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  bool done = false;
  while (!done) {
    UChar* target = ubuf;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, ubuf + kChunk, &src, src_end, nullptr, true, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR) {
      if (U_FAILURE(err)) return Status::Internal("conversion failed");
      done = true;
    }
    const UChar* usrc = ubuf;
    while (usrc < target) {
      char* otarget = obuf;
      UErrorCode err2 = U_ZERO_ERROR;
      ucnv_fromUnicode(utf8.get(), &otarget, obuf + sizeof(obuf), &usrc, target, nullptr, done,
                       &err2);
      out.text.append(obuf, otarget - obuf);
      if (U_FAILURE(err2) && err2 != U_BUFFER_OVERFLOW_ERROR) {
        return Status::Internal("UTF-8 encoding failed");
      }
    }
  }
  out.invalid_sequences = invalid;
  // Unpaired surrogates from UTF-16 input become U+FFFD in ICU's UTF-8 converter; the
  // callback above already counted them.
  return Status::OK();
}

// The IANA/MIME name for an ICU converter name ("ibm-5351_P100-1998" -> "windows-1255").
std::string StandardName(const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  const char* canonical = ucnv_getAlias(charset.c_str(), 0, &err);
  if (U_FAILURE(err) || canonical == nullptr) return charset;
  for (const char* standard : {"MIME", "IANA"}) {
    err = U_ZERO_ERROR;
    const char* n = ucnv_getStandardName(canonical, standard, &err);
    if (U_SUCCESS(err) && n != nullptr) return n;
  }
  return charset;
}

}  // namespace

Result<Decoded> Decode(std::string_view bytes, std::string_view content_type) {
  Decoded out;
  std::string charset;
  std::string_view body = bytes;

  // 1. BOM.
  if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0) {
    charset = "UTF-8";
    body.remove_prefix(3);
    out.source = "bom";
  } else if (bytes.size() >= 2 && std::memcmp(bytes.data(), "\xFF\xFE", 2) == 0) {
    charset = "UTF-16LE";
    body.remove_prefix(2);
    out.source = "bom";
  } else if (bytes.size() >= 2 && std::memcmp(bytes.data(), "\xFE\xFF", 2) == 0) {
    charset = "UTF-16BE";
    body.remove_prefix(2);
    out.source = "bom";
  }

  // 2. HTTP header, 3. <meta>.
  if (charset.empty()) {
    std::string h = NormalizeLabel(CharsetParam(content_type));
    if (ConverterExists(h)) {
      charset = h;
      out.source = "header";
    }
  }
  if (charset.empty()) {
    std::string m = NormalizeLabel(MetaCharset(bytes));
    // A <meta> readable as ASCII cannot be telling the truth about UTF-16.
    if (IsUtf16(m)) m = "UTF-8";
    if (ConverterExists(m)) {
      charset = m;
      out.source = "meta";
    }
  }

  // Sanity checks on a declaration (not on a BOM).
  if (!charset.empty() && out.source != "bom") {
    std::string by_nul = Utf16ByNulPattern(bytes);
    if (!by_nul.empty() && !IsUtf16(charset)) {
      charset = by_nul;
      out.source = "detected";
    } else if (!IsUtf16(charset)) {
      Utf8Check u = CheckUtf8(bytes);
      // Mostly well-formed UTF-8 with some damage stays UTF-8.
      if (IsUtf8(charset) && !u.valid && u.invalid > u.multibyte) {
        auto [name, conf] = DetectCharset(bytes);
        std::string n = NormalizeLabel(name);
        if (conf >= 10 && !IsUtf8(n) && ConverterExists(n)) {
          charset = n;
          out.source = "detected";
        }
      } else if (!IsUtf8(charset) && u.valid && u.has_non_ascii) {
        charset = "UTF-8";
        out.source = "detected";
      } else if (IsLatinSingleByte(charset) && u.has_non_ascii) {
        auto [name, conf] = DetectCharset(bytes);
        std::string n = NormalizeLabel(name);
        if (conf >= 50 && !IsLatinSingleByte(n) && ConverterExists(n) &&
            (IsMultiByteCjk(n) || conf >= 60)) {
          charset = n;
          out.source = "detected";
        }
      }
    }
  }

  // 4. Detection.
  if (charset.empty()) {
    std::string by_nul = Utf16ByNulPattern(bytes);
    Utf8Check u = by_nul.empty() ? CheckUtf8(bytes) : Utf8Check{false, true};
    if (!by_nul.empty()) {
      charset = by_nul;
      out.source = "detected";
    } else if (u.valid) {
      charset = "UTF-8";
      out.source = u.has_non_ascii ? "detected" : "default";
    } else {
      auto [name, conf] = DetectCharset(bytes);
      std::string n = NormalizeLabel(name);
      if (!n.empty() && ConverterExists(n)) {
        charset = n;
        out.source = "detected";
      } else {
        charset = "windows-1252";
        out.source = "default";
      }
    }
  }

  if (IsUtf8(charset)) {
    out.charset = "UTF-8";
    RepairUtf8(body, out);
    return out;
  }
  Status s = ConvertWithIcu(body, charset, out);
  if (!s.ok()) return s;
  out.charset = StandardName(charset);
  // Drop a BOM that followed a declaration.
  if (out.text.rfind("\xEF\xBB\xBF", 0) == 0) out.text.erase(0, 3);
  return out;
}

}  // namespace newsdesk
