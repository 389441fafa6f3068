// Tokenizer of the date parser: see dates_internal.h.
#include <cstdlib>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "dates_internal.h"
#include "normalize_internal.h"

namespace newsdesk::dates_internal {
namespace {

struct Char {
  UChar32 c;
  size_t begin, end;  // byte span in the original input
  bool upper;         // the original letter was a capital
};

constexpr UChar32 kDrop = -1;

bool IsHebrewLetter(UChar32 c) { return c >= 0x05D0 && c <= 0x05EA; }
bool IsArabicLetter(UChar32 c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06FA && c <= 0x06FF);
}

// Ethiopic letters that spell one sound in Amharic, as writers mix them (ኅዳር, ህዳር; ሐምሌ,
// ሃምሌ; ታኅሣሥ, ታህሳስ; ዓ.ም., ኣ.ም.): the ሐ and ኀ series as ሀ, ሠ as ሰ, ዐ as አ, ፀ as ጸ, and
// the fourth order of ሀ and አ (ሃ, ኣ) as their first. The wordspace ፡ is a space, the
// comma ፣ a comma.
UChar32 FoldEthiopic(UChar32 c) {
  if (c == 0x1361) return ' ';
  if (c == 0x1363) return ',';
  if (c >= 0x1210 && c <= 0x1217) {
    c = c - 0x1210 + 0x1200;
  } else if (c >= 0x1280 && c <= 0x1287) {
    c = c - 0x1280 + 0x1200;
  } else if (c >= 0x1220 && c <= 0x1227) {
    c = c - 0x1220 + 0x1230;
  } else if (c >= 0x12D0 && c <= 0x12D6) {
    c = c - 0x12D0 + 0x12A0;
  } else if (c >= 0x1340 && c <= 0x1346) {
    c = c - 0x1340 + 0x1338;
  }
  return c == 0x1203 || c == 0x12A3 ? c - 3 : c;
}

// One decomposed code point -> what the matchers see (kDrop: nothing).
UChar32 Fold(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
    if (c == '`') return '\'';  // a geresh typed as a backtick
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return ' ';
    return c;
  }
  switch (c) {
    case 0x05F4:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x02BA:
    case 0x02DD:
      return '"';
    case 0x05F3:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x02B9:
    case 0x02BC:
      return '\'';
    case 0x05BE:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x060C:  // Arabic comma
      return ',';
    case 0x066B:  // Arabic decimal separator
      return '.';
    case 0x0640:  // tatweel
    case 0x00AD:
    case 0x061C:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0xFEFF:
      return kDrop;
    case 0x064A:
    case 0x0649:  // Arabic yeh, alef maksura -> Persian yeh
      return 0x06CC;
    case 0x0643:  // Arabic kaf -> Persian keheh
      return 0x06A9;
    case 0x0629:  // teh marbuta -> heh
      return 0x0647;
    case 0x0671:  // alef wasla
      return 0x0627;
    case 0x03C2:  // Greek final sigma: ΙΟΥΛΙΟΣ and Ιούλιος read alike
      return 0x03C3;
    case 0x0131:  // Turkish dotless i: MAYIS and mayıs read alike
      return 'i';
    default:
      break;
  }
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return kDrop;
  if (c >= 0x1200 && c <= 0x137F) return FoldEthiopic(c);
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) {
    // Accents, niqqud, cantillation, harakat go; marks of other scripts stay (letters).
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x0591 && c <= 0x05C7) ||
        (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
        (c >= 0x06D6 && c <= 0x06ED))
      return kDrop;
    return c;
  }
  if (u_isdigit(c)) {
    int v = u_charDigitValue(c);
    if (v >= 0 && v <= 9) return '0' + v;
  }
  if (u_isUWhiteSpace(c)) return ' ';
  return u_tolower(c);
}

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfd;
}

