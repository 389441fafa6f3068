// Normalize stage (ICU). See include/newsdesk/normalize.h for the contracts.
//
// NormalizeText works on UTF-8 directly: one pass decodes (invalid sequences -> U+FFFD),
// drops formatting noise and collapses whitespace, then ICU's NFC runs only when the quick
// check says the text is not already NFC (almost all web text is).
//
// MatchKey works in UTF-16: NFKC_Casefold, then NFD so that diacritics become separate
// marks, a filter pass (marks of the Latin/Greek/Cyrillic, Hebrew and Arabic blocks and
// tatweel dropped; Hebrew "/' -> gershayim/geresh), then NFC.
//
// Normalizer2 instances are ICU-owned singletons (never deleted) and thread-safe. Word
// break iterators are not: each thread clones its own from one prototype.
#include "newsdesk/normalize.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "ascii.h"
#include "normalize_internal.h"

namespace newsdesk {
namespace {

// Formatting characters that carry no meaning in stored text. ZWJ (U+200D) and ZWNJ
// (U+200C) are not here: they change how Persian, Arabic and Indic words are spelled.
bool IsNoise(UChar32 c) {
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x061C:  // Arabic letter mark
    case 0x200B:  // zero-width space
    case 0x200E:  // left-to-right mark
    case 0x200F:  // right-to-left mark
    case 0xFEFF:  // byte order mark / zero-width no-break space
      return true;
    default:
      break;
  }
  if (c >= 0x202A && c <= 0x202E) return true;  // bidi embeddings and overrides
  if (c >= 0x2066 && c <= 0x2069) return true;  // bidi isolates
  // C0/C1 controls other than the whitespace ones (handled by the caller first).
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;
  return false;
}

// 0: not whitespace; 1: horizontal space; 2: line break; 3: paragraph break.
int SpaceKind(UChar32 c) {
  switch (c) {
    case ' ':
    case '\t':
    case 0x0B:
    case 0x0C:
      return 1;
    case '\n':
    case '\r':
    case 0x85:    // next line
    case 0x2028:  // line separator
      return 2;
    case 0x2029:  // paragraph separator
      return 3;
    default:
      break;
  }
  if (c < 0x80) return 0;
  return u_isUWhiteSpace(c) ? 1 : 0;
}

void AppendUtf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);  // c is a valid scalar value; buf holds any of them
  out.append(buf, n);
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr) std::abort();  // ICU data missing: unusable build
  return *n;
}
const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || n == nullptr) std::abort();
  return *n;
}
const icu::Normalizer2& NfkcCasefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || n == nullptr) std::abort();
  return *n;
}

// Marks removed from match keys: combining diacritics (Latin, Greek, Cyrillic), Hebrew
// niqqud and cantillation, Arabic harakat and Quranic marks. Marks of other scripts
// (Indic vowel signs, Thai, kana voicing) change the word and are kept.
bool IsDroppedMark(UChar32 c) {
  bool in_range = (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) ||
                  (c >= 0x0591 && c <= 0x05C7) || (c >= 0x0610 && c <= 0x061A) ||
                  (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
                  (c >= 0x08D3 && c <= 0x08FF) || (c >= 0x1AB0 && c <= 0x1AFF) ||
                  (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
                  (c >= 0xFE20 && c <= 0xFE2F);
  if (!in_range) return false;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool IsHebrewLetter(UChar32 c) { return c >= 0x05D0 && c <= 0x05EA; }

bool IsAsciiOnly(std::string_view s) {
  for (unsigned char ch : s)
    if (ch >= 0x80) return false;
  return true;
}

}  // namespace

namespace internal {

std::string_view Bounded(std::string_view utf8, size_t max) {
  if (utf8.size() <= max) return utf8;
  size_t n = max;
  // Back off continuation bytes (at most 3) to the start of a sequence.
  for (int k = 0; k < 3 && n > 0 && (static_cast<unsigned char>(utf8[n]) & 0xC0) == 0x80; ++k) --n;
  return utf8.substr(0, n);
}

std::string Utf8Sanitized(std::string_view utf8) {
  utf8 = Bounded(utf8);
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      AppendUtf8(out, 0xFFFD);
    } else {
      out.append(utf8.data() + start, i - start);
    }
  }
  return out;
}

bool IsValidUtf8(std::string_view utf8) {
  if (utf8.size() > kMaxTextBytes) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace internal

std::string NormalizeText(std::string_view utf8) {
  utf8 = internal::Bounded(utf8);
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  // Pending whitespace run: the strongest kind seen and how many line breaks it held.
  int pending = 0;
  int newlines = 0;
  bool ascii = true;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, len, c);
      if (c < 0) c = 0xFFFD;
    }
    int kind = SpaceKind(c);
    if (kind != 0) {
      if (kind == 2) {
        // "\r\n" is one line break.
        if (!(c == '\n' && start > 0 && s[start - 1] == '\r')) ++newlines;
      } else if (kind == 3) {
        newlines += 2;
      }
      pending = 1;
      continue;
    }
    if (IsNoise(c)) continue;
    if (pending != 0 && !out.empty()) {
      if (newlines >= 2) {
        out += "\n\n";
      } else if (newlines == 1) {
        out += '\n';
      } else {
        out += ' ';
      }
    }
    pending = 0;
    newlines = 0;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      ascii = false;
      if (c == 0xFFFD) {
        AppendUtf8(out, c);
      } else {
        out.append(utf8.data() + start, i - start);
      }
    }
  }
  if (ascii) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2& nfc = Nfc();
  if (nfc.isNormalizedUTF8(out, status) && U_SUCCESS(status)) return out;
  status = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(out.size());
  icu::StringByteSink<std::string> sink(&normalized);
  nfc.normalizeUTF8(0, out, sink, nullptr, status);
  if (U_FAILURE(status)) return out;
  return normalized;
}

