#!/usr/bin/env python3
"""Fits the story similarity blend on labelled pairs (python3 stdlib only).

Usage:
  fit_story_blend.py --train PAIRS.csv [--test PAIRS.csv] [--threshold 0.1]
                     [--long-text-words 100] [--features cosine,anchor_overlap]

PAIRS.csv is what `stories_devset_bench --pairs=...` writes: every pair StoryIndex::Add
scored (a new article against a candidate or story member) with its gold label. The pairs
fall in two cases, as StoryIndex::Blend treats them: "long" (both texts in one declared
language with at least --long-text-words words) and "short" (the rest: blurbs, and texts
in two languages). For each case a logistic regression of same_event on the features
(default: the blend's two inputs, TF-IDF cosine and anchor overlap) is fitted by Newton's
method with a small L2 penalty. Its decision boundary (P(same event) = 0.5),
w . x + b = 0, is the blend: similarity = w . x / sum(w) >= -b / sum(w). The script
prints, per case, the fitted weights, that blend and its threshold, and the figures of
both the fitted boundary and the given options' blend (--cosine-weight etc.) on the test
pairs (the train pairs when no --test): AUC, pairwise precision/recall/F1. It also
prints each blend scaled so that its boundary falls at --threshold T, the form
StoryOptions takes (one join_threshold for both cases), and the threshold of the best
pairwise F1 on the train pairs. Figures and the reading of them: docs/stories.md.
"""
import argparse
import csv
import math


def read_pairs(path, long_words):
    cases = {"long": [], "short": []}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            r = {k: float(v) for k, v in row.items() if k not in ("subset", "doc", "other", "lang", "other_lang")}
            r["lang"], r["other_lang"], r["subset"] = row["lang"], row["other_lang"], row["subset"]
            r["two_anchors"] = 1.0 if r["shared_anchors"] >= 2 else 0.0
            r["cross_language"] = 0.0 if r["same_language"] else 1.0
            is_long = r["same_language"] and min(r["words"], r["other_words"]) >= long_words
            cases["long" if is_long else "short"].append(r)
    return cases


def solve(a, b):
    """Solves a x = b (small dense system, Gaussian elimination with pivoting)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                k = m[r][c] / m[c][c]
                for j in range(c, n + 1):
                    m[r][j] -= k * m[c][j]
    return [m[i][n] / m[i][i] if m[i][i] != 0 else 0.0 for i in range(n)]


def fit(rows, features, l2=1e-3, iterations=50):
    """Logistic regression by Newton's method; returns (weights, intercept)."""
    n = len(features) + 1
    beta = [0.0] * n
    xs = [[r[f] for f in features] + [1.0] for r in rows]
    ys = [r["same_event"] for r in rows]
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys):
            z = sum(bi * xi for bi, xi in zip(beta, x))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            for i in range(n):
                grad[i] += (p - y) * x[i]
                for j in range(n):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(n - 1):  # no penalty on the intercept
            grad[i] += l2 * len(xs) * beta[i]
            hess[i][i] += l2 * len(xs)
        step = solve(hess, grad)
        beta = [bi - si for bi, si in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return beta[:-1], beta[-1]


def auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    ranked = sorted((s, y) for s, y in zip(scores, labels))
    # Mann-Whitney U with average ranks for ties.
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def prf(scores, labels, threshold):
    tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < threshold and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--test")
    ap.add_argument("--features", default="cosine,anchor_overlap")
    ap.add_argument("--long-text-words", type=int, default=100)
    ap.add_argument("--threshold", type=float, default=0.1)
    ap.add_argument("--cosine-weight", type=float, default=0.4)
    ap.add_argument("--long-cosine-weight", type=float, default=0.7)
    ap.add_argument("--long-anchor-weight", type=float, default=0.1)
    args = ap.parse_args()
    features = args.features.split(",")
    train = read_pairs(args.train, args.long_text_words)
    test = read_pairs(args.test, args.long_text_words) if args.test else train
    given = {
        "short": {"cosine": args.cosine_weight, "anchor_overlap": 1 - args.cosine_weight},
        "long": {"cosine": args.long_cosine_weight, "anchor_overlap": args.long_anchor_weight},
    }
    for case in ("short", "long"):
        rows, rows_test = train[case], test[case]
        if not rows or not rows_test:
            print(f"{case}: no pairs")
            continue
        w, b = fit(rows, features)
        total = sum(w)
        labels = [r["same_event"] for r in rows_test]
        fitted = [sum(wi * r[f] for wi, f in zip(w, features)) / total for r in rows_test]
        print(f"{case}: train {len(rows)} pairs ({sum(r['same_event'] for r in rows):.0f} same "
              f"event), test {len(rows_test)} ({sum(labels):.0f})")
        print("  logistic: " + ", ".join(f"{f} {wi:.2f}" for f, wi in zip(features, w)) +
              f", intercept {b:.2f}")
        print("  blend: " + " + ".join(f"{wi / total:.3f} x {f}" for f, wi in zip(features, w)) +
              f" >= {-b / total:.3f}")
        p, r, f1 = prf(fitted, labels, -b / total)
        print(f"  fitted on test pairs: AUC {auc(fitted, labels):.3f}  P {p:.3f} R {r:.3f} "
              f"F1 {f1:.3f}")
        # Same-event pairs are rare among candidates (long texts: 1 in 10), so P = 0.5 is
        # a strict boundary; the threshold of the best pairwise F1 on the train pairs is
        # the other reading.
        train_scores = [sum(wi * r[f] for wi, f in zip(w, features)) / total for r in rows]
        train_labels = [r["same_event"] for r in rows]
        best = max(sorted(set(round(x, 3) for x in train_scores)),
                   key=lambda t: prf(train_scores, train_labels, t)[2])
        p, r, f1 = prf(fitted, labels, best)
        print(f"  best train F1 at >= {best:.3f}; on test pairs: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        if set(features) <= {"cosine", "anchor_overlap"}:
            hand = [sum(given[case][f] * r[f] for f in given[case]) for r in rows_test]
            p, r, f1 = prf(hand, labels, args.threshold)
            print(f"  given options on test pairs: AUC {auc(hand, labels):.3f}  P {p:.3f} "
                  f"R {r:.3f} F1 {f1:.3f} (>= {args.threshold})")
            scale = args.threshold / -b if b < 0 else float("nan")
            print(f"  at threshold {args.threshold}: " +
                  " + ".join(f"{wi * scale:.3f} x {f}" for f, wi in zip(features, w)) +
                  "; at the best train F1: " +
                  " + ".join(f"{wi / total * args.threshold / best:.3f} x {f}"
                             for f, wi in zip(features, w)))


if __name__ == "__main__":
    main()
