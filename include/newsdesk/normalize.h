// Normalize stage: display text and match keys (ICU). Pure functions; thread-safe.
//  - NormalizeText: NFC, formatting noise removed (LRM/RLM/ALM, ZWSP, soft hyphen, stray
//    BOMs; ZWJ/ZWNJ kept), whitespace collapsed with paragraph breaks ("\n\n") kept.
//  - MatchKey: for dedup and search only, never displayed: NFKC + case fold, niqqud,
//    harakat, tatweel and Latin diacritics removed, Hebrew "/' as gershayim/geresh -> ״/׳,
//    other typographic quotes (‘ ’ “ ”) -> ASCII ' and ".
//  - Words: word tokens of a match key by ICU's word break iterator (Hebrew, Arabic, CJK).
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
// Word-like tokens (letters/numbers/ideographs) of `utf8`, in order; punctuation dropped.
std::vector<std::string> Words(std::string_view utf8);

}  // namespace newsdesk

#endif  // NEWSDESK_NORMALIZE_H_
