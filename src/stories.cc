// StoryIndex: exact/near-duplicate detection and incremental story clustering. See
// include/newsdesk/stories.h for the model and docs/stories.md for the measurements.
//
// Invariants:
//  - articles_[i] is the i-th article indexed; ids_ maps store id -> i.
//  - Every non-duplicate article within max(2 x window, far_window) of the newest
//    publication time, or among the last late_arrivals arrivals, keeps its terms; older
//    ones drop them (they can no longer join anything in reach), which keeps memory flat
//    on an endless stream.
//  - terms_[t].df counts non-duplicate articles containing term t; its posting list holds
//    the most recent kMaxPosting of them.
#include "newsdesk/stories.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newsdesk/language.h"
#include "stories_features.h"

namespace newsdesk {
namespace {

using stories_internal::ArticleFeatures;
using stories_internal::FeatureExtractor;
using stories_internal::PairFeatures;
using stories_internal::Term;

constexpr size_t kMaxPosting = 48;      // recent articles kept per term
constexpr size_t kQueryTerms = 16;      // rarest terms of a new article used to probe
constexpr size_t kMaxCandidates = 64;   // articles scored per Add
constexpr size_t kStoryMembers = 8;     // recent members a story is scored against
constexpr size_t kStoriesScored = 5;    // best stories (by best member) scored in full
constexpr double kMoveFactorOff = 1e6;  // move_factor above this: no re-check moves

// An article as the index keeps it (not newsdesk::Article: only what scoring needs).
struct IndexedArticle {
  int64_t id = 0;
  int64_t story_id = 0;
  int64_t duplicate_of = 0;
  std::optional<int64_t> published;
  bool undated = false;            // `published` is the fetch time
  int word_count = 0;              // words of title + text (long or short text)
  uint32_t language = 0;           // ArticleFeatures::language
  float anchor_sum = 0;            // sum of anchor weights (IDF^2) when indexed
  int anchor_count = 0;            // anchors counted in anchor_sum
  std::vector<uint32_t> minhash;   // cleared with the terms
  std::vector<uint64_t> anchors;   // see MergeAnchors; cleared with the terms
  float norm = 0;                  // TF-IDF norm under the IDF of stats_docs documents
  uint64_t stats_docs = 0;         // indexed_docs when norm and anchor_sum were computed
  std::vector<Term> terms;         // cleared when out of every window
  std::string title;               // cleared with the terms: the title of a story it starts
                                   // when it leaves one (Impl::LeaveUnlinked)
  bool nouns_capitalized = false;  // German: its hard anchors do not vouch for soft ones
  uint32_t language_tag = 0;       // StoryArticle::language, interned (Impl::names)
  uint32_t site = 0;               // StoryArticle::site, interned
};

struct TermStats {
  uint32_t df = 0;
  uint32_t hard = 0;  // for anchors: articles where it was a hard anchor (a name)
  // The most recent kMaxPosting article indices, a ring once full: `oldest` is the slot
  // the next one overwrites. Order within does not matter (candidates are counted).
  std::vector<uint32_t> posting;
  uint32_t oldest = 0;
};

struct Story {
  StoryInfo info;
  std::vector<uint32_t> members;  // every article, duplicates included, in joining order
  std::vector<uint32_t> recent;   // the last kStoryMembers non-duplicate articles by index
  int64_t title_member = -1;      // the article info.title comes from
  // Span of its members' times (dated members only, unless it has none): the window
  // follows the story, which may grow for weeks.
  int64_t first = 0, last = 0;
  bool has_time = false, dated = false;
};

// Hard and soft anchors in one sorted list: bit 0 of an entry is 1 for a soft anchor,
// the other bits identify it (a hard entry wins over a soft one with the same id).
std::vector<uint64_t> MergeAnchors(const ArticleFeatures& f) {
  std::vector<uint64_t> out;
  out.reserve(f.anchors.size() + f.soft_anchors.size());
  for (uint64_t a : f.anchors) out.push_back(a);
  for (uint64_t a : f.soft_anchors) out.push_back(a | 1);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(),
                        [](uint64_t x, uint64_t y) { return (x >> 2) == (y >> 2); }),
            out.end());
  return out;
}

// Sets what the features take from the article's language tag ("de", "en-GB", "yi").
void SetLanguage(std::string_view tag, ArticleFeatures* f) {
  const std::string primary = PrimaryLanguage(tag);
  uint32_t key = 0;
  for (char c : std::string_view(primary).substr(0, 4))
    key = key << 8 | static_cast<unsigned char>(c);
  f->language = key;
  // Languages that capitalize every noun (German, Luxembourgish).
  f->nouns_capitalized = primary == "de" || primary == "lb";
}

bool IsSoft(uint64_t anchor) { return anchor & 1; }
bool IsWeak(uint64_t anchor) {
  return anchor & (stories_internal::kNumberAnchorBit | stories_internal::kWeakAnchorBit);
}
uint64_t AnchorId(uint64_t anchor) { return anchor & ~uint64_t{3}; }
double AnchorScale(uint64_t anchor) {
  return (anchor & stories_internal::kWeakAnchorBit) ? 0.5 : 1.0;
}

// A new article's terms and anchors with their weights under the current IDF, computed
// once per Add.
struct Query {
  std::vector<double> term_weight;    // weight * idf^2, aligned with features.terms
  std::vector<double> term_idf;       // idf in the article's language, aligned likewise
  std::vector<double> anchor_weight;  // idf * scale, aligned with anchors; 0 if it does
                                      // not count (a soft anchor nobody used as a name)
  std::vector<double> soft_weight;    // idf * scale even when it does not count
  std::vector<std::pair<uint32_t, uint64_t>> probes;  // (df, id) of known terms/anchors
  float norm = 0;                                     // TF-IDF norm
  float anchor_sum = 0;                               // sum of anchor_weight
  int anchor_count = 0;                               // anchors with anchor_weight > 0
  bool nouns_capitalized = false;                     // see ArticleFeatures
};

// What a comparison needs of the article it starts from (a new article's features or an
// indexed article), besides its anchors and Query.
struct Side {
  const std::vector<Term>& terms;
  uint32_t language = 0;
  int word_count = 0;
};

// See stories_internal::SetPairObserver.
stories_internal::PairObserver pair_observer = nullptr;
void* pair_observer_context = nullptr;

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (value.empty()) return;
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

}  // namespace

struct StoryIndex::Impl {
  explicit Impl(const StoryOptions& o) : options(o), extractor(o.lead_words, o.long_text_words) {}

