// Open cost (issue 12): opening a store of N stored articles and importing 10 documents,
// which includes rebuilding the story index from the store. Must stay flat as N grows.
//
// Usage: stories_open_bench [--sizes 0,10000,50000] [--per-day 500] [--late-arrivals N]
// For each N, twice: writes N generated articles (~1.7 KB of text, --per-day a day, 5 per
// story, with story ids, and once with the story index's features beside them as this
// version keeps them, once without as a store written before) straight into a
// file-backed store in a temp dir, then times Store::Open
// plus Pipeline::Import of 10 generated documents dated after them (wall and CPU time). The story
// index restores the articles of its live window: those of the last 2 x 7 days and the
// last --late-arrivals (StoryOptions::late_arrivals, default 8192); a --late-arrivals
// above N restores every article, as every open did before.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/document.h"
#include "newsdesk/pipeline.h"
#include "newsdesk/store.h"
#include "newsdesk/stories.h"
#include "process_usage.h"
#include "testing/temp_dir.h"

namespace {

using Clock = std::chrono::steady_clock;
using newsdesk::Article;
using newsdesk::Store;

constexpr int kPerStory = 5;
const std::chrono::sys_seconds kStart{
    std::chrono::sys_days{std::chrono::year{2025} / std::chrono::January / 1}};

// A made-up word from a few syllables, deterministic in `n`.
std::string Word(uint32_t n) {
  static const char* const kSyllables[] = {"ka", "lo",  "mi",  "ne",  "ru",  "sa", "to",  "vi",
                                           "da", "ber", "gon", "pel", "tri", "zu", "han", "ol"};
  std::string w;
  for (int i = 0; i < 3; ++i, n /= 16) w += kSyllables[n % 16];
  return w;
}

// Article `n`: words of a 4,000-word vocabulary around the names and figures of its story.
struct Generated {
  std::string title, text;
  std::chrono::sys_seconds published;
};
Generated Generate(int64_t n, int per_day) {
  std::mt19937 rng(static_cast<uint32_t>(n));
  const int64_t story = n / kPerStory;
  std::vector<std::string> names;
  for (int i = 0; i < 4; ++i) {
    std::string name = Word(static_cast<uint32_t>(story * 7 + i) * 2654435761u % 65536);
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    names.push_back(name);
  }
  const std::string figure = std::to_string(1000 + story % 9000);
  auto common = [&] { return Word(rng() % 4000); };
  Generated g;
  g.title = names[0] + " " + common() + " " + figure + " " + common() + " " + names[1];
  std::ostringstream text;
  for (int sentence = 0; sentence < 20; ++sentence) {
    text << names[rng() % names.size()] << " " << common() << " " << common() << " ";
    if (sentence % 4 == 0) text << figure << " ";
    for (int i = 0; i < 9; ++i) text << common() << " ";
    text << common() << ". ";
  }
  g.text = text.str();
  g.published = kStart + std::chrono::seconds(n * 86400 / per_day);
  return g;
}

// Writes `count` articles with their stories; with the story index's features beside
// those from `features_from` on (a store written by this version keeps them for the live
// window only: each open drops the older ones).
bool Fill(Store& store, int64_t count, int per_day, int64_t features_from) {
  newsdesk::StoryIndex index;  // computes the features the writer would have kept
  Store::Transaction txn(store);
  for (int64_t n = 0; n < count; ++n) {
    const Generated g = Generate(n, per_day);
    Article a;
    a.url = a.canonical_url = "https://news.example/a/" + std::to_string(n);
    a.title = g.title;
    a.text = g.text;
    a.site = "news.example";
    a.language = "en";
    a.published = newsdesk::IsoUtc(g.published);
    a.fetched_at = a.published;
    a.content_hash = std::to_string(std::hash<std::string>{}(g.text));
    a.story_id = n / kPerStory + 1;
    const newsdesk::Result<int64_t> id = store.InsertArticle(a);
    if (!id.ok()) return false;
    if (n < features_from) continue;
    newsdesk::StoryArticle story{*id, a.url, a.title, a.text, a.language, a.site, {}, false};
    story.published_unix = g.published.time_since_epoch().count();
    const std::string kept = index.Restore(story, {a.story_id, 0, 0, {}, {}, {}});
    if (!store.PutStoryFeatures(*id, kept).ok()) return false;
  }
  return txn.Commit().ok();
}

struct Cost {
  double wall = -1;  // seconds; -1 when the import failed
  double cpu = 0;    // seconds of CPU, all threads: what a loaded machine does not inflate
};

// What it costs to open the store at `path` and import 10 documents that follow its
// articles.
Cost OpenAndImport(const std::string& path, int64_t stored, int per_day, int64_t late_arrivals) {
  const Clock::time_point start = Clock::now();
  const double cpu_start = newsdesk::bench::CpuSeconds();
  auto store = Store::Open(path);
  if (!store.ok()) return {};
  newsdesk::PipelineOptions options;
  options.run_name = "";
  options.stories.late_arrivals = late_arrivals;
  int64_t n = stored;
  auto next = [&](newsdesk::ImportInput& d) {
    if (n == stored + 10) return false;
    const Generated g = Generate(n, per_day);
    d.url = "https://other.example/a/" + std::to_string(n++);
    d.title = g.title;
    d.text = g.text;
    d.published = newsdesk::IsoUtc(g.published);
    return true;
  };
  auto run = newsdesk::Pipeline(**store, options).Import(next);
  if (!run.ok() || run->counts.stored != 10) return {};
  return {std::chrono::duration<double>(Clock::now() - start).count(),
          newsdesk::bench::CpuSeconds() - cpu_start};
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int64_t> sizes = {0, 10000, 50000};
  int per_day = 500;
  int64_t late_arrivals = newsdesk::StoryOptions().late_arrivals;
  for (int i = 1; i < argc; i += 2) {
    const std::string flag = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    if (flag == "--sizes" && value) {
      sizes.clear();
      std::istringstream list(value);
      for (std::string s; std::getline(list, s, ',');) sizes.push_back(std::atoll(s.c_str()));
    } else if (flag == "--per-day" && value) {
      per_day = std::atoi(value);
    } else if (flag == "--late-arrivals" && value) {
      late_arrivals = std::atoll(value);
    } else {
      std::fprintf(stderr,
                   "usage: stories_open_bench [--sizes 0,10000,50000] [--per-day 500] "
                   "[--late-arrivals N]\n");
      return 2;
    }
  }
  std::printf(
      "open a store + import 10 documents (wall, CPU), story features kept by this\n"
      "version beside the articles, and none kept (a store written before them:\n"
      "its first open)\n");
  for (int64_t size : sizes) {
    Cost costs[2];
    for (bool features : {true, false}) {
      newsdesk::testing::TempDir dir;
      const std::string path = dir.File("bench.db");
      {
        auto store = Store::Open(path);
        // The live window (Writer::FirstLiveArticle): the last late_arrivals articles or
        // those of the last 2 x 7 days, a day more for dates written with another UTC
        // offset, from the start of that day.
        const int64_t live = std::max<int64_t>(late_arrivals, int64_t{per_day} * 16);
        if (!store.ok() || !Fill(**store, size, per_day, features ? size - live : size)) {
          std::fprintf(stderr, "could not build a store of %lld articles\n",
                       static_cast<long long>(size));
          return 1;
        }
      }
      costs[features ? 0 : 1] = OpenAndImport(path, size, per_day, late_arrivals);
      if (costs[features ? 0 : 1].wall < 0) {
        std::fprintf(stderr, "import into a store of %lld articles failed\n",
                     static_cast<long long>(size));
        return 1;
      }
    }
    std::printf(
        "store of %6lld articles: features kept %6.2f s (CPU %.2f s), none kept %6.2f s "
        "(CPU %.2f s)\n",
        static_cast<long long>(size), costs[0].wall, costs[0].cpu, costs[1].wall, costs[1].cpu);
  }
  return 0;
}
