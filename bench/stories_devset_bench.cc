// Story clustering on the labelled dev set (../shared/devsets/stories): BCubed precision,
// recall and F1 per subset, and per language for the blurbs.
//
//   stories_devset_bench [--devset=DIR] [--order=date|reversed|shuffled] [--seed=N]
//                        [--pred=PRED.jsonl] [--languages=N] [--join-threshold=X]
//                        [--tied-long-factor=X]
//                        [--cosine-weight=X] [--member-weight=X] [--small-story-share=X]
//                        [--relink-factor=X]
//                        [--move-factor=X]
//                        [--lead-words=N] [--window-days=N] [--undated-window-days=N]
//                        [--far-window-days=N] [--far-factor=X]
//                        [--long-text-words=N]
//                        [--long-cosine-weight=X] [--long-anchor-weight=X]
//                        [--pairs=PAIRS.csv] [--fold=0|1] [--subset=NAME] [--tie-salt=N]
//                        [--terms=TERMS.jsonl]
//
// Each subset is imported into its own in-memory store through Pipeline::Import, the code
// path of `newsdesk import` (normalization, language, dates, exact dedup, StoryIndex), one
// JSON document a line as a user would convert it: title, text, published (the `date`),
// language (the `lang`). `date` order sorts by date (undated documents last, in file
// order); `reversed` is that order backwards; `shuffled` a permutation from --seed. The
// import runs, as far as the documents can tell, the day after the newest of them (the
// pipeline's clock is pinned there), so an undated document's fetch time is what a crawl
// fetching the news as it came out would have given it.
// --pred writes {"id", "story"} lines for the dev set's score.py, which must agree.
// --pairs writes every pair the index scored (a new article against a candidate or story
// member: stories_internal::PairFeatures) with its gold label, as CSV for
// bench/fit_story_blend.py. --fold=K keeps only the documents of the events in half K of
// the dev set (a stable hash of the event id), so that a blend fitted on one half is
// scored on the other. --subset=NAME (itn, wikinewssum) runs that subset only.
// --tie-salt=N (N > 0) breaks the canonical order's ties (articles of one publication or
// fetch time: all the undated ones) in another order, to measure what the tie-break is worth.
// --terms writes each stored document's weighted terms (FeatureExtractor, the index's
// lead_words and long_text_words, over the stored title and text) as JSON lines {id,
// cluster, lang, language, fold, words, terms: [[id, weight], ...]}, for
// bench/story_length_norm.py.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "stories_features.h"
#include "testing/bcubed.h"

