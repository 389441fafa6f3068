#include "newsdesk/stories.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "hash.h"
#include "newsdesk/article.h"
#include "stories_features.h"
#include "stories_wordlists.h"
#include "testing/story_sets.h"

namespace newsdesk {
namespace {

using stories_internal::ArticleFeatures;
using stories_internal::CaseEndings;
using stories_internal::CaseStems;
using stories_internal::FeatureExtractor;
using stories_internal::Kind;
using stories_internal::NumberKey;
using stories_internal::Skeleton;
using stories_internal::Tokenize;
using stories_internal::WordVariant;

std::vector<std::string> TokenWords(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(text)) {
    if (t.kind == Kind::kWord) out.push_back(t.text);
  }
  return out;
}

struct LabelledDoc {
  StoryArticle article;
  std::string story;  // gold label
};

int64_t ParseIsoUtc(const std::string& s) {
  std::tm tm{};
  if (sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
             &tm.tm_min, &tm.tm_sec) != 6) {
    ADD_FAILURE() << "bad date " << s;
    return 0;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<int64_t>(timegm(&tm));
}

std::vector<LabelledDoc> LoadEvalSet(const std::string& name = "eval.jsonl") {
  std::ifstream in(std::string(NEWSDESK_SOURCE_DIR) + "/tests/data/stories/" + name);
  EXPECT_TRUE(in.good());
  std::vector<LabelledDoc> docs;
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line);
    LabelledDoc d;
    d.article.id = j.at("id").get<int64_t>();
    d.article.url = j.at("url").get<std::string>();
    d.article.title = j.at("title").get<std::string>();
    d.article.text = j.at("text").get<std::string>();
    d.article.language = j.value("language", "");
    d.article.site = j.value("site", "");
    if (j.contains("published")) d.article.published_unix = ParseIsoUtc(j.at("published"));
    d.story = j.at("story").get<std::string>();
    docs.push_back(std::move(d));
  }
  return docs;
}

// Adds the labelled set (eval.jsonl) to `index`; returns its newest publication time.
int64_t AddEvalSet(StoryIndex& index) {
  int64_t newest = 0;
  for (const LabelledDoc& d : LoadEvalSet()) {
    index.Add(d.article);
    newest = std::max(newest, d.article.published_unix.value_or(0));
  }
  return newest;
}

// Adds the labelled set to `index`, then `a` and `b` (in that order) an hour after its
// newest article; returns their assignments.
std::pair<StoryAssignment, StoryAssignment> AddPairAfterEvalSet(StoryIndex& index, StoryArticle a,
                                                                StoryArticle b) {
  a.published_unix = b.published_unix = AddEvalSet(index) + 3600;
  const StoryAssignment first = index.Add(a);
  return {first, index.Add(b)};
}

std::vector<LabelledDoc> Seeds(const std::vector<LabelledDoc>& docs) {
  std::vector<LabelledDoc> out;
  for (const auto& d : docs) {
    if (d.story == "iraq-isis-transfer" && d.article.url.find("example/") != std::string::npos &&
        d.article.text.size() > 1500) {
      out.push_back(d);
    }
  }
  return out;
}

struct Scores {
  double pair_precision, pair_recall, pair_f1;
  double bcubed_precision, bcubed_recall, bcubed_f1;
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// Pairwise and BCubed (Bagga & Baldwin 1998) scores of `predicted` against `gold`.
Scores Score(const std::vector<std::string>& gold, const std::vector<int64_t>& predicted) {
  const size_t n = gold.size();
  double tp = 0, pred_pairs = 0, gold_pairs = 0;
  double bp = 0, br = 0;
  for (size_t i = 0; i < n; ++i) {
    double same_both = 0, same_pred = 0, same_gold = 0;
    for (size_t j = 0; j < n; ++j) {
      const bool p = predicted[i] == predicted[j];
      const bool g = gold[i] == gold[j];
      same_both += p && g;
      same_pred += p;
      same_gold += g;
      if (j > i) {
        tp += p && g;
        pred_pairs += p;
        gold_pairs += g;
      }
    }
    bp += same_both / same_pred;
    br += same_both / same_gold;
  }
  Scores s;
  s.pair_precision = pred_pairs > 0 ? tp / pred_pairs : 1;
  s.pair_recall = gold_pairs > 0 ? tp / gold_pairs : 1;
  s.pair_f1 = F1(s.pair_precision, s.pair_recall);
  s.bcubed_precision = bp / n;
  s.bcubed_recall = br / n;
  s.bcubed_f1 = F1(s.bcubed_precision, s.bcubed_recall);
  return s;
}

Scores Cluster(const std::vector<LabelledDoc>& docs, const StoryOptions& options,
               std::map<std::string, std::set<int64_t>>* by_label = nullptr) {
  StoryIndex index(options);
  std::vector<std::string> gold;
  std::vector<int64_t> predicted;
  for (const auto& d : docs) {
    gold.push_back(d.story);
    predicted.push_back(index.Add(d.article).story_id);
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    predicted[i] = index.ResolveStory(predicted[i]);  // stories merged since
    if (by_label) (*by_label)[docs[i].story].insert(predicted[i]);
  }
  return Score(gold, predicted);
}

TEST(NumberKey, ReadsGroupedAndForeignDigits) {
  EXPECT_EQ(NumberKey("4,500"), "4500");
  EXPECT_EQ(NumberKey("4.500"), "4500");
  EXPECT_EQ(NumberKey("4500"), "4500");
  EXPECT_EQ(NumberKey("٤٥٠٠"), "4500");
  EXPECT_EQ(NumberKey("1,234,567"), "1234567");
  EXPECT_EQ(NumberKey("3.5"), "3.5");
  EXPECT_EQ(NumberKey("6,1"), "6.1");
  EXPECT_EQ(NumberKey("2.0"), "2");
  EXPECT_EQ(NumberKey("4500ren"), "");
  EXPECT_EQ(NumberKey("iraq"), "");
}

TEST(Skeleton, TransliterationsMeet) {
  EXPECT_EQ(Skeleton("iraq"), Skeleton("irak"));
  EXPECT_EQ(Skeleton("iraq"), Skeleton("iraku"));      // イラク
  EXPECT_EQ(Skeleton("iraq"), Skeleton("'yr'q"));      // עיראק
  EXPECT_EQ(Skeleton("syria"), Skeleton("swryh"));     // סוריה
  EXPECT_EQ(Skeleton("syria"), Skeleton("shiria"));    // シリア
  EXPECT_EQ(Skeleton("baghdad"), Skeleton("bghdad"));  // بغداد
  EXPECT_NE(Skeleton("iraq"), Skeleton("iran"));
  EXPECT_EQ(Skeleton("a"), "");
}

TEST(Tokenize, KeepsCombiningMarksAndJoinersInWords) {
  // Devanagari and Tamil vowel signs are spacing marks (Mc) of combining class 0.
  EXPECT_EQ(TokenWords("जापान के प्रधानमंत्री शिंजो आबे"),
            (std::vector<std::string>{"जापान", "के", "प्रधानमंत्री", "शिंजो", "आबे"}));
  EXPECT_EQ(TokenWords("தமிழ்நாடு அரசு"), (std::vector<std::string>{"தமிழ்நாடு", "அரசு"}));
  // Zero-width non-joiner (Persian) and joiner (Sinhala conjuncts) stay inside the word.
  EXPECT_EQ(TokenWords("می\u200cخواهد رفت"), (std::vector<std::string>{"می\u200cخواهد", "رفت"}));
  EXPECT_EQ(TokenWords("ශ්\u200dරී ලංකාව"), (std::vector<std::string>{"ශ්\u200dරී", "ලංකාව"}));
}

TEST(Tokenize, GeorgianIsUncased) {
  for (const auto& t : Tokenize("სალმან რუშდის საჯარო ლექციის დროს")) EXPECT_FALSE(t.cased);
  EXPECT_TRUE(Tokenize("Salman")[0].cased);
  // So its words are skeleton anchors like those of other scripts without case.
  FeatureExtractor extractor(80);
  EXPECT_FALSE(extractor.Extract("", "სალმან რუშდის საჯარო ლექციის დროს").soft_anchors.empty());
}

TEST(FeatureExtractor, PageChromeIsNoName) {
  FeatureExtractor extractor(80);
  // Two error pages of different sites share "Terms of Service", which names no news.
  const auto error_page = extractor.Extract(
      "Are you a robot?",
      "For more information you can review our Terms of Service and Cookie Policy. Copyright "
      "2005 Yahoo Inc. All Rights Reserved.");
  EXPECT_EQ(error_page.anchors.size(), 1u);  // Yahoo (2005 is a year)
  EXPECT_EQ(
      extractor.Extract("", "Researchers at Sophos scanned the spam of Microsoft.").anchors.size(),
      2u);
}

// Ids shared by two sorted anchor lists.
std::vector<uint64_t> SharedIds(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<uint64_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both;
}

// Job titles and offices, capitalized in many languages and written in every report of an
// event, name no one: they are no anchors in any language ("Première" of a French
// "Première ministre" met the Georgian "პრემიერ-მინისტრი" of another event).
TEST(FeatureExtractor, JobTitlesAreNoNames) {
  FeatureExtractor extractor(80);
  EXPECT_EQ(
      extractor.Extract("", "Yesterday President Macron met Chancellor Scholz.").anchors.size(),
      2u);  // Macron, Scholz
  EXPECT_EQ(
      extractor.Extract("", "Gestern traf Bundeskanzlerin Merkel den Präsidenten.").anchors.size(),
      1u);  // Merkel; a case form ("Präsidenten") is a title too
  auto all = [&](const char* text) {
    const ArticleFeatures f = extractor.Extract("", text);
    std::vector<uint64_t> ids = f.anchors;
    ids.insert(ids.end(), f.soft_anchors.begin(), f.soft_anchors.end());
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  EXPECT_TRUE(SharedIds(all("La Première ministre a démissionné hier soir."),
                        all("პრემიერ-მინისტრმა გადადგომა გამოაცხადა"))
                  .empty());
  EXPECT_TRUE(SharedIds(all("대통령은 말했다"), all("대통령이 웃었다")).empty());
}

// A name in a case form of the article's language ("Ukrainassa", "Путиным", "პუტინმა")
// also gives the anchor or place of its stem, so that it meets the name in other languages;
// stems of under kCaseStemMinLength code points are not taken.
TEST(FeatureExtractor, NamesInCaseFormsMeetTheirBaseForm) {
  EXPECT_EQ(CaseStems("ukrainassa", CaseEndings("fi")),
            (std::vector<std::string>{"ukraina", "ukrainass"}));
  EXPECT_TRUE(CaseStems("putin", CaseEndings("fi")).empty());
  // Endings are compared on match keys, as words are: "Ukrajnából" is "ukrajnabol".
  ASSERT_FALSE(CaseStems("ukrajnabol", CaseEndings("hu")).empty());
  EXPECT_EQ(CaseStems("ukrajnabol", CaseEndings("hu")).front(), "ukrajna");
  EXPECT_TRUE(CaseEndings("en").empty());
  FeatureExtractor extractor(80);
  const auto en = extractor.Extract("", "They met Putin in Ukraine.").anchors;
  EXPECT_EQ(SharedIds(extractor.Extract("", "He vierailivat Ukrainassa.", "fi").anchors, en).size(),
            1u);  // Ukraine
  EXPECT_TRUE(SharedIds(extractor.Extract("", "He vierailivat Ukrainassa.").anchors, en).empty());
  EXPECT_EQ(SharedIds(extractor.Extract("", "Встреча с Путиным прошла.", "ru").anchors, en).size(),
            1u);  // Putin
  EXPECT_EQ(SharedIds(extractor.Extract("", "პუტინმა განაცხადა", "ka").soft_anchors, en).size(),
            1u);
}

// A stem is shorter than its word: it gives an anchor only when its skeleton keeps 3
// letters or more. Nepali "जेमिनको" (of Jemin, Jiang Zemin) stems to "जेमिन", whose skeleton
// "mn" is also Mauna Loa's; the whole word ("mnk") and longer stems still count.
TEST(FeatureExtractor, CaseStemsWithShortSkeletonsGiveNoAnchor) {
  FeatureExtractor extractor(80);
  const auto ne = extractor.Extract("", "जेमिनको भाषण सुनियो।", "ne");
  const auto mauna = extractor.Extract("", "Le Mauna Loa entre en éruption.").anchors;
  EXPECT_TRUE(SharedIds(ne.soft_anchors, mauna).empty());
  EXPECT_EQ(
      SharedIds(ne.soft_anchors, extractor.Extract("", "Ils ont vu Jeminako hier.").anchors).size(),
      1u);  // the whole word
  EXPECT_EQ(SharedIds(extractor.Extract("", "पुटिनको भ्रमण भयो।", "ne").soft_anchors,
                      extractor.Extract("", "They met Putin.").anchors)
                .size(),
            1u);  // a stem of 3 letters ("ptn")
}

// A day and month written "15.11." is a date, shared by every report of that day as a year
// is: no number anchor (two Finnish blurbs of two events of 15 November met on it). Only in
// languages that write decimals with a comma, where it can be no decimal at a sentence's
// end ("a magnitude of 7.6.").
TEST(FeatureExtractor, DayAndMonthDatesAreNoNumberAnchors) {
  FeatureExtractor extractor(80);
  EXPECT_TRUE(extractor.Extract("", "väkiluku kasvoi (15.11.)", "fi").anchors.empty());
  EXPECT_TRUE(extractor.Extract("", "Am 1.11. wurde gewählt.", "de").anchors.empty());
  EXPECT_TRUE(extractor.Extract("", "в стране выборы прошли 15.11. утром", "ru").anchors.empty());
  // Other numbers of those languages stay anchors: thousands, a month 13, no trailing dot.
  EXPECT_EQ(extractor.Extract("", "Maanjäristys tappoi 4.500 ihmistä.", "fi").anchors.size(), 1u);
  EXPECT_EQ(extractor.Extract("", "Maanjäristys tappoi 15.13. ihmistä.", "fi").anchors.size(), 1u);
  EXPECT_EQ(extractor.Extract("", "Kello oli 15.11 ja ohjus osui.", "fi").anchors.size(), 1u);
  // In a language of decimal points (or an unknown one) "7.6." is a magnitude.
  EXPECT_EQ(extractor.Extract("", "The quake had a magnitude of 7.6.", "en").anchors.size(), 1u);
  EXPECT_EQ(extractor.Extract("", "The quake had a magnitude of 7.6.").anchors.size(), 1u);
}

// In scripts without spaces the number of a month or a day is glued to its counter
// ("11월 5일", "11月15日"): a date, no number anchor (a Korean blurb of a game played on 5
// November met another of a series won that day on "11"). Other figures stay anchors.
TEST(FeatureExtractor, MonthAndDayNumbersOfCjkDatesAreNoAnchors) {
  FeatureExtractor extractor(80);
  EXPECT_TRUE(extractor.Extract("", "11월 15일, 발표했다.", "ko").anchors.empty());
  EXPECT_TRUE(extractor.Extract("", "11月15日，宣布了。", "zh").anchors.empty());
  EXPECT_TRUE(extractor.Extract("", "11月15日、発表した。", "ja").anchors.empty());
  EXPECT_EQ(extractor.Extract("", "54명이 사망했다.", "ko").anchors.size(), 1u);
  EXPECT_EQ(extractor.Extract("", "54人死亡。", "zh").anchors.size(), 1u);
}

// A place with a particle or prefix glued to it (Korean "일본이" = Japan + subject particle,
// Hebrew "ביפן" = in + Japan) is the place: its form without them (WordVariant) is looked
// up as a case stem is, so that it meets the place in other languages.
TEST(FeatureExtractor, PlacesWithGluedParticlesOrPrefixesAreThePlace) {
  FeatureExtractor extractor(80);
  const auto en = extractor.Extract("", "Japan beat the United States in the final.").anchors;
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "일본이 미국을 꺾고 우승하였다.", "ko").anchors, en).size(),
      2u);  // Japan, the United States
  EXPECT_EQ(SharedIds(extractor.Extract("", "הם ניצחו ביפן", "he").anchors, en).size(), 1u);
}