std::vector<Char> Decode(std::string_view utf8) {
  std::vector<Char> out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX));
  const icu::Normalizer2* nfd = Nfd();
  icu::UnicodeString decomposition;
  for (int32_t i = 0; i < len;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) c = 0xFFFD;
    size_t b = static_cast<size_t>(start), e = static_cast<size_t>(i);
    const bool upper = u_isupper(c) || u_istitle(c);
    // The Yiddish digraph ligatures are their two letters: װ ױ ײ (YIVO "פֿרײַטיק", "מײַ" read
    // as "פרייטיק", "מיי").
    if (c >= 0x05F0 && c <= 0x05F2) {
      out.push_back({c == 0x05F2 ? 0x05D9 : 0x05D5, b, e, false});
      out.push_back({c == 0x05F0 ? 0x05D5 : 0x05D9, b, e, false});
      continue;
    }
    // Hangul syllables stay whole (NFD would split them into jamo): 오후, 년.
    const bool hangul = c >= 0xAC00 && c <= 0xD7A3;
    if (c >= 0xC0 && !hangul && nfd != nullptr && nfd->getDecomposition(c, decomposition)) {
      for (int32_t k = 0; k < decomposition.length();) {
        UChar32 d = decomposition.char32At(k);
        k += U16_LENGTH(d);
        UChar32 f = Fold(d);
        if (f != kDrop) {
          out.push_back({f, b, e, upper});
        } else if (!out.empty() && out.back().end == b) {
          out.back().end = e;  // a dropped mark belongs to the letter before it
        }
      }
      continue;
    }
    UChar32 f = Fold(c);
    if (f != kDrop) {
      out.push_back({f, b, e, upper});
    } else if (!out.empty() && out.back().end == b) {
      out.back().end = e;  // tatweel, niqqud, harakat: part of the letter before
    }
  }
  return out;
}

bool IsEthiopicNumeral(UChar32 c) { return c >= 0x1369 && c <= 0x137C; }

// The value of a run of Ethiopic numerals, which are not positional: ፩-፱ 1-9, ፲-፺ 10-90,
// ፻ a hundred times the pair before it (1 when none), ፼ ten thousand times everything
// before it. ፳፻፲፱ is 20 × 100 + 19 = 2019, ፻፳፭ 125. At most 10^9 (ten digits: too long
// for any date).
int64_t EthiopicNumeralValue(const std::vector<Char>& cs, size_t from, size_t to) {
  int64_t total = 0, block = 0, pair = 0;
  for (size_t k = from; k < to; ++k) {
    const UChar32 c = cs[k].c;
    if (c <= 0x1371) {
      pair += c - 0x1368;
    } else if (c <= 0x137A) {
      pair += static_cast<int64_t>(c - 0x1371) * 10;
    } else if (c == 0x137B) {
      block += (pair == 0 ? 1 : pair) * 100;
      pair = 0;
    } else {
      const int64_t before = total + block + pair;
      total = (before == 0 ? 1 : before) * 10000;
      block = pair = 0;
    }
    if (total + block + pair >= 1000000000) return 1000000000;
  }
  return total + block + pair;
}

bool IsLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xFFFD) return false;
  int8_t type = u_charType(c);
  return u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         c == 0x00BA;
}

// Units of a CJK or Korean date or time written after their number.
bool IsDateUnit(UChar32 c) {
  switch (c) {
    case 0x5E74:  // 年
    case 0x6708:  // 月
    case 0x65E5:  // 日
    case 0x6642:  // 時
    case 0x65F6:  // 时
    case 0x70B9:  // 点
    case 0x9EDE:  // 點
    case 0x5206:  // 分
    case 0x79D2:  // 秒
    case 0xB144:  // 년
    case 0xC6D4:  // 월
    case 0xC77C:  // 일
    case 0xC2DC:  // 시
    case 0xBD84:  // 분
    case 0xCD08:  // 초
      return true;
    default:
      return false;
  }
}

