// Dedup and stories: exact and near-duplicate detection and incremental story clustering.
// An in-memory index over the articles seen so far; the pipeline rebuilds it from the
// store on open (Restore) and feeds it each new article (Add) on the writer thread.
// No I/O. Thread-compatible: one thread at a time (the store's writer).
//
// The story model (docs/stories.md):
//  - Exact duplicate: same match-key word sequence (MatchKey + Words of title and text)
//    -> duplicate_of = the first copy, same story.
//  - Near duplicate: MinHash (36 functions) over 3-word shingles of the match-key text,
//    estimated Jaccard >= near_duplicate_min_jaccard -> duplicate_of = the first copy,
//    same story. Lookup is banded LSH (12 bands x 3 rows) into a hash table, not a scan.
//  - Story: otherwise the article joins the best matching story whose span (its dated
//    members' times) is within `window` (undated articles: before their fetch time, or
//    up to undated_window after it) when the similarity reaches join_threshold, else it
//    starts a new story. Similarity blends
//    (cosine_weight) a TF-IDF cosine over title + lead terms with an "anchor" overlap. Terms are
//    match-key words (normalize.h: MatchKey, Words) transliterated to ASCII with ICU "Any-Latin;
//    Latin-ASCII" plus their consonant skeletons, so spellings and scripts meet (Iraq / Irak /
//    עיראק / イラク -> "rk"); numbers are read as values (4,500 = 4.500 = ٤٥٠٠); capitalized names
//    weigh double. Anchors are language-independent: numbers, names (capitalized words of cased
//    scripts never written in lower case) and, for scripts without case (Hebrew, Arabic, CJK),
//    words whose skeleton some cased text used as a name. Document frequencies are
//    maintained incrementally, over all articles and per language (a word's IDF is its
//    language's, see language_prior). Candidates come from an inverted index over the article's
//    rarest terms and anchors (bounded posting lists of recent articles), so the cost per
//    article stays flat as the index grows.
//  - Memory stays flat on an endless stream: articles published more than
//    max(2 x window, far_window) before the newest one drop their terms and MinHash (they
//    can no longer join or be near-duplicated); exact-duplicate hashes and assignments
//    are kept.
//  - Story ids: a new story gets max(story id restored or assigned so far) + 1, starting
//    at 1. The story title is the first non-empty title of its articles.
#ifndef NEWSDESK_STORIES_H_
#define NEWSDESK_STORIES_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/article.h"