// CLDR's short and variant country names are the country too: Russian and Ukrainian "США",
// Belarusian "ЗША" (the United States), English "Czech Republic" (Czechia).
TEST(FeatureExtractor, ShortAndVariantCountryNamesAreThePlace) {
  FeatureExtractor extractor(80);
  const auto us = extractor.Extract("", "A balloon flew over the United States.").anchors;
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "Воздушный шар пролетел над США.", "ru").anchors, us).size(),
      1u);
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "Паветраны шар праляцеў над ЗША.", "be").anchors, us).size(),
      1u);
  EXPECT_EQ(SharedIds(extractor.Extract("", "Elections were held in the Czech Republic.").anchors,
                      extractor.Extract("", "Elections were held in Czechia.").anchors)
                .size(),
            1u);
}

// The United Nations is named as a country is, in every language (CLDR's "UN" among its
// regions), so it is one anchor in every script; its two-letter names in a cased script
// are words of the language ("Он", he) and name nothing.
TEST(FeatureExtractor, TheUnitedNationsIsOneAnchorInEveryScript) {
  FeatureExtractor extractor(80);
  const auto un = [&](std::string_view text, std::string_view language) {
    return extractor.Extract("", text, language).anchors;
  };
  const auto en = un("The United Nations estimates the world population.", "en");
  EXPECT_EQ(SharedIds(un("Согласно расчётам ООН, население Земли выросло.", "ru"), en).size(), 1u);
  EXPECT_EQ(SharedIds(un("根据联合国发布的报告，世界人口增长。", "zh"), en).size(), 1u);
  EXPECT_EQ(SharedIds(un("유엔은 세계 인구를 발표했다.", "ko"), en).size(), 1u);
  EXPECT_EQ(SharedIds(un("Segundo as Nações Unidas, a população mundial cresce.", "pt"), en).size(),
            1u);
  EXPECT_TRUE(SharedIds(un("Он сказал, что население Земли выросло.", "ru"), en).empty());
}

// The UN's acronyms in CLDR's names of one language ("FN", "YK", "ONU"; too short for the
// lexicon's names) are the UN in an article of that language that writes them in
// capitals, also after an elided article ("l'ONU"); not written so ("Fn"), in another
// language (French "FN", a party) or with no language they are none.
TEST(FeatureExtractor, TheUnitedNationsAcronymsInCapitalsAreThePlaceInTheirLanguage) {
  FeatureExtractor extractor(80);
  const auto anchors = [&](std::string_view text, std::string_view language) {
    return extractor.Extract("", text, language).anchors;
  };
  const auto un = anchors("The United Nations estimates the world population.", "en");
  EXPECT_EQ(SharedIds(anchors("Ifølge FN vokser befolkningen raskt.", "no"), un).size(), 1u);
  EXPECT_EQ(SharedIds(anchors("Ifølge FN vokser befolkningen raskt.", "da"), un).size(), 1u);
  EXPECT_EQ(SharedIds(anchors("YK ilmoitti maailman väkiluvun kasvaneen.", "fi"), un).size(), 1u);
  EXPECT_EQ(SharedIds(anchors("La population croît selon l'ONU.", "fr"), un).size(), 1u);
  EXPECT_EQ(SharedIds(anchors("A população cresce, segundo a ONU.", "pt"), un).size(), 1u);
  EXPECT_TRUE(SharedIds(anchors("Ifølge Fn vokser befolkningen raskt.", "no"), un).empty());
  EXPECT_TRUE(SharedIds(anchors("Le FN gagne les élections.", "fr"), un).empty());
  EXPECT_TRUE(SharedIds(anchors("Ifølge FN vokser befolkningen raskt.", ""), un).empty());
}

// A country after an article or preposition that French or Italian elide and glue to it is
// the country ("l'Allemagne", "d'Italie", "dell'Italia"), with either apostrophe, though
// the word starts in lower case; an elided word before another word is nothing.
TEST(FeatureExtractor, CountriesAfterAnElidedArticleAreThePlace) {
  FeatureExtractor extractor(80);
  const auto de = extractor.Extract("", "Germany wins the hockey world cup.").anchors;
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "l\u2019Allemagne gagne la Coupe du monde.", "fr").anchors,
                de)
          .size(),
      1u);
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "l'Allemagne gagne la Coupe du monde.", "fr").anchors, de)
          .size(),
      1u);
  const auto it = extractor.Extract("", "The president of Italy resigned.").anchors;
  EXPECT_EQ(SharedIds(extractor.Extract("", "Le président d'Italie démissionne.", "fr").anchors, it)
                .size(),
            1u);
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "Il presidente dell'Italia si dimette.", "it").anchors, it)
          .size(),
      1u);
  EXPECT_TRUE(extractor.Extract("", "l'autre équipe gagne la coupe.", "fr").anchors.empty());
}

// A Latin case stem names the country also with the final vowel the name lost before its
// ending put back: Polish "Norwegii" (of "Norwegia") is "norwegi" + "a", "Polski" (of
// "Polska") "polsk" + "a". Only in the article's own language, whose endings these are.
TEST(FeatureExtractor, CaseStemsWithTheirFinalVowelPutBackAreThePlace) {
  FeatureExtractor extractor(80);
  const auto no = extractor.Extract("", "Norway won the handball championship.").anchors;
  const auto pl = [&](std::string_view language) {
    return extractor.Extract("", "Mistrzostwa wygrała reprezentacja Norwegii.", language).anchors;
  };
  EXPECT_EQ(SharedIds(pl("pl"), no).size(), 1u);
  EXPECT_TRUE(SharedIds(pl("en"), no).empty());
  EXPECT_EQ(SharedIds(extractor.Extract("", "Medale reprezentacji Polski.", "pl").anchors,
                      extractor.Extract("", "Medals of Poland.").anchors)
                .size(),
            1u);
}

// German and the Scandinavian languages write a country's genitive with a final "s"
// ("Norges", "Deutschlands", "Sveriges"): the country, in the article's language.
TEST(FeatureExtractor, GermanicGenitivesOfCountriesAreThePlace) {
  FeatureExtractor extractor(80);
  const auto no = extractor.Extract("", "The women of Norway win the handball title.").anchors;
  const auto nb = [&](std::string_view language) {
    return extractor.Extract("", "Norges kvinnelandslag tar gull.", language).anchors;
  };
  EXPECT_EQ(SharedIds(nb("no"), no).size(), 1u);
  EXPECT_EQ(SharedIds(nb("nb"), no).size(), 1u);
  EXPECT_TRUE(SharedIds(nb("en"), no).empty());
  EXPECT_EQ(SharedIds(extractor.Extract("", "Die Wirtschaft Deutschlands wächst.", "de").anchors,
                      extractor.Extract("", "The economy of Germany grows.").anchors)
                .size(),
            1u);
}

// A country whose name is also the exemplar city of a time zone in it (Fiji and
// Pacific/Fiji, Singapore, Kuwait) is that country, not a name of two places.
TEST(FeatureExtractor, CountriesNamedLikeTheirOwnCityAreThePlace) {
  FeatureExtractor extractor(80);
  const auto fiji =
      extractor.Extract("", "Sitiveni Rabuka devient Premier ministre des Fidji.").anchors;
  EXPECT_EQ(SharedIds(extractor.Extract("", "西蒂韦尼·兰布卡就任斐济总理。").anchors, fiji).size(),
            1u);
  EXPECT_EQ(SharedIds(extractor.Extract("", "رابوكا رئيسا لوزراء فيجي").anchors, fiji).size(), 1u);
  EXPECT_EQ(SharedIds(extractor.Extract("", "新加坡举行大选。").anchors,
                      extractor.Extract("", "Élections à Singapour.").anchors)
                .size(),
            1u);
  // Matched as written only: Russian "Катар" (Qatar) is no stem of "Катании" (Catania).
  EXPECT_TRUE(SharedIds(extractor.Extract("", "Аэропорт Катании закрыт.", "ru").anchors,
                        extractor.Extract("", "Flights to Qatar resumed.").anchors)
                  .empty());
}

// The region codes GB and NZ are also (legacy) time-zone ids of ICU; they are countries,
// named in every language like the others, not cities that share their country's name.
TEST(FeatureExtractor, TheUnitedKingdomAndNewZealandArePlaces) {
  FeatureExtractor extractor(80);
  const auto places = [&](std::string_view text) { return extractor.Extract("", text).anchors; };
  const auto nz = places("Floods hit New Zealand.");
  EXPECT_EQ(SharedIds(places("Des inondations frappent la Nouvelle-Zélande."), nz).size(), 1u);
  EXPECT_EQ(SharedIds(places("新西兰遭受洪灾。"), nz).size(), 1u);
  const auto uk = places("Strikes spread across the United Kingdom.");
  EXPECT_EQ(SharedIds(places("Les grèves s'étendent au Royaume-Uni."), uk).size(), 1u);
  EXPECT_EQ(SharedIds(places("Забастовки охватили Великобританию."), uk).size(), 1u);
  EXPECT_TRUE(SharedIds(nz, uk).empty());
}