  StoryOptions options;
  FeatureExtractor extractor;
  std::vector<IndexedArticle> articles;
  std::unordered_map<int64_t, uint32_t> ids;
  std::unordered_map<uint64_t, uint32_t> exact;  // exact hash -> first article
  // LSH: (band, band key) hash -> the first article with that band, for articles within
  // the eviction horizon.
  std::unordered_map<uint64_t, uint32_t> bands;
  std::unordered_map<uint64_t, TermStats> terms;
  // Document frequencies within each language (StoryOptions::language_prior): (term,
  // language) -> non-duplicate articles of that language containing the term, and
  // language -> its non-duplicate articles. Articles of unknown language count only in
  // `terms` and `indexed_docs`.
  std::unordered_map<uint64_t, uint32_t> language_df;
  std::unordered_map<uint32_t, uint32_t> language_docs;
  // The articles of the batch given to Prime, in the batch's order (so their `ties` never
  // decrease), until the next Prime; `primed_ids` maps the store ids of those not yet
  // added (nor restored) to their place. Those `counted` have their terms and anchors in
  // the document frequencies (and `indexed_docs`) already, not in the posting lists; no
  // article from `primed_counted` on is.
  struct Primed {
    uint64_t source_key = 0;  // FeatureExtractor::SourceKey of what was extracted
    ArticleFeatures features;
    std::vector<uint64_t> anchors;  // MergeAnchors(features)
    size_t ties = 0;                // its ties' position in the batch (0, 1, ...)
    bool tied = false;              // other articles of the batch are its ties
    bool counted = false;
    bool duplicate = false;  // its Add is predicted to find a (near-)duplicate: never counted
    bool taken = false;      // added or restored since (its features moved out): never counted
  };
  std::vector<Primed> primed;
  std::unordered_map<int64_t, size_t> primed_ids;
  size_t primed_counted = 0;
  std::unordered_map<int64_t, Story> stories;
  std::unordered_map<int64_t, int64_t> merged_into;  // absorbed story id -> where it went
  uint64_t indexed_docs = 0;                         // non-duplicates, the N of IDF
  int64_t next_story_id = 1;
  std::optional<int64_t> newest;
  std::vector<uint32_t> with_terms;  // articles still holding terms, in index order
  size_t with_terms_head = 0;
  // Languages and sites of articles, interned: a story's summary is rebuilt from its
  // members when one moves out.
  std::vector<std::string> names{""};
  std::unordered_map<std::string, uint32_t> name_ids{{"", 0}};
  // Queries of indexed articles and similarities between them (from << 32 | to), valid
  // while the collection does not grow: the re-clustering after an Add compares the same
  // members several times.
  std::unordered_map<uint32_t, Query> queries;
  std::unordered_map<uint64_t, double> similarities;

  uint32_t Intern(const std::string& name) {
    const auto [it, added] = name_ids.emplace(name, static_cast<uint32_t>(names.size()));
    if (added) names.push_back(name);
    return it->second;
  }

  // join_threshold, raised by join_threshold_per_decade for every tenfold growth of the
  // articles still in the window above 1000: the best of many chance resemblances is
  // higher in a dense stream than in a small collection.
  double JoinThreshold() const {
    const double live = static_cast<double>(with_terms.size() - with_terms_head);
    return options.join_threshold +
           options.join_threshold_per_decade * std::log10(std::max(1.0, live / 1000.0));
  }

