// Place anchors for the stories stage: country, territory and city names in every language
// ICU's locale data knows (stories_places.h), each mapped to one anchor per place.
#include "stories_places.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/uchar.h>

#include "hash.h"
#include "stories_features.h"

namespace newsdesk::stories_internal {
namespace {

class PlaceLexicon {
 public:
  // Indexes the generated table: ~1 ms, keys stay in the table's static storage.
  PlaceLexicon() {
    std::vector<uint64_t> anchors(kPlaceIdCount);
    for (size_t i = 0; i < kPlaceIdCount; ++i) {
      anchors[i] = HashTerm('P', kPlaceIds[i]) & ~uint64_t{3} & ~kNumberAnchorBit;
    }
    exact_.reserve(kPlaceNameCount);
    for (size_t i = 0; i < kPlaceNameCount; ++i) {
      const std::string_view key = kPlaceNames[i].key;
      exact_.emplace(key, anchors[kPlaceNames[i].place]);
      longest_ =
          std::max(longest_, static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1);
    }
    stems_.reserve(kPlaceStemCount);
    for (size_t i = 0; i < kPlaceStemCount; ++i) {
      stems_.emplace(kPlaceStems[i].key, anchors[kPlaceStems[i].place]);
    }
    acronyms_.reserve(kPlaceAcronymCount);
    for (size_t i = 0; i < kPlaceAcronymCount; ++i) {
      acronyms_.emplace(kPlaceAcronyms[i].key, anchors[kPlaceAcronyms[i].place]);
    }
    // Names in scripts without case, their words run together as a text without spaces
    // writes them: "印度 尼西亚" -> "印度尼西亚". Two places run together alike give none.
    for (size_t i = 0; i < kPlaceNameCount; ++i) {
      const std::string_view key = kPlaceNames[i].key;
      const UChar32 first = FirstCodePoint(key);
      if (first < 0 || u_hasBinaryProperty(first, UCHAR_CASED)) continue;
      std::string joined;
      std::remove_copy(key.begin(), key.end(), std::back_inserter(joined), ' ');
      const uint64_t anchor = anchors[kPlaceNames[i].place];
      const auto [it, added] = joined_.emplace(joined, anchor);
      if (!added && it->second != anchor) it->second = 0;
      longest_joined_ = std::max(longest_joined_, CodePoints(joined));
    }
  }

  size_t Longest() const { return longest_; }

  // The anchor of the place `key` (match-key words joined by one space) names, or 0.
  uint64_t Exact(std::string_view key) const {
    const auto it = exact_.find(key);
    return it == exact_.end() ? 0 : it->second;
  }

  // The anchor of the place a name of a script without case names when written without
  // spaces ("印度尼西亚"), or 0.
  uint64_t Joined(std::string_view written) const {
    const auto it = joined_.find(written);
    return it == joined_.end() ? 0 : it->second;
  }
  size_t LongestJoined() const { return longest_joined_; }

  // The anchor of the place acronym `key` names in `language`, or 0.
  uint64_t Acronym(std::string_view language, std::string_view key) const {
    std::string entry(language);
    entry += ' ';
    entry += key;
    const auto it = acronyms_.find(entry);
    return it == acronyms_.end() ? 0 : it->second;
  }

  // The anchor of the place an inflected single word names, or 0.
  uint64_t Inflected(std::string_view word) const {
    const size_t n = CodePoints(word);
    for (size_t extra = 0; extra <= kInflectionExtra + 1 && extra < n; ++extra) {
      const size_t stem = n - extra;
      if (stem + 1 < kStemMinLength) break;
      const auto it = stems_.find(Prefix(word, stem));
      if (it != stems_.end()) return it->second;
    }
    return 0;
  }

