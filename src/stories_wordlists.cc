// Data of the stories stage; see stories_wordlists.h.
#include "stories_wordlists.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

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

int ScalePower(std::string_view key) {
  struct Scale {
    std::string_view word;
    int power;
    bool stem;  // matches words that start with it
  };
  static constexpr Scale kScales[] = {
      // thousand
      {"thousand", 3, false},
      {"tausend", 3, false},
      {"mille", 3, false},
      {"mila", 3, false},
      {"mil", 3, false},
      {"duizend", 3, false},
      {"tusen", 3, false},
      {"tuhat", 3, true},
      {"tysiac", 3, true},
      {"тысяч", 3, true},
      {"тисяч", 3, true},
      {"bin", 3, false},
      {"ribu", 3, false},
      {"千", 3, false},
      {"천", 3, false},
      // ten thousand, hundred thousand, million, ten million
      {"万", 4, false},
      {"萬", 4, false},
      {"만", 4, false},
      {"lakh", 5, true},
      {"million", 6, true},
      {"millon", 6, true},
      {"milhao", 6, false},
      {"milhoes", 6, false},
      {"milion", 6, true},
      {"milhão", 6, false},
      {"milhões", 6, false},
      {"millón", 6, false},
      {"miljoen", 6, true},
      {"miljon", 6, true},
      {"miljoona", 6, true},
      {"millio", 6, true},
      {"milyon", 6, true},
      {"juta", 6, false},
      {"миллион", 6, true},
      {"мільйон", 6, true},
      {"мільён", 6, true},
      {"милион", 6, true},
      {"მილიონ", 6, true},
      {"百万", 6, false},
      {"crore", 7, true},
      // billion (10^9)
      {"billion", 9, true},
      {"milliard", 9, true},
      {"miliard", 9, true},
      {"miljard", 9, true},
      {"milyar", 9, true},
      {"miliar", 9, false},
      {"bilhao", 9, false},
      {"bilhoes", 9, false},
      {"bilhão", 9, false},
      {"bilhões", 9, false},
      {"bilion", 9, false},
      {"миллиард", 9, true},
      {"мільярд", 9, true},
      {"милиард", 9, true},
      {"მილიარდ", 9, true},
      {"亿", 8, false},
      {"億", 8, false},
      {"억", 8, false},
      // trillion
      {"trillion", 12, true},
      {"триллион", 12, true},
      {"трильйон", 12, true},
      {"兆", 12, false},
      {"조", 12, false},
  };
  for (const Scale& s : kScales) {
    if (s.stem ? key.substr(0, s.word.size()) == s.word : key == s.word) return s.power;
  }
  return 0;
}

int NumberWordValue(std::string_view key) {
  // One to ten in en, de, fr, es, pt, it, nl, sv, no/da, fi, pl, ro, ru, uk, be, ms, id, tr.
  static const std::unordered_map<std::string_view, int> kWords = {
      {"one", 1},
      {"two", 2},
      {"three", 3},
      {"four", 4},
      {"five", 5},
      {"six", 6},
      {"seven", 7},
      {"eight", 8},
      {"nine", 9},
      {"ten", 10},
      {"eins", 1},
      {"zwei", 2},
      {"drei", 3},
      {"vier", 4},
      {"funf", 5},
      {"sechs", 6},
      {"sieben", 7},
      {"acht", 8},
      {"neun", 9},
      {"zehn", 10},
      {"un", 1},
      {"deux", 2},
      {"trois", 3},
      {"quatre", 4},
      {"cinq", 5},
      {"sept", 7},
      {"huit", 8},
      {"neuf", 9},
      {"dix", 10},
      {"uno", 1},
      {"dos", 2},
      {"tres", 3},
      {"cuatro", 4},
      {"cinco", 5},
      {"seis", 6},
      {"siete", 7},
      {"ocho", 8},
      {"nueve", 9},
      {"diez", 10},
      {"um", 1},
      {"dois", 2},
      {"quatro", 4},
      {"sete", 7},
      {"oito", 8},
      {"nove", 9},
      {"dez", 10},
      {"due", 2},
      {"tre", 3},
      {"quattro", 4},
      {"cinque", 5},
      {"sei", 6},
      {"sette", 7},
      {"otto", 8},
      {"dieci", 10},
      {"een", 1},
      {"twee", 2},
      {"drie", 3},
      {"vijf", 5},
      {"zes", 6},
      {"zeven", 7},
      {"negen", 9},
      {"tien", 10},
      {"en", 1},
      {"tva", 2},
      {"fyra", 4},
      {"fem", 5},
      {"sex", 6},
      {"sju", 7},
      {"atta", 8},
      {"nio", 9},
      {"tio", 10},
      {"to", 2},
      {"fire", 4},
      {"seks", 6},
      {"syv", 7},
      {"atte", 8},
      {"ni", 9},
      {"ti", 10},
      {"yksi", 1},
      {"kaksi", 2},
      {"kolme", 3},
      {"nelja", 4},
      {"viisi", 5},
      {"kuusi", 6},
      {"seitseman", 7},
      {"kahdeksan", 8},
      {"yhdeksan", 9},
      {"kymmenen", 10},
      {"jeden", 1},
      {"dwa", 2},
      {"trzy", 3},
      {"cztery", 4},
      {"piec", 5},
      {"szesc", 6},
      {"siedem", 7},
      {"osiem", 8},
      {"dziewiec", 9},
      {"dziesiec", 10},
      {"unu", 1},
      {"doi", 2},
      {"trei", 3},
      {"patru", 4},
      {"cinci", 5},
      {"sase", 6},
      {"sapte", 7},
      {"opt", 8},
      {"noua", 9},
      {"zece", 10},
      {"один", 1},
      {"два", 2},
      {"три", 3},
      {"четыре", 4},
      {"пять", 5},
      {"шесть", 6},
      {"семь", 7},
      {"восемь", 8},
      {"девять", 9},
      {"десять", 10},
      {"чотири", 4},
      {"шість", 6},
      {"сім", 7},
      {"вісім", 8},
      {"адзін", 1},
      {"тры", 3},
      {"чатыры", 4},
      {"пяць", 5},
      {"шэсць", 6},
      {"сем", 7},
      {"восем", 8},
      {"дзевяць", 9},
      {"дзесяць", 10},
      {"satu", 1},
      {"dua", 2},
      {"tiga", 3},
      {"empat", 4},
      {"lima", 5},
      {"enam", 6},
      {"tujuh", 7},
      {"lapan", 8},
      {"delapan", 8},
      {"sembilan", 9},
      {"sepuluh", 10},
      {"bir", 1},
      {"iki", 2},
      {"uc", 3},
      {"dort", 4},
      {"bes", 5},
      {"alti", 6},
      {"yedi", 7},
      {"sekiz", 8},
      {"dokuz", 9},
      {"on", 10},
      // The same with their diacritics.
      {"fünf", 5},
      {"três", 3},
      {"två", 2},
      {"åtta", 8},
      {"åtte", 8},
      {"neljä", 4},
      {"seitsemän", 7},
      {"yhdeksän", 9},
      {"pięć", 5},
      {"sześć", 6},
      {"dziewięć", 9},
      {"dziesięć", 10},
      {"șase", 6},
      {"șapte", 7},
      {"nouă", 9},
      {"üç", 3},
      {"dört", 4},
      {"beş", 5},
      {"altı", 6},
  };
  const auto it = kWords.find(key);
  return it == kWords.end() ? 0 : it->second;
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
