// Text helpers of the extract stage: see extract_internal.h.
#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract_internal.h"
#include "extract_phrases.h"
#include "newsdesk/dates.h"

namespace newsdesk::extract_internal {
namespace {

// Calls f(value, digits) for each run of digits of one system in `s`.
template <class F>
void ForEachNumber(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    int d = DigitAt(s, i, &len);
    if (d < 0) {
      ++i;
      continue;
    }
    long value = 0;
    int digits = 0;
    while (d >= 0) {
      if (digits < 9) value = value * 10 + d;
      ++digits;
      i += len;
      d = i < s.size() ? DigitAt(s, i, &len) : -1;
    }
    f(value, digits);
  }
}

}  // namespace

int DigitAt(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  *len = 1;
  if (b(0) >= '0' && b(0) <= '9') return b(0) - '0';
  if (b(0) == 0xD9 && b(1) >= 0xA0 && b(1) <= 0xA9) return *len = 2, b(1) - 0xA0;
  if (b(0) == 0xDB && b(1) >= 0xB0 && b(1) <= 0xB9) return *len = 2, b(1) - 0xB0;
  // The Indic digits (Devanagari U+0966, Bengali U+09E6 ... Malayalam U+0D66): one block
  // of 128 code points a script, the digits at its 0x66..0x6F.
  if (b(0) == 0xE0 && b(1) >= 0xA5 && b(1) <= 0xB5 && b(1) % 2 == 1 && b(2) >= 0xA6 && b(2) <= 0xAF)
    return *len = 3, b(2) - 0xA6;
  // Burmese (U+1040) and Khmer (U+17E0).
  if (b(0) == 0xE1 && b(1) == 0x81 && b(2) >= 0x80 && b(2) <= 0x89) return *len = 3, b(2) - 0x80;
  if (b(0) == 0xE1 && b(1) == 0x9F && b(2) >= 0xA0 && b(2) <= 0xA9) return *len = 3, b(2) - 0xA0;
  if (b(0) == 0xE0 && (b(1) == 0xB9 || b(1) == 0xBB) && b(2) >= 0x90 && b(2) <= 0x99)
    return *len = 3, b(2) - 0x90;
  if (b(0) == 0xEF && b(1) == 0xBC && b(2) >= 0x90 && b(2) <= 0x99) return *len = 3, b(2) - 0x90;
  return -1;
}

std::string_view FindAny(std::string_view text, std::span<const std::string_view> phrases) {
  for (std::string_view p : phrases)
    if (text.find(p) != std::string_view::npos) return p;
  return {};
}

PhraseIndex::PhraseIndex(std::span<const std::string_view> phrases) : phrases_(phrases) {
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    if (phrases[id].size() < 2)
      short_ids_.push_back(id);
    else
      ++starts_[Bucket(phrases[id][0], phrases[id][1]) + 1];
  }
  for (size_t k = 0; k < kBuckets; ++k) starts_[k + 1] += starts_[k];
  ids_.resize(starts_[kBuckets]);
  std::array<uint32_t, kBuckets> filled{};
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    if (phrases[id].size() < 2) continue;
    size_t k = Bucket(phrases[id][0], phrases[id][1]);
    ids_[starts_[k] + filled[k]++] = id;
  }
}

std::string_view PhraseIndex::Find(std::string_view text) const {
  size_t best = phrases_.size();  // the first phrase found, in table order
  for (uint32_t id : short_ids_)
    if (text.find(phrases_[id]) != std::string_view::npos) {
      best = id;
      break;
    }
  for (size_t i = 0; i + 1 < text.size() && best > 0; ++i) {
    const size_t k = Bucket(text[i], text[i + 1]);
    for (uint32_t j = starts_[k]; j < starts_[k + 1] && ids_[j] < best; ++j)
      if (text.substr(i).starts_with(phrases_[ids_[j]])) best = ids_[j];
  }
  return best < phrases_.size() ? phrases_[best] : std::string_view();
}

bool PhraseIndex::Opens(std::string_view text) const {
  for (uint32_t id : short_ids_)
    if (text.starts_with(phrases_[id])) return true;
  if (text.size() < 2) return false;
  const size_t k = Bucket(text[0], text[1]);
  for (uint32_t j = starts_[k]; j < starts_[k + 1]; ++j)
    if (text.starts_with(phrases_[ids_[j]])) return true;
  return false;
}

PhraseTables::PhraseTables(std::initializer_list<std::span<const std::string_view>> tables)
    : PhraseTables(Phrases(tables)) {}

PhraseTables::PhraseTables(Phrases phrases)
    : all_(phrases.all),
      phrases_(std::move(phrases.phrases)),
      table_bit_(std::move(phrases.table_bit)),
      index_(phrases_) {}

PhraseTables::Phrases::Phrases(std::initializer_list<std::span<const std::string_view>> tables) {
  uint32_t bit = 1;
  for (std::span<const std::string_view> table : tables) {
    for (std::string_view p : table) {
      if (p.empty()) continue;
      phrases.push_back(p);
      table_bit.push_back(bit);
    }
    all |= bit;
    bit <<= 1;
  }
}

uint32_t PhraseTables::Occurring(std::string_view text) const {
  uint32_t found = 0;
  index_.ForEachOccurrence(text, [&](uint32_t id) {
    found |= table_bit_[id];
    return found != all_;
  });
  return found;
}

bool StartsWithAny(std::string_view text, std::span<const std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (text.substr(0, p.size()) == p) return true;
  return false;
}

int CountChars(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (IsSpaceByte(c)) continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string NbspToSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool HasYear(std::string_view s) {
  // Thai consonants and vowels (U+0E00..U+0E3F, E0 B8 ..): the text may count Buddhist-era
  // years.
  const bool thai = s.find("\xE0\xB8") != std::string_view::npos;
  bool year = false;
  ForEachNumber(s, [&](long v, int digits) {
    if (digits == 4 &&
        ((v >= 1900 && v <= 2100) || (v >= 1300 && v <= 1499) || (thai && v >= 2443 && v <= 2643)))
      year = true;
  });
  return year;
}

int DigitGroups(std::string_view s) {
  int groups = 0;
  ForEachNumber(s, [&](long, int) { ++groups; });
  return groups;
}

int CountDigits(std::string_view s) {
  int n = 0;
  ForEachNumber(s, [&](long, int digits) { n += digits; });
  return n;
}

bool HasLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 1;
    if (DigitAt(s, i, &len) < 0 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80))
      return true;
    i += len;
  }
  return false;
}

bool LooksLikeDate(std::string_view t) {
  if (t.find('#') != std::string_view::npos) return false;
  // An address or a handle (name@host, @name) is no date; an at sign with a space after it
  // separates a date from its time ("Disember 4, 2026 @ 2:35ptg").
  for (size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1))
    if (at + 1 == t.size() || t[at + 1] != ' ') return false;
  if (DigitGroups(t) > 0) return true;
  bool hebrew = false, gershayim = false;
  for (size_t i = 0; i < t.size(); ++i) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c == 0xD7) hebrew = true;  // U+05C0..U+05FF lead byte
    if (c == '"' || c == '\'') gershayim = true;
    if (c == 0xD7 && i + 1 < t.size() &&
        (static_cast<unsigned char>(t[i + 1]) == 0xB3 ||
         static_cast<unsigned char>(t[i + 1]) == 0xB4))
      gershayim = true;  // ׳ ״
  }
  return hebrew && (gershayim || HasHebrewCalendarDate(t));
}

namespace {

// Whether `w` is Hebrew letters alone (U+05D0..U+05EA).
bool HebrewLettersOnly(std::string_view w) {
  if (w.empty() || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    auto lead = static_cast<unsigned char>(w[i]), trail = static_cast<unsigned char>(w[i + 1]);
    if (lead != 0xD7 || trail < 0x90 || trail > 0xAA) return false;
  }
  return true;
}

}  // namespace

