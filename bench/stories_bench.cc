// Throughput of StoryIndex::Add (dedup + clustering) on generated corpora.
//
//   stories_bench [--sizes=10000,100000,1000000] [--per-day=2000] [--join-threshold=X]
//                 [--relink-factor=X] [--move-factor=X]
//
// Each size runs in its own child process (so peak RSS is per size) on a deterministic
// synthetic stream: events of 1-8 articles from different outlets over two days, about
// 10% syndicated near-copies, 10% of articles in Cyrillic script (transliterated names),
// Zipf-distributed common words, `per-day` articles a day (so the number of articles in
// the 7-day window is the same at every size). Prints articles/s, microseconds per
// article (overall and for the last 10% of the stream, which must stay flat as the index
// grows), peak RSS, and the BCubed F1 against the generated event labels. Wall time
// suffers from other load on the machine; CPU time (getrusage) is the per-article cost.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "newsdesk/stories.h"
#include "process_usage.h"
#include "testing/bcubed.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kConsonants[] = {"b",  "d",  "f",  "g",  "k",  "l",  "m",  "n",
                                       "p",  "r",  "s",  "t",  "v",  "z",  "sh", "ch",
                                       "kr", "st", "br", "tr", "gl", "pl", "nd", "mb"};
constexpr size_t kConsonantCount = sizeof(kConsonants) / sizeof(kConsonants[0]);
constexpr const char* kVowels[] = {"a", "e", "i", "o", "u"};

std::string PseudoWord(std::mt19937_64& rng, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) {
    w += kConsonants[rng() % kConsonantCount];
    w += kVowels[rng() % 5];
  }
  return w;
}

