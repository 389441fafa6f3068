// Word lists of the stories stage (calendar words, job titles, case-less scripts, Korean
// particles, case endings), kept apart from the algorithm in stories_features.cc so that they are
// easy to extend. Internal; not part of the public API.
#ifndef NEWSDESK_STORIES_WORDLISTS_H_
#define NEWSDESK_STORIES_WORDLISTS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/umachine.h>

#include "hash.h"

namespace newsdesk::stories_internal {

// Weekday and month names (match keys, en de fr es it pt): capitalized, never names.
bool IsCalendarWord(std::string_view key);

// Counters written right after the number of a month or a day in scripts without spaces
// (Chinese and Japanese "11月15日", Korean "11월 15일"; match keys): the
// number is a date, not a figure of the news.
bool IsDateCounter(std::string_view key);

// Capitalized words of page chrome ("Terms of Service", "Privacy Policy", "All Rights
// Reserved", "Print", "Advertising"; match keys, English): not names of the news.
bool IsChromeWord(std::string_view key);

// Job titles and offices in the languages of the news ("President", "Première",
// "Kanzlerin", "президента", "პრემიერ-მინისტრი", "总统"; `key` a match key): capitalized in
// many languages and written in every report of an event, they name no one, so they are
// never names nor anchors. A hyphenated word is one when each of its parts is.
bool IsTitleWord(std::string_view key);

// Whether `c` is a letter of a script that Unicode gives case but whose running text does
// not use it (Georgian Mkhedruli: its Mtavruli capitals are only for headings), so that
// its words are handled as those of scripts without case.
bool CaseUnusedInText(UChar32 c);

// Whether Han character `c` is one Chinese writes foreign names with (阿, 尔, 斯, 特, ...):
// a dictionary splits such names into pieces ("奇 普 菲 尔 德"), which are joined again.
bool IsTransliterationHan(UChar32 c);

// The power of ten by which a scale word multiplies the number before it ("8 Milliarden",
// "80亿", "5 thousand", "8 миллиардов", "۸ میلیارد", "แปด พัน ล้าน"), or 0 if `key` (a match
// key) is none. Stems are matched as a prefix (case forms, plurals), short words exactly;
// a word that continues a stem with a suffix deriving another word ("миллиардер",
// "billionaire", "milliardaire", "Milliardär") is none.
// "billion" is read as 10^9, as English, Portuguese and Malay use it, not 10^12 as German
// and French do; lakh and crore are 10^5 and 10^7.
int ScalePower(std::string_view key);

// Number words from one to ten ("eight", "huit", "acht", "восемь", "васьмі", "هشت", "आठ",
// "แปด"; with the case forms a number takes before a scale word in Slavic, Baltic and
// Finnic languages) that text of one language reads (NumberWordsOf), by match key.
struct NumberWords {
  std::unordered_map<std::string, int, internal::StringKeyHash, std::equal_to<>> values;

  // The value of `key` (a match key), or 0.
  int Value(std::string_view key) const;
};

// The number words an article in `language` (a primary subtag: "en", "da", "mzn") reads:
// those of the language, or of the language whose words it writes (a macrolanguage's
// member, "nb" for "no"; a regional language, "mzn" Mazandarani for Persian), so that
// English "to millions" is no 2 million (Danish and Norwegian "to", two). For a language
// without number words here, or "" (unknown), the words that are no common word of another
// of these languages ("otte", "восемь"; not "to", "en", "on", "hat").
const NumberWords& NumberWordsOf(std::string_view language);

// Particles glued to the end of Korean (Hangul) words ("푸틴은" = "푸틴" + topic "은"),
// longest first.
const std::vector<std::string_view>& HangulParticles();

// Case endings that `language` (a primary subtag: "fi", "ru", "tr") glues to the end of
// names, as match keys, longest first: Finnish "Ukrainassa" = "Ukraina" + "ssa",
// Russian "Путиным" = "Путин" + "ым", Turkish "Ukrayna'da", Georgian "პუტინმა". Empty for a
// language that does not inflect names or writes its cases apart ("en", "fr", "hi").
const std::vector<std::string>& CaseEndings(std::string_view language);

// Vowels a name may lose before a case ending (match keys, Latin script): Polish
// "Norwegii" (of "Norwegia") is "norwegi" without its ending "i", and "norwegi" + "a".
const std::vector<std::string>& NameFinalVowels();

// Whether `key` (a match key) is an article or preposition that French, Italian or
// Catalan elide and glue to the next word with an apostrophe ("l'", "d'", "dell'",
// "nell'"; without the apostrophe).
bool IsElidedWord(std::string_view key);

}  // namespace newsdesk::stories_internal

#endif  // NEWSDESK_STORIES_WORDLISTS_H_