  // How long an article keeps its terms after the newest dated one: a story that ended
  // far_window ago may still be joined, and a late arrival within the window of the clock
  // may still meet the stories of its own window.
  std::chrono::seconds LiveSpan() const {
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::max(2 * options.window, options.far_window));
  }

  // How far apart two times are for joining: kNear within the window (the join rule as
  // it is), kFar beyond it but within far_window (two publication dates only: a join,
  // merge or move then needs far_factor x its score), kOut beyond.
  enum class Reach { kOut, kFar, kNear };

  // The score a join (merge, move) at `reach` needs, for join score `bar`; infinite out
  // of reach.
  double Needed(Reach reach, double bar) const {
    if (reach == Reach::kNear) return bar;
    if (reach == Reach::kFar) return options.far_factor * bar;
    return std::numeric_limits<double>::infinity();
  }

  // The reach from an article at `t` (`undated`: a fetch time) to the story of indexed
  // `b`, or to `story`: from the story's span.
  Reach ReachOf(const std::optional<int64_t>& t, bool undated, const IndexedArticle& b) const {
    return ReachOf(t, undated, stories.at(b.story_id));
  }
  Reach ReachOf(const std::optional<int64_t>& t, bool undated, const Story& story) const {
    if (!t || !story.has_time) return Reach::kNear;
    return ReachOf(*t, *t, !undated, story.first, story.last, story.dated);
  }

  // The reach between two spans of time, [first_x, last_x] and [first_y, last_y].
  // Publication times (`dated`) bound an event on both sides; a fetch time bounds its
  // article's publication only from above (a page fetched today may be years old, as in
  // an archive imported today): a span of fetch times may come any time after a span it
  // meets, and at most undated_window before it (near either way: far_window is for two
  // publication dates).
  Reach ReachOf(int64_t first_x, int64_t last_x, bool dated_x, int64_t first_y, int64_t last_y,
                bool dated_y) const {
    const auto seconds = [](std::chrono::hours h) {
      return std::chrono::duration_cast<std::chrono::seconds>(h).count();
    };
    if (dated_x && dated_y) {
      const int64_t gap = std::max({int64_t{0}, first_x - last_y, first_y - last_x});
      if (gap <= seconds(options.window)) return Reach::kNear;
      return gap <= seconds(options.far_window) ? Reach::kFar : Reach::kOut;
    }
    if (!dated_x && !dated_y) return Reach::kNear;
    const int64_t fetched_last = dated_x ? last_y : last_x;
    const int64_t published_first = dated_x ? first_x : first_y;
    return published_first - fetched_last <= seconds(options.undated_window) ? Reach::kNear
                                                                             : Reach::kOut;
  }

  // IDF of an anchor (or of a term over all languages).
  float Idf(uint64_t term) const {
    return static_cast<float>(std::log((indexed_docs + 1.0) / (Df(term) + 0.5)));
  }

  static uint64_t LanguageKey(uint64_t term, uint32_t language) {
    return term ^ (static_cast<uint64_t>(language) * 0x9E3779B97F4A7C15ULL);
  }

  // Articles of `language` indexed so far (0 for the unknown language).
  uint32_t LanguageDocs(uint32_t language) const {
    const auto it = language_docs.find(language);
    return it == language_docs.end() ? 0 : it->second;
  }

  // IDF of word term `term` (`df` articles of any language hold it) in an article of
  // `language`, which has `language_n` articles: the language's own document frequency,
  // smoothed by language_prior pseudo-articles that hold the term at the rate of the whole
  // collection. With one language (or the unknown one) it is log(N / (df + 0.5)).
  double TermIdf(uint64_t term, uint32_t df, uint32_t language, uint32_t language_n) const {
    const double n = indexed_docs + 1.0;
    if (language == 0) return std::log(n / (df + 0.5));
    const auto it = language_df.find(LanguageKey(term, language));
    const double language_df_of = it == language_df.end() ? 0.0 : it->second;
    const double prior = options.language_prior;
    return std::log((language_n + 1.0 + prior) / (language_df_of + 0.5 + prior * (df + 0.5) / n));
  }

  uint32_t Df(uint64_t term) const {
    const auto it = terms.find(term);
    return it == terms.end() ? 0 : it->second.df;
  }

  float Norm(const std::vector<Term>& t, uint32_t language) const {
    const uint32_t language_n = LanguageDocs(language);
    double sum = 0;
    for (const Term& x : t) {
      const double w = x.weight * TermIdf(x.id, Df(x.id), language, language_n);
      sum += w * w;
    }
    return static_cast<float>(std::sqrt(sum));
  }

  // Index of the first copy of a (near-)duplicate, or -1.
  int64_t FindDuplicate(const ArticleFeatures& f) const {
    if (f.word_count == 0) return -1;
    if (auto it = exact.find(f.exact_hash); it != exact.end()) return it->second;
    if (f.word_count < options.near_duplicate_min_words) return -1;
    int64_t best = -1;
    double best_similarity = options.near_duplicate_min_jaccard;
    for (int band = 0; band < stories_internal::kBands; ++band) {
      const auto it = bands.find(stories_internal::BandKey(f.minhash, band));
      if (it == bands.end()) continue;
      const uint32_t idx = it->second;
      const double sim = stories_internal::MinHashSimilarity(f.minhash, articles[idx].minhash);
      if (sim > best_similarity || (sim == best_similarity && (best < 0 || idx < best))) {
        best_similarity = sim;
        best = idx;
      }
    }
    if (best >= 0 && articles[best].duplicate_of != 0) {
      best = ids.at(articles[best].duplicate_of);  // point at the first copy
    }
    return best;
  }

  // A soft anchor counts once some cased text used it as a name.
  bool Counts(uint64_t anchor) const {
    if (!IsSoft(anchor)) return true;
    const auto it = terms.find(AnchorId(anchor));
    return it != terms.end() && it->second.hard > 0;
  }

  float AnchorSum(const std::vector<uint64_t>& anchors, int* count) const {
    double sum = 0;
    *count = 0;
    for (uint64_t a : anchors) {
      if (Counts(a)) {
        const double idf = Idf(AnchorId(a));
        sum += idf * idf * AnchorScale(a);
        ++*count;
      }
    }
    return static_cast<float>(sum);
  }

  Query MakeQuery(const std::vector<Term>& terms_of, bool nouns_capitalized,
                  const std::vector<uint64_t>& anchors, uint32_t language) const {
    Query q;
    q.nouns_capitalized = nouns_capitalized;
    const double n = indexed_docs + 1.0;
    const uint32_t language_n = LanguageDocs(language);
    q.term_weight.reserve(terms_of.size());
    q.term_idf.reserve(terms_of.size());
    double norm = 0;
    // Probes are terms and anchors some indexed article holds (a primed article counts
    // in `df` but is in no posting list yet).
    const auto probe = [&](std::unordered_map<uint64_t, TermStats>::const_iterator it) {
      if (it != terms.end() && !it->second.posting.empty())
        q.probes.emplace_back(it->second.df, it->first);
    };
    for (const Term& t : terms_of) {
      const auto it = terms.find(t.id);
      const uint32_t df = it == terms.end() ? 0 : it->second.df;
      const double idf = TermIdf(t.id, df, language, language_n);
      norm += (t.weight * idf) * (t.weight * idf);
      q.term_weight.push_back(t.weight * idf * idf);
      q.term_idf.push_back(idf);
      probe(it);
    }
    q.norm = static_cast<float>(std::sqrt(norm));
    double sum = 0;
    for (uint64_t a : anchors) {
      const auto it = terms.find(AnchorId(a));
      const uint32_t df = it == terms.end() ? 0 : it->second.df;
      const double idf = std::log(n / (df + 0.5));
      const double w = idf * idf * AnchorScale(a);
      const bool counts = !IsSoft(a) || (it != terms.end() && it->second.hard > 0);
      q.anchor_weight.push_back(counts ? w : 0);
      q.soft_weight.push_back(w);
      if (counts) {
        sum += w;
        ++q.anchor_count;
      }
      probe(it);
    }
    q.anchor_sum = static_cast<float>(sum);
    return q;
  }

  // The smaller anchor mass of the two, inflated by anchor_prior pseudo-anchors of its
  // mean weight, so that two or three shared anchors of a short text are not certainty.
  double AnchorDenominator(double sum_a, int count_a, const IndexedArticle& b) const {
    const bool a_smaller = sum_a <= b.anchor_sum;
    const double sum = a_smaller ? sum_a : b.anchor_sum;
    const int count = a_smaller ? count_a : b.anchor_count;
    if (count == 0) return 1;
    return sum * (1 + options.anchor_prior / count);
  }

  // Similarity of the new article (features `f`, `anchors`, query `q`) with indexed
  // article `b`: a blend of the TF-IDF cosine and the IDF-weighted overlap of anchors
  // (names and numbers, language-independent).
  double Similarity(const Side& a, const std::vector<uint64_t>& anchors, const Query& q,
                    const IndexedArticle& b) const {
    return Blend(Compare(a, anchors, q, b));
  }

  // The blend of a pair's cosine and anchor overlap. Two long texts in one language share
  // most of their vocabulary when they report one event, and names alone mislead (one
  // company, two news items); short texts, and texts in two languages, share few words.
  double Blend(const PairFeatures& p) const {
    if (p.same_language && std::min(p.words, p.other_words) >= options.long_text_words)
      return options.long_cosine_weight * p.cosine + options.long_anchor_weight * p.anchor_overlap;
    return options.cosine_weight * p.cosine + (1 - options.cosine_weight) * p.anchor_overlap;
  }

  // What the blend takes of the pair (the ids and times are left to the caller).
  PairFeatures Compare(const Side& a, const std::vector<uint64_t>& anchors, const Query& q,
                       const IndexedArticle& b) const {
    double dot = 0;
    if (q.norm > 0 && b.norm > 0) {
      size_t i = 0;
      auto j = b.terms.begin();
      while (i < a.terms.size() && j != b.terms.end()) {
        if (a.terms[i].id < j->id) {
          ++i;
        } else if (j->id < a.terms[i].id) {
          ++j;
        } else {
          if (a.language == b.language) {
            dot += q.term_weight[i] * j->weight;
          } else {  // each side weighs the word by its own language's IDF
            dot += a.terms[i].weight * q.term_idf[i] * j->weight *
                   TermIdf(j->id, Df(j->id), b.language, LanguageDocs(b.language));
          }
          ++i;
          ++j;
        }
      }
      dot /= static_cast<double>(q.norm) * b.norm;
    }
    double shared = 0;
    int shared_count = 0;
    uint64_t shared_id = 0;    // the last shared anchor's id
    bool shared_soft = false;  // that anchor is soft on either side
    bool all_weak = true;      // every shared anchor a small number or a short skeleton
    size_t i = 0;
    auto j = b.anchors.begin();
    while (i < anchors.size() && j != b.anchors.end()) {
      if ((anchors[i] >> 2) < (*j >> 2)) {
        ++i;
      } else if ((*j >> 2) < (anchors[i] >> 2)) {
        ++j;
      } else {
        // A soft anchor counts when the other side used it as a name.
        // German capitalized words are mostly nouns: they do not vouch for a skeleton of
        // an uncased script (Hebrew "glsw" vs German "Gleise") unless a name did.
        double w = 0;
        if (IsSoft(*j)) {
          w = !IsSoft(anchors[i]) && q.nouns_capitalized && !Counts(*j) ? 0 : q.anchor_weight[i];
        } else {
          w = b.nouns_capitalized ? q.anchor_weight[i] : q.soft_weight[i];
        }
        if (w > 0) {
          shared += w;
          ++shared_count;
          all_weak = all_weak && IsWeak(*j);
          shared_id = AnchorId(*j);
          shared_soft = IsSoft(*j) || IsSoft(anchors[i]);
        }
        ++i;
        ++j;
      }
    }
    // One shared anchor alone is weak evidence (two stories about the same country).
    // Shared small numbers (a day, "road 90" vs "90 km/h", "20 artists" vs "20 countries")
    // and 2-letter skeletons (Hebrew "qt" vs "City"), alone or together, are measured
    // against the larger anchor mass: they say little unless both articles have little
    // else.
    double denominator = AnchorDenominator(q.anchor_sum, q.anchor_count, b);
    if (shared_count > 0 && all_weak) {
      denominator = std::max<double>(denominator, std::max(q.anchor_sum, b.anchor_sum));
    }
    // A lone shared anchor is halved (one country or minister, two news items), unless it
    // is a name shared across two languages that at most rare_anchor_docs indexed articles
    // hold: there the cosine has no words to add, and a name so few articles use is the
    // event's. 0 turns this off (the indexed side always holds the name). A soft anchor on
    // either side is no such name: a common word of an uncased script ("swept", "north")
    // whose skeleton meets a name of another event by chance is rare too.
    const bool rare_across = shared_count == 1 && !all_weak && !shared_soft &&
                             a.language != b.language &&
                             Df(shared_id) <= static_cast<uint32_t>(options.rare_anchor_docs);
    double overlap = std::min(1.0, shared / denominator);
    if (shared_count == 1 && !rare_across) {
      overlap *= 0.5;
      // Halving assumes two texts with leads of like size. A long text's lead (title + first
      // words) names far more than a teaser or a blurb does, and one name of the short text
      // turns up among them by chance in proportion to their mass: when one side is long, a
      // lone anchor counts at most against the larger anchor mass.
      if (std::max(a.word_count, b.word_count) >= options.long_text_words) {
        overlap = std::min(overlap, shared / std::max(q.anchor_sum, b.anchor_sum));
      }
    }
    PairFeatures p;
    p.cosine = dot;
    p.anchor_overlap = overlap;
    p.shared_anchors = shared_count;
    p.words = a.word_count;
    p.other_words = b.word_count;
    p.same_language = a.language != 0 && a.language == b.language;
    return p;
  }

  // Similarity of the new article `id` with indexed article `b`, as Similarity, shown to
  // the pair observer when one is set.
  double ScoreCandidate(int64_t id, const std::optional<int64_t>& published, const Side& a,
                        const std::vector<uint64_t>& anchors, const Query& q,
                        const IndexedArticle& b) const {
    PairFeatures p = Compare(a, anchors, q, b);
    if (pair_observer != nullptr) {
      p.article_id = id;
      p.other_id = b.id;
      if (published && b.published) p.hours_apart = std::abs(*published - *b.published) / 3600.0;
      pair_observer(p, pair_observer_context);
    }
    return Blend(p);
  }

  // Recomputes an article's norm and anchor mass once the collection has grown by 1/8 since
  // they were computed: IDF moves most while the index is small, and stale weights would
  // inflate similarities with early articles. Amortized O(1) per article.
  void RefreshStats(IndexedArticle* a) {
    a->stats_docs = indexed_docs;
    a->norm = Norm(a->terms, a->language);
    a->anchor_sum = AnchorSum(a->anchors, &a->anchor_count);
  }
  void MaybeRefreshStats(uint32_t idx) {
    IndexedArticle& a = articles[idx];
    if (indexed_docs > a.stats_docs + a.stats_docs / 8 + 1) RefreshStats(&a);
  }

  // The stories that new features `f` published at `published` (`undated`: fetched then)
  // may join, scored: (score, story id), best first (ties: older story first). A story
  // at far reach is left out unless its score reaches far_factor x `threshold`.
  std::vector<std::pair<double, int64_t>> RankStories(const ArticleFeatures& f,
                                                      const std::vector<uint64_t>& anchors,
                                                      Query& q, int64_t id,
                                                      const std::optional<int64_t>& published,
                                                      bool undated, double threshold) {
    // Probe with the rarest terms and anchors already seen.
    std::vector<std::pair<uint32_t, uint64_t>>& probes = q.probes;
    const size_t n = std::min(probes.size(), kQueryTerms);
    std::partial_sort(probes.begin(), probes.begin() + n, probes.end());
    std::unordered_map<uint32_t, int> hits;
    for (size_t p = 0; p < n; ++p) {
      for (uint32_t idx : terms.at(probes[p].second).posting) ++hits[idx];
    }
    std::vector<std::pair<int, uint32_t>> candidates;
    candidates.reserve(hits.size());
    for (const auto& [idx, count] : hits) candidates.emplace_back(count, idx);
    const size_t m = std::min(candidates.size(), kMaxCandidates);
    std::partial_sort(candidates.begin(), candidates.begin() + m, candidates.end(),
                      [](const auto& x, const auto& y) {
                        return x.first != y.first ? x.first > y.first : x.second < y.second;
                      });
    const Side side{f.terms, f.language, f.word_count};
    // Best member per story.
    std::unordered_map<int64_t, double> best_member;
    std::unordered_map<uint32_t, double> scored;  // article index -> similarity
    for (size_t c = 0; c < m; ++c) {
      const uint32_t idx = candidates[c].second;
      MaybeRefreshStats(idx);
      const IndexedArticle& b = articles[idx];
      if (b.terms.empty() || ReachOf(published, undated, b) == Reach::kOut) continue;
      const double sim = ScoreCandidate(id, published, side, anchors, q, b);
      scored.emplace(idx, sim);
      double& best = best_member[b.story_id];
      best = std::max(best, sim);
    }
    std::vector<std::pair<double, int64_t>> ranked;
    ranked.reserve(best_member.size());
    for (const auto& [story, score] : best_member) ranked.emplace_back(score, story);
    const size_t k = std::min(ranked.size(), kStoriesScored);
    std::partial_sort(ranked.begin(), ranked.begin() + k, ranked.end(),
                      [](const auto& x, const auto& y) {
                        return x.first != y.first ? x.first > y.first : x.second < y.second;
                      });
    // Story score: a blend of its best member and its average over recent members, so
    // that one chance resemblance to a single member does not chain two events.
    std::vector<std::pair<double, int64_t>> out;
    for (size_t r = 0; r < k; ++r) {
      const Story& story = stories.at(ranked[r].second);
      double sum = 0;
      int count = 0;
      for (uint32_t idx : story.recent) {
        MaybeRefreshStats(idx);
        const IndexedArticle& b = articles[idx];
        if (b.terms.empty() || ReachOf(published, undated, b) == Reach::kOut) continue;
        const auto it = scored.find(idx);
        sum += it != scored.end() ? it->second : ScoreCandidate(id, published, side, anchors, q, b);
        ++count;
      }
      const double score = count > 0 ? StoryScore(ranked[r].first, sum, count) : ranked[r].first;
      const Reach reach = ReachOf(published, undated, story);
      if (reach == Reach::kFar && score < Needed(reach, threshold)) continue;
      out.emplace_back(score, ranked[r].second);
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    return out;
  }

  // The story score of `count` (> 0) pair similarities summing to `sum`, the best `best`:
  // the best pair weighs member_weight, or small_story_share / count when that is more
  // (StoryOptions), the mean pair the rest.
  double StoryScore(double best, double sum, int count) const {
    const double w =
        std::min(1.0, std::max(options.member_weight, options.small_story_share / count));
    return w * best + (1 - w) * sum / count;
  }

  // The reach between the spans of two stories.
  Reach ReachOf(const Story& x, const Story& y) const {
    if (!x.has_time || !y.has_time) return Reach::kNear;
    return ReachOf(x.first, x.last, x.dated, y.first, y.last, y.dated);
  }

  // How well two whole stories match: the story score of RankStories taken over every
  // pair of their recent members (StoryScore of every pair), so at most kStoryMembers^2
  // comparisons.
  double Linkage(const Story& x, const Story& y) {
    double best = 0;
    double sum = 0;
    int count = 0;
    for (uint32_t i : x.recent) {
      if (articles[i].terms.empty()) continue;
      for (uint32_t j : y.recent) {
        if (articles[j].terms.empty()) continue;
        const double sim = Sim(i, j);
        best = std::max(best, sim);
        sum += sim;
        ++count;
      }
    }
    if (count == 0) return 0;
    return StoryScore(best, sum, count);
  }

  // Similarity of indexed article i (as the query) with indexed article j, both holding
  // terms; cached until the collection grows (ForgetComparisons).
  double Sim(uint32_t i, uint32_t j) {
    const auto [it, added] = similarities.emplace(uint64_t{i} << 32 | j, 0.0);
    if (!added) return it->second;
    MaybeRefreshStats(i);
    MaybeRefreshStats(j);
    const IndexedArticle& a = articles[i];
    auto q = queries.find(i);
    if (q == queries.end()) {
      q = queries.emplace(i, MakeQuery(a.terms, a.nouns_capitalized, a.anchors, a.language)).first;
    }
    it->second =
        Similarity(Side{a.terms, a.language, a.word_count}, a.anchors, q->second, articles[j]);
    return it->second;
  }
  void ForgetComparisons() {
    queries.clear();
    similarities.clear();
  }

  // The story score of indexed article i against `members` (i itself left out): -1 when
  // none of them holds terms.
  double Fit(uint32_t i, const std::vector<uint32_t>& members) {
    double best = 0;
    double sum = 0;
    int count = 0;
    for (uint32_t j : members) {
      if (j == i || articles[j].terms.empty()) continue;
      const double sim = Sim(i, j);
      best = std::max(best, sim);
      sum += sim;
      ++count;
    }
    if (count == 0) return -1;
    return StoryScore(best, sum, count);
  }

  // The re-check after article `added` was placed in story out->story_id: recent members
  // of that story and of each other story it was scored against (`ranked`) move to the
  // other one when they fit it better than the rest of their own (StoryOptions::
  // move_factor). Bounded: at most kStoriesScored stories x 2 x kStoryMembers members,
  // each compared with 2 x kStoryMembers others.
  void Recheck(const std::vector<std::pair<double, int64_t>>& ranked, uint32_t added,
               double threshold, StoryAssignment* out) {
    for (const auto& [score, other] : ranked) {
      if (other == out->story_id || !stories.count(other) ||
          ReachOf(stories.at(out->story_id), stories.at(other)) == Reach::kOut) {
        continue;  // merged into it, or out of reach
      }
      MoveMembers(other, out->story_id, added, threshold, out);
      MoveMembers(out->story_id, other, added, threshold, out);
    }
    std::vector<int64_t> met{out->story_id};
    for (const auto& [score, other] : ranked) {
      if (other != out->story_id && stories.count(other)) met.push_back(other);
    }
    for (int64_t story : met) LeaveUnlinked(story, added, threshold, out);
  }

  // The rest of the re-check (StoryOptions::leave_factor): a long recent member of story
  // `from` (>= long_text_words) whose best pair with any other recent member is below
  // leave_factor x the threshold, now that IDF and the members changed, leaves for a
  // story of its own. Off with moves (move_factor). Short members stay: their links are
  // few anchors, weak either way.
  void LeaveUnlinked(int64_t from, uint32_t added, double threshold, StoryAssignment* out) {
    if (options.move_factor > kMoveFactorOff || options.leave_factor <= 0) return;
    const std::vector<uint32_t> recent = stories.at(from).recent;  // leaving changes it
    for (uint32_t i : recent) {
      const Story& own = stories.at(from);
      const IndexedArticle& a = articles[i];
      if (i == added || i == Founder(own) || i == own.title_member || a.terms.empty() ||
          a.word_count < options.long_text_words) {
        continue;
      }
      double best = -1;
      for (uint32_t j : own.recent) {
        if (j != i && !articles[j].terms.empty()) best = std::max(best, Sim(i, j));
      }
      if (best < 0 || best >= options.leave_factor * threshold) continue;
      const int64_t to = next_story_id++;
      Story& fresh = stories[to];
      fresh.info.id = to;
      fresh.info.title = a.title;
      fresh.title_member = i;
      Move(i, from, to);
      out->moved.push_back({a.id, from, to});
    }
  }

  void MoveMembers(int64_t from, int64_t to, uint32_t added, double threshold,
                   StoryAssignment* out) {
    const std::vector<uint32_t> recent = stories.at(from).recent;  // moves change it
    for (uint32_t i : recent) {
      const Story& own = stories.at(from);
      const Story& other = stories.at(to);
      const IndexedArticle& a = articles[i];
      const double needed = Needed(ReachOf(a.published, a.undated, other), threshold);
      if (i == added || i == Founder(own) || i == own.title_member || a.terms.empty() ||
          std::isinf(needed)) {
        continue;
      }
      const double there = Fit(i, other.recent);
      if (there < needed || there <= options.move_factor * Fit(i, own.recent)) continue;
      Move(i, from, to);
      out->moved.push_back({a.id, from, to});
    }
  }

  // The story's first non-duplicate member: it never moves, so a story is never emptied.
  uint32_t Founder(const Story& story) const {
    for (uint32_t idx : story.members) {
      if (articles[idx].duplicate_of == 0) return idx;
    }
    return std::numeric_limits<uint32_t>::max();
  }

  // Moves indexed article i and its near-duplicates from story `from` to story `to`.
  void Move(uint32_t i, int64_t from, int64_t to) {
    Story& source = stories.at(from);
    Story& target = stories.at(to);
    const int64_t id = articles[i].id;
    const auto moves = [&](uint32_t m) { return m == i || articles[m].duplicate_of == id; };
    for (uint32_t m : source.members) {
      if (!moves(m)) continue;
      articles[m].story_id = to;
      target.members.push_back(m);
    }
    source.members.erase(std::remove_if(source.members.begin(), source.members.end(), moves),
                         source.members.end());
    Rebuild(&source);
    Rebuild(&target);
  }

  // Bounded re-clustering after an article joined story out->story_id: each other story
  // it was scored against (`ranked`, at most kStoriesScored) whose Linkage with the grown
  // story reaches relink_factor x `threshold` merges with it, into the older id. The
  // grown story is the only one whose links changed, so this keeps the stories of the
  // window close to what a whole-window clustering would give, in any arrival order.
  void Relink(const std::vector<std::pair<double, int64_t>>& ranked, double threshold,
              StoryAssignment* out) {
    for (const auto& [score, other] : ranked) {
      if (other == out->story_id || merged_into.count(other)) continue;
      const Story& grown = stories.at(out->story_id);
      const Story& candidate = stories.at(other);
      const double needed = Needed(ReachOf(grown, candidate), threshold);
      if (std::isinf(needed) || Linkage(grown, candidate) < options.relink_factor * needed) {
        continue;
      }
      const int64_t keep = std::min(other, out->story_id);
      const int64_t gone = std::max(other, out->story_id);
      Merge(gone, keep);
      out->absorbed.push_back(gone);
      out->story_id = keep;
    }
  }

  // Moves every article of story `from` into story `into` and forgets `from`.
  void Merge(int64_t from, int64_t into) {
    Story gone = std::move(stories.at(from));
    stories.erase(from);
    merged_into[from] = into;
    Story& story = stories.at(into);
    for (uint32_t idx : gone.members) articles[idx].story_id = into;
    story.members.insert(story.members.end(), gone.members.begin(), gone.members.end());
    if (story.info.title.empty()) {
      story.info.title = std::move(gone.info.title);
      story.title_member = gone.title_member;
    }
    Rebuild(&story);
  }

  // Adds indexed article idx (already in story.members) to the story's span and summary.
  void Summarize(uint32_t idx, Story* story) const {
    const IndexedArticle& a = articles[idx];
    StoryInfo& info = story->info;
    ++info.article_count;
    if (a.published) {
      const int64_t t = *a.published;
      if (!info.first_published_unix || t < *info.first_published_unix) {
        info.first_published_unix = t;
      }
      if (!info.last_published_unix || t > *info.last_published_unix) {
        info.last_published_unix = t;
      }
      if (!a.undated || !story->dated) {  // the first dated member restarts the span
        const bool restart = !story->has_time || (!a.undated && !story->dated);
        story->first = restart ? t : std::min(story->first, t);
        story->last = restart ? t : std::max(story->last, t);
        story->has_time = true;
        story->dated = story->dated || !a.undated;
      }
    }
    AddUnique(&info.languages, names[a.language_tag]);
    AddUnique(&info.sites, names[a.site]);
  }

  // Recomputes a story's recent members, span and summary (not its title) from its
  // members, after members moved in or out.
  void Rebuild(Story* story) const {
    story->recent.clear();
    for (uint32_t idx : story->members) {
      if (articles[idx].duplicate_of == 0) story->recent.push_back(idx);
    }
    std::sort(story->recent.begin(), story->recent.end());
    if (story->recent.size() > kStoryMembers) {
      story->recent.erase(story->recent.begin(), story->recent.end() - kStoryMembers);
    }
    story->has_time = story->dated = false;
    story->first = story->last = 0;
    StoryInfo& info = story->info;
    info.article_count = 0;
    info.first_published_unix.reset();
    info.last_published_unix.reset();
    info.languages.clear();
    info.sites.clear();
    for (uint32_t idx : story->members) Summarize(idx, story);
  }

  // Counts a non-duplicate article's terms and anchors into the document frequencies
  // (`sign` +1), or takes them out again (-1: a primed article while it is scored, or
  // when it is withdrawn).
  void CountTerms(const ArticleFeatures& f, const std::vector<uint64_t>& anchors, int sign) {
    const auto bump = [sign](uint32_t& count) { count = sign > 0 ? count + 1 : count - 1; };
    const auto count_term = [&](uint64_t id, bool hard) {
      const auto it = terms.try_emplace(id).first;
      bump(it->second.df);
      if (hard) bump(it->second.hard);
      if (it->second.df == 0 && it->second.posting.empty()) terms.erase(it);
    };
    indexed_docs = sign > 0 ? indexed_docs + 1 : indexed_docs - 1;
    for (const Term& t : f.terms) count_term(t.id, false);
    for (uint64_t anchor : anchors) {
      count_term(AnchorId(anchor), !IsSoft(anchor) && !f.nouns_capitalized);
    }
    if (f.language == 0) return;
    const auto count_language = [&](auto& map, auto key) {
      const auto it = map.try_emplace(key).first;
      bump(it->second);
      if (it->second == 0) map.erase(it);
    };
    count_language(language_docs, f.language);
    for (const Term& t : f.terms) count_language(language_df, LanguageKey(t.id, f.language));
  }

  // Records a non-duplicate article's terms and anchors in the document frequencies and
  // the posting lists.
  void IndexTerms(uint32_t idx, ArticleFeatures&& f, std::vector<uint64_t>&& anchors) {
    IndexedArticle& a = articles[idx];
    CountTerms(f, anchors, +1);
    auto post = [&](uint64_t id) {
      TermStats& s = terms[id];
      if (s.posting.size() < kMaxPosting) {
        s.posting.push_back(idx);
      } else {
        s.posting[s.oldest] = idx;
        s.oldest = (s.oldest + 1) % kMaxPosting;
      }
    };
    for (const Term& t : f.terms) post(t.id);
    for (uint64_t anchor : anchors) post(AnchorId(anchor));
    a.nouns_capitalized = f.nouns_capitalized;
    a.word_count = f.word_count;
    a.language = f.language;
    a.terms = std::move(f.terms);
    a.anchors = std::move(anchors);
    RefreshStats(&a);
    with_terms.push_back(idx);
  }

  void IndexFingerprints(uint32_t idx, ArticleFeatures* f) {
    if (f->word_count == 0) return;
    exact.emplace(f->exact_hash, idx);
    if (f->word_count < options.near_duplicate_min_words) return;
    for (int band = 0; band < stories_internal::kBands; ++band) {
      bands.emplace(stories_internal::BandKey(f->minhash, band), idx);
    }
    articles[idx].minhash = std::move(f->minhash);
  }

  // Drops the terms of articles too old to join anything any more (see invariants).
  void Evict() {
    if (!newest) return;
    const int64_t horizon = *newest - LiveSpan().count();
    while (with_terms_head < with_terms.size()) {
      IndexedArticle& a = articles[with_terms[with_terms_head]];
      if (!a.published || *a.published >= horizon ||
          with_terms[with_terms_head] + options.late_arrivals >
              static_cast<int64_t>(articles.size())) {
        break;
      }
      for (int band = 0; !a.minhash.empty() && band < stories_internal::kBands; ++band) {
        const auto it = bands.find(stories_internal::BandKey(a.minhash, band));
        if (it != bands.end() && it->second == with_terms[with_terms_head]) bands.erase(it);
      }
      std::vector<Term>().swap(a.terms);
      std::string().swap(a.title);
      std::vector<uint64_t>().swap(a.anchors);
      std::vector<uint32_t>().swap(a.minhash);
      ++with_terms_head;
    }
    if (with_terms_head > 4096 && with_terms_head * 2 > with_terms.size()) {
      with_terms.erase(with_terms.begin(), with_terms.begin() + with_terms_head);
      with_terms_head = 0;
    }
  }

  // Indexes the article with its assignment.
  void Record(const StoryArticle& article, const StoryAssignment& assignment, ArticleFeatures&& f,
              std::vector<uint64_t>&& anchors) {
    const uint32_t idx = static_cast<uint32_t>(articles.size());
    IndexedArticle a;
    a.id = article.id;
    a.story_id = assignment.story_id;
    a.duplicate_of = assignment.duplicate_of;
    a.published = article.published_unix;
    a.undated = article.undated;
    a.language_tag = Intern(article.language);
    if (assignment.duplicate_of == 0) a.title = article.title;
    a.site = Intern(article.site);
    articles.push_back(std::move(a));
    ids.emplace(article.id, idx);
    IndexFingerprints(idx, &f);
    if (assignment.duplicate_of == 0) {
      IndexTerms(idx, std::move(f), std::move(anchors));
    } else {
      with_terms.push_back(idx);  // for the eviction of its MinHash
    }

    Story& story = stories[assignment.story_id];
    story.info.id = assignment.story_id;
    if (story.info.title.empty() && !article.title.empty()) {  // first non-empty title
      story.info.title = article.title;
      story.title_member = idx;
    }
    story.members.push_back(idx);
    if (assignment.duplicate_of == 0) {
      if (story.recent.size() >= kStoryMembers) story.recent.erase(story.recent.begin());
      story.recent.push_back(idx);
    }
    Summarize(idx, &story);
    // A fetch time says little of when the news happened: an archive imported today
    // would otherwise evict every dated article.
    if (article.published_unix && !article.undated &&
        (!newest || *article.published_unix > *newest)) {
      newest = article.published_unix;
    }
    next_story_id = std::max(next_story_id, assignment.story_id + 1);
    Evict();
  }

  // The primed features of article `id` when they were extracted from `source_key`, taken
  // out of `primed` and out of the document frequencies, after the primed articles of its
  // ties and of the ties before are counted (Prime); nullopt when it was not primed, or
  // was primed with another title or text (then nothing is counted).
  // Each primed article is counted at most once per batch: O(1) amortized a call.
  std::optional<Primed> TakePrimed(int64_t id, uint64_t source_key) {
    const auto it = primed_ids.find(id);
    if (it == primed_ids.end()) return std::nullopt;
    Primed& p = primed[it->second];
    primed_ids.erase(it);
    p.taken = true;
    if (p.source_key == source_key) {
      for (; primed_counted < primed.size() && primed[primed_counted].ties <= p.ties;
           ++primed_counted) {
        Primed& tie = primed[primed_counted];
        if (tie.taken || tie.duplicate) continue;
        CountTerms(tie.features, tie.anchors, +1);
        tie.counted = true;
      }
    }
    if (p.counted) CountTerms(p.features, p.anchors, -1);
    p.counted = false;
    if (p.source_key != source_key) return std::nullopt;
    return std::move(p);
  }

  // Fingerprints of the articles of a batch being primed, in the batch's order: what
  // FindDuplicate will see of them when their Adds come.
  struct BatchFingerprints {
    std::unordered_set<uint64_t> exact;          // exact hashes
    std::unordered_map<uint64_t, size_t> bands;  // band key -> index in `minhash`
    std::vector<std::vector<uint32_t>> minhash;
  };

  // Whether features `f` will be found a (near-)duplicate when added after the indexed
  // articles and the batch articles in `seen` (exact hash, or MinHash bands at
  // near_duplicate_min_jaccard, as FindDuplicate); records `f`'s fingerprints in `seen`.
  bool PredictDuplicate(const ArticleFeatures& f, BatchFingerprints* seen) const {
    if (f.word_count == 0) return false;
    bool dup = FindDuplicate(f) >= 0 || seen->exact.count(f.exact_hash) > 0;
    const size_t at = seen->minhash.size();
    seen->exact.insert(f.exact_hash);
    if (f.word_count < options.near_duplicate_min_words) return dup;
    for (int band = 0; band < stories_internal::kBands; ++band) {
      const uint64_t key = stories_internal::BandKey(f.minhash, band);
      const auto it = seen->bands.find(key);
      if (it != seen->bands.end() &&
          stories_internal::MinHashSimilarity(f.minhash, seen->minhash[it->second]) >=
              options.near_duplicate_min_jaccard) {
        dup = true;
      }
      seen->bands.emplace(key, at);
    }
    seen->minhash.push_back(f.minhash);
    return dup;
  }

  // Takes every primed article out of `primed` and the document frequencies.
  void Withdraw() {
    for (const Primed& p : primed) {
      if (p.counted) CountTerms(p.features, p.anchors, -1);
    }
    primed.clear();
    primed_ids.clear();
    primed_counted = 0;
  }
};

