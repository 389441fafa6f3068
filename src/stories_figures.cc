// Figures stated in a text ("4,583 detainees") and the figures a story's sources disagree
// on. Heuristic and Latin-script: see ExtractFigures in include/newsdesk/stories.h.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "newsdesk/article.h"
#include "newsdesk/normalize.h"
#include "newsdesk/stories.h"
#include "stories_features.h"

namespace newsdesk {
namespace {

using stories_internal::Kind;
using stories_internal::Token;
using stories_internal::Tokenize;

// Words between a number and the noun it counts, lower case (en, fr, de, es).
bool IsModifier(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {"of",
                                                            "the",
                                                            "a",
                                                            "an",
                                                            "more",
                                                            "than",
                                                            "over",
                                                            "about",
                                                            "around",
                                                            "some",
                                                            "nearly",
                                                            "almost",
                                                            "approximately",
                                                            "estimated",
                                                            "suspected",
                                                            "alleged",
                                                            "additional",
                                                            "other",
                                                            "new",
                                                            "least",
                                                            "at",
                                                            "up",
                                                            "to",
                                                            "roughly",
                                                            "just",
                                                            "under",
                                                            "fewer",
                                                            "less",
                                                            "another",
                                                            "further",
                                                            "total",
                                                            "whole",
                                                            "foreign",
                                                            "armed",
                                                            "de",
                                                            "des",
                                                            "du",
                                                            "la",
                                                            "le",
                                                            "les",
                                                            "d",
                                                            "plus",
                                                            "environ",
                                                            "mehr",
                                                            "als",
                                                            "rund",
                                                            "etwa",
                                                            "über",
                                                            "los",
                                                            "las",
                                                            "del",
                                                            "unos",
                                                            "unas",
                                                            "más",
                                                            "cerca",
                                                            "presumed",
                                                            "reported",
                                                            "known",
                                                            "high-risk",
                                                            "hardcore",
                                                            "so-called",
                                                            "its",
                                                            "their",
                                                            "his",
                                                            "her",
                                                            "all",
                                                            "those",
                                                            "these",
                                                            "such"};
  return kWords.count(w) > 0;
}

// Words that end the noun phrase after a number.
bool IsFunctionWord(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "from", "in", "into", "to", "for", "on", "with", "by", "across", "since", "after", "before",
      "during", "who", "which", "that", "and", "were", "was", "have", "had", "are", "is", "has",
      "will", "would", "between", "among", "per", "aus", "nach", "von", "mit", "und", "sont", "ont",
      "vers", "depuis", "et", "hacia", "desde", "con", "y", "en",
      // Prepositions and unit abbreviations ("130 km pro Stunde", "90 min", "5 par jour")
      // are not what a figure counts.
      "pro", "par", "pour", "dans", "sur", "au", "aux", "im", "am", "um", "bei", "zu", "bis", "por",
      "para", "min", "mins", "km", "kmh", "mph", "sec", "hrs", "than", "at", "of", "or", "but"};
  return kWords.count(w) > 0;
}

bool IsMonth(std::string_view w) {
  static const std::set<std::string, std::less<>> kMonths = {
      "january",  "february",  "march",      "april",    "may",       "june",     "july",
      "august",   "september", "october",    "november", "december",  "jan",      "feb",
      "mar",      "apr",       "jun",        "jul",      "aug",       "sep",      "sept",
      "oct",      "nov",       "dec",        "janvier",  "février",   "mars",     "avril",
      "mai",      "juin",      "juillet",    "août",     "septembre", "octobre",  "novembre",
      "décembre", "januar",    "februar",    "märz",     "juni",      "juli",     "oktober",
      "dezember", "enero",     "febrero",    "marzo",    "abril",     "mayo",     "junio",
      "julio",    "agosto",    "septiembre", "octubre",  "noviembre", "diciembre"};
  return kMonths.count(w) > 0;
}

double Multiplier(std::string_view w) {
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "millions" || w == "millionen" || w == "millones") return 1e6;
  if (w == "billion" || w == "billions" || w == "milliard" || w == "milliards") return 1e9;
  return 0;
}

bool IsSentenceEnd(const Token& t) {
  return t.kind == Kind::kPunct && (t.text == "." || t.text == ";" || t.text == ":" ||
                                    t.text == "!" || t.text == "?" || t.text == "\xE2\x80\x94");
}

