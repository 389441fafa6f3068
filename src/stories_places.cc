// Place anchors for the stories stage: country and territory names in every language
// ICU's locale data knows (CLDR region display names), mapped to one anchor per region.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "newsdesk/normalize.h"
#include "stories_features.h"

namespace newsdesk::stories_internal {
namespace {

// Single-word names of at least this many code points also match inflected forms (a word
// that starts with the name without its last character and is at most two longer:
// "Японии", "Китая"); shorter ones ("Иран", "日本") only as written.
// Only names in other scripts than Latin: the lexicon mixes all languages, and in Latin
// script a stem of one language is another's word (Dutch "Servië" and "service").
constexpr size_t kStemMinLength = 5;
// ICU's data packages of region and time-zone names.
constexpr const char* kRegionData = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region";
constexpr const char* kZoneData = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "zone";
constexpr size_t kInflectionExtra = 2;
// Single Latin-script names of fewer code points are skipped: most are names in a
// language few write ("Cat", "Male", "End") and words in the others.
constexpr size_t kLatinMinLength = 4;

size_t CodePoints(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The first `n` code points of `s`.
std::string Prefix(const std::string& s, size_t n) {
  size_t i = 0;
  for (size_t seen = 0; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && seen++ == n) break;
  }
  return s.substr(0, i);
}

// Whether the first letter of `s` is of the Latin script.
bool IsLatin(const std::string& s) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0 && uscript_getScript(c, &status) == USCRIPT_LATIN;
}

// The time zones with a location (CLDR's exemplar cities), polar stations left out.
std::set<std::string> LocatedZones() {
  std::set<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  while (zones != nullptr && U_SUCCESS(status)) {
    int32_t length = 0;
    const char* id = zones->next(&length, status);
    if (id == nullptr) break;
    const std::string zone(id, static_cast<size_t>(length));
    if (zone.rfind("Antarctica/", 0) != 0 && zone.rfind("Arctic/", 0) != 0) out.insert(zone);
  }
  return out;
}

// Calls fn(key, string, length) for each entry of table `table` that locale `tag` itself
// defines in ICU data package `package`: a string entry, or a table's "ec" string (a
// zone's exemplar city).
template <typename Fn>
void ForEachString(const char* package, const std::string& tag, const char* table, Fn fn) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUResourceBundlePointer bundle(ures_openDirect(package, tag.c_str(), &status));
  if (U_FAILURE(status)) return;
  icu::LocalUResourceBundlePointer entries(
      ures_getByKey(bundle.getAlias(), table, nullptr, &status));
  if (U_FAILURE(status)) return;
  icu::LocalUResourceBundlePointer item;
  while (ures_hasNext(entries.getAlias())) {
    status = U_ZERO_ERROR;
    item.adoptInstead(ures_getNextResource(entries.getAlias(), item.orphan(), &status));
    if (U_FAILURE(status)) return;
    const char* key = ures_getKey(item.getAlias());
    int32_t length = 0;
    if (ures_getType(item.getAlias()) == URES_STRING) {
      const UChar* s = ures_getString(item.getAlias(), &length, &status);
      if (U_SUCCESS(status) && key != nullptr) fn(key, s, length);
    } else if (ures_getType(item.getAlias()) == URES_TABLE) {
      const UChar* s = ures_getStringByKey(item.getAlias(), "ec", &length, &status);
      if (U_SUCCESS(status) && key != nullptr) fn(key, s, length);
    }
  }
}