StoryIndex::StoryIndex(const StoryOptions& options) : impl_(new Impl(options)) {}
StoryIndex::~StoryIndex() = default;

StoryAssignment StoryIndex::Add(const StoryArticle& article) {
  Impl& m = *impl_;
  if (auto it = m.ids.find(article.id); it != m.ids.end()) {
    // Already indexed: report the recorded assignment (re-ingestion changes nothing).
    const IndexedArticle& a = m.articles[it->second];
    StoryAssignment out;
    out.story_id = a.story_id;
    out.duplicate_of = a.duplicate_of;
    return out;
  }
  const uint64_t key = m.extractor.SourceKey(article.title, article.text, article.language);
  std::optional<Impl::Primed> primed = m.TakePrimed(article.id, key);
  const bool tied = primed && primed->tied;
  if (!primed) {
    primed.emplace();
    primed->features = m.extractor.Extract(article.title, article.text, article.language);
    SetLanguage(article.language, &primed->features);
    primed->anchors = MergeAnchors(primed->features);
  }
  ArticleFeatures& f = primed->features;
  std::vector<uint64_t>& anchors = primed->anchors;
  StoryAssignment out;
  out.features = stories_internal::SaveFeatures(f, key);  // the language is not saved
  std::vector<std::pair<double, int64_t>> ranked;         // stories scored, when not a duplicate
  bool joined = false;
  const double threshold =
      m.JoinThreshold() *
      (tied && f.word_count >= m.options.long_text_words ? m.options.tied_long_factor : 1.0);
  const int64_t dup = m.FindDuplicate(f);
  if (dup >= 0) {
    const IndexedArticle& first = m.articles[static_cast<size_t>(dup)];
    out.story_id = first.story_id;
    out.duplicate_of = first.id;
    out.score = 1;
  } else {
    Query q = m.MakeQuery(f.terms, f.nouns_capitalized, anchors, f.language);
    ranked = m.RankStories(f, anchors, q, article.id, article.published_unix, article.undated,
                           threshold);
    out.score = ranked.empty() ? 0 : ranked[0].first;
    joined = !ranked.empty() && ranked[0].first >= threshold;
    out.story_id = joined ? ranked[0].second : m.next_story_id;
  }
  const auto idx = static_cast<uint32_t>(m.articles.size());
  m.Record(article, out, std::move(f), std::move(anchors));
  if (dup < 0) {
    m.ForgetComparisons();  // the collection grew
    if (joined) m.Relink(ranked, threshold, &out);
    m.Recheck(ranked, idx, threshold, &out);
  }
  return out;
}

