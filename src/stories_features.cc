// Article features for the stories stage: match-key words (normalize.h), fingerprints,
// and ASCII-transliterated, skeleton and number terms with raw weights.
#include "stories_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/uvernum.h>

#include "hash.h"
#include "newsdesk/language.h"
#include "newsdesk/normalize.h"
#include "stories_places.h"
#include "stories_wordlists.h"

namespace newsdesk::stories_internal {
namespace {

constexpr float kTitleWeight = 1.5f;
constexpr float kLeadWeight = 1.0f;
constexpr float kSkeletonWeight = 0.5f;
constexpr float kNumberWeight = 1.5f;
// Words of the text (at most the lead) that give anchors. Names and numbers of a longer
// text meet those of unrelated news of the day by chance, across languages too (a storm
// and a flood on one day share numbers and name skeletons); terms take the whole lead.
constexpr int kAnchorWords = 80;
// Places one right after the other that make a list, not prose (DropListedPlaces).
constexpr size_t kListedPlaces = 4;
constexpr float kNameBoost = 2.0f;

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer: spreads bits for the MinHash and LSH hashes
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t Fnv(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}
constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ULL;

// Seeds of the MinHash functions: h_k(x) = Mix(x ^ seed_k).
constexpr std::array<uint64_t, kMinHashes> MakeSeeds() {
  std::array<uint64_t, kMinHashes> seeds{};
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  for (auto& s : seeds) {
    x += 0x9e3779b97f4a7c15ULL;
    uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    s = z ^ (z >> 31);
  }
  return seeds;
}
constexpr std::array<uint64_t, kMinHashes> kSeeds = MakeSeeds();

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<uint8_t>(c) < 0x80; });
}

UChar32 FirstCodePoint(std::string_view s, int32_t* length) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  *length = i;
  return c;
}

// Prefix letters glued to Hebrew and Arabic words (and, the, in, to, from, that, as).
bool IsPrefixLetter(UChar32 c) {
  switch (c) {
    case 0x05D5:  // ו
    case 0x05D4:  // ה
    case 0x05D1:  // ב
    case 0x05DC:  // ל
    case 0x05DE:  // מ
    case 0x05E9:  // ש
    case 0x05DB:  // כ
    case 0x0648:  // و
    case 0x0628:  // ب
    case 0x0644:  // ل
    case 0x0641:  // ف
    case 0x0643:  // ك
      return true;
    default:
      return false;
  }
}

// The word without a glued prefix (Hebrew/Arabic), or "" when it has none.
std::string StripSemiticPrefix(std::string_view word) {
  std::string_view rest = word;
  int32_t len = 0;
  UChar32 c = FirstCodePoint(rest, &len);
  if (IsPrefixLetter(c) && CodePoints(rest) >= 4) rest.remove_prefix(len);
  // Arabic article ال.
  if (rest.size() >= 4 && rest.substr(0, 4) == "\xD8\xA7\xD9\x84" && CodePoints(rest) >= 5) {
    rest.remove_prefix(4);
  }
  if (rest.size() == word.size()) return {};
  return std::string(rest);
}

// The word without a particle glued to its end (Korean), or "" when it has none; at least
// two syllables stay.
std::string StripHangulParticle(std::string_view word) {
  int32_t len = 0;
  if (ublock_getCode(FirstCodePoint(word, &len)) != UBLOCK_HANGUL_SYLLABLES) return {};
  for (std::string_view particle : HangulParticles()) {
    if (word.size() > particle.size() && word.substr(word.size() - particle.size()) == particle &&
        CodePoints(word) >= CodePoints(particle) + 2) {
      return std::string(word.substr(0, word.size() - particle.size()));
    }
  }
  return {};
}

// The bytes of an article or preposition elided and glued with an apostrophe at the start
// of match key `word` ("l'" of "l'allemagne", "dell’" of "dell’italia"; IsElidedWord), 0
// when there is none. The elided words are ASCII: the same bytes start the word as written.
size_t ElisionLength(std::string_view word) {
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    const size_t at = word.find(apostrophe);
    if (at != std::string_view::npos && IsElidedWord(word.substr(0, at))) {
      return at + apostrophe.size();
    }
  }
  return 0;
}

std::string_view CutUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<uint8_t>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

std::string WordVariant(std::string_view word) {
  std::string v = StripSemiticPrefix(word);
  return v.empty() ? StripHangulParticle(word) : v;
}

std::vector<std::string> CaseStems(std::string_view word, const std::vector<std::string>& endings) {
  std::vector<std::string> stems;
  for (const std::string& ending : endings) {
    if (word.size() <= ending.size() || word.substr(word.size() - ending.size()) != ending)
      continue;
    std::string_view stem = word.substr(0, word.size() - ending.size());
    if (CodePoints(stem) >= kCaseStemMinLength) stems.emplace_back(stem);
  }
  return stems;
}