 private:
  std::unordered_map<std::string_view, uint64_t> exact_;
  std::unordered_map<std::string_view, uint64_t> stems_;
  std::unordered_map<std::string_view, uint64_t> acronyms_;
  std::unordered_map<std::string, uint64_t, internal::StringKeyHash, std::equal_to<>> joined_;
  size_t longest_ = 1;
  size_t longest_joined_ = 0;
};

const PlaceLexicon& Lexicon() {
  static const PlaceLexicon lexicon;  // built once, read-only afterwards
  return lexicon;
}

// The longest place that the pieces of one token from words[i] on (words i.. flagged
// `glued` to the one before them, all eligible) spell, run together, from the first
// character of words[i]: its anchor, the words it covers in `*matched`; 0 when none is
// longer than `shortest` code points. A place that ends inside the piece it starts in
// loses to that word ("中国人" is no China); one that ends inside a later piece wins when
// it is longer than what it leaves of that piece ("印度尼西亚" over "尼西亚巴").
uint64_t LongestJoinedPlace(const PlaceLexicon& lexicon, const std::vector<std::string>& words,
                            const std::vector<bool>& glued, const std::vector<bool>& eligible,
                            size_t i, size_t shortest, size_t* matched) {
  std::string run;
  std::vector<size_t> ends;  // code points of the run after each of its pieces
  for (size_t k = i; k < words.size() && eligible[k] && (k == i || glued[k]); ++k) {
    if (!ends.empty() && ends.back() >= lexicon.LongestJoined()) break;
    run += words[k];
    ends.push_back((ends.empty() ? 0 : ends.back()) + CodePoints(words[k]));
  }
  if (ends.size() < 2) return 0;  // one piece: the plain lookup has seen it
  for (size_t length = std::min(ends.back(), lexicon.LongestJoined()); length > shortest;
       --length) {
    const uint64_t id = lexicon.Joined(Prefix(run, length));
    if (id == 0) continue;
    const size_t last =
        static_cast<size_t>(std::lower_bound(ends.begin(), ends.end(), length) - ends.begin());
    // Inside the piece it starts in: a longer word ("中国人", "印度洋"). Across a cut into a
    // piece: longer than what it leaves of that piece ("印度尼西亚" and "巴" of "尼西亚巴").
    if (ends[last] != length && (last == 0 || ends[last] - length >= length)) continue;
    *matched = last + 1;
    return id;
  }
  return 0;
}

}  // namespace

uint64_t PlaceOf(std::string_view word) {
  const PlaceLexicon& lexicon = Lexicon();
  const uint64_t id = lexicon.Exact(word);
  return id != 0 ? id : lexicon.Inflected(word);
}

uint64_t AcronymPlace(std::string_view language, std::string_view key) {
  return language.empty() ? 0 : Lexicon().Acronym(language, key);
}

std::vector<uint64_t> FindPlaces(const std::vector<std::string>& words,
                                 const std::vector<bool>& glued, const std::vector<bool>& eligible,
                                 std::vector<bool>* used, std::vector<size_t>* begins) {
  const PlaceLexicon& lexicon = Lexicon();
  std::vector<uint64_t> places;
  used->assign(words.size(), false);
  if (begins != nullptr) begins->clear();
  for (size_t i = 0; i < words.size(); ++i) {
    if (!eligible[i]) continue;
    // The longest run of eligible words from i that names a place.
    std::string key;
    size_t matched = 0;
    uint64_t id = 0;
    size_t length = 0;  // its code points
    for (size_t n = 1; n <= lexicon.Longest() && i + n <= words.size() && eligible[i + n - 1];
         ++n) {
      key += (n == 1 ? "" : " ") + words[i + n - 1];
      if (const uint64_t found = lexicon.Exact(key)) {
        id = found;
        matched = n;
        length = CodePoints(key) - (n - 1);
      }
    }
    // In a script written without spaces the dictionary's pieces need not be the name's
    // ("印度 尼西亚巴" for "印度尼西亚 巴"): the longest name the characters spell wins
    // over a shorter one at its start.
    if (size_t joined_matched = 0;
        const uint64_t found =
            LongestJoinedPlace(lexicon, words, glued, eligible, i, length, &joined_matched)) {
      id = found;
      matched = joined_matched;
    }
    if (id == 0 && (id = lexicon.Inflected(words[i])) != 0) matched = 1;
    if (id == 0) continue;
    places.push_back(id);
    if (begins != nullptr) begins->push_back(i);
    for (size_t k = i; k < i + matched; ++k) (*used)[k] = true;
    i += matched - 1;
  }
  return places;
}

}  // namespace newsdesk::stories_internal
