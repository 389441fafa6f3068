// Relative dates against DateContext::reference: "2 hours ago", "vor 2 Stunden",
// "il y a 3 jours", "hace 5 minutos", "há 2 horas", "2 ore fa", "2 uur geleden",
// "לפני שעתיים", "منذ 3 ساعات", "۳ ساعت پیش", "yesterday",
// "gestern", "אתמול". Results are in UTC: a time (offset 0) for units under a day, a
// date alone for days and longer.
#include <chrono>
#include <string>
#include <unordered_map>

#include "dates_internal.h"

namespace newsdesk::dates_internal {
namespace {

// Seconds per unit; months and years are counted on the calendar (negative: -1 month,
// -12 year) so "2 months ago" keeps the day of the month.
struct Unit {
  int64_t seconds;
  int count;  // the unit word already says how many (Hebrew and Arabic duals), else 0
};

const std::unordered_map<std::string, Unit>& Units() {
  static const auto* units = [] {
    auto* m = new std::unordered_map<std::string, Unit>;
    const std::initializer_list<std::tuple<const char*, int64_t, int>> kUnits = {
        {"second", 1, 0},
        {"seconds", 1, 0},
        {"sec", 1, 0},
        {"secs", 1, 0},
        {"s", 1, 0},
        {"minute", 60, 0},
        {"minutes", 60, 0},
        {"min", 60, 0},
        {"mins", 60, 0},
        {"m", 60, 0},
        {"hour", 3600, 0},
        {"hours", 3600, 0},
        {"hr", 3600, 0},
        {"hrs", 3600, 0},
        {"h", 3600, 0},
        {"day", 86400, 0},
        {"days", 86400, 0},
        {"d", 86400, 0},
        {"week", 604800, 0},
        {"weeks", 604800, 0},
        {"month", -1, 0},
        {"months", -1, 0},
        {"year", -12, 0},
        {"years", -12, 0},
        {"sekunde", 1, 0},
        {"sekunden", 1, 0},
        {"minute", 60, 0},
        {"minuten", 60, 0},
        {"stunde", 3600, 0},
        {"stunden", 3600, 0},
        {"std", 3600, 0},
        {"tag", 86400, 0},
        {"tagen", 86400, 0},
        {"woche", 604800, 0},
        {"wochen", 604800, 0},
        {"monat", -1, 0},
        {"monaten", -1, 0},
        {"jahr", -12, 0},
        {"jahren", -12, 0},
        {"seconde", 1, 0},
        {"secondes", 1, 0},
        {"heure", 3600, 0},
        {"heures", 3600, 0},
        {"jour", 86400, 0},
        {"jours", 86400, 0},
        {"semaine", 604800, 0},
        {"semaines", 604800, 0},
        {"mois", -1, 0},
        {"an", -12, 0},
        {"ans", -12, 0},
        {"segundo", 1, 0},
        {"segundos", 1, 0},
        {"minuto", 60, 0},
        {"minutos", 60, 0},
        {"hora", 3600, 0},
        {"horas", 3600, 0},
        {"día", 86400, 0},
        {"días", 86400, 0},
        {"semana", 604800, 0},
        {"semanas", 604800, 0},
        {"mes", -1, 0},
        {"meses", -1, 0},
        {"año", -12, 0},
        {"años", -12, 0},
        {"שנייה", 1, 0},
        {"שניות", 1, 0},
        {"דקה", 60, 1},
        {"דקות", 60, 0},
        {"דקותיים", 60, 2},
        {"שעה", 3600, 1},
        {"שעות", 3600, 0},
        {"שעתיים", 3600, 2},
        {"יום", 86400, 1},
        {"ימים", 86400, 0},
        {"יומיים", 86400, 2},
        {"שבוע", 604800, 1},
        {"שבועות", 604800, 0},
        {"שבועיים", 604800, 2},
        {"חודש", -1, 1},
        {"חודשים", -1, 0},
        {"חודשיים", -1, 2},
        {"שנה", -12, 1},
        {"שנים", -12, 0},
        {"שנתיים", -12, 2},
        {"ثانية", 1, 1},
        {"ثوان", 1, 0},
        {"ثواني", 1, 0},
        {"دقيقة", 60, 1},
        {"دقائق", 60, 0},
        {"دقيقتين", 60, 2},
        {"ساعة", 3600, 1},
        {"ساعات", 3600, 0},
        {"ساعتين", 3600, 2},
        {"يوم", 86400, 1},
        {"أيام", 86400, 0},
        {"يومين", 86400, 2},
        {"أسبوع", 604800, 1},
        {"أسابيع", 604800, 0},
        {"أسبوعين", 604800, 2},
        {"شهر", -1, 1},
        {"أشهر", -1, 0},
        {"شهرين", -1, 2},
        {"سنة", -12, 1},
        {"سنوات", -12, 0},
        {"سنتين", -12, 2},
        // fa ("۳ ساعت پیش")
        {"ثانیه", 1, 0},
        {"دقیقه", 60, 0},
        {"ساعت", 3600, 0},
        {"روز", 86400, 0},
        {"هفته", 604800, 0},
        {"ماه", -1, 0},
        {"سال", -12, 0},
        // it ("2 ore fa"), pt ("há 2 horas"; "minuto(s)", "hora(s)", "semana(s)", "meses"
        // are the Spanish words above), nl ("2 uur geleden")
        {"secondi", 1, 0},
        {"minuti", 60, 0},
        {"ora", 3600, 0},
        {"ore", 3600, 0},
        {"giorno", 86400, 0},
        {"giorni", 86400, 0},
        {"settimana", 604800, 0},
        {"settimane", 604800, 0},
        {"mese", -1, 0},
        {"mesi", -1, 0},
        {"anno", -12, 0},
        {"anni", -12, 0},
        {"dia", 86400, 0},
        {"dias", 86400, 0},
        {"mês", -1, 0},
        {"ano", -12, 0},
        {"anos", -12, 0},
        {"seconden", 1, 0},
        {"minuut", 60, 0},
        {"uur", 3600, 0},
        {"dag", 86400, 0},
        {"dagen", 86400, 0},
        {"weken", 604800, 0},
        {"maand", -1, 0},
        {"maanden", -1, 0},
        {"jaar", -12, 0},
    };
    for (const auto& [w, s, c] : kUnits) {
      std::vector<std::string> norm = LexiconWords(w);
      if (norm.size() == 1) (*m)[norm[0]] = {s, c};
    }
    return m;
  }();
  return *units;
}

// Number words for one and two.
int Count(const Token& t) {
  if (t.IsNumber()) return t.value > 0 && t.value < 100000 ? static_cast<int>(t.value) : -1;
  static const std::unordered_map<std::string, int> kWords = {
      {"a", 1},     {"an", 1},    {"one", 1},  {"two", 2}, {"ein", 1}, {"eine", 1},
      {"einer", 1}, {"einem", 1}, {"zwei", 2}, {"un", 1},  {"une", 1}, {"deux", 2},
      {"una", 1},   {"uno", 1},   {"dos", 2},  {"due", 2}, {"um", 1},  {"uma", 1},
      {"dois", 2},  {"duas", 2},  {"een", 1},  {"twee", 2}};
  auto it = kWords.find(t.text);
  return it == kWords.end() ? -1 : it->second;
}

// Days back for a named day, or -1.
int NamedDay(const Token& t, std::string_view hint) {
  static const std::unordered_map<std::string, int>* words = [] {
    auto* m = new std::unordered_map<std::string, int>;
    const std::initializer_list<std::pair<const char*, int>> kWords = {
        {"today", 0},       {"yesterday", 1}, {"heute", 0}, {"gestern", 1},  {"vorgestern", 2},
        {"aujourd'hui", 0}, {"hoy", 0},       {"ayer", 1},  {"anteayer", 2}, {"היום", 0},
        {"אתמול", 1},       {"שלשום", 2},     {"היינט", 0}, {"נעכטן", 1},    {"اليوم", 0},
        {"أمس", 1},         {"البارحة", 1},   {"امروز", 0}, {"دیروز", 1}};
    for (const auto& [w, d] : kWords) {
      std::vector<std::string> norm = LexiconWords(w);
      if (norm.size() == 1) (*m)[norm[0]] = d;
    }
    return m;
  }();
  if (t.kind != Token::Kind::kWord) return -1;
  // "hier" is French for yesterday but German for "here": only on French pages.
  if (t.text == "hier") return hint.rfind("fr", 0) == 0 ? 1 : -1;
  auto it = words->find(t.text);
  return it == words->end() ? -1 : it->second;
}

}  // namespace

std::optional<Match> MatchRelative(const Tokens& t, const DateContext& ctx) {
  const auto& units = Units();
  static const std::string kHa = LexiconWords("h\u00E1").at(0);  // "há" as tokens read it
  for (size_t i = 0; i < t.size(); ++i) {
    Match m;
    m.first = i;
    int days = -1;
    int count = -1;
    size_t unit_index = t.size();
    const Token& w = t[i];
    // "<n> <unit> ago", "2 ore fa", "2 uur geleden", "۳ ساعت پیش" (or قبل)
    if (i + 2 < t.size() &&
        (t[i + 2].IsWord("ago") || t[i + 2].IsWord("fa") || t[i + 2].IsWord("geleden") ||
         t[i + 2].IsWord("پیش") || t[i + 2].IsWord("قبل")) &&
        Count(w) > 0 && units.count(t[i + 1].text)) {
      count = Count(w);
      unit_index = i + 1;
      m.last = i + 2;
    } else if ((w.IsWord("vor") || w.IsWord("hace") || w.IsWord(kHa) || w.IsWord("לפני") ||
                w.IsWord("منذ") || w.IsWord("قبل")) &&
               i + 1 < t.size()) {
      // "vor <n> <unit>", "לפני <n> <unit>", "לפני שעתיים", "منذ ساعة"
      if (i + 2 < t.size() && Count(t[i + 1]) > 0 && units.count(t[i + 2].text)) {
        count = Count(t[i + 1]);
        unit_index = i + 2;
      } else if (auto it = units.find(t[i + 1].text); it != units.end() && it->second.count > 0) {
        count = it->second.count;
        unit_index = i + 1;
      }
      m.last = unit_index;
    } else if (w.IsWord("il") && i + 4 < t.size() && t[i + 1].IsWord("y") && t[i + 2].IsWord("a") &&
               Count(t[i + 3]) > 0 && units.count(t[i + 4].text)) {
      count = Count(t[i + 3]);  // "il y a 3 jours"
      unit_index = i + 4;
      m.last = i + 4;
    } else if (int d = NamedDay(w, ctx.language_hint); d >= 0) {
      days = d;
      m.last = i;
    } else if (w.IsWord("just") && i + 1 < t.size() && t[i + 1].IsWord("now")) {
      count = 0;
      m.last = i + 1;
    }
    if (count < 0 && days < 0) continue;
    if (!ctx.reference) {
      m.result = Status::InvalidArgument("relative date without a reference time");
      return m;
    }
    int64_t ref =
        std::chrono::duration_cast<std::chrono::seconds>(ctx.reference->time_since_epoch()).count();
    int64_t ref_days = ref >= 0 ? ref / 86400 : -((-ref + 86399) / 86400);
    ParsedDate out;
    if (unit_index < t.size()) {
      const Unit& u = units.at(t[unit_index].text);
      if (u.seconds > 0 && u.seconds < 86400) {
        int64_t at = ref - static_cast<int64_t>(count) * u.seconds;
        int64_t day = at >= 0 ? at / 86400 : -((-at + 86399) / 86400);
        SetCivil(out, day);
        int64_t sod = at - day * 86400;
        out.has_time = true;
        out.hour = static_cast<int>(sod / 3600);
        out.minute = static_cast<int>(sod / 60 % 60);
        out.second = static_cast<int>(sod % 60);
        out.utc_offset_minutes = 0;
        // "5 seconds ago" is a second; minutes and hours ago are read to the minute.
        out.precision = u.seconds < 60 ? DatePrecision::kSecond : DatePrecision::kMinute;
      } else if (u.seconds > 0) {
        SetCivil(out, ref_days - count * (u.seconds / 86400));
      } else {
        int y, mo, d;
        CivilFromDays(ref_days, &y, &mo, &d);
        int64_t months = static_cast<int64_t>(y) * 12 + (mo - 1) + count * u.seconds;
        y = static_cast<int>(months / 12);
        mo = static_cast<int>(months % 12) + 1;
        if (y < 1) {
          m.result = Status::InvalidArgument("relative date before year 1");
          return m;
        }
        d = std::min(d, DaysInGregorianMonth(y, mo));
        out.year = y;
        out.month = mo;
        out.day = d;
      }
    } else if (days >= 0) {
      SetCivil(out, ref_days - days);
    } else {
      SetCivil(out, ref_days);
      out.has_time = true;
      int64_t sod = ref - ref_days * 86400;
      out.hour = static_cast<int>(sod / 3600);
      out.minute = static_cast<int>(sod / 60 % 60);
      out.second = static_cast<int>(sod % 60);
      out.utc_offset_minutes = 0;
    }
    if (out.year < 1) {
      m.result = Status::InvalidArgument("relative date before year 1");
      return m;
    }
    m.result = std::move(out);
    return m;
  }
  return std::nullopt;
}

}  // namespace newsdesk::dates_internal
