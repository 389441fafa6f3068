// Build-time generator of the place lexicon (stories_places.h): reads ICU's region and
// time-zone name bundles, splits every name as the stories stage splits a text
// (stories_tokens.cc), and writes the table as C++ source.
// Usage: stories_places_gen OUTPUT.cc   (exit status 1 and a message on failure)
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

#include "stories_features.h"
#include "stories_places.h"

namespace newsdesk::stories_internal {
namespace {

// ICU's data packages of region and time-zone names.
constexpr const char* kRegionData = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region";
constexpr const char* kZoneData = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "zone";
// Single Latin-script names of fewer code points are left out: most are names in a
// language few write ("Cat", "Male", "End") and words in the others. Stems only for names
// in other scripts than Latin: the lexicon mixes all languages, and in Latin script a
// stem of one language is another's word (Dutch "Servië" and "service").
constexpr size_t kLatinMinLength = 4;
// The United Nations ("UN": "United Nations", "ООН", "联合国") is the one body among
// CLDR's regions: reports name it as they name a country, in every language, so it is a
// place of the lexicon; groupings of places ("EU", "EZ") and continents ("150") are not.
// Its single names in a cased script under kUnitedNationsMinLength code points are words
// of their language too (Russian and Macedonian "Он", "ОН": "he"), left out; in an
// uncased one they are not ("유엔"). Its acronyms ("FN", "YK", "ONU": all capitals, too
// short for the table's names) are kept apart, by language: they are the UN only in an
// article of that language that writes them in capitals (French "FN" is a party). The
// acronyms of countries ("US", "UK", "USA") are not: English news writes "US-led", "the
// US army" of any event, and as a shared place they join unrelated reports.
constexpr const char* kUnitedNations = "UN";
constexpr size_t kUnitedNationsMinLength = 3;

// Whether the first letter of `s` is of the Latin script.
bool IsLatin(const std::string& s) {
  const UChar32 c = FirstCodePoint(s);
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0 && uscript_getScript(c, &status) == USCRIPT_LATIN;
}

// Whether the first letter of `s` has case (Latin, Cyrillic, Greek, ...).
bool IsCased(const std::string& s) {
  const UChar32 c = FirstCodePoint(s);
  return c >= 0 && u_hasBinaryProperty(c, UCHAR_CASED);
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

// The names of places in each language, as written: name -> places, and the UN's
// acronyms by language ("no" -> {"FN"}).
struct WrittenNames {
  std::map<std::string, std::set<std::string>> names;
  std::map<std::string, std::set<std::string>> acronyms;
};

// The names of every language ICU has locale data for, read straight from the region and
// zone bundles (only what each language itself defines; fallbacks would repeat the root
// names).
WrittenNames ReadWrittenNames() {
  WrittenNames out;
  std::map<std::string, std::set<std::string>>& written = out.names;
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
    // The names, then the short ("США", "UK") and variant ("Ivory Coast") ones.
    for (const char* table : {"Countries", "Countries%short", "Countries%variant"}) {
      ForEachString(
          kRegionData, tag, table, [&](const char* key, const UChar* name, int32_t length) {
            // Regions (two letters) and the UN, not continents and groupings ("001", "EU").
            if (std::strlen(key) == 2 && std::isupper(static_cast<unsigned char>(key[0])) &&
                key != std::string("EU") && key != std::string("EZ")) {
              add(name, length, key);
              if (key == std::string(kUnitedNations) && tag != "root") {
                std::string utf8;
                icu::UnicodeString(false, name, length).toUTF8String(utf8);
                if (InCapitals(utf8)) out.acronyms[tag.substr(0, tag.find('_'))].insert(utf8);
              }
            }
          });
    }
    ForEachString(kZoneData, tag, "zoneStrings",
                  [&](const char* key, const UChar* name, int32_t length) {
                    std::string zone(key);  // "Asia:Tokyo", its exemplar city ("ec") the string
                    std::replace(zone.begin(), zone.end(), ':', '/');
                    if (zones.count(zone)) add(name, length, zone);
                  });
  }
  return out;
}

// The match-key words of a name joined by one space, as a text's tokens give them
// (AddAnchors), or "" for a name with a number or punctuation inside ("Bosnia &
// Herzegovina"): it can never be a run of eligible words.
std::string NameKey(const std::string& name) {
  std::string key;
  for (const Token& t : Tokenize(name)) {
    if (t.kind != Kind::kWord) return {};
    for (const std::string& w : TokenWords(t)) key += (key.empty() ? "" : " ") + w;
  }
  return key;
}

// A C++ string literal of UTF-8 `s` (kept readable: only quotes, backslashes and control
// characters escaped).
std::string Literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

struct Table {
  std::vector<std::string> places;      // sorted
  std::map<std::string, size_t> names;  // key -> index in places
  std::map<std::string, size_t> stems;
  std::map<std::string, size_t> acronyms;  // "language key" -> index in places
};

// The region (two letters) of time zone `zone` ("Pacific/Fiji" -> "FJ"), "" if none.
std::string RegionOf(const std::string& zone) {
  char region[8] = {};
  UErrorCode status = U_ZERO_ERROR;
  icu::TimeZone::getRegion(icu::UnicodeString::fromUTF8(zone), region, sizeof(region), status);
  return U_SUCCESS(status) ? std::string(region) : std::string();
}

Table Build() {
  const WrittenNames written = ReadWrittenNames();
  std::map<std::string, std::set<std::string>> places_of;  // key -> places
  for (const auto& [name, places] : written.names) {
    const std::string key = NameKey(name);
    if (key.empty() || (key.find(' ') == std::string::npos && CodePoints(key) < 2)) continue;
    places_of[key].insert(places.begin(), places.end());
  }
  // A country and the time zone of its city named alike ("Fiji" and Pacific/Fiji,
  // "Singapore", "Kuwait", "Panama", "斐济") are one place, the country, not two. Such a
  // name is matched as written only, not by its stem: the stem of a short name is the
  // start of other places' names too (Russian "Катар", Qatar, and "Катании", Catania).
  // Only time zones ("Area/City") give way: ICU also takes the region codes "GB" and "NZ"
  // as (legacy) zone ids of their own region, and they are countries, not cities.
  std::set<std::string> exact_only;
  for (auto& entry : places_of) {
    std::set<std::string>& places = entry.second;  // a named variable: lambdas capture it
    if (std::erase_if(places, [&](const std::string& zone) {
          return zone.find('/') != std::string::npos && places.count(RegionOf(zone)) > 0;
        }) > 0) {
      exact_only.insert(entry.first);
    }
  }
  Table table;
  std::map<std::string, std::string> named;  // key -> its one place
  std::set<std::string> used;
  for (const auto& [key, places] : places_of) {
    if (places.size() != 1) continue;  // "Congo", "Guinea": ambiguous, no entry
    const bool one_word = key.find(' ') == std::string::npos;
    if (one_word && IsLatin(key) && CodePoints(key) < kLatinMinLength) continue;
    if (one_word && *places.begin() == kUnitedNations && IsCased(key) &&
        CodePoints(key) < kUnitedNationsMinLength) {
      continue;
    }
    named[key] = *places.begin();
    used.insert(*places.begin());
  }
  // The UN's acronyms that are no name of the table (most are too short for it).
  std::set<std::string> acronyms;  // "language key"
  for (const auto& [language, names] : written.acronyms) {
    for (const std::string& name : names) {
      const std::string key = NameKey(name);
      if (!key.empty() && named.count(key) == 0) acronyms.insert(language + " " + key);
    }
  }
  if (!acronyms.empty()) used.insert(kUnitedNations);
  table.places.assign(used.begin(), used.end());
  auto index = [&table](const std::string& place) {
    return static_cast<size_t>(std::lower_bound(table.places.begin(), table.places.end(), place) -
                               table.places.begin());
  };
  std::map<std::string, std::set<size_t>> stems;
  for (const auto& [key, place] : named) {
    const size_t i = index(place);
    table.names[key] = i;
    if (key.find(' ') == std::string::npos && !IsLatin(key) && CodePoints(key) >= kStemMinLength &&
        exact_only.count(key) == 0) {
      stems[std::string(Prefix(key, CodePoints(key) - 1))].insert(i);
    }
  }
  for (const auto& [stem, places] : stems) {
    if (places.size() == 1) table.stems[stem] = *places.begin();  // stems of two places: none
  }
  for (const std::string& key : acronyms) table.acronyms[key] = index(kUnitedNations);
  return table;
}

bool Write(const Table& table, const std::string& path) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << "// Generated by stories_places_gen from the locale data of ICU " U_ICU_VERSION
           ". Do not edit.\n"
           "#include \"stories_places.h\"\n\n"
           "namespace newsdesk::stories_internal {\n\n"
           "const char* const kPlaceIds[] = {\n";
    for (const std::string& place : table.places) out << "    " << Literal(place) << ",\n";
    out << "};\nconst size_t kPlaceIdCount = " << table.places.size() << ";\n\n";
    auto entries = [&out](const char* name, const char* count,
                          const std::map<std::string, size_t>& keys) {
      out << "const PlaceKey " << name << "[] = {\n";
      for (const auto& [key, place] : keys)
        out << "    {" << Literal(key) << ", " << place << "},\n";
      out << "};\nconst size_t " << count << " = " << keys.size() << ";\n\n";
    };
    entries("kPlaceNames", "kPlaceNameCount", table.names);
    entries("kPlaceStems", "kPlaceStemCount", table.stems);
    entries("kPlaceAcronyms", "kPlaceAcronymCount", table.acronyms);
    out << "}  // namespace newsdesk::stories_internal\n";
    if (!out.flush()) return false;
  }
  return std::rename(temp.c_str(), path.c_str()) == 0;
}

}  // namespace
}  // namespace newsdesk::stories_internal

int main(int argc, char** argv) {
  using namespace newsdesk::stories_internal;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT.cc\n", argv[0]);
    return 1;
  }
  const Table table = Build();
  if (table.places.size() < 200 || table.names.size() < 1000 || table.places.size() > 65535) {
    std::fprintf(stderr,
                 "stories_places_gen: ICU gave %zu places and %zu names: locale data missing?\n",
                 table.places.size(), table.names.size());
    return 1;
  }
  if (!Write(table, argv[1])) {
    std::fprintf(stderr, "stories_places_gen: cannot write %s\n", argv[1]);
    return 1;
  }
  u_cleanup();
  return 0;
}
