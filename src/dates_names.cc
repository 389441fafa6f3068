// Dates with month names: Gregorian (English, German, French, Spanish, Hebrew, Yiddish,
// Arabic in its Egyptian, Levantine and Maghrebi names, Persian), Islamic (Arabic
// names, ١٥ رمضان ١٤٤٧ هـ) and Persian Solar Hijri (۲۵ بهمن ۱۴۰۴). Orders: day month
// year (14 Feb 2026, 14. Februar 2026, 14 de febrero de 2026, 14 בפברואר 2026) and
// month day, year (February 14, 2026).
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "dates_internal.h"

namespace newsdesk::dates_internal {
namespace {

struct Entry {
  std::vector<std::string> words;  // normalized tokens
  int month;                       // 1..12
};

class Lexicon {
 public:
  Lexicon(std::initializer_list<std::pair<const char*, int>> names, bool persian_mah = false) {
    for (const auto& [name, month] : names) {
      Add(name, month);
      if (persian_mah) Add(std::string(name) + "ماه", month);  // بهمن‌ماه (ZWNJ dropped)
    }
  }

  // The month named at token i (longest entry; a Hebrew ב/ל prefix allowed), its last
  // token in *last; -1 if none.
  int Match(const Tokens& t, size_t i, size_t* last) const {
    if (t[i].kind != Token::Kind::kWord) return -1;
    int best = -1;
    size_t best_len = 0;
    auto try_word = [&](const std::string& first) {
      auto it = by_first_.find(first);
      if (it == by_first_.end()) return;
      for (const Entry& e : it->second) {
        size_t k = i;
        bool ok = true;
        for (size_t w = 1; w < e.words.size() && ok; ++w) {
          ++k;
          if (k < t.size() && t[k].IsPunct('-')) ++k;
          ok = k < t.size() && t[k].text == e.words[w];
        }
        if (ok && e.words.size() > best_len) {
          best = e.month;
          best_len = e.words.size();
          *last = k;
        }
      }
    };
    try_word(t[i].text);
    if (best < 0 && t[i].hebrew && t[i].text.size() > 4 &&
        (t[i].text.rfind("ב", 0) == 0 || t[i].text.rfind("ל", 0) == 0)) {
      try_word(t[i].text.substr(2));
    }
    return best;
  }

