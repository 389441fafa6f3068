// Hebrew stored in visual order: see decode_internal.h for the contract.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ascii.h"
#include "decode_internal.h"

namespace newsdesk::decode_internal {
namespace {

bool IsLetterByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagNameByte(char c) { return IsLetterByte(c) || (c >= '0' && c <= '9'); }

bool IsHebrewLetter(UChar32 c) { return c >= 0x05D0 && c <= 0x05EA; }
bool IsFinalForm(UChar32 c) {
  return c == 0x05DA || c == 0x05DD || c == 0x05DF || c == 0x05E3 || c == 0x05E5;
}

// Tags that sit inside a line of text: they move with their text when a line is reversed.
// Any other tag (br, p, div, td, li, h1, title, ...) ends the line.
bool IsInlineTag(std::string_view name) {
  static constexpr std::string_view kInline[] = {
      "a",    "abbr",   "acronym", "b",   "bdi",  "big",  "cite", "code", "dfn",  "em",
      "font", "i",      "img",     "kbd", "mark", "nobr", "q",    "s",    "samp", "small",
      "span", "strike", "strong",  "sub", "sup",  "tt",   "u",    "var"};
  return std::find(std::begin(kInline), std::end(kInline), name) != std::end(kInline);
}

// One piece of a line: a text, or a tag (with its name, lower case, and whether it closes).
struct Piece {
  std::string_view s;
  bool tag = false;
  bool closing = false;
  std::string name;
  size_t partner = SIZE_MAX;  // the index of the tag that closes or opens this one
};

// A unit of a text: a character or a character reference, with its bidi class reduced to
// what reordering needs.
enum class Dir { kLeft, kRight, kNumber, kNumberSeparator, kNeutral };
struct Unit {
  std::string_view s;
  UChar32 c = -1;  // -1 for a character reference
  Dir dir = Dir::kNeutral;
};

Dir DirOf(UChar32 c) {
  switch (u_charDirection(c)) {
    case U_LEFT_TO_RIGHT:
      return Dir::kLeft;
    case U_RIGHT_TO_LEFT:
    case U_RIGHT_TO_LEFT_ARABIC:
      return Dir::kRight;
    case U_EUROPEAN_NUMBER:
    case U_ARABIC_NUMBER:
      return Dir::kNumber;
    case U_EUROPEAN_NUMBER_SEPARATOR:
    case U_EUROPEAN_NUMBER_TERMINATOR:
    case U_COMMON_NUMBER_SEPARATOR:
      return Dir::kNumberSeparator;
    default:
      return Dir::kNeutral;
  }
}

std::vector<Unit> Units(std::string_view text) {
  std::vector<Unit> units;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < len;) {
    if (text[i] == '&') {
      // A character reference ("&quot;", "&#1488;") is one unit.
      const auto amp = static_cast<size_t>(i);
      size_t end = amp + 1;
      while (end < text.size() && end - amp <= 10 &&
             (IsTagNameByte(text[end]) || text[end] == '#')) {
        ++end;
      }
      if (end < text.size() && text[end] == ';' && end > amp + 1) {
        units.push_back({text.substr(amp, end - amp + 1), -1, Dir::kNeutral});
        i = static_cast<int32_t>(end + 1);
        continue;
      }
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    units.push_back({text.substr(start, i - start), c, c < 0 ? Dir::kNeutral : DirOf(c)});
  }
  return units;
}

void AppendMirrored(const Unit& u, std::string& out) {
  if (u.c < 0 || !u_isMirrored(u.c)) {
    out.append(u.s);
    return;
  }
  UChar32 m = u_charMirror(u.c);
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, m);
  out.append(buf, n);
}

bool Strong(Dir d) { return d == Dir::kLeft || d == Dir::kNumber; }

// Appends the units of a text stored in display order in reading order: reversed, brackets
// mirrored, but for the runs that read left to right, which keep their order. Such a run
// ends at a Latin letter or a digit; with a Latin letter in it, it reaches back over
// spaces and punctuation to the previous right-to-left letter ("Chess Club Online",
// "COVID 19"); digits alone are one number with its separators ("2,000", "12.5%").
void AppendReadingOrder(const std::vector<Unit>& units, std::string& out) {
  size_t span = SIZE_MAX;  // where the text since the previous right-to-left letter starts
  bool span_letters = false;
  size_t i = units.size();
  while (i > 0) {
    if (!Strong(units[i - 1].dir)) {
      AppendMirrored(units[i - 1], out);
      --i;
      continue;
    }
    if (span == SIZE_MAX || span >= i) {
      span = i - 1;
      while (span > 0 && units[span - 1].dir != Dir::kRight) --span;
      span_letters = false;
      for (size_t k = span; k < i && !span_letters; ++k) span_letters = units[k].dir == Dir::kLeft;
    }
    size_t begin = i - 1;
    if (span_letters) {
      begin = span;
    } else {
      while (begin > span && (units[begin - 1].dir == Dir::kNumber ||
                              units[begin - 1].dir == Dir::kNumberSeparator)) {
        --begin;
      }
    }
    while (!Strong(units[begin].dir)) ++begin;
    for (size_t k = begin; k < i; ++k) out.append(units[k].s);
    i = begin;
  }
}

bool HasHebrew(std::string_view text) {
  // U+0590-U+05FF is D6 80 to D7 BF in UTF-8.
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == 0xD6 || b == 0xD7) return true;
  }
  return false;
}

