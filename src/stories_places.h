// The place lexicon of the stories stage: country, territory and city names in every
// language ICU has locale data for, as match-key words, each mapped to its place (a region
// code "JP" or a time-zone id "Asia/Tokyo"). The table is generated at build time by
// stories_places_gen.cc from the ICU the library links (building it at run time cost every
// process ~0.25 s); stories_places.cc looks names up in it. Internal; not part of the
// public API.
#ifndef NEWSDESK_STORIES_PLACES_H_
#define NEWSDESK_STORIES_PLACES_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace newsdesk::stories_internal {

// Single-word names of at least this many code points also match inflected forms (a word
// that starts with the name without its last character and is at most kInflectionExtra
// longer: "Японии", "Китая"); shorter ones ("Иран", "日本") only as written.
inline constexpr size_t kStemMinLength = 5;
inline constexpr size_t kInflectionExtra = 2;

inline size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The first code point of UTF-8 `s`, negative when `s` is empty or starts ill-formed.
inline UChar32 FirstCodePoint(std::string_view s) {
  int32_t i = 0;
  UChar32 c = -1;
  if (!s.empty()) U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// The first `n` code points of `s`.
inline std::string_view Prefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t seen = 0; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && seen++ == n) break;
  }
  return s.substr(0, i);
}

// Whether every character of UTF-8 `s` is a capital letter, two or more ("FN", "ООН").
inline bool InCapitals(std::string_view s) {
  int32_t i = 0;
  int letters = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || !u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

// One entry of the table: a name (match-key words joined by one space) or the stem of an
// inflected one, and the index of its place in kPlaceIds.
struct PlaceKey {
  const char* key;
  uint16_t place;
};

// The generated table (static storage, read-only). Names and stems name one place each:
// names of two places ("Congo", "Guinea") and stems two places share are left out.
extern const char* const kPlaceIds[];
extern const size_t kPlaceIdCount;
extern const PlaceKey kPlaceNames[];
extern const size_t kPlaceNameCount;
extern const PlaceKey kPlaceStems[];
extern const size_t kPlaceStemCount;
// The UN's acronyms in one language, too short for kPlaceNames ("FN", "YK", "ONU"), keyed
// by the language's primary subtag and the acronym's match key ("no fn"): the place only
// in an article of that language that writes the word in capitals.
extern const PlaceKey kPlaceAcronyms[];
extern const size_t kPlaceAcronymCount;

}  // namespace newsdesk::stories_internal

#endif  // NEWSDESK_STORIES_PLACES_H_