bool HasHebrewCalendarDate(std::string_view t) {
  bool month = false, number = false, after_month = false;
  size_t i = 0;
  while (i < t.size()) {
    size_t end = t.find_first_of(" ,.-\n", i);
    if (end == std::string_view::npos) end = t.size();
    std::string_view w = t.substr(i, end - i);
    i = end + 1;
    if (w.empty()) continue;
    if (w.find('"') != std::string_view::npos || w.find("\u05F4") != std::string_view::npos) {
      number = number || (w.size() >= 4 && static_cast<unsigned char>(w[0]) == 0xD7);
      after_month = false;
      continue;
    }
    bool is_month = false;
    for (std::string_view m : phrases::kHebrewMonths) {
      if (w == m || (w.size() == m.size() + 2 && w.substr(0, 2) == "\u05D1" && w.substr(2) == m))
        is_month = true;
    }
    month = month || is_month;
    // A year printed without marks right after the month, two to four letters from תש
    // (5700): "כד כסלו תשפז".
    number = number || (after_month && w.size() >= 4 && w.size() <= 8 &&
                        (w.starts_with("\u05EA\u05E9") || w.starts_with("\u05EA\u05EA")) &&
                        HebrewLettersOnly(w));
    after_month = is_month;
  }
  return month && number;
}

namespace {

// A numeric day, month and two-digit year between dots or slashes ("06.12.26", "6/12/26"),
// not part of a longer dotted number ("1.10.26.4" is a version).
bool HasShortYearDate(std::string_view t) {
  int parts[3] = {0, 0, 0}, digits[3] = {0, 0, 0};
  int k = 0;  // the part being read
  char sep = 0;
  for (size_t i = 0; i <= t.size();) {
    size_t len = 1;
    int d = i < t.size() ? DigitAt(t, i, &len) : -1;
    if (d >= 0) {
      if (++digits[k] <= 2) parts[k] = parts[k] * 10 + d;
      i += len;
      continue;
    }
    const char c = i < t.size() ? t[i] : '\0';
    const bool next_digit = i + 1 < t.size() && DigitAt(t, i + 1, &len) >= 0;
    if (k < 2 && digits[k] >= 1 && digits[k] <= 2 && (c == '.' || c == '/') &&
        (k == 0 || c == sep) && next_digit) {
      sep = c;
      ++k;
      ++i;
      continue;
    }
    if (k == 2 && digits[2] == 2 && !((c == '.' || c == '/') && next_digit) && parts[0] >= 1 &&
        parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12)
      return true;
    k = 0;
    parts[0] = parts[1] = parts[2] = 0;
    digits[0] = digits[1] = digits[2] = 0;
    ++i;
  }
  return false;
}

}  // namespace

bool OpensWithQuotationMark(std::string_view t) {
  static constexpr std::string_view kOpeningQuotes[] = {
      "\"",       "'",        "\xE2\x80\x9C", "\xE2\x80\x9E",
      "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x98", "\xE2\x80\x9A"};
  t = TrimAscii(t);
  return std::any_of(std::begin(kOpeningQuotes), std::end(kOpeningQuotes),
                     [&](std::string_view q) { return t.starts_with(q); });
}

bool IsWhollyQuoted(std::string_view t) {
  static constexpr std::string_view kClosingQuotes[] = {
      "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB", "\xC2\xAB", "\xE2\x80\x99"};
  t = TrimAscii(t);
  return t.size() > 2 && OpensWithQuotationMark(t) &&
         std::any_of(std::begin(kClosingQuotes), std::end(kClosingQuotes),
                     [&](std::string_view q) { return t.ends_with(q); });
}

bool LooksLikeDateline(std::string_view t) {
  if (!LooksLikeDate(t)) return false;
  // A Hebrew date in letters, also with a time after it ("ט"ז כסלו תשפ"ז | 21:40"), or a
  // numeric date with a two-digit year ("פורסם: 06.12.26, 10:42").
  if (DigitGroups(t) == 0 || HasHebrewCalendarDate(t) || HasShortYearDate(t)) return true;
  // A day: one or two digits, 1..31 ("Archiv 2024 2023", year links, is no dateline).
  bool day = false;
  ForEachNumber(t, [&](long v, int digits) { day = day || (digits <= 2 && v >= 1 && v <= 31); });
  return day && HasYear(t);
}

namespace {

bool EndsWithSentenceMark(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')'))
    t.remove_suffix(1);
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  for (std::string_view e : phrases::kSentenceEnds)
    if (t.size() >= e.size() && t.substr(t.size() - e.size()) == e) return true;
  // An emoji (U+1F000..U+1FFFF: UTF-8 F0 9F ..) closes a sentence in social-style prose.
  if (t.size() >= 4 && static_cast<unsigned char>(t[t.size() - 4]) == 0xF0 &&
      static_cast<unsigned char>(t[t.size() - 3]) == 0x9F)
    return true;
  return false;
}

// The text before a short parenthetical closing `t` (ASCII or full-width brackets: "... the
// city! (commentator Luo Bo)", "...المتحدة. (أ ف ب)"): the agency, author or source a
// paragraph ends with. "" when `t` ends otherwise or the parenthetical is long.
std::string_view BeforeClosingParenthetical(std::string_view t) {
  constexpr int kMaxWords = 5;
  constexpr size_t kMaxBytes = 80;
  constexpr std::string_view kFullWidthOpen = "\xEF\xBC\x88", kFullWidthClose = "\xEF\xBC\x89";
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  size_t close = 0;
  if (t.ends_with(')'))
    close = 1;
  else if (t.ends_with(kFullWidthClose))
    close = kFullWidthClose.size();
  else
    return {};
  size_t ascii = t.rfind('('), wide = t.rfind(kFullWidthOpen);
  size_t open = ascii == std::string_view::npos
                    ? wide
                    : (wide == std::string_view::npos ? ascii : std::max(ascii, wide));
  if (open == std::string_view::npos || open == 0) return {};
  size_t inner_from = open + (open == ascii ? 1 : kFullWidthOpen.size());
  if (inner_from > t.size() - close) return {};
  std::string_view inner = t.substr(inner_from, t.size() - close - inner_from);
  if (inner.size() > kMaxBytes || CountWords(inner) > kMaxWords) return {};
  std::string_view before = t.substr(0, open);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before;
}

// The words of `s` between single spaces, empty ones skipped.
std::vector<std::string_view> SpaceWords(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < s.size();) {
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

// A quotation closed by its author's name in brackets, without a stop before them ("You
// can't solve a problem with the same thinking that created it (Albert Einstein)"): at
// least six words, then two to four name words (upper-case first letter, or a script
// without case).
bool IsAttributedQuotation(std::string_view before, std::string_view t) {
  constexpr int kMinQuoteWords = 6;
  if (CountWords(before) < kMinQuoteWords) return false;
  std::string_view inner = t.substr(before.size());
  while (!inner.empty() && (inner.front() == ' ' || inner.front() == '(')) inner.remove_prefix(1);
  while (!inner.empty() && (inner.back() == ' ' || inner.back() == ')')) inner.remove_suffix(1);
  const std::vector<std::string_view> words = SpaceWords(inner);
  for (std::string_view w : words) {
    auto lead = static_cast<unsigned char>(w[0]);
    bool upper = lead >= 'A' && lead <= 'Z';
    bool caseless = lead >= 0xD6;
    bool other = lead >= 0x80 && !caseless && Lower(w).compare(0, 2, w.substr(0, 2)) != 0;
    // A name has no digits, of any system: "(۱۴ فبروری ۲۰۲۶)" is a date.
    if ((!upper && !caseless && !other) || CountDigits(w) > 0) return false;
  }
  return words.size() >= 2 && words.size() <= 4;
}

// Whether `t` is prose of a script that writes no sentence stop (Thai, Lao: sentences are
// set apart by spaces alone): it ends with a letter or vowel mark of that script, not a
// digit, and is too long for a label or a name.
bool EndsUnmarkedSentence(std::string_view t) {
  constexpr int kMinChars = 40;
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == ')')) t.remove_suffix(1);
  if (t.size() < 3) return false;
  auto b = [&](size_t k) { return static_cast<unsigned char>(t[t.size() - 3 + k]); };
  if (b(0) != 0xE0 || b(1) < 0xB8 || b(1) > 0xBB) return false;
  const int cp = ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);  // U+0E00..U+0EFF
  const bool thai = cp >= 0x0E01 && cp <= 0x0E4E, lao = cp >= 0x0E81 && cp <= 0x0ECE;
  return (thai || lao) && CountChars(t) >= kMinChars;
}

}  // namespace