// A dictionary splits a run of Han by its context, not always where a name ends ("印度
// 尼西亚巴 厘 岛": India and a made-up word): the longest place the characters spell wins,
// so Indonesia is not India. A place inside one longer dictionary word stays no place
// (印度洋, the Indian Ocean).
TEST(FeatureExtractor, TheLongestPlaceAHanRunSpellsWins) {
  FeatureExtractor extractor(80);
  const auto places = [&](std::string_view text) { return extractor.Extract("", text).anchors; };
  const auto indonesia = places("An earthquake struck Indonesia.");
  const auto india = places("An earthquake struck India.");
  for (std::string_view text : {"地震袭击印度尼西亚苏拉威西岛。", "会议在印度尼西亚巴厘岛举行。"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(SharedIds(places(text), indonesia).size(), 1u);
    EXPECT_TRUE(SharedIds(places(text), india).empty());
  }
  EXPECT_EQ(SharedIds(places("印度尼西亚总统访问北京。"), indonesia).size(), 1u);
  EXPECT_TRUE(SharedIds(places("气旋在印度洋形成。"), india).empty());
}

// Four or more places one right after the other, nothing between them, are a list (a
// page's country menu, a flattened table), not what the text reports: they give no
// anchor, so two pages with one menu do not meet on it. Prose separates what it
// enumerates, and a place named outside the list keeps its anchor.
TEST(FeatureExtractor, PlacesListedWithNothingBetweenGiveNoAnchor) {
  FeatureExtractor extractor(80);
  const auto prose =
      extractor.Extract("", "Sales fell in Italy, France, Germany, Spain and Sweden.").anchors;
  EXPECT_EQ(prose.size(), 5u);
  EXPECT_TRUE(SharedIds(extractor
                            .Extract("",
                                     "Choose your country Italy France Germany Spain "
                                     "Sweden United Kingdom")
                            .anchors,
                        prose)
                  .empty());
  EXPECT_TRUE(SharedIds(extractor
                            .Extract("",
                                     "Wählen Sie Ihr Land: Italien Frankreich "
                                     "Deutschland Spanien Schweden",
                                     "de")
                            .anchors,
                        prose)
                  .empty());
  EXPECT_EQ(SharedIds(extractor
                          .Extract("",
                                   "Strikes in France. Editions: Italy France Germany "
                                   "Spain Sweden")
                          .anchors,
                      prose)
                .size(),
            1u);  // France, named in the text too
  EXPECT_EQ(
      SharedIds(extractor.Extract("", "Talks between Italy and France.").anchors, prose).size(),
      2u);
}

// A country or city is one anchor in every language ICU names it in (CLDR region names,
// time-zone exemplar cities), so that
// one-sentence reports of an event in four scripts meet on it; inflected forms in other
// scripts than Latin count ("Японии" is the genitive of "Япония"). Latin stems do not
// (Dutch "Servië" is Serbia, "Service" is not), nor do words that merely start like one.
TEST(FeatureExtractor, CountryNamesAreOneAnchorInEveryScript) {
  FeatureExtractor extractor(80);
  auto anchors = [&](const char* title) { return extractor.Extract(title, "").anchors; };
  auto shared = [](const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    std::vector<uint64_t> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both;
  };
  const auto en = anchors("Former prime minister of Japan shot at a rally");
  const auto ru = anchors("Бывший премьер-министр Японии застрелен на митинге");
  const auto zh = anchors("日本前首相在集会上遭枪击");
  const auto ar = anchors("مقتل رئيس وزراء اليابان السابق");
  const auto japan = shared(en, ru);
  ASSERT_EQ(japan.size(), 1u);
  EXPECT_EQ(shared(en, zh), japan);
  EXPECT_EQ(shared(ru, ar), japan);
  EXPECT_EQ(shared(anchors("Президент Японии"), anchors("Japon")), japan);
  // Cities are places too (CLDR's exemplar cities of the time zones).
  const auto tokyo = shared(anchors("Earthquake shakes Tokyo"), anchors("Землетрясение в Токио"));
  ASSERT_EQ(tokyo.size(), 1u);
  EXPECT_EQ(shared(anchors("東京で地震"), anchors("Séisme à Tokyo")), tokyo);
  EXPECT_NE(tokyo, japan);
  // A name written with a hyphen is one word of a text, and one place.
  EXPECT_EQ(
      shared(anchors("Elections in Guinea-Bissau"), anchors("Élections en Guinée-Bissau")).size(),
      1u);
  // Not places: a Latin word starting like one, a common noun.
  EXPECT_TRUE(shared(anchors("Servië"), anchors("Customer Service Week")).empty());
  EXPECT_TRUE(shared(anchors("India"), anchors("Indiana Jones")).empty());
  EXPECT_TRUE(shared(en, anchors("Former prime minister of Peru shot at a rally")).empty());
}

// Chinese writes foreign names with a small set of transcription characters, and a
// dictionary splits such a name into pieces ("奇 普 菲 尔 德"): the pieces are one word
// again, so the name's pinyin skeleton meets its Latin spelling; ordinary words stay apart.
TEST(FeatureExtractor, ChineseTranscribedNamesMeetTheirLatinSpelling) {
  using stories_internal::Tokenize;
  using stories_internal::TokenWords;
  auto words = [](const char* text) {
    std::vector<std::string> out;
    for (const auto& t : Tokenize(text)) {
      for (auto& w : TokenWords(t)) out.push_back(std::move(w));
    }
    return out;
  };
  const auto chipperfield = words("英國建築師戴维·奇普菲尔德獲頒普利兹克建築獎");
  EXPECT_NE(std::find(chipperfield.begin(), chipperfield.end(), "奇普菲尔德"), chipperfield.end());
  EXPECT_NE(std::find(chipperfield.begin(), chipperfield.end(), "普利兹克"), chipperfield.end());
  EXPECT_NE(std::find(chipperfield.begin(), chipperfield.end(), "建築師"), chipperfield.end());
  const auto common = words("德国和法国的特别代表在巴西开会");
  EXPECT_NE(std::find(common.begin(), common.end(), "德国"), common.end());
  EXPECT_NE(std::find(common.begin(), common.end(), "特别"), common.end());

  FeatureExtractor extractor(80);
  auto shared = [](const std::vector<uint64_t>& hard, const std::vector<uint64_t>& soft) {
    std::vector<uint64_t> both;
    std::set_intersection(hard.begin(), hard.end(), soft.begin(), soft.end(),
                          std::back_inserter(both));
    return both.size();
  };
  const auto en = extractor.Extract("Benjamin Netanyahu pauses the judicial reform", "");
  const auto zh = extractor.Extract("以色列总理本雅明·内塔尼亚胡宣布暂停司法改革计划", "");
  EXPECT_EQ(shared(en.anchors, zh.soft_anchors), 1u);  // Netanyahu
  const auto swift_en = extractor.Extract("Taylor Swift sets a Billboard record", "");
  const auto swift_zh = extractor.Extract("美國創作歌手泰勒·斯威夫特創下紀錄", "");
  EXPECT_EQ(shared(swift_en.anchors, swift_zh.soft_anchors), 1u);  // Swift
  EXPECT_EQ(shared(en.anchors, swift_zh.soft_anchors), 0u);
}

// In a text of long_text_words or more, a name is a term like any other word (no double
// weight, no ASCII skeleton): long reports of one event share their vocabulary, and a
// doubled name is what joins two news items about one company. Short texts keep both.
TEST(FeatureExtractor, NamesArePlainWordsInLongTexts) {
  const char* text = "Researchers said Sophos found spam.";  // 5 words, one name
  auto weight = [](const std::vector<stories_internal::Term>& terms, uint64_t id) {
    for (const auto& t : terms) {
      if (t.id == id) return t.weight;
    }
    return 0.0f;
  };
  const uint64_t name = stories_internal::HashTerm('w', "sophos");
  const uint64_t word = stories_internal::HashTerm('w', "spam");
  const uint64_t skeleton = stories_internal::HashTerm('s', "sfs");
  FeatureExtractor short_texts(80, /*long_text_words=*/6);
  const auto as_short = short_texts.Extract("", text).terms;
  EXPECT_GT(weight(as_short, name), weight(as_short, word));
  EXPECT_GT(weight(as_short, skeleton), 0.0f);
  FeatureExtractor long_texts(80, /*long_text_words=*/5);
  const auto as_long = long_texts.Extract("", text).terms;
  EXPECT_GT(weight(as_long, word), 0.0f);
  EXPECT_EQ(weight(as_long, name), weight(as_long, word));
  EXPECT_EQ(weight(as_long, skeleton), 0.0f);
}

// A quantity with a scale word is one number anchor in every language and in figures or
// words, so that blurbs of one event in different scripts meet on it.
TEST(FeatureExtractor, QuantitiesWithScaleWordsMeetAcrossLanguages) {
  FeatureExtractor extractor(80);
  auto anchors = [&](const char* text) { return extractor.Extract("", text).anchors; };
  const std::vector<uint64_t> billions = anchors("The world population passed 8 billion.");
  ASSERT_EQ(billions.size(), 1u);
  for (const char* text : {
           "The world population passed eight billion.",
           "La Terre compte huit milliards d'humains.",
           "Население Земли достигло 8 миллиардов человек.",
           "世界人口已經突破80亿人。",
           "세계 인구가 80억 명에 이르렀다.",
           "La población mundial supera los 8 mil millones.",
           "Die Weltbevölkerung hat 8.000 Millionen erreicht.",
       }) {
    const std::vector<uint64_t> a = anchors(text);  // with its names, if any
    EXPECT_TRUE(std::includes(a.begin(), a.end(), billions.begin(), billions.end())) << text;
  }
  const std::vector<uint64_t> german = anchors("Der Etat wächst um 1,5 Milliarden Euro.");
  const std::vector<uint64_t> english = anchors("The budget grows by 1.5 billion euros.");
  EXPECT_TRUE(std::includes(german.begin(), german.end(), english.begin(), english.end()));
  EXPECT_FALSE(std::includes(english.begin(), english.end(), billions.begin(), billions.end()));
  // Without a scale word, a small number is no anchor.
  EXPECT_TRUE(anchors("Eight people and 8 dogs were rescued.").empty());
}

// Number words and scale words of more languages and scripts, in the case forms numbers
// take before a scale word, written apart, as dictionary words of unspaced scripts or as
// compounds, are the same anchor as "8 billion".
TEST(FeatureExtractor, QuantitiesInWordsOfManyLanguagesAreOneAnchor) {
  FeatureExtractor extractor(80);
  auto anchors = [&](const char* text, const char* language = "") {
    return extractor.Extract("", text, language).anchors;
  };
  auto includes = [](const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    return std::includes(a.begin(), a.end(), b.begin(), b.end());
  };
  const std::vector<uint64_t> billions = anchors("The budget reached 8 billion.");
  ASSERT_EQ(billions.size(), 1u);
  // Each in its language and in an article of unknown language.
  for (const auto& [language, text] : std::vector<std::pair<const char*, const char*>>{
           {"fa", "بودجه به هشت میلیارد رسید."},
           {"ar", "بلغت الميزانية ثمانية مليارات."},
           {"ur", "بجٹ آٹھ ارب تک پہنچ گیا۔"},
           {"hi", "बजट आठ अरब तक पहुँचा।"},
           {"ne", "बजेट आठ अर्ब पुग्यो।"},
           {"bn", "বাজেট আট বিলিয়ন ছাড়িয়েছে।"},
           {"ta", "வரவு செலவு எட்டு பில்லியன் ஆனது."},
           {"th", "งบประมาณสูงถึงแปดพันล้านบาท"},         // unspaced
           {"lo", "ງົບປະມານແປດພັນລ້ານກີບ"},               // unspaced
           {"uk", "Бюджет досяг восьми мільярдів."},  // genitive
           {"be", "Бюджэт дасягнуў васьмі мільярдаў."},
           {"pl", "Budżet sięgnął ośmiu miliardów."},
           {"bg", "Бюджетът достигна осем милиарда."},
           {"lt", "Biudžetas pasiekė aštuonis milijardus."},  // accusative
           {"et", "Eelarve ulatus kaheksa miljardini."},
           {"hu", "A költségvetés elérte a nyolcmilliárdot."},  // closed compound
           {"az", "Büdcə səkkiz milyard manata çatdı."},
           {"kk", "Бюджет сегіз миллиард теңгеге жетті."},
           {"el", "Ο προϋπολογισμός έφτασε τα οκτώ δισεκατομμύρια."},
           {"hy", "Բյուջեն հասավ ութ միլիարդի։"},
           {"ka", "ბიუჯეტმა რვა მილიარდს მიაღწია."},
           {"he", "התקציב עומד על שמונה מיליארד שקל."},
           {"de", "Der Haushalt knackt die Acht-Milliarden-Grenze."},  // hyphenated
           {"de", "Der Haushalt knackt die 8-Milliarden-Grenze."},
           {"af", "Die begroting oorskry die agt-miljard-kerf."},
           {"nl", "De begroting haalt achtmiljard."},  // closed compound
           {"sco", "The budget haes excedit aicht billion."},
       }) {
    EXPECT_TRUE(includes(anchors(text, language), billions)) << language << ": " << text;
    EXPECT_TRUE(includes(anchors(text), billions)) << text;
  }
  // A number word is read only as a whole word or a whole part of a compound, and words
  // that are also common words of other languages are left out.
  const std::vector<uint64_t> six_millions = anchors("The fund holds 6 million.");
  EXPECT_FALSE(includes(anchors("Das Land hat Millionen Einwohner."), six_millions));
  const std::vector<uint64_t> two_billions = anchors("The fund holds 2 billion.");
  EXPECT_FALSE(includes(anchors("Le budget franchit la barre du milliard."), two_billions));
  EXPECT_FALSE(includes(anchors("Der Haushalt knackt die Nachtmilliarden."), billions));
  const std::vector<uint64_t> six_billions = anchors("The fund holds 6 billion.");
  EXPECT_FALSE(includes(anchors("La banque perd ses milliards."), six_billions));
  // A closed compound needs a number word of 3+ code points: "Timing" is no "ti" + "ming".
  EXPECT_TRUE(anchors("The timing matters.").empty());
}

// A number word is read only in the languages it belongs to (or in those that write their
// words: Mazandarani Persian's, Scots English's); an article of unknown language reads
// only the words that are no common word of another language of the tables.
TEST(FeatureExtractor, NumberWordsAreReadOnlyInTheirLanguages) {
  FeatureExtractor extractor(80);
  auto anchors = [&](const char* text, const char* language) {
    return extractor.Extract("", text, language).anchors;
  };
  auto includes = [](const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    return std::includes(a.begin(), a.end(), b.begin(), b.end());
  };
  auto quantity = [&](const char* figures) {
    const std::vector<uint64_t> a = anchors(figures, "en");
    EXPECT_EQ(a.size(), 1u) << figures;
    return a;
  };
  const std::vector<uint64_t> two_millions = quantity("The fund holds 2 million.");
  const std::vector<uint64_t> six_millions = quantity("The fund holds 6 million.");
  const std::vector<uint64_t> eight_millions = quantity("The fund holds 8 million.");
  const std::vector<uint64_t> one_billion = quantity("The fund holds 1 billion.");
  const std::vector<uint64_t> two_billions = quantity("The fund holds 2 billion.");
  const std::vector<uint64_t> eight_billions = quantity("The fund holds 8 billion.");
  // English "to", Danish and Norwegian "two".
  EXPECT_FALSE(includes(anchors("The app grew to millions of users.", "en"), two_millions));
  EXPECT_FALSE(includes(anchors("The app grew to millions of users.", ""), two_millions));
  EXPECT_TRUE(includes(anchors("Appen voksede til to millioner brugere.", "da"), two_millions));
  EXPECT_TRUE(includes(anchors("Appen vokste til to millioner brukere.", "no"), two_millions));
  EXPECT_TRUE(includes(anchors("Appen vokste til to millioner brukere.", "nb"), two_millions));
  // Unknown language: "to" is English, "otte" only Danish.
  EXPECT_FALSE(includes(anchors("Appen voksede til to millioner brugere.", ""), two_millions));
  EXPECT_TRUE(includes(anchors("Appen voksede til otte millioner brugere.", ""), eight_millions));
  // Hungarian "hat" (six), German "hat" (has); Lithuanian "du" (two), French "du".
  EXPECT_TRUE(includes(anchors("Az alap hat millió forintot kapott.", "hu"), six_millions));
  EXPECT_FALSE(includes(anchors("Das Land hat Millionen Einwohner.", "de"), six_millions));
  EXPECT_FALSE(includes(anchors("Az alap hat millió forintot kapott.", ""), six_millions));
  EXPECT_TRUE(includes(anchors("Fondas gavo du milijardus eurų.", "lt"), two_billions));
  EXPECT_FALSE(includes(anchors("Le budget franchit la barre du milliard.", "fr"), two_billions));
  // French "en" (in), Swedish "one".
  EXPECT_FALSE(includes(anchors("Les pertes se chiffrent en milliards.", "fr"), one_billion));
  // Languages that write another's number words: Mazandarani, Scots, a region subtag.
  EXPECT_TRUE(includes(anchors("بودجه به هشت میلیارد رسید.", "mzn"), eight_billions));
  EXPECT_TRUE(includes(anchors("The budget haes excedit eight billion.", "sco"), eight_billions));
  EXPECT_TRUE(includes(anchors("The budget reached eight billion.", "en-GB"), eight_billions));
  // A scale word that is also a common noun counts only after a number: Hindi अरब is
  // "billion" and "Arab".
  EXPECT_TRUE(includes(anchors("कोष को आठ अरब रुपये मिले।", "hi"), eight_billions));
  for (const char* language : {"hi", ""}) {
    EXPECT_FALSE(includes(anchors("अरब देशों के नेता मिले।", language), one_billion)) << language;
  }
}

// A scale word is read whole or in one of its case and plural forms, never as the stem of
// a longer word: "billionaire" words are no quantity, plurals are.
TEST(FeatureExtractor, ScaleWordsAreNoStemsOfBillionaireWords) {
  FeatureExtractor extractor(80);
  auto anchors = [&](const char* text) { return extractor.Extract("", text).anchors; };
  auto includes = [](const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    return std::includes(a.begin(), a.end(), b.begin(), b.end());
  };
  const std::vector<uint64_t> billions = anchors("The budget reached 8 billion.");
  ASSERT_EQ(billions.size(), 1u);
  for (const char* text : {
           "Staten har 8 milliarder i fondet.",  // Norwegian plural
           "Staten har åtte milliarder i fondet.",
           "Regeringen sparar 8 miljarder kronor.",    // Swedish plural
           "Бюджет достиг восьми миллиардов рублей.",  // Russian genitive plural
           "Bütçe 8 milyarda ulaştı.",                 // Turkish dative
       }) {
    EXPECT_TRUE(includes(anchors(text), billions)) << text;
  }
  const std::vector<uint64_t> millions = anchors("The fund holds 8 million.");
  ASSERT_EQ(millions.size(), 1u);
  for (const char* text : {
           "В списке восемь миллиардеров.",  // Russian, billionaires
           "Eight billionaires met.", "Huit milliardaires ont signé.",
           "Acht Milliardäre unterschrieben den Brief.",
           "Listede sekiz milyarder var.",  // Turkish
           "Ocho millonarios firmaron.",    // Spanish, millionaires
           "Osiem milionerów podpisało.",   // Polish, millionaires
       }) {
    EXPECT_FALSE(includes(anchors(text), billions)) << text;
    EXPECT_FALSE(includes(anchors(text), millions)) << text;
  }
}

// Saved features are used only under the key they were saved with; kFeaturesFormat is
// part of it. This pins what Extract gives for a sample in three scripts, so that a change
// to the features that forgets to raise kFeaturesFormat fails here instead of restoring
// stale features from every user's store.
TEST(FeatureExtractor, SavedFeaturesRoundTripAndTheirFormatIsPinned) {
  const StoryOptions options;
  FeatureExtractor extractor(options.lead_words, options.long_text_words);
  const std::string title = "Iraq takes 5,700 ISIS detainees from Syria / עיראק";
  const std::string text =
      "Baghdad said on Thursday that 5,700 detainees held by the SDF in Syria were moved to "
      "Iraq. הממשלה בבגדאד אישרה את ההעברה. イラク政府は移送を確認した。";
  const ArticleFeatures f = extractor.Extract(title, text);
  const uint64_t key = extractor.SourceKey(title, text);
  EXPECT_NE(key, extractor.SourceKey(title, text + " "));
  EXPECT_NE(key, extractor.SourceKey(title, text, "fi"));  // case endings differ by language
  EXPECT_NE(
      key,
      FeatureExtractor(options.lead_words + 1, options.long_text_words).SourceKey(title, text));
  const std::string saved = stories_internal::SaveFeatures(f, key);
  const std::optional<ArticleFeatures> loaded = stories_internal::LoadFeatures(saved, key);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->exact_hash, f.exact_hash);
  EXPECT_EQ(loaded->word_count, f.word_count);
  EXPECT_EQ(loaded->minhash, f.minhash);
  ASSERT_EQ(loaded->terms.size(), f.terms.size());
  for (size_t i = 0; i < f.terms.size(); ++i) {
    EXPECT_EQ(loaded->terms[i].id, f.terms[i].id);
    EXPECT_EQ(loaded->terms[i].weight, f.terms[i].weight);
  }
  EXPECT_EQ(loaded->anchors, f.anchors);
  EXPECT_EQ(loaded->soft_anchors, f.soft_anchors);
  EXPECT_FALSE(stories_internal::LoadFeatures(saved, key + 1).has_value());
  EXPECT_FALSE(stories_internal::LoadFeatures(saved + "x", key).has_value());

  const uint64_t pinned = internal::Murmur3x64_128(stories_internal::SaveFeatures(f, 0), 0).first;
  EXPECT_EQ(pinned, 0xeaa85c44c67b7cb6ULL) << std::hex << pinned
                                           << ": Extract's output changed: raise kFeaturesFormat "
                                              "(stories_features.h), then pin the new value here";
}

