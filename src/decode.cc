// Decode stage: see include/newsdesk/decode.h for the contract.
//
// Order of evidence: BOM, HTTP Content-Type charset, <meta> prescan of the first 8 KiB,
// then detection (valid UTF-8, Thai by where its marks sit, else ICU ucsdet, whose Greek
// answer is settled by where the capital alpha with tonos sits). Labels are read as
// browsers read them (decode_labels.cc). A declaration is not trusted blindly: bytes that
// are clearly UTF-16 (NUL pattern), that are not UTF-8 while UTF-8 is declared, or that are
// valid non-ASCII UTF-8 while a legacy charset is declared override it, and a single-byte
// Latin declaration yields to a confident detection of another script. After conversion:
// windows-1258's combining tones are composed, Hebrew stored in visual order is put into
// reading order (decode_visual.cc), U+0000 is dropped.
#include "newsdesk/decode.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include "ascii.h"
#include "decode_internal.h"

namespace newsdesk {
namespace {

using decode_internal::Encoding;
using decode_internal::EncodingForLabel;
using decode_internal::EncodingKind;

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

// `e` when ICU can open its converter (ICU's data may lack one, e.g. ISO-8859-16), else
// nullptr: a label that cannot be decoded is no evidence.
const Encoding* Usable(const Encoding* e) {
  if (e == nullptr) return nullptr;
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr c(ucnv_open(std::string(e->converter).c_str(), &err));
  return U_SUCCESS(err) && c != nullptr ? e : nullptr;
}

bool Is(const Encoding* e, EncodingKind kind) { return e != nullptr && e->kind == kind; }

// A declared label without the HTML whitespace and quotes around it.
std::string_view TrimLabel(std::string_view s) { return TrimAscii(s, " \t\n\r\f\"'"); }

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
// script that uses ASCII markup has NULs on one side only. The UTF-16 encoding, or null.
const Encoding* Utf16ByNulPattern(std::string_view bytes) {
  size_t n = std::min(bytes.size(), static_cast<size_t>(4096));
  if (n < 16) return nullptr;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] == '\0') (i % 2 == 0 ? even : odd)++;
  }
  size_t half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return EncodingForLabel("utf-16le");
  if (even > half * 0.3 && odd < half * 0.05) return EncodingForLabel("utf-16be");
  return nullptr;
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

// Which of the two Greek code pages Greek bytes are in. They differ in where the capital
// alpha with tonos is: 0xA2 in windows-1253 (a quote mark in ISO-8859-7), 0xB6 in
// ISO-8859-7 (the pilcrow in windows-1253); before a Greek lower-case letter (0xDC-0xFE in
// both) it is that capital opening a word ("Άνοιξε", "Άνδρος").
std::string_view GreekCodePage(std::string_view bytes) {
  int windows = 0;
  int iso = 0;
  const size_t n = std::min(bytes.size(), kDetectBytes);
  for (size_t i = 0; i + 1 < n; ++i) {
    const auto b = static_cast<uint8_t>(bytes[i]);
    if ((b != 0xA2 && b != 0xB6) || static_cast<uint8_t>(bytes[i + 1]) < 0xDC) continue;
    (b == 0xA2 ? windows : iso)++;
  }
  return windows > iso ? "windows-1253" : "iso-8859-7";
}

// The encoding ICU's detector names and its confidence 0-100, or {nullptr, 0}.
std::pair<const Encoding*, int> DetectCharset(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  DetectorPtr det(ucsdet_open(&err));
  if (U_FAILURE(err)) return {nullptr, 0};
  ucsdet_enableInputFilter(det.get(), true);
  int32_t n = static_cast<int32_t>(std::min(bytes.size(), kDetectBytes));
  ucsdet_setText(det.get(), bytes.data(), n, &err);
  const UCharsetMatch* m = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || m == nullptr) return {nullptr, 0};
  const char* name = ucsdet_getName(m, &err);
  int conf = ucsdet_getConfidence(m, &err);
  if (U_FAILURE(err) || name == nullptr) return {nullptr, 0};
  // The detector cannot tell ISO-8859-8 from its Windows superset; decode with the
  // superset so that the extra characters (the maqaf, niqqud) survive. ISO-8859-1 is read
  // as windows-1252 by the label table already. Nor does it tell the Greek code pages apart.
  const std::string lower = AsciiLower(name);
  if (lower.rfind("iso-8859-8", 0) == 0) return {EncodingForLabel("windows-1255"), conf};
  if (lower == "iso-8859-7" || lower == "windows-1253") {
    return {EncodingForLabel(GreekCodePage(bytes)), conf};
  }
  return {Usable(EncodingForLabel(name)), conf};
}