std::string StoryIndex::Restore(const StoryArticle& article, const StoryAssignment& assignment) {
  Impl& m = *impl_;
  if (m.ids.count(article.id)) return "";
  const uint64_t key = m.extractor.SourceKey(article.title, article.text, article.language);
  m.TakePrimed(article.id, key);  // the stored features are what counts
  std::optional<ArticleFeatures> saved = stories_internal::LoadFeatures(assignment.features, key);
  std::string fresh;
  if (!saved) {
    saved = m.extractor.Extract(article.title, article.text, article.language);
    fresh = stories_internal::SaveFeatures(*saved, key);
  }
  SetLanguage(article.language, &*saved);
  std::vector<uint64_t> anchors = MergeAnchors(*saved);
  m.Record(article, assignment, *std::move(saved), std::move(anchors));
  return fresh;
}

void StoryIndex::Prime(const std::vector<StoryArticle>& batch) {
  Impl& m = *impl_;
  m.Withdraw();
  if (batch.size() < 2) return;  // no pair to score
  // Ties: consecutive articles of one publication time, or undated.
  const auto same_time = [](const StoryArticle& x, const StoryArticle& y) {
    return x.undated == y.undated && (x.undated || x.published_unix == y.published_unix);
  };
  size_t ties = 0;
  Impl::BatchFingerprints seen;
  for (size_t i = 0; i < batch.size(); ++i) {
    const StoryArticle& article = batch[i];
    if (i > 0 && !same_time(batch[i - 1], article)) ++ties;
    if (m.ids.count(article.id) || m.primed_ids.count(article.id)) continue;
    Impl::Primed p;
    p.source_key = m.extractor.SourceKey(article.title, article.text, article.language);
    p.features = m.extractor.Extract(article.title, article.text, article.language);
    p.duplicate = m.PredictDuplicate(p.features, &seen);
    SetLanguage(article.language, &p.features);
    p.anchors = MergeAnchors(p.features);
    p.ties = ties;
    p.tied = (i > 0 && same_time(batch[i - 1], article)) ||
             (i + 1 < batch.size() && same_time(batch[i + 1], article));
    m.primed_ids.emplace(article.id, m.primed.size());
    m.primed.push_back(std::move(p));
  }
}

std::chrono::seconds StoryIndex::live_span() const { return impl_->LiveSpan(); }

int64_t StoryIndex::ResolveStory(int64_t story_id) const {
  for (auto it = impl_->merged_into.find(story_id); it != impl_->merged_into.end();
       it = impl_->merged_into.find(story_id)) {
    story_id = it->second;
  }
  return story_id;
}

void StoryIndex::ReserveStoryIds(int64_t max_used) {
  impl_->next_story_id = std::max(impl_->next_story_id, max_used + 1);
}

std::optional<StoryInfo> StoryIndex::GetStory(int64_t story_id) const {
  const auto it = impl_->stories.find(story_id);
  if (it == impl_->stories.end()) return std::nullopt;
  return it->second.info;
}

int64_t StoryIndex::size() const { return static_cast<int64_t>(impl_->articles.size()); }

void stories_internal::SetPairObserver(PairObserver observer, void* context) {
  pair_observer = observer;
  pair_observer_context = context;
}

}  // namespace newsdesk
