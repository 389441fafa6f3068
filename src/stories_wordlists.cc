// Data of the stories stage; see stories_wordlists.h.
#include "stories_wordlists.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <unicode/uscript.h>

namespace newsdesk::stories_internal {

bool IsCalendarWord(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      "monday",    "tuesday",   "wednesday", "thursday",   "friday",     "saturday", "sunday",
      "montag",    "dienstag",  "mittwoch",  "donnerstag", "freitag",    "samstag",  "sonntag",
      "lundi",     "mardi",     "mercredi",  "jeudi",      "vendredi",   "samedi",   "dimanche",
      "lunes",     "martes",    "miercoles", "jueves",     "viernes",    "sabado",   "domingo",
      "january",   "february",  "march",     "april",      "may",        "june",     "july",
      "august",    "september", "october",   "november",   "december",   "januar",   "februar",
      "marz",      "juni",      "juli",      "oktober",    "dezember",   "janvier",  "fevrier",
      "mars",      "avril",     "mai",       "juin",       "juillet",    "aout",     "septembre",
      "octobre",   "novembre",  "decembre",  "enero",      "febrero",    "marzo",    "abril",
      "mayo",      "junio",     "julio",     "agosto",     "septiembre", "octubre",  "noviembre",
      "diciembre", "lunedi",    "martedi",   "mercoledi",  "giovedi",    "venerdi",  "sabato",
      "gennaio",   "febbraio",  "aprile",    "maggio",     "giugno",     "luglio",   "settembre",
      "ottobre",   "dicembre",  "segunda",   "terca",      "quarta",     "quinta",   "sexta"};
  return kWords.count(key) > 0;
}

bool IsChromeWord(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      "terms",     "service", "privacy",  "policy",     "cookie",      "cookies",
      "copyright", "rights",  "reserved", "inc",        "ltd",         "llc",
      "print",     "email",   "mail",     "share",      "tweet",       "subscribe",
      "login",     "sign",    "register", "newsletter", "advertising", "advertisement",
      "sitemap",   "contact", "faq",      "help",       "javascript",  "browser"};
  return kWords.count(key) > 0;
}

bool CaseUnusedInText(UChar32 c) {
  static constexpr UScriptCode kScripts[] = {USCRIPT_GEORGIAN};
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) &&
         std::find(std::begin(kScripts), std::end(kScripts), script) != std::end(kScripts);
}

const std::vector<std::string_view>& HangulParticles() {
  static const std::vector<std::string_view> kParticles = [] {
    std::vector<std::string_view> p = {
        "에서는", "에게서", "으로는", "으로서", "으로써", "이라는", "에서", "에게", "한테",
        "께서",   "까지",   "부터",   "으로",   "라는",   "처럼",   "보다", "에는", "와의",
        "과의",   "이다",   "은",     "는",     "이",     "가",     "을",   "를",   "의",
        "에",     "와",     "과",     "로",     "도",     "만"};
    std::stable_sort(p.begin(), p.end(),
                     [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    return p;
  }();
  return kParticles;
}

}  // namespace newsdesk::stories_internal