std::string_view LowerCase(std::string_view utf8, std::string* out) {
  out->clear();
  const auto n = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {  // a run of ASCII without ICU: most words
      int32_t end = i + 1;
      while (end < n && static_cast<unsigned char>(utf8[end]) < 0x80) ++end;
      const size_t at = out->size();
      out->append(utf8.data() + i, static_cast<size_t>(end - i));
      for (auto c = out->begin() + static_cast<std::ptrdiff_t>(at); c != out->end(); ++c)
        *c = AsciiLower(*c);
      i = end;
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0) {
      out->append(utf8.data() + start, static_cast<size_t>(i - start));
      continue;
    }
    char lower[U8_MAX_LENGTH];
    int32_t len = 0;
    U8_APPEND_UNSAFE(lower, len, u_tolower(c));
    out->append(lower, static_cast<size_t>(len));
  }
  return *out;
}

std::string LowerCase(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  LowerCase(utf8, &out);
  return out;
}

std::string MatchKey(std::string_view utf8) {
  utf8 = internal::Bounded(utf8);
  if (IsAsciiOnly(utf8)) {
    // NFKC_Casefold of ASCII is ASCII lower case minus the C0 controls that are default
    // ignorable (none are); no marks or Hebrew to handle.
    std::string out(utf8);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = NfkcCasefold().normalize(text, status);
  if (U_FAILURE(status)) return std::string();

  // Decompose only what has a decomposition, dropping marks and tatweel; NFC is needed
  // afterwards only if something was decomposed or dropped (NFKC output is composed).
  const icu::Normalizer2& nfd = Nfd();
  icu::UnicodeString stripped(folded.length(), static_cast<UChar32>(0), 0);
  icu::UnicodeString decomposition;
  bool touched = false;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (c >= 0xC0 && nfd.getDecomposition(c, decomposition)) {
      touched = true;
      for (int32_t k = 0; k < decomposition.length();) {
        UChar32 d = decomposition.char32At(k);
        k += U16_LENGTH(d);
        if (d != 0x0640 && !IsDroppedMark(d)) stripped.append(d);
      }
    } else if (c == 0x0640 || IsDroppedMark(c)) {
      touched = true;
    } else {
      stripped.append(c);
    }
  }

  // Hebrew quotes: `prev` and the next code point decide whether a quote sits between
  // Hebrew letters; `run` counts the Hebrew letters of the current word so far.
  UChar32 prev = 0;
  int run = 0;
  const int32_t n = stripped.length();
  for (int32_t i = 0; i < n;) {
    UChar32 c = stripped.char32At(i);
    int32_t here = i;
    i += U16_LENGTH(c);
    bool dquote = c == '"' || c == 0x201D || c == 0x201C || c == 0x05F4;
    bool squote = c == '\'' || c == 0x2019 || c == 0x05F3;
    if ((dquote || squote) && IsHebrewLetter(prev)) {
      UChar32 next = i < n ? stripped.char32At(i) : 0;
      UChar32 mapped = c;
      if (IsHebrewLetter(next)) {
        mapped = dquote ? 0x05F4 : 0x05F3;  // כ"ז, צה"ל, ה'תשפ"ו
      } else if (squote && !u_isalpha(next) && run <= 3) {
        mapped = 0x05F3;  // a numeral or abbreviation closing a short word: ט', א', תש'
      }
      if (mapped != c) {
        stripped.replace(here, U16_LENGTH(c), mapped);  // all are BMP: same length
        c = mapped;
      }
    }
    // Elsewhere typographic quotes are plain ones, so “it’s” meets "it's".
    if (c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D) {
      UChar32 plain = (c == 0x2018 || c == 0x2019) ? '\'' : '"';
      stripped.replace(here, 1, plain);
      c = plain;
    }
    if (IsHebrewLetter(c)) {
      ++run;
    } else if (c != 0x05F3 && c != 0x05F4) {
      run = 0;
    }
    prev = c;
  }
  std::string out;
  if (!touched) {
    stripped.toUTF8String(out);
    return out;
  }
  icu::UnicodeString composed = Nfc().normalize(stripped, status);
  if (U_FAILURE(status)) return std::string();
  composed.toUTF8String(out);
  return out;
}

