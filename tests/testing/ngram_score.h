// The held-out metric of issue 3: word 4-gram overlap between an extracted text and a
// hand-made reference body. Tokens are the runs of Unicode word characters (`\w+` as in
// Python's `re`: letters L*, numbers N* and '_'; marks and punctuation split tokens), kept
// case-sensitive (the metric as stated does not fold case). Per page, precision = shared
// 4-grams / extracted 4-grams and recall = shared / reference 4-grams, with multiset
// counting; a corpus score averages the pages' precision and recall (each page weighs the
// same) and takes the F1 of the two averages. Header-only so that tests and benches share
// it. Thread-safe (pure functions).
#ifndef NEWSDESK_TESTING_NGRAM_SCORE_H_
#define NEWSDESK_TESTING_NGRAM_SCORE_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace newsdesk::testing {

// The `\w+` runs of UTF-8 `text`, in order. Ill-formed bytes split tokens.
inline std::vector<std::string> WordTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string cur;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    bool word = false;
    if (c == '_') {
      word = true;
    } else if (c >= 0) {
      uint32_t mask = U_GET_GC_MASK(c);
      word = (mask & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
    }
    if (word) {
      cur.append(text.data() + start, static_cast<size_t>(i - start));
    } else if (!cur.empty()) {
      tokens.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

struct NgramPageScore {
  double precision = 0;
  double recall = 0;
  double f1() const {
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  }
};

// Multiset of the n-grams of `tokens`, keyed by the tokens joined with U+0001.
inline std::unordered_map<std::string, int> NgramCounts(const std::vector<std::string>& tokens,
                                                        size_t n) {
  std::unordered_map<std::string, int> counts;
  for (size_t i = 0; i + n <= tokens.size(); ++i) {
    std::string key = tokens[i];
    for (size_t j = 1; j < n; ++j) (key += '\x01') += tokens[i + j];
    ++counts[key];
  }
  return counts;
}

// Precision and recall of `extracted` against `reference`. Both empty -> 1/1; one side
// without n-grams -> 0 for the ratios it cannot satisfy.
inline NgramPageScore ScoreNgrams(std::string_view extracted, std::string_view reference,
                                  size_t n = 4) {
  auto got = NgramCounts(WordTokens(extracted), n);
  auto want = NgramCounts(WordTokens(reference), n);
  long got_total = 0, want_total = 0, shared = 0;
  for (const auto& [k, c] : got) got_total += c;
  for (const auto& [k, c] : want) {
    want_total += c;
    auto it = got.find(k);
    if (it != got.end()) shared += std::min(c, it->second);
  }
  NgramPageScore s;
  if (got_total == 0 && want_total == 0) return {1, 1};
  s.precision = got_total ? double(shared) / got_total : 0;
  s.recall = want_total ? double(shared) / want_total : 0;
  return s;
}

// Averages of per-page precision and recall; F1 of the averages.
struct NgramCorpusScore {
  int pages = 0;
  double precision_sum = 0, recall_sum = 0;
  void Add(const NgramPageScore& s) {
    ++pages;
    precision_sum += s.precision;
    recall_sum += s.recall;
  }
  double precision() const { return pages ? precision_sum / pages : 0; }
  double recall() const { return pages ? recall_sum / pages : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_NGRAM_SCORE_H_