namespace {

using newsdesk::testing::AverageBCubed;
using newsdesk::testing::BCubed;
using newsdesk::testing::BCubedPerItem;

struct Doc {
  std::string id, subset, lang, title, text, date, cluster;
};

struct Flags {
  std::string devset = NEWSDESK_STORIES_DEVSET_DIR;
  std::string order = "date";
  uint64_t seed = 1;
  std::string pred;
  size_t languages = 12;
  std::string pairs;
  std::string terms;
  int fold = -1;       // both halves
  std::string subset;  // "" = every subset
  // Store in the order of Pipeline::Import (PipelineOptions::import_sort_batch: what
  // `newsdesk import` does) instead of --order, which then no longer matters; without
  // it the index sees --order (its own order sensitivity).
  bool import_sort = false;
  size_t import_sort_batch = newsdesk::PipelineOptions().import_sort_batch;  // --import-sort=N
  // Articles given their stories together, in canonical order (PipelineOptions::
  // story_batch); with 1 the index sees --order itself (commits of one article).
  int story_batch = newsdesk::PipelineOptions().story_batch;
  // Another order of the canonical order's ties (PipelineOptions::tie_salt; 0: the order).
  uint64_t tie_salt = 0;
  newsdesk::StoryOptions stories;
};

std::vector<Doc> ReadDevset(const std::string& path) {
  std::ifstream in(path);
  std::vector<Doc> docs;
  std::string line;
  auto str = [](const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    docs.push_back({str(j, "id"), str(j, "subset"), str(j, "lang"), str(j, "title"), str(j, "text"),
                    str(j, "date"), str(j, "cluster")});
  }
  return docs;
}

// Indices of `docs` in arrival order.
std::vector<size_t> Arrival(const std::vector<Doc>& docs, const Flags& flags) {
  std::vector<size_t> order(docs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (flags.order == "shuffled") {
    std::mt19937_64 rng(flags.seed);
    std::shuffle(order.begin(), order.end(), rng);
    return order;
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const std::string& x = docs[a].date;
    const std::string& y = docs[b].date;
    if (x.empty() != y.empty()) return y.empty();
    return x < y;
  });
  if (flags.order == "reversed") std::reverse(order.begin(), order.end());
  return order;
}

// The day after the newest date of `docs` (ISO 8601 UTC).
std::chrono::system_clock::time_point ImportTime(const std::vector<Doc>& docs) {
  std::string newest;
  for (const Doc& d : docs) newest = std::max(newest, d.date);
  std::tm tm{};
  if (std::sscanf(newest.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
    std::fprintf(stderr, "no dated document\n");
    std::exit(1);
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return std::chrono::system_clock::from_time_t(timegm(&tm)) + std::chrono::hours(24);
}

std::string DocUrl(const Doc& d) { return "https://devset.invalid/" + d.subset + "/" + d.id; }

// The half (0 or 1) of the dev set's events that event `cluster` falls in (FNV-1a, then
// MurmurHash3's finalizer: ids differing in their last digits must spread).
int Fold(const std::string& cluster) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : cluster) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return static_cast<int>(h >> 63);
}

void CollectPair(const newsdesk::stories_internal::PairFeatures& pair, void* pairs) {
  static_cast<std::vector<newsdesk::stories_internal::PairFeatures>*>(pairs)->push_back(pair);
}

// Story id of each of `docs` (aligned), imported in `order` into a fresh store; the store
// id of each in `ids` (0 when not stored), the pairs the index scored in `pairs`, the
// stored documents' terms in `terms_out` (see --terms) when given.
std::vector<int64_t> Cluster(const std::vector<Doc>& docs, const std::vector<size_t>& order,
                             const newsdesk::StoryOptions& story_options, size_t sort_batch,
                             int story_batch, uint64_t tie_salt,
                             std::chrono::system_clock::time_point import_time,
                             std::vector<int64_t>* ids,
                             std::vector<newsdesk::stories_internal::PairFeatures>* pairs,
                             std::ofstream* terms_out = nullptr) {
  auto store = newsdesk::Store::Open(":memory:");
  if (!store.ok()) {
    std::fprintf(stderr, "store: %s\n", store.status().ToString().c_str());
    std::exit(1);
  }
  newsdesk::PipelineOptions options;
  options.workers = 1;
  options.ordered = true;
  options.import_sort_batch = sort_batch;
  // Stories every story_batch articles, never earlier by the clock: each batch gets its
  // stories in a canonical order, so the batches must not depend on the machine's speed.
  options.story_batch = story_batch;
  options.tie_salt = tie_salt;
  options.commit_every = std::min(options.commit_every, story_batch);
  options.story_delay = std::chrono::hours(24);
  options.commit_interval = std::chrono::hours(24);
  options.run_name = "import";
  options.stories = story_options;
  options.now = [import_time] { return import_time; };
  newsdesk::Pipeline pipeline(**store, options);
  if (pairs != nullptr) newsdesk::stories_internal::SetPairObserver(CollectPair, pairs);
  size_t next = 0;
  auto summary = pipeline.Import([&](newsdesk::ImportInput& in) {
    if (next == order.size()) return false;
    const Doc& d = docs[order[next++]];
    in.url = DocUrl(d);
    in.title = d.title;
    in.text = d.text;
    in.published = d.date;
    in.language = d.lang;
    return true;
  });
  newsdesk::stories_internal::SetPairObserver(nullptr, nullptr);
  if (!summary.ok() || !summary->ok()) {
    std::fprintf(stderr, "import failed: %s\n",
                 !summary.ok() ? summary.status().ToString().c_str()
                               : summary->failures.front().reason.c_str());
    std::exit(1);
  }
  std::unique_ptr<newsdesk::stories_internal::FeatureExtractor> extractor;
  if (terms_out != nullptr) {
    extractor = std::make_unique<newsdesk::stories_internal::FeatureExtractor>(
        story_options.lead_words, story_options.long_text_words);
  }
  std::vector<int64_t> stories;
  stories.reserve(docs.size());
  int skipped = 0;
  for (const Doc& d : docs) {
    // An exact duplicate is stored once: its URL is an alias of the first copy.
    auto id = (*store)->FindArticleIdByAnyUrl(DocUrl(d));
    auto article = newsdesk::Result<std::optional<newsdesk::Article>>(std::nullopt);
    if (id.ok() && id->has_value()) article = (*store)->GetArticle(**id);
    ids->push_back(id.ok() && id->has_value() ? **id : 0);
    if (!article.ok() || !article->has_value()) {
      // Not stored: classified as no article (an error page, a wall, an empty text). It
      // is in no story, which BCubed counts as a story of its own.
      stories.push_back(-static_cast<int64_t>(stories.size()) - 1);
      ++skipped;
      continue;
    }
    stories.push_back((*article)->story_id);
    if (terms_out != nullptr) {
      const auto f = extractor->Extract((*article)->title, (*article)->text, (*article)->language);
      nlohmann::json t = nlohmann::json::array();
      for (const auto& term : f.terms) t.push_back({std::to_string(term.id), term.weight});
      *terms_out << nlohmann::json{{"id", d.id},
                                   {"cluster", d.cluster},
                                   {"lang", d.lang},
                                   {"language", (*article)->language},
                                   {"fold", Fold(d.cluster)},
                                   {"words", f.word_count},
                                   {"terms", t}}
                 << "\n";
    }
  }
  if (skipped > 0) std::fprintf(stderr, "%d documents not stored (not articles)\n", skipped);
  return stories;
}

// Writes `pairs` of subset `name` with their gold label (1: same event) as CSV lines.
void WritePairs(const std::string& name, const std::vector<Doc>& docs,
                const std::vector<int64_t>& ids,
                const std::vector<newsdesk::stories_internal::PairFeatures>& pairs,
                std::ofstream& out) {
  std::map<int64_t, size_t> doc_of;
  for (size_t i = 0; i < docs.size(); ++i) doc_of.emplace(ids[i], i);
  for (const auto& p : pairs) {
    const auto a = doc_of.find(p.article_id);
    const auto b = doc_of.find(p.other_id);
    if (a == doc_of.end() || b == doc_of.end()) continue;
    const Doc& x = docs[a->second];
    const Doc& y = docs[b->second];
    char line[512];
    std::snprintf(line, sizeof line, "%s,%s,%s,%s,%s,%d,%d,%.6f,%.6f,%d,%d,%d,%d,%.1f\n",
                  name.c_str(), x.id.c_str(), y.id.c_str(), x.lang.c_str(), y.lang.c_str(),
                  Fold(x.cluster) * 2 + Fold(y.cluster), x.cluster == y.cluster ? 1 : 0, p.cosine,
                  p.anchor_overlap, p.shared_anchors, p.words, p.other_words,
                  p.same_language ? 1 : 0, p.hours_apart);
    out << line;
  }
}

void Print(const char* label, const BCubed& s, size_t docs) {
  std::printf("%-22s docs %4zu  BCubed P %.3f  R %.3f  F1 %.3f\n", label, docs, s.precision,
              s.recall, s.f1);
}

bool TakeFlag(std::string_view arg, std::string_view name, std::string* value) {
  if (arg.substr(0, name.size()) != name) return false;
  *value = std::string(arg.substr(name.size()));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  for (int i = 1; i < argc; ++i) {
    std::string value;
    if (TakeFlag(argv[i], "--devset=", &flags.devset) ||
        TakeFlag(argv[i], "--pred=", &flags.pred) || TakeFlag(argv[i], "--order=", &flags.order) ||
        TakeFlag(argv[i], "--pairs=", &flags.pairs) ||
        TakeFlag(argv[i], "--terms=", &flags.terms) ||
        TakeFlag(argv[i], "--subset=", &flags.subset)) {
    } else if (std::string_view(argv[i]) == "--import-sort") {
      flags.import_sort = true;
    } else if (TakeFlag(argv[i], "--import-sort=", &value)) {
      flags.import_sort = true;
      flags.import_sort_batch = std::stoul(value);
    } else if (TakeFlag(argv[i], "--story-batch=", &value)) {
      flags.story_batch = std::stoi(value);
    } else if (TakeFlag(argv[i], "--tie-salt=", &value)) {
      flags.tie_salt = std::stoull(value);
    } else if (TakeFlag(argv[i], "--fold=", &value)) {
      flags.fold = std::stoi(value);
    } else if (TakeFlag(argv[i], "--seed=", &value)) {
      flags.seed = std::stoull(value);
    } else if (TakeFlag(argv[i], "--languages=", &value)) {
      flags.languages = std::stoul(value);
    } else if (TakeFlag(argv[i], "--join-threshold=", &value)) {
      flags.stories.join_threshold = std::stod(value);
    } else if (TakeFlag(argv[i], "--tied-long-factor=", &value)) {
      flags.stories.tied_long_factor = std::stod(value);
    } else if (TakeFlag(argv[i], "--cosine-weight=", &value)) {
      flags.stories.cosine_weight = std::stod(value);
    } else if (TakeFlag(argv[i], "--long-cosine-weight=", &value)) {
      flags.stories.long_cosine_weight = std::stod(value);
    } else if (TakeFlag(argv[i], "--long-anchor-weight=", &value)) {
      flags.stories.long_anchor_weight = std::stod(value);
    } else if (TakeFlag(argv[i], "--long-text-words=", &value)) {
      flags.stories.long_text_words = std::stoi(value);
    } else if (TakeFlag(argv[i], "--relink-factor=", &value)) {
      flags.stories.relink_factor = std::stod(value);
    } else if (TakeFlag(argv[i], "--move-factor=", &value)) {
      flags.stories.move_factor = std::stod(value);
    } else if (TakeFlag(argv[i], "--leave-factor=", &value)) {
      flags.stories.leave_factor = std::stod(value);
    } else if (TakeFlag(argv[i], "--language-prior=", &value)) {
      flags.stories.language_prior = std::stod(value);
    } else if (TakeFlag(argv[i], "--rare-anchor-docs=", &value)) {
      flags.stories.rare_anchor_docs = std::stoi(value);
    } else if (TakeFlag(argv[i], "--member-weight=", &value)) {
      flags.stories.member_weight = std::stod(value);
    } else if (TakeFlag(argv[i], "--small-story-share=", &value)) {
      flags.stories.small_story_share = std::stod(value);
    } else if (TakeFlag(argv[i], "--lead-words=", &value)) {
      flags.stories.lead_words = std::stoi(value);
    } else if (TakeFlag(argv[i], "--window-days=", &value)) {
      flags.stories.window = std::chrono::hours(24 * std::stoi(value));
    } else if (TakeFlag(argv[i], "--far-window-days=", &value)) {
      flags.stories.far_window = std::chrono::hours(24 * std::stoi(value));
    } else if (TakeFlag(argv[i], "--far-factor=", &value)) {
      flags.stories.far_factor = std::stod(value);
    } else if (TakeFlag(argv[i], "--undated-window-days=", &value)) {
      flags.stories.undated_window = std::chrono::hours(24 * std::stoi(value));
    } else {
      std::fprintf(stderr,
                   "usage: %s [--devset=DIR] [--order=date|reversed|shuffled] [--seed=N] "
                   "[--pred=PRED.jsonl] [--languages=N] [--join-threshold=X] "
                   "[--tied-long-factor=X] [--cosine-weight=X] "
                   "[--member-weight=X] [--small-story-share=X] [--relink-factor=X] "
                   "[--move-factor=X] [--leave-factor=X] "
                   "[--language-prior=X] [--rare-anchor-docs=N] "
                   "[--lead-words=N] "
                   "[--window-days=N] [--undated-window-days=N] "
                   "[--far-window-days=N] [--far-factor=X] "
                   "[--long-text-words=N] [--long-cosine-weight=X] [--long-anchor-weight=X] "
                   "[--pairs=PAIRS.csv] [--fold=0|1] [--subset=NAME] [--import-sort[=BATCH]] "
                   "[--story-batch=N] [--tie-salt=N] [--terms=TERMS.jsonl]\n",
                   argv[0]);
      return 2;
    }
  }
  if (flags.order != "date" && flags.order != "reversed" && flags.order != "shuffled") {
    std::fprintf(stderr, "unknown --order=%s\n", flags.order.c_str());
    return 2;
  }
  const std::vector<Doc> all = ReadDevset(flags.devset + "/stories-dev.jsonl");
  if (all.empty()) {
    std::fprintf(stderr, "no dev set at %s\n", flags.devset.c_str());
    return 2;
  }
  const auto import_time = ImportTime(all);
  std::map<std::string, std::vector<Doc>> subsets;
  for (const Doc& d : all) {
    if ((flags.fold < 0 || Fold(d.cluster) == flags.fold) &&
        (flags.subset.empty() || d.subset == flags.subset)) {
      subsets[d.subset].push_back(d);
    }
  }

  std::printf("order %s%s", flags.order.c_str(),
              flags.import_sort ? ", then sorted by the import" : "");
  if (flags.order == "shuffled")
    std::printf(" (seed %llu)", static_cast<unsigned long long>(flags.seed));
  std::printf("\n");
  std::ofstream pred;
  if (!flags.pred.empty()) pred.open(flags.pred);
  std::ofstream pairs_out;
  if (!flags.pairs.empty()) {
    pairs_out.open(flags.pairs);
    pairs_out << "subset,doc,other,lang,other_lang,folds,same_event,cosine,anchor_overlap,"
                 "shared_anchors,words,other_words,same_language,hours_apart\n";
  }
  std::ofstream terms_out;
  if (!flags.terms.empty()) terms_out.open(flags.terms);
  for (const auto& [name, docs] : subsets) {
    std::vector<int64_t> ids;
    std::vector<newsdesk::stories_internal::PairFeatures> pairs;
    const std::vector<int64_t> stories = Cluster(
        docs, Arrival(docs, flags), flags.stories, flags.import_sort ? flags.import_sort_batch : 0,
        flags.story_batch, flags.tie_salt, import_time, &ids,
        pairs_out.is_open() ? &pairs : nullptr, terms_out.is_open() ? &terms_out : nullptr);
    if (pairs_out.is_open()) WritePairs(name, docs, ids, pairs, pairs_out);
    std::vector<std::string> gold;
    for (const Doc& d : docs) gold.push_back(d.cluster);
    const auto per_doc = BCubedPerItem(gold, stories);
    Print(name.c_str(), AverageBCubed(per_doc), docs.size());
    for (size_t i = 0; pred.is_open() && i < docs.size(); ++i) {
      pred << nlohmann::json{{"id", docs[i].id}, {"story", name + ":" + std::to_string(stories[i])}}
           << "\n";
    }
    // Per language, the most frequent ones first (only subsets of several languages).
    std::map<std::string, std::vector<size_t>> by_lang;
    for (size_t i = 0; i < docs.size(); ++i) by_lang[docs[i].lang].push_back(i);
    if (by_lang.size() < 8) continue;
    std::vector<std::pair<std::string, std::vector<size_t>>> langs(by_lang.begin(), by_lang.end());
    std::stable_sort(langs.begin(), langs.end(), [](const auto& a, const auto& b) {
      return a.second.size() > b.second.size();
    });
    for (size_t k = 0; k < langs.size() && k < flags.languages; ++k) {
      Print(("  " + name + " " + langs[k].first).c_str(), AverageBCubed(per_doc, langs[k].second),
            langs[k].second.size());
    }
  }
  return 0;
}