TEST(WordVariant, StripsKoreanParticles) {
  EXPECT_EQ(WordVariant("푸틴은"), "푸틴");
  EXPECT_EQ(WordVariant("푸틴이"), "푸틴");
  EXPECT_EQ(WordVariant("서울에서"), "서울");
  EXPECT_EQ(WordVariant("우크라이나를"), "우크라이나");
  EXPECT_EQ(WordVariant("서울"), "");  // no particle
  EXPECT_EQ(WordVariant("국가"), "");  // one syllable would be left
  // The particle-less form is an anchor of the article, so "푸틴은" meets "푸틴" (Putin).
  FeatureExtractor extractor(80);
  const auto bare = extractor.Extract("", "푸틴 대통령").soft_anchors;
  const auto with_particle = extractor.Extract("", "푸틴은 대통령").soft_anchors;
  EXPECT_TRUE(std::includes(with_particle.begin(), with_particle.end(), bare.begin(), bare.end()));
}

TEST(WordVariant, StripsSemiticPrefixes) {
  EXPECT_EQ(WordVariant("והממשלה"), "הממשלה");
  EXPECT_EQ(WordVariant("العراق"), "عراق");
}

TEST(StoryIndex, ExactDuplicateJoinsFirstCopy) {
  StoryIndex index;
  StoryArticle a{1,    "https://a.example/x", "Title", "Some words of an article body.",
                 "en", "a.example",           1000};
  StoryArticle b = a;
  b.id = 2;
  b.url = "https://b.example/y";
  const StoryAssignment first = index.Add(a);
  const StoryAssignment second = index.Add(b);
  EXPECT_EQ(first.duplicate_of, 0);
  EXPECT_EQ(second.duplicate_of, 1);
  EXPECT_EQ(second.story_id, first.story_id);
  // Case and diacritics do not matter for the match key.
  StoryArticle c = a;
  c.id = 3;
  c.title = "TITLE";
  c.text = "Some wórds of an article body.";
  EXPECT_EQ(index.Add(c).duplicate_of, 1);
}

TEST(StoryIndex, ReAddingChangesNothing) {
  const std::vector<LabelledDoc> docs = LoadEvalSet();
  StoryIndex index;
  std::vector<StoryAssignment> first;
  for (const auto& d : docs) first.push_back(index.Add(d.article));
  for (size_t i = 0; i < docs.size(); ++i) {
    const StoryAssignment again = index.Add(docs[i].article);
    EXPECT_EQ(again.story_id, first[i].story_id);
    EXPECT_EQ(again.duplicate_of, first[i].duplicate_of);
  }
  EXPECT_EQ(index.size(), static_cast<int64_t>(docs.size()));
}

TEST(StoryIndex, SyndicatedCopiesAreNearDuplicates) {
  const std::vector<LabelledDoc> docs = LoadEvalSet();
  StoryIndex index;
  std::map<std::string, int64_t> dup_of;  // url -> duplicate_of
  std::map<int64_t, std::string> url_of;
  for (const auto& d : docs) {
    dup_of[d.article.url] = index.Add(d.article).duplicate_of;
    url_of[d.article.id] = d.article.url;
  }
  // Wire copies with other headers and footers point at the wire original.
  EXPECT_EQ(url_of[dup_of["https://dailyherald.example/news/world/quake-turkey-14-dead"]],
            "https://apnews.example/article/turkey-earthquake-malatya");
  EXPECT_EQ(url_of[dup_of["https://marketwatch.example/story/ecb-rate-decision-march"]],
            "https://reuters.example/markets/europe/ecb-cuts-rates-2-percent");
  EXPECT_EQ(url_of[dup_of["https://jpost.example/archaeology/article-scroll"]],
            "https://timesofisrael.example/biblical-scroll-fragments-found");
  // Articles written independently are not duplicates.
  EXPECT_EQ(dup_of["https://bbc.example/news/world-latin-america-chile-fires"], 0);
  EXPECT_EQ(dup_of["https://wsj.example/economy/central-banking/fed-meeting-march"], 0);
  int duplicates = 0;
  for (const auto& [url, d] : dup_of) duplicates += d != 0;
  EXPECT_LE(duplicates, 4);
}

TEST(StoryIndex, FiveSeedsFormOneStory) {
  const std::vector<LabelledDoc> seeds = Seeds(LoadEvalSet());
  ASSERT_EQ(seeds.size(), 5u);
  StoryIndex index;
  std::set<int64_t> stories;
  for (const auto& d : seeds) {
    const StoryAssignment a = index.Add(d.article);
    EXPECT_EQ(a.duplicate_of, 0) << d.article.url;  // they share no paragraph
    stories.insert(a.story_id);
  }
  ASSERT_EQ(stories.size(), 1u);
  const std::optional<StoryInfo> info = index.GetStory(*stories.begin());
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->article_count, 5);
  EXPECT_EQ(info->title, seeds[1].article.title);  // the first one has no title
  EXPECT_TRUE(seeds[0].article.title.empty());
  EXPECT_EQ(info->sites.size(), 5u);
  EXPECT_EQ(info->languages, (std::vector<std::string>{"en", "yi"}));
  // A different event, even one sharing words (Iraq, detainees), starts its own story.
  StoryArticle other{100,
                     "https://x.example/elections",
                     "Iraq holds provincial elections",
                     "Voters in Iraq went to the polls on Saturday to elect provincial councils "
                     "in 15 provinces, the electoral commission said; turnout was 41 percent.",
                     "en",
                     "x.example",
                     seeds.front().article.published_unix};
  EXPECT_EQ(stories.count(index.Add(other).story_id), 0u);
}

// Two reports of one earthquake in other words (outlets "a" and "b"), for the window
// tests: ids 1 and 2 with URLs "u1", "u2".
StoryArticle MalatyaReport(int64_t id, bool second, int64_t published_unix) {
  if (!second)
    return {id,
            "u" + std::to_string(id),
            "Magnitude 6.1 earthquake hits Malatya, 14 dead",
            "A magnitude 6.1 earthquake struck Malatya province killing 14 people, AFAD said.",
            "en",
            "a",
            published_unix};
  return {id,
          "u" + std::to_string(id),
          "Magnitude 6.1 quake shakes Malatya province; 14 killed",
          "AFAD said 14 people were killed when a 6.1 magnitude quake shook Malatya.",
          "en",
          "b",
          published_unix};
}

TEST(StoryIndex, TimeWindowSeparatesRepeatedEvents) {
  StoryArticle a = MalatyaReport(1, /*second=*/false, 0);
  StoryArticle b = MalatyaReport(2, /*second=*/true, 3600);
  StoryArticle c = b;  // a month later: another event, reported in the same words
  c.id = 3;
  c.title = "Magnitude 6.1 quake shakes Malatya province; 14 killed, 30 hurt";
  c.published_unix = 3600 + 30 * 24 * 3600;
  StoryIndex index;
  const int64_t s1 = index.Add(a).story_id;
  EXPECT_EQ(index.Add(b).story_id, s1);
  EXPECT_NE(index.Add(c).story_id, s1);
}

TEST(StoryIndex, UndatedArticlesUseTheWiderWindow) {
  constexpr int64_t kDay = 24 * 3600;
  StoryArticle a = MalatyaReport(1, /*second=*/false, 0);
  StoryArticle b = MalatyaReport(2, /*second=*/true, 10 * kDay);
  {
    // Dated ten days apart: outside the 7-day window (and far reach off).
    StoryOptions options;
    options.far_window = options.window;
    StoryIndex index(options);
    EXPECT_NE(index.Add(b).story_id, index.Add(a).story_id);
  }
  {
    // Fetched ten days after the first report, with no date of its own: within the
    // 14-day undated window.
    StoryIndex index;
    b.undated = true;
    const int64_t s1 = index.Add(a).story_id;
    EXPECT_EQ(index.Add(b).story_id, s1);
  }
}

// Blurbs of one event are written when each language's editors get to it, weeks apart:
// two reports dated 12 days apart that share several rare names (StoryOptions::
// far_window, far_factor) join; 20 days apart they are beyond reach.
TEST(StoryIndex, StrongEvidenceReachesBeyondTheWindow) {
  constexpr int64_t kDay = 24 * 3600;
  const StoryArticle a = MalatyaReport(1, /*second=*/false, 0);
  {
    StoryIndex index;
    const int64_t s1 = index.Add(a).story_id;
    EXPECT_EQ(index.Add(MalatyaReport(2, /*second=*/true, 12 * kDay)).story_id, s1);
  }
  {
    StoryIndex index;
    const int64_t s1 = index.Add(a).story_id;
    EXPECT_NE(index.Add(MalatyaReport(2, /*second=*/true, 20 * kDay)).story_id, s1);
  }
}

// A weekly report of one kind (the same film, other figures) matches last week's only
// weakly (score ~0.11 against the join threshold 0.1): within the window that is a join,
// eight days later the weak match keeps the window.
TEST(StoryIndex, AWeakMatchKeepsTheWindow) {
  constexpr int64_t kDay = 24 * 3600;
  auto report = [](int64_t id, const std::string& title, const std::string& text, int64_t day) {
    return StoryArticle{id,   "u" + std::to_string(id), title,     text,
                        "en", "s" + std::to_string(id), day * kDay};
  };
  const StoryArticle first =
      report(1, "Fockers top the box office again",
             "Meet the Fockers took $44.7 million over the weekend, ahead of The Aviator.", 0);
  const auto next_week = [&](int64_t day) {
    return report(2, "Box office: Fockers still first",
                  "Meet the Fockers earned $19.3 million in its third weekend, ahead of Fat "
                  "Albert, Exhibitor Relations said.",
                  day);
  };
  {
    StoryIndex index;
    const int64_t s1 = index.Add(first).story_id;
    EXPECT_EQ(index.Add(next_week(5)).story_id, s1);  // a match by the join rule
  }
  {
    StoryIndex index;
    const int64_t s1 = index.Add(first).story_id;
    EXPECT_NE(index.Add(next_week(8)).story_id, s1);
  }
}