 private:
  void Add(const std::string& name, int month) {
    Entry e{LexiconWords(name), month};
    if (e.words.empty()) return;
    by_first_[e.words[0]].push_back(std::move(e));
  }
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
};

const Lexicon& GregorianMonths() {
  static const Lexicon* lex = new Lexicon({
      // English
      {"january", 1},
      {"jan", 1},
      {"february", 2},
      {"feb", 2},
      {"march", 3},
      {"mar", 3},
      {"april", 4},
      {"apr", 4},
      {"may", 5},
      {"june", 6},
      {"jun", 6},
      {"july", 7},
      {"jul", 7},
      {"august", 8},
      {"aug", 8},
      {"september", 9},
      {"sep", 9},
      {"sept", 9},
      {"october", 10},
      {"oct", 10},
      {"november", 11},
      {"nov", 11},
      {"december", 12},
      {"dec", 12},
      // German
      {"januar", 1},
      {"jänner", 1},
      {"februar", 2},
      {"feber", 2},
      {"märz", 3},
      {"maerz", 3},
      {"mrz", 3},
      {"mai", 5},
      {"juni", 6},
      {"juli", 7},
      {"oktober", 10},
      {"okt", 10},
      {"dezember", 12},
      {"dez", 12},
      // French
      {"janvier", 1},
      {"janv", 1},
      {"février", 2},
      {"févr", 2},
      {"fév", 2},
      {"mars", 3},
      {"avril", 4},
      {"avr", 4},
      {"juin", 6},
      {"juillet", 7},
      {"juil", 7},
      {"août", 8},
      {"septembre", 9},
      {"octobre", 10},
      {"novembre", 11},
      {"décembre", 12},
      {"déc", 12},
      // Spanish
      {"enero", 1},
      {"ene", 1},
      {"febrero", 2},
      {"marzo", 3},
      {"abril", 4},
      {"abr", 4},
      {"mayo", 5},
      {"junio", 6},
      {"julio", 7},
      {"agosto", 8},
      {"septiembre", 9},
      {"setiembre", 9},
      {"octubre", 10},
      {"noviembre", 11},
      {"diciembre", 12},
      {"dic", 12},
      // Italian, Portuguese, Dutch
      {"gennaio", 1},
      {"febbraio", 2},
      {"aprile", 4},
      {"maggio", 5},
      {"giugno", 6},
      {"luglio", 7},
      {"settembre", 9},
      {"ottobre", 10},
      {"dicembre", 12},
      {"janeiro", 1},
      {"fevereiro", 2},
      {"março", 3},
      {"maio", 5},
      {"junho", 6},
      {"julho", 7},
      {"setembro", 9},
      {"outubro", 10},
      {"novembro", 11},
      {"dezembro", 12},
      {"januari", 1},
      {"februari", 2},
      {"maart", 3},
      {"mei", 5},
      {"augustus", 8},
      // Polish and Russian (genitive, as dates write them)
      {"stycznia", 1},
      {"lutego", 2},
      {"marca", 3},
      {"kwietnia", 4},
      {"maja", 5},
      {"czerwca", 6},
      {"lipca", 7},
      {"sierpnia", 8},
      {"września", 9},
      {"października", 10},
      {"listopada", 11},
      {"grudnia", 12},
      {"января", 1},
      {"февраля", 2},
      {"марта", 3},
      {"апреля", 4},
      {"мая", 5},
      {"июня", 6},
      {"июля", 7},
      {"августа", 8},
      {"сентября", 9},
      {"октября", 10},
      {"ноября", 11},
      {"декабря", 12},
      // Hebrew
      {"ינואר", 1},
      {"פברואר", 2},
      {"מרץ", 3},
      {"מרס", 3},
      {"אפריל", 4},
      {"מאי", 5},
      {"יוני", 6},
      {"יולי", 7},
      {"אוגוסט", 8},
      {"ספטמבר", 9},
      {"אוקטובר", 10},
      {"נובמבר", 11},
      {"דצמבר", 12},
      // Yiddish
      {"יאנואר", 1},
      {"יאַנואַר", 1},
      {"פעברואר", 2},
      {"פֿעברואַר", 2},
      {"פעברואַר", 2},
      {"מערץ", 3},
      {"מארץ", 3},
      {"מיי", 5},
      {"אויגוסט", 8},
      {"סעפטעמבער", 9},
      {"אקטאבער", 10},
      {"אָקטאָבער", 10},
      {"אקטאָבער", 10},
      {"נאוועמבער", 11},
      {"נאָוועמבער", 11},
      {"דעצעמבער", 12},
      // Arabic: Egyptian/Gulf, Levantine/Iraqi, Maghrebi
      {"يناير", 1},
      {"فبراير", 2},
      {"مارس", 3},
      {"أبريل", 4},
      {"إبريل", 4},
      {"ابريل", 4},
      {"مايو", 5},
      {"يونيو", 6},
      {"يونيه", 6},
      {"يوليو", 7},
      {"يوليه", 7},
      {"أغسطس", 8},
      {"سبتمبر", 9},
      {"أكتوبر", 10},
      {"نوفمبر", 11},
      {"ديسمبر", 12},
      {"كانون الثاني", 1},
      {"شباط", 2},
      {"آذار", 3},
      {"نيسان", 4},
      {"أيار", 5},
      {"حزيران", 6},
      {"تموز", 7},
      {"آب", 8},
      {"أيلول", 9},
      {"تشرين الأول", 10},
      {"تشرين الثاني", 11},
      {"كانون الأول", 12},
      {"جانفي", 1},
      {"فيفري", 2},
      {"أفريل", 4},
      {"ماي", 5},
      {"جوان", 6},
      {"جويلية", 7},
      {"أوت", 8},
      // Persian names of Gregorian months
      {"ژانویه", 1},
      {"فوریه", 2},
      {"آوریل", 4},
      {"مه", 5},
      {"ژوئن", 6},
      {"ژوئیه", 7},
      {"اوت", 8},
      {"سپتامبر", 9},
      {"اکتبر", 10},
      {"نوامبر", 11},
      {"دسامبر", 12},
  });
  return *lex;
}

const Lexicon& HijriMonths() {
  static const Lexicon* lex = new Lexicon({
      {"محرم", 1},         {"المحرم", 1},        {"صفر", 2},         {"ربيع الأول", 3},
      {"ربيع أول", 3},     {"ربيع الآخر", 4},    {"ربيع الثاني", 4}, {"ربيع ثاني", 4},
      {"ربيع آخر", 4},     {"جمادى الأولى", 5},  {"جمادى الأول", 5}, {"جمادى أولى", 5},
      {"جمادى الآخرة", 6}, {"جمادى الثانية", 6}, {"جمادى الآخر", 6}, {"جمادى الثاني", 6},
      {"رجب", 7},          {"شعبان", 8},         {"رمضان", 9},       {"شوال", 10},
      {"ذو القعدة", 11},   {"ذي القعدة", 11},    {"ذو الحجة", 12},   {"ذي الحجة", 12},
  });
  return *lex;
}

const Lexicon& PersianMonths() {
  static const Lexicon* lex = new Lexicon(
      {
          {"فروردین", 1},
          {"اردیبهشت", 2},
          {"خرداد", 3},
          {"تیر", 4},
          {"مرداد", 5},
          {"امرداد", 5},
          {"شهریور", 6},
          {"مهر", 7},
          {"آبان", 8},
          {"آذر", 9},
          {"دی", 10},
          {"بهمن", 11},
          {"اسفند", 12},
      },
      /*persian_mah=*/true);
  return *lex;
}

bool IsDay(const Token& t) { return t.IsNumber() && t.digits <= 2; }
bool IsOrdinalSuffix(const Token& t) {
  return !t.space_before && (t.IsWord("st") || t.IsWord("nd") || t.IsWord("rd") || t.IsWord("th") ||
                             t.IsWord("er") || t.IsWord("º") || t.IsWord("o") || t.IsPunct('.'));
}
bool IsDayConnector(const Token& t) {
  return t.IsWord("de") || t.IsWord("of") || t.IsWord("the") || t.IsPunct('.') || t.IsPunct(',') ||
         t.IsWord("ב") || t.IsPunct('-') || t.IsWord("من");
}
bool IsYearConnector(const Token& t) {
  return t.IsPunct(',') || t.IsPunct('.') || t.IsWord("de") || t.IsWord("del") || t.IsWord("סנה") ||
         t.IsWord("سنة") || t.IsWord("سال") || t.IsWord("عام");
}

struct Spec {
  const Lexicon* lexicon;
  Calendar calendar;
  int min_year, max_year;  // plausible years written in full
};

Result<int64_t> ToDays(Calendar c, int y, int m, int d) {
  switch (c) {
    case Calendar::kIslamic:
      return HijriToDays(y, m, d);
    case Calendar::kPersian:
      return PersianToDays(y, m, d);
    default:
      return GregorianToDays(y, m, d);
  }
}

std::optional<Match> MatchNamed(const Tokens& t, const Spec& spec) {
  std::optional<Match> first_error;
  for (size_t i = 0; i < t.size(); ++i) {
    size_t month_last = i;
    int month = spec.lexicon->Match(t, i, &month_last);
    if (month < 0) continue;
    // A second name of the same month: شباط/فبراير, Feb./February.
    size_t after = month_last;
    if (after + 2 < t.size() && t[after + 1].IsPunct('/')) {
      size_t l2 = after + 2;
      if (spec.lexicon->Match(t, after + 2, &l2) == month) after = l2;
    }
    // Day before the month (14 Feb, 14. Februar, 14 de febrero, 14th of February).
    size_t day_index = t.size();
    size_t k = i;
    while (k > 0 && i - k < 3 && (IsDayConnector(t[k - 1]) || IsOrdinalSuffix(t[k - 1]))) --k;
    if (k > 0 && IsDay(t[k - 1])) day_index = k - 1;
    size_t y = after + 1;
    if (day_index == t.size()) {
      // Month first: February 14, 2026 / Feb. 14th 2026.
      size_t d = after + 1;
      if (d < t.size() && t[d].IsPunct('.')) ++d;
      if (d < t.size() && IsDay(t[d])) {
        day_index = d;
        y = d + 1;
        if (y < t.size() && IsOrdinalSuffix(t[y]) && !t[y].IsPunct('.')) ++y;
      }
    }
    while (y < t.size() && IsYearConnector(t[y])) ++y;
    bool has_year =
        y < t.size() && t[y].IsNumber() &&
        (t[y].digits == 4 || (spec.calendar != Calendar::kGregorian && t[y].digits == 3));
    // RFC 2822 §4.3 allows two-digit years (obsolete); never when a time follows.
    bool two_digit = spec.calendar == Calendar::kGregorian && y < t.size() && t[y].IsNumber() &&
                     t[y].digits == 2 && !(y + 1 < t.size() && t[y + 1].IsPunct(':'));
    if (day_index == t.size()) continue;  // "March 2026", "صفر" alone: not a date
    Match m;
    m.first = day_index < i ? day_index : i;
    m.last = has_year || two_digit ? y : std::max(after, day_index);
    auto fail = [&](Status s) {
      m.result = std::move(s);
      if (!first_error) first_error = m;
    };
    if (!has_year && !two_digit) {
      fail(Status::InvalidArgument("date without a year"));
      continue;
    }
    int year = static_cast<int>(t[y].value);
    if (two_digit) year += year < 50 ? 2000 : 1900;
    if (year < spec.min_year || year > spec.max_year) {
      fail(Status::InvalidArgument("year " + std::to_string(year) + " is not plausible in the " +
                                   std::string(CalendarName(spec.calendar)) + " calendar"));
      continue;
    }
    Result<int64_t> days = ToDays(spec.calendar, year, month, static_cast<int>(t[day_index].value));
    if (!days.ok()) {
      fail(days.status());
      continue;
    }
    ParsedDate out;
    out.calendar = spec.calendar;
    SetCivil(out, *days);
    // Era markers after the year: هـ, ه.ش, AH, CE.
    size_t last = m.last;
    static const std::array<std::string_view, 9> kEra = {"ه",    "هجری",    "هجري", "هجريه", "ش",
                                                         "شمسی", "خورشیدی", "ah",   "م"};
    if (last + 1 < t.size()) {
      for (auto e : kEra) {
        if (t[last + 1].IsWord(e)) {
          ++last;
          break;
        }
      }
      if (last + 2 < t.size() && t[last].IsWord("ه") && t[last + 1].IsPunct('.') &&
          t[last + 2].IsWord("ش")) {
        last += 2;
      }
    }
    m.last = last;
    if (spec.calendar == Calendar::kGregorian) {
      if (Status s = ParseTimeAfter(t, m.last + 1, out, &m.last); !s.ok()) {
        fail(s);
        continue;
      }
    }
    size_t wd_first = m.first;
    int wd = WeekdayBefore(t, m.first, &wd_first);
    if (wd >= 0) {
      m.first = wd_first;
      if (Status s = CheckWeekday(wd, *days); !s.ok()) {
        fail(s);
        continue;
      }
    }
    m.result = std::move(out);
    return m;
  }
  return first_error;
}

}  // namespace

std::optional<Match> MatchMonthName(const Tokens& t, const DateContext&) {
  return MatchNamed(t, {&GregorianMonths(), Calendar::kGregorian, 1000, 2999});
}

std::optional<Match> MatchHijri(const Tokens& t) {
  return MatchNamed(t, {&HijriMonths(), Calendar::kIslamic, 1300, 1600});
}

std::optional<Match> MatchPersian(const Tokens& t) {
  return MatchNamed(t, {&PersianMonths(), Calendar::kPersian, 1200, 1600});
}

}  // namespace newsdesk::dates_internal
