// Place anchors for the stories stage: country, territory and city names in every language
// ICU's locale data knows (stories_places.h), each mapped to one anchor per place.
#include "stories_places.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  }

  size_t Longest() const { return longest_; }

  // The anchor of the place `key` (match-key words joined by one space) names, or 0.
  uint64_t Exact(std::string_view key) const {
    const auto it = exact_.find(key);
    return it == exact_.end() ? 0 : it->second;
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
  size_t longest_ = 1;
};

const PlaceLexicon& Lexicon() {
  static const PlaceLexicon lexicon;  // built once, read-only afterwards
  return lexicon;
}

}  // namespace

uint64_t PlaceOf(std::string_view word) {
  const PlaceLexicon& lexicon = Lexicon();
  const uint64_t id = lexicon.Exact(word);
  return id != 0 ? id : lexicon.Inflected(word);
}

std::vector<uint64_t> FindPlaces(const std::vector<std::string>& words,
                                 const std::vector<bool>& eligible, std::vector<bool>* used,
                                 std::vector<size_t>* begins) {
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
    for (size_t n = 1; n <= lexicon.Longest() && i + n <= words.size() && eligible[i + n - 1];
         ++n) {
      key += (n == 1 ? "" : " ") + words[i + n - 1];
      if (const uint64_t found = lexicon.Exact(key)) {
        id = found;
        matched = n;
      }
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