// Latin pseudo-word -> Cyrillic spelling (what a Russian outlet would write).
std::string ToCyrillic(const std::string& w) {
  static const std::unordered_map<std::string, std::string> kMap = {
      {"a", "а"}, {"b", "б"}, {"d", "д"}, {"e", "е"}, {"f", "ф"}, {"g", "г"},  {"i", "и"},
      {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"},  {"r", "р"},
      {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"z", "з"}, {"sh", "ш"}, {"ch", "ч"}};
  std::string out;
  for (size_t i = 0; i < w.size();) {
    const size_t n = (i + 1 < w.size() && w[i + 1] == 'h') ? 2 : 1;
    auto it = kMap.find(w.substr(i, n));
    out += it == kMap.end() ? w.substr(i, n) : it->second;
    i += n;
  }
  return out;
}

std::string Capitalize(std::string w) {
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
  return w;
}

struct Event {
  std::vector<std::string> names;
  std::vector<std::string> topic;
  std::vector<int> numbers;
  int64_t start = 0;
};

class Corpus {
 public:
  Corpus(size_t size, int per_day) : rng_(20260214), per_day_(per_day) {
    for (int i = 0; i < 5000; ++i) {
      common_.push_back(PseudoWord(rng_, 1 + static_cast<int>(rng_() % 3)));
    }
    for (int i = 0; i < 200; ++i)
      famous_.push_back(PseudoWord(rng_, 2 + static_cast<int>(rng_() % 2)));
    // Zipf(1) cumulative weights.
    double sum = 0;
    for (int i = 0; i < 5000; ++i) {
      sum += 1.0 / (i + 1);
      zipf_.push_back(sum);
    }
    size_ = size;
  }

  // The next (up to) n articles and their event labels; empty at the end. Generated on
  // demand so that the corpus does not count in the peak RSS.
  void NextBatch(size_t n, std::vector<newsdesk::StoryArticle>* articles,
                 std::vector<int64_t>* labels) {
    articles->clear();
    labels->clear();
    while (articles_.size() < n && emitted_ < size_) EmitEvent(size_);
    const size_t take = std::min(n, articles_.size());
    articles->assign(std::make_move_iterator(articles_.begin()),
                     std::make_move_iterator(articles_.begin() + take));
    labels->assign(labels_.begin(), labels_.begin() + take);
    articles_.erase(articles_.begin(), articles_.begin() + take);
    labels_.erase(labels_.begin(), labels_.begin() + take);
  }

 private:
  const std::string& Common() {
    const double x = std::uniform_real_distribution<double>(0, zipf_.back())(rng_);
    const size_t i = std::lower_bound(zipf_.begin(), zipf_.end(), x) - zipf_.begin();
    return common_[std::min(i, common_.size() - 1)];
  }

  std::string Number(int n, bool grouped) {
    std::string s = std::to_string(n);
    if (grouped && s.size() > 3) s.insert(s.size() - 3, ",");
    return s;
  }

  void EmitEvent(size_t size) {
    Event e;
    // Two well-known names (countries, leaders: shared by many events), three rare ones.
    for (int i = 0; i < 2; ++i) e.names.push_back(famous_[rng_() % famous_.size()]);
    for (int i = 0; i < 3; ++i)
      e.names.push_back(PseudoWord(rng_, 3 + static_cast<int>(rng_() % 2)));
    for (int i = 0; i < 6; ++i) e.topic.push_back(common_[200 + rng_() % 3000]);
    // Log-uniform numbers from 1 to 100000: small ones are common, as in news.
    for (int i = 0; i < 3; ++i) {
      e.numbers.push_back(static_cast<int>(
          std::exp(std::uniform_real_distribution<double>(0, std::log(100000.0))(rng_))));
    }
    // Events start in publication order: per_day_ articles a day on average.
    e.start = static_cast<int64_t>(emitted_) * 86400 / per_day_;
    const int outlets = 1 + static_cast<int>(rng_() % 8);
    const int64_t label = next_label_++;
    std::string wire;
    for (int o = 0; o < outlets && emitted_ < size; ++o) {
      const bool cyrillic = rng_() % 10 == 0;
      const bool copy = o > 0 && !wire.empty() && rng_() % 8 == 0;
      newsdesk::StoryArticle a;
      a.id = static_cast<int64_t>(++emitted_);
      a.site = "outlet" + std::to_string(rng_() % 500) + ".example";
      a.url = "https://" + a.site + "/" + std::to_string(a.id);
      a.language = cyrillic ? "ru" : "en";
      a.published_unix = e.start + static_cast<int64_t>(rng_() % (2 * 86400));
      auto name = [&](size_t i) {
        const std::string& n = e.names[i % e.names.size()];
        return Capitalize(cyrillic ? ToCyrillic(n) : n);
      };
      auto word = [&](const std::string& w) { return cyrillic ? ToCyrillic(w) : w; };
      a.title = name(rng_()) + " " + word(e.topic[rng_() % 6]) + " " + Number(e.numbers[0], o % 2) +
                " " + word(Common()) + " " + name(rng_()) + " " + word(Common());
      if (copy) {
        a.text = "By " + Capitalize(PseudoWord(rng_, 2)) + " staff.\n" + wire + "\nRead more at " +
                 a.site + ".";
      } else {
        std::string text;
        for (int w = 0; w < 150; ++w) {
          const uint64_t r = rng_() % 100;
          if (r < 8) {
            text += name(rng_());
          } else if (r < 18) {
            text += word(e.topic[rng_() % 6]);
          } else if (r < 20) {
            text += Number(e.numbers[rng_() % 3], rng_() % 2);
          } else {
            text += word(Common());
          }
          text += (w % 15 == 14) ? ". " : " ";
        }
        a.text = text;
        if (o == 0) wire = text;
      }
      articles_.push_back(std::move(a));
      labels_.push_back(label);
    }
  }

  std::mt19937_64 rng_;
  int per_day_;
  std::vector<std::string> common_;
  std::vector<std::string> famous_;
  std::vector<double> zipf_;
  size_t size_ = 0;
  size_t emitted_ = 0;
  std::vector<newsdesk::StoryArticle> articles_;  // generated, not yet handed out
  std::vector<int64_t> labels_;
  int64_t next_label_ = 1;
};

// `prime`: each batch of 1000 is primed (StoryIndex::Prime) before its Adds, as the
// writer primes its story batches; the priming is timed with them.
void RunSize(size_t size, int per_day, const newsdesk::StoryOptions& options, bool prime) {
  Corpus corpus(size, per_day);
  newsdesk::StoryIndex index(options);
  std::vector<int64_t> predicted, gold;
  predicted.reserve(size);
  gold.reserve(size);
  int64_t duplicates = 0;
  const size_t tail_start = size - size / 10;
  auto cpu = [] { return newsdesk::bench::CpuSeconds(); };
  double seconds = 0, tail_seconds = 0, cpu_seconds = 0;
  std::vector<newsdesk::StoryArticle> batch;
  std::vector<int64_t> labels;
  for (;;) {
    corpus.NextBatch(1000, &batch, &labels);  // untimed
    if (batch.empty()) break;
    const bool tail = gold.size() >= tail_start;
    const double cpu_start = cpu();
    const auto start = Clock::now();
    if (prime) index.Prime(batch);
    for (const newsdesk::StoryArticle& article : batch) {
      const newsdesk::StoryAssignment a = index.Add(article);
      predicted.push_back(a.story_id);
      duplicates += a.duplicate_of != 0;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu_elapsed = cpu() - cpu_start;
    cpu_seconds += cpu_elapsed;
    seconds += elapsed;
    if (tail) tail_seconds += cpu_elapsed;
    gold.insert(gold.end(), labels.begin(), labels.end());
  }
  for (int64_t& id : predicted) id = index.ResolveStory(id);  // stories merged since
  const newsdesk::testing::BCubed b = newsdesk::testing::ScoreBCubed(gold, predicted);
  std::printf(
      "%8zu articles  %6.0f articles/s  wall %6.1f us/article  CPU %6.1f us/article, "
      "last 10%%: %6.1f  peak RSS %5.0f MB  near/exact dups %lld  BCubed P %.3f R %.3f "
      "F1 %.3f\n",
      size, static_cast<double>(size) / seconds, 1e6 * seconds / static_cast<double>(size),
      1e6 * cpu_seconds / static_cast<double>(size),
      1e6 * tail_seconds / static_cast<double>(size - (tail_start / 1000) * 1000),
      static_cast<double>(newsdesk::bench::PeakRssKb()) / 1024.0,
      static_cast<long long>(duplicates), b.precision, b.recall, b.f1);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes = {10000, 100000};
  int per_day = 2000;
  newsdesk::StoryOptions options;
  bool prime = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--sizes=", 8) == 0) {
      sizes.clear();
      for (const char* p = argv[i] + 8; *p;) {
        char* end = nullptr;
        sizes.push_back(std::strtoull(p, &end, 10));
        p = *end == ',' ? end + 1 : end;
      }
    } else if (std::strncmp(argv[i], "--per-day=", 10) == 0) {
      per_day = std::atoi(argv[i] + 10);
    } else if (std::strncmp(argv[i], "--per-decade=", 13) == 0) {
      options.join_threshold_per_decade = std::atof(argv[i] + 13);
    } else if (std::strncmp(argv[i], "--member-weight=", 16) == 0) {
      options.member_weight = std::atof(argv[i] + 16);
    } else if (std::strncmp(argv[i], "--cosine-weight=", 16) == 0) {
      options.cosine_weight = std::atof(argv[i] + 16);
    } else if (std::strncmp(argv[i], "--join-threshold=", 17) == 0) {
      options.join_threshold = std::atof(argv[i] + 17);
    } else if (std::strncmp(argv[i], "--relink-factor=", 16) == 0) {
      options.relink_factor = std::atof(argv[i] + 16);
    } else if (std::strncmp(argv[i], "--move-factor=", 14) == 0) {
      options.move_factor = std::atof(argv[i] + 14);
    } else if (std::strcmp(argv[i], "--prime") == 0) {
      prime = true;
    } else {
      std::fprintf(stderr,
                   "usage: %s [--sizes=10000,100000,1000000] [--per-day=2000] "
                   "[--join-threshold=X] [--relink-factor=X] [--move-factor=X] [--prime]\n",
                   argv[0]);
      return 2;
    }
  }
  std::printf(
      "StoryIndex::Add on generated corpora (%d articles/day, 7-day window; corpus "
      "generation not timed)\n",
      per_day);
  std::fflush(stdout);
  for (size_t size : sizes) {
    if (size == 0) continue;
    const pid_t pid = fork();
    if (pid == 0) {
      RunSize(size, per_day, options, prime);
      std::_Exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1;
  }
  return 0;
}
