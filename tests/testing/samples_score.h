// Scores the extractor on samples/ with the held-out metric (ngram_score.h): every page of
// samples/expected.json is decoded and extracted, and its text compared with
// tests/data/extract/sample_refs/<stem>.txt (the page's body container, written by
// tests/data/extract/make_sample_refs.py) and, for the seed pages when the seeds folder
// exists, with the seed text minus its title, its `* ` lines and the page's must_not_contain
// lines. Header-only so that the CTest test and the bench share it.
#ifndef NEWSDESK_TESTING_SAMPLES_SCORE_H_
#define NEWSDESK_TESTING_SAMPLES_SCORE_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsdesk/decode.h"
#include "newsdesk/extract.h"
#include "testing/devset_score.h"
#include "testing/ngram_score.h"

namespace newsdesk::testing {

struct SamplePageScore {
  std::string file;
  bool failed = false;  // decode or extract error, or no reference file
  NgramPageScore vs_container;
  std::optional<NgramPageScore> vs_seed;  // seed pages with the seeds folder present
};

// The seed text as a reference body: lines trimmed, empty ones, the title, `* ` lines and
// `junk` lines dropped.
inline std::string SeedReference(const std::string& seed_text, const std::string& title,
                                 const std::vector<std::string>& junk) {
  std::istringstream in(seed_text);
  std::string line, out;
  while (std::getline(in, line)) {
    line = NormalizeWs(line);
    if (line.empty() || line == title || line.rfind("* ", 0) == 0) continue;
    if (std::find(junk.begin(), junk.end(), line) != junk.end()) continue;
    out += line + "\n";
  }
  return out;
}

// Empty when `samples_dir`/expected.json is missing or malformed.
inline std::vector<SamplePageScore> ScoreSamples(const std::filesystem::path& samples_dir,
                                                 const std::filesystem::path& refs_dir,
                                                 const std::filesystem::path& seeds_dir) {
  std::vector<SamplePageScore> out;
  std::ifstream in(samples_dir / "expected.json");
  if (!in) return out;
  nlohmann::json exp = nlohmann::json::parse(in, nullptr, false);
  if (!exp.is_object() || !exp["pages"].is_array()) return out;
  const bool have_seeds = std::filesystem::is_directory(seeds_dir);
  for (const auto& e : exp["pages"]) {
    SamplePageScore r;
    r.file = e.value("file", "");
    std::filesystem::path ref_path =
        refs_dir / (std::filesystem::path(r.file).stem().string() + ".txt");
    std::string text;
    auto decoded = Decode(ReadFileBytes(samples_dir / r.file), "");
    if (decoded.ok()) {
      auto ex = Extract(decoded->text, e.value("canonical_url", ""));
      if (ex.ok()) text = ex->text;
      r.failed = !ex.ok();
    } else {
      r.failed = true;
    }
    if (!std::filesystem::exists(ref_path)) r.failed = true;
    r.vs_container = ScoreNgrams(text, ReadFileBytes(ref_path));
    std::string seed = e.value("seed", "");
    if (!seed.empty() && have_seeds) {
      std::vector<std::string> junk;
      for (const auto& s : e["must_not_contain"]) junk.push_back(NormalizeWs(s.get<std::string>()));
      if (e.contains("seed_junk_lines"))
        for (const auto& s : e["seed_junk_lines"])
          junk.push_back(NormalizeWs(s.get<std::string>()));
      r.vs_seed = ScoreNgrams(
          text, SeedReference(ReadFileBytes(seeds_dir / seed), e.value("title", ""), junk));
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_SAMPLES_SCORE_H_