bool EndsLikeSentence(std::string_view t) {
  if (EndsWithSentenceMark(t) || EndsUnmarkedSentence(t)) return true;
  std::string_view before = BeforeClosingParenthetical(t);
  return !before.empty() && (EndsWithSentenceMark(before) || IsAttributedQuotation(before, t));
}

namespace {

// Whether `t` is a running time in clock form: "2:47", "02:47", "1:02:47".
bool IsClockDuration(std::string_view t) {
  int groups = 0;
  for (size_t i = 0; i <= t.size(); ++groups) {
    size_t end = t.find(':', i);
    if (end == std::string_view::npos) end = t.size();
    std::string_view g = t.substr(i, end - i);
    if (g.empty() || g.size() > 2 || CountDigits(g) != static_cast<int>(g.size()) ||
        (groups > 0 && g.size() != 2))
      return false;
    i = end + 1;
  }
  return groups == 2 || groups == 3;
}

}  // namespace

bool IsDurationWithUnit(std::string_view t) {
  constexpr size_t kMaxMinutesDigits = 3;
  t = TrimAscii(t);
  const size_t digits = t.find_first_not_of("0123456789:");
  if (digits == 0 || digits == std::string_view::npos) return false;
  const std::string_view number = t.substr(0, digits);
  const bool minutes =
      number.size() <= kMaxMinutesDigits && number.find(':') == std::string_view::npos;
  return (minutes || IsClockDuration(number)) &&
         phrases::Listed(phrases::kMinuteUnits, Lower(TrimAscii(t.substr(digits), " .")));
}

bool IsDuration(std::string_view t) {
  return IsClockDuration(TrimAscii(t)) || IsDurationWithUnit(t);
}

TrackList TrackListShape(std::string_view t) {
  constexpr int kMinTracks = 5, kMaxTitleWords = 8;
  constexpr size_t kMaxNumberDigits = 3;
  int tracks = 0;
  bool timed = true;
  for (size_t i = 0; i <= t.size(); ++tracks) {
    size_t end = t.find('\n', i);
    if (end == std::string_view::npos) end = t.size();
    std::string_view line = TrimAscii(t.substr(i, end - i));
    i = end + 1;
    const size_t digits = line.find_first_not_of("0123456789");
    if (digits == 0 || digits > kMaxNumberDigits || digits == std::string_view::npos)
      return TrackList::kNone;
    int number = 0;
    for (char d : line.substr(0, digits)) number = number * 10 + (d - '0');
    if (number != tracks + 1) return TrackList::kNone;
    std::string_view title = line.substr(digits);
    const size_t title_start = title.find_first_not_of(" .):-\t");
    if (title_start == 0 || title_start == std::string_view::npos) return TrackList::kNone;
    title = title.substr(title_start);
    // A running time closing the line, bracketed or not.
    const size_t last_space = title.rfind(' ');
    if (last_space != std::string_view::npos &&
        IsDuration(TrimAscii(title.substr(last_space + 1), "()[] "))) {
      title = TrimAscii(title.substr(0, last_space), " -\t");
    } else {
      timed = false;
    }
    if (title.empty() || title.back() == '.' || CountWords(title) > kMaxTitleWords)
      return TrackList::kNone;
  }
  if (tracks < kMinTracks) return TrackList::kNone;
  return timed ? TrackList::kTimed : TrackList::kNumbered;
}

namespace {

// The part of info line `t` after its last separator (" | ", " · ", " • "), "" when it has
// none.
std::string_view AfterLastSeparator(std::string_view t) {
  static constexpr std::string_view kSeparators[] = {" | ", " \u00B7 ", " \u2022 "};
  size_t after = 0;
  for (std::string_view sep : kSeparators)
    if (size_t at = t.rfind(sep); at != std::string_view::npos)
      after = std::max(after, at + sep.size());
  return after > 0 ? t.substr(after) : std::string_view();
}

bool IsClockTime(std::string_view w);
bool IsBylineDateWord(std::string_view w);

}  // namespace

bool EndsWithReadingTime(std::string_view t) {
  const std::string_view last = AfterLastSeparator(t);
  return !last.empty() && IsDuration(last);
}

std::string_view ClosingClockTime(std::string_view t) {
  constexpr int kMaxTimeWords = 2;
  const std::string_view last = TrimAscii(AfterLastSeparator(t));
  if (last.empty() || LooksLikeDateline(t)) return {};
  int words = 0;
  for (std::string_view rest = last; !rest.empty();) {
    const size_t space = std::min(rest.find(' '), rest.size());
    const std::string_view w = rest.substr(0, space);
    rest = TrimAscii(rest.substr(space));
    if (++words > kMaxTimeWords || (words == 1 ? !IsClockTime(w) : !IsBylineDateWord(w))) return {};
  }
  return last;
}

std::string_view WithoutClosingEllipsis(std::string_view t, bool& cut) {
  cut = false;
  t = TrimAscii(t);
  for (;;) {
    std::string_view stem;
    for (std::string_view ellipsis : {"...", "\u2026"})
      if (t.ends_with(ellipsis)) stem = t.substr(0, t.size() - ellipsis.size());
    if (stem.data() == nullptr) return t;
    cut = true;
    t = TrimAscii(stem);
  }
}

bool EndsWithDateAbbreviation(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == ')')) t.remove_suffix(1);
  const size_t space = t.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string last = Lower(t.substr(space + 1));
  const bool dateline_only = phrases::Listed(phrases::kDatelineAbbreviations, last);
  if (!dateline_only && !phrases::Listed(phrases::kDateAbbreviations, last)) return false;
  // The word before it holds a digit of any script: a time or a year.
  std::string_view before = t.substr(0, space);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const size_t prev = before.rfind(' ');
  if (CountDigits(before.substr(prev == std::string_view::npos ? 0 : prev + 1)) == 0) return false;
  if (dateline_only) return true;
  // An abbreviation that also closes sentences ends a dateline when a separator sets the
  // date apart ("Jane Doe | December 5, 2026, 10:20 a.m.", "Иван Петров · 5 декабря 2026
  // г.") or at most two words come before its first number ("Saturday, December 5, 2026
  // 10:20 a.m."); "The council meets on December 5, 2026 at 10 a.m." is a sentence.
  static constexpr std::string_view kSeparators[] = {"|",   "\u00B7", "\u2022",
                                                     " - ", "\u2013", "\u2014"};
  for (std::string_view sep : kSeparators)
    if (t.find(sep) != std::string_view::npos) return true;
  constexpr int kMaxWordsBeforeTheDate = 2;
  int words = 0;
  for (size_t i = 0; i < t.size();) {
    size_t end = t.find(' ', i);
    if (end == std::string_view::npos) end = t.size();
    if (end > i) {
      if (CountDigits(t.substr(i, end - i)) > 0) break;
      if (++words > kMaxWordsBeforeTheDate) return false;
    }
    i = end + 1;
  }
  return true;
}

int CountWords(std::string_view s) { return CountSpacedWords(s); }

int CountFieldWords(std::string_view s) {
  static constexpr std::string_view kSeparators[] = {
      "|", "/", "\xC2\xB7", "\xE2\x80\xA2", "-", "\xE2\x80\x93", "\xE2\x80\x94"};
  const std::vector<std::string_view> words = SpaceWords(s);
  return static_cast<int>(std::count_if(words.begin(), words.end(), [](std::string_view w) {
    return std::find(std::begin(kSeparators), std::end(kSeparators), w) == std::end(kSeparators);
  }));
}