std::string PlaceForm(std::string_view word, const std::vector<std::string>& case_stems) {
  if (const size_t elided = ElisionLength(word); elided > 0) {
    const std::string_view rest = word.substr(elided);
    if (PlaceOf(rest) != 0) return std::string(rest);
  }
  for (const std::string& stem : case_stems) {
    if (stem.back() < 'a' || stem.back() > 'z') continue;  // Latin stems only
    for (const std::string& vowel : NameFinalVowels()) {
      std::string form = stem + vowel;
      if (PlaceOf(form) != 0) return form;
    }
  }
  return {};
}

double MinHashSimilarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

uint64_t BandKey(const std::vector<uint32_t>& signature, int band) {
  uint64_t h = Mix(static_cast<uint64_t>(band) + 1);
  for (int r = 0; r < kRows; ++r) h = Mix(h ^ signature[band * kRows + r]);
  return h;
}

uint64_t HashTerm(char kind, std::string_view key) {
  const char k[1] = {kind};
  return Mix(Fnv(Fnv(kFnvBasis, std::string_view(k, 1)), key));
}

std::string NumberKey(std::string_view word) {
  std::vector<std::string> groups(1);
  std::vector<char> seps;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, n, c);
    const int32_t d = c >= 0 ? u_charDigitValue(c) : -1;
    if (d >= 0 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      groups.back().push_back(static_cast<char>('0' + d));
    } else if (c == ',' || c == '.' || c == '\'' || c == 0x00A0 || c == 0x202F || c == 0x2009 ||
               c == 0x066B || c == 0x066C || c == 0x060C) {
      if (groups.back().empty()) return {};
      seps.push_back(c == '.' || c == 0x066B ? '.' : ',');
      groups.emplace_back();
    } else {
      return {};
    }
  }
  if (groups.back().empty()) return {};
  if (seps.empty()) {
    const size_t nz = groups[0].find_first_not_of('0');
    return nz == std::string::npos ? "0" : groups[0].substr(nz);
  }
  bool thousands = groups[0].size() <= 3;
  for (size_t g = 1; g < groups.size(); ++g) thousands = thousands && groups[g].size() == 3;
  std::string out;
  if (thousands && !(seps.size() == 1 && seps[0] == '.' && groups[0] == "0")) {
    for (const auto& g : groups) out += g;
    const size_t nz = out.find_first_not_of('0');
    return nz == std::string::npos ? "0" : out.substr(nz);
  }
  if (groups.size() == 2) {  // a decimal fraction: 3.5, 3,5
    std::string frac = groups[1];
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return frac.empty() ? groups[0] : groups[0] + "." + frac;
  }
  for (const auto& g : groups) out += g;  // version-like: keep the digits
  return out;
}

std::string Skeleton(std::string_view ascii) {
  std::string letters;
  for (char c : ascii) {
    if (c >= 'a' && c <= 'z') {
      letters.push_back(c);
    } else if (c >= '0' && c <= '9') {
      return {};
    }
  }
  std::string out;
  for (size_t i = 0; i < letters.size(); ++i) {
    char c = letters[i];
    const char next = i + 1 < letters.size() ? letters[i + 1] : '\0';
    if (c == 'p' && next == 'h') {
      c = 'f';
      ++i;
    } else if (c == 'c' && next == 'k') {
      ++i;
    }
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
      case 'w':
      case 'j':
      case 'h':
        continue;
      case 'c':
      case 'q':
        c = 'k';
        break;
      case 'z':
        c = 's';
        break;
      case 'v':
      case 'p':  // Arabic has no p: باكستان -> bakstan
        c = 'b';
        break;
      default:
        break;
    }
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  if (out.size() < 2) return {};
  return out;
}

struct FeatureExtractor::Icu {
  std::unique_ptr<icu::Transliterator> to_latin;
  std::unordered_map<std::string, bool> comma_decimals;  // by primary language
};

FeatureExtractor::FeatureExtractor(int lead_words, int long_text_words)
    : icu_(new Icu), lead_words_(lead_words), long_text_words_(long_text_words) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->to_latin.reset(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) icu_->to_latin.reset();
}

FeatureExtractor::~FeatureExtractor() = default;

bool FeatureExtractor::CommaDecimals(std::string_view language) {
  const std::string primary = PrimaryLanguage(language);
  if (primary.empty()) return false;
  const auto [it, inserted] = icu_->comma_decimals.try_emplace(primary, false);
  if (inserted) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DecimalFormatSymbols symbols(icu::Locale(primary.c_str()), status);
    it->second = U_SUCCESS(status) &&
                 symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol) ==
                     icu::UnicodeString(u',');
  }
  return it->second;
}

