// ASCII helpers for protocol text: URLs and schemes, HTTP and WARC header names, charset
// labels, robots.txt keys, URL lists; the UTF-8 byte-order mark such texts may start
// with; and joining strings. Written once here instead of once per parser.
//
// Only the bytes 'A'..'Z' and the listed whitespace are touched, whatever the C locale,
// so UTF-8 passes through unchanged. Not for natural-language text: case-folding words
// is ICU's job (normalize.h MatchKey).
//
// Header-only; pure functions; thread-safe. Internal (not installed).
#ifndef NEWSDESK_SRC_ASCII_H_
#define NEWSDESK_SRC_ASCII_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk {

// The ASCII whitespace bytes: space, tab, LF, VT, FF, CR.
inline constexpr std::string_view kAsciiWhitespace = " \t\n\v\f\r";

// Whether `c` is one of kAsciiWhitespace (compared directly: this runs for every byte of
// the extractor's texts).
constexpr bool IsSpaceByte(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// `c` with 'A'..'Z' mapped to 'a'..'z'; every other byte unchanged.
constexpr char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// `s` with 'A'..'Z' mapped to 'a'..'z'.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// True when `a` and `b` are equal once 'A'..'Z' are lower-cased.
constexpr bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

// The value of the hex digit `c` (0-9, a-f, A-F), or -1 when it is not one.
constexpr int AsciiHexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length of the UTF-8 byte-order mark (EF BB BF) that `s` starts with: 3, or 0 when
// it starts with none. What a reader of a UTF-8 text skips (`remove_prefix`, `erase(0,
// n)`) before its first character.
constexpr size_t Utf8BomLength(std::string_view s) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  return s.starts_with(kBom) ? kBom.size() : 0;
}

// `s` without the leading and trailing bytes that are in `chars` (ASCII whitespace by
// default). A view into `s`: it must outlive the result.
constexpr std::string_view TrimAscii(std::string_view s,
                                     std::string_view chars = kAsciiWhitespace) {
  const size_t begin = s.find_first_not_of(chars);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(chars) - begin + 1);
}

// `s` with each run of ASCII whitespace made one space, and none at either end.
inline std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsSpaceByte(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The words of `s` set apart by ASCII whitespace; a text written without spaces between
// its words (Chinese, Japanese, Thai) is one.
constexpr int CountSpacedWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = IsSpaceByte(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// `items` joined with `sep` between them ("" when there are none).
inline std::string JoinStrings(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += sep;
    out += item;
  }
  return out;
}

}  // namespace newsdesk

#endif  // NEWSDESK_SRC_ASCII_H_