std::string StripByPrefix(std::string s) {
  // Punctuation around a byline cut out of a line (", par Attac France"; "Yazar Selin
  // Aydın -", a template's separator before the date).
  const size_t start = s.find_first_not_of(" ,;|-");
  if (start != 0 && start != std::string::npos) s.erase(0, start);
  if (const size_t end = s.find_last_not_of(" ,;|-"); end != std::string::npos) s.erase(end + 1);
  std::string l = Lower(s);
  for (std::string_view p : phrases::kBylinePrefixes) {
    // "By : Joe S.": a colon spaced off the word prefix goes with it.
    if (l.compare(0, p.size(), p) == 0)
      return CollapseSpace(TrimAscii(std::string_view(s).substr(p.size()), " :"));
    // "Von: Jonas Weber": a word prefix followed by a colon.
    if (p.ends_with(' ') && l.size() > p.size() &&
        l.compare(0, p.size() - 1, p, 0, p.size() - 1) == 0 && l[p.size() - 1] == ':')
      return CollapseSpace(s.substr(p.size()));
  }
  return s;
}

bool IsBylinePlaceholder(std::string_view byline) {
  return phrases::Listed(phrases::kBylinePlaceholders, Lower(CollapseSpace(NbspToSpace(byline))));
}

bool IsDeskSignOff(std::string_view text) {
  constexpr size_t kMaxInitials = 4;
  const auto initials = [](std::string_view w) {
    if (w.ends_with('.')) w.remove_suffix(1);
    return !w.empty() && w.size() <= kMaxInitials &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // "ORF.at", "example.co.uk": a dot with a word before it and two letters or more after.
  const auto address = [](std::string_view w) {
    const size_t dot = w.rfind('.');
    return dot != std::string_view::npos && dot > 0 && w.size() - dot > 2 && CountDigits(w) == 0;
  };
  int words = 0;
  bool has_initials = false, has_source = false;
  const std::string s = NbspToSpace(text);
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && std::string_view(" \t\n,/;()&+").find(s[i]) == std::string_view::npos)
      continue;
    const std::string_view w = std::string_view(s).substr(start, i - start);
    start = i + 1;
    if (w.empty()) continue;
    ++words;
    if (phrases::Listed(phrases::kSignOffSources, Lower(w)) || address(w))
      has_source = true;
    else if (initials(w))
      has_initials = true;
    else
      return false;
  }
  return words >= 2 && has_initials && has_source;
}

bool IsBylineLabelOnly(std::string_view text) {
  const std::string l = Lower(TrimAscii(CollapseSpace(NbspToSpace(text)), " :"));
  return !l.empty() && std::any_of(phrases::kBylinePrefixes.begin(), phrases::kBylinePrefixes.end(),
                                   [&](std::string_view p) { return TrimAscii(p, " :") == l; });
}

std::string DeskBylineName(std::string_view line) {
  static constexpr std::string_view kSeparators[] = {",",        "\u060C", " | ",      " \u00B7 ",
                                                     " \u2022 ", " - ",    " \u2013 ", " \u2014 ",
                                                     " / ",      "\u3000", "\uFF5C"};
  std::string_view part = line;
  for (std::string_view sep : kSeparators)
    if (size_t at = part.find(sep); at != std::string_view::npos) part = part.substr(0, at);
  std::string whole = CollapseSpace(part);
  const std::string l = Lower(whole);
  // Without a label, the name alone or with a date after it ("Redaktion · 05.12.2026"), not
  // one of a list ("staff, board and affiliates").
  const std::string_view after = line.substr(part.size());
  if (phrases::Listed(phrases::kDeskBylines, l) &&
      (CollapseSpace(after).empty() || CountDigits(after) > 0))
    return whole;
  // After a preposition or a byline's label, the formula may go on with a place ("De notre
  // correspondant à Lyon").
  const size_t space = l.find(' ');
  if (space == std::string::npos) return {};
  const std::string label = l.substr(0, space);
  if (!phrases::Listed(phrases::kDeskBylineLabels, label) &&
      !StartsWithAny(l, phrases::kBylinePrefixes))
    return {};
  // The longest formula the rest opens with ("staff reporter" over "staff").
  const std::string_view rest = std::string_view(l).substr(space + 1);
  std::string_view found;
  for (std::string_view desk : phrases::kDeskBylines)
    if (desk.size() > found.size() && rest.starts_with(desk) &&
        (rest.size() == desk.size() || rest[desk.size()] == ' '))
      found = desk;
  if (found.empty()) return {};
  return l.size() == whole.size() ? whole.substr(space + 1, found.size()) : std::string(found);
}

namespace {

// Punctuation no word of a name holds (an initial's full stop aside).
constexpr std::string_view kNotInNames = ".,:;!?()[]{}\"/|@#&+=*<>";

// The bytes of the first UTF-8 character of `w` (1 when `w` is empty).
size_t FirstCharBytes(std::string_view w) {
  size_t lead = 1;
  while (lead < w.size() && (static_cast<unsigned char>(w[lead]) & 0xC0) == 0x80) ++lead;
  return lead;
}

// Whether `w` opens with a capital letter: a script with case whose lower-case form of the
// first letter differs.
bool StartsWithCapital(std::string_view w) {
  const std::string_view first = w.substr(0, FirstCharBytes(w));
  return !w.empty() && Lower(first) != first;
}

}  // namespace

std::string NameBeforeDate(std::string_view line) {
  static constexpr std::string_view kSeparators[] = {" | ", " \u00B7 ", " \u2022 "};
  // Where the first separator of `s` stands and its length (npos when none).
  const auto first_separator = [](std::string_view s) {
    std::pair<size_t, size_t> found{std::string_view::npos, 0};
    for (std::string_view sep : kSeparators)
      if (size_t p = s.find(sep); p < found.first) found = {p, sep.size()};
    return found;
  };
  const auto [at, len] = first_separator(line);
  if (at == std::string_view::npos) return {};
  std::string_view rest = line.substr(at + len);
  std::string_view date = rest.substr(0, first_separator(rest).first);
  if (!LooksLikeDateline(date)) {
    // A place between the name and the date ("Uxía Castro | Ourense | 4 de decembro de
    // 2026", "Ane Etxeberria · Gasteiz · 2026ko abenduaren 4a"): one to three words, the
    // first capitalized, no digit or punctuation.
    constexpr int kMaxPlaceWords = 3;
    const auto [place_end, place_len] = first_separator(rest);
    if (place_end == std::string_view::npos) return {};
    const std::string place = CollapseSpace(rest.substr(0, place_end));
    const int words = CountWords(place);
    if (words < 1 || words > kMaxPlaceWords || CountDigits(place) > 0 ||
        place.find_first_of(kNotInNames) != std::string::npos || !StartsWithCapital(place))
      return {};
    rest = rest.substr(place_end + place_len);
    date = rest.substr(0, first_separator(rest).first);
    if (!LooksLikeDateline(date)) return {};
  }
  std::string name = CollapseSpace(line.substr(0, at));
  // A label or a preposition before the name ("de Ioana Pop", Romanian).
  if (const size_t space = name.find(' ');
      space != std::string::npos &&
      phrases::Listed(phrases::kDeskBylineLabels, Lower(name.substr(0, space))))
    name.erase(0, space + 1);
  return LooksLikeCasedName(name) ? name : std::string();
}

bool HasViewCount(std::string_view t) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::string_view w : phrases::kViewCounts) {
    for (size_t at = t.find(w); at != std::string_view::npos; at = t.find(w, at + 1)) {
      const std::string_view before = TrimAscii(t.substr(0, at), " :");
      const std::string_view after = TrimAscii(t.substr(at + w.size()), " :");
      const bool starts = at == 0 || t[at - 1] == ' ' || t[at - 1] == ':';
      const size_t end = at + w.size();
      const bool ends = end == t.size() || t[end] == ' ' || t[end] == ':';
      if (!starts || !ends) continue;
      if ((!before.empty() && digit(before.back())) || (!after.empty() && digit(after.front())))
        return true;
    }
  }
  return false;
}

