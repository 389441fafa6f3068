// Internals of the decode stage: the table of encoding labels (data, decode_labels.cc) and
// the reordering of Hebrew stored in visual order (decode_visual.cc). Not a public interface.
#ifndef NEWSDESK_DECODE_INTERNAL_H_
#define NEWSDESK_DECODE_INTERNAL_H_

#include <string>
#include <string_view>

namespace newsdesk::decode_internal {

// What the rules of decode.cc need to know of an encoding besides its converter.
enum class EncodingKind {
  kUtf8,
  kUtf16,
  kLatin,   // single-byte Latin (windows-1252, ISO-8859-2, ...): yields to a detected script
  kHebrew,  // ISO-8859-8, ISO-8859-8-I, windows-1255: may hold text in visual order
  kOther,   // any other single-byte encoding
  kCjk,     // multi-byte East Asian (Shift_JIS, EUC-JP, ISO-2022-JP, gb18030, Big5, EUC-KR)
};

struct Encoding {
  std::string_view name;       // reported as Decoded::charset: the WHATWG name ("EUC-KR")
  std::string_view converter;  // the ICU converter that decodes it ("windows-949")
  EncodingKind kind;
  bool combining_accents = false;  // writes accents as combining marks (windows-1258)
};

// The encoding a label names, as browsers read labels (WHATWG Encoding Standard §4.2, "get
// an encoding": ASCII whitespace around the label and ASCII case ignored), or nullptr for
// a label browsers do not know. Labels of the standard's "replacement" encoding
// (iso-2022-kr, hz-gb-2312, iso-2022-cn) name the encoding they say: a browser refuses
// them to keep scripts out of escape sequences, a text extractor runs no script.
const Encoding* EncodingForLabel(std::string_view label);

// Whether Hebrew text is stored in visual order (each line's characters from left to
// right as displayed, the way "visual" ISO-8859-8 pages store it): the final letter forms
// (ך ם ן ף ץ), which end words in reading order, open more of its words than they end.
bool HebrewInVisualOrder(std::string_view utf8);

// Puts the Hebrew lines of an HTML page stored in visual order into reading order. A line
// is the text between two tags that break lines (<br>, <p>, <td>, ...; inline tags such as
// <b> or <font> move with their text); its characters are reversed, but for runs of Latin
// letters and numbers, which keep their order, and paired brackets are mirrored. Markup,
// comments, scripts and styles are left as they are.
void ReorderVisualLines(std::string& html);

}  // namespace newsdesk::decode_internal

#endif  // NEWSDESK_DECODE_INTERNAL_H_