namespace {

// One word break iterator per thread, cloned from a shared prototype (creating one from
// the rules is slow; using one from two threads at once is not allowed).
icu::BreakIterator* ThreadWordBreaker() {
  static std::once_flag once;
  static icu::BreakIterator* prototype = nullptr;  // intentionally leaked: process lifetime
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    prototype = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) {
      delete prototype;
      prototype = nullptr;
    }
  });
  if (prototype == nullptr) return nullptr;
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype->clone());
  return mine.get();
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

}  // namespace

std::vector<std::string> Words(std::string_view utf8) {
  utf8 = internal::Bounded(utf8);
  std::vector<std::string> words;
  std::string sanitized;
  if (!internal::IsValidUtf8(utf8)) {
    sanitized = internal::Utf8Sanitized(utf8);
    utf8 = sanitized;
  }
  icu::BreakIterator* bi = ThreadWordBreaker();
  if (bi == nullptr || utf8.empty()) return words;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) return words;
  bi->setText(text.get(), status);
  if (U_FAILURE(status)) return words;
  int32_t start = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    if (bi->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
    words.emplace_back(utf8.substr(start, end - start));
  }
  // Detach the iterator from the UText before it is closed.
  icu::UnicodeString empty;
  bi->setText(empty);
  return words;
}

std::string UnreadableTextReason(std::string_view utf8) {
  constexpr int kMinChars = 200;
  int chars = 0;         // non-space code points
  int bad = 0;           // control, unassigned, private-use, surrogate, U+FFFD
  int cased_pairs = 0;   // adjacent cased letters inside a word
  int case_flips = 0;    // ... of which lower case then upper case
  int script_pairs = 0;  // consecutive letters of a known script (across words)
  int script_changes = 0;
  UScriptCode last_script = USCRIPT_INVALID_CODE;
  int last_case = 0;  // of the previous character: 1 lower, 2 upper, 0 not a cased letter
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t len = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX));
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) c = 0xFFFD;
    if (u_isUWhiteSpace(c)) {
      last_case = 0;
      continue;
    }
    ++chars;
    const int8_t type = u_charType(c);
    if (c == 0xFFFD || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE ||
        type == U_CONTROL_CHAR) {
      ++bad;
    }
    if (!(U_GET_GC_MASK(c) & U_GC_L_MASK)) {
      last_case = 0;
      continue;
    }
    const int letter_case = u_islower(c) ? 1 : u_isupper(c) ? 2 : 0;
    if (letter_case != 0 && last_case != 0) {
      ++cased_pairs;
      if (last_case == 1 && letter_case == 2) ++case_flips;
    }
    last_case = letter_case;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL ||
        script == USCRIPT_BOPOMOFO) {
      script = USCRIPT_HAN;
    }
    if (last_script != USCRIPT_INVALID_CODE) {
      ++script_pairs;
      if (script != last_script) ++script_changes;
    }
    last_script = script;
  }
  if (chars < kMinChars) return "";
  auto percent = [](int part, int whole) { return std::to_string(part * 100 / whole) + "%"; };
  if (bad * 20 > chars) {
    return percent(bad, chars) +
           " of the characters are control, unassigned, private-use or replacement characters";
  }
  if (cased_pairs >= 100 && case_flips * 20 > cased_pairs) {
    return "letters switch from lower to upper case inside words (" +
           percent(case_flips, cased_pairs) + " of adjacent pairs)";
  }
  if (script_pairs >= 100 && script_changes * 5 > script_pairs) {
    return "the script changes between " + percent(script_changes, script_pairs) +
           " of adjacent letters";
  }
  return "";
}

}  // namespace newsdesk