class PlaceLexicon {
 public:
  PlaceLexicon() {
    // Names in every language ICU has locale data for, read straight from the region and
    // zone bundles (only what each language itself defines; fallbacks would repeat the
    // root names): ~40 ms, where one getDisplayCountry per region and language takes ~10x.
    // Names as written -> places; many languages write a name alike ("Japan"), so each
    // distinct spelling is normalized once, below.
    std::unordered_map<std::string, std::set<std::string>> written;
    auto add = [&written](const UChar* name, int32_t length, const std::string& place) {
      std::string utf8;
      icu::UnicodeString(false, name, length).toUTF8String(utf8);
      if (!utf8.empty() && utf8 != place) written[utf8].insert(place);
    };
    const std::set<std::string> zones = LocatedZones();
    for (const std::string& zone : zones) {  // the root names: "Asia/Tokyo" -> "Tokyo"
      std::string city = zone.substr(zone.rfind('/') + 1);
      std::replace(city.begin(), city.end(), '_', ' ');
      const icu::UnicodeString name = icu::UnicodeString::fromUTF8(city);
      add(name.getBuffer(), name.length(), zone);
    }
    std::set<std::string> tags;  // language[_Script] of every locale ICU has data for
    int32_t count = 0;
    const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) {
      std::string tag = locales[i].getLanguage();
      if (*locales[i].getScript() != '\0') tag += std::string("_") + locales[i].getScript();
      tags.insert(tag);
    }
    tags.insert("root");
    for (const std::string& tag : tags) {
      ForEachString(
          kRegionData, tag, "Countries", [&](const char* key, const UChar* name, int32_t length) {
            // Regions (two letters), not continents and groupings ("001", "EU", "UN").
            if (std::strlen(key) == 2 && std::isupper(static_cast<unsigned char>(key[0])) &&
                key != std::string("EU") && key != std::string("UN") && key != std::string("EZ")) {
              add(name, length, key);
            }
          });
      ForEachString(
          kZoneData, tag, "zoneStrings", [&](const char* key, const UChar* name, int32_t length) {
            std::string zone(key);  // "Asia:Tokyo", with its exemplar city ("ec") as the string
            std::replace(zone.begin(), zone.end(), ':', '/');
            if (zones.count(zone)) add(name, length, zone);
          });
    }
    std::unordered_map<std::string, std::set<std::string>> places_of;  // key -> places
    for (const auto& [name, places] : written) {
      // The words a text's tokens give (AddAnchors): a name with a number or punctuation
      // inside ("Bosnia & Herzegovina") can never be a run of eligible words.
      std::string key;
      size_t words = 0;
      bool word_run = true;
      for (const Token& t : Tokenize(name)) {
        if (t.kind != Kind::kWord) {
          word_run = false;
          break;
        }
        for (const std::string& w : TokenWords(t)) {
          key += (key.empty() ? "" : " ") + w;
          ++words;
        }
      }
      if (!word_run || words == 0 || (words == 1 && CodePoints(key) < 2)) continue;
      places_of[key].insert(places.begin(), places.end());
    }
    std::unordered_set<std::string> ambiguous_stems;  // stems of two regions' names
    for (const auto& [key, regions] : places_of) {
      if (regions.size() != 1) continue;  // "Congo", "Guinea": ambiguous, no anchor
      const size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
      const bool latin = IsLatin(key);
      if (latin && words == 1 && CodePoints(key) < kLatinMinLength) continue;
      const uint64_t id = HashTerm('P', *regions.begin()) & ~uint64_t{3} & ~kNumberAnchorBit;
      longest_ = std::max(longest_, words);
      exact_[key] = id;
      if (words == 1 && !latin && CodePoints(key) >= kStemMinLength) {
        const std::string stem = Prefix(key, CodePoints(key) - 1);
        auto [it, added] = stems_.emplace(stem, id);
        if (!added && it->second != id) ambiguous_stems.insert(stem);
      }
    }
    for (const std::string& stem : ambiguous_stems) stems_.erase(stem);
  }

  size_t Longest() const { return longest_; }

  // The anchor of the place `key` (match-key words joined by one space) names, or 0.
  uint64_t Exact(const std::string& key) const {
    const auto it = exact_.find(key);
    return it == exact_.end() ? 0 : it->second;
  }

  // The anchor of the place an inflected single word names, or 0.
  uint64_t Inflected(const std::string& word) const {
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
  std::unordered_map<std::string, uint64_t> exact_;
  std::unordered_map<std::string, uint64_t> stems_;
  size_t longest_ = 1;
};

const PlaceLexicon& Lexicon() {
  static const PlaceLexicon lexicon;  // built once, read-only afterwards
  return lexicon;
}

}  // namespace

std::vector<uint64_t> FindPlaces(const std::vector<std::string>& words,
                                 const std::vector<bool>& eligible, std::vector<bool>* used) {
  const PlaceLexicon& lexicon = Lexicon();
  std::vector<uint64_t> places;
  used->assign(words.size(), false);
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
    for (size_t k = i; k < i + matched; ++k) (*used)[k] = true;
    i += matched - 1;
  }
  return places;
}

}  // namespace newsdesk::stories_internal