// A fetch time bounds publication from above only: a page fetched today may report an
// event of any earlier day (an undated archive imported years later), but not one that
// began after it was fetched.
TEST(StoryIndex, AnUndatedArticleJoinsAStoryOfAnyEarlierTime) {
  constexpr int64_t kDay = 24 * 3600;
  StoryArticle a = MalatyaReport(1, /*second=*/false, 0);
  StoryArticle b = MalatyaReport(2, /*second=*/true, 1000 * kDay);
  b.undated = true;
  {
    // An archive imported years later: the undated copy joins the story and does not
    // move the index's clock, so a dated report the next day still finds the first one.
    StoryIndex index;
    const int64_t s1 = index.Add(a).story_id;
    EXPECT_EQ(index.Add(b).story_id, s1);
    StoryArticle c = MalatyaReport(3, /*second=*/true, kDay);
    c.title = "Malatya earthquake: 14 dead after magnitude 6.1 quake";
    EXPECT_EQ(index.Add(c).story_id, s1);
  }
  {
    // Fetched before the event began (by more than the undated window): it cannot
    // report it.
    StoryIndex index;
    b.published_unix = -30 * kDay;
    const int64_t s1 = index.Add(a).story_id;
    EXPECT_NE(index.Add(b).story_id, s1);
  }
  {
    // Two undated reports fetched a year apart: neither time says when either was
    // published, so they may be one story.
    StoryIndex index;
    StoryArticle first = a;
    first.undated = true;
    b.published_unix = 365 * kDay;
    const int64_t s1 = index.Add(first).story_id;
    EXPECT_EQ(index.Add(b).story_id, s1);
  }
}

TEST(StoryIndex, LateArrivalsKeepTheirTermsForTheirCompanions) {
  constexpr int64_t kDay = 24 * 3600;
  auto article = [](int64_t id, const std::string& title, const std::string& text, int64_t day) {
    return StoryArticle{id, "u" + std::to_string(id), title, text, "en", "s", day * kDay};
  };
  StoryIndex index;
  index.Add(
      article(1, "Parliament passes the budget", "Lawmakers in Oslo approved the budget.", 100));
  const int64_t quake =
      index
          .Add(article(2, "Magnitude 6.1 earthquake hits Malatya, 14 dead",
                       "A magnitude 6.1 earthquake struck Malatya province killing 14 people.", 0))
          .story_id;
  // The clock moves on: the first article leaves the window, and the late one behind it
  // would have gone with it.
  index.Add(
      article(3, "Ferry strike ends in Bergen", "Ferry crews in Bergen went back to work.", 120));
  EXPECT_EQ(index
                .Add(article(4, "Magnitude 6.1 quake shakes Malatya province; 14 killed",
                             "AFAD said 14 people were killed when a 6.1 quake shook Malatya.", 0))
                .story_id,
            quake);
}

TEST(StoryIndex, RestoringFromTheFirstLiveArticleAssignsLikeTheWholeIndex) {
  constexpr int64_t kDay = 24 * 3600;
  auto article = [](int64_t id, const std::string& title, const std::string& text, int64_t day) {
    return StoryArticle{id, "u" + std::to_string(id), title, text, "en", "s", day * kDay};
  };
  const std::vector<StoryArticle> stored = {
      article(1, "Parliament passes the budget", "Lawmakers in Oslo approved the budget.", 0),
      article(2, "Magnitude 6.1 earthquake hits Malatya, 14 dead",
              "A magnitude 6.1 earthquake struck Malatya province killing 14 people.", 1),
      article(3, "Wildfire near Valparaiso forces 3,000 to flee",
              "Firefighters in Valparaiso evacuated 3,000 residents as the wildfire spread.", 400),
      article(4, "Chile's central bank raises its rate to 11.25%",
              "The central bank of Chile raised its benchmark rate to 11.25% on Tuesday.", 401),
      article(5, "Valparaiso fire: 3,000 evacuated as blaze spreads",
              "The Valparaiso wildfire forced 3,000 residents from their homes.", 402)};
  const std::vector<StoryArticle> added = {
      article(6, "Chile central bank hikes rate to 11.25%",
              "Chile's central bank lifted the benchmark rate to 11.25%, it said.", 403),
      article(7, "Magnitude 6.1 earthquake hits Malatya, 14 dead",
              "A magnitude 6.1 earthquake struck Malatya province again, killing 14 people.", 404)};
  StoryOptions options;
  options.late_arrivals = 2;
  StoryIndex whole(options);
  std::vector<StoryAssignment> assignments;
  for (const StoryArticle& a : stored) assignments.push_back(whole.Add(a));
  ASSERT_EQ(assignments[4].story_id, assignments[2].story_id);
  // Articles 1 and 2 are more than live_span() before the newest and not among the last
  // 2: restoring from article 3 on is enough.
  StoryIndex reopened(options);
  int64_t max_story = 0;
  for (size_t i = 0; i < stored.size(); ++i) {
    max_story = std::max(max_story, assignments[i].story_id);
    if (stored[i].id >= 3) reopened.Restore(stored[i], assignments[i]);
  }
  reopened.ReserveStoryIds(max_story);
  for (const StoryArticle& a : added) {
    const StoryAssignment expected = whole.Add(a);
    const StoryAssignment got = reopened.Add(a);
    EXPECT_EQ(got.story_id, expected.story_id) << a.title;
    EXPECT_EQ(got.duplicate_of, expected.duplicate_of) << a.title;
  }
  EXPECT_EQ(reopened.Add(added[0]).story_id, assignments[3].story_id);
  EXPECT_GT(reopened.Add(added[1]).story_id, max_story);  // the old quake is out of reach
}

// Restoring from the features Add gave (a store keeps them beside the article) must be
// the same as extracting them again: the labelled set's first half stored, its second
// half added to three indexes.
TEST(StoryIndex, RestoringFromSavedFeaturesAssignsLikeExtractingThem) {
  const std::vector<LabelledDoc> docs = LoadEvalSet();
  ASSERT_GE(docs.size(), 40u);
  const size_t half = docs.size() / 2;
  StoryIndex whole, saved, extracted;
  for (size_t i = 0; i < half; ++i) {
    StoryAssignment a = whole.Add(docs[i].article);
    ASSERT_FALSE(a.features.empty());
    EXPECT_EQ(saved.Restore(docs[i].article, a), "") << "saved features not used";
    const std::string features = std::move(a.features);
    a.features.clear();
    EXPECT_EQ(extracted.Restore(docs[i].article, a), features) << "extraction differs";
  }
  for (size_t i = half; i < docs.size(); ++i) {
    const StoryAssignment expected = whole.Add(docs[i].article);
    for (StoryIndex* index : {&saved, &extracted}) {
      const StoryAssignment got = index->Add(docs[i].article);
      EXPECT_EQ(got.story_id, expected.story_id) << docs[i].article.title;
      EXPECT_EQ(got.duplicate_of, expected.duplicate_of) << docs[i].article.title;
      EXPECT_EQ(got.absorbed, expected.absorbed) << docs[i].article.title;
      EXPECT_EQ(got.moved.size(), expected.moved.size()) << docs[i].article.title;
    }
  }
}

TEST(StoryIndex, FeaturesSavedForAnotherTextOrDamagedAreExtractedAgain) {
  const StoryArticle article{1,
                             "u1",
                             "Magnitude 6.1 earthquake hits Malatya",
                             "A magnitude 6.1 earthquake struck Malatya province.",
                             "en",
                             "s",
                             3600};
  StoryIndex first;
  const StoryAssignment added = first.Add(article);
  StoryArticle edited = article;
  edited.text += " Rescuers searched the rubble.";
  StoryIndex second;
  const std::string fresh = second.Restore(edited, added);  // saved for the old text
  EXPECT_FALSE(fresh.empty());
  EXPECT_NE(fresh, added.features);
  for (size_t cut : {size_t{0}, size_t{3}, size_t{20}, added.features.size() - 1}) {
    StoryAssignment damaged = added;
    damaged.features.resize(cut);
    StoryIndex index;
    EXPECT_EQ(index.Restore(article, damaged), added.features) << "cut at " << cut;
  }
}

TEST(StoryIndex, AnArticleMatchingTwoStoriesMergesThem) {
  auto article = [](int64_t id, const std::string& title, const std::string& text) {
    return StoryArticle{id, "u" + std::to_string(id), title, text, "en", "s", 3600 * id};
  };
  StoryIndex index;
  // Two reports of one quake that share nothing but the place start two stories.
  const StoryAssignment first = index.Add(
      article(1, "AFAD: 14 dead in Malatya", "Rescuers of AFAD pulled 14 bodies from the rubble."));
  const StoryAssignment second = index.Add(article(
      2, "Erdogan visits Malatya", "Erdogan said 2,300 homes in Yesilyurt must be rebuilt."));
  // A report with the names and figures of both joins one and absorbs the other.
  const StoryAssignment both = index.Add(
      article(3, "Malatya quake: 14 dead, 2,300 homes lost",
              "AFAD counted 14 dead; Erdogan said 2,300 homes in Yesilyurt must be rebuilt."));
  ASSERT_NE(second.story_id, first.story_id);
  EXPECT_EQ(both.story_id, first.story_id);  // the oldest id survives
  EXPECT_EQ(both.absorbed, std::vector<int64_t>{second.story_id});
  EXPECT_EQ(index.ResolveStory(second.story_id), first.story_id);
  EXPECT_FALSE(index.GetStory(second.story_id).has_value());
  EXPECT_EQ(index.GetStory(first.story_id)->article_count, 3);
  // The absorbed id is not given out again.
  EXPECT_EQ(
      index.Add(article(4, "Ferry strike ends in Bergen", "Crews went back to work.")).story_id,
      second.story_id + 1);
  // Nor are ids absorbed before the index was restored.
  StoryIndex reopened;
  reopened.ReserveStoryIds(10);
  EXPECT_EQ(reopened.Add(article(1, "Ferry strike ends in Bergen", "Crews went back.")).story_id,
            11);
}

