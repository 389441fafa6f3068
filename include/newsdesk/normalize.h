// Normalize stage: display text and match keys (ICU). Pure functions; thread-safe.
//  - NormalizeText: NFC, formatting noise removed (LRM/RLM/ALM, ZWSP, soft hyphen, stray
//    BOMs; ZWJ/ZWNJ kept), whitespace collapsed with paragraph breaks ("\n\n") kept.
//  - MatchKey: for dedup and search only, never displayed: NFKC + case fold, niqqud,
//    harakat, tatweel and Latin diacritics removed, Hebrew "/' as gershayim/geresh -> ״/׳,
//    other typographic quotes (‘ ’ “ ”) -> ASCII ' and ".
//  - LowerCase: simple case mapping only, for matching words against word lists.
//  - Words: word tokens of a match key by ICU's word break iterator (Hebrew, Arabic, CJK).
//  - UnreadableTextReason: whether a text is binary data or another encoding's bytes
//    decoded as text.
#ifndef NEWSDESK_NORMALIZE_H_
#define NEWSDESK_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk {

// Invalid UTF-8 in the input becomes U+FFFD. Inputs over 1 GiB are cut to their first
// 1 GiB (at a character boundary).
std::string NormalizeText(std::string_view utf8);
std::string MatchKey(std::string_view utf8);
// `utf8` in lower case by Unicode simple case mapping (u_tolower: "ÉTÉ Київ" -> "été
// київ"), one code point for one, without MatchKey's other folding; bytes that are not
// UTF-8 are kept as they are. The second form writes into `*out` (its capacity reused
// across calls) and returns a view of it.
std::string LowerCase(std::string_view utf8);
std::string_view LowerCase(std::string_view utf8, std::string* out);
// Word-like tokens (letters/numbers/ideographs) of `utf8`, in order; punctuation dropped.
std::vector<std::string> Words(std::string_view utf8);

// Why `utf8` is not readable text, or "" when it is. Bytes of another encoding or binary
// data decoded as text show as control, unassigned, private-use or replacement characters
// (over 5% of the characters), as cased letters that switch from lower to upper case
// inside words (over 5% of adjacent pairs: "PChãÆkCiï"), or as letters whose script
// changes from one to the next (over 20% of adjacent pairs; Han, kana and Hangul count as
// one script, so Japanese and Korean mixed writing is one). Texts of fewer than 200
// non-space characters are not judged.
std::string UnreadableTextReason(std::string_view utf8);

}  // namespace newsdesk

#endif  // NEWSDESK_NORMALIZE_H_