namespace newsdesk {

struct StoryOptions {
  // Min estimated Jaccard similarity of 3-word shingle sets (MinHash) for "same text".
  double near_duplicate_min_jaccard = 0.5;
  // Texts with fewer match-key words than this are only exact-deduplicated: shingles of
  // a one-sentence summary are too few to call two summaries copies.
  int near_duplicate_min_words = 40;
  // Min story score (0..1) to join an existing story, for up to 1000 articles in the
  // window; raised by join_threshold_per_decade for every tenfold growth beyond (a dense
  // stream offers more chance resemblances): 10k articles -> +0.08, 100k -> +0.16.
  double join_threshold = 0.1;
  double join_threshold_per_decade = 0.08;
  // A long article (at least long_text_words words) of a primed batch (StoryIndex::Prime)
  // scored with its ties counted (the batch's other articles of its publication time, or
  // the other undated ones) needs tied_long_factor x the join threshold (for its join, its
  // merges and the re-check): under the counts of all of an event's reports the words they
  // share are common from the first pair on, and long same-language pairs of one event
  // score ~0.005-0.01 lower than when the later ones are not counted yet. Short texts,
  // scored mostly on names, do not (the blurbs). 1 keeps join_threshold for them too.
  double tied_long_factor = 0.95;
  // Publication-time window for joining: |published(a) - published(b)| <= window.
  // Articles with no time can join any story.
  std::chrono::hours window{24 * 7};
  // Strong evidence reaches further: two dated articles (stories) more than `window` but
  // at most far_window apart may join (merge, move) when their score reaches far_factor
  // x the join threshold (the relink factor still applies to merges): blurbs of one
  // event written weeks apart share several rare names, while a weak match, such as the
  // next instance of a recurring event, keeps the window. far_window <= window turns it
  // off. Articles keep their terms for max(2 x window, far_window) (see late_arrivals).
  std::chrono::hours far_window{24 * 14};
  double far_factor = 2.0;
  // An undated article's time is when it was fetched, which bounds its publication from
  // above only: it may join a story of any earlier time the index still holds (articles
  // keep their terms for the live span before the newest dated one, or late_arrivals
  // arrivals), and one that began at most undated_window after it was fetched. Likewise a
  // dated article may join a story of undated articles fetched at most undated_window
  // before it; two spans of fetch times always may.
  std::chrono::hours undated_window{24 * 14};
  // Articles keep their terms for at least this many later arrivals, however old: an
  // older article that arrives late (a backfill, an archive in any order) can still be
  // joined by its companions that arrive after it.
  int64_t late_arrivals = 8192;
  // Document frequencies are counted per language too: a word's IDF in an article is
  // that of its language, as if language_prior articles holding the word at the rate of
  // the whole collection were added to the language's own, so a language with few
  // articles among many of another does not weigh its function words as rare names.
  // A pair of two languages weighs each side's words by its own language. With one
  // language the IDF is the collection's; a very large value gives every language the
  // collection's IDF.
  double language_prior = 2;
  // Words of the text after the title that count as the lead.
  int lead_words = 400;
  // Similarity = cosine_weight * TF-IDF cosine + (1 - cosine_weight) * anchor overlap,
  // where anchor overlap = sum of IDF of shared anchors (names, numbers) /
  // (min of the two articles' anchor IDF sums + anchor_prior).
  double cosine_weight = 0.4;
  // When both articles have at least long_text_words words (title + text), similarity =
  // long_cosine_weight * cosine + long_anchor_weight * anchor overlap instead: long reports
  // of one event share their vocabulary, while a shared name alone often means another
  // news item about the same company or person.
  int long_text_words = 100;
  double long_cosine_weight = 0.7;
  double long_anchor_weight = 0.1;
  // Story score = w * best member similarity + (1 - w) * mean similarity over the story's
  // recent members (at most 8), w = member_weight: 1 is single link, which chains
  // unrelated events through one chance resemblance. The same score over every pair of
  // members is how well two stories match (merges, relink_factor) and how well a member
  // fits a story (moves, move_factor).
  double member_weight = 0.3;
  // In a small story the best member weighs more: w is at least small_story_share / n,
  // n the similarities in the mean (members scored; member pairs for two stories), so in
  // a story of two one weakly linked member does not veto a strong best match (w 0.6); from
  // four members on (1.2 / 4 <= member_weight) member_weight alone. 0 turns it off.
  double small_story_share = 1.2;
  double anchor_prior = 2.0;
  // A lone shared anchor counts half in the anchor overlap (and, when either article has
  // long_text_words words, no more than its weight over the larger anchor mass: a long
  // lead names many, one of them shared by chance), except a name (no small number,
  // short skeleton, or skeleton of a word of a script without capitals on either side)
  // shared by articles of two languages that at most rare_anchor_docs indexed articles
  // hold: across languages a rare name is all the evidence there is.
  int rare_anchor_docs = 2;
  // Bounded re-clustering: after an article joins a story, each other story it was scored
  // against merges with the grown one (into the older id) when the two match as wholes
  // (the story score over all pairs of their recent members) at least relink_factor x the
  // join threshold: pieces of one event that met no earlier (blurbs in two languages
  // linked by a third), which arrival order would otherwise decide. 1 is the join rule
  // itself; a large value turns merging off.
  double relink_factor = 1.0;
  // Re-check of members (the other half of the bounded re-clustering): after the merges,
  // the recent members of the grown story and of each other story the article was scored
  // against are compared with both: a member whose story score with the other story
  // reaches the join threshold and move_factor x its score with the rest of its own
  // story moves there, with its near-duplicates (an article that joined the wrong piece
  // early, before its own story had formed). A story's first member and the member its
  // title comes from never move, so no story is emptied by a move. A large value turns
  // moving off.
  double move_factor = 1.0;
  // The rest of the re-check: a recent member of one of those stories with at least
  // long_text_words words whose best similarity to any other recent member has fallen
  // below leave_factor x the join threshold (IDF and the members changed since it
  // joined) leaves for a story of its own. Below 1 it must be clearly unlinked: at 1.0
  // a seed of the samples, linked to the others across languages by a few anchors, left.
  // 0 turns leaving off (also off when moving is).
  double leave_factor = 0.4;
};

struct StoryArticle {
  int64_t id = 0;   // store id, > 0
  std::string url;  // canonical
  std::string title;
  std::string text;      // normalized display text
  std::string language;  // ISO 639-1 or ""
  std::string site;      // outlet
  // Publication (or, when unknown, fetch) time, seconds since the epoch.
  std::optional<int64_t> published_unix;
  // published_unix is the fetch time: no publication date was found. Such an article
  // may join stories of any earlier time (see undated_window) and does not move the
  // index's clock.
  bool undated = false;
};

// An article that changed stories in a re-check (StoryOptions::move_factor), with its
// near-duplicates (the articles whose duplicate_of is article_id).
struct StoryMove {
  int64_t article_id = 0;
  int64_t from_story = 0;
  int64_t to_story = 0;
};

struct StoryAssignment {
  int64_t story_id = 0;
  int64_t duplicate_of = 0;  // id of the first copy when a (near-)duplicate; 0 otherwise
  // Similarity to the story joined; 1 for a duplicate; for a new story the best
  // similarity found (below join_threshold), 0 when there was no candidate.
  double score = 0;
  // Stories merged into story_id by this article: their articles now belong to story_id
  // (callers that store assignments must move them).
  std::vector<int64_t> absorbed;
  // Other articles this Add moved between stories, in order (callers that store
  // assignments must move them and their near-duplicates; an article may move twice).
  std::vector<StoryMove> moved;
  // The article's features as opaque bytes (a few KB), set by Add: a caller that stores
  // them beside the article and gives them back to Restore saves the feature extraction,
  // most of what restoring costs. Empty from Add for an id already indexed.
  std::string features;
};

// What the index knows about one story.
struct StoryInfo {
  int64_t id = 0;
  std::string title;  // title of the first article
  std::optional<int64_t> first_published_unix;
  std::optional<int64_t> last_published_unix;
  int64_t article_count = 0;           // duplicates included
  std::vector<std::string> languages;  // distinct, in order of first appearance
  std::vector<std::string> sites;      // distinct, in order of first appearance
};

class StoryIndex {
 public:
  explicit StoryIndex(const StoryOptions& options = {});
  ~StoryIndex();
  StoryIndex(const StoryIndex&) = delete;
  StoryIndex& operator=(const StoryIndex&) = delete;

