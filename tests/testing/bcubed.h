// BCubed precision and recall (Bagga & Baldwin 1998) of a clustering against gold labels:
// for each item, precision is the share of its predicted cluster that shares its gold
// label and recall the share of its gold cluster that shares its predicted label; the
// scores average them over the items. Header-only so that tests and benches share it.
#ifndef NEWSDESK_TESTING_BCUBED_H_
#define NEWSDESK_TESTING_BCUBED_H_

#include <cstddef>
#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsdesk::testing {

struct BCubed {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// Per-item (precision, recall) of `predicted` against `gold` (same length).
template <typename Gold, typename Pred>
std::vector<std::pair<double, double>> BCubedPerItem(const std::vector<Gold>& gold,
                                                     const std::vector<Pred>& predicted) {
  struct PairHash {
    size_t operator()(const std::pair<Gold, Pred>& x) const {
      return std::hash<Gold>()(x.first) * 0x9E3779B97F4A7C15ULL ^ std::hash<Pred>()(x.second);
    }
  };
  std::unordered_map<Gold, double> gold_size;
  std::unordered_map<Pred, double> pred_size;
  std::unordered_map<std::pair<Gold, Pred>, double, PairHash> both;
  for (size_t i = 0; i < gold.size(); ++i) {
    ++gold_size[gold[i]];
    ++pred_size[predicted[i]];
    ++both[{gold[i], predicted[i]}];
  }
  std::vector<std::pair<double, double>> out;
  out.reserve(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    const double b = both[{gold[i], predicted[i]}];
    out.emplace_back(b / pred_size[predicted[i]], b / gold_size[gold[i]]);
  }
  return out;
}

// The average over `items` (indices into `per_item`; all of them when empty).
inline BCubed AverageBCubed(const std::vector<std::pair<double, double>>& per_item,
                            const std::vector<size_t>& items = {}) {
  BCubed s;
  const size_t n = items.empty() ? per_item.size() : items.size();
  if (n == 0) return s;
  for (size_t k = 0; k < n; ++k) {
    const auto& [p, r] = per_item[items.empty() ? k : items[k]];
    s.precision += p;
    s.recall += r;
  }
  s.precision /= static_cast<double>(n);
  s.recall /= static_cast<double>(n);
  const double sum = s.precision + s.recall;
  s.f1 = sum > 0 ? 2 * s.precision * s.recall / sum : 0;
  return s;
}

template <typename Gold, typename Pred>
BCubed ScoreBCubed(const std::vector<Gold>& gold, const std::vector<Pred>& predicted) {
  return AverageBCubed(BCubedPerItem(gold, predicted));
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_BCUBED_H_
