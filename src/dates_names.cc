// Dates with month names: Gregorian (about thirty languages, see GregorianMonths; Hebrew,
// Yiddish, Arabic in its Egyptian, Levantine and Maghrebi names, Persian), Islamic
// (Arabic names, ١٥ رمضان ١٤٤٧ هـ) and Persian Solar Hijri (۲۵ بهمن ۱۴۰۴). Orders: day
// month year (14 Feb 2026, 14. Februar 2026, 14 de febrero de 2026, 14 בפברואר 2026),
// month day, year (February 14, 2026), year first (2026. február 14., 2026-július-14,
// with a Baltic word for "year": 2026 m. vasario 14 d., 2026. gada 14. februārī), and
// asctime's month day time year (Sat Feb 14 10:05:09 2026).
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dates_internal.h"
#include "newsdesk/language.h"

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
  // The names of `names` with their months renumbered by `month_of`; a month it maps to 0
  // is left out.
  Lexicon(std::span<const std::pair<const char*, int>> names, int (*month_of)(int)) {
    for (const auto& [name, month] : names) {
      if (int m = month_of(month); m > 0) Add(name, m);
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
          if (k < t.size() && (t[k].IsPunct('-') || t[k].IsPunct('.'))) ++k;  // ก.พ.
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
      // Uyghur (Arabic script)
      {"يانۋار", 1},
      {"فېۋرال", 2},
      {"مارت", 3},
      {"ئاپرېل", 4},
      {"ماي", 5},
      {"ئىيۇن", 6},
      {"ئىيۇل", 7},
      {"ئاۋغۇست", 8},
      {"سېنتەبىر", 9},
      {"ئۆكتەبىر", 10},
      {"نويابىر", 11},
      {"دېكابىر", 12},
      // Dhivehi (Thaana)
      {"ޖަނަވަރީ", 1},
      {"ފެބްރުއަރީ", 2},
      {"މާރިޗު", 3},
      {"އޭޕްރީލް", 4},
      {"މެއި", 5},
      {"ޖޫން", 6},
      {"ޖުލައި", 7},
      {"އޮގަސްޓު", 8},
      {"ސެޕްޓެމްބަރު", 9},
      {"އޮކްޓޫބަރު", 10},
      {"ނޮވެމްބަރު", 11},
      {"ޑިސެމްބަރު", 12},
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
      // Sorani Kurdish, also with the ezafe -ی a year follows ("٥ی کانوونی یەکەمی ٢٠٢٦");
      // نیسان is the Arabic entry's
      {"کانوونی دووەم", 1},
      {"کانوونی دووەمی", 1},
      {"شوبات", 2},
      {"شوباتی", 2},
      {"ئازار", 3},
      {"ئازاری", 3},
      {"نیسانی", 4},
      {"ئایار", 5},
      {"ئایاری", 5},
      {"حوزەیران", 6},
      {"حوزەیرانی", 6},
      {"تەممووز", 7},
      {"تەممووزی", 7},
      {"ئاب", 8},
      {"ئابی", 8},
      {"ئەیلوول", 9},
      {"ئەیلوولی", 9},
      {"تشرینی یەکەم", 10},
      {"تشرینی یەکەمی", 10},
      {"تشرینی دووەم", 11},
      {"تشرینی دووەمی", 11},
      {"کانوونی یەکەم", 12},
      {"کانوونی یەکەمی", 12},
      {"جانفي", 1},
      {"فيفري", 2},
      {"أفريل", 4},
      {"ماي", 5},
      {"جوان", 6},
      {"جويلية", 7},
      {"أوت", 8},
      // Italian, Portuguese, Catalan abbreviations and forms
      {"gen", 1},
      {"mag", 5},
      {"giu", 6},
      {"lug", 7},
      {"ago", 8},
      {"ott", 10},
      {"fev", 2},
      {"gener", 1},
      {"febrer", 2},
      {"març", 3},
      {"d'abril", 4},
      {"maig", 5},
      {"juny", 6},
      {"juliol", 7},
      {"d'agost", 8},
      {"setembre", 9},
      {"d'octubre", 10},
      {"desembre", 12},
      // Dutch, Scandinavian (Swedish, Danish, Norwegian)
      {"mrt", 3},
      {"maj", 5},
      {"augusti", 8},
      {"marts", 3},
      {"desember", 12},
      // Finnish (partitive, as dates write them, and nominative)
      {"tammikuuta", 1},
      {"helmikuuta", 2},
      {"maaliskuuta", 3},
      {"huhtikuuta", 4},
      {"toukokuuta", 5},
      {"kesäkuuta", 6},
      {"heinäkuuta", 7},
      {"elokuuta", 8},
      {"syyskuuta", 9},
      {"lokakuuta", 10},
      {"marraskuuta", 11},
      {"joulukuuta", 12},
      {"tammikuu", 1},
      {"helmikuu", 2},
      {"maaliskuu", 3},
      {"huhtikuu", 4},
      {"toukokuu", 5},
      {"kesäkuu", 6},
      {"heinäkuu", 7},
      {"elokuu", 8},
      {"syyskuu", 9},
      {"lokakuu", 10},
      {"marraskuu", 11},
      {"joulukuu", 12},
      // Polish (nominative)
      {"styczeń", 1},
      {"luty", 2},
      {"marzec", 3},
      {"kwiecień", 4},
      {"czerwiec", 6},
      {"lipiec", 7},
      {"sierpień", 8},
      {"wrzesień", 9},
      {"październik", 10},
      {"listopad", 11},
      {"grudzień", 12},
      // Czech (genitive and nominative) and Slovak (genitive)
      {"ledna", 1},
      {"února", 2},
      {"března", 3},
      {"dubna", 4},
      {"května", 5},
      {"června", 6},
      {"července", 7},
      {"srpna", 8},
      {"září", 9},
      {"října", 10},
      {"listopadu", 11},
      {"prosince", 12},
      {"leden", 1},
      {"únor", 2},
      {"březen", 3},
      {"duben", 4},
      {"květen", 5},
      {"červen", 6},
      {"červenec", 7},
      {"srpen", 8},
      {"říjen", 10},
      {"prosinec", 12},
      {"januára", 1},
      {"februára", 2},
      {"apríla", 4},
      {"mája", 5},
      {"júna", 6},
      {"júla", 7},
      {"augusta", 8},
      {"septembra", 9},
      {"októbra", 10},
      {"novembra", 11},
      {"decembra", 12},
      // Croatian (genitive; "listopada" is read as Polish/Czech/Ukrainian November)
      {"siječnja", 1},
      {"veljače", 2},
      {"ožujka", 3},
      {"travnja", 4},
      {"svibnja", 5},
      {"lipnja", 6},
      {"srpnja", 7},
      {"kolovoza", 8},
      {"rujna", 9},
      {"studenoga", 11},
      {"studenog", 11},
      {"prosinca", 12},
      // Serbian and Bosnian (Latin; nominative and genitive)
      {"mart", 3},
      {"jun", 6},
      {"jul", 7},
      {"avgust", 8},
      {"septembar", 9},
      {"oktobar", 10},
      {"novembar", 11},
      {"decembar", 12},
      {"januara", 1},
      {"februara", 2},
      {"marta", 3},
      {"aprila", 4},
      {"juna", 6},
      {"jula", 7},
      {"avgusta", 8},
      {"oktobra", 10},
      // Hungarian
      {"január", 1},
      {"február", 2},
      {"febr", 2},
      {"március", 3},
      {"márc", 3},
      {"április", 4},
      {"május", 5},
      {"június", 6},
      {"július", 7},
      {"augusztus", 8},
      {"szeptember", 9},
      {"szept", 9},
      {"október", 10},
      // Romanian
      {"ianuarie", 1},
      {"februarie", 2},
      {"martie", 3},
      {"aprilie", 4},
      {"iunie", 6},
      {"iulie", 7},
      {"septembrie", 9},
      {"octombrie", 10},
      {"noiembrie", 11},
      {"decembrie", 12},
      // Turkish
      {"ocak", 1},
      {"şubat", 2},
      {"nisan", 4},
      {"mayıs", 5},
      {"haziran", 6},
      {"temmuz", 7},
      {"ağustos", 8},
      {"eylül", 9},
      {"ekim", 10},
      {"kasım", 11},
      {"aralık", 12},
      // Greek (genitive, as dates write them, nominative and abbreviations)
      {"ιανουαρίου", 1},
      {"φεβρουαρίου", 2},
      {"μαρτίου", 3},
      {"απριλίου", 4},
      {"μαΐου", 5},
      {"ιουνίου", 6},
      {"ιουλίου", 7},
      {"αυγούστου", 8},
      {"σεπτεμβρίου", 9},
      {"οκτωβρίου", 10},
      {"νοεμβρίου", 11},
      {"δεκεμβρίου", 12},
      {"ιανουάριος", 1},
      {"φεβρουάριος", 2},
      {"μάρτιος", 3},
      {"απρίλιος", 4},
      {"μάιος", 5},
      {"ιούνιος", 6},
      {"ιούλιος", 7},
      {"αύγουστος", 8},
      {"σεπτέμβριος", 9},
      {"οκτώβριος", 10},
      {"νοέμβριος", 11},
      {"δεκέμβριος", 12},
      {"ιαν", 1},
      {"φεβ", 2},
      {"μαρ", 3},
      {"απρ", 4},
      {"μαΐ", 5},
      {"ιουν", 6},
      {"ιουλ", 7},
      {"αυγ", 8},
      {"σεπ", 9},
      {"σεπτ", 9},
      {"οκτ", 10},
      {"νοε", 11},
      {"δεκ", 12},
      // Russian (nominative and abbreviations), Ukrainian, Belarusian (genitive and
      // nominative)
      {"январь", 1},
      {"февраль", 2},
      {"март", 3},
      {"апрель", 4},
      {"май", 5},
      {"июнь", 6},
      {"июль", 7},
      {"август", 8},
      {"сентябрь", 9},
      {"октябрь", 10},
      {"ноябрь", 11},
      {"декабрь", 12},
      {"янв", 1},
      {"фев", 2},
      {"мар", 3},
      {"апр", 4},
      {"авг", 8},
      {"сен", 9},
      {"сент", 9},
      {"окт", 10},
      {"ноя", 11},
      {"нояб", 11},
      {"дек", 12},
      {"січня", 1},
      {"лютого", 2},
      {"березня", 3},
      {"квітня", 4},
      {"травня", 5},
      {"червня", 6},
      {"липня", 7},
      {"серпня", 8},
      {"вересня", 9},
      {"жовтня", 10},
      {"листопада", 11},
      {"грудня", 12},
      {"січень", 1},
      {"лютий", 2},
      {"березень", 3},
      {"квітень", 4},
      {"травень", 5},
      {"червень", 6},
      {"липень", 7},
      {"серпень", 8},
      {"вересень", 9},
      {"жовтень", 10},
      {"листопад", 11},
      {"грудень", 12},
      {"студзеня", 1},
      {"лютага", 2},
      {"сакавіка", 3},
      {"красавіка", 4},
      {"чэрвеня", 6},
      {"ліпеня", 7},
      {"жніўня", 8},
      {"верасня", 9},
      {"кастрычніка", 10},
      {"лістапада", 11},
      {"снежня", 12},
      // Indonesian and Malay
      {"maret", 3},
      {"agustus", 8},
      {"agt", 8},
      {"agu", 8},
      {"desember", 12},
      {"des", 12},
      {"mac", 3},
      {"julai", 7},
      {"ogos", 8},
      {"disember", 12},
      // Swahili (Januari, Februari, Mei, Juni, Julai as above)
      {"machi", 3},
      {"aprili", 4},
      {"agosti", 8},
      {"septemba", 9},
      {"oktoba", 10},
      {"novemba", 11},
      {"desemba", 12},
      // Filipino (Enero, Abril, Mayo, Agosto as in Spanish)
      {"pebrero", 2},
      {"marso", 3},
      {"hunyo", 6},
      {"hulyo", 7},
      {"setyembre", 9},
      {"oktubre", 10},
      {"nobyembre", 11},
      {"disyembre", 12},
      // Georgian
      {"იანვარი", 1},
      {"თებერვალი", 2},
      {"მარტი", 3},
      {"აპრილი", 4},
      {"მაისი", 5},
      {"ივნისი", 6},
      {"ივლისი", 7},
      {"აგვისტო", 8},
      {"სექტემბერი", 9},
      {"ოქტომბერი", 10},
      {"ნოემბერი", 11},
      {"დეკემბერი", 12},
      // Georgian abbreviations, written with a dot ("4 დეკ. 2026")
      {"იან", 1},
      {"თებ", 2},
      {"მარ", 3},
      {"აპრ", 4},
      {"მაი", 5},
      {"ივნ", 6},
      {"ივლ", 7},
      {"აგვ", 8},
      {"სექ", 9},
      {"ოქტ", 10},
      {"ნოე", 11},
      {"დეკ", 12},
      // Georgian dative, as "on" a day ("2026 წლის 4 დეკემბერს")
      {"იანვარს", 1},
      {"თებერვალს", 2},
      {"მარტს", 3},
      {"აპრილს", 4},
      {"მაისს", 5},
      {"ივნისს", 6},
      {"ივლისს", 7},
      {"აგვისტოს", 8},
      {"სექტემბერს", 9},
      {"ოქტომბერს", 10},
      {"ნოემბერს", 11},
      {"დეკემბერს", 12},
      // Bulgarian and Macedonian; Serbian Cyrillic (nominative and genitive; март, август,
      // марта, августа as in Russian)
      {"януари", 1},
      {"февруари", 2},
      {"април", 4},
      {"юни", 6},
      {"юли", 7},
      {"септември", 9},
      {"октомври", 10},
      {"ноември", 11},
      {"декември", 12},
      {"јануари", 1},
      {"јуни", 6},
      {"јули", 7},
      {"јануар", 1},
      {"фебруар", 2},
      {"мај", 5},
      {"јун", 6},
      {"јул", 7},
      {"септембар", 9},
      {"октобар", 10},
      {"новембар", 11},
      {"децембар", 12},
      {"јануара", 1},
      {"фебруара", 2},
      {"априла", 4},
      {"маја", 5},
      {"јуна", 6},
      {"јула", 7},
      {"септембра", 9},
      {"октобра", 10},
      {"новембра", 11},
      {"децембра", 12},
      // Slovenian (nominative and genitive besides the Slovak and Serbian Latin forms above)
      {"marec", 3},
      {"junij", 6},
      {"julij", 7},
      {"januarja", 1},
      {"februarja", 2},
      {"junija", 6},
      {"julija", 7},
      // Lithuanian (genitive, as dates write them: 2026 m. gruodžio 4 d.)
      {"sausio", 1},
      {"vasario", 2},
      {"kovo", 3},
      {"balandžio", 4},
      {"gegužės", 5},
      {"birželio", 6},
      {"liepos", 7},
      {"rugpjūčio", 8},
      {"rugsėjo", 9},
      {"spalio", 10},
      {"lapkričio", 11},
      {"gruodžio", 12},
      // Lithuanian nominative, as headers print it ("2026 gruodis 4"), and the standard
      // abbreviations ("gruod. 4")
      {"sausis", 1},
      {"vasaris", 2},
      {"kovas", 3},
      {"balandis", 4},
      {"gegužė", 5},
      {"birželis", 6},
      {"liepa", 7},
      {"rugpjūtis", 8},
      {"rugsėjis", 9},
      {"spalis", 10},
      {"lapkritis", 11},
      {"gruodis", 12},
      {"saus", 1},
      {"vas", 2},
      {"kov", 3},
      {"bal", 4},
      {"geg", 5},
      {"birž", 6},
      {"liep", 7},
      {"rugp", 8},
      {"rugs", 9},
      {"spal", 10},
      {"lapkr", 11},
      {"gruod", 12},
      // Latvian (locative, as dates write them: 2026. gada 4. decembrī, and nominative)
      {"janvārī", 1},
      {"februārī", 2},
      {"martā", 3},
      {"aprīlī", 4},
      {"maijā", 5},
      {"jūnijā", 6},
      {"jūlijā", 7},
      {"augustā", 8},
      {"septembrī", 9},
      {"oktobrī", 10},
      {"novembrī", 11},
      {"decembrī", 12},
      {"janvāris", 1},
      {"februāris", 2},
      {"marts", 3},
      {"aprīlis", 4},
      {"maijs", 5},
      {"jūnijs", 6},
      {"jūlijs", 7},
      {"augusts", 8},
      {"septembris", 9},
      {"oktobris", 10},
      {"novembris", 11},
      {"decembris", 12},
      // Estonian (mai, august, september, november as above)
      {"jaanuar", 1},
      {"veebruar", 2},
      {"märts", 3},
      {"aprill", 4},
      {"juuni", 6},
      {"juuli", 7},
      {"oktoober", 10},
      {"detsember", 12},
      // Armenian (genitive, as dates write them: 4 դեկտեմբերի 2026, and nominative)
      {"հունվարի", 1},
      {"փետրվարի", 2},
      {"մարտի", 3},
      {"ապրիլի", 4},
      {"մայիսի", 5},
      {"հունիսի", 6},
      {"հուլիսի", 7},
      {"օգոստոսի", 8},
      {"սեպտեմբերի", 9},
      {"հոկտեմբերի", 10},
      {"նոյեմբերի", 11},
      {"դեկտեմբերի", 12},
      {"հունվար", 1},
      {"փետրվար", 2},
      {"մարտ", 3},
      {"ապրիլ", 4},
      {"մայիս", 5},
      {"հունիս", 6},
      {"հուլիս", 7},
      {"օգոստոս", 8},
      {"սեպտեմբեր", 9},
      {"հոկտեմբեր", 10},
      {"նոյեմբեր", 11},
      {"դեկտեմբեր", 12},
      // Hindi
      {"जनवरी", 1},
      {"फ़रवरी", 2},
      {"फरवरी", 2},
      {"मार्च", 3},
      {"अप्रैल", 4},
      {"मई", 5},
      {"जून", 6},
      {"जुलाई", 7},
      {"अगस्त", 8},
      {"सितंबर", 9},
      {"अक्टूबर", 10},
      {"नवंबर", 11},
      {"दिसंबर", 12},
      // Indian languages besides Hindi (Marathi shares Hindi's मार्च and जून)
      {"জানুয়ারি", 1},
      {"জানুয়ারী", 1},
      {"ফেব্রুয়ারি", 2},
      {"ফেব্রুয়ারী", 2},
      {"মার্চ", 3},
      {"এপ্রিল", 4},
      {"মে", 5},
      {"জুন", 6},
      {"জুলাই", 7},
      {"আগস্ট", 8},
      {"আগষ্ট", 8},
      {"সেপ্টেম্বর", 9},
      {"অক্টোবর", 10},
      {"নভেম্বর", 11},
      {"ডিসেম্বর", 12},
      {"जानेवारी", 1},
      {"फेब्रुवारी", 2},
      {"एप्रिल", 4},
      {"मे", 5},
      {"जुलै", 7},
      {"ऑगस्ट", 8},
      {"सप्टेंबर", 9},
      {"ऑक्टोबर", 10},
      {"नोव्हेंबर", 11},
      {"डिसेंबर", 12},
      {"જાન્યુઆરી", 1},
      {"ફેબ્રુઆરી", 2},
      {"માર્ચ", 3},
      {"એપ્રિલ", 4},
      {"મે", 5},
      {"જૂન", 6},
      {"જુલાઈ", 7},
      {"ઓગસ્ટ", 8},
      {"ઑગસ્ટ", 8},
      {"સપ્ટેમ્બર", 9},
      {"ઓક્ટોબર", 10},
      {"ઑક્ટોબર", 10},
      {"નવેમ્બર", 11},
      {"ડિસેમ્બર", 12},
      {"ਜਨਵਰੀ", 1},
      {"ਫ਼ਰਵਰੀ", 2},
      {"ਫਰਵਰੀ", 2},
      {"ਮਾਰਚ", 3},
      {"ਅਪ੍ਰੈਲ", 4},
      {"ਅਪਰੈਲ", 4},
      {"ਮਈ", 5},
      {"ਜੂਨ", 6},
      {"ਜੁਲਾਈ", 7},
      {"ਅਗਸਤ", 8},
      {"ਸਤੰਬਰ", 9},
      {"ਅਕਤੂਬਰ", 10},
      {"ਨਵੰਬਰ", 11},
      {"ਦਸੰਬਰ", 12},
      {"ஜனவரி", 1},
      {"பிப்ரவரி", 2},
      {"மார்ச்", 3},
      {"ஏப்ரல்", 4},
      {"மே", 5},
      {"ஜூன்", 6},
      {"ஜூலை", 7},
      {"ஆகஸ்ட்", 8},
      {"ஆகஸ்டு", 8},
      {"செப்டம்பர்", 9},
      {"அக்டோபர்", 10},
      {"நவம்பர்", 11},
      {"டிசம்பர்", 12},
      {"జనవరి", 1},
      {"ఫిబ్రవరి", 2},
      {"మార్చి", 3},
      {"ఏప్రిల్", 4},
      {"మే", 5},
      {"జూన్", 6},
      {"జూలై", 7},
      {"జులై", 7},
      {"ఆగస్టు", 8},
      {"ఆగస్ట్", 8},
      {"సెప్టెంబర్", 9},
      {"సెప్టెంబరు", 9},
      {"అక్టోబర్", 10},
      {"అక్టోబరు", 10},
      {"నవంబర్", 11},
      {"నవంబరు", 11},
      {"డిసెంబర్", 12},
      {"డిసెంబరు", 12},
      {"ಜನವರಿ", 1},
      {"ಫೆಬ್ರವರಿ", 2},
      {"ಮಾರ್ಚ್", 3},
      {"ಏಪ್ರಿಲ್", 4},
      {"ಮೇ", 5},
      {"ಜೂನ್", 6},
      {"ಜುಲೈ", 7},
      {"ಆಗಸ್ಟ್", 8},
      {"ಸೆಪ್ಟೆಂಬರ್", 9},
      {"ಅಕ್ಟೋಬರ್", 10},
      {"ನವೆಂಬರ್", 11},
      {"ಡಿಸೆಂಬರ್", 12},
      {"ജനുവരി", 1},
      {"ഫെബ്രുവരി", 2},
      {"മാർച്ച്", 3},
      {"ഏപ്രിൽ", 4},
      {"മേയ്", 5},
      {"ജൂൺ", 6},
      {"ജൂലൈ", 7},
      {"ഓഗസ്റ്റ്", 8},
      {"ആഗസ്റ്റ്", 8},
      {"സെപ്റ്റംബർ", 9},
      {"ഒക്ടോബർ", 10},
      {"നവംബർ", 11},
      {"ഡിസംബർ", 12},
      // Urdu
      {"جنوری", 1},
      {"فروری", 2},
      {"مارچ", 3},
      {"اپریل", 4},
      {"مئی", 5},
      {"جون", 6},
      {"جولائی", 7},
      {"اگست", 8},
      {"ستمبر", 9},
      {"اکتوبر", 10},
      {"نومبر", 11},
      {"دسمبر", 12},
      // Dari and Pashto spellings the Urdu ones leave (their Arabic yeh reads as Persian yeh:
      // فبروري is فبروری); May ("می", "مۍ") is left, "می" opens Persian verbs
      {"فبروری", 2},
      {"اپرېل", 4},
      {"جولای", 7},
      {"اګست", 8},
      {"سپتمبر", 9},
      // Galician (marzo, abril, agosto, novembro as in Spanish and Portuguese)
      {"xaneiro", 1},
      {"febreiro", 2},
      {"maio", 5},
      {"xuño", 6},
      {"xullo", 7},
      {"setembro", 9},
      {"outubro", 10},
      {"decembro", 12},
      // Basque (nominative, and the genitive a date writes: 2026ko abenduaren 4a)
      {"urtarrila", 1},
      {"urtarrilaren", 1},
      {"otsaila", 2},
      {"otsailaren", 2},
      {"martxoa", 3},
      {"martxoaren", 3},
      {"apirila", 4},
      {"apirilaren", 4},
      {"maiatza", 5},
      {"maiatzaren", 5},
      {"ekaina", 6},
      {"ekainaren", 6},
      {"uztaila", 7},
      {"uztailaren", 7},
      {"abuztua", 8},
      {"abuztuaren", 8},
      {"iraila", 9},
      {"irailaren", 9},
      {"urria", 10},
      {"urriaren", 10},
      {"azaroa", 11},
      {"azaroaren", 11},
      {"abendua", 12},
      {"abenduaren", 12},
      // Albanian (mars, maj as above)
      {"janar", 1},
      {"shkurt", 2},
      {"prill", 4},
      {"qershor", 6},
      {"korrik", 7},
      {"gusht", 8},
      {"shtator", 9},
      {"tetor", 10},
      {"nëntor", 11},
      {"dhjetor", 12},
      // Azerbaijani and Uzbek (Latin; may, mart, avgust as above)
      {"yanvar", 1},
      {"fevral", 2},
      {"aprel", 4},
      {"iyun", 6},
      {"iyul", 7},
      {"avqust", 8},
      {"sentyabr", 9},
      {"oktyabr", 10},
      {"noyabr", 11},
      {"dekabr", 12},
      // Kazakh
      {"қаңтар", 1},
      {"ақпан", 2},
      {"наурыз", 3},
      {"сәуір", 4},
      {"мамыр", 5},
      {"маусым", 6},
      {"шілде", 7},
      {"тамыз", 8},
      {"қыркүйек", 9},
      {"қазан", 10},
      {"қараша", 11},
      {"желтоқсан", 12},
      // Nepali (मार्च, मे as in Hindi and Marathi)
      {"जनवरी", 1},
      {"फेब्रुअरी", 2},
      {"अप्रिल", 4},
      {"जुन", 6},
      {"जुलाई", 7},
      {"अगस्ट", 8},
      {"सेप्टेम्बर", 9},
      {"अक्टोबर", 10},
      {"नोभेम्बर", 11},
      {"डिसेम्बर", 12},
      // Khmer, alone and after ខែ (month), which writing glues to the name (ខែធ្នូ)
      {"មករា", 1},
      {"ខែមករា", 1},
      {"កុម្ភៈ", 2},
      {"ខែកុម្ភៈ", 2},
      {"មីនា", 3},
      {"ខែមីនា", 3},
      {"មេសា", 4},
      {"ខែមេសា", 4},
      {"ឧសភា", 5},
      {"ខែឧសភា", 5},
      {"មិថុនា", 6},
      {"ខែមិថុនា", 6},
      {"កក្កដា", 7},
      {"ខែកក្កដា", 7},
      {"សីហា", 8},
      {"ខែសីហា", 8},
      {"កញ្ញា", 9},
      {"ខែកញ្ញា", 9},
      {"តុលា", 10},
      {"ខែតុលា", 10},
      {"វិច្ឆិកា", 11},
      {"ខែវិច្ឆិកា", 11},
      {"ធ្នូ", 12},
      {"ខែធ្នូ", 12},
      // Burmese
      {"ဇန်နဝါရီ", 1},
      {"ဖေဖော်ဝါရီ", 2},
      {"မတ်", 3},
      {"ဧပြီ", 4},
      {"မေ", 5},
      {"ဇွန်", 6},
      {"ဇူလိုင်", 7},
      {"ဩဂုတ်", 8},
      {"ဪဂုတ်", 8},
      {"စက်တင်ဘာ", 9},
      {"အောက်တိုဘာ", 10},
      {"နိုဝင်ဘာ", 11},
      {"ဒီဇင်ဘာ", 12},
      // Amharic (the Gregorian months spelled in Ethiopic letters, "ዲሴምበር 4 ቀን 2026")
      {"ጃንዋሪ", 1},
      {"ጃኑዋሪ", 1},
      {"ጃንዩወሪ", 1},
      {"ፌብሩዋሪ", 2},
      {"ፌብሩወሪ", 2},
      {"ማርች", 3},
      {"ኤፕሪል", 4},
      {"ሜይ", 5},
      {"ጁን", 6},
      {"ጁላይ", 7},
      {"ኦገስት", 8},
      {"ኦጋስት", 8},
      {"ሴፕቴምበር", 9},
      {"ሰፕቴምበር", 9},
      {"ኦክቶበር", 10},
      {"ኖቬምበር", 11},
      {"ኖቨምበር", 11},
      {"ዲሴምበር", 12},
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

// Croatian month names (nominative and genitive), read only on pages declared Croatian:
// its "listopad" is October and "studeni" November, where Polish and Czech "listopad" is
// November (GregorianMonths reads it so).
const Lexicon& CroatianMonths() {
  static const Lexicon* lex = new Lexicon({
      {"siječanj", 1}, {"siječnja", 1},   {"veljača", 2},   {"veljače", 2},   {"ožujak", 3},
      {"ožujka", 3},   {"travanj", 4},    {"travnja", 4},   {"svibanj", 5},   {"svibnja", 5},
      {"lipanj", 6},   {"lipnja", 6},     {"srpanj", 7},    {"srpnja", 7},    {"kolovoz", 8},
      {"kolovoza", 8}, {"rujan", 9},      {"rujna", 9},     {"listopad", 10}, {"listopada", 10},
      {"studeni", 11}, {"studenoga", 11}, {"studenog", 11}, {"prosinac", 12}, {"prosinca", 12},
  });
  return *lex;
}

// Croatian month abbreviations ("4. lis. 2026." is 4 October; Polish "lis" is November,
// and "svi" is "all", "pro" "for"): read only on pages declared Croatian, in a whole date.
const Lexicon& CroatianAbbreviations() {
  static const Lexicon* lex = new Lexicon({
      {"sij", 1},
      {"velj", 2},
      {"ožu", 3},
      {"tra", 4},
      {"svi", 5},
      {"lip", 6},
      {"srp", 7},
      {"kol", 8},
      {"ruj", 9},
      {"lis", 10},
      {"stu", 11},
      {"pro", 12},
  });
  return *lex;
}

// Thai month names, full and abbreviated (ก.พ. = February). Thai pages count years in
// the Buddhist Era (2569 = 2026, Spec::buddhist_era).
const Lexicon& ThaiMonths() {
  static const Lexicon* lex = new Lexicon({
      {"มกราคม", 1},  {"ม.ค.", 1},  {"กุมภาพันธ์", 2},   {"ก.พ.", 2},  {"มีนาคม", 3},   {"มี.ค.", 3},
      {"เมษายน", 4},  {"เม.ย.", 4}, {"พฤษภาคม", 5},   {"พ.ค.", 5},  {"มิถุนายน", 6},  {"มิ.ย.", 6},
      {"กรกฎาคม", 7}, {"ก.ค.", 7},  {"สิงหาคม", 8},    {"ส.ค.", 8},  {"กันยายน", 9},  {"ก.ย.", 9},
      {"ตุลาคม", 10},  {"ต.ค.", 10}, {"พฤศจิกายน", 11}, {"พ.ย.", 11}, {"ธันวาคม", 12}, {"ธ.ค.", 12},
  });
  return *lex;
}

// The Hijri months, also with the epithets Arabic and Urdu pages give them ("25 شعبان
// المعظم 1447ھ", "رمضان المبارك").
const Lexicon& HijriMonths() {
  static const Lexicon* lex = new Lexicon({
      {"محرم", 1},          {"المحرم", 1},        {"صفر", 2},          {"ربيع الأول", 3},
      {"ربيع أول", 3},      {"ربيع الآخر", 4},    {"ربيع الثاني", 4},  {"ربيع ثاني", 4},
      {"ربيع آخر", 4},      {"جمادى الأولى", 5},  {"جمادى الأول", 5},  {"جمادى أولى", 5},
      {"جمادى الآخرة", 6},  {"جمادى الثانية", 6}, {"جمادى الآخر", 6},  {"جمادى الثاني", 6},
      {"رجب", 7},           {"شعبان", 8},         {"رمضان", 9},        {"شوال", 10},
      {"ذو القعدة", 11},    {"ذي القعدة", 11},    {"ذو الحجة", 12},    {"ذي الحجة", 12},
      {"محرم الحرام", 1},   {"صفر المظفر", 2},    {"رجب المرجب", 7},   {"شعبان المعظم", 8},
      {"رمضان المبارك", 9}, {"رمضان الكريم", 9},  {"شوال المكرم", 10},
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

// The Solar Hijri months by their Afghan names: Dari (zodiac names, as in Arabic) and
// Pashto, with the oblique of its two feminine names (سلواغې, تلې: "د سلواغې ۲۵مه"; the
// others' oblique is spelled as read, ي folded to ی). Most are common words too (میزان "amount",
// سرطان "cancer", جدی "serious", تله "trap"), so `MatchPersian` takes them only for a whole date,
// day, month and year.
const Lexicon& AfghanSolarMonths() {
  static const Lexicon* lex = new Lexicon({
      {"حمل", 1},     {"ثور", 2},   {"جوزا", 3},    {"جوزاء", 3}, {"سرطان", 4},   {"اسد", 5},
      {"سنبله", 6},   {"سنبلة", 6}, {"میزان", 7},   {"عقرب", 8},  {"قوس", 9},     {"جدی", 10},
      {"دلو", 11},    {"حوت", 12},  {"وری", 1},     {"غویی", 2},  {"غبرګولی", 3}, {"چنګاښ", 4},
      {"زمری", 5},    {"وږی", 6},   {"تله", 7},     {"لړم", 8},   {"لیندۍ", 9},   {"مرغومی", 10},
      {"سلواغه", 11}, {"کب", 12},   {"سلواغې", 11}, {"تلې", 7},
  });
  return *lex;
}

// The Ethiopian calendar's months in Amharic and Tigrinya (Tigrinya ጥቅምቲ, ጥሪ, ለካቲት, ሰነ,
// ሓምለ, ነሓሰ); the tokenizer reads the letters of one sound alike, so ኅዳር, ህዳር and ሕዳር,
// ታኅሣሥ and ታሕሳስ, ሐምሌ and ሃምሌ are one entry each. 13 is Pagume, the five or six days
// closing the year.
constexpr std::pair<const char*, int> kEthiopianMonthNames[] = {
    {"መስከረም", 1}, {"ጥቅምት", 2}, {"ጥቅምቲ", 2}, {"ኅዳር", 3},  {"ታኅሣሥ", 4}, {"ጥር", 5},   {"ጥሪ", 5},
    {"የካቲት", 6},  {"ለካቲት", 6}, {"መጋቢት", 7}, {"ሚያዝያ", 8}, {"ሚያዚያ", 8}, {"ግንቦት", 9}, {"ሰኔ", 10},
    {"ሰነ", 10},   {"ሐምሌ", 11}, {"ሓምለ", 11}, {"ነሐሴ", 12}, {"ነሓሰ", 12}, {"ጳጉሜ", 13}, {"ጳጉሜን", 13},
};

const Lexicon& EthiopianMonths() {
  static const Lexicon* lex = new Lexicon(kEthiopianMonthNames, [](int m) { return m; });
  return *lex;
}

// Eritrea names the Gregorian months so (መስከረም September .. ታሕሳስ December, ጥሪ January ..
// ነሓሰ August; 24 ግንቦት, Independence Day, is 24 May); Pagume has no Gregorian month.
const Lexicon& EritreanMonths() {
  static const Lexicon* lex =
      new Lexicon(kEthiopianMonthNames, [](int m) { return m == 13 ? 0 : (m + 7) % 12 + 1; });
  return *lex;
}

// Gregorian month abbreviations that are common words in some language (pt/it/ca/es/fil
// "set", pt "out", pl "sie" (się), "lis", tr "ara", "kas", ro "noi", ta "ஆக", sr "avg"
// as English writes "average"):
// `MatchMonthName` reads them only inside a whole date, a day before the month and a
// four-digit year after it ("4 out 2026", "04 set. 2026", "4 de out. de 2026", "4 Ara 2026";
// month first only with the comma before the year: Filipino "Dis 4, 2026"), never alone
// and never as a month-precision date. Polish, Turkish, Romanian, Filipino, Tamil and
// Ukrainian abbreviations the full lexicon lacks are all here, common words or not.
const Lexicon& WholeDateMonths() {
  static const Lexicon* lex = new Lexicon({
      // Portuguese, Italian, Catalan, Spanish (setiembre), Filipino
      {"set", 9},
      {"out", 10},
      {"ag", 8},
      // Polish (maj, mar as above)
      {"sty", 1},
      {"lut", 2},
      {"kwi", 4},
      {"cze", 6},
      {"lip", 7},
      {"sie", 8},
      {"wrz", 9},
      {"paź", 10},
      {"lis", 11},
      {"gru", 12},
      // Turkish (mar, may, ağu as above)
      {"oca", 1},
      {"şub", 2},
      {"nis", 4},
      {"haz", 6},
      {"tem", 7},
      {"eyl", 9},
      {"eki", 10},
      {"kas", 11},
      {"ara", 12},
      // Romanian
      {"ian", 1},
      {"iun", 6},
      {"iul", 7},
      {"noi", 11},
      // Malay and Filipino
      {"dis", 12},
      {"peb", 2},
      {"hun", 6},
      {"hul", 7},
      {"nob", 11},
      // Serbian, Bosnian, Slovenian (Latin)
      {"avg", 8},
      // Ukrainian
      {"січ", 1},
      {"лют", 2},
      {"бер", 3},
      {"квіт", 4},
      {"трав", 5},
      {"черв", 6},
      {"лип", 7},
      {"серп", 8},
      {"вер", 9},
      {"жовт", 10},
      {"лист", 11},
      {"груд", 12},
      // Tamil, written with a dot ("4 டிச. 2026"; மே, ஜூன், ஜூலை are whole names)
      {"ஜன", 1},
      {"பிப்", 2},
      {"மார்", 3},
      {"ஏப்", 4},
      {"ஆக", 8},
      {"செப்", 9},
      {"அக்", 10},
      {"நவ", 11},
      {"டிச", 12},
  });
  return *lex;
}

bool IsDay(const Token& t) { return t.IsNumber() && t.digits <= 2; }
// A suffix glued to the day: 11th, 1er, French 4e, 1º, Italian 1°, Greek 4η, Yiddish 11טן
// and 22סטן, Sorani Kurdish ٥ی, Pashto ۲۵مه.
bool IsOrdinalSuffix(const Token& t) {
  return !t.space_before &&
         (t.IsWord("st") || t.IsWord("nd") || t.IsWord("rd") || t.IsWord("th") || t.IsWord("er") ||
          t.IsWord("e") || t.IsWord("º") || t.IsWord("o") || t.IsPunct('.') || t.text == "°" ||
          t.IsWord("η") || t.IsWord("טן") || t.IsWord("סטן") || t.IsWord("ی") || t.IsWord("مه"));
}
// Whether the month's name at tokens i..last is glued to a day and reads as its ordinal
// suffix, which it is then: Pashto "۲۵مه" is the 25th, not 25 May (Persian مه).
bool IsDaysOrdinalSuffix(const Tokens& t, size_t i, size_t last) {
  return last == i && i > 0 && IsDay(t[i - 1]) && IsOrdinalSuffix(t[i]);
}
// A case or ordinal ending joined to the day by a hyphen or a colon, at token k: Russian,
// Ukrainian "4-го", "4-е", Bulgarian "4-ти", "1-ви", "2-ри", "7-ми", Armenian "4-ին",
// "4-ը", Hungarian "4-én", "1-jén", "4-i", "4-ei", Swedish "4:e", "1:a".
bool IsJoinedDayEnding(const Tokens& t, size_t k) {
  static constexpr std::string_view kEndings[] = {"го", "е",  "ти",  "ви", "ри",  "ми",
                                                  "ին", "ը",  "en",  "an", "jen", "jan",
                                                  "i",  "ei", "jei", "e",  "a"};
  if (k < 2 || t[k].space_before || t[k - 1].space_before || t[k].kind != Token::Kind::kWord ||
      !(t[k - 1].IsPunct('-') || t[k - 1].IsPunct(':')) || !IsDay(t[k - 2]))
    return false;
  return std::find(std::begin(kEndings), std::end(kEndings), t[k].text) != std::end(kEndings);
}
// Between the day and the month: es/pt "de", en "of", he "ב", ar "من", Filipino "ng"
// ("ika-4 ng Disyembre 2026").
bool IsDayConnector(const Token& t) {
  // Pashto د (of) before the month in the genitive, the day first: "۲۵مه د سلواغې ۱۴۰۴".
  return t.IsWord("de") || t.IsWord("of") || t.IsWord("the") || t.IsPunct('.') || t.IsPunct(',') ||
         t.IsWord("ב") || t.IsPunct('-') || t.IsWord("من") || t.IsWord("ng") || t.IsWord("د");
}
bool IsYearConnector(const Token& t) {
  // Thai พ.ศ. (Buddhist Era) and ค.ศ. (Common Era) come as letters and dots; 14-Feb-2026
  // glues the year with a hyphen; Amharic and Tigrinya write "day" after the day (ኅዳር 25
  // ቀን 2019).
  return t.IsPunct(',') || t.IsPunct('.') || (t.IsPunct('-') && !t.space_before) ||
         t.IsWord("de") || t.IsWord("del") || t.IsWord("סנה") || t.IsWord("سنة") ||
         t.IsWord("سال") || t.IsWord("عام") || t.IsWord("พ") || t.IsWord("ศ") || t.IsWord("ค") ||
         t.IsWord("ឆ្នាំ") || t.text == "၊" || t.IsWord("ቀን");
}

// -, – or — between the two days of a range.
bool IsRangeDash(const Token& t) {
  return t.kind == Token::Kind::kPunct && (t.text == "-" || t.text == "–" || t.text == "—");
}

// The first day of a range of days whose last day is at `day` (12 in 12-14, 12.–14.),
// or t.size() when none.
size_t RangeStart(const Tokens& t, size_t day) {
  if (day < 2 || !IsRangeDash(t[day - 1])) return t.size();
  size_t k = day - 2;
  if (k >= 1 && t[k].IsPunct('.') && !t[k].space_before && IsDay(t[k - 1])) --k;  // 12.–14.
  return IsDay(t[k]) && t[k].value < t[day].value ? k : t.size();
}

}  // namespace

std::optional<size_t> EthiopianEraEnd(const Tokens& t, size_t k) {
  static const std::string* kA = new std::string(LexiconWords("ዓ").front());
  if (k >= t.size()) return std::nullopt;
  if (t[k].IsWord(*kA + "ም")) return k;
  if (k + 2 >= t.size() || !t[k].IsWord(*kA) || !(t[k + 1].IsPunct('.') || t[k + 1].IsPunct('/')) ||
      !t[k + 2].IsWord("ም"))
    return std::nullopt;
  return k + 3 < t.size() && t[k + 3].IsPunct('.') && !t[k + 3].space_before ? k + 3 : k + 2;
}

std::optional<size_t> AmharicGregorianEraEnd(const Tokens& t, size_t k) {
  static const Tokens* kEra = new Tokens(Tokenize("እ.ኤ.አ"));  // words and dots, folded
  if (k + kEra->size() > t.size()) return std::nullopt;
  for (size_t i = 0; i < kEra->size(); ++i) {
    if (t[k + i].text != (*kEra)[i].text) return std::nullopt;
  }
  const size_t end = k + kEra->size() - 1;
  return end + 1 < t.size() && t[end + 1].IsPunct('.') && !t[end + 1].space_before ? end + 1 : end;
}

namespace {

struct Spec {
  const Lexicon* lexicon;
  Calendar calendar;
  int min_year, max_year;        // plausible years written in full
  bool buddhist_era = false;     // years from 2400 (and two-digit years) count from 543 BCE
  bool whole_date_only = false;  // a day before the month and a four-digit year (WholeDateMonths)
};

// The Gregorian year a Buddhist Era year names (2569 -> 2026); two digits are the
// era's 2500s, as Thai papers shorten them (69 -> 2569 -> 2026).
int FromBuddhistEra(int year, bool two_digit) {
  if (two_digit) return 2500 + year - 543;
  return year >= 2400 ? year - 543 : year;
}

Result<int64_t> ToDays(Calendar c, int y, int m, int d) {
  switch (c) {
    case Calendar::kIslamic:
      return HijriToDays(y, m, d);
    case Calendar::kPersian:
      return PersianToDays(y, m, d);
    case Calendar::kEthiopian:
      return EthiopianToDays(y, m, d);
    default:
      return GregorianToDays(y, m, d);
  }
}

// The four-digit year before a word for "year" that ends at `k`: Lithuanian "2026 m.
// gruodžio 4 d." (metai) and Armenian "2026 թ. դեկտեմբերի 4" (before the month), Latvian
// "2026. gada 4. decembrī", Georgian "2026 წლის 4 დეკემბერს" and the Turkic "2026-yil
// 14-fevral" (Uzbek), "2026-жылы" (Kyrgyz), "2026-يىلى" (Uyghur, its yehs folded to
// Persian yeh as tokens are) (before the day); a dot may follow the year and the word, a
// hyphen join them. t.size() when there is none.
size_t YearBeforeYearWord(const Tokens& t, size_t k) {
  size_t j = k;
  if (j > 0 && t[j - 1].IsPunct('.')) --j;
  if (j == 0 || !(t[j - 1].IsWord("m") || t[j - 1].IsWord("gada") || t[j - 1].IsWord("թ") ||
                  t[j - 1].IsWord("წლის") || t[j - 1].IsWord("жылғы") || t[j - 1].IsWord("ခုနှစ်") ||
                  (t[j - 1].IsWord("ko") && !t[j - 1].space_before) ||
                  ((t[j - 1].IsWord("yil") || t[j - 1].IsWord("йил") || t[j - 1].IsWord("жылы") ||
                    t[j - 1].IsWord("ییلی")) &&
                   j >= 2 && t[j - 2].IsPunct('-') && !t[j - 1].space_before)))
    return t.size();
  --j;
  if (j > 0 && (t[j - 1].IsPunct('.') || t[j - 1].IsPunct('-')) && !t[j - 1].space_before) --j;
  return j > 0 && t[j - 1].IsNumber() && t[j - 1].digits == 4 ? j - 1 : t.size();
}

std::optional<Match> MatchNamed(const Tokens& t, const Spec& spec, const DateContext& ctx) {
  const bool gregorian = spec.calendar == Calendar::kGregorian;
  std::optional<Match> first_error;
  for (size_t i = 0; i < t.size(); ++i) {
    size_t month_last = i;
    int month = spec.lexicon->Match(t, i, &month_last);
    if (month < 0) continue;
    if (IsDaysOrdinalSuffix(t, i, month_last)) continue;
    // A second name of the same month: شباط/فبراير, Feb./February.
    size_t after = month_last;
    if (after + 2 < t.size() && t[after + 1].IsPunct('/')) {
      size_t l2 = after + 2;
      if (spec.lexicon->Match(t, after + 2, &l2) == month) after = l2;
    }
    // Day before the month (14 Feb, 14. Februar, 14 de febrero, 14th of February).
    size_t day_index = t.size();
    size_t k = i;
    while (k > 0 && i - k < 3) {
      if (IsJoinedDayEnding(t, k - 1))
        k -= 2;  // 4-го, 4:e
      else if (IsDayConnector(t[k - 1]) || IsOrdinalSuffix(t[k - 1]))
        --k;
      else
        break;
    }
    if (k > 0 && IsDay(t[k - 1])) day_index = k - 1;
    size_t y = after + 1;
    // Year first: 2004-július-13, 2004. július 13. (Hungarian), then a time.
    bool year_first = false;
    size_t date_last = 0;  // the last token of the date proper, year-first
    if (day_index == t.size() && gregorian && i > 0) {
      size_t yk = i - 1;
      if (yk > 0 && (t[yk].IsPunct('-') || t[yk].IsPunct('.') || t[yk].IsPunct(','))) --yk;
      size_t d = after + 1;
      if (d < t.size() && (t[d].IsPunct('-') || t[d].IsPunct('.'))) ++d;
      const size_t year_word = YearBeforeYearWord(t, i);
      if (year_word < t.size()) yk = year_word;
      if (t[yk].IsNumber() && t[yk].digits == 4 && d < t.size() && IsDay(t[d])) {
        year_first = true;
        y = yk;
        day_index = d;
        date_last = d + 1 < t.size() && t[d + 1].IsPunct('.') && !t[d + 1].space_before ? d + 1 : d;
        if (d + 2 < t.size() && IsJoinedDayEnding(t, d + 2)) date_last = d + 2;  // 4-én, 4-ին
        // Lithuanian "4 d." (diena, day) after the day.
        if (year_word < t.size() && date_last + 1 < t.size() && t[date_last + 1].IsWord("d")) {
          ++date_last;
          if (date_last + 1 < t.size() && t[date_last + 1].IsPunct('.') &&
              !t[date_last + 1].space_before)
            ++date_last;
        }
      }
    }
    bool month_first = false;
    size_t range_last = t.size();  // the last day of a range of days, when one is written
    if (day_index == t.size()) {
      // Month first: February 14, 2026 / Feb. 14th 2026.
      size_t d = after + 1;
      if (d < t.size() && t[d].IsPunct('.')) ++d;
      if (d < t.size() && IsDay(t[d])) {
        day_index = d;
        month_first = true;
        y = d + 1;
        if (y < t.size() && IsOrdinalSuffix(t[y]) && !t[y].IsPunct('.'))
          ++y;
        else if (y + 1 < t.size() && IsJoinedDayEnding(t, y + 1))
          y += 2;  // դեկտեմբերի 4-ին

        // A range: March 12-14, 2026 (the first day is the date).
        if (y + 1 < t.size() && IsRangeDash(t[y]) && IsDay(t[y + 1]) &&
            t[y + 1].value > t[d].value) {
          range_last = y + 1;
          y += 2;
        }
      }
    } else if (!year_first) {
      // A range: 12-14 March 2026, 12.–14. März 2026 (the first day is the date).
      if (size_t from = RangeStart(t, day_index); from < t.size()) {
        range_last = day_index;
        day_index = from;
      }
    }
    // Latvian "2026. gada 4. decembrī", Georgian "2026 წლის 4 დეკემბერს": the year and its
    // word before the day.
    if (!year_first && !month_first && gregorian && day_index < t.size() &&
        range_last == t.size()) {
      if (size_t year_word = YearBeforeYearWord(t, day_index); year_word < t.size()) {
        year_first = true;
        y = year_word;
        date_last = after;
      }
    }
    size_t time_from = y;  // asctime: the time comes before the year
    if (!year_first) {
      while (y < t.size() && IsYearConnector(t[y])) ++y;
    }
    bool has_year =
        y < t.size() && t[y].IsNumber() && (t[y].digits == 4 || (!gregorian && t[y].digits == 3));
    // RFC 2822 §4.3 allows two-digit years (obsolete); never when a time follows.
    bool two_digit = gregorian && !year_first && y < t.size() && t[y].IsNumber() &&
                     t[y].digits == 2 && !(y + 1 < t.size() && t[y + 1].IsPunct(':'));
    if (day_index == t.size()) continue;  // "March 2026", "صفر" alone: not a date
    // asctime and its Twitter variant: Sun Jan  4 16:29:06 2004, Sun Jul 15 01:16:00 +0000 2012.
    bool asctime = false;
    if (month_first && gregorian && !has_year && !two_digit) {
      ParsedDate probe;
      SetCivil(probe, DaysFromCivil(2000, 1, 1));
      size_t time_last = 0;
      if (ParseTimeAfter(t, time_from, ctx, probe, &time_last).ok() && probe.has_time &&
          time_last + 1 < t.size() && t[time_last + 1].IsNumber() && t[time_last + 1].digits == 4) {
        asctime = true;
        has_year = true;
        y = time_last + 1;
      }
    }
    // A common word is a month only in a whole date: day, month, four-digit year (month
    // first only with a comma before the year).
    if (spec.whole_date_only && (!has_year || t[y].digits != 4 || asctime || year_first ||
                                 (month_first && !t[y - 1].IsPunct(','))))
      continue;
    Match m;
    m.first = std::min({day_index, i, year_first ? y : i});
    // Pashto names the month in the genitive, after د (of), before the day: "د سلواغې ۲۵مه".
    if (month_first && m.first == i && i > 0 && t[i - 1].IsWord("د")) --m.first;
    m.last = year_first ? date_last : has_year || two_digit ? y : std::max(after, day_index);
    auto fail = [&](Status s) {
      m.result = std::move(s);
      if (!first_error) first_error = m;
    };
    if (!has_year && !two_digit) {
      fail(Status::InvalidArgument("date without a year"));
      continue;
    }
    int year = static_cast<int>(t[y].value);
    if (spec.buddhist_era) {
      year = FromBuddhistEra(year, two_digit);
    } else if (two_digit) {
      year += year < 50 ? 2000 : 1900;
    }
    // A year written with a leading zero (0100) is meant as written.
    bool padded = gregorian && t[y].digits == 4 && t[y].text[0] == '0';
    if (!padded && (year < spec.min_year || year > spec.max_year)) {
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
    if (range_last < t.size()) {
      Result<int64_t> end =
          ToDays(spec.calendar, year, month, static_cast<int>(t[range_last].value));
      if (!end.ok()) {
        fail(end.status());
        continue;
      }
      out.warnings.push_back("a range of days: read its first day, " + t[day_index].text +
                             ", not its last, " + t[range_last].text);
    }
    out.calendar = spec.calendar;
    SetCivil(out, *days);
    // Era markers after the year: هـ, Urdu ھ, ه.ش, AH, CE; Slavic (Polish "2026 r.") and
    // Armenian "year" abbreviations.
    size_t last = m.last;
    static const std::array<std::string_view, 17> kEra = {
        "ه", "ھ", "هجری", "هجري", "هجريه", "ش", "شمسی", "خورشیدی", "ah",
        "م", "ء", "г",    "р",    "r",     "թ", "roku", "ce"};
    if (!year_first && last + 1 < t.size()) {
      for (auto e : kEra) {
        if (t[last + 1].IsWord(e)) {
          ++last;
          if (last + 1 < t.size() && t[last + 1].IsPunct('.') && !t[last + 1].space_before &&
              (t[last].IsWord("г") || t[last].IsWord("р") || t[last].IsWord("r") ||
               t[last].IsWord("թ"))) {
            ++last;  // 2026 г., 2026 р., 2026 թ.
          }
          break;
        }
      }
      if (last + 2 < t.size() && t[last].IsWord("ه") && t[last + 1].IsPunct('.') &&
          t[last + 2].IsWord("ش")) {
        last += 2;
      }
      const std::optional<size_t> era = EthiopianEraEnd(t, last + 1);
      last = era ? *era : AmharicGregorianEraEnd(t, last + 1).value_or(last);
    }
    // The weekday after the date, before its time (Turkish "5 Aralık 2026 Cumartesi 13:45"),
    // is the date's when it is the date's day; another day's name is left to the text.
    if (!asctime) {
      size_t w = last + 1;
      if (w < t.size() && t[w].IsPunct(',')) ++w;
      size_t wd_at = 0;
      const int wd_after = w < t.size() ? WeekdayBefore(t, w + 1, &wd_at) : -1;
      if (wd_after >= 0 && wd_at == w && CheckWeekday(wd_after, *days).ok()) last = w;
    }
    m.last = last;
    // A time of day follows a date of any calendar ("۱۳ آذر ۱۴۰۵ - ۰۹:۳۰").
    size_t time_last = m.last;
    if (Status s = ParseTimeAfter(t, asctime ? time_from : m.last + 1, ctx, out, &time_last);
        !s.ok()) {
      fail(s);
      continue;
    }
    if (!asctime) m.last = time_last;
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

// A month and a year without a day: "November 2025", "marzo de 2026", "2026年3月",
// "listopad 2025", "กุมภาพันธ์ 2569". The lexicons are tried in the order MatchMonthName
// uses; the first month followed by a plausible four-digit year wins.
std::optional<Match> MatchMonthAndYear(const Tokens& t, std::span<const Spec> specs) {
  for (size_t i = 0; i < t.size(); ++i) {
    // 2026年3月, 2026년 3월 (a day after the month is MatchIso's).
    if (i + 3 < t.size() && t[i].IsNumber() && t[i].digits == 4 &&
        (t[i + 1].IsWord("年") || t[i + 1].IsWord("년")) && t[i + 2].IsNumber() &&
        t[i + 2].digits <= 2 && (t[i + 3].IsWord("月") || t[i + 3].IsWord("월"))) {
      return MonthMatch(i, i + 3, static_cast<int>(t[i].value), static_cast<int>(t[i + 2].value));
    }
    for (const Spec& spec : specs) {
      size_t last = i;
      const int month = spec.lexicon->Match(t, i, &last);
      if (month < 0 || IsDaysOrdinalSuffix(t, i, last)) continue;
      size_t y = last + 1;
      while (y < t.size() && IsYearConnector(t[y])) ++y;
      if (y >= t.size() || !t[y].IsNumber() || t[y].digits != 4) break;
      int year = static_cast<int>(t[y].value);
      if (spec.buddhist_era) year = FromBuddhistEra(year, false);
      if (year < spec.min_year || year > spec.max_year) break;
      return MonthMatch(i, y, year, month);
    }
  }
  return std::nullopt;
}

// The Gregorian month lexicons in the order they are tried: Croatian first on Croatian
// pages (its listopad is October), then the thirty-odd languages, then Thai.
std::span<const Spec> GregorianSpecs(const DateContext& ctx) {
  static const Spec kSpecs[] = {
      {&CroatianMonths(), Calendar::kGregorian, 1000, 2999},
      {&GregorianMonths(), Calendar::kGregorian, 1000, 2999},
      {&ThaiMonths(), Calendar::kGregorian, 1000, 2999, /*buddhist_era=*/true},
  };
  const std::span<const Spec> all(kSpecs);
  return PrimaryLanguage(ctx.language_hint) == "hr" ? all : all.subspan(1);
}

}  // namespace

std::span<const JapaneseEra> JapaneseEras() {
  // Japan adopted the Gregorian calendar on Meiji 6 (1873) January 1: earlier Meiji dates
  // are lunisolar and are not read.
  static constexpr JapaneseEra kEras[] = {
      {"令和", 'r', 2019, 2019, 5, 1, 0, 0, 0},      {"平成", 'h', 1989, 1989, 1, 8, 2019, 4, 30},
      {"昭和", 's', 1926, 1926, 12, 25, 1989, 1, 7}, {"大正", 't', 1912, 1912, 7, 30, 1926, 12, 25},
      {"明治", 'm', 1868, 1873, 1, 1, 1912, 7, 30},
  };
  return kEras;
}

std::optional<Match> MatchMonthName(const Tokens& t, const DateContext& ctx) {
  std::optional<Match> first;
  for (const Spec& spec : GregorianSpecs(ctx)) {
    std::optional<Match> m = MatchNamed(t, spec, ctx);
    if (m && m->result.ok()) return m;
    if (m && !first) first = std::move(m);
  }
  // Abbreviations that are common words: a whole date or nothing, never an error; the
  // Croatian ones first on Croatian pages.
  static const Spec kCroatianWholeDate = {
      &CroatianAbbreviations(), Calendar::kGregorian, 1000, 2999,
      /*buddhist_era=*/false,
      /*whole_date_only=*/true};
  static const Spec kWholeDate = {&WholeDateMonths(),     Calendar::kGregorian,    1000, 2999,
                                  /*buddhist_era=*/false, /*whole_date_only=*/true};
  for (const Spec* spec : {&kCroatianWholeDate, &kWholeDate}) {
    if (spec == &kCroatianWholeDate && PrimaryLanguage(ctx.language_hint) != "hr") continue;
    std::optional<Match> whole = MatchNamed(t, *spec, ctx);
    if (whole && whole->result.ok()) return whole;
  }
  return first;
}

std::optional<Match> MatchMonthYear(const Tokens& t, const DateContext& ctx) {
  return MatchMonthAndYear(t, GregorianSpecs(ctx));
}

std::optional<Match> MatchHijri(const Tokens& t) {
  return MatchNamed(t, {&HijriMonths(), Calendar::kIslamic, 1300, 1600}, DateContext{});
}

std::optional<Match> MatchEthiopian(const Tokens& t, const DateContext& ctx) {
  std::optional<Match> m =
      MatchNamed(t, {&EthiopianMonths(), Calendar::kEthiopian, 1800, 2200}, DateContext{});
  if (!m) return m;
  std::string language, country;
  HintParts(ctx, &language, &country);
  // An Eritrean site's month names are Gregorian unless the Ethiopian era follows the year;
  // on any site they are when the Gregorian era "እ.ኤ.አ." follows it.
  bool ethiopian_era = false, gregorian_era = false;
  for (size_t k = m->first; m->result.ok() && k <= m->last; ++k) {
    ethiopian_era = ethiopian_era || EthiopianEraEnd(t, k);
    gregorian_era = gregorian_era || AmharicGregorianEraEnd(t, k);
  }
  if (ethiopian_era || (country != "ER" && !gregorian_era)) return m;
  return MatchNamed(t, {&EritreanMonths(), Calendar::kGregorian, 1000, 2999}, ctx);
}

std::optional<Match> MatchPersian(const Tokens& t) {
  std::optional<Match> m =
      MatchNamed(t, {&PersianMonths(), Calendar::kPersian, 1200, 1600}, DateContext{});
  if (m && m->result.ok()) return m;
  std::optional<Match> afghan =
      MatchNamed(t, {&AfghanSolarMonths(), Calendar::kPersian, 1200, 1600}, DateContext{});
  return afghan && afghan->result.ok() ? afghan : m;
}

}  // namespace newsdesk::dates_internal