  // Decides where a new article goes: the story of its (near-)duplicate, the best matching
  // story within the window, or a new story. The article is then part of the index.
  // Adding an id that is already indexed returns its recorded assignment unchanged.
  StoryAssignment Add(const StoryArticle& article);
  // Announces the articles of a batch about to be added (the writer's story batch), in
  // the order they will be added (canonical: by publication time, undated last), so that
  // the order of its ties does not matter: ties are consecutive articles of the batch with
  // the same publication time, or consecutive undated ones. The Add of a primed article
  // first counts into the document frequencies every primed article of its ties and of
  // the ties before (in batch order) not counted yet, and scores it under those counts
  // without its own, as an Add scores an article under the counts of what came before it;
  // an article without ties is scored exactly as if it were not primed. Its own counts go
  // in when it is indexed, as for any Add; a duplicate's never do, and an article that
  // its Add will find a (near-)duplicate of an indexed article or of one before it in the
  // batch (predicted here, in batch order) is never counted with its ties. The features are
  // extracted here, once. Only one batch is primed at a time: a call first takes out the
  // counts of the articles primed before and not added since, so calling it again with the
  // same or an overlapping batch never counts an article twice. Ids already indexed are
  // skipped, and a batch of fewer than two articles is not primed. Nothing primed is kept
  // anywhere but here: a process that stops before adding them leaves counts that die
  // with it. Restore of a primed id counts its ties as its Add would, then records the
  // stored features in place of the primed ones.
  void Prime(const std::vector<StoryArticle>& batch);
  // Re-inserts a stored article with its stored assignment (used on open). Later Adds
  // never reuse its story id.
  //
  // Restoring, in id order, only the articles from the first live one on gives Add the
  // same window, near-duplicates and candidates as restoring them all. An article is live
  // when it is among the last `late_arrivals` articles, has no time, or its time is at
  // most live_span() before the newest publication time. What the older ones leave out:
  // their exact-duplicate hashes (the store's content hash finds those copies), their
  // share of document frequencies (IDF then counts the restored articles), their ids
  // for Add's "already indexed" answer, and their part of GetStory's summaries; callers
  // reserve their story ids with ReserveStoryIds.
  //
  // assignment.features: what Add gave for the article, or "". Returns the article's
  // features when those could not be used (none, saved for another title or text, by
  // other settings or code), for the caller to store in their place; "" when they were
  // used or the id is already indexed.
  std::string Restore(const StoryArticle& article, const StoryAssignment& assignment);
  std::chrono::seconds live_span() const;  // max(2 x window, far_window)

  // Where a story absorbed by a merge this index made went (itself when not absorbed).
  int64_t ResolveStory(int64_t story_id) const;
  // Later Adds never give a new story an id <= max_used (ids of stories merged away
  // before the index was restored).
  void ReserveStoryIds(int64_t max_used);

  // The story's summary; nullopt for an unknown id.
  std::optional<StoryInfo> GetStory(int64_t story_id) const;
  // Number of articles indexed (Add + Restore).
  int64_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Numbers with their counted noun: the first content word within a few words after the
// number, skipping modifiers and names ("5,700 ISIS detainees" -> detainees, "more than
// 4,000 Islamic State (IS) detainees" -> detainees); "N of/out of M" gives M the noun of
// N. Years (1800..2100 written without separators), percentages' signs, dates and
// ordinals are left out. Latin-script nouns only; other scripts give the number with
// an empty unit. The figures' value, text, unit and context are set (ids, site, url and
// previous are the store's). Pure; thread-safe.
std::vector<StoryFigure> ExtractFigures(std::string_view text);

// The one rule for "figures that disagree": groups `figures` by unit and keeps the groups
// where two different outlets (site, else article) state different values, in unit
// order, each group's figures ordered by value (ties in input order). One article
// listing several values of a unit is not a disagreement. Pure; thread-safe. (The store
// keeps figures; `newsdesk stories` and `serve` apply this rule to what it lists.)
std::vector<FigureGroup> DisagreeingFigures(const std::vector<StoryFigure>& figures);

}  // namespace newsdesk

#endif  // NEWSDESK_STORIES_H_