// Appends one line (pieces in display order) in reading order.
void AppendLine(std::vector<Piece>& line, std::string& out) {
  bool hebrew = false;
  for (const Piece& p : line) hebrew = hebrew || (!p.tag && HasHebrew(p.s));
  if (!hebrew) {
    for (const Piece& p : line) out.append(p.s);
    return;
  }
  // Pair the inline tags, so that a reversed line opens each where it closed.
  std::vector<size_t> open;
  for (size_t k = 0; k < line.size(); ++k) {
    Piece& p = line[k];
    if (!p.tag || p.name.empty()) continue;
    if (!p.closing) {
      open.push_back(k);
      continue;
    }
    // The nearest open tag of its name among the last few (misnested markup pairs no more).
    for (size_t j = open.size(); j > 0 && open.size() - j < 8; --j) {
      if (line[open[j - 1]].name == p.name) {
        p.partner = open[j - 1];
        line[open[j - 1]].partner = k;
        open.erase(open.begin() + static_cast<std::ptrdiff_t>(j - 1));
        break;
      }
    }
  }
  for (size_t k = line.size(); k > 0; --k) {
    const Piece& p = line[k - 1];
    if (!p.tag) {
      AppendReadingOrder(Units(p.s), out);
    } else {
      out.append(p.partner == SIZE_MAX ? p.s : line[p.partner].s);
    }
  }
}

// The lower-case name of the tag at `tag` ("<b class=x>" -> "b", "</FONT>" -> "font").
std::string TagName(std::string_view tag) {
  size_t i = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
  size_t e = i;
  while (e < tag.size() && IsTagNameByte(tag[e])) ++e;
  return AsciiLower(tag.substr(i, e - i));
}

}  // namespace

bool HebrewInVisualOrder(std::string_view utf8) {
  int word_ends = 0;    // final forms ending a word
  int word_starts = 0;  // final forms opening a word
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto len = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX));
  UChar32 prev = ' ';
  UChar32 prev2 = ' ';
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    // prev is a letter of a word of two letters or more: a final form before a non-letter
    // ends it, a final form after a non-letter opens it.
    if (IsFinalForm(prev) && IsHebrewLetter(prev2) && !IsHebrewLetter(c)) ++word_ends;
    if (IsFinalForm(prev) && !IsHebrewLetter(prev2) && IsHebrewLetter(c)) ++word_starts;
    prev2 = prev;
    prev = c;
  }
  return word_starts >= 5 && word_starts > 3 * word_ends;
}

void ReorderVisualLines(std::string& html) {
  std::string out;
  out.reserve(html.size());
  std::vector<Piece> line;
  const std::string_view h = html;
  size_t i = 0;
  while (i < h.size()) {
    const bool tag_start =
        h[i] == '<' && i + 1 < h.size() &&
        (IsLetterByte(h[i + 1]) || h[i + 1] == '/' || h[i + 1] == '!' || h[i + 1] == '?');
    if (!tag_start) {
      size_t e = h.find('<', i + 1);
      if (e == std::string_view::npos) e = h.size();
      line.push_back({h.substr(i, e - i), false, false, {}});
      i = e;
      continue;
    }
    size_t e = h.compare(i, 4, "<!--") == 0 ? h.find("-->", i + 4) : h.find('>', i + 1);
    e = e == std::string_view::npos ? h.size() : e + (h[e] == '-' ? 3 : 1);
    std::string_view tag = h.substr(i, e - i);
    std::string name = h[i + 1] == '!' || h[i + 1] == '?' ? std::string() : TagName(tag);
    const bool closing = h[i + 1] == '/';
    if (!closing && (name == "script" || name == "style")) {
      // Their content is no text: up to the end tag, as it is.
      const std::string close = "</" + name;
      size_t end = i;
      do {
        end = h.find("</", end + 1);
      } while (end != std::string_view::npos &&
               !EqualsIgnoreAsciiCase(h.substr(end, close.size()), close));
      e = end == std::string_view::npos ? h.size() : end;
      tag = h.substr(i, e - i);
      name.clear();
    }
    if (name.empty() && tag.rfind("<!--", 0) == 0) {
      line.push_back({tag, true, false, {}});  // a comment stays where it is in its line
    } else if (!name.empty() && IsInlineTag(name)) {
      line.push_back({tag, true, closing, name});
    } else {
      AppendLine(line, out);
      line.clear();
      out.append(tag);
    }
    i = e;
  }
  AppendLine(line, out);
  html = std::move(out);
}

}  // namespace newsdesk::decode_internal
