// Tokens of the stories stage: words (with their combining marks and joiners), numbers and
// punctuation, and the match-key words a token gives. Shared by the feature extractor and
// the build-time generator of the place lexicon (stories_places_gen.cc), so that a place
// name is split exactly as a text is.
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "newsdesk/normalize.h"
#include "stories_features.h"
#include "stories_wordlists.h"

namespace newsdesk::stories_internal {
namespace {

// Letters, combining marks (Devanagari and Thai vowel signs are Mc/Mn with combining class
// 0) and the zero-width (non-)joiners written inside Indic and Persian words.
bool IsWordChar(UChar32 c) {
  return u_isalpha(c) || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK | U_GC_ME_MASK)) != 0 ||
         c == 0x200C || c == 0x200D;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool boundary = true;  // the next word starts a sentence, paragraph or title
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c == '\n') boundary = true;
    if (c < 0 || u_isUWhiteSpace(c)) continue;
    Token t;
    t.begin = static_cast<size_t>(start);
    t.sentence_start = boundary;
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      // Digits with inner separators: 4,583  4.500  4 500 (narrow/no-break space).
      int32_t end = i;
      bool letters = false;
      while (i < n) {
        int32_t j = i;
        UChar32 d = 0;
        U8_NEXT(text.data(), j, n, d);
        if (u_charType(d) == U_DECIMAL_DIGIT_NUMBER) {
          i = end = j;
          continue;
        }
        if (d == ',' || d == '.' || d == 0x00A0 || d == 0x202F || d == 0x066C || d == 0x066B) {
          int32_t k = j;
          UChar32 e = 0;
          if (k < n) U8_NEXT(text.data(), k, n, e);
          if (u_charType(e) == U_DECIMAL_DIGIT_NUMBER) {
            i = end = k;
            continue;
          }
        } else if (IsWordChar(d)) {
          letters = true;  // 1st, 3rd, 10km: not a figure
        }
        break;
      }
      t.kind = letters ? Kind::kWord : Kind::kNumber;
      while (letters && i < n) {  // swallow the rest of the word
        int32_t j = i;
        UChar32 d = 0;
        U8_NEXT(text.data(), j, n, d);
        if (!IsWordChar(d) && u_charType(d) != U_DECIMAL_DIGIT_NUMBER) break;
        i = end = j;
      }
      t.end = static_cast<size_t>(end);
    } else if (IsWordChar(c)) {
      t.kind = Kind::kWord;
      t.capitalized = u_isupper(c) || u_istitle(c);
      t.cased = u_hasBinaryProperty(c, UCHAR_CASED) && !CaseUnusedInText(c);
      int32_t end = i;
      while (i < n) {
        int32_t j = i;
        UChar32 d = 0;
        U8_NEXT(text.data(), j, n, d);
        if (IsWordChar(d) || u_charType(d) == U_DECIMAL_DIGIT_NUMBER) {
          i = end = j;
        } else if ((d == '\'' || d == 0x2019 || d == '-') && j < n) {
          int32_t k = j;
          UChar32 e = 0;
          U8_NEXT(text.data(), k, n, e);
          if (!IsWordChar(e)) break;
          i = end = k;
        } else {
          break;
        }
      }
      t.end = static_cast<size_t>(end);
    } else {
      t.kind = Kind::kPunct;
      t.end = static_cast<size_t>(i);
    }
    t.text = std::string(text.substr(t.begin, t.end - t.begin));
    if (t.kind == Kind::kPunct) {
      boundary = t.text == "." || t.text == "!" || t.text == "?" || t.text == ":" ||
                 t.text == "\xE2\x80\x94" || (boundary && t.text != ",");
    } else {
      boundary = false;
    }
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

// Whether every character of `piece` is a transliteration character (IsTransliterationHan).
bool IsTransliterationPiece(const std::string& piece) {
  const auto n = static_cast<int32_t>(piece.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(piece.data(), i, n, c);
    if (!IsTransliterationHan(c)) return false;
  }
  return n > 0;
}

}  // namespace

std::vector<std::string> TokenWords(const Token& t) {
  if (t.cased) return {MatchKey(t.text)};
  std::vector<std::string> pieces = Words(MatchKey(t.text));
  // A foreign name the dictionary split ("戴 维", "奇 普 菲 尔 德") is one word again: runs
  // of two or more pieces made only of transliteration characters are joined.
  std::vector<std::string> out;
  for (size_t i = 0; i < pieces.size();) {
    size_t end = i;
    while (end < pieces.size() && IsTransliterationPiece(pieces[end])) ++end;
    if (end - i >= 2) {
      std::string joined;
      for (size_t k = i; k < end; ++k) joined += pieces[k];
      out.push_back(std::move(joined));
      i = end;
    } else {
      out.push_back(std::move(pieces[i]));
      ++i;
    }
  }
  return out;
}

}  // namespace newsdesk::stories_internal