bool IsRelativeDate(std::string_view t) {
  if (ParseDate(t).ok()) return false;  // absolute, or read without a reference
  DateContext ctx;
  ctx.reference = std::chrono::system_clock::time_point(std::chrono::hours(24 * 365 * 50));
  Result<ParsedDate> date = ParseDate(t, ctx);
  if (!date.ok()) return false;
  constexpr int kMaxLabelWords = 3;
  const size_t at = t.find(date->raw);
  if (at == std::string_view::npos) return true;
  return CountWords(t.substr(0, at)) + CountWords(t.substr(at + date->raw.size())) <=
         kMaxLabelWords;
}

namespace {

// A clock time as bylines print it after their date: "18:05", "7:40pm", "9:15h", and the
// dotted times of the Nordic, Dutch, Italian and Indonesian sites ("Päivitetty 16.05").
bool IsClockTime(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && i < 2 && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0 || i >= w.size() || (w[i] != ':' && w[i] != '.') || w.size() < i + 3) return false;
  for (size_t j = i + 1; j < i + 3; ++j)
    if (w[j] < '0' || w[j] > '9') return false;
  const std::string rest = AsciiLower(w.substr(i + 3));
  return rest.empty() || rest == "am" || rest == "pm" || rest == "h";
}

bool IsBylineDateWord(std::string_view w) {
  return IsClockTime(w) || phrases::Listed(phrases::kBylineDateWords, AsciiLower(w));
}

// `part` without the date words at its end ("MORITZ GATHMANN am" -> "MORITZ GATHMANN");
// "" when it holds nothing else.
std::string WithoutTrailingDateWords(std::string_view part) {
  std::vector<std::string_view> words = SpaceWords(part);
  while (!words.empty()) {
    if (words.size() >= 2 &&
        IsBylineDateWord(std::string(words[words.size() - 2]) + " " + std::string(words.back()))) {
      words.resize(words.size() - 2);
    } else if (IsBylineDateWord(words.back())) {
      words.pop_back();
    } else {
      break;
    }
  }
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Drops spaces and marks around a part that framed a dropped date (» « : / -).
void TrimFrame(std::string& s) {
  static constexpr std::string_view kMarks[] = {" ", "\u00BB", "\u00AB", ":", "/", "-"};
  for (bool more = true; more;) {
    more = false;
    for (std::string_view m : kMarks) {
      if (std::string_view(s).ends_with(m)) {
        s.resize(s.size() - m.size());
        more = true;
      }
      if (std::string_view(s).starts_with(m)) {
        s.erase(0, m.size());
        more = true;
      }
    }
  }
}

// `part` without the web and e-mail addresses among its words ("김민수 기자
// minsu@example.org" -> "김민수 기자").
std::string WithoutAddresses(std::string_view part) {
  std::string out;
  for (std::string_view w : SpaceWords(part)) {
    if (IsBareAddress(w)) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Whether `part` is a link to the comments that templates print beside the author's name
// ("Keine Kommentare", "Leave a comment"; phrases::kBylineCommentLinks, matched whole).
bool IsCommentLink(std::string_view part) {
  return phrases::Listed(phrases::kBylineCommentLinks, Lower(part));
}

// Whether `part`, after the separator `sep`, is a desk or place a byline names after a
// comma: opened by a preposition of phrases::kBylineDeskPrepositions in lower case, at most
// four words ("da Redação", "de São Paulo", "desde Zaragoza", "à Lyon").
bool IsDeskAfterComma(std::string_view sep, std::string_view part) {
  constexpr int kMaxWords = 4;
  if (sep != "," && sep != "\u060C") return false;
  const std::string_view first = part.substr(0, part.find(' '));
  return CountWords(part) <= kMaxWords && Lower(first) == first &&
         phrases::Listed(phrases::kBylineDeskPrepositions, first);
}

// Whether `part`, after the separator `sep` ("|", "·", "•", " - " or " / "), is the post's
// category a blog prints after its author: at most four words without a digit, opened by a
// preposition of phrases::kBylineCategoryPrepositions in lower case ("in Uncategorized",
// "dans Voyages", "w Aktualności").
bool IsCategoryAfterSeparator(std::string_view sep, std::string_view part) {
  static constexpr std::string_view kSeparators[] = {"|", "\u00B7", "\u2022", " - ", " / "};
  constexpr int kMaxWords = 4;
  if (std::find(std::begin(kSeparators), std::end(kSeparators), sep) == std::end(kSeparators) ||
      CountDigits(part) > 0 || CountWords(part) < 2 || CountWords(part) > kMaxWords)
    return false;
  return phrases::Listed(phrases::kBylineCategoryPrepositions, part.substr(0, part.find(' ')));
}

// Where in `part` an author box's link to the author's page or to more posts begins, after
// the name ("Johanna Kropfitsch Alle Artikel", "Angelika Leitner Google+ mehr"; phrases::
// kBylineMoreLinks as whole words after the first; a word of phrases::kBylineMoreWords only
// as the last word after two others, since "Thomas More" is a name), or npos.
size_t MoreLinkAt(std::string_view part) {
  // Offsets are found in `part` itself and each candidate tail lowered on its own: lower case
  // may change a character's length in bytes ("İ" has three bytes lowered, "K" one).
  const auto whole_at = [](std::string_view lowered, std::string_view label) {
    return lowered.starts_with(label) &&
           (lowered.size() == label.size() || lowered[label.size()] == ' ');
  };
  for (size_t at = part.find(' '); at != std::string_view::npos; at = part.find(' ', at + 1)) {
    const std::string tail = Lower(part.substr(at + 1));
    for (std::string_view label : phrases::kBylineMoreLinks)
      if (whole_at(tail, label)) return at;
  }
  const size_t last = part.rfind(' ');
  if (last != std::string_view::npos && CountWords(part.substr(0, last)) >= 2 &&
      phrases::Listed(phrases::kBylineMoreWords, Lower(part.substr(last + 1))))
    return last;
  return std::string_view::npos;
}

// A name printed twice with nothing between ("Kristen Falc'honKristen Falc'hon": a link's
// text and a screen reader's copy of it) once; any other text as it is.
std::string WithoutGluedRepeat(std::string s) {
  const size_t half = s.size() / 2;
  if (s.size() % 2 == 0 && half > 0 && s.find(' ') < half && s.compare(0, half, s, half, half) == 0)
    s.resize(half);
  return s;
}

// Whether `part`, after the separator `sep` (a comma, a dash, "|", "·", "•" or " / "), is the
// writer's role: at most five words without a digit, the first or the last a role of
// phrases::kBylineRoles ("Health Correspondent", "rédactrice en chef", "korespondentka w
// Brukseli"), two words or more opened by a modifier of phrases::kBylineRoleModifiers
// ("Contributing Writer", "Freier Autor"), or a desk's formula of phrases::kDeskBylines
// ("Staff Writer").
bool IsRoleAfterSeparator(std::string_view sep, std::string_view part) {
  static constexpr std::string_view kSeparators[] = {",", "\u060C", " - ",    "\u2013", "\u2014",
                                                     "|", "\u00B7", "\u2022", " / "};
  constexpr size_t kMaxWords = 5;
  if (std::find(std::begin(kSeparators), std::end(kSeparators), sep) == std::end(kSeparators) ||
      CountDigits(part) > 0)
    return false;
  const std::vector<std::string_view> words = SpaceWords(part);
  const auto listed = [](std::span<const std::string_view> list, std::string_view w) {
    return phrases::Listed(list, Lower(TrimAscii(w, ".")));
  };
  return !words.empty() && words.size() <= kMaxWords &&
         (listed(phrases::kBylineRoles, words.front()) ||
          listed(phrases::kBylineRoles, words.back()) ||
          (words.size() >= 2 && listed(phrases::kBylineRoleModifiers, words.front())) ||
          phrases::Listed(phrases::kDeskBylines, Lower(part)));
}

}  // namespace

std::string Unbracketed(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"(", ")"}, {"[", "]"}, {"\uFF08", "\uFF09"}, {"\u3010", "\u3011"}, {"\uFF3B", "\uFF3D"}};
  s = TrimAscii(s);
  for (const auto& [open, close] : kPairs) {
    if (s.size() <= open.size() + close.size() || !s.starts_with(open) || !s.ends_with(close))
      continue;
    std::string_view inner = s.substr(open.size(), s.size() - open.size() - close.size());
    if (inner.find(open) == std::string_view::npos && inner.find(close) == std::string_view::npos)
      return CollapseSpace(inner);
  }
  return std::string(s);
}

