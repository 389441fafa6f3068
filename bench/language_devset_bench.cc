// Language identification on labelled text: how many texts DetectLanguage gives their
// labelled language back, with the label as the hint and without a hint.
//
//   language_devset_bench [--devset=DIR] [-v]        the stories dev set's itn blurbs
//   language_devset_bench --tsv=FILE [-v]             lines "LANG<TAB>HINT<TAB>TEXT"
//
// A guess is right when its primary subtag is the label's (PrimaryLanguage: "zh-Hant"
// matches "zh", "be-tarask" matches "be"). On the stories dev set the hint is the label
// itself (a site declaring its language truly) and the counts are per language; on a TSV
// the hint is the file's (maybe empty or wrong) and every line is printed right/wrong.
// -v prints each wrong guess.
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsdesk/language.h"

namespace {

struct Labelled {
  std::string lang, hint, text;
};

bool Right(const std::string& guess, const std::string& label) {
  return !guess.empty() && newsdesk::PrimaryLanguage(guess) == newsdesk::PrimaryLanguage(label);
}

int RunStories(const std::string& dir, bool verbose) {
  std::ifstream in(dir + "/stories-dev.jsonl");
  if (!in) {
    std::fprintf(stderr, "cannot read %s/stories-dev.jsonl\n", dir.c_str());
    return 1;
  }
  std::map<std::string, std::pair<int, std::pair<int, int>>> per_lang;  // n, (hinted, bare)
  int n = 0, hinted = 0, bare = 0;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json j = nlohmann::json::parse(line);
    if (j.value("subset", "") != "itn") continue;
    const std::string lang = j.value("lang", "");
    const std::string text = j.value("text", "");
    const std::string with = newsdesk::DetectLanguage(text, lang).language;
    const std::string without = newsdesk::DetectLanguage(text).language;
    auto& row = per_lang[lang];
    ++n;
    ++row.first;
    if (Right(with, lang)) ++hinted, ++row.second.first;
    if (Right(without, lang)) ++bare, ++row.second.second;
    if (verbose && (!Right(with, lang) || !Right(without, lang)))
      std::printf("%s\thinted=%s\tbare=%s\t%.80s\n", lang.c_str(), with.c_str(), without.c_str(),
                  text.c_str());
  }
  for (const auto& [lang, row] : per_lang)
    std::printf("%-14s %3d  hinted %3d  bare %3d\n", lang.c_str(), row.first, row.second.first,
                row.second.second);
  std::printf("itn blurbs %d: right hinted %d, without hint %d\n", n, hinted, bare);
  return 0;
}

int RunTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  int n = 0, right = 0;
  for (std::string line; std::getline(in, line);) {
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    const Labelled l{line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)};
    const newsdesk::LanguageGuess g = newsdesk::DetectLanguage(l.text, l.hint);
    const bool ok = Right(g.language, l.lang);
    ++n;
    right += ok ? 1 : 0;
    std::printf("%-5s %-8s hint=%-3s got=%-8s %s\n", ok ? "right" : "WRONG", l.lang.c_str(),
                l.hint.c_str(), g.language.c_str(), g.reliable ? "reliable" : "unreliable");
  }
  std::printf("%d of %d right\n", right, n);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string devset = NEWSDESK_STORIES_DEVSET_DIR;
  std::string tsv;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--devset=", 0) == 0) {
      devset = arg.substr(9);
    } else if (arg.rfind("--tsv=", 0) == 0) {
      tsv = arg.substr(6);
    } else if (arg == "-v") {
      verbose = true;
    } else {
      std::fprintf(stderr, "usage: language_devset_bench [--devset=DIR | --tsv=FILE] [-v]\n");
      return 2;
    }
  }
  return tsv.empty() ? RunStories(devset, verbose) : RunTsv(tsv);
}