std::vector<std::string> FeatureExtractor::ToAscii(const std::vector<std::string>& words) {
  std::vector<std::string> out(words.size());
  std::vector<size_t> todo;
  std::string joined;
  for (size_t i = 0; i < words.size(); ++i) {
    if (IsAscii(words[i])) {
      out[i] = words[i];
    } else {
      todo.push_back(i);
      if (!joined.empty()) joined.push_back('\n');
      joined += words[i];
    }
  }
  if (todo.empty() || !icu_->to_latin) return out;
  auto transliterate = [this](std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
    icu_->to_latin->transliterate(u);
    std::string r;
    u.toUTF8String(r);
    return r;
  };
  // One ICU call for all non-ASCII words of the article; per word if the split is off.
  const std::string all = transliterate(joined);
  std::vector<std::string> parts;
  size_t pos = 0;
  while (true) {
    const size_t nl = all.find('\n', pos);
    parts.push_back(all.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  for (size_t t = 0; t < todo.size(); ++t) {
    out[todo[t]] = parts.size() == todo.size() ? parts[t] : transliterate(words[todo[t]]);
  }
  // Keep [a-z0-9] only: drops ʿ, ', spaces between pinyin syllables.
  for (std::string& s : out) {
    s.erase(
        std::remove_if(s.begin(), s.end(),
                       [](char c) { return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')); }),
        s.end());
  }
  return out;
}

bool IsAnchorNumber(std::string_view key) {
  if (key.size() < 2) return false;
  if (key.size() > 4 ||
      !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  const int v = std::stoi(std::string(key));
  return !(v >= 1900 && v <= 2100);
}

// Small integers (days, hours, road numbers) carry kNumberAnchorBit.
uint64_t NumberAnchor(const std::string& key) {
  const uint64_t id = HashTerm('N', key) & ~uint64_t{3} & ~kNumberAnchorBit;
  const bool small = key.size() <= 2 && std::all_of(key.begin(), key.end(),
                                                    [](char c) { return c >= '0' && c <= '9'; });
  return small ? id | kNumberAnchorBit : id;
}

// `key` (a NumberKey: "8", "1.5") times 10^power, as a NumberKey ("8000000000").
std::string ScaledNumberKey(const std::string& key, int power) {
  const size_t dot = key.find('.');
  std::string digits = key.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : key.substr(dot + 1);
  if (frac.size() > static_cast<size_t>(power)) {
    digits += frac.substr(0, power);
    digits += "." + frac.substr(power);
  } else {
    digits += frac + std::string(power - frac.size(), '0');
  }
  const size_t nz = digits.find_first_not_of('0');
  return nz == std::string::npos || digits[nz] == '.' ? "0" : digits.substr(nz);
}

// A closed compound of a number word of 3+ code points among `numbers` and a scale word,
// both whole ("achtmiljard", "nyolcmilliárd", "ແປດພັນ": match keys): the number and the
// power, or {0, 0}. Shorter number words begin too many words by chance ("timing" = "ti" +
// "ming").
std::pair<int, int> CompoundQuantity(const NumberWords& numbers, std::string_view w) {
  constexpr size_t kMinNumberCodePoints = 3;
  size_t code_points = 0;
  for (size_t split = 1; split + 1 < w.size(); ++split) {
    if ((static_cast<unsigned char>(w[split]) & 0xC0) == 0x80) continue;  // inside a character
    if (++code_points < kMinNumberCodePoints) continue;
    if (const int v = numbers.Value(w.substr(0, split)); v > 0) {
      if (const int p = ScalePower(w.substr(split)); p > 0) return {v, p};
    }
  }
  return {0, 0};
}

// Quantities written with scale words, in figures or words, become one number anchor
// whatever the language: "8 billion", "eight billion", "huit milliards", "8 миллиардов",
// "васьмі мільярдаў", "80亿", "80억", "۸ میلیارد", "แปดพันล้าน" (dictionary words) and the
// compounds "Acht-Milliarden-Marke", "8-Milliarden-Marke", "achtmiljard" are all 8000000000.
// Consecutive scale words multiply ("mil millones"). `keys` are the match-key words of
// the anchor window (TokenWords; "" for numbers and punctuation), `token_of` the token of
// each, `numbers` the number words of the article's language. A scale word counts only
// after a number ("अरब देश", Arab countries, is none). Allocates only for numbers.
void AddScaledQuantities(const std::vector<const Token*>& token_of,
                         const std::vector<std::string>& keys, const NumberWords& numbers,
                         std::vector<uint64_t>* anchors) {
  // Longer words are neither numbers nor scales, nor compounds of the two (Tamil
  // "பில்லியன்" is 27 bytes, Greek "δισεκατομμύρια" 28).
  constexpr size_t kMaxScaleWordBytes = 48;
  std::string number;  // NumberKey of the last number, "" if none
  int power = 0;       // scale words since that number
  auto end_quantity = [&] {
    if (!number.empty() && power > 0)
      anchors->push_back(NumberAnchor(ScaledNumberKey(number, power)));
    number.clear();
    power = 0;
  };
  auto word = [&](std::string_view w) {
    if (!number.empty()) {
      if (const int p = ScalePower(w); p > 0) {
        power += p;
        return;
      }
    }
    end_quantity();
    if (const int v = numbers.Value(w); v > 0) {
      number = std::to_string(v);
    } else if (const auto [value, p] = CompoundQuantity(numbers, w); p > 0) {
      number = std::to_string(value);
      power = p;
    }
  };
  // A hyphen glued to the words on both sides joins them ("8-Milliarden").
  auto joins = [&](size_t i) {
    const Token& t = *token_of[i];
    return t.kind == Kind::kPunct && t.text == "-" && i > 0 && i + 1 < keys.size() &&
           token_of[i - 1]->end == t.begin && token_of[i + 1]->begin == t.end;
  };
  for (size_t i = 0; i < keys.size(); ++i) {
    const Token& t = *token_of[i];
    if (t.kind == Kind::kNumber) {
      end_quantity();
      number = NumberKey(t.text);
      continue;
    }
    if (t.kind != Kind::kWord) {
      if (!joins(i)) end_quantity();
      continue;
    }
    std::string_view w = keys[i];
    // Figures glued to a scale word in a script without spaces: "80억", "80亿人".
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits > 0) {
      end_quantity();
      number = NumberKey(w.substr(0, digits));
      w.remove_prefix(digits);
      if (w.empty()) continue;
    }
    // The parts of a hyphenated compound in turn: "acht-milliarden-menschen-marke".
    for (size_t dash = w.find('-'); !w.empty(); dash = w.find('-')) {
      const std::string_view part = w.substr(0, dash);
      if (part.size() > kMaxScaleWordBytes) {
        end_quantity();
      } else {
        word(part);
      }
      w.remove_prefix(dash == std::string_view::npos ? w.size() : dash + 1);
    }
  }
  end_quantity();
}

namespace {

// Phase 1 of Extract: the exact hash of the whole match-key word sequence (title + text)
// and the MinHash signature of its 3-word shingles.
void AddFingerprints(const std::vector<std::string>& title_words,
                     const std::vector<std::string>& text_words, ArticleFeatures& f) {
  uint64_t exact = kFnvBasis;
  std::vector<uint64_t> word_hashes;
  word_hashes.reserve(title_words.size() + text_words.size());
  for (const auto* list : {&title_words, &text_words}) {
    for (const std::string& w : *list) {
      exact = Fnv(exact, w);
      exact = Fnv(exact, "\x1f");
      word_hashes.push_back(Mix(Fnv(kFnvBasis, w)));
    }
  }
  f.exact_hash = Mix(exact);
  const size_t shingle = std::min<size_t>(3, word_hashes.size());
  if (shingle == 0) return;
  f.minhash.assign(kMinHashes, UINT32_MAX);
  for (size_t i = 0; i + shingle <= word_hashes.size(); ++i) {
    uint64_t h = 0;
    for (size_t j = 0; j < shingle; ++j) h = Mix(h * 31 + word_hashes[i + j]);
    for (int k = 0; k < kMinHashes; ++k) {
      const uint32_t v = static_cast<uint32_t>(Mix(h ^ kSeeds[k]) >> 32);
      f.minhash[k] = std::min(f.minhash[k], v);
    }
  }
}

// Whether a capitalized word of a cased script is a name: not at a sentence start unless
// all capitals or also capitalized elsewhere, and never written in lower case (so
// "Transfer" in a Title Case headline is not one); "He", "According" are not names, nor
// are calendar, page-chrome and job-title words ("Monday", "Privacy", "President").
class NameEvidence {
 public:
  explicit NameEvidence(const std::vector<Token>& tokens) {
    for (const Token& t : tokens) {
      if (t.kind != Kind::kWord || !t.cased) continue;
      if (!t.capitalized) {
        lower_seen_.insert(t.text);
      } else if (!t.sentence_start) {
        capitalized_inside_.insert(t.text);
      }
    }
  }

  // The match key of `t` when it is a name, else "".
  std::string NameKey(const Token& t) const {
    const bool all_caps =
        t.text.size() >= 2 &&
        std::none_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (t.sentence_start && !all_caps && !capitalized_inside_.count(t.text)) return "";
    std::string key = MatchKey(t.text);
    if (lower_seen_.count(key) || IsCalendarWord(key) || IsChromeWord(key) || IsTitleWord(key)) {
      return "";
    }
    return key;
  }

 private:
  std::unordered_set<std::string> lower_seen_;
  std::unordered_set<std::string> capitalized_inside_;
};

// The place an acronym of `language` written in capitals names (AcronymPlace): word
// token `t` of match key `key` ("FN", "YK"), or its part after an elided article or
// preposition ("l'ONU"); 0 when none.
uint64_t AcronymInCapitals(const Token& t, std::string_view key, std::string_view language) {
  const size_t elided = ElisionLength(key);
  if (elided > t.text.size() || !InCapitals(std::string_view(t.text).substr(elided))) return 0;
  return AcronymPlace(language, key.substr(elided));
}

// A Han, kana or Hangul character: such words count from two characters, not four.
bool IsCjk(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || ublock_getCode(c) == UBLOCK_HIRAGANA ||
         ublock_getCode(c) == UBLOCK_KATAKANA || ublock_getCode(c) == UBLOCK_HANGUL_SYLLABLES;
}

// Whether number token `t`, followed by `next` (null at the end), is a day and month
// written "15.11." (Finnish, German, Norwegian, Russian...): one or two digits of a day, a
// dot, one or two of a month and a dot right after. Only in a language that writes its
// decimals with a comma, where "7.6." can be no magnitude at the end of a sentence.
bool IsDayMonth(const Token& t, const Token* next) {
  if (next == nullptr || next->kind != Kind::kPunct || next->text != "." || next->begin != t.end) {
    return false;
  }
  const size_t dot = t.text.find('.');
  if (dot == std::string::npos || dot == 0 || dot > 2 || t.text.size() - dot - 1 == 0 ||
      t.text.size() - dot - 1 > 2) {
    return false;
  }
  const std::string_view day = std::string_view(t.text).substr(0, dot);
  const std::string_view month = std::string_view(t.text).substr(dot + 1);
  auto value = [](std::string_view digits) {
    int v = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  const int d = value(day);
  const int m = value(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

// Drops from `places` (FindPlaces' result; `begins` its first words, `used` its marks)
// the places named only in a list: a run of kListedPlaces or more places one right after
// the other, with no other word or punctuation between them ("Choose your country Italy
// France Germany Netherlands Spain Sweden"). Such a run is a page's country menu or a
// flattened table, not what the text reports (prose separates what it enumerates with
// commas and "and"), and two pages with one menu are no two reports of one event. A
// place the text also names outside such a run keeps its anchor; the listed words stay
// places (they give no name anchor either).
void DropListedPlaces(const std::vector<size_t>& begins, const std::vector<bool>& used,
                      std::vector<uint64_t>* places) {
  std::vector<bool> listed(places->size(), false);
  for (size_t first = 0; first < begins.size();) {
    size_t last = first;  // the run of places first..last, each right after the previous
    while (last + 1 < begins.size() &&
           std::all_of(used.begin() + static_cast<std::ptrdiff_t>(begins[last]),
                       used.begin() + static_cast<std::ptrdiff_t>(begins[last + 1]),
                       [](bool u) { return u; })) {
      ++last;
    }
    if (last - first + 1 >= kListedPlaces) {
      std::fill(listed.begin() + static_cast<std::ptrdiff_t>(first),
                listed.begin() + static_cast<std::ptrdiff_t>(last) + 1, true);
    }
    first = last + 1;
  }
  std::unordered_set<uint64_t> named;  // places named outside a list
  for (size_t k = 0; k < places->size(); ++k) {
    if (!listed[k]) named.insert((*places)[k]);
  }
  std::vector<uint64_t> kept;
  for (uint64_t id : *places) {
    if (named.count(id) > 0) kept.push_back(id);
  }
  *places = std::move(kept);
}

// The anchor id of a transliterated anchor word: its skeleton's hash (weak when the
// skeleton is under 3 letters), else the word's own; none for an empty word, a number or
// a single letter without a skeleton.
std::optional<uint64_t> AnchorId(const std::string& ascii) {
  if (ascii.empty() || !NumberKey(ascii).empty()) return std::nullopt;
  const std::string skeleton = Skeleton(ascii);
  if (!skeleton.empty()) {
    uint64_t id = HashTerm('A', skeleton) & ~uint64_t{3} & ~kNumberAnchorBit;
    if (skeleton.size() < 3) id |= kWeakAnchorBit;
    return id;
  }
  if (ascii.size() < 2) return std::nullopt;
  return HashTerm('A', "=" + ascii) & ~uint64_t{3} & ~kNumberAnchorBit;
}

}  // namespace

std::unordered_set<std::string> FeatureExtractor::AddAnchors(std::string_view title,
                                                             std::string_view text,
                                                             std::string_view language,
                                                             ArticleFeatures& f) {
  std::string raw(title);
  raw += "\n";
  raw += CutUtf8(text, static_cast<size_t>(std::min(lead_words_, kAnchorWords)) * 10);
  const std::vector<Token> tokens = Tokenize(raw);
  const NameEvidence evidence(tokens);
  // The words of the window: a cased word is one, an uncased token may hold several
  // (dictionary-split Han, Thai); places are found over them first.
  std::vector<const Token*> token_of;  // of each word
  std::vector<std::string> keys;       // each word's match key
  std::vector<bool> eligible;
  std::vector<bool> glued;  // a piece of the token of the word before
  auto add = [&](const Token& t, std::string key) {
    glued.push_back(!token_of.empty() && token_of.back() == &t);
    eligible.push_back(!key.empty() && t.kind == Kind::kWord && (!t.cased || t.capitalized));
    keys.push_back(std::move(key));
    token_of.push_back(&t);
  };
  for (const Token& t : tokens) {
    if (t.kind == Kind::kWord) {
      for (std::string& w : TokenWords(t)) add(t, std::move(w));
    } else {
      add(t, "");  // numbers and punctuation end a run of words
    }
  }
  std::vector<bool> place;
  std::vector<size_t> begins;
  f.anchors = FindPlaces(keys, glued, eligible, &place, &begins);
  DropListedPlaces(begins, place, &f.anchors);
  // Acronyms of the article's language written in capitals ("FN", "l'ONU": the UN).
  const std::string primary = PrimaryLanguage(language);
  for (size_t i = 0; i < keys.size(); ++i) {
    const Token& t = *token_of[i];
    if (place[i] || keys[i].empty() || t.kind != Kind::kWord || !t.cased) continue;
    if (const uint64_t id = AcronymInCapitals(t, keys[i], primary)) {
      f.anchors.push_back(id);
      place[i] = true;
    }
  }
  AddScaledQuantities(token_of, keys, NumberWordsOf(primary), &f.anchors);
  const bool comma_decimals = CommaDecimals(language);
  // Words in a case form of the article's language, or with a prefix or particle glued to
  // them (WordVariant: Hebrew, Arabic, Korean): their stems, and the places those name
  // ("Ukrainassa", "Janubiy Koreyaning", "일본이", "ביפן"), each form in turn in place of
  // its word; then the place a word names through another form (PlaceForm: "Norwegii",
  // and "l'Allemagne", which is no capitalized word).
  const std::vector<std::string>& endings = CaseEndings(primary);
  std::vector<std::vector<std::string>> stems(keys.size());  // case stems
  std::vector<std::vector<std::string>> forms(keys.size());  // stems, variant, place form
  constexpr size_t kNoForm = std::numeric_limits<size_t>::max();
  std::vector<size_t> place_form(keys.size(), kNoForm);  // index in forms of the place form
  size_t most_forms = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (place[i] || keys[i].empty()) continue;
    if (eligible[i]) {
      if (!endings.empty()) stems[i] = CaseStems(keys[i], endings);
      forms[i] = stems[i];
      if (std::string v = WordVariant(keys[i]); !v.empty()) forms[i].push_back(std::move(v));
    }
    if (token_of[i]->cased) {
      if (std::string p = PlaceForm(keys[i], stems[i]); !p.empty()) {
        place_form[i] = forms[i].size();
        forms[i].push_back(std::move(p));
      }
    }
    most_forms = std::max(most_forms, forms[i].size());
  }
  for (size_t c = 0; c < most_forms; ++c) {
    std::vector<std::string> words(keys);
    std::vector<bool> open(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
      open[i] = !place[i] && (eligible[i] || c == place_form[i]);
      if (c < forms[i].size()) words[i] = forms[i][c];
    }
    std::vector<bool> found;
    for (uint64_t id : FindPlaces(words, glued, open, &found)) f.anchors.push_back(id);
    for (size_t i = 0; i < keys.size(); ++i) place[i] = place[i] || found[i];
  }
  std::unordered_set<std::string> names;
  std::vector<std::string> anchor_words;
  std::vector<bool> soft;
  std::vector<bool> stem;  // a case stem: an anchor only with a skeleton of 3+ letters
  auto take = [&](std::string word, bool is_soft, bool is_stem) {
    anchor_words.push_back(std::move(word));
    soft.push_back(is_soft);
    stem.push_back(is_stem);
  };
  for (size_t i = 0; i < keys.size(); ++i) {
    const Token& t = *token_of[i];
    if (t.kind == Kind::kNumber) {
      // A date, like a year, is shared by every report of its day: no anchor.
      const Token* next = &t + 1 < tokens.data() + tokens.size() ? &t + 1 : nullptr;
      if (comma_decimals && IsDayMonth(t, next)) continue;
      const std::string key = NumberKey(t.text);
      if (IsAnchorNumber(key)) f.anchors.push_back(NumberAnchor(key));
    } else if (t.kind == Kind::kWord && t.cased) {
      if (!t.capitalized) continue;
      std::string key = evidence.NameKey(t);
      if (key.empty()) continue;
      names.insert(key);
      if (place[i]) continue;  // its anchor is the place's
      if (!stems[i].empty()) take(stems[i].front(), false, true);
      take(std::move(key), false, false);
    } else if (t.kind == Kind::kWord && !place[i]) {
      // CJK words of 2+ characters, others of 4+ (shorter ones are mostly function
      // words: من, في, של, את).
      std::string& w = keys[i];
      if (const std::string key = NumberKey(w); !key.empty()) {
        // "11月15日", "11월": a month or a day, shared by every report of its date.
        const bool date =
            i + 1 < keys.size() && token_of[i + 1] == &t && IsDateCounter(keys[i + 1]);
        if (!date && IsAnchorNumber(key)) f.anchors.push_back(NumberAnchor(key));
        continue;
      }
      int32_t len = 0;
      if (CodePoints(w) < (IsCjk(FirstCodePoint(w, &len)) ? 2u : 4u)) continue;
      std::string v = WordVariant(w);
      if (IsTitleWord(w) || (!v.empty() && IsTitleWord(v))) continue;  // names no one
      if (!v.empty()) take(std::move(v), true, false);
      if (!stems[i].empty()) take(stems[i].front(), true, true);
      take(std::move(w), true, false);
    }
  }
  const std::vector<std::string> ascii = ToAscii(anchor_words);
  for (size_t i = 0; i < ascii.size(); ++i) {
    // A stem is shorter than its word: a skeleton of under 3 letters (weak for a whole
    // word) meets unrelated names too often (Nepali "जेमिनको" -> "जेमिन" = "mn", Mauna Loa).
    if (stem[i] && Skeleton(ascii[i]).size() < 3) continue;
    if (const std::optional<uint64_t> id = AnchorId(ascii[i])) {
      (soft[i] ? f.soft_anchors : f.anchors).push_back(*id);
    }
  }
  for (auto* list : {&f.anchors, &f.soft_anchors}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return names;
}

std::vector<Term> FeatureExtractor::LeadTerms(const std::vector<std::string>& title_words,
                                              const std::vector<std::string>& text_words,
                                              const std::unordered_set<std::string>& names,
                                              float name_boost) {
  const size_t lead = std::min<size_t>(text_words.size(), static_cast<size_t>(lead_words_));
  std::vector<std::string> words(title_words);
  words.insert(words.end(), text_words.begin(), text_words.begin() + lead);
  std::vector<std::string> variants;  // WordVariant of words that have one
  std::vector<size_t> variant_of;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string v = WordVariant(words[i]);
    if (!v.empty()) {
      variants.push_back(std::move(v));
      variant_of.push_back(i);
    }
  }
  std::vector<std::string> all(words);
  all.insert(all.end(), variants.begin(), variants.end());
  const std::vector<std::string> ascii = ToAscii(all);

  std::unordered_map<uint64_t, float> weights;
  for (size_t i = 0; i < all.size(); ++i) {
    const size_t word = i < words.size() ? i : variant_of[i - words.size()];
    const bool variant = i >= words.size();
    const float base = word < title_words.size() ? kTitleWeight : kLeadWeight;
    const std::string number = NumberKey(all[i]);
    if (!number.empty()) {
      weights[HashTerm('n', number)] += base * kNumberWeight;
      continue;
    }
    const std::string& a = ascii[i];
    if (a.size() < 2) continue;
    const float boost = names.count(words[word]) ? name_boost : 1.0f;
    if (!variant) weights[HashTerm('w', a)] += base * boost;
    // Skeletons let names and transliterated words meet; for plain lower-case words of
    // ASCII text they would only add collisions.
    const bool plain = boost == 1.0f && IsAscii(all[i]);
    if (a.size() >= 3 && !plain) {
      const std::string s = Skeleton(a);
      if (!s.empty()) weights[HashTerm('s', s)] += base * boost * kSkeletonWeight;
    }
  }
  std::vector<Term> terms;
  terms.reserve(weights.size());
  for (const auto& [id, w] : weights) terms.push_back(Term{id, std::sqrt(w)});
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.id < b.id; });
  return terms;
}

ArticleFeatures FeatureExtractor::Extract(std::string_view title, std::string_view text,
                                          std::string_view language) {
  ArticleFeatures f;
  const std::vector<std::string> title_words = Words(MatchKey(title));
  const std::vector<std::string> text_words = Words(MatchKey(text));
  f.word_count = static_cast<int>(title_words.size() + text_words.size());
  AddFingerprints(title_words, text_words, f);
  const std::unordered_set<std::string> names = AddAnchors(title, text, language, f);
  f.terms = LeadTerms(title_words, text_words, names,
                      f.word_count < long_text_words_ ? kNameBoost : 1.0f);
  return f;
}

uint64_t FeatureExtractor::SourceKey(std::string_view title, std::string_view text,
                                     std::string_view language) const {
  // Everything Extract's output depends on besides the code (kFeaturesFormat): the
  // settings and the ICU that transliterates and breaks words.
  const uint64_t settings = static_cast<uint64_t>(kFeaturesFormat) << 48 ^
                            static_cast<uint64_t>(U_ICU_VERSION_MAJOR_NUM) << 40 ^
                            static_cast<uint64_t>(icu_->to_latin != nullptr) << 39 ^
                            static_cast<uint64_t>(lead_words_) << 20 ^
                            static_cast<uint64_t>(long_text_words_);
  const uint64_t language_hash = internal::Murmur3x64_128(language, settings).first;
  const uint64_t title_hash = internal::Murmur3x64_128(title, language_hash).first;
  return internal::Murmur3x64_128(text, title_hash).first;
}

namespace {

constexpr char kSavedMagic[4] = {'N', 'D', 'S', 'F'};

void Put32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>(v >> (8 * i) & 0xff);
}
void Put64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>(v >> (8 * i) & 0xff);
}

// Reads little-endian values from saved bytes; every read past the end fails the reader.
class SavedReader {
 public:
  explicit SavedReader(std::string_view data) : data_(data) {}
  bool Good() const { return ok_; }
  bool AtEnd() const { return pos_ == data_.size(); }
  uint64_t Get(int bytes) {
    if (!ok_ || data_.size() - pos_ < static_cast<size_t>(bytes)) {
      ok_ = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) {
      v |= uint64_t{static_cast<unsigned char>(data_[pos_ + static_cast<size_t>(i)])} << (8 * i);
    }
    pos_ += static_cast<size_t>(bytes);
    return v;
  }
  // A count of items of `item_bytes` each that the rest of the data can hold.
  size_t Count(size_t item_bytes) {
    const uint64_t n = Get(4);
    if (ok_ && n * item_bytes > data_.size() - pos_) ok_ = false;
    return ok_ ? static_cast<size_t>(n) : 0;
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

bool TermsInOrder(const std::vector<Term>& terms) {
  return std::adjacent_find(terms.begin(), terms.end(),
                            [](const Term& a, const Term& b) { return a.id >= b.id; }) ==
             terms.end() &&
         std::all_of(terms.begin(), terms.end(),
                     [](const Term& t) { return std::isfinite(t.weight) && t.weight >= 0; });
}

}  // namespace

std::string SaveFeatures(const ArticleFeatures& f, uint64_t source_key) {
  std::string out(kSavedMagic, sizeof kSavedMagic);
  out.reserve(48 + 4 * f.minhash.size() + 12 * f.terms.size() +
              8 * (f.anchors.size() + f.soft_anchors.size()));
  Put64(out, source_key);
  Put64(out, f.exact_hash);
  Put32(out, static_cast<uint32_t>(f.word_count));
  Put32(out, static_cast<uint32_t>(f.minhash.size()));
  for (uint32_t h : f.minhash) Put32(out, h);
  Put32(out, static_cast<uint32_t>(f.terms.size()));
  for (const Term& t : f.terms) {
    uint32_t bits = 0;
    static_assert(sizeof bits == sizeof t.weight);
    std::memcpy(&bits, &t.weight, sizeof bits);
    Put64(out, t.id);
    Put32(out, bits);
  }
  for (const std::vector<uint64_t>* list : {&f.anchors, &f.soft_anchors}) {
    Put32(out, static_cast<uint32_t>(list->size()));
    for (uint64_t a : *list) Put64(out, a);
  }
  return out;
}

std::optional<ArticleFeatures> LoadFeatures(std::string_view data, uint64_t source_key) {
  if (data.substr(0, sizeof kSavedMagic) != std::string_view(kSavedMagic, sizeof kSavedMagic)) {
    return std::nullopt;
  }
  SavedReader in(data.substr(sizeof kSavedMagic));
  if (in.Get(8) != source_key) return std::nullopt;
  ArticleFeatures f;
  f.exact_hash = in.Get(8);
  const uint64_t words = in.Get(4);
  if (words > static_cast<uint64_t>(std::numeric_limits<int>::max())) return std::nullopt;
  f.word_count = static_cast<int>(words);
  f.minhash.resize(in.Count(4));
  for (uint32_t& h : f.minhash) h = static_cast<uint32_t>(in.Get(4));
  f.terms.resize(in.Count(12));
  for (Term& t : f.terms) {
    t.id = in.Get(8);
    const auto bits = static_cast<uint32_t>(in.Get(4));
    std::memcpy(&t.weight, &bits, sizeof bits);
  }
  for (std::vector<uint64_t>* list : {&f.anchors, &f.soft_anchors}) {
    list->resize(in.Count(8));
    for (uint64_t& a : *list) a = in.Get(8);
  }
  // What the index relies on: a full signature for any text with words, terms sorted by
  // unique id, anchors sorted, finite weights.
  if (!in.Good() || !in.AtEnd() || !TermsInOrder(f.terms) ||
      f.minhash.size() != (f.word_count > 0 ? static_cast<size_t>(kMinHashes) : 0) ||
      !std::is_sorted(f.anchors.begin(), f.anchors.end()) ||
      !std::is_sorted(f.soft_anchors.begin(), f.soft_anchors.end())) {
    return std::nullopt;
  }
  return f;
}

}  // namespace newsdesk::stories_internal