bool IsBareAddress(std::string_view t) {
  while (!t.empty() && IsSpaceByte(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
  while (!t.empty() && IsSpaceByte(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
  if (t.size() < 6 || t.find(' ') != std::string_view::npos ||
      t.find('\n') != std::string_view::npos)
    return false;
  std::string l = Lower(t);
  if (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www."))
    return l.find('.', 4) != std::string::npos;
  size_t at = l.find('@');
  return at != std::string::npos && at > 0 && l.find('.', at) != std::string::npos &&
         l.find('.', at) + 1 < l.size();
}

bool LooksLikeCasedName(std::string_view t) {
  constexpr size_t kMinWords = 2, kMaxWords = 4;
  constexpr int kMaxChars = 50;
  if (CountChars(t) > kMaxChars || CountDigits(t) > 0) return false;
  const std::string collapsed = CollapseSpace(t);
  const std::vector<std::string_view> words = SpaceWords(collapsed);
  if (words.size() < kMinWords || words.size() > kMaxWords) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    const std::string lower = Lower(w);
    if (phrases::Listed(phrases::kClosingLineWords, lower)) return false;
    // "Nueva York", "Bad Homburg": a place's opening word is no person's.
    if (i == 0 && phrases::Listed(phrases::kPlaceOpeners, lower)) return false;
    if (i > 0 && i + 1 < words.size() && phrases::Listed(phrases::kNameParticles, lower)) continue;
    // The first letter in upper case: a script with case (a lower-case form differs).
    if (!StartsWithCapital(w)) return false;
    // Letters, hyphens and apostrophes ("Jean-Luc", "O'Brien"), or an initial ("J.").
    const bool initial = w.size() == FirstCharBytes(w) + 1 && w.back() == '.';
    if (!initial && w.find_first_of(kNotInNames) != std::string_view::npos) return false;
  }
  return true;
}

bool IsRoleBesideName(std::string_view name, std::string_view follower) {
  constexpr size_t kMinFollowerWords = 2;
  if (!LooksLikeCasedName(name)) return false;
  const std::string f = CollapseSpace(NbspToSpace(follower));
  const std::vector<std::string_view> words = SpaceWords(f);
  if (words.size() < kMinFollowerWords || !StartsWithCapital(f)) return false;
  const auto role = [](std::string_view w) {
    return phrases::Listed(phrases::kBylineRoles, Lower(TrimAscii(w, ".,")));
  };
  return !LooksLikeCasedName(f) || role(words.front()) || role(words.back());
}

std::string ReporterSignOffName(std::string_view line) {
  constexpr int kMaxChars = 60;
  constexpr size_t kMaxNameWords = 2;
  if (CountChars(line) > kMaxChars) return "";
  // A cased script's sign-off: a reporter label and a name ("Phóng viên Nguyễn Văn An").
  const std::string trimmed(TrimAscii(line));
  for (std::string_view label : phrases::kCasedReporterLabels) {
    if (Lower(std::string_view(trimmed).substr(0, label.size())) == label &&
        LooksLikeCasedName(trimmed.substr(label.size())))
      return CollapseSpace(trimmed.substr(label.size()));
  }
  std::string spaced = NbspToSpace(line);
  for (size_t at = spaced.find("\u3000"); at != std::string::npos; at = spaced.find("\u3000", at))
    spaced.replace(at, 3, " ");  // ideographic space
  // A sign-off wholly in brackets ("（経済部　佐藤健太）", "（本报记者 王磊）") may name
  // the reporter's desk or bureau for the reporter word.
  const std::string unbracketed = Unbracketed(spaced);
  const bool bracketed = unbracketed.size() != TrimAscii(spaced).size();
  const std::string collapsed = CollapseSpace(unbracketed);
  int reporter_words = 0;
  std::vector<std::string_view> name;
  for (std::string_view w : SpaceWords(collapsed)) {
    if (phrases::Listed(phrases::kPhotographedWords, w)) return "";
    if (phrases::Listed(phrases::kContributorWords, w)) break;  // the names after it
    const bool desk =
        bracketed && name.empty() && reporter_words == 0 &&
        (phrases::Listed(phrases::kReporterDesks, w) ||
         std::any_of(phrases::kReporterBureauEnds.begin(), phrases::kReporterBureauEnds.end(),
                     [&](std::string_view e) { return w.ends_with(e); }));
    if (desk || phrases::Listed(phrases::kReporterWords, w)) {
      ++reporter_words;
    } else if (w.find('@') == std::string_view::npos) {
      // A name of a script without case: no capital, ASCII letter, digit or punctuation.
      const bool ascii_letter = std::any_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      });
      if (ascii_letter || Lower(w) != w ||
          w.find_first_of("0123456789.,:;!?()[]{}\"/|#&+=*<>") != std::string_view::npos)
        return "";
      name.push_back(w);
    }
  }
  if (reporter_words != 1 || name.empty() || name.size() > kMaxNameWords) return "";
  std::string out(name.front());
  if (name.size() == 2) out.append(" ").append(name.back());
  return out;
}

namespace {

// The longest reporter word (phrases::kReporterWords) `s` opens with, or ends with when
// `at_end`; "" when none.
std::string_view ReporterWord(std::string_view s, bool at_end) {
  std::string_view word;
  for (std::string_view w : phrases::kReporterWords)
    if ((at_end ? s.ends_with(w) : s.starts_with(w)) && w.size() > word.size()) word = w;
  return word;
}

}  // namespace

bool NamesThePress(std::string_view name) {
  const std::string n = CollapseSpace(name);
  return std::any_of(phrases::kPressNameEnds.begin(), phrases::kPressNameEnds.end(),
                     [&](std::string_view e) { return n.size() > e.size() && n.ends_with(e); });
}

std::string OpeningCreditName(std::string_view text, size_t* credit_bytes) {
  static constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {
      {"\u3014", "\u3015"}, {"\u3010", "\u3011"}, {"\uFF08", "\uFF09"}, {"(", ")"}, {"[", "]"}};
  static constexpr std::string_view kPlaceMarks[] = {"\uFF0F", "/"};
  constexpr size_t kMaxCreditBytes = 90;  // about 30 characters of a CJK script
  for (const auto& [open, close] : kBrackets) {
    if (!text.starts_with(open)) continue;
    const size_t end = text.find(close, open.size());
    if (end == std::string_view::npos || end > kMaxCreditBytes) return "";
    std::string_view credit = text.substr(open.size(), end - open.size());
    std::string name;
    size_t mark = std::string_view::npos;
    for (std::string_view m : kPlaceMarks) mark = std::min(mark, credit.find(m));
    static constexpr std::string_view kEquals = "\uFF1D";  // full-width
    if (const size_t equals = credit.find(kEquals);
        mark == std::string_view::npos && equals != std::string_view::npos) {
      // Japanese: the place, then the reporter ("【ワシントン＝佐藤健太】").
      name = CollapseSpace(credit.substr(equals + kEquals.size()));
    } else if (mark == std::string_view::npos && credit.find('=') != std::string_view::npos) {
      // Korean agencies: place and agency in the brackets, then the reporter, the reporter
      // word and "=" ("(서울=연합뉴스) 김민수 기자 = ...", "[서울=뉴시스] 김민수 기자 =").
      constexpr size_t kMaxNameBytes = 60;
      std::string_view after = text.substr(end + close.size());
      const size_t equals = after.find('=');
      if (equals == std::string_view::npos || equals > kMaxNameBytes) return "";
      std::string_view named = TrimAscii(after.substr(0, equals), " ");
      const std::string_view word = ReporterWord(named, /*at_end=*/true);
      if (word.empty()) return "";
      name = CollapseSpace(named.substr(0, named.size() - word.size()));
    } else {
      if (mark == std::string_view::npos) return "";
      credit = credit.substr(0, mark);
      const std::string_view word = ReporterWord(credit, /*at_end=*/false);
      if (word.empty()) return "";
      name = CollapseSpace(credit.substr(word.size()));
    }
    if (name.empty() || CountDigits(name) > 0 ||
        name.find_first_of("()[]{}\"|#&+=*<>@") != std::string::npos)
      return "";
    if (credit_bytes != nullptr) *credit_bytes = end + close.size();
    return name;
  }
  return "";
}

namespace {

// How a word of a dateline may end where `rest` begins: punctuation, a space, or the end.
bool EndsPlaceWord(std::string_view rest) {
  static constexpr std::string_view kAfter[] = {",",      ":",      ".",      "(",      "/",
                                                "-",      "\u2013", "\u2014", "\u060C", "\uFF0C",
                                                "\uFF1A", "|",      "\u0964", " "};
  return std::any_of(std::begin(kAfter), std::end(kAfter),
                     [&](std::string_view a) { return rest.starts_with(a); });
}

// Whether `line` opens with `place` (case aside) and, glued to it, a case ending of
// phrases::kPlaceCaseEndings that ends the word ("চট্টগ্রামে ..." for চট্টগ্রাম); sets
// `plain` when the place is followed by what ends a word instead (OpensWithPlace's form).
bool OpensWithPlaceWord(std::string_view line, std::string_view place, bool& plain) {
  constexpr size_t kMaxEndingBytes = 16;
  const std::string l =
      Lower(CollapseSpace(NbspToSpace(line.substr(0, 4 * place.size() + kMaxEndingBytes))));
  const std::string p = Lower(place);
  plain = false;
  if (p.empty() || !l.starts_with(p)) return false;
  const std::string_view rest = std::string_view(l).substr(p.size());
  plain = EndsPlaceWord(rest);
  return std::any_of(phrases::kPlaceCaseEndings.begin(), phrases::kPlaceCaseEndings.end(),
                     [&](std::string_view e) {
                       return rest.starts_with(e) &&
                              (rest.size() == e.size() || EndsPlaceWord(rest.substr(e.size())));
                     });
}

}  // namespace

bool OpensWithPlace(std::string_view line, std::string_view place) {
  bool plain = false;
  return OpensWithPlaceWord(line, place, plain) || plain;
}

namespace {

// `s` with each vowel that a declined place's stem alternates written as the vowel of its
// declined forms (phrases::kPlaceStemAlternations: "Bór" -> "Bor").
std::string WithoutStemAlternation(std::string_view s) {
  std::string out(s);
  const auto& pairs = phrases::kPlaceStemAlternations;
  for (size_t k = 0; k + 1 < pairs.size(); k += 2)
    for (size_t at = out.find(pairs[k]); at != std::string::npos;
         at = out.find(pairs[k], at + pairs[k + 1].size()))
      out.replace(at, pairs[k].size(), pairs[k + 1]);
  return out;
}

// Whether text word `w` is name word `n` inflected: the two share the first letters of `n`
// but its last two (at least three letters; "Zielona" "Zielonej", "Praha" "Praze", "Góra"
// "Górze", "Zagreb" "Zagrebu"; a vowel the stem alternates read as its partner: "Bór"
// "Borze", "Dvůr" "Dvoře"), and `w` is at most three letters longer. The punctuation after
// `w` aside.
bool InflectedNameWord(std::string_view w, std::string_view n) {
  constexpr size_t kMinStemLetters = 3, kKeptEndLetters = 2, kMaxEndingLetters = 3;
  w = TrimAscii(w, ".,;:!?)\"'");
  const auto n_letters = static_cast<size_t>(CountChars(n));
  const size_t stem_letters =
      std::max(kMinStemLetters, n_letters - std::min(n_letters, kKeptEndLetters));
  size_t stem = 0;
  for (size_t k = 0; stem < n.size() && k < stem_letters; ++k)
    stem += FirstCharBytes(n.substr(stem));
  const auto w_letters = static_cast<size_t>(CountChars(w));
  return WithoutStemAlternation(w).starts_with(WithoutStemAlternation(n.substr(0, stem))) &&
         w_letters >= stem_letters && w_letters <= n_letters + kMaxEndingLetters;
}

// Whether `text` names the words of `name` inflected, one after another, right after a
// locative preposition of a language that declines places (phrases::kDecliningPlacePrepositions:
// "w Zielonej Górze" for "Zielona Góra", "v Praze", "u Zagrebu").
bool NamedInflectedAfterPlacePreposition(std::string_view text, std::string_view name) {
  constexpr size_t kMaxNameWords = 3;
  constexpr size_t kMaxPrepositionBytes = 4;  // "во"
  const std::vector<std::string_view> words = SpaceWords(name);
  if (words.empty() || words.size() > kMaxNameWords) return false;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find_first_of(" \n", at);
    if (end == std::string_view::npos) end = text.size();
    if (end - at <= kMaxPrepositionBytes &&
        phrases::Listed(phrases::kDecliningPlacePrepositions, Lower(text.substr(at, end - at)))) {
      size_t k = 0, p = end;
      for (; k < words.size() && p < text.size() && text[p] == ' '; ++k) {
        const size_t q = std::min(text.find_first_of(" \n", p + 1), text.size());
        if (!InflectedNameWord(text.substr(p + 1, q - p - 1), words[k])) break;
        p = q;
      }
      if (k == words.size()) return true;
    }
    at = end + 1;
  }
  return false;
}

}  // namespace

bool NamedAfterPlacePreposition(std::string_view text, std::string_view name) {
  if (name.empty()) return false;
  if (NamedInflectedAfterPlacePreposition(text, name)) return true;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    // The name whole: no letter glued after it ("Bergen" in "Bergens").
    const std::string_view after = text.substr(at + name.size());
    if (!after.empty() && !IsSpaceByte(static_cast<unsigned char>(after.front())) &&
        std::string_view(".,;:!?)\"'").find(after.front()) == std::string_view::npos)
      continue;
    std::string_view before = text.substr(0, at);
    if (before.empty() || before.back() != ' ') continue;
    before.remove_suffix(1);
    const size_t start = before.find_last_of(" \n");
    const std::string_view word = before.substr(start == std::string_view::npos ? 0 : start + 1);
    if (phrases::Listed(phrases::kPlacePrepositions, word)) return true;
  }
  return false;
}