void AppendUtf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, n);
}

}  // namespace

Tokens Tokenize(std::string_view utf8) {
  // A date is looked for in the first 1 MiB: metadata values and datelines are short.
  utf8 = internal::Bounded(utf8, size_t{1} << 20);
  std::vector<Char> cs = Decode(utf8);
  Tokens tokens;
  const size_t n = cs.size();
  bool space = false;
  auto at = [&](size_t k) -> UChar32 { return k < n ? cs[k].c : 0; };
  for (size_t i = 0; i < n;) {
    UChar32 c = cs[i].c;
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.space_before = space;
    space = false;
    t.begin = cs[i].begin;
    if (c >= '0' && c <= '9') {
      t.kind = Token::Kind::kNumber;
      int64_t v = 0;
      while (i < n && cs[i].c >= '0' && cs[i].c <= '9') {
        if (t.digits < 18) v = v * 10 + (cs[i].c - '0');
        t.text += static_cast<char>(cs[i].c);
        ++t.digits;
        t.end = cs[i].end;
        ++i;
      }
      t.value = t.digits <= 9 ? v : -1;
    } else if (IsEthiopicNumeral(c)) {
      // Read as the number it writes: ፳፻፲፱ is the four-digit 2019.
      size_t end = i;
      while (end < n && IsEthiopicNumeral(cs[end].c)) ++end;
      t.kind = Token::Kind::kNumber;
      const int64_t value = EthiopicNumeralValue(cs, i, end);
      t.text = std::to_string(value);
      t.digits = static_cast<int>(t.text.size());
      t.value = t.digits <= 9 ? value : -1;
      t.end = cs[end - 1].end;
      i = end;
    } else if (IsLetter(c)) {
      t.kind = Token::Kind::kWord;
      t.hebrew = IsHebrewLetter(c);
      t.arabic = IsArabicLetter(c);
      t.hangul = c >= 0xAC00 && c <= 0xD7A3;
      t.caps = true;
      // A unit after a number (2026年11月25日掲載, 3時20分に, 14일자) is a word of its own:
      // Han, kana and Hangul run together with the text after them.
      const bool unit = !tokens.empty() && tokens.back().kind == Token::Kind::kNumber &&
                        !t.space_before && IsDateUnit(c);
      while (i < n) {
        UChar32 d = cs[i].c;
        if (unit && !t.text.empty()) break;
        if (IsLetter(d)) {
          t.caps = t.caps && cs[i].upper;
          AppendUtf8(t.text, d);
          t.end = cs[i].end;
          ++i;
          continue;
        }
        if (t.hebrew && (d == '"' || d == '\'')) {
          if (d == '\'' && at(i + 1) == '\'' && IsHebrewLetter(at(i + 2))) {  // כ''ז
            t.text += '"';
            i += 2;
            continue;
          }
          if (IsHebrewLetter(at(i + 1))) {  // כ"ז, ה'תשפ"ו
            t.text += static_cast<char>(d);
            ++i;
            continue;
          }
          if (d == '\'' && at(i + 1) != '\'') {  // ט' (a final geresh ends the word)
            t.text += '\'';
            t.end = cs[i].end;
            ++i;
          }
          break;
        }
        if (!t.hebrew && d == '\'' && IsLetter(at(i + 1)) && !IsHebrewLetter(at(i + 1))) {
          t.text += '\'';  // aujourd'hui, o'clock
          ++i;
          continue;
        }
        break;
      }
    } else {
      t.kind = Token::Kind::kPunct;
      AppendUtf8(t.text, c);
      t.end = cs[i].end;
      ++i;
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::vector<std::string> LexiconWords(std::string_view s) {
  std::vector<std::string> words;
  for (Token& t : Tokenize(s))
    if (t.kind != Token::Kind::kPunct) words.push_back(std::move(t.text));
  return words;
}

}  // namespace newsdesk::dates_internal
