// Internal to the stories stage: what StoryIndex computes from one article (fingerprints
// and the weighted terms used for similarity). Uses ICU; not part of the public API.
#ifndef NEWSDESK_STORIES_FEATURES_H_
#define NEWSDESK_STORIES_FEATURES_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsdesk::stories_internal {

// A term: 64-bit hash of its kind and key, and its raw (pre-IDF) weight in the article.
struct Term {
  uint64_t id = 0;
  float weight = 0;
};

// MinHash signature size: kBands bands of kRows rows (LSH).
inline constexpr int kBands = 12;
inline constexpr int kRows = 3;
inline constexpr int kMinHashes = kBands * kRows;

struct ArticleFeatures {
  uint64_t exact_hash = 0;             // hash of the match-key word sequence (title + text)
  std::vector<uint32_t> minhash;       // kMinHashes values over 3-word shingles; empty if
                                       // there are no words
  int word_count = 0;                  // match-key words of title + text
  std::vector<Term> terms;             // TF-IDF terms, sorted by id, ids unique
  std::vector<uint64_t> anchors;       // numbers and names (skeletons), sorted
  std::vector<uint64_t> soft_anchors;  // skeletons of words of uncased scripts, sorted
  bool nouns_capitalized = false;      // set by the caller for German: its capitalized
                                       // words are mostly common nouns, not names
  uint32_t language = 0;               // set by the caller: primary language subtag
                                       // packed into an id, 0 if unknown
};

// Anchor ids: bit 1 marks a weak anchor (a 2-letter skeleton: "rk", "kb" collide
// more), bit 0 is free for StoryIndex (soft/hard); the other bits identify the anchor.
inline constexpr uint64_t kWeakAnchorBit = 2;
// Set in the ids of anchors that are small integers (< 100), clear in the others.
inline constexpr uint64_t kNumberAnchorBit = uint64_t{1} << 63;

// One pair StoryIndex::Add scores (the new article against an indexed candidate or story
// member): the inputs of the similarity blend, for fitting it on labelled pairs.
struct PairFeatures {
  int64_t article_id = 0;      // the new article (StoryArticle::id)
  int64_t other_id = 0;        // the indexed one
  double cosine = 0;           // TF-IDF cosine of the terms
  double anchor_overlap = 0;   // anchor overlap, 0..1 (a lone common anchor halved)
  int shared_anchors = 0;      // anchors counted in the overlap
  int words = 0;               // match-key words of title + text of the new article
  int other_words = 0;         // and of the indexed one
  bool same_language = false;  // both declare the same (known) primary language
  double hours_apart = -1;     // |published difference| in hours; -1 if either has no time
};
// Benches only: when set, every pair Add scores is passed to the observer (on the thread
// that calls Add); unset (the default) it costs one test per pair. Set it before any
// index is used and reset it (nullptr) after.
using PairObserver = void (*)(const PairFeatures& pair, void* context);
void SetPairObserver(PairObserver observer, void* context);

// Tokens of raw (display) text, for names and figures.
enum class Kind { kWord, kNumber, kPunct };
struct Token {
  Kind kind = Kind::kPunct;
  std::string text;
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  bool capitalized = false;     // first letter upper or title case
  bool cased = false;           // first letter from a script with case (Latin, Greek, ...)
  bool sentence_start = false;  // first word of the text, a line, or after . ! ? : —
};
// Words (letters, marks, inner ' and -), numbers (digits with inner , . and narrow
// spaces: "4,583"; "1st" is a word) and single punctuation characters.
std::vector<Token> Tokenize(std::string_view text);

// The match-key words of a word token: one for a word of a cased script, the dictionary
// words of an uncased one (Han, Thai: several).
std::vector<std::string> TokenWords(const Token& t);

// Place anchors (stories_places.cc): the runs of `words` (match keys) flagged `eligible`
// (capitalized words of cased scripts, every word of uncased ones) that name a country,
// territory or the UN in any language ICU has region names for (CLDR), as one anchor per region:
// "Japan", "Japon", "Японии", "日本" all give JP's. Single names of five or more code
// points also match forms up to two longer ("Японии", "Israeli"); names of two regions
// ("Congo") give none. `used` marks the words consumed; `begins`, when given, gets the
// index of each place's first word (aligned with the result). `glued` flags the words
// written right after the one before them, with no space (dictionary pieces of one token of
// Han, kana, Thai): over such pieces the longest name their characters spell from a
// piece's start wins, across the dictionary's cuts ("印度 尼西亚巴" gives Indonesia, not
// India), unless it ends inside the piece it starts in ("中国人" gives no China) or leaves
// more of the piece it ends in than it spells. Thread-safe: the lexicon is built once, on
// first use (~0.1 s).
std::vector<uint64_t> FindPlaces(const std::vector<std::string>& words,
                                 const std::vector<bool>& glued, const std::vector<bool>& eligible,
                                 std::vector<bool>* used, std::vector<size_t>* begins = nullptr);

// The anchor of the place single match-key word `word` names (as FindPlaces reads one word:
// a name, or an inflected form of a long non-Latin one), or 0.
uint64_t PlaceOf(std::string_view word);

// The anchor of the place that acronym `key` (a match key: "fn", "yk", "onu") names in
// language `language` (a primary subtag: "no"), as CLDR's names of the UN in that
// language write it ("FN", "YK", "ONU"), or 0. The caller reads it only from a word
// written in capitals: in another language it is another acronym (French "FN", a party).
uint64_t AcronymPlace(std::string_view language, std::string_view key);