bool OpensWithInflectedPlace(std::string_view line, std::string_view place) {
  bool plain = false;
  return OpensWithPlaceWord(line, place, plain);
}

std::string BylineWithoutPlace(std::string_view byline, std::string_view text,
                               std::span<const std::string> datelines) {
  static constexpr std::string_view kSeparators[] = {",", "\u060C", "\u00B7", "\u2022", "|"};
  constexpr int kMaxPlaceWords = 3;
  size_t cut = std::string_view::npos, sep_size = 0;
  for (std::string_view sep : kSeparators) {
    const size_t at = byline.rfind(sep);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) {
      cut = at;
      sep_size = sep.size();
    }
  }
  const std::string_view first = text.substr(0, text.find('\n'));
  if (cut == std::string_view::npos) {
    // Name and place in elements side by side, gathered as words ("রাশেদ হোসেন চট্টগ্রাম"):
    // the last word is the place only when the text opens with it inflected (a case ending
    // glued to it), and two words of name stay.
    const std::string whole = CollapseSpace(NbspToSpace(byline));
    const size_t space = whole.rfind(' ');
    if (space == std::string::npos || CountWords(whole) < 3 || CountDigits(whole) > 0)
      return std::string(byline);
    const std::string_view last = std::string_view(whole).substr(space + 1);
    bool inflected = OpensWithInflectedPlace(first, last);
    for (const std::string& d : datelines)
      inflected = inflected || OpensWithInflectedPlace(d, last);
    return inflected ? whole.substr(0, space) : std::string(byline);
  }
  const std::string names = CollapseSpace(NbspToSpace(byline.substr(0, cut)));
  const std::string place = CollapseSpace(NbspToSpace(byline.substr(cut + sep_size)));
  if (names.empty() || place.empty() || CountWords(place) > kMaxPlaceWords ||
      CountDigits(place) > 0 || place.find_first_of(".:;!?()[]\"/@") != std::string::npos)
    return std::string(byline);
  bool dateline = OpensWithPlace(first, place);
  for (const std::string& d : datelines) dateline = dateline || OpensWithPlace(d, place);
  if (!dateline) return std::string(byline);
  // A trailing separator left by the cut ("Jane Doe |").
  std::string out = names;
  while (!out.empty() && (out.back() == ',' || out.back() == '|' || out.back() == ' '))
    out.pop_back();
  return out.empty() ? std::string(byline) : out;
}