// Whether single bytes are Thai in TIS-620 / windows-874, a script ICU's detector does not
// know. Thai writes its above and below vowels and its tone marks after a consonant (or
// stacked on another mark) and its leading vowels before one: in Thai text nearly every
// such byte sits where Thai orthography puts it, and all high bytes are letters of the code
// page. Latin, Cyrillic, Greek, Hebrew or Arabic letters in the same byte ranges fall
// anywhere, and double-byte CJK uses bytes windows-874 leaves undefined.
bool LooksLikeThai(std::string_view bytes) {
  const size_t n = std::min(bytes.size(), kDetectBytes);
  auto consonant = [](uint8_t b) { return b >= 0xA1 && b <= 0xCE; };
  auto mark = [](uint8_t b) {
    return b == 0xD1 || (b >= 0xD4 && b <= 0xDA) || (b >= 0xE7 && b <= 0xEE);
  };
  auto leading = [](uint8_t b) { return b >= 0xE0 && b <= 0xE4; };
  size_t high = 0, undefined = 0, placed = 0, misplaced = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto b = static_cast<uint8_t>(bytes[i]);
    if (b < 0x80) continue;
    ++high;
    // windows-874 leaves 0x80-0x84, 0x86-0x90, 0x98-0x9F, 0xDB-0xDE and 0xFC-0xFF undefined.
    if ((b < 0xA0 && b != 0x85 && (b < 0x91 || b > 0x97)) || (b >= 0xDB && b <= 0xDE) ||
        b >= 0xFC) {
      ++undefined;
    }
    if (mark(b)) {
      const auto prev = static_cast<uint8_t>(i > 0 ? bytes[i - 1] : 0);
      (consonant(prev) || mark(prev) ? placed : misplaced)++;
    } else if (leading(b)) {
      const auto next = static_cast<uint8_t>(i + 1 < n ? bytes[i + 1] : 0);
      (consonant(next) ? placed : misplaced)++;
    }
  }
  return placed >= 40 && placed * 5 >= high && misplaced * 20 <= placed && undefined * 200 <= high;
}

struct ToUnicodeContext {
  int invalid = 0;         // sequences replaced by U+FFFD
  bool euro_0x80 = false;  // the byte 0x80 alone is the euro sign (gb18030, GBK)
};

// The encoding of bytes undeclared or wrongly declared, and a confidence 0-100: Thai by
// its own statistics, else ICU's detector; {nullptr, 0} when neither knows.
std::pair<const Encoding*, int> DetectEncoding(std::string_view bytes) {
  if (LooksLikeThai(bytes)) return {EncodingForLabel("windows-874"), 100};
  return DetectCharset(bytes);
}

// Counts and substitutes U+FFFD for every undecodable byte sequence; the byte 0x80 of
// gb18030 is the euro sign (WHATWG Encoding §10.2.1, as in Windows' code page 936), which
// ICU's GB18030 does not decode.
void CountingToUCallback(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                         int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
  auto* ctx = static_cast<ToUnicodeContext*>(const_cast<void*>(context));
  *err = U_ZERO_ERROR;
  if (ctx->euro_0x80 && length == 1 && static_cast<uint8_t>(code_units[0]) == 0x80) {
    static const UChar kEuro[] = {0x20AC};
    ucnv_cbToUWriteUChars(args, kEuro, 1, 0, err);
    return;
  }
  ++ctx->invalid;
  static const UChar kReplacement[] = {0xFFFD};
  ucnv_cbToUWriteUChars(args, kReplacement, 1, 0, err);
}

// Converts with ICU, streaming through a UTF-16 buffer into UTF-8.
Status ConvertWithIcu(std::string_view bytes, const Encoding& encoding, Decoded& out) {
  UErrorCode err = U_ZERO_ERROR;
  const std::string name(encoding.converter);
  ConverterPtr conv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err) || !conv) {
    return Status::InvalidArgument("no converter for charset " + name);
  }
  ToUnicodeContext ctx;
  ctx.euro_0x80 = encoding.name == "GB18030";
  ucnv_setToUCallBack(conv.get(), CountingToUCallback, &ctx, nullptr, nullptr, &err);
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
  out.invalid_sequences = ctx.invalid;
  // Unpaired surrogates from UTF-16 input become U+FFFD in ICU's UTF-8 converter; the
  // callback above already counted them.
  return Status::OK();
}

// Composes base letters and combining accents (NFC), so that the text of a code page that
// writes accents as combining marks spells its words as other pages do ("Việt", not
// "Vie\u0323\u0302t").
void ComposeAccents(std::string& text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || nfc == nullptr) return;
  std::string composed;
  composed.reserve(text.size());
  icu::StringByteSink<std::string> sink(&composed);
  nfc->normalizeUTF8(0, text, sink, nullptr, err);
  if (U_SUCCESS(err)) text = std::move(composed);
}

