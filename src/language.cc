// Language identification: CLD2 for the language, ICU for the dominant script, and
// tie-breakers where CLD2 is weak: orthography for Hebrew-script text it cannot call
// reliably (Yiddish and Hebrew share the alphabet; short headlines are where it wavers),
// Pashto's own letters, function words of close languages (language_words.cc).
#include "newsdesk/language.h"

// CLD2's header uses FILE without including <cstdio>.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cld2/internal/lang_script.h>  // LanguageCloseSet
// clang-format on
#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "language_words.h"
#include "newsdesk/normalize.h"
#include "normalize_internal.h"

namespace newsdesk {
namespace {

// CLD2 speaks its own dialect of language codes; the store speaks ISO 639-1.
std::string ToIsoCode(CLD2::Language lang) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "";
  std::string code = CLD2::LanguageCode(lang);
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  if (code == "mo") return "ro";
  if (code == "un" || code == "xxx") return "";
  return code;
}

// The CLD2 language for a BCP 47 tag ("he-IL", "en_US", "yi", "zh-Hant-TW"): UNKNOWN if none.
CLD2::Language FromHint(std::string_view hint) {
  // The subtags of the first tag, in lower case.
  std::vector<std::string> subtags(1);
  for (char c : hint) {
    if (c == ',' || c == ';' || c == ' ') break;
    if (c == '-' || c == '_') {
      subtags.emplace_back();
    } else {
      subtags.back() += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  std::string& primary = subtags.front();
  if (primary.empty()) return CLD2::UNKNOWN_LANGUAGE;
  if (primary == "he") primary = "iw";
  if (primary == "jv") primary = "jw";
  // Chinese in traditional characters (zh-Hant; Taiwan, Hong Kong and Macau write it), which
  // CLD2 keeps apart from zh: hinted as zh, a traditional text is called Japanese.
  if (primary == "zh" && std::any_of(subtags.begin() + 1, subtags.end(), [](const std::string& s) {
        return s == "hant" || s == "tw" || s == "hk" || s == "mo";
      })) {
    return CLD2::CHINESE_T;
  }
  return CLD2::GetLanguageFromName(primary.c_str());
}

// Whether `utf8` holds a hiragana or katakana letter: Japanese prose always does.
bool HasKana(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  auto len = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if ((c >= 0x3041 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
        (c >= 0xFF66 && c <= 0xFF9D)) {
      return true;
    }
  }
  return false;
}

// What CLD2 says about `utf8` (valid UTF-8), hinted by `hint` (a BCP 47 tag or "").
struct Cld2Guess {
  CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
  bool reliable = false;
  int percent = 0;
  // The language of the most bytes, which `language` is not when CLD2 looked past English.
  CLD2::Language most_bytes = CLD2::UNKNOWN_LANGUAGE;
  // How well the text fits `language`: CLD2's score per KiB of text (0 when unknown).
  double score = 0;
};
Cld2Guess Cld2Detect(std::string_view utf8, std::string_view hint) {
  std::string hint_str(hint);
  CLD2::CLDHints hints = {hint_str.empty() ? nullptr : hint_str.c_str(), nullptr,
                          CLD2::UNKNOWN_ENCODING, FromHint(hint)};
  // Left as they are on some inputs (text CLD2 does not judge).
  CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                                 CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0;
  int valid_prefix = 0;
  Cld2Guess guess;
  guess.language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8.data(), static_cast<int>(utf8.size()), /*is_plain_text=*/true, &hints, /*flags=*/0,
      language3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &guess.reliable,
      &valid_prefix);
  guess.percent = percent3[0];
  guess.most_bytes = language3[0];
  for (int k = 0; k < 3; ++k)
    if (language3[k] == guess.language) guess.score = scores3[k];
  return guess;
}

// Letters of `utf8` by script (common and inherited characters aside).
using ScriptCounts = std::map<UScriptCode, int>;
ScriptCounts CountLetters(std::string_view utf8) {
  ScriptCounts counts;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  auto len = static_cast<int32_t>(utf8.size());
  int latin = 0;
  for (int32_t i = 0; i < len;) {
    if (s[i] < 0x80) {
      char c = static_cast<char>(s[i++]);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &status);
    if (U_FAILURE(status) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    ++counts[sc];
  }
  if (latin > 0) counts[USCRIPT_LATIN] += latin;
  return counts;
}

// ISO 15924 code of the script with the most letters; "" if there are none.
std::string DominantScript(const ScriptCounts& counts) {
  UScriptCode best = USCRIPT_INVALID_CODE;
  int best_count = 0;
  for (const auto& [sc, n] : counts) {
    if (n > best_count) {
      best = sc;
      best_count = n;
    }
  }
  if (best_count == 0) return "";
  // Kana and Han mixed as Japanese are reported as their dominant member; fine for us.
  const char* name = uscript_getShortName(best);
  return name != nullptr ? name : "";
}

// Share (0-1) of the letters counted that are in a script `language` is written in (ICU's
// scripts of the locale: ja is Kana, Hiragana and Han); -1 when ICU knows none.
double ShareWrittenIn(const ScriptCounts& counts, CLD2::Language language) {
  const std::string code = ToIsoCode(language);
  if (code.empty()) return -1;
  UScriptCode scripts[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uscript_getCode(code.c_str(), scripts, 8, &status);
  if (U_FAILURE(status) || n <= 0) return -1;
  int total = 0, in = 0;
  for (const auto& [sc, count] : counts) {
    total += count;
    for (int32_t k = 0; k < n; ++k) {
      UScriptCode want = scripts[k];
      if (want == USCRIPT_TRADITIONAL_HAN || want == USCRIPT_SIMPLIFIED_HAN) want = USCRIPT_HAN;
      if (sc == want) {
        in += count;
        break;
      }
    }
  }
  return total > 0 ? static_cast<double>(in) / total : -1;
}

// The call on `utf8` hinted by `hinted` (`with_hint`, CLD2's), weighed against the text
// judged without the hint; `script` is the text's dominant script. A hint biases, it never
// overrides clear text:
//  - Han text: hinted zh, one in traditional characters is called Japanese; hinted zh-TW,
//    one in simplified characters unknown. Without kana it is not Japanese, and unknown is
//    no answer: judged again without the hint.
//  - A headline (under 120 bytes) keeps the hinted call: a German one of English words
//    ("Energy Rising - 33 Tage Yoga Challenge") is German on a page declared de.
//  - Longer text the hint left unknown (a Portuguese page declared es) takes the text's
//    own call when that is reliable.
//  - The hinted language wins over the text's own reliable call (a Malay blurb CLD2 calls
//    Indonesian, declared ms) unless the text fits it under two thirds as well as its own
//    call (CLD2's score per KiB): a Galician page declared es.
Cld2Guess WeighHint(std::string_view utf8, std::string_view script, CLD2::Language hinted,
                    const Cld2Guess& with_hint) {
  const bool unknown = with_hint.language == CLD2::UNKNOWN_LANGUAGE;
  if (script == "Hani") {
    const bool japanese_without_kana =
        with_hint.language == CLD2::JAPANESE && hinted != CLD2::JAPANESE && !HasKana(utf8);
    return unknown || japanese_without_kana ? Cld2Detect(utf8, "") : with_hint;
  }
  constexpr size_t kMinSentenceBytes = 120;
  if (utf8.size() < kMinSentenceBytes) return with_hint;
  // CLD2 weighs a hint against its close set's other languages (es/gl/pt, hr/sr/bs,
  // hi/mr/ne, ...): only there does a hinted call outweigh a clear text. A call it made
  // against the hint, or with the hint of a language outside a close set, stands.
  if (!unknown && (with_hint.language != hinted || CLD2::LanguageCloseSet(hinted) == 0))
    return with_hint;
  Cld2Guess bare = Cld2Detect(utf8, "");
  if (!bare.reliable || bare.language == CLD2::UNKNOWN_LANGUAGE ||
      bare.language == with_hint.language)
    return with_hint;
  constexpr double kHintedFit = 2.0 / 3;
  return unknown || with_hint.score < kHintedFit * bare.score ? bare : with_hint;
}

// Whether `utf8` reads as `pair.other` rather than `pair.called`: more of the other's own
// words (at least 3) than twice the called's.
bool ReadsAsOther(std::string_view utf8, const language_internal::CloseLanguageWords& pair) {
  int called = 0, other = 0;
  for (const std::string& w : Words(LowerCase(utf8))) {
    if (std::find(pair.called_words.begin(), pair.called_words.end(), w) != pair.called_words.end())
      ++called;
    if (std::find(pair.other_words.begin(), pair.other_words.end(), w) != pair.other_words.end())
      ++other;
  }
  constexpr int kMinOther = 3;
  return other >= kMinOther && other > 2 * called;
}

// Positive: looks Yiddish; negative: looks Hebrew. Yiddish writes vowels with letters
// (ע, י, ו, א), uses the ligatures װ ױ ײ and pointed alefs, and has its own function words.
int YiddishScore(std::string_view utf8) {
  int score = 0;
  static constexpr std::array<std::string_view, 4> kYiddishMarks = {
      "\xD7\xB0", "\xD7\xB1", "\xD7\xB2", "\xEF\xAC\xAE"};  // װ ױ ײ אַ
  for (auto m : kYiddishMarks) {
    for (size_t p = utf8.find(m); p != std::string_view::npos; p = utf8.find(m, p + 1)) score += 2;
  }
  static constexpr std::array<std::string_view, 22> kYiddishWords = {
      "און", "איז", "דער", "די",    "דאס",    "פון",  "פֿון",  "ניט", "נישט", "זיך",  "אויף",
      "מיט", "צו",  "האט", "זענען", "געווען", "וועט", "אויך", "נאך", "ווי",  "אבער", "דעם"};
  static constexpr std::array<std::string_view, 20> kHebrewWords = {
      "של",  "את",  "על", "הוא", "היא", "עם", "לא", "זה",  "כי",   "גם",
      "אשר", "היה", "הם", "אם",  "כל",  "אל", "אך", "בין", "לאחר", "יותר"};
  // Word by word: a word is a run of Hebrew-block code points (letters, points, ligatures).
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  auto len = static_cast<int32_t>(utf8.size());
  int32_t start = 0;
  for (int32_t i = 0; i <= len;) {
    int32_t here = i;
    UChar32 c = 0;
    if (i < len) U8_NEXT(s, i, len, c);
    bool hebrew = (c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F);
    if (hebrew) continue;
    if (here > start) {
      std::string_view w = utf8.substr(start, here - start);
      if (std::find(kYiddishWords.begin(), kYiddishWords.end(), w) != kYiddishWords.end())
        score += 3;
      if (std::find(kHebrewWords.begin(), kHebrewWords.end(), w) != kHebrewWords.end()) score -= 3;
      // Long words ending in ען/ער are typically Yiddish; ים/ות Hebrew plurals.
      if (w.size() >= 8) {
        std::string_view end = w.substr(w.size() - 4);
        if (end == "ען" || end == "ער") ++score;
        if (end == "ים" || end == "ות") --score;
      }
    }
    if (i >= len && here >= len) break;
    start = i;
  }
  return score;
}

// Whether a text in the Arabic script is spelt with Pashto's own letters (ټ ځ څ ډ ړ ږ ښ ګ
// ڼ ۍ, which Persian, Arabic and Urdu do not write): at least 5 of them, and 1 in 50 of the
// Arabic-block letters (a Pashto text has about 1 in 16; a Persian one quoting a Pashto
// name a few).
bool HasPashtoSpelling(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto len = static_cast<int32_t>(utf8.size());
  int arabic = 0, pashto = 0;
  for (int32_t i = 0; i < len;) {
    UChar32 c = 0;
    U8_NEXT(s, i, len, c);
    if (c < 0x0620 || c > 0x06FF || !u_isalpha(c)) continue;
    ++arabic;
    switch (c) {
      case 0x067C:  // ټ
      case 0x0681:  // ځ
      case 0x0685:  // څ
      case 0x0689:  // ډ
      case 0x0693:  // ړ
      case 0x0696:  // ږ
      case 0x069A:  // ښ
      case 0x06AB:  // ګ
      case 0x06BC:  // ڼ
      case 0x06CD:  // ۍ
        ++pashto;
        break;
      default:
        break;
    }
  }
  constexpr int kMinLetters = 5, kShareDivisor = 50;
  return pashto >= kMinLetters && pashto * kShareDivisor >= arabic;
}

}  // namespace

LanguageGuess DetectLanguage(std::string_view utf8, std::string_view hint) {
  LanguageGuess guess;
  // CLD2 judges at most the first 8 MiB anyway; the script count follows it.
  utf8 = internal::Bounded(utf8, size_t{8} << 20);
  std::string sanitized;
  if (!internal::IsValidUtf8(utf8)) {
    sanitized = internal::Utf8Sanitized(utf8);
    utf8 = sanitized;
  }
  const ScriptCounts letters = CountLetters(utf8);
  guess.script = DominantScript(letters);
  if (utf8.empty()) return guess;

  Cld2Guess cld2 = Cld2Detect(utf8, hint);
  const CLD2::Language hinted = FromHint(hint);
  if (hinted != CLD2::UNKNOWN_LANGUAGE) cld2 = WeighHint(utf8, guess.script, hinted, cld2);
  // CLD2 weighs bytes (three for a CJK character) and calls a text by its second language
  // rather than English from about 17 % of them, to see past English boilerplate: a quote
  // in another script would name an English report. A language written in under a third of
  // the letters gives way to the one of the most bytes written in over two thirds of them.
  // In one script, a language of over two thirds of the bytes is the text's when the page
  // declares it or nothing (an English report quoting a Spanish paragraph): the text was
  // extracted, its boilerplate is gone. A page declared German quoting more English than
  // its own words stays German.
  if (cld2.most_bytes != cld2.language && cld2.most_bytes != CLD2::UNKNOWN_LANGUAGE) {
    const double called = ShareWrittenIn(letters, cld2.language);
    const bool other_script =
        called >= 0 && called < 1.0 / 3 && ShareWrittenIn(letters, cld2.most_bytes) > 2.0 / 3;
    constexpr int kMostBytesPercent = 67;
    const bool most_bytes_declared =
        (hinted == CLD2::UNKNOWN_LANGUAGE || hinted == cld2.most_bytes) &&
        cld2.percent >= kMostBytesPercent;
    if (other_script || most_bytes_declared) cld2.language = cld2.most_bytes;
  }
  guess.language = ToIsoCode(cld2.language);
  guess.reliable = cld2.reliable;
  guess.confidence = std::clamp(cld2.percent, 0, 100);
  if (!guess.reliable) guess.confidence /= 2;

  // Hebrew script but no reliable call between he and yi: decide on spelling evidence.
  if (guess.script == "Hebr" && !guess.reliable &&
      (guess.language.empty() || guess.language == "he" || guess.language == "yi")) {
    int score = YiddishScore(utf8);
    if (score >= 3) {
      guess.language = "yi";
    } else if (score <= -3) {
      guess.language = "he";
    } else if (guess.language.empty()) {
      std::string h = ToIsoCode(FromHint(hint));
      guess.language = (h == "yi") ? "yi" : "he";
    }
    guess.confidence = std::max(guess.confidence, std::min(80, 40 + 5 * std::abs(score)));
  }
  // CLD2 calls a Pashto text with Dari loanwords ("اعلان", "پلان", "عامه") Persian: its own
  // letters say Pashto. So they do on a short Pashto text CLD2 leaves unknown.
  if ((guess.language == "fa" || (guess.language.empty() && guess.script == "Arab")) &&
      HasPashtoSpelling(utf8))
    guess.language = "ps";
  // Close languages CLD2 calls one for the other (Nynorsk as Bokmål): their function words.
  for (const auto& pair : language_internal::kCloseLanguageWords) {
    if (guess.language == pair.called && ReadsAsOther(utf8, pair)) {
      guess.language = std::string(pair.other);
      break;
    }
  }
  return guess;
}

bool CloseLanguages(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b) return false;
  for (const auto& pair : language_internal::kCloseLanguageWords)
    if ((a == pair.called && b == pair.other) || (a == pair.other && b == pair.called)) return true;
  const int set = CLD2::LanguageCloseSet(FromHint(a));
  return set != 0 && set == CLD2::LanguageCloseSet(FromHint(b));
}

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (out == "iw") out = "he";
  if (out == "ji") out = "yi";
  return out;
}

}  // namespace newsdesk