// The merge is a re-clustering of the stories the new article met, not a rule of one
// arrival order: the three reports form one story whichever comes first, and a report of
// another event stays apart. Without the relink pass (relink_factor off), the orders that
// start with the two partial reports keep two stories.
TEST(StoryIndex, PiecesOfOneEventFormOneStoryInEveryOrder) {
  const std::vector<StoryArticle> reports = {
      {1, "u1", "AFAD: 14 dead in Malatya", "Rescuers of AFAD pulled 14 bodies from the rubble.",
       "en", "s", 3600},
      {2, "u2", "Erdogan visits Malatya", "Erdogan said 2,300 homes in Yesilyurt must be rebuilt.",
       "en", "s", 7200},
      {3, "u3", "Malatya quake: 14 dead, 2,300 homes lost",
       "AFAD counted 14 dead; Erdogan said 2,300 homes in Yesilyurt must be rebuilt.", "en", "s",
       10800},
      {4, "u4", "Ferry strike ends in Bergen", "Crews of Fjord1 went back to work on Monday.", "en",
       "s", 9000},
  };
  auto stories_in = [&](const StoryOptions& options, std::vector<size_t> order) {
    StoryIndex index(options);
    std::vector<int64_t> story(reports.size());
    for (size_t i : order) story[i] = index.Add(reports[i]).story_id;
    for (int64_t& s : story) s = index.ResolveStory(s);
    return story;
  };
  std::vector<size_t> order = {0, 1, 2, 3};
  int orders = 0;
  do {
    const std::vector<int64_t> story = stories_in(StoryOptions{}, order);
    EXPECT_EQ(story[0], story[1]) << "order " << order[0] << order[1] << order[2] << order[3];
    EXPECT_EQ(story[0], story[2]) << "order " << order[0] << order[1] << order[2] << order[3];
    EXPECT_NE(story[0], story[3]) << "order " << order[0] << order[1] << order[2] << order[3];
    ++orders;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(orders, 24);
  StoryOptions no_relink;
  no_relink.relink_factor = 1e9;
  const std::vector<int64_t> greedy = stories_in(no_relink, {0, 1, 2, 3});
  EXPECT_NE(greedy[0], greedy[1]);
}

// The re-check half of the re-clustering: a report of the ECB's coming cut that mentions
// the Fed's hold arrives while the only story is the Fed's, and joins it; when a second
// ECB report starts a story of its own, the first fits it better than the rest of the
// Fed story and moves there, with its near-duplicate. Both stories keep their ids. With
// moving off (move_factor 1e9) it stays with the Fed, links the two events, and the next
// ECB report merges them.
TEST(StoryIndex, AMemberThatFitsAnotherStoryBetterMovesThere) {
  // Story of each article as the callers see it: Add's story_id, then its moves (a
  // near-duplicate follows the article it copies).
  auto stories_of = [](const StoryOptions& options, std::vector<StoryMove>* moves) {
    StoryIndex index(options);
    std::map<int64_t, int64_t> story;
    std::map<int64_t, int64_t> copy_of;
    for (const StoryArticle& a : testing::RateReports()) {
      const StoryAssignment got = index.Add(a);
      story[a.id] = got.story_id;
      if (got.duplicate_of != 0) copy_of[a.id] = got.duplicate_of;
      for (int64_t gone : got.absorbed) {
        for (auto& [id, s] : story) {
          if (s == gone) s = got.story_id;
        }
      }
      for (const StoryMove& m : got.moved) {
        EXPECT_EQ(story[m.article_id], m.from_story);
        for (auto& [id, s] : story) {
          if (id == m.article_id || (copy_of.count(id) && copy_of[id] == m.article_id)) {
            s = m.to_story;
          }
        }
        moves->push_back(m);
      }
    }
    // What the callers tracked is what the index holds.
    for (const StoryArticle& a : testing::RateReports()) {
      EXPECT_EQ(index.Add(a).story_id, story[a.id]) << a.title;
    }
    return std::make_pair(story, index.GetStory(story[1])->article_count);
  };
  std::vector<StoryMove> moves;
  const auto [story, fed_count] = stories_of(StoryOptions{}, &moves);
  EXPECT_EQ(story.at(1), 1);  // the Fed story keeps its id
  EXPECT_EQ(story.at(2), 1);
  EXPECT_EQ(story.at(3), 1);
  EXPECT_EQ(fed_count, 3);
  EXPECT_EQ(story.at(6), 2);  // the ECB story too: the id it was given when it started
  EXPECT_EQ(story.at(4), 2);
  EXPECT_EQ(story.at(5), 2);  // near-duplicate of 4
  EXPECT_EQ(story.at(7), 2);
  ASSERT_EQ(moves.size(), 1u);
  EXPECT_EQ(moves[0].article_id, 4);
  EXPECT_EQ(moves[0].from_story, 1);
  EXPECT_EQ(moves[0].to_story, 2);

  StoryOptions no_moves;
  no_moves.move_factor = 1e9;
  std::vector<StoryMove> none;
  const auto [greedy, greedy_fed_count] = stories_of(no_moves, &none);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(greedy.at(4), greedy.at(1));
  // ... and links the two events, so the ECB story merges into the Fed one.
  EXPECT_EQ(greedy.at(7), greedy.at(1));
  EXPECT_EQ(greedy_fed_count, 7);
}

// A story of two is no consensus to veto a strong match (StoryOptions::
// small_story_share): a dam report (C) that matches the hub of a story (A: the dam and the
// evacuation) as well as the evacuation report (B) matched it, but shares nothing with B,
// scores 0.3 x best + 0.7 x mean against {A, B} without the rule (B's weak link halves the
// mean) and 0.6 x best + 0.4 x mean with it. At a join threshold between those two
// scores (which B's own join to A reaches), C joins the story only with the rule.
TEST(StoryIndex, AWeaklyLinkedMemberOfAStoryOfTwoDoesNotVetoAStrongMatch) {
  const StoryArticle hub{7001,
                         "a",
                         "Halsey dam reinforced, Dunmoor evacuated",
                         "Engineers reinforced the Halsey dam on the Varnel river on Tuesday. "
                         "Mayor Ilse Kartveit ordered the evacuation of Dunmoor and opened "
                         "shelters in Brackton.",
                         "en",
                         "outlet-a",
                         std::nullopt};
  const StoryArticle evacuation{7002,
                                "b",
                                "Dunmoor evacuated",
                                "Mayor Ilse Kartveit ordered the evacuation of Dunmoor and "
                                "opened shelters in Brackton, asking for federal aid.",
                                "en",
                                "outlet-b",
                                std::nullopt};
  const StoryArticle dam{7003,
                         "c",
                         "Halsey dam holds",
                         "Engineers reinforced the Halsey dam on the Varnel river on Tuesday, "
                         "as water rose above the spillway.",
                         "en",
                         "outlet-c",
                         std::nullopt};
  struct Run {
    double evacuation_score, dam_score;
    bool dam_joins;
  };
  // The three added after the labelled set (a background for the document frequencies).
  const auto run = [&](double join_threshold, double small_story_share) {
    StoryOptions options;
    options.join_threshold = join_threshold;
    options.small_story_share = small_story_share;
    StoryIndex index(options);
    int64_t t = AddEvalSet(index);
    std::vector<StoryArticle> three = {hub, evacuation, dam};
    for (StoryArticle& a : three) a.published_unix = t += 3600;
    const StoryAssignment a = index.Add(three[0]);
    const StoryAssignment b = index.Add(three[1]);
    const StoryAssignment c = index.Add(three[2]);
    EXPECT_EQ(b.story_id, a.story_id);
    return Run{b.score, c.score, c.story_id == a.story_id};
  };
  // The story scores of the dam report against {hub, evacuation}, with and without the
  // rule, at a threshold low enough for the evacuation report to join the hub.
  const double without = run(0.01, 0).dam_score;
  const double with = run(0.01, StoryOptions().small_story_share).dam_score;
  ASSERT_LT(without, with);
  const double between = (without + with) / 2;
  const Run ruled = run(between, StoryOptions().small_story_share);
  ASSERT_GE(ruled.evacuation_score, between);  // a story of two at this threshold
  EXPECT_TRUE(ruled.dam_joins);
  EXPECT_FALSE(run(between, 0).dam_joins);
}

// The rest of the re-check: a long report joined a story through words that were rare
// then (a shared list of sixty everyday words, no name, no number); later reports of
// another week make those words common, so its only link fades. When the next report of
// the story arrives, the faded member leaves for a story of its own (leave_factor 0.4);
// with leave_factor 0 it stays. The founder never leaves.
TEST(StoryIndex, AMemberWhoseLinksFadedLeavesForAStoryOfItsOwn) {
  // Deterministic lower-case pseudo-words (no names): syllables over an index.
  auto word = [](char prefix, int i) {
    static const char* kSyllables[] = {"ba", "de", "ki", "lo", "mu", "ra", "se", "ti", "vo", "zu"};
    std::string w(1, prefix);
    w += kSyllables[i % 10];
    w += kSyllables[(i / 10) % 10];
    w += kSyllables[(i / 100) % 10];
    return w;
  };
  // `count` words of family `prefix` from `first`, in an order set by `stride`.
  auto words = [&](char prefix, int first, int count, int stride) {
    std::string out;
    for (int k = 0; k < count; ++k) out += word(prefix, first + (k * stride) % count) + " ";
    return out;
  };
  const int64_t day = 1767225600;  // 2026-01-01
  auto article = [&](int64_t id, std::string text, const char* language, int64_t when) {
    return StoryArticle{
        id,
        "https://example.test/" + std::to_string(id),
        word('t', static_cast<int>(id)) + " " + word('t', static_cast<int>(id) + 500),
        std::move(text),
        language,
        "outlet-" + std::to_string(id),
        when};
  };
  const std::string shared_words = words('w', 0, 60, 1);
  const StoryArticle founder = article(1, shared_words + words('f', 0, 40, 1), "en", day);
  const StoryArticle faded = article(2, words('w', 0, 60, 7) + words('x', 0, 40, 1), "en", day);
  // Reports of another week (60 days later, out of the window), in the same language, that
  // use the shared words: they make them common.
  std::vector<StoryArticle> later;
  for (int k = 0; k < 40; ++k) {
    later.push_back(article(100 + k, words('w', 0, 60, 11 + 2 * k) + words('y', 40 * k, 40, 1),
                            "en", day + 60 * 86400));
  }
  // The next report of the first story: the founder's own words.
  const StoryArticle next = article(3, words('f', 0, 40, 3) + words('z', 0, 60, 1), "en", day);

  auto run = [&](double leave_factor, StoryAssignment* last) {
    StoryOptions options;
    options.leave_factor = leave_factor;
    StoryIndex index(options);
    const int64_t story = index.Add(founder).story_id;
    EXPECT_EQ(index.Add(faded).story_id, story);  // joined while its words were rare
    for (const StoryArticle& a : later) EXPECT_NE(index.Add(a).story_id, story);
    *last = index.Add(next);
    EXPECT_EQ(last->story_id, story);
    return story;
  };
  StoryAssignment leaving;
  const int64_t story = run(0.4, &leaving);
  ASSERT_EQ(leaving.moved.size(), 1u);
  EXPECT_EQ(leaving.moved[0].article_id, faded.id);
  EXPECT_EQ(leaving.moved[0].from_story, story);
  EXPECT_NE(leaving.moved[0].to_story, story);

  StoryAssignment staying;
  run(0.0, &staying);
  EXPECT_TRUE(staying.moved.empty());
}

// Two reports of one event whose opening paragraphs take different angles (a resident's
// night, the ministry's inquiry) and share no name: only the rest of their text, the
// facts both outlets report, says they are one story. Lead-only similarity keeps them
// apart; whole-text similarity of long articles joins them.
TEST(StoryIndex, LongReportsOfOneEventMeetOnTheirWholeText) {
  const std::string shared_body =
      " The Talbach dam gave way shortly after midnight and about 3,200 people left their "
      "homes. Engineers had inspected the Talbach embankment in 2019 and reported cracks in the "
      "spillway, the Ostland water authority confirmed. The reservoir rose after 140 millimetres "
      "of rain fell in two days. Rescue boats carried residents from flooded streets in "
      "Niederau and Kessling, the army sent trucks, and the school gym became a shelter for "
      "families. The rail line to Kessling is closed and two bridges are under inspection. "
      "Insurers said claims would be assessed next week, and the Ostland government promised "
      "compensation for damaged homes and farms.";
  StoryArticle resident{
      1001,
      "r1",
      "'The water came through the door': a village wakes to a nightmare",
      "Maria Keller was asleep when her neighbour knocked. Within minutes the water stood knee "
      "high in her kitchen, and by dawn her car had floated into the orchard. She spent the "
      "morning on the roof with her two children and a dog, waving at the helicopters that "
      "circled overhead. Like many here, she had lived in the same house for thirty years and "
      "never thought of the hill above it as a danger. Her mother, who is eighty, was carried "
      "out by a neighbour's son. \"We had no time to take anything,\" she said, standing in "
      "borrowed boots at the edge of the churchyard. \"The photographs, the papers, my "
      "husband's tools, all of it is under the mud now.\" Volunteers handed out blankets and "
      "soup from the back of a baker's van, and the priest opened the hall for anyone who "
      "needed a bed. Children slept on gym mats while their parents queued for a telephone." +
          shared_body,
      "en",
      "outlet-a",
      std::nullopt};
  StoryArticle official{
      1002,
      "r2",
      "Minister orders independent inquiry into overnight disaster",
      "The interior ministry ordered an independent inquiry on Tuesday into what went wrong "
      "overnight. Officials said no deaths had been confirmed, although several people were "
      "treated for hypothermia at a field hospital. The minister told parliament the inquiry "
      "would examine maintenance records, the budget for repairs, and whether warnings from "
      "engineers had been ignored by the previous government. Opposition leaders called for "
      "her resignation and demanded that the report be published in full before the summer. "
      "The ministry has faced criticism for years over delayed spending on public works, and "
      "an audit last spring listed dozens of structures whose checks were overdue. A "
      "spokesman declined to say when the inquiry would start or who would lead it, but said "
      "the cabinet would meet in emergency session on Wednesday to discuss relief funds." +
          shared_body,
      "en",
      "outlet-b",
      std::nullopt};
  StoryIndex index;
  const auto [first, second] = AddPairAfterEvalSet(index, resident, official);
  EXPECT_EQ(second.duplicate_of, 0);
  EXPECT_EQ(second.story_id, first.story_id);
  EXPECT_EQ(index.GetStory(first.story_id)->article_count, 2);
}

// Small numbers ("20 artists" and "20 countries", "12 tracks" and "12 days") shared by
// two reports of different events, one of them a short brief with no name, are no reason
// to join: alone or together, shared small numbers weigh against the larger article's
// anchors (with the brief's own two anchors as the measure, they were a perfect overlap).
TEST(StoryIndex, SharedSmallNumbersAloneDoNotJoinStories) {
  StoryArticle campaign{
      3001,
      "c1",
      "Mail provider's screensaver floods junk-mail servers",
      "Zentra Mail has released a screensaver that sends requests to the servers of sites "
      "advertised in junk mail, hoping to raise their running costs. The program runs in 20 "
      "countries and, according to Zentra's spokesman Malte Olsen, slowed some of the "
      "targeted sites within 12 days. Rita Ahlberg, a lawyer in Hamburg, warned that "
      "flooding a server may break computer sabotage laws even when the sites stay online. "
      "Users do not need an account to install the program, which shows a map of the server "
      "currently under load. Researchers at Kessling University said the approach could hit "
      "innocent sites that share a host with the advertisers, and the consumer group Data "
      "Watch asked the regulator in Brussels to look into the campaign. The screensaver is "
      "offered in Italy, France, Spain, Sweden and the Netherlands.",
      "en",
      "outlet-a",
      std::nullopt};
  StoryArticle single{
      3002,
      "s1",
      "Charity single video premieres tonight",
      "The video for the new charity single, recorded by 20 artists, will be shown at 5 "
      "tonight on television. The single can be downloaded from today and goes on sale in "
      "shops next week; the proceeds of its 12 tracks go to famine relief.",
      "en",
      "outlet-b",
      std::nullopt};
  StoryIndex index;
  const auto [first, second] = AddPairAfterEvalSet(index, campaign, single);
  EXPECT_NE(second.story_id, first.story_id);
}

// A teaser of one sentence shares one name with a long report of another event. Halved
// against the teaser's own few anchors, that name would count as much as two blurbs
// sharing their only name; but a long report's lead names many people and places, among
// which one name of the teaser turns up by chance, so a lone anchor of a pair with a long
// text counts at most against the larger anchor mass.
TEST(StoryIndex, ALoneNameOfAShortTextAmongALongTextsNamesIsChance) {
  StoryArticle leader{
      3101,
      "l1",
      "Whitcombe chosen to lead the Senate Democrats",
      "Senator Harlan Whitcombe of Nevada won the vote to lead the Democrats in the Senate on "
      "Tuesday, and Dorrit Kessel of Illinois was elected his deputy. In the House, Rennard "
      "Ashby of Texas kept his post as majority leader, and Marisol Trevane of Oregon was "
      "chosen to chair the caucus. Whitcombe, 64, told reporters at the Capitol that he would "
      "work with Governor Ellery Pardo of Ohio and with the mayors of Denver and Tucson on "
      "health care. Kessel thanked Senator Ostrander of Vermont, who withdrew from the race "
      "last week. The new leaders take their posts in January, when the Congress convenes. "
      "Aides said the first meetings would deal with the budget, with the schools and with the "
      "roads, and that the leaders of both parties would meet again before the holidays to "
      "agree on a calendar for the votes of the spring.",
      "en",
      "outlet-a",
      std::nullopt};
  StoryArticle teaser{3102,
                      "t1",
                      "Payments in the relief bill",
                      "All signs are that the final relief bill of the Democrats will include "
                      "larger payments, but who will receive them is far from settled.",
                      "en",
                      "outlet-b",
                      std::nullopt};
  StoryIndex index;
  const auto [first, second] = AddPairAfterEvalSet(index, leader, teaser);
  EXPECT_NE(second.story_id, first.story_id);
}

// Two blurbs of one event in two languages share one name and no words. A name that few
// articles of the window hold (StoryOptions::rare_anchor_docs) is the event's and counts in
// full; once other articles use it too, a lone shared name is halved again and the two
// stay apart (the same name of a minister in the news every day).
TEST(StoryIndex, ARareNameSharedAcrossLanguagesIsNotHalved) {
  StoryArticle finnish{
      4001,
      "f1",
      "Vaalien tulos",
      "Puolue, jota Halvorsrud johtaa, voitti sunnuntain vaalit selvästi, kertoi Kaarina "
      "Lehtovirta. Äänestysaktiivisuus nousi korkeammaksi kuin edellisellä kerralla, "
      "ja tutkija Onni Riihimäki odottaa pitkiä hallitusneuvotteluja.",
      "fi",
      "outlet-a",
      std::nullopt};
  StoryArticle norwegian{
      4002,
      "n1",
      "Valgresultatet",
      "Partiet som Halvorsrud leder vant søndagens valg klart, melder Sverre Bakkerud. "
      "Valgdeltakelsen ble høyere enn sist, og forskeren Ragnhild Sæterdal venter "
      "lange regjeringsforhandlinger.",
      "no",
      "outlet-b",
      std::nullopt};
  const std::vector<StoryArticle> others = {{4003, "e1", "Minister opens a bridge",
                                             "Minister Halvorsrud opened the bridge that Corvena "
                                             "Builders made for Lindqvist Harbour on Monday.",
                                             "en", "outlet-c", std::nullopt},
                                            {4004, "e2", "Minister visits a school",
                                             "Pupils of Saint Brendan School showed Minister "
                                             "Halvorsrud and mayor Tove Ellingsen their garden.",
                                             "en", "outlet-c", std::nullopt},
                                            {4005, "e3", "Minister answers questions",
                                             "Reporters from Coastal Radio asked Minister "
                                             "Halvorsrud about the Barentsfjord fishing quotas.",
                                             "en", "outlet-c", std::nullopt}};
  {
    StoryIndex index;
    const int64_t newest = AddEvalSet(index);
    finnish.published_unix = norwegian.published_unix = newest + 3600;
    const StoryAssignment first = index.Add(finnish);
    EXPECT_EQ(index.Add(norwegian).story_id, first.story_id);
  }
  {
    StoryIndex index;
    const int64_t newest = AddEvalSet(index);
    int64_t t = newest;
    std::set<int64_t> their_stories;
    for (StoryArticle other : others) {
      other.published_unix = t += 3600;
      their_stories.insert(index.Add(other).story_id);
    }
    finnish.published_unix = norwegian.published_unix = t + 3600;
    const StoryAssignment first = index.Add(finnish);
    EXPECT_EQ(their_stories.count(first.story_id), 0u);
    const StoryAssignment second = index.Add(norwegian);
    EXPECT_NE(second.story_id, first.story_id);
    EXPECT_EQ(their_stories.count(second.story_id), 0u);
  }
}

// A soft skeleton (a word of a script without capitals, read as a name only to meet Latin
// spellings) is no rare name: Persian نوردید ("swept", `nrd`) meets "Nord" of another event
// by chance, and counted in full that lone anchor would join the two blurbs.
TEST(StoryIndex, ASoftSkeletonIsNoRareName) {
  StoryIndex index;
  const int64_t newest = AddEvalSet(index);
  const StoryAssignment pipeline = index.Add({4101, "e1", "Gas leaks on two pipelines",
                                              "Gas leaks hit the Nord Stream pipelines after "
                                              "explosions near Bornholm.",
                                              "en", "outlet-a", newest + 3600});
  const StoryAssignment cyclone =
      index.Add({4102, "p1", "چرخند فردی",
                 "چرخند فردی، در اقیانوس ایجاد شد و بخش های مرکزی و جنوبی قاره آفریقا را در "
                 "نوردید و منجر به مرگ ۴۳۵ نفر شد.",
                 "fa", "outlet-b", newest + 7200});
  EXPECT_NE(cyclone.story_id, pipeline.story_id);
}

// A language with few articles among many of another: under the collection's document
// frequencies its function words ("de", "que", "para") are as rare as names, so two of
// its reports of different events look alike. Counted within the language
// (StoryOptions::language_prior) they are common words; two reports of one event in it
// still join.
TEST(StoryIndex, FunctionWordsOfALanguageWithFewArticlesAreNotRare) {
  const std::vector<StoryArticle> portuguese = {
      {2001, "p1", "Câmara aprova corredores de ônibus na avenida central",
       "A câmara municipal aprovou na noite de terça-feira o projeto que cria corredores "
       "exclusivos de ônibus na avenida central da cidade. Segundo a prefeitura, as obras "
       "devem começar em março e durar cerca de seis meses. Os vereadores da oposição "
       "disseram que não foram ouvidos e que o comércio da região vai perder clientes durante "
       "as obras. A secretaria de transportes afirmou que o tempo das viagens deve cair pela "
       "metade e que as linhas de bairro terão mais horários. O projeto foi aprovado por "
       "dezoito votos a cinco e segue agora para a sanção do prefeito, que já disse que vai "
       "assinar o texto ainda nesta semana.",
       "pt", "jornal-a", std::nullopt},
      {2002, "p2", "Clube anuncia novo treinador para a temporada",
       "O clube anunciou nesta segunda-feira a contratação de um novo treinador para a "
       "próxima temporada. O técnico, que estava sem equipe desde o fim do campeonato, "
       "assinou contrato de dois anos e deve ser apresentado aos jogadores na quinta-feira. "
       "A diretoria disse que a escolha foi feita depois de uma longa conversa com o elenco e "
       "que o objetivo é voltar para a primeira divisão. Os torcedores receberam a notícia "
       "com desconfiança nas redes sociais, porque o treinador foi rebaixado com outro time "
       "no ano passado. Para o presidente do clube, no entanto, ele tem experiência e conhece "
       "bem os jovens da base.",
       "pt", "jornal-b", std::nullopt},
      {2003, "p3", "Hospital regional inaugura ala de pediatria",
       "O hospital regional inaugurou na manhã desta sexta-feira uma nova ala de pediatria "
       "com quarenta leitos e uma unidade de terapia intensiva para recém-nascidos. A obra "
       "custou mais do que o previsto e ficou pronta com um ano de atraso, segundo o governo "
       "do estado. Os médicos da unidade disseram que a falta de leitos obrigava as famílias "
       "a viajar para a capital e que a nova ala deve atender crianças de toda a região. A "
       "direção do hospital afirmou que ainda faltam profissionais e que um concurso para a "
       "contratação de enfermeiros será aberto nas próximas semanas, com salários maiores do "
       "que os atuais.",
       "pt", "jornal-c", std::nullopt},
      {2004, "p4", "Seca reduz a colheita de café no sul do estado",
       "A falta de chuva nos últimos quatro meses reduziu a colheita de café no sul do "
       "estado, de acordo com a cooperativa dos produtores. Muitos agricultores disseram que "
       "perderam metade da produção e que não têm dinheiro para pagar as dívidas do ano "
       "passado. A cooperativa pediu ao governo uma linha de crédito com juros baixos e a "
       "suspensão das parcelas até a próxima safra. Os técnicos afirmaram que as plantas "
       "também sofreram com o calor e que a qualidade dos grãos deve cair. O preço do café "
       "subiu nas feiras da região, e os comerciantes esperam novos aumentos para o fim do "
       "mês.",
       "pt", "jornal-d", std::nullopt},
      {2005, "p5", "Vereadores aprovam faixas exclusivas para ônibus na avenida central",
       "Por dezoito votos a cinco, a câmara municipal aprovou os corredores exclusivos de "
       "ônibus na avenida central. A prefeitura prevê o início das obras em março, com "
       "duração de seis meses, e promete reduzir pela metade o tempo das viagens. O prefeito "
       "deve sancionar o projeto ainda nesta semana. Comerciantes da avenida central temem "
       "perder clientes durante as obras, e a oposição reclamou que o projeto foi votado sem "
       "audiências públicas. A secretaria de transportes disse que as linhas de bairro terão "
       "mais horários e que os corredores vão funcionar das seis da manhã às oito da noite.",
       "pt", "jornal-e", std::nullopt}};
  // Story of each Portuguese report, added after the labelled set (mostly English).
  auto stories_of = [&](double language_prior) {
    StoryOptions options;
    options.language_prior = language_prior;
    StoryIndex index(options);
    const int64_t newest = AddEvalSet(index);
    std::vector<int64_t> out;
    for (StoryArticle a : portuguese) {
      a.published_unix = newest + 3600;
      out.push_back(index.Add(a).story_id);
    }
    return out;
  };
  const std::vector<int64_t> within = stories_of(StoryOptions().language_prior);
  EXPECT_EQ(within[4], within[0]);  // two reports of the council's vote
  const std::set<int64_t> distinct(within.begin(), within.begin() + 4);
  EXPECT_EQ(distinct.size(), 4u);  // four events
  // The collection's IDF for every language: different events join.
  const std::vector<int64_t> whole = stories_of(1e12);
  EXPECT_LT(std::set<int64_t>(whole.begin(), whole.begin() + 4).size(), 4u);
}

// What the blend is fitted on (stories_devset_bench --pairs, bench/fit_story_blend.py):
// every pair Add scores reaches the observer with the features the blend takes, and they
// give the score Add reports; short texts in two languages take the short blend.
TEST(StoryIndex, ThePairObserverSeesWhatTheBlendScores) {
  std::vector<stories_internal::PairFeatures> pairs;
  stories_internal::SetPairObserver(
      [](const stories_internal::PairFeatures& p, void* out) {
        static_cast<std::vector<stories_internal::PairFeatures>*>(out)->push_back(p);
      },
      &pairs);
  const StoryOptions options;
  StoryIndex index(options);
  index.Add({1, "u1", "Etna erupts, Catania airport closed",
             "Mount Etna erupted on Sunday and the airport of Catania closed for 12 hours, "
             "Italian officials said.",
             "en", "a", 1700000000});
  const StoryAssignment fr = index.Add({2, "u2", "L'Etna entre en éruption",
                                        "L'Etna est entré en éruption dimanche ; l'aéroport "
                                        "de Catania est resté fermé 12 heures.",
                                        "fr", "b", 1700003600});
  stories_internal::SetPairObserver(nullptr, nullptr);
  ASSERT_EQ(pairs.size(), 1u);  // the first article had nothing to be compared with
  const stories_internal::PairFeatures& p = pairs[0];
  EXPECT_EQ(p.article_id, 2);
  EXPECT_EQ(p.other_id, 1);
  EXPECT_FALSE(p.same_language);
  EXPECT_GE(p.shared_anchors, 2);  // Etna, Catania
  EXPECT_GT(p.anchor_overlap, 0);
  EXPECT_DOUBLE_EQ(p.hours_apart, 1.0);
  EXPECT_EQ(fr.story_id, 1);
  // One member: the story score is the pair's similarity.
  EXPECT_NEAR(fr.score,
              options.cosine_weight * p.cosine + (1 - options.cosine_weight) * p.anchor_overlap,
              1e-9);
  index.Add({3, "u3", "Etna", "Etna again.", "en", "c", 1700007200});
  EXPECT_EQ(pairs.size(), 1u);  // reset: no more pairs
}

// A story batch announced before its first Add (StoryIndex::Prime): a pair of its ties
// (articles of one publication time) is scored under the document frequencies of all of
// them, so its score does not depend on which of them came first. Without priming, a
// third report that shares the pair's words lowers their IDF only when it comes before
// them.
std::vector<StoryArticle> PrimingReports() {
  return {
      {1, "u1", "Harbour cranes halted at Rotterdam",
       "Dockers at Rotterdam stopped the harbour cranes on Tuesday over pay, the union said.", "en",
       "a", 1700000000},
      {2, "u2", "Rotterdam dockers strike over pay",
       "The union said dockers at Rotterdam stopped the cranes of the harbour on Tuesday.", "en",
       "b", 1700000000},
      {3, "u3", "Union calls harbour strike in Antwerp",
       "Dockers at Antwerp will stop the harbour cranes on Friday, their union said.", "en", "c",
       1700000000},
  };
}

// Adds `batch` in `order` (indices), priming it first when `prime`; returns the score
// Add gave the pair (`article_id`, `other_id`): the first against the second.
double PairScore(const std::vector<StoryArticle>& batch, const std::vector<size_t>& order,
                 bool prime, int64_t article_id, int64_t other_id,
                 const std::function<void(StoryIndex&)>& before_adds = nullptr) {
  std::vector<stories_internal::PairFeatures> pairs;
  stories_internal::SetPairObserver(
      [](const stories_internal::PairFeatures& p, void* out) {
        static_cast<std::vector<stories_internal::PairFeatures>*>(out)->push_back(p);
      },
      &pairs);
  StoryIndex index;
  if (prime) index.Prime(batch);
  if (before_adds) before_adds(index);
  for (size_t i : order) index.Add(batch[i]);  // a restored one: no change
  stories_internal::SetPairObserver(nullptr, nullptr);
  for (const stories_internal::PairFeatures& p : pairs) {
    if (p.article_id == article_id && p.other_id == other_id) {
      const double w = StoryOptions().cosine_weight;
      return w * p.cosine + (1 - w) * p.anchor_overlap;
    }
  }
  ADD_FAILURE() << "the pair (" << article_id << ", " << other_id << ") was not scored";
  return -1;
}

// PairScore of PrimingReports()' pair (2, 1).
double PairScoreInOrder(const std::vector<size_t>& order, bool prime,
                        const std::function<void(StoryIndex&)>& before_adds = nullptr) {
  return PairScore(PrimingReports(), order, prime, 2, 1, before_adds);
}

TEST(StoryIndex, APrimedBatchScoresItsPairsAlikeInEveryOrder) {
  // Unprimed, the Antwerp report changes the pair's score when it comes first.
  EXPECT_NE(PairScoreInOrder({0, 1, 2}, false), PairScoreInOrder({2, 0, 1}, false));
  const double primed = PairScoreInOrder({0, 1, 2}, true);
  EXPECT_GT(primed, 0);
  EXPECT_DOUBLE_EQ(PairScoreInOrder({2, 0, 1}, true), primed);
  EXPECT_DOUBLE_EQ(PairScoreInOrder({0, 2, 1}, true), primed);
}

TEST(StoryIndex, PrimingAgainOrRestoringNeverCountsAnArticleTwice) {
  const double once = PairScoreInOrder({0, 1, 2}, true);
  // The same batch primed again, and another batch primed before it and never added.
  EXPECT_DOUBLE_EQ(
      PairScoreInOrder({0, 1, 2}, true, [](StoryIndex& index) { index.Prime(PrimingReports()); }),
      once);
  const std::vector<StoryArticle> other = {
      {7, "u7", "Harbour cranes of Rotterdam", "Rotterdam harbour cranes.", "en", "d", 1700000000},
      {8, "u8", "Union of dockers", "Dockers and their union.", "en", "e", 1700000000}};
  EXPECT_DOUBLE_EQ(PairScoreInOrder({0, 1, 2}, false,
                                    [&](StoryIndex& index) {
                                      index.Prime(other);
                                      index.Prime(PrimingReports());
                                    }),
                   once);
  // A primed article restored (its stored assignment: what its Add gives) counts once.
  EXPECT_DOUBLE_EQ(PairScoreInOrder({0, 1, 2}, true,
                                    [](StoryIndex& index) {
                                      index.Restore(PrimingReports()[0], {1, 0, 0, {}, {}, ""});
                                    }),
                   once);
}

// An article added with another title or text than it was primed with (changed in the
// store in between) is extracted again, as if it had not been primed, and its primed
// features are never counted: its ties score as if only they had been primed.
TEST(StoryIndex, APrimedArticleAddedWithAnotherTextIsNeverCountedWithItsTies) {
  std::vector<StoryArticle> changed = PrimingReports();
  changed[2].text = "Dockers at Antwerp will stop work on Friday.";
  const double want = PairScore(changed, {2, 0, 1}, false, 2, 1, [](StoryIndex& index) {
    index.Prime({PrimingReports()[0], PrimingReports()[1]});
  });
  EXPECT_GT(want, 0);
  EXPECT_DOUBLE_EQ(PairScore(changed, {2, 0, 1}, false, 2, 1,
                             [](StoryIndex& index) { index.Prime(PrimingReports()); }),
                   want);
  // Its primed text would have counted: the pair scores otherwise with it.
  EXPECT_NE(PairScoreInOrder({2, 0, 1}, true), want);
}

// Priming counts an article's ties, not the articles published after it: a batch with no
// two articles of one time (the Fed / ECB reports, an hour apart) is scored exactly as
// if it came one article at a time, so what it decides on arrival (the ECB story starts
// at report 6, report 4 moves there) stays. Counted over the whole batch, report 6 met
// the Fed story above the threshold and the two events became one.
TEST(StoryIndex, APrimedBatchWithoutTiesIsScoredAsOnArrival) {
  const std::vector<StoryArticle> reports = testing::RateReports();
  StoryIndex arrival;
  StoryIndex primed;
  primed.Prime(reports);
  for (const StoryArticle& a : reports) {
    const StoryAssignment want = arrival.Add(a);
    const StoryAssignment got = primed.Add(a);
    EXPECT_EQ(got.story_id, want.story_id) << a.title;
    EXPECT_DOUBLE_EQ(got.score, want.score) << a.title;
    EXPECT_EQ(got.moved.size(), want.moved.size()) << a.title;
  }
  EXPECT_EQ(primed.GetStory(1)->article_count, 3);
}

// A tie that its Add will find a near-duplicate of an earlier article of the batch is
// never counted with its ties (its Add never counts it): the ECB reports of one time,
// report 5 an updated copy of report 4, added after 6 is scored. Counted, every word of
// 4 weighed twice while 6 was scored against it.
TEST(StoryIndex, APrimedTieThatIsADuplicateIsNeverCounted) {
  std::vector<StoryArticle> ecb;
  for (const StoryArticle& a : testing::RateReports()) {
    if (a.id < 4) continue;
    ecb.push_back(a);
    ecb.back().published_unix = 1700000000;  // one time: ties
  }
  ASSERT_EQ(ecb.size(), 4u);  // 4, 5 (the copy), 6, 7
  const std::vector<StoryArticle> without_copy = {ecb[0], ecb[2], ecb[3]};
  const double want = PairScore(without_copy, {0, 1, 2}, true, 6, 4);
  EXPECT_GT(want, 0);
  EXPECT_DOUBLE_EQ(PairScore(ecb, {0, 2, 1, 3}, true, 6, 4), want);  // the copy after 6
  EXPECT_DOUBLE_EQ(PairScore(ecb, {0, 1, 2, 3}, true, 6, 4), want);  // and before
  // The copy is a duplicate of 4 in every order.
  StoryIndex index;
  index.Prime(ecb);
  index.Add(ecb[0]);
  EXPECT_EQ(index.Add(ecb[1]).duplicate_of, 4);
}

TEST(StoryIndex, NewStoryIdsFollowRestoredMax) {
  StoryIndex index;
  index.Restore(
      StoryArticle{7, "u7", "Old story", "Old text about a council vote.", "en", "s", 100},
      StoryAssignment{41, 0, 0, {}, {}, {}});
  index.Restore(StoryArticle{8, "u8", "Older story", "Other text about a bridge.", "en", "s", 100},
                StoryAssignment{12, 0, 0, {}, {}, {}});
  const StoryAssignment a = index.Add(StoryArticle{
      9, "u9", "Unrelated", "Zebras migrate across the Serengeti plains.", "en", "s", 200});
  EXPECT_EQ(a.story_id, 42);
  // Restored articles are indexed: an exact copy joins its stored story.
  const StoryAssignment b = index.Add(
      StoryArticle{10, "u10", "Old story", "Old text about a council vote.", "en", "t", 300});
  EXPECT_EQ(b.story_id, 41);
  EXPECT_EQ(b.duplicate_of, 7);
  EXPECT_EQ(index.GetStory(41)->article_count, 2);
  EXPECT_FALSE(index.GetStory(999).has_value());
}

// Quality on the labelled set (tests/data/stories/eval.jsonl, see build_set.py). The
// floors sit just under the measured figures (docs/stories.md) to catch regressions.
TEST(StoryQuality, LabelledSet) {
  const std::vector<LabelledDoc> docs = LoadEvalSet();
  ASSERT_GE(docs.size(), 40u);
  std::map<std::string, std::set<int64_t>> by_label;
  const Scores s = Cluster(docs, StoryOptions{}, &by_label);
  std::printf("[stories] %zu docs: pairwise P=%.3f R=%.3f F1=%.3f  BCubed P=%.3f R=%.3f F1=%.3f\n",
              docs.size(), s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_precision,
              s.bcubed_recall, s.bcubed_f1);
  for (const auto& [label, ids] : by_label) {
    std::printf("[stories]   %-20s -> %zu stories\n", label.c_str(), ids.size());
  }
  EXPECT_GE(s.bcubed_f1, 0.95);
  EXPECT_GE(s.pair_f1, 0.90);
  EXPECT_EQ(by_label["iraq-isis-transfer"].size(), 1u);
}

TEST(StoryQuality, SummariesOnly) {
  // One- or two-sentence versions: the title plus the first sentence of the text.
  std::vector<LabelledDoc> docs = LoadEvalSet();
  for (auto& d : docs) {
    std::string& text = d.article.text;
    const size_t dot = text.find(". ");
    if (dot != std::string::npos) text.resize(dot + 1);
  }
  const Scores s = Cluster(docs, StoryOptions{});
  std::printf("[stories] summaries: pairwise F1=%.3f  BCubed P=%.3f R=%.3f F1=%.3f\n", s.pair_f1,
              s.bcubed_precision, s.bcubed_recall, s.bcubed_f1);
  EXPECT_GE(s.bcubed_f1, 0.93);
}

// Summaries of six other events in 20 languages and 12 scripts, not used for tuning.
TEST(StoryQuality, ManyScriptsSummaries) {
  const std::vector<LabelledDoc> docs = LoadEvalSet("summaries.jsonl");
  ASSERT_GE(docs.size(), 30u);
  std::map<std::string, std::set<int64_t>> by_label;
  const Scores s = Cluster(docs, StoryOptions{}, &by_label);
  std::printf(
      "[stories] many-script summaries (%zu docs): pairwise P=%.3f R=%.3f F1=%.3f  "
      "BCubed P=%.3f R=%.3f F1=%.3f\n",
      docs.size(), s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_precision, s.bcubed_recall,
      s.bcubed_f1);
  for (const auto& [label, ids] : by_label) {
    std::printf("[stories]   %-20s -> %zu stories\n", label.c_str(), ids.size());
  }
  EXPECT_GE(s.bcubed_f1, 0.9);
}

// The floor to beat: TF-IDF cosine alone (single link, the best of several thresholds).
TEST(StoryQuality, BeatsPlainTfIdf) {
  for (const char* set : {"eval.jsonl", "summaries.jsonl"}) {
    const std::vector<LabelledDoc> docs = LoadEvalSet(set);
    StoryOptions plain;
    plain.cosine_weight = 1;
    plain.member_weight = 1;
    double best_plain = 0;
    for (double threshold : {0.05, 0.1, 0.15, 0.2, 0.3, 0.4}) {
      plain.join_threshold = threshold;
      best_plain = std::max(best_plain, Cluster(docs, plain).bcubed_f1);
    }
    const double ours = Cluster(docs, StoryOptions{}).bcubed_f1;
    std::printf("[stories] %s: BCubed F1 %.3f vs plain TF-IDF (best threshold) %.3f\n", set, ours,
                best_plain);
    EXPECT_GT(ours, best_plain + 0.02) << set;
  }
}

TEST(ExtractFigures, SeedsStateDetaineeCounts) {
  std::map<std::string, std::set<double>> values_by_noun;
  const std::vector<LabelledDoc> seeds = Seeds(LoadEvalSet());
  std::vector<StoryFigure> counted;
  for (const auto& d : seeds) {
    for (StoryFigure& f : ExtractFigures(d.article.title + "\n" + d.article.text)) {
      values_by_noun[f.unit].insert(f.value);
      f.site = d.article.site;
      if (!f.unit.empty()) counted.push_back(std::move(f));
    }
  }
  EXPECT_EQ(values_by_noun["detainees"], (std::set<double>{4000, 4500, 4583, 5700, 7000}));
  EXPECT_TRUE(values_by_noun["members"].count(4500));
  for (const auto& [noun, values] : values_by_noun) EXPECT_FALSE(values.count(2014)) << noun;

  std::set<std::string> detainee_sources;
  for (const FigureGroup& g : DisagreeingFigures(counted)) {
    if (g.unit != "detainees") continue;
    for (const StoryFigure& f : g.figures) detainee_sources.insert(f.site);
  }
  EXPECT_EQ(detainee_sources.size(), 3u);  // 002, 003, 004 state detainee counts
}

TEST(ExtractFigures, UnitsDatesAndTotals) {
  const std::vector<StoryFigure> f = ExtractFigures(
      "On 14 February 2026, officials said 1.2 million people were displaced; 4,583 "
      "detainees out of an estimated 7,000 were moved, and 35% of homes lost power.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].value, 1.2e6);
  EXPECT_EQ(f[0].unit, "people");
  EXPECT_EQ(f[1].text, "4,583");
  EXPECT_EQ(f[1].unit, "detainees");
  EXPECT_EQ(f[2].value, 7000);
  EXPECT_EQ(f[2].unit, "detainees");
  EXPECT_NE(f[1].context.find("4,583 detainees"), std::string::npos);
}

}  // namespace
}  // namespace newsdesk