// Another form of match-key word `word` that names a place (PlaceOf) when neither the
// word nor its case stems `case_stems` (CaseStems) do, or "": the word without an article
// or preposition elided and glued to it (IsElidedWord: "l'allemagne" -> "allemagne",
// "dell'italia" -> "italia"), or a Latin case stem with the final vowel the name lost
// before its ending put back (NameFinalVowels: Polish "norwegii" -> "norwegi" ->
// "norwegia", "polski" -> "polska").
std::string PlaceForm(std::string_view word, const std::vector<std::string>& case_stems);

// Another form of a match-key word to index beside it: without a glued prefix (Hebrew,
// Arabic: "והממשלה" -> "הממשלה") or particle (Korean: "푸틴은" -> "푸틴"); "" when none.
std::string WordVariant(std::string_view word);

// The stems of match-key word `word` without each of `endings` (CaseEndings) it ends
// with, longest ending first, where at least kCaseStemMinLength code points are left:
// "ukrainassa" -> {"ukraina", "ukrainass"}; none for "putin" ("puti" is too short).
inline constexpr size_t kCaseStemMinLength = 5;
std::vector<std::string> CaseStems(std::string_view word, const std::vector<std::string>& endings);

// The version of Extract's output. Raise it with any change to what Extract computes:
// features saved under another version are computed again (StoryIndex::Restore).
// tests/stories_test.cc pins the features of a sample text to catch a forgotten raise.
inline constexpr uint32_t kFeaturesFormat = 12;

// ArticleFeatures as bytes, for a store to keep beside the article (few KB: 12 bytes a
// term, 8 an anchor, 144 of MinHash), so that restoring the index needs no extraction.
// The caller-set fields (nouns_capitalized, language) are not saved.
std::string SaveFeatures(const ArticleFeatures& f, uint64_t source_key);
// The features SaveFeatures wrote under `source_key`; nullopt when `data` was written
// under another key (other text, settings or format) or is not well formed (any bytes
// are safe to pass).
std::optional<ArticleFeatures> LoadFeatures(std::string_view data, uint64_t source_key);

// Estimated Jaccard similarity of two signatures (equal size).
double MinHashSimilarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
// The key of band `band` of a signature.
uint64_t BandKey(const std::vector<uint32_t>& signature, int band);

// Returns the number of a word that is one ("4,500", "4.500", "٤٥٠٠" -> "4500"; "3.5"
// -> "3.5"); "" when the word has a letter or no digit.
std::string NumberKey(std::string_view word);

// Consonant skeleton of an ASCII word (lower case), used to meet transliterations:
// "iraq", "irak", "iraku", "'yr'q" -> "rk". May be "".
std::string Skeleton(std::string_view ascii);

// Whether a NumberKey is specific enough to be an anchor: 2+ characters and not a year
// (1900-2100), which any two articles of a year share.
bool IsAnchorNumber(std::string_view key);

uint64_t HashTerm(char kind, std::string_view key);

// Computes ArticleFeatures. Owns an ICU Transliterator ("Any-Latin; Latin-ASCII; Lower"),
// which is not thread-safe: thread-compatible, like StoryIndex.
//
// Names weigh kNameBoost, with their skeletons, in the terms of texts under
// `long_text_words` words (title + text), and are words like any other in longer ones
// (their skeletons only when not ASCII): long reports of one event share their
// vocabulary, and a doubled name (one company, one minister) is what joins two news
// items about it.
class FeatureExtractor {
 public:
  explicit FeatureExtractor(int lead_words, int long_text_words = 1 << 30);
  ~FeatureExtractor();
  FeatureExtractor(const FeatureExtractor&) = delete;
  FeatureExtractor& operator=(const FeatureExtractor&) = delete;

  // `language` is the article's language tag ("fi", "en-GB"; "" if unknown): names of a
  // language with case endings (CaseEndings) also give the anchor of their stem.
  ArticleFeatures Extract(std::string_view title, std::string_view text,
                          std::string_view language = {});

  // A 64-bit key of what Extract(title, text, language) depends on: the title, text and
  // language, this extractor's settings, the ICU version and kFeaturesFormat.
  // SaveFeatures' bytes are valid for the same key only.
  uint64_t SourceKey(std::string_view title, std::string_view text,
                     std::string_view language = {}) const;

  // ASCII Latin, lower case, of each word (same order and count).
  std::vector<std::string> ToAscii(const std::vector<std::string>& words);

 private:
  // The phases of Extract after the fingerprints (exact hash and MinHash, a free function):
  // the anchors of the raw title and lead, adding them to `f` and returning the names
  // among them (match keys); then the weighted terms of the title and lead words.
  std::unordered_set<std::string> AddAnchors(std::string_view title, std::string_view text,
                                             std::string_view language, ArticleFeatures& f);
  std::vector<Term> LeadTerms(const std::vector<std::string>& title_words,
                              const std::vector<std::string>& text_words,
                              const std::unordered_set<std::string>& names, float name_boost);

  // Whether `language` (a tag; "" unknown) writes decimals with a comma (CLDR's decimal
  // separator for it), looked up once per primary language.
  bool CommaDecimals(std::string_view language);

  struct Icu;
  std::unique_ptr<Icu> icu_;
  int lead_words_;
  int long_text_words_;
};

}  // namespace newsdesk::stories_internal

#endif  // NEWSDESK_STORIES_FEATURES_H_