namespace {

// Whether word `w` is written in capitals: two letters or more, each of a script with case
// and in upper case (hyphens, dots and apostrophes aside).
bool IsCapitalsWord(std::string_view w) {
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    const std::string_view c = w.substr(i, FirstCharBytes(w.substr(i)));
    i += c.size();
    if (c == "-" || c == "." || c == "'" || c == "\u2019") continue;
    if (Lower(c) == c) return false;
    ++letters;
  }
  return letters >= 2;
}

// A name in capitals before its outlet's name in ordinary case, the wire's house style
// ("RUTH OKONJO Associated Press"): the name alone ("RUTH OKONJO"). Two to four words in
// capitals, then two words or more that each open with a capital and are not all capitals
// (a brand in capitals with one word after it, "NEW WORK Experience", is one name);
// anything else is returned as it was.
std::string CapitalsNameBeforeOutlet(const std::string& part) {
  constexpr size_t kMinNameWords = 2, kMaxNameWords = 4, kMinOutletWords = 2;
  const std::vector<std::string_view> words = SpaceWords(part);
  size_t name = 0;
  while (name < words.size() && IsCapitalsWord(words[name])) ++name;
  if (name < kMinNameWords || name > kMaxNameWords || words.size() - name < kMinOutletWords)
    return part;
  for (size_t i = name; i < words.size(); ++i)
    if (!StartsWithCapital(words[i]) || IsCapitalsWord(words[i])) return part;
  return {part.data(),
          static_cast<size_t>(words[name - 1].data() + words[name - 1].size() - part.data())};
}

}  // namespace

std::string BylineNamesOnly(std::string_view byline, std::string_view language) {
  static constexpr char kDate[] = "\x1F";  // where a date was
  static constexpr std::string_view kSeparators[] = {
      kDate, "|", "\u00B7", "\u2022", "\u2014", "\u2013", " - ", " / ", ",", "\u060C", ";"};
  DateContext ctx;
  ctx.language_hint = std::string(language);
  // "Jane Doe&nbsp;|&nbsp;...": parts as with spaces; "（佐藤健太）": the name in brackets.
  const std::string spaced = NbspToSpace(byline);
  std::string s = WithoutGluedRepeat(Unbracketed(spaced));
  bool changed = s.size() != TrimAscii(spaced).size();
  for (int dates = 0; dates < 3; ++dates) {  // a date printed twice, or one per role
    Result<ParsedDate> date = ParseDate(s, ctx);
    if (!date.ok() || date->raw.empty() || date->precision < DatePrecision::kMonth) break;
    const size_t at = s.find(date->raw);
    if (at == std::string::npos) break;
    s.replace(at, date->raw.size(), kDate);
    changed = true;
  }
  // A date in brackets goes with them: "name | ۲۵ دلو ۱۴۰۴ (۱۴ فبروری ۲۰۲۶)", the Gregorian
  // twin of a Solar Hijri date.
  for (const std::string_view bracketed : {"(\x1F)", "( \x1F )", "\uFF08\x1F\uFF09"}) {
    for (size_t at = s.find(bracketed); at != std::string::npos; at = s.find(bracketed, at))
      s.replace(at, bracketed.size(), kDate);
  }
  struct Part {
    std::string_view before;  // the separator before it
    std::string text;
    bool labels_date = false;  // ends with a colon right before a dropped date
  };
  std::vector<Part> parts;
  std::string_view before;
  size_t start = 0;
  for (size_t i = 0; i <= s.size();) {
    std::string_view sep;
    for (std::string_view x : kSeparators) {
      if (i < s.size() && std::string_view(s).substr(i, x.size()) == x) sep = x;
      if (!sep.empty()) break;
    }
    if (i < s.size() && sep.empty()) {
      ++i;
      continue;
    }
    std::string text = CollapseSpace(std::string_view(s).substr(start, i - start));
    const bool labels_date = sep == kDate && std::string_view(text).ends_with(":");
    parts.push_back({before, std::move(text), labels_date});
    if (i == s.size()) break;
    before = sep == kDate ? std::string_view("|") : sep;
    i += sep.size();
    start = i;
  }
  const auto counted = [](std::string_view p) { return !p.empty() && p[0] >= '0' && p[0] <= '9'; };
  const bool named = std::any_of(parts.begin(), parts.end(), [&](const Part& p) {
    return !p.text.empty() && !counted(p.text);
  });
  std::string out;
  for (const auto& [sep, part, labels_date] : parts) {
    std::string kept = changed ? WithoutTrailingDateWords(part) : part;
    // An author box's link after the name: nothing after it is a name.
    const size_t more_link = MoreLinkAt(kept);
    if (more_link != std::string::npos) kept = CollapseSpace(kept.substr(0, more_link));
    if (labels_date) {
      // A label of unknown words right before the date is the date's ("En kiosques :
      // juillet 2020"); known ones go as above ("Sara Zinnecker Stand: 05. Februar 2020").
      const std::string bare = CollapseSpace(std::string_view(part).substr(0, part.size() - 1));
      kept = WithoutTrailingDateWords(bare);
      if (kept == bare) kept.clear();
    }
    kept = WithoutAddresses(kept);
    if (IsCommentLink(kept)) kept.clear();
    if (!out.empty() && IsCategoryAfterSeparator(sep, kept)) kept.clear();  // "· in News"
    if (IsDeskAfterComma(sep, kept)) kept.clear();  // "Ana Souza, da Redação"
    kept = CapitalsNameBeforeOutlet(kept);          // "RUTH OKONJO Associated Press"
    // "Samira Holt, Health Correspondent": the role after a name kept.
    if (!out.empty() && IsRoleAfterSeparator(sep, kept)) kept.clear();
    if (HasViewCount(Lower(kept))) kept.clear();  // "Просмотров: 1284" beside a name
    if (named && counted(kept)) kept.clear();     // "4 min read", "21 minutes" beside a name
    if (kept.size() != part.size()) changed = true;
    if (changed) TrimFrame(kept);  // what framed a dropped date: "r23 » 21.01.2009"
    if (!kept.empty()) {
      if (!out.empty())
        out += sep == "," || sep == "\u060C" || sep == ";" ? std::string(sep) + " "
                                                           : " " + CollapseSpace(sep) + " ";
      out += kept;
    }
    if (more_link != std::string::npos) break;
  }
  return changed ? StripByPrefix(out) : std::string(byline);
}

bool IsBylineDateLabel(std::string_view text) {
  std::string s = CollapseSpace(NbspToSpace(text));
  while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.pop_back();
  return !s.empty() && WithoutTrailingDateWords(s).empty();
}

}  // namespace newsdesk::extract_internal