// Drops U+0000: the HTML parser ignores it in text (and an XML parser ends a text at it).
void DropNuls(std::string& text) {
  if (text.find('\0') == std::string::npos) return;
  text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
}

}  // namespace

Result<Decoded> Decode(std::string_view bytes, std::string_view content_type) {
  Decoded out;
  const Encoding* enc = nullptr;
  std::string_view body = bytes;

  // 1. BOM.
  if (const size_t bom = Utf8BomLength(bytes); bom > 0) {
    enc = EncodingForLabel("utf-8");
    body.remove_prefix(bom);
    out.source = "bom";
  } else if (bytes.size() >= 2 && std::memcmp(bytes.data(), "\xFF\xFE", 2) == 0) {
    enc = EncodingForLabel("utf-16le");
    body.remove_prefix(2);
    out.source = "bom";
  } else if (bytes.size() >= 2 && std::memcmp(bytes.data(), "\xFE\xFF", 2) == 0) {
    enc = EncodingForLabel("utf-16be");
    body.remove_prefix(2);
    out.source = "bom";
  }

  // 2. HTTP header, 3. <meta>.
  if (enc == nullptr) {
    enc = Usable(EncodingForLabel(TrimLabel(CharsetParam(content_type))));
    // UTF-16 markup is half NULs: a UTF-16 header over bytes without one is plainly wrong.
    if (Is(enc, EncodingKind::kUtf16) &&
        bytes.substr(0, kPrescanBytes).find('\0') == std::string_view::npos) {
      enc = nullptr;
    }
    if (enc != nullptr) out.source = "header";
  }
  if (enc == nullptr) {
    const Encoding* m = EncodingForLabel(TrimLabel(MetaCharset(bytes)));
    // A <meta> readable as ASCII cannot be telling the truth about UTF-16.
    if (Is(m, EncodingKind::kUtf16)) m = EncodingForLabel("utf-8");
    enc = Usable(m);
    if (enc != nullptr) out.source = "meta";
  }

  // Sanity checks on a declaration (not on a BOM).
  if (enc != nullptr && out.source != "bom") {
    const Encoding* by_nul = Utf16ByNulPattern(bytes);
    if (by_nul != nullptr && !Is(enc, EncodingKind::kUtf16)) {
      enc = by_nul;
      out.source = "detected";
    } else if (!Is(enc, EncodingKind::kUtf16)) {
      Utf8Check u = CheckUtf8(bytes);
      // Mostly well-formed UTF-8 with some damage stays UTF-8.
      if (Is(enc, EncodingKind::kUtf8) && !u.valid && u.invalid > u.multibyte) {
        auto [detected, conf] = DetectEncoding(bytes);
        if (conf >= 10 && detected != nullptr && !Is(detected, EncodingKind::kUtf8)) {
          enc = detected;
          out.source = "detected";
        }
      } else if (!Is(enc, EncodingKind::kUtf8) && u.valid && u.has_non_ascii) {
        enc = EncodingForLabel("utf-8");
        out.source = "detected";
      } else if (Is(enc, EncodingKind::kLatin) && u.has_non_ascii) {
        auto [detected, conf] = DetectEncoding(bytes);
        if (conf >= 50 && detected != nullptr && !Is(detected, EncodingKind::kLatin) &&
            (Is(detected, EncodingKind::kCjk) || conf >= 60)) {
          enc = detected;
          out.source = "detected";
        }
      }
    }
  }

  // 4. Detection.
  if (enc == nullptr) {
    const Encoding* by_nul = Utf16ByNulPattern(bytes);
    Utf8Check u = by_nul == nullptr ? CheckUtf8(bytes) : Utf8Check{false, true};
    out.source = "detected";
    if (by_nul != nullptr) {
      enc = by_nul;
    } else if (u.valid) {
      enc = EncodingForLabel("utf-8");
      if (!u.has_non_ascii) out.source = "default";
    } else {
      enc = DetectEncoding(bytes).first;
      if (enc == nullptr) {
        enc = EncodingForLabel("windows-1252");
        out.source = "default";
      }
    }
  }

  out.charset = enc->name;
  if (Is(enc, EncodingKind::kUtf8)) {
    RepairUtf8(body, out);
    DropNuls(out.text);
    return out;
  }
  Status s = ConvertWithIcu(body, *enc, out);
  if (!s.ok()) return s;
  if (enc->combining_accents) ComposeAccents(out.text);
  // Drop a BOM that followed a declaration.
  out.text.erase(0, Utf8BomLength(out.text));
  if (Is(enc, EncodingKind::kHebrew) && decode_internal::HebrewInVisualOrder(out.text)) {
    decode_internal::ReorderVisualLines(out.text);
  }
  DropNuls(out.text);
  return out;
}

}  // namespace newsdesk