std::string Context(std::string_view text, const std::vector<Token>& tokens, size_t at) {
  size_t first = at;
  while (first > 0 && !IsSentenceEnd(tokens[first - 1]) && at - first < 12) --first;
  size_t last = at;
  while (last + 1 < tokens.size() && !IsSentenceEnd(tokens[last]) && last - at < 12) ++last;
  return std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
}

}  // namespace

std::vector<StoryFigure> ExtractFigures(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<StoryFigure> out;
  size_t last_figure_token = 0;
  bool have_last = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != Kind::kNumber) continue;
    const std::string key = stories_internal::NumberKey(t.text);
    if (key.empty()) continue;
    const bool plain = key.size() == t.text.size();
    double value = std::strtod(key.c_str(), nullptr);
    if (plain && key.size() == 4 && value >= 1800 && value <= 2100) continue;  // a year
    const std::string prev = i > 0 ? MatchKey(tokens[i - 1].text) : "";
    const std::string next = i + 1 < tokens.size() ? MatchKey(tokens[i + 1].text) : "";
    if (next == "%" || next == "percent" || next == "pour" || next == "prozent" || next == "por") {
      continue;
    }
    if (IsMonth(prev) || IsMonth(next)) continue;  // a date
    if (tokens[i].begin > 0 && text[tokens[i].begin - 1] == '/') continue;
    StoryFigure f;
    f.text = t.text;
    f.context = Context(text, tokens, i);
    // The noun: the first content word after the number in the same clause; in Title
    // Case ("4,500 ISIS Detainees from Syria") the last capitalized word before a
    // function word.
    bool in_parens = false;
    std::string last_capitalized;
    for (size_t j = i + 1; j < tokens.size() && j <= i + 8; ++j) {
      const Token& u = tokens[j];
      if (u.kind == Kind::kPunct) {
        if (u.text == "(") in_parens = true;
        if (u.text == ")") in_parens = false;
        if (IsSentenceEnd(u) || u.text == ",") break;
        continue;
      }
      if (u.kind == Kind::kNumber) break;
      if (!u.cased) break;  // Latin/Greek/Cyrillic nouns only (no Arabic "في")
      const std::string w = MatchKey(u.text);
      if (const double mul = Multiplier(w); mul > 0 && j == i + 1) {
        value *= mul;
        continue;
      }
      if (in_parens) continue;
      if (IsFunctionWord(w)) break;
      if (u.capitalized) {
        last_capitalized = w;
        continue;
      }
      if (IsModifier(w)) continue;
      if (w.size() >= 3) f.unit = w;
      break;
    }
    if (f.unit.empty() && last_capitalized.size() >= 3) f.unit = last_capitalized;
    // "4,583 detainees out of (an estimated) 7,000": the total counts the same thing.
    if (have_last && i - last_figure_token <= 6 && !out.empty() && !out.back().unit.empty()) {
      for (size_t j = last_figure_token + 1; j < i; ++j) {
        if (MatchKey(tokens[j].text) == "of") {
          f.unit = out.back().unit;
          break;
        }
      }
    }
    f.value = value;
    out.push_back(std::move(f));
    last_figure_token = i;
    have_last = true;
  }
  return out;
}

namespace {
// The outlet of a figure: its site, else its article.
std::string FigureOutlet(const StoryFigure& f) {
  return !f.site.empty() ? f.site : "#" + std::to_string(f.article_id);
}
}  // namespace

std::vector<FigureGroup> DisagreeingFigures(const std::vector<StoryFigure>& figures) {
  std::vector<FigureGroup> groups;
  std::vector<StoryFigure> sorted = figures;
  std::stable_sort(sorted.begin(), sorted.end(), [](const StoryFigure& a, const StoryFigure& b) {
    return a.unit != b.unit ? a.unit < b.unit : a.value < b.value;
  });
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j].unit == sorted[i].unit) ++j;
    // A disagreement needs two outlets stating different values (one article listing
    // several water levels is not one).
    bool disagree = false;
    for (size_t a = i; a < j && !disagree; ++a) {
      for (size_t b = a + 1; b < j && !disagree; ++b) {
        disagree = sorted[a].value != sorted[b].value &&
                   FigureOutlet(sorted[a]) != FigureOutlet(sorted[b]);
      }
    }
    if (disagree) groups.push_back({sorted[i].unit, {sorted.begin() + i, sorted.begin() + j}});
    i = j;
  }
  return groups;
}

}  // namespace newsdesk
