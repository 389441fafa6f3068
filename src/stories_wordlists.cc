// Data of the stories stage; see stories_wordlists.h.
#include "stories_wordlists.h"

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "hash.h"
#include "newsdesk/normalize.h"

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

bool IsDateCounter(std::string_view key) {
  static const std::unordered_set<std::string_view> kCounters = {
      "月", "日",   // Chinese, Japanese: month, day
      "월", "일"};  // Korean: month, day
  return kCounters.count(key) > 0;
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

bool IsTitleWord(std::string_view key) {
  // Words as written; compared on their match keys (so "Première" is "premiere", "رئيس"
  // is what MatchKey makes of it). kWords match whole words, kStems every word that starts
  // with them (the inflected forms of case languages: "президента", "პრემიერმა").
  struct Lists {
    std::unordered_set<std::string> words;
    std::vector<std::string> stems;
  };
  static const Lists kLists = [] {
    static constexpr std::string_view kWords[] = {
        // en, fr, de, es, pt, it, ro (more in kStems)
        "prime", "chancellor", "secretary", "governor", "mayor", "king", "queen", "pope", "general",
        "senator", "ceo", "prince", "princess", "emperor", "chairman", "vice", "chancelier",
        "chancelière", "secrétaire", "gouverneur", "maire", "roi", "reine", "pape", "général",
        "sénateur", "princesse", "empereur", "könig", "königin", "papst", "bürgermeister",
        "bürgermeisterin", "primer", "primera", "primeiro", "primeira", "canciller", "chanceler",
        "cancelliere", "secretario", "secretaria", "segretario", "gobernador", "gobernadora",
        "governador", "governatore", "alcalde", "alcaldesa", "prefeito", "sindaco", "rey", "reina",
        "rei", "rainha", "regina", "papa", "senador", "senadora", "senatore", "príncipe",
        "princesa", "președinte", "prim", "cancelar", "rege",
        // nl, no, da, sv, af
        "kanselier", "burgemeester", "koning", "koningin", "paus", "statsminister", "kansler",
        "konge", "dronning", "kung", "drottning", "pave", "påve",
        // pl, cs, sk, sh, sl
        "kanclerz", "król", "królowa", "papież", "burmistrz", "gubernator", "kancléř", "král",
        "královna", "papež", "predsjednik", "predsednik", "premijer", "ministar", "kralj",
        "kraljica",
        // id, ms, uz, tr, fi, et, hu
        "presiden", "perdana", "menteri", "kanselir", "gubernur", "raja", "ratu", "jenderal",
        "sekretaris", "setiausaha", "gabenor", "bosh", "qirol", "kral", "kraliçe", "vali", "paavi",
        "kuningas", "kuningatar", "peaminister", "elnök", "miniszterelnök", "miniszter", "király",
        // ru, uk, be, kk (whole words: short, or stems of other words)
        "мэр", "мэра", "мэру", "мэром", "мэре", "мер", "мера", "меру", "король", "короля", "королю",
        "королём", "королева", "королевы", "королеве", "королеву", "папа", "папы", "кароль",
        "каралева",
        // ka
        "მეფე", "მეფემ", "მეფის",
        // zh, ja, ko (one dictionary word each)
        "总统", "總統", "总理", "總理", "首相", "主席", "部长", "部長", "国王", "國王", "女王",
        "教宗", "教皇", "市长", "市長", "州长", "州長", "外长", "外長", "大統領", "大臣", "知事",
        "대통령", "총리", "장관", "국왕", "여왕", "교황", "주지사", "시장",
        // th
        "นายกรัฐมนตรี", "นายก", "รัฐมนตรี", "ประธานาธิบดี", "ประธาน", "กษัตริย์",
        // ar, fa, ckb, ur, he
        "رئيس", "رئيسة", "وزير", "وزيرة", "وزراء", "ملكة", "رئیس", "وزیر", "رئیس‌جمهور",
        "نخست‌وزیر", "سەرۆک", "سەرۆکی", "وەزیر", "وەزیران", "سەرۆکوەزیران", "وزیراعظم",
        "נשיא", "נשיאה",
        // si
        "ජනාධිපති", "අගමැති", "ඇමති"};
    static constexpr std::string_view kStems[] = {
        // "president", "premier", "minister" and their forms in many languages: fr
        // "présidente", "première", "ministre"; de "Präsidentin", "Bundeskanzlerin",
        // "Ministerpräsident"; pl, cs, sk, sh, lt, lv, tr, uz, fi, el with their cases
        "president", "präsident", "kanzler", "bundeskanzler", "bundespräsident",
        "ministerpräsident", "außenminister", "premier", "premiér", "minister", "ministr",
        "prezydent", "prezident", "premjer", "cumhurbaşkan", "başbakan", "bakan", "başkan", "vazir",
        "pääminister", "liittokansler", "πρόεδρ", "πρωθυπουργ", "υπουργ",
        // ru, uk, be, kk
        "президент", "премьер", "министр", "канцлер", "губернатор", "генерал", "сенатор", "прем'єр",
        "прем’єр", "міністр", "прэзідэнт", "прэм'ер", "прэм’ер",
        // ka (also in Mingrelian), without case in running text
        "პრეზიდენტ", "პრემიერ", "მინისტრ", "კანცლერ", "დედოფალ", "გენერალ",
        // hi, ne, ta
        "प्रधानमंत्री", "प्रधानमन्त्री", "राष्ट्रपति", "मंत्री", "मन्त्री", "பிரதமர", "ஜனாதிபதி", "அதிபர",
        "அமைச்சர", "ஆளுநர"};
    Lists lists;
    for (std::string_view w : kWords) lists.words.insert(MatchKey(w));
    for (std::string_view w : kStems) lists.stems.push_back(MatchKey(w));
    return lists;
  }();
  auto is_title = [](std::string_view part) {
    return !part.empty() &&
           (kLists.words.count(std::string(part)) > 0 ||
            std::any_of(kLists.stems.begin(), kLists.stems.end(),
                        [&](const std::string& stem) { return part.starts_with(stem); }));
  };
  // "prime-minister", "премьер-министр": every part of a hyphenated word is one.
  for (size_t start = 0;;) {
    const size_t end = key.find('-', start);
    if (!is_title(key.substr(start, end - start))) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

bool CaseUnusedInText(UChar32 c) {
  static constexpr UScriptCode kScripts[] = {USCRIPT_GEORGIAN};
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) &&
         std::find(std::begin(kScripts), std::end(kScripts), script) != std::end(kScripts);
}

bool IsTransliterationHan(UChar32 c) {
  // Characters of the Chinese transcription tables for foreign names (Xinhua's syllable
  // tables), simplified and traditional forms.
  static const std::unordered_set<UChar32> kChars = [] {
    static constexpr std::string_view kList =
        "阿埃艾爱愛安昂奥奧巴拜夫班邦鲍鮑贝貝本比彼毕畢宾賓波伯博布查达達戴黛丹道德登迪蒂丁东東"
        "杜敦多厄恩尔爾法凡范菲斐费費芬丰豐冯馮佛弗福富盖蓋甘冈岡戈格根贡貢古瓜圭哈海汉漢豪赫亨"
        "洪胡华華怀懷霍基吉加贾賈杰傑捷金卡凯凱坎康考柯科克肯孔库庫夸誇奎昆拉莱萊赖賴兰蘭朗劳勞"
        "勒雷蕾黎里裡利莉丽麗列林琳隆卢盧鲁魯路伦倫罗羅洛马馬玛瑪迈邁麦麥曼芒梅门門蒙米密明莫默"
        "姆穆纳納娜奈南瑙内內尼妮宁寧纽紐努诺諾欧歐帕派潘庞龐佩彭皮珀普齐齊奇契恰乔喬钦欽琼瓊丘"
        "让讓瑞若萨薩塞赛賽桑瑟森沙莎尚绍紹舍什施史舒斯苏蘇索塔泰坦汤湯唐陶特提廷图圖托瓦万萬旺"
        "威韦韋维維温溫沃乌烏伍西希锡錫夏谢謝辛休修雅亚亞扬揚耶叶葉伊因尤于约約泽澤扎詹赞贊兹茲"
        "佐";
    std::unordered_set<UChar32> chars;
    for (int32_t i = 0; i < static_cast<int32_t>(kList.size());) {
      UChar32 c = 0;
      U8_NEXT(kList.data(), i, static_cast<int32_t>(kList.size()), c);
      chars.insert(c);
    }
    return chars;
  }();
  return kChars.count(c) > 0;
}

namespace {

// The words a scale stem's language family derives from it by a suffix: "billionaire"
// words ("миллиардер", "milliardaire", "Milliardär", "millonario", "milyoner"), which
// are no scale words (ScalePower).
enum class ScaleFamily {
  kNone,     // a whole word, not a stem
  kLatin,    // "-er" is a plural ("milliarder", "miljarder")
  kLatinEr,  // "-er", "-der" derive too ("miliarder", "milyoner", "milyarder")
  kCyrillic,
  kGreek,
  kArabic,  // Arabic, Persian
  kHebrew,
  kArmenian,
  kGeorgian,
};

// The suffixes that derive another word from a stem of `family`, as written: a word that
// continues its stem with one is no scale word.
const std::vector<std::string_view>& Derivations(ScaleFamily family) {
  static const std::vector<std::string_view> kNone;
  static const std::vector<std::string_view> kLatin = {"air", "ar", "ær", "aer", "ier", "oor"};
  static const std::vector<std::string_view> kLatinEr = {"air", "ar",  "ær", "aer",
                                                         "ier", "oor", "er", "der"};
  static const std::vector<std::string_view> kCyrillic = {"ер"};
  static const std::vector<std::string_view> kGreek = {"ουχ"};
  static const std::vector<std::string_view> kArabic = {"دير", "ير", "ر"};
  static const std::vector<std::string_view> kHebrew = {"ר"};
  static const std::vector<std::string_view> kArmenian = {"ատեր"};
  static const std::vector<std::string_view> kGeorgian = {"ერ"};
  switch (family) {
    case ScaleFamily::kNone:
      return kNone;
    case ScaleFamily::kLatin:
      return kLatin;
    case ScaleFamily::kLatinEr:
      return kLatinEr;
    case ScaleFamily::kCyrillic:
      return kCyrillic;
    case ScaleFamily::kGreek:
      return kGreek;
    case ScaleFamily::kArabic:
      return kArabic;
    case ScaleFamily::kHebrew:
      return kHebrew;
    case ScaleFamily::kArmenian:
      return kArmenian;
    case ScaleFamily::kGeorgian:
      return kGeorgian;
  }
  return kNone;
}

}  // namespace

int ScalePower(std::string_view key) {
  // Written forms; stems (a family other than kNone) cover the case and plural endings of
  // cased scripts and of Arabic script ("мільярдаў", "milliarddan", "میلیاردها",
  // "milliarder"), not the words their family derives from them ("миллиардер",
  // "milliardaire", "Milliardär", "millonario", "milyoner": Derivations).
  static constexpr std::tuple<std::string_view, int, ScaleFamily> kWritten[] = {
      // thousand
      {"thousand", 3, ScaleFamily::kNone},
      {"thoosand", 3, ScaleFamily::kNone},
      {"tausend", 3, ScaleFamily::kNone},
      {"mille", 3, ScaleFamily::kNone},
      {"mila", 3, ScaleFamily::kNone},
      {"mil", 3, ScaleFamily::kNone},
      {"duizend", 3, ScaleFamily::kNone},
      {"duisend", 3, ScaleFamily::kNone},
      {"tusen", 3, ScaleFamily::kNone},
      {"tusind", 3, ScaleFamily::kNone},
      {"tuhat", 3, ScaleFamily::kLatin},
      {"tuhann", 3, ScaleFamily::kLatin},  // "tuhannen"; not "tuhan" (Indonesian "Tuhan", God)
      {"tuhans", 3, ScaleFamily::kLatin},
      {"tuhande", 3, ScaleFamily::kLatin},
      {"ezer", 3, ScaleFamily::kNone},
      {"tysiąc", 3, ScaleFamily::kLatin},
      {"tysięc", 3, ScaleFamily::kLatin},
      {"tisíc", 3, ScaleFamily::kLatin},
      {"tisuć", 3, ScaleFamily::kLatin},
      {"tisoč", 3, ScaleFamily::kLatin},
      {"hiljad", 3, ScaleFamily::kLatin},
      {"tūkstan", 3, ScaleFamily::kLatin},
      {"tūkstoš", 3, ScaleFamily::kLatin},
      {"тысяч", 3, ScaleFamily::kCyrillic},
      {"тисяч", 3, ScaleFamily::kCyrillic},
      {"хиляд", 3, ScaleFamily::kCyrillic},
      {"хиљад", 3, ScaleFamily::kCyrillic},
      {"илјад", 3, ScaleFamily::kCyrillic},
      {"χιλιάδ", 3, ScaleFamily::kGreek},
      {"χίλια", 3, ScaleFamily::kNone},
      {"հազար", 3, ScaleFamily::kArmenian},
      {"ათას", 3, ScaleFamily::kGeorgian},
      {"bin", 3, ScaleFamily::kNone},
      {"ming", 3, ScaleFamily::kNone},
      {"mıń", 3, ScaleFamily::kNone},
      {"мың", 3, ScaleFamily::kNone},
      {"миң", 3, ScaleFamily::kNone},
      {"минг", 3, ScaleFamily::kNone},
      {"ribu", 3, ScaleFamily::kNone},
      {"هزار", 3, ScaleFamily::kNone},
      {"ہزار", 3, ScaleFamily::kNone},
      {"هەزار", 3, ScaleFamily::kNone},
      {"ألف", 3, ScaleFamily::kNone},
      {"آلاف", 3, ScaleFamily::kNone},
      {"אלף", 3, ScaleFamily::kNone},
      {"אלפי", 3, ScaleFamily::kNone},
      {"हज़ार", 3, ScaleFamily::kNone},
      {"हजार", 3, ScaleFamily::kNone},
      {"হাজার", 3, ScaleFamily::kNone},
      {"ஆயிரம்", 3, ScaleFamily::kNone},
      {"พัน", 3, ScaleFamily::kNone},
      {"ພັນ", 3, ScaleFamily::kNone},
      {"ពាន់", 3, ScaleFamily::kNone},
      {"千", 3, ScaleFamily::kNone},
      {"천", 3, ScaleFamily::kNone},
      // ten thousand, hundred thousand (lakh), million, ten million (crore)
      {"万", 4, ScaleFamily::kNone},
      {"萬", 4, ScaleFamily::kNone},
      {"만", 4, ScaleFamily::kNone},
      {"หมื่น", 4, ScaleFamily::kNone},
      {"ໝື່ນ", 4, ScaleFamily::kNone},
      {"ម៉ឺន", 4, ScaleFamily::kNone},
      {"lakh", 5, ScaleFamily::kLatin},
      {"लाख", 5, ScaleFamily::kNone},
      {"লাখ", 5, ScaleFamily::kNone},
      {"লক্ষ", 5, ScaleFamily::kNone},
      {"லட்சம்", 5, ScaleFamily::kNone},
      {"இலட்சம்", 5, ScaleFamily::kNone},
      {"لاکھ", 5, ScaleFamily::kNone},
      {"لکھ", 5, ScaleFamily::kNone},
      {"แสน", 5, ScaleFamily::kNone},
      {"ແສນ", 5, ScaleFamily::kNone},
      {"សែន", 5, ScaleFamily::kNone},
      {"million", 6, ScaleFamily::kLatin},
      {"millon", 6, ScaleFamily::kLatin},
      {"milhão", 6, ScaleFamily::kNone},
      {"milhões", 6, ScaleFamily::kNone},
      {"milion", 6, ScaleFamily::kLatinEr},
      {"milión", 6, ScaleFamily::kLatinEr},
      {"milijon", 6, ScaleFamily::kLatinEr},
      {"milijun", 6, ScaleFamily::kLatinEr},
      {"miljoen", 6, ScaleFamily::kLatin},
      {"miljon", 6, ScaleFamily::kLatin},
      {"miljoona", 6, ScaleFamily::kLatin},
      {"millió", 6, ScaleFamily::kLatin},
      {"milyon", 6, ScaleFamily::kLatinEr},
      {"juta", 6, ScaleFamily::kNone},
      {"миллион", 6, ScaleFamily::kCyrillic},
      {"мільйон", 6, ScaleFamily::kCyrillic},
      {"мільён", 6, ScaleFamily::kCyrillic},
      {"милион", 6, ScaleFamily::kCyrillic},
      {"εκατομμύρι", 6, ScaleFamily::kGreek},
      {"միլիոն", 6, ScaleFamily::kArmenian},
      {"მილიონ", 6, ScaleFamily::kGeorgian},
      {"میلیون", 6, ScaleFamily::kArabic},
      {"ملیون", 6, ScaleFamily::kArabic},
      {"مليون", 6, ScaleFamily::kArabic},
      {"ملايين", 6, ScaleFamily::kNone},
      {"ملین", 6, ScaleFamily::kNone},
      {"ملیۆن", 6, ScaleFamily::kArabic},
      {"מיליון", 6, ScaleFamily::kHebrew},
      {"मिलियन", 6, ScaleFamily::kNone},
      {"মিলিয়ন", 6, ScaleFamily::kNone},
      {"மில்லியன்", 6, ScaleFamily::kNone},
      {"ล้าน", 6, ScaleFamily::kNone},
      {"ລ້ານ", 6, ScaleFamily::kNone},
      {"លាន", 6, ScaleFamily::kNone},
      {"百万", 6, ScaleFamily::kNone},
      {"crore", 7, ScaleFamily::kLatin},
      {"करोड़", 7, ScaleFamily::kNone},
      {"करोड", 7, ScaleFamily::kNone},
      {"कोटी", 7, ScaleFamily::kNone},
      {"কোটি", 7, ScaleFamily::kNone},
      {"கோடி", 7, ScaleFamily::kNone},
      {"کروڑ", 7, ScaleFamily::kNone},
      // billion (10^9)
      {"billion", 9, ScaleFamily::kLatin},
      {"milliard", 9, ScaleFamily::kLatin},
      {"miliard", 9, ScaleFamily::kLatinEr},
      {"miljard", 9, ScaleFamily::kLatin},
      {"milijard", 9, ScaleFamily::kLatinEr},
      {"milyar", 9, ScaleFamily::kLatinEr},
      {"miliar", 9, ScaleFamily::kNone},
      {"bilhão", 9, ScaleFamily::kNone},
      {"bilhões", 9, ScaleFamily::kNone},
      {"bilion", 9, ScaleFamily::kNone},
      {"миллиард", 9, ScaleFamily::kCyrillic},
      {"мільярд", 9, ScaleFamily::kCyrillic},
      {"милиард", 9, ScaleFamily::kCyrillic},
      {"милијард", 9, ScaleFamily::kCyrillic},
      {"δισεκατομμύρι", 9, ScaleFamily::kGreek},
      {"միլիարդ", 9, ScaleFamily::kArmenian},
      {"მილიარდ", 9, ScaleFamily::kGeorgian},
      {"میلیارد", 9, ScaleFamily::kArabic},
      {"ملیارد", 9, ScaleFamily::kArabic},
      {"مليار", 9, ScaleFamily::kArabic},
      {"ملیار", 9, ScaleFamily::kArabic},
      {"بليون", 9, ScaleFamily::kNone},
      {"ارب", 9, ScaleFamily::kNone},
      {"מיליארד", 9, ScaleFamily::kHebrew},
      {"अरब", 9, ScaleFamily::kNone},
      {"अर्ब", 9, ScaleFamily::kNone},
      {"अब्ज", 9, ScaleFamily::kNone},
      {"बिलियन", 9, ScaleFamily::kNone},
      {"বিলিয়ন", 9, ScaleFamily::kNone},
      {"பில்லியன்", 9, ScaleFamily::kNone},
      {"ຕື້", 9, ScaleFamily::kNone},
      {"亿", 8, ScaleFamily::kNone},
      {"億", 8, ScaleFamily::kNone},
      {"억", 8, ScaleFamily::kNone},
      // trillion
      {"trillion", 12, ScaleFamily::kLatin},
      {"триллион", 12, ScaleFamily::kCyrillic},
      {"трильйон", 12, ScaleFamily::kCyrillic},
      {"兆", 12, ScaleFamily::kNone},
      {"조", 12, ScaleFamily::kNone},
  };
  struct Scale {
    std::string key;
    int power;
    bool stem;                         // matches words that start with it
    std::vector<std::string> derived;  // but not those that start with one of these
  };
  static const std::vector<Scale> kScales = [] {
    std::vector<Scale> scales;
    for (const auto& [word, power, family] : kWritten) {
      Scale scale{MatchKey(word), power, family != ScaleFamily::kNone, {}};
      for (const std::string_view suffix : Derivations(family))
        scale.derived.push_back(MatchKey(std::string(word) + std::string(suffix)));
      scales.push_back(std::move(scale));
    }
    return scales;
  }();
  auto starts = [&](const std::string& prefix) { return key.substr(0, prefix.size()) == prefix; };
  for (const Scale& s : kScales) {
    if (!(s.stem ? starts(s.key) : key == s.key)) continue;
    if (std::none_of(s.derived.begin(), s.derived.end(), starts)) return s.power;
  }
  return 0;
}

namespace {

// Number words from one to ten by language, as written; each row's words belong to each
// of its languages (primary subtags). With the case forms a number takes before a scale
// word in Slavic, Baltic and Finnic languages. Left out where the word is also a common
// word of its own language before a scale word: Russian "семью" ("family"); and
// Vietnamese (its match keys "nam", "ty" are "Nam", "tỷ lệ").
struct NumberRow {
  std::string_view languages;  // space-separated
  std::vector<std::pair<std::string_view, int>> words;
};
const std::vector<NumberRow>& NumberRows() {
  static const std::vector<NumberRow> kRows = {
      {"en sco",
       {{"one", 1},
        {"two", 2},
        {"three", 3},
        {"four", 4},
        {"five", 5},
        {"six", 6},
        {"seven", 7},
        {"eight", 8},
        {"nine", 9},
        {"ten", 10}}},
      {"sco", {{"ane", 1}, {"twa", 2}, {"fower", 4}, {"sax", 6}, {"seiven", 7}, {"aicht", 8}}},
      {"de",
       {{"eins", 1},
        {"zwei", 2},
        {"drei", 3},
        {"vier", 4},
        {"fünf", 5},
        {"sechs", 6},
        {"sieben", 7},
        {"acht", 8},
        {"neun", 9},
        {"zehn", 10}}},
      {"nl af", {{"een", 1}, {"twee", 2}, {"drie", 3}, {"vier", 4}, {"tien", 10}}},
      {"nl", {{"vijf", 5}, {"zes", 6}, {"zeven", 7}, {"acht", 8}, {"negen", 9}}},
      {"af", {{"vyf", 5}, {"ses", 6}, {"sewe", 7}, {"agt", 8}, {"nege", 9}}},
      {"fr",
       {{"un", 1},
        {"deux", 2},
        {"trois", 3},
        {"quatre", 4},
        {"cinq", 5},
        {"six", 6},
        {"sept", 7},
        {"huit", 8},
        {"neuf", 9},
        {"dix", 10}}},
      {"es",
       {{"un", 1},
        {"uno", 1},
        {"dos", 2},
        {"tres", 3},
        {"cuatro", 4},
        {"cinco", 5},
        {"seis", 6},
        {"siete", 7},
        {"ocho", 8},
        {"nueve", 9},
        {"diez", 10}}},
      {"pt",
       {{"um", 1},
        {"dois", 2},
        {"três", 3},
        {"quatro", 4},
        {"cinco", 5},
        {"seis", 6},
        {"sete", 7},
        {"oito", 8},
        {"nove", 9},
        {"dez", 10}}},
      {"it",
       {{"un", 1},
        {"uno", 1},
        {"due", 2},
        {"tre", 3},
        {"quattro", 4},
        {"cinque", 5},
        {"sei", 6},
        {"sette", 7},
        {"otto", 8},
        {"nove", 9},
        {"dieci", 10}}},
      {"ro",
       {{"un", 1},
        {"unu", 1},
        {"doi", 2},
        {"trei", 3},
        {"patru", 4},
        {"cinci", 5},
        {"șase", 6},
        {"șapte", 7},
        {"opt", 8},
        {"nouă", 9},
        {"zece", 10}}},
      {"sv da no", {{"en", 1}, {"tre", 3}, {"fem", 5}}},
      {"sv",
       {{"två", 2}, {"fyra", 4}, {"sex", 6}, {"sju", 7}, {"åtta", 8}, {"nio", 9}, {"tio", 10}}},
      {"da no", {{"to", 2}, {"fire", 4}, {"seks", 6}, {"syv", 7}, {"ni", 9}, {"ti", 10}}},
      {"da", {{"otte", 8}}},
      {"no", {{"sju", 7}, {"åtte", 8}}},
      // Finnish: nominative, genitive, partitive
      {"fi",
       {{"yksi", 1},     {"kaksi", 2},     {"kolme", 3},     {"neljä", 4},     {"viisi", 5},
        {"kuusi", 6},    {"seitsemän", 7}, {"kahdeksan", 8}, {"yhdeksän", 9},  {"kymmenen", 10},
        {"yhden", 1},    {"kahden", 2},    {"kolmen", 3},    {"neljän", 4},    {"viiden", 5},
        {"kuuden", 6},   {"yhtä", 1},      {"kahta", 2},     {"kolmea", 3},    {"neljää", 4},
        {"viittä", 5},   {"kuutta", 6},    {"seitsemää", 7}, {"kahdeksaa", 8}, {"yhdeksää", 9},
        {"kymmentä", 10}}},
      // Estonian: nominative, genitive
      {"et",
       {{"üks", 1},
        {"kaks", 2},
        {"kolm", 3},
        {"neli", 4},
        {"viis", 5},
        {"kuus", 6},
        {"seitse", 7},
        {"kaheksa", 8},
        {"üheksa", 9},
        {"kümme", 10},
        {"ühe", 1},
        {"kahe", 2},
        {"kolme", 3},
        {"nelja", 4},
        {"viie", 5},
        {"kuue", 6},
        {"seitsme", 7},
        {"kümne", 10}}},
      {"hu",
       {{"egy", 1},
        {"két", 2},
        {"kettő", 2},
        {"három", 3},
        {"négy", 4},
        {"öt", 5},
        {"hat", 6},
        {"hét", 7},
        {"nyolc", 8},
        {"kilenc", 9},
        {"tíz", 10}}},
      // Polish: nominative, genitive
      {"pl",
       {{"jeden", 1},
        {"dwa", 2},
        {"trzy", 3},
        {"cztery", 4},
        {"pięć", 5},
        {"sześć", 6},
        {"siedem", 7},
        {"osiem", 8},
        {"dziewięć", 9},
        {"dziesięć", 10},
        {"dwóch", 2},
        {"trzech", 3},
        {"czterech", 4},
        {"pięciu", 5},
        {"sześciu", 6},
        {"siedmiu", 7},
        {"ośmiu", 8},
        {"dziewięciu", 9},
        {"dziesięciu", 10}}},
      {"cs sk", {{"jeden", 1}, {"dva", 2}}},
      {"cs",
       {{"tři", 3},
        {"čtyři", 4},
        {"pět", 5},
        {"šest", 6},
        {"sedm", 7},
        {"osm", 8},
        {"devět", 9},
        {"deset", 10}}},
      {"sk",
       {{"tri", 3},
        {"štyri", 4},
        {"päť", 5},
        {"šesť", 6},
        {"sedem", 7},
        {"osem", 8},
        {"deväť", 9},
        {"desať", 10}}},
      {"sl",
       {{"ena", 1},
        {"dva", 2},
        {"tri", 3},
        {"štiri", 4},
        {"pet", 5},
        {"šest", 6},
        {"sedem", 7},
        {"osem", 8},
        {"devet", 9},
        {"deset", 10}}},
      // Serbo-Croatian, Latin and Cyrillic
      {"sh hr bs sr",
       {{"jedan", 1},
        {"dva", 2},
        {"tri", 3},
        {"četiri", 4},
        {"pet", 5},
        {"šest", 6},
        {"sedam", 7},
        {"osam", 8},
        {"devet", 9},
        {"deset", 10}}},
      {"sh sr",
       {{"један", 1},
        {"два", 2},
        {"три", 3},
        {"четири", 4},
        {"пет", 5},
        {"шест", 6},
        {"седам", 7},
        {"осам", 8},
        {"девет", 9},
        {"десет", 10}}},
      // Lithuanian: nominative, genitive, accusative
      {"lt", {{"vienas", 1},   {"du", 2},       {"trys", 3},     {"keturi", 4},   {"penki", 5},
              {"šeši", 6},     {"septyni", 7},  {"aštuoni", 8},  {"devyni", 9},   {"dešimt", 10},
              {"dviejų", 2},   {"trijų", 3},    {"keturių", 4},  {"penkių", 5},   {"šešių", 6},
              {"septynių", 7}, {"aštuonių", 8}, {"devynių", 9},  {"tris", 3},     {"keturis", 4},
              {"penkis", 5},   {"šešis", 6},    {"septynis", 7}, {"aštuonis", 8}, {"devynis", 9}}},
      {"lv",
       {{"viens", 1},
        {"divi", 2},
        {"trīs", 3},
        {"četri", 4},
        {"pieci", 5},
        {"seši", 6},
        {"septiņi", 7},
        {"astoņi", 8},
        {"deviņi", 9},
        {"desmit", 10}}},
      // Russian and Ukrainian: nominative, genitive; Russian instrumental
      {"ru uk",
       {{"один", 1},
        {"два", 2},
        {"три", 3},
        {"одного", 1},
        {"двух", 2},
        {"шести", 6},
        {"семи", 7},
        {"восьми", 8},
        {"десяти", 10}}},
      {"ru", {{"две", 2},    {"четыре", 4}, {"пять", 5},    {"шесть", 6},   {"семь", 7},
              {"восемь", 8}, {"девять", 9}, {"десять", 10}, {"трёх", 3},    {"четырёх", 4},
              {"пяти", 5},   {"девяти", 9}, {"двумя", 2},   {"тремя", 3},   {"четырьмя", 4},
              {"пятью", 5},  {"шестью", 6}, {"восемью", 8}, {"девятью", 9}, {"десятью", 10}}},
      {"uk",
       {{"дві", 2},
        {"чотири", 4},
        {"п'ять", 5},
        {"шість", 6},
        {"сім", 7},
        {"вісім", 8},
        {"дев'ять", 9},
        {"десять", 10},
        {"двох", 2},
        {"трьох", 3},
        {"чотирьох", 4},
        {"п'яти", 5},
        {"дев'яти", 9}}},
      // Belarusian: nominative, genitive
      {"be", {{"адзін", 1},    {"два", 2},   {"дзве", 2},   {"тры", 3},     {"чатыры", 4},
              {"пяць", 5},     {"шэсць", 6}, {"сем", 7},    {"восем", 8},   {"дзевяць", 9},
              {"дзесяць", 10}, {"двух", 2},  {"трох", 3},   {"чатырох", 4}, {"пяці", 5},
              {"шасці", 6},    {"сямі", 7},  {"васьмі", 8}, {"дзевяці", 9}, {"дзесяці", 10}}},
      {"bg mk",
       {{"една", 1},
        {"два", 2},
        {"три", 3},
        {"четири", 4},
        {"пет", 5},
        {"шест", 6},
        {"девет", 9},
        {"десет", 10}}},
      {"bg", {{"един", 1}, {"две", 2}, {"седем", 7}, {"осем", 8}}},
      {"el",
       {{"ένα", 1},
        {"δύο", 2},
        {"τρία", 3},
        {"τρεις", 3},
        {"τέσσερα", 4},
        {"τέσσερις", 4},
        {"πέντε", 5},
        {"έξι", 6},
        {"επτά", 7},
        {"εφτά", 7},
        {"οκτώ", 8},
        {"οχτώ", 8},
        {"εννέα", 9},
        {"εννιά", 9},
        {"δέκα", 10}}},
      {"hy",
       {{"մեկ", 1},
        {"երկու", 2},
        {"երեք", 3},
        {"չորս", 4},
        {"հինգ", 5},
        {"վեց", 6},
        {"յոթ", 7},
        {"ութ", 8},
        {"ինը", 9},
        {"տասը", 10}}},
      {"ka",
       {{"ერთი", 1},
        {"ორი", 2},
        {"სამი", 3},
        {"ოთხი", 4},
        {"ხუთი", 5},
        {"ექვსი", 6},
        {"შვიდი", 7},
        {"რვა", 8},
        {"ცხრა", 9},
        {"ათი", 10}}},
      {"ms id",
       {{"satu", 1},
        {"dua", 2},
        {"tiga", 3},
        {"empat", 4},
        {"lima", 5},
        {"enam", 6},
        {"tujuh", 7},
        {"sembilan", 9},
        {"sepuluh", 10}}},
      {"ms", {{"lapan", 8}}},
      {"id", {{"delapan", 8}}},
      {"tr az kaa", {{"bir", 1}, {"altı", 6}, {"on", 10}}},
      {"tr az", {{"iki", 2}, {"üç", 3}, {"beş", 5}}},
      {"tr", {{"dört", 4}, {"yedi", 7}, {"sekiz", 8}, {"dokuz", 9}}},
      {"az", {{"dörd", 4}, {"yeddi", 7}, {"səkkiz", 8}, {"doqquz", 9}}},
      {"uz",
       {{"bir", 1},
        {"ikki", 2},
        {"uch", 3},
        {"to'rt", 4},
        {"besh", 5},
        {"olti", 6},
        {"yetti", 7},
        {"sakkiz", 8},
        {"to'qqiz", 9},
        {"o'n", 10}}},
      {"kaa", {{"eki", 2}, {"segiz", 8}}},
      {"kk",
       {{"бір", 1},
        {"екі", 2},
        {"үш", 3},
        {"төрт", 4},
        {"бес", 5},
        {"алты", 6},
        {"жеті", 7},
        {"сегіз", 8},
        {"тоғыз", 9},
        {"он", 10}}},
      {"fa",
       {{"یک", 1},
        {"دو", 2},
        {"سه", 3},
        {"چهار", 4},
        {"پنج", 5},
        {"شش", 6},
        {"هفت", 7},
        {"هشت", 8},
        {"نه", 9},
        {"ده", 10}}},
      {"ar",
       {{"واحد", 1},
        {"اثنان", 2},
        {"اثنين", 2},
        {"ثلاثة", 3},
        {"أربعة", 4},
        {"خمسة", 5},
        {"ستة", 6},
        {"سبعة", 7},
        {"ثمانية", 8},
        {"ثماني", 8},
        {"تسعة", 9},
        {"عشرة", 10}}},
      {"ur pnb", {{"دو", 2}, {"چار", 4}, {"چھ", 6}, {"نو", 9}, {"دس", 10}}},
      {"ur", {{"ایک", 1}, {"تین", 3}, {"پانچ", 5}, {"سات", 7}, {"آٹھ", 8}}},
      {"pnb", {{"اک", 1}, {"تن", 3}, {"پنج", 5}, {"اٹھ", 8}}},
      {"ckb",
       {{"یەک", 1},
        {"دوو", 2},
        {"چوار", 4},
        {"پێنج", 5},
        {"شەش", 6},
        {"حەوت", 7},
        {"هەشت", 8},
        {"نۆ", 9},
        {"دە", 10}}},
      // Hebrew: masculine, feminine, construct
      {"he", {{"אחד", 1},   {"אחת", 1},  {"שניים", 2}, {"שתיים", 2}, {"שני", 2},   {"שתי", 2},
              {"שלושה", 3}, {"שלוש", 3}, {"ארבעה", 4}, {"ארבע", 4},  {"חמישה", 5}, {"חמש", 5},
              {"שישה", 6},  {"שש", 6},   {"שבעה", 7},  {"שבע", 7},   {"שמונה", 8}, {"שמונת", 8},
              {"תשעה", 9},  {"תשע", 9},  {"עשרה", 10}, {"עשר", 10}}},
      {"hi ne mr", {{"एक", 1}, {"तीन", 3}, {"चार", 4}, {"सात", 7}, {"आठ", 8}}},
      {"hi ne", {{"पाँच", 5}, {"पांच", 5}, {"नौ", 9}, {"दस", 10}}},
      {"hi", {{"दो", 2}, {"छह", 6}}},
      {"ne", {{"दुई", 2}, {"छ", 6}}},
      {"mr", {{"दोन", 2}, {"पाच", 5}, {"सहा", 6}, {"नऊ", 9}, {"दहा", 10}}},
      {"bn",
       {{"এক", 1},
        {"দুই", 2},
        {"তিন", 3},
        {"চার", 4},
        {"পাঁচ", 5},
        {"ছয়", 6},
        {"সাত", 7},
        {"আট", 8},
        {"নয়", 9},
        {"দশ", 10}}},
      {"ta",
       {{"ஒன்று", 1},
        {"இரண்டு", 2},
        {"மூன்று", 3},
        {"நான்கு", 4},
        {"ஐந்து", 5},
        {"ஆறு", 6},
        {"ஏழு", 7},
        {"எட்டு", 8},
        {"ஒன்பது", 9},
        {"பத்து", 10}}},
      // Thai, Lao, Khmer: dictionary words of unspaced text
      {"th",
       {{"หนึ่ง", 1},
        {"สอง", 2},
        {"สาม", 3},
        {"สี่", 4},
        {"ห้า", 5},
        {"หก", 6},
        {"เจ็ด", 7},
        {"แปด", 8},
        {"เก้า", 9},
        {"สิบ", 10}}},
      {"lo",
       {{"ໜຶ່ງ", 1},
        {"ສອງ", 2},
        {"ສາມ", 3},
        {"ສີ່", 4},
        {"ຫ້າ", 5},
        {"ຫົກ", 6},
        {"ເຈັດ", 7},
        {"ແປດ", 8},
        {"ເກົ້າ", 9},
        {"ສິບ", 10}}},
      {"km",
       {{"មួយ", 1},
        {"ពីរ", 2},
        {"បី", 3},
        {"បួន", 4},
        {"ប្រាំ", 5},
        {"ប្រាំមួយ", 6},
        {"ប្រាំពីរ", 7},
        {"ប្រាំបី", 8},
        {"ប្រាំបួន", 9},
        {"ដប់", 10}}},
  };
  return kRows;
}

// Languages that write the number words of a language of NumberRows: members of its
// macrolanguage (ISO 639-3) and regional languages written with a neighbour's words.
constexpr std::pair<std::string_view, std::string_view> kNumberWordsOf[] = {
    {"nb", "no"},  {"nn", "no"},  {"zsm", "ms"}, {"pes", "fa"}, {"prs", "fa"}, {"mzn", "fa"},
    {"glk", "fa"}, {"azj", "az"}, {"azb", "az"}, {"uzn", "uz"}, {"ekk", "et"}, {"lvs", "lv"},
    {"npi", "ne"}, {"bh", "hi"},  {"bho", "hi"}, {"mai", "hi"}, {"mag", "hi"}, {"awa", "hi"},
    {"xmf", "ka"}, {"arb", "ar"}, {"hbs", "sh"}, {"cnr", "sh"},
};

// Common words of languages of NumberRows (match keys' written forms) that are number
// words of another: an article of unknown language does not read them ("to": English
// "to", Danish "two"; "en": French "in", Swedish "one").
const std::vector<std::pair<std::string_view, std::vector<std::string_view>>>& CommonWords() {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kWords = {
      {"en", {"to", "on", "fire", "sex", "pet", "due", "opt", "hat"}},
      {"de", {"hat", "um", "sei"}},
      {"nl", {"het", "en"}},
      {"fr", {"en", "du", "ses", "ni", "on", "très"}},
      {"es", {"en", "ni", "ti"}},
      {"pt", {"dos", "sei"}},
      {"it", {"ti"}},
      {"sv", {"du", "ni"}},
      {"da", {"du"}},
      {"no", {"du"}},
      {"fi", {"on"}},
      {"et", {"on"}},
      {"pl", {"to", "ten"}},
      {"cs", {"to", "ten"}},
      {"sk", {"to", "ten"}},
      {"sl", {"to"}},
      {"sh", {"to", "on", "ni"}},
      {"lv", {"to", "un"}},
      {"ru", {"он"}},
      {"sr", {"он"}},
      {"tr", {"en", "ses"}},
      {"fa", {"نو", "تن"}},
  };
  return kWords;
}

// The number words of each language of NumberRows and kNumberWordsOf, and those no
// language's common word (CommonWords) makes ambiguous: what an article of unknown
// language reads.
struct NumberWordTables {
  std::unordered_map<std::string, NumberWords, internal::StringKeyHash, std::equal_to<>>
      by_language;
  NumberWords unambiguous;
};

NumberWordTables BuildNumberWordTables() {
  NumberWordTables tables;
  auto languages = [](std::string_view list) {
    std::vector<std::string> out;
    for (size_t pos = 0; pos < list.size();) {
      const size_t space = std::min(list.find(' ', pos), list.size());
      out.emplace_back(list.substr(pos, space - pos));
      pos = space + 1;
    }
    return out;
  };
  for (const NumberRow& row : NumberRows()) {
    for (const std::string& language : languages(row.languages)) {
      for (const auto& [word, value] : row.words)
        tables.by_language[language].values.emplace(MatchKey(word), value);
    }
  }
  for (const auto& [language, table_language] : kNumberWordsOf) {
    NumberWords words = tables.by_language.at(std::string(table_language));
    tables.by_language.emplace(language, std::move(words));
  }
  // A key is ambiguous if its languages give it two values or another language of the
  // tables has it as a common word.
  std::unordered_map<std::string, std::unordered_set<std::string>> common;  // key -> languages
  for (const auto& [language, words] : CommonWords()) {
    for (const std::string_view word : words) common[MatchKey(word)].emplace(language);
  }
  std::unordered_map<std::string, int> values;  // key -> value, -1 if two
  for (const auto& [language, words] : tables.by_language) {
    for (const auto& [key, value] : words.values) {
      const auto [it, inserted] = values.try_emplace(key, value);
      if (!inserted && it->second != value) it->second = -1;
    }
  }
  for (const auto& entry : values) {  // not a structured binding: Clang 14 cannot capture one
    const std::string& key = entry.first;
    if (entry.second < 0) continue;
    const auto it = common.find(key);
    const bool ambiguous =
        it != common.end() &&
        std::any_of(it->second.begin(), it->second.end(), [&](const std::string& language) {
          const auto words = tables.by_language.find(language);
          return words == tables.by_language.end() || words->second.Value(key) == 0;
        });
    if (!ambiguous) tables.unambiguous.values.emplace(key, entry.second);
  }
  return tables;
}

}  // namespace

int NumberWords::Value(std::string_view key) const {
  const auto it = values.find(key);
  return it == values.end() ? 0 : it->second;
}

const NumberWords& NumberWordsOf(std::string_view language) {
  static const NumberWordTables kTables = BuildNumberWordTables();
  const auto it = kTables.by_language.find(language);
  return it == kTables.by_language.end() ? kTables.unambiguous : it->second;
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

const std::vector<std::string>& CaseEndings(std::string_view language) {
  // Endings of the cases a name takes in running text (genitive, locative, instrumental,
  // ...), with the linking vowels a consonant-final foreign name gets ("Putinin", not
  // "Putinn"). Vowel-only endings matter for places ("Kiinaa" -> "Kiina"); skeletons
  // already ignore vowels. Written as spelled; compared on their match keys (Hungarian
  // "ból" is "bol", Finnish "ssä" is "ssa").
  static const std::unordered_map<std::string_view, std::vector<std::string>> kEndings = [] {
    static const std::unordered_map<std::string_view, std::vector<std::string_view>> kWritten = {
        // Finnish: genitive, inessive, elative, illative, adessive, ablative, allative,
        // essive, translative, partitive.
        {"fi", {"n",    "in",   "ssa",  "ssä",  "sta",  "stä",  "lla",  "llä",  "lta",
                "ltä",  "lle",  "na",   "nä",   "ksi",  "a",    "ä",    "ia",   "iä",
                "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille",
                "ina",  "inä",  "iksi", "iin",  "aan",  "ään",  "een",  "seen", "hin"}},
        // Estonian: genitive (vowel), partitive, illative, inessive, elative, adessive,
        // ablative, allative, translative, comitative, terminative, essive, abessive.
        {"et", {"t", "d", "sse", "s", "st", "l", "lt", "le", "ks", "ga", "ni", "na", "ta", "i"}},
        // Hungarian: inessive, elative, illative, superessive, sublative, delative,
        // dative, instrumental, ablative, allative, adessive, terminative, accusative.
        {"hu", {"ban", "ben", "ból", "ből", "ba",  "be",  "ra",  "re",  "ról", "ről", "on",
                "en",  "ön",  "n",   "nak", "nek", "val", "vel", "tól", "től", "hoz", "hez",
                "höz", "nál", "nél", "ig",  "ért", "t",   "ot",  "et",  "öt",  "at",  "i"}},
        // Turkish and Azerbaijani: endings after the apostrophe of a proper name.
        {"tr", {"'da", "'de", "'ta", "'te",  "'dan", "'den",  "'tan",  "'ten",  "'ın",
                "'in", "'un", "'ün", "'nın", "'nin", "'nun",  "'nün",  "'a",    "'e",
                "'ya", "'ye", "'ı",  "'i",   "'u",   "'ü",    "'yı",   "'yi",   "'yu",
                "'yü", "'la", "'le", "'yla", "'yle", "'daki", "'deki", "'taki", "'teki"}},
        {"az",
         {"'da", "'də", "'dan", "'dən", "'ın", "'in", "'un", "'ün", "'nın", "'nin", "'a", "'ə",
          "'ya", "'yə", "'ı", "'i", "'u", "'ü"}},
        // Uzbek (Latin): genitive, accusative, dative, locative, ablative, "of".
        {"uz", {"ning", "ni", "ga", "ka", "qa", "da", "ta", "dan", "tan", "dagi", "tagi"}},
        // Kazakh: genitive, accusative, dative, locative, ablative, instrumental.
        {"kk",
         {"ның", "нің", "дың", "дің", "тың", "тің", "ны",  "ні",   "ды",   "ді",   "ты",  "ті",
          "ға",  "ге",  "қа",  "ке",  "а",   "е",   "да",  "де",   "та",   "те",   "дан", "ден",
          "тан", "тен", "нан", "нен", "мен", "бен", "пен", "дағы", "дегі", "тағы", "тегі"}},
        // Russian, Ukrainian, Belarusian: the noun endings of the oblique cases.
        {"ru", {"а",  "я",  "у",  "ю",  "е",  "ом", "ем", "ём", "ым", "им",  "ой",
                "ей", "ою", "ею", "ов", "ев", "ах", "ях", "ам", "ям", "ами", "ями"}},
        {"uk", {"а",  "я",  "у",  "ю",  "і",  "ом", "ем", "єм",  "им",  "ою",  "ею",
                "ої", "ів", "їв", "ах", "ях", "ам", "ям", "ами", "ями", "ові", "еві"}},
        {"be", {"а",  "я",  "у",  "ю",  "е",  "і",  "ам", "ем", "ым",  "ім",
                "ой", "ай", "ою", "аю", "аў", "оў", "ах", "ях", "амі", "ямі"}},
        // Polish, Czech, Slovak, Serbo-Croatian, Slovenian.
        {"pl", {"a", "u", "owi", "em", "iem", "ie", "y", "i", "ą", "ę", "om", "ów", "ach", "ami"}},
        {"cs", {"a", "u", "ovi", "em", "e", "ě", "y", "i", "ou", "ům", "ech", "ách", "ami"}},
        {"sk", {"a", "u", "ovi", "om", "e", "y", "i", "ou", "och", "ách", "ami"}},
        {"sh", {"a", "u", "om", "em", "e", "i", "ima", "ama", "ovi"}},
        {"hr", {"a", "u", "om", "em", "e", "i", "ima", "ama", "ovi"}},
        {"sr",
         {"a", "u", "om", "em", "e", "i", "ima", "ama", "ovi", "а", "у", "ом", "ем", "е", "и",
          "има", "ама", "ови"}},
        {"bs", {"a", "u", "om", "em", "e", "i", "ima", "ama", "ovi"}},
        {"sl", {"a", "u", "om", "em", "e", "i", "ih", "ov", "ovi", "ami"}},
        // German and the Scandinavian languages: the genitive "s" ("Norges", "Deutschlands").
        {"de", {"s"}},
        {"da", {"s"}},
        {"no", {"s"}},
        {"nb", {"s"}},
        {"nn", {"s"}},
        {"sv", {"s"}},
        // Lithuanian and Latvian.
        {"lt", {"o", "ui", "ą", "u", "e", "ai", "as", "is", "us", "uose", "ams", "ų"}},
        {"lv", {"a", "am", "u", "ā", "s", "i", "ai", "as", "es", "os", "ām"}},
        // Georgian: genitive, dative, ergative, instrumental, adverbial, "in", "on", "with",
        // "from".
        {"ka", {"ის", "ს", "მა", "მ", "ით", "ად", "ში", "ზე", "თან", "დან", "ისა", "ისთვის"}},
        // Nepali: postpositions written together with the noun.
        {"ne", {"को", "का", "की", "मा", "ले", "लाई", "बाट", "सँग", "द्वारा"}},
        // Tamil: genitive, locative, dative, accusative, instrumental, sociative.
        {"ta",
         {"இன்", "ின்", "இல்", "ில்", "க்கு", "ுக்கு", "ை", "ஐ", "ால்", "உடன்", "ுடன்", "யின்", "யில்", "வின்",
          "வில்"}},
    };
    std::unordered_map<std::string_view, std::vector<std::string>> keyed;
    for (const auto& [language, written] : kWritten) {
      std::vector<std::string>& endings = keyed[language];
      for (std::string_view w : written) endings.push_back(MatchKey(w));
      std::sort(endings.begin(), endings.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
      });
      endings.erase(std::unique(endings.begin(), endings.end()), endings.end());
    }
    return keyed;
  }();
  static const std::vector<std::string> kNone;
  const auto it = kEndings.find(language);
  return it == kEndings.end() ? kNone : it->second;
}

const std::vector<std::string>& NameFinalVowels() {
  static const std::vector<std::string> kVowels = {"a", "e", "o", "i", "y"};
  return kVowels;
}

bool IsElidedWord(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      // French, Catalan
      "l", "d", "j", "n", "s", "qu", "lorsqu", "puisqu", "jusqu",
      // Italian
      "dell", "nell", "dall", "all", "sull", "coll", "un", "quell"};
  return kWords.count(key) > 0;
}

}  // namespace newsdesk::stories_internal
