#!/usr/bin/env python3
"""Shared passages between full articles of one language: do they separate same-event pairs?

Session 17's check (docs/stories.md, "Shared passages (session 17)"), python3 stdlib only.
For every pair of long wikinewssum documents (>= 100 words of title + text) in one language,
within one half of the events (the bench's --fold hash), it compares
  - the TF-IDF cosine as the long blend sees it (sqrt TF over title x 1.5 + the first 400
    words, IDF over the 93 documents), and
  - shared passages: the word n-grams (lowercased \\w+ words of title + whole text) the two
    documents have in common, counting only n-grams held by at most MAX_DF long documents
    (site boilerplate) and passing a word filter (see FILTERS),
alone and as `cosine + w * min(1, shared / k)`, by AUC (same event vs not).
With --pairs (the CSV of `stories_devset_bench --pairs`, one or both halves), it does the
same on the pairs the index really scored, with the index's blend (0.7 cosine + 0.1 anchor
overlap), and counts the pairs that the feature lifts across the join threshold (0.1).

  python3 bench/story_passages.py [--devset DIR] [--pairs PAIRS.csv]
"""
import argparse
import collections
import csv
import json
import math
import re

from stories_fold import fold

WORD = re.compile(r"\w+", re.U)
LONG_WORDS = 100
THRESHOLD = 0.1
# (name, n, word filter) where the filter gets the n-gram's words' document shares:
# "not all frequent": skip n-grams made only of words in >= 30% of the documents (a
# stop-word list for any language); "rare >= 1" / "rare >= 2": keep n-grams with at least
# one / two words in <= 10% / 20% of the documents.
FILTERS = [
    ("4-grams, not all frequent", 4, lambda s: not all(x >= 0.3 for x in s)),
    ("5-grams, not all frequent", 5, lambda s: not all(x >= 0.3 for x in s)),
    ("4-grams, rare >= 1 (10%)", 4, lambda s: sum(x <= 0.1 for x in s) >= 1),
    ("5-grams, rare >= 1 (10%)", 5, lambda s: sum(x <= 0.1 for x in s) >= 1),
    ("3-grams, rare >= 2 (20%)", 3, lambda s: sum(x <= 0.2 for x in s) >= 2),
]
MAX_DF = 3
BLENDS = [(0.05, 3), (0.1, 3), (0.1, 1), (0.2, 5)]  # (w, k)



def auc(pos, neg):
    if not pos or not neg:
        return float("nan")
    wins = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def load(devset):
    docs = []
    for line in open(devset + "/stories-dev.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d["subset"] != "wikinewssum":
            continue
        d["words"] = WORD.findall(d["title"].lower()) + WORD.findall(d["text"].lower())
        d["fold"] = fold(d["cluster"])
        docs.append(d)
    n = len(docs)
    df = collections.Counter()
    for d in docs:
        terms = collections.Counter()
        for w in WORD.findall(d["title"].lower()):
            terms[w] += 1.5
        for w in WORD.findall(d["text"].lower())[:400]:
            terms[w] += 1
        d["terms"] = terms
        df.update(set(terms))
    for d in docs:
        v = {t: math.sqrt(c) * math.log((n + 1) / (df[t] + 0.5)) for t, c in d["terms"].items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        d["vec"] = {t: x / norm for t, x in v.items()}
    return docs


def cosine(a, b):
    if len(a["vec"]) > len(b["vec"]):
        a, b = b, a
    return sum(x * b["vec"].get(t, 0.0) for t, x in a["vec"].items())


def passage_counter(docs, n, keep):
    """Returns shared(a, b): the passages of documents a and b in common."""
    wdf = collections.Counter()
    for d in docs:
        wdf.update(set(d["words"]))
    grams = {}
    for d in docs:
        if len(d["words"]) < LONG_WORDS:
            continue
        w = d["words"]
        grams[d["id"]] = {
            tuple(w[i : i + n])
            for i in range(len(w) - n + 1)
            if keep([wdf[x] / len(docs) for x in w[i : i + n]])
        }
    gdf = collections.Counter()
    for g in grams.values():
        gdf.update(g)

    def shared(a, b):
        ga, gb = grams.get(a["id"], set()), grams.get(b["id"], set())
        return sum(1 for g in ga & gb if gdf[g] <= MAX_DF)

    return shared


def report(name, halves, lifts):
    """halves: {half: [(base score, shared passages, same event)]}; lifts: count the pairs
    that the feature lifts across the join threshold (base = the index's blend)."""
    print(name)
    for half, pairs in sorted(halves.items()):
        pos = [p for p in pairs if p[2]]
        neg = [p for p in pairs if not p[2]]
        cells = [
            f"half {half}: {len(pairs)} pairs ({len(pos)} same event)",
            f"AUC base {auc([p[0] for p in pos], [p[0] for p in neg]):.3f}",
            f"passages alone {auc([p[1] for p in pos], [p[1] for p in neg]):.3f}",
        ]
        for w, k in BLENDS:
            s = lambda p: p[0] + w * min(1.0, p[1] / k)
            lifted = [p for p in pairs if p[0] < THRESHOLD <= s(p)]
            cell = f"w {w} k {k}: {auc([s(p) for p in pos], [s(p) for p in neg]):.3f}"
            if lifts:
                same = sum(p[2] for p in lifted)
                cell += f" (+{same} same / +{len(lifted) - same} other)"
            cells.append(cell)
        cells.append(f"with any passage: same {sum(p[1] > 0 for p in pos)},"
                     f" other {sum(p[1] > 0 for p in neg)}")
        print("  " + "; ".join(cells))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--devset", default="../shared/devsets/stories")
    ap.add_argument("--pairs", help="CSV of stories_devset_bench --pairs")
    args = ap.parse_args()
    docs = load(args.devset)
    by_id = {d["id"]: d for d in docs}
    long_docs = [d for d in docs if len(d["words"]) >= LONG_WORDS]
    scored = []
    if args.pairs:
        for r in csv.DictReader(open(args.pairs, encoding="utf-8")):
            if (r["subset"] == "wikinewssum" and r["same_language"] == "1"
                    and min(int(r["words"]), int(r["other_words"])) >= LONG_WORDS
                    and r["folds"] in ("0", "3")):
                blend = 0.7 * float(r["cosine"]) + 0.1 * float(r["anchor_overlap"])
                scored.append((by_id[r["doc"]], by_id[r["other"]], blend, r["same_event"] == "1"))
    for name, n, keep in FILTERS:
        shared = passage_counter(docs, n, keep)
        halves = collections.defaultdict(list)
        for i, a in enumerate(long_docs):
            for b in long_docs[i + 1 :]:
                if a["lang"] == b["lang"] and a["fold"] == b["fold"]:
                    same = a["cluster"] == b["cluster"]
                    halves[a["fold"]].append((cosine(a, b), shared(a, b), same))
        report(f"{name}; all same-language long pairs, base = cosine", halves, False)
        if scored:
            halves = collections.defaultdict(list)
            for a, b, blend, same in scored:
                halves[a["fold"]].append((blend, shared(a, b), same))
            report(f"{name}; pairs the index scored, base = its blend", halves, True)


if __name__ == "__main__":
    main()