namespace newsdesk {
namespace {

// Units and prepositions are not what a figure counts; nouns are Latin-script words.
TEST(ExtractFigures, PrepositionsUnitsAndUncasedScriptsAreNotNouns) {
  for (const StoryFigure& f : ExtractFigures("Böen mit bis zu 130 km pro Stunde, 90 min Verspätung "
                                             "und 3,8 في المئة; 152 pro Stunde.")) {
    EXPECT_TRUE(f.unit.empty() || f.unit == "verspätung") << f.text << " -> " << f.unit;
    EXPECT_NE(f.unit, "pro");
    EXPECT_NE(f.unit, "min");
  }
  const std::vector<StoryFigure> f = ExtractFigures("Rescuers found 12 hikers and 30 cars.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].unit, "hikers");
  EXPECT_EQ(f[1].unit, "cars");
}

// A figure group is a disagreement only when two different outlets state different
// values; one article listing several values of one noun is not.
TEST(DisagreeingFigures, NeedsTwoOutletsWithDifferentValues) {
  auto fig = [](int64_t article, const std::string& site, double value) {
    StoryFigure f;
    f.story_id = 1;
    f.article_id = article;
    f.site = site;
    f.value = value;
    f.text = std::to_string(static_cast<int>(value));
    f.unit = "metres";
    return f;
  };
  EXPECT_TRUE(
      DisagreeingFigures({fig(1, "a.fr", 3.1), fig(1, "a.fr", 4.62), fig(2, "a.fr", 5.4)}).empty());
  EXPECT_TRUE(DisagreeingFigures({fig(1, "a.fr", 4.62), fig(2, "b.fr", 4.62)}).empty());
  const std::vector<FigureGroup> g =
      DisagreeingFigures({fig(1, "a.fr", 3.1), fig(1, "a.fr", 4.62), fig(2, "b.fr", 4.62)});
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].unit, "metres");
  EXPECT_EQ(g[0].figures.size(), 3u);
  // Without a site, articles are the outlets.
  EXPECT_EQ(DisagreeingFigures({fig(1, "", 1), fig(2, "", 2)}).size(), 1u);
}

// Figures as ExtractFigures finds them in texts meet the same rule: one outlet stating two
// values is no disagreement; a second outlet with another value is, and the group lists
// every figure of the unit by value.
TEST(DisagreeingFigures, ExtractedFiguresFollowTheSameRule) {
  auto figures = [](std::vector<std::pair<std::string, std::string>> site_texts) {
    std::vector<StoryFigure> out;
    for (const auto& [site, text] : site_texts) {
      for (StoryFigure& f : ExtractFigures(text)) {
        f.site = site;
        out.push_back(std::move(f));
      }
    }
    return out;
  };
  const std::string one_source = "Officials moved 4,583 detainees, then 4,000 detainees more.";
  ASSERT_EQ(ExtractFigures(one_source).size(), 2u);  // two values of one noun...
  EXPECT_TRUE(DisagreeingFigures(figures({{"a.fr", one_source}})).empty());  // ...one outlet
  EXPECT_TRUE(DisagreeingFigures(figures({{"a.fr", "Officials moved 4,583 detainees."},
                                          {"b.fr", "Officials moved 4,583 detainees."}}))
                  .empty());
  const std::vector<FigureGroup> g = DisagreeingFigures(
      figures({{"a.fr", "Officials moved 4,583 detainees. 4,583 detainees in all."},
               {"b.fr", "More than 4,000 detainees were moved."}}));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].unit, "detainees");
  ASSERT_EQ(g[0].figures.size(), 3u);
  EXPECT_EQ(g[0].figures[0].value, 4000);
  EXPECT_EQ(g[0].figures[0].site, "b.fr");
  EXPECT_EQ(g[0].figures[1].value, 4583);
  EXPECT_EQ(g[0].figures[1].text, "4,583");
  EXPECT_EQ(g[0].figures[1].site, "a.fr");
}

}  // namespace
}  // namespace newsdesk
