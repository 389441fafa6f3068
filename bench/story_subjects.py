#!/usr/bin/env python3
"""Sibling events told apart by their subjects: which pairs would a subject veto cut?

Session 31's check (docs/stories.md, "Session 31 (xs31)"), python3 stdlib only. An
article's *names* are its capitalized words that do not start a sentence (title + whole
text, lower-cased, with their counts); its *subject* is the names making up at least SHARE
of its name mentions, each at least K times. The veto: two long documents (>= 100 words of
title + text) that both have a subject and neither of which holds (as any word) a word of
the other's subject. For each (SHARE, K) it counts, by set (the whole subset, half 0, half
1: the bench's --fold), the gold pairs (same event) and the other pairs the veto cuts among
  - every pair of documents of the set ("all pairs"),
  - the pairs the index scored at or above the join threshold in any of the given runs
    (--pairs: CSVs of `stories_devset_bench --pairs`, blend as the index's: 0.7 cosine +
    0.1 anchors for two long texts of one language, else 0.4 + 0.6), and
  - the pairs the runs put in one story (--pred: the bench's --pred files),
and, for each --events A,B (two gold labels: sibling events), the pairs between them cut.
Each --pairs and --pred argument is SET:FILE, SET one of all, h0, h1; give one per tie
salt to see every order:

  for t in $(seq 0 10); do stories_devset_bench --subset=wikinewssum --tie-salt=$t \\
      --pairs=/tmp/p_all_$t.csv --pred=/tmp/pred_all_$t.jsonl; done   # and --fold=0|1
  python3 bench/story_subjects.py --events wns:043,wns:082 --events wns:055,wns:032 \
      --pairs all:/tmp/p_all_0.csv --pred all:/tmp/pred_all_0.jsonl ...
"""
import argparse
import collections
import csv
import itertools
import json
import os
import re

from stories_fold import fold

TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]", re.U)
SENTENCE_END = set(".!?:—")
LONG_WORDS = 100
THRESHOLD = 0.1
DEFINITIONS = [(0.05, 2), (0.1, 2), (0.1, 3), (0.1, 5), (0.15, 2), (0.15, 4), (0.2, 2), (0.3, 2)]


def names_and_words(doc):
    """(Counter of lower-cased names, set of lower-cased words) of title + text."""
    names = collections.Counter()
    words = set()
    for line in (doc["title"] + "\n" + doc["text"]).split("\n"):
        start = True
        for t in TOKEN.findall(line):
            if not t[0].isalpha():
                if t in SENTENCE_END:
                    start = True
                continue
            words.add(t.lower())
            if t[0].isupper() and not start:
                names[t.lower()] += 1
            start = False
    return names, words


class Subjects:
    def __init__(self, docs):
        self.docs = {d["id"]: d for d in docs}
        self.names, self.words, self.length = {}, {}, {}
        for d in docs:
            self.names[d["id"]], self.words[d["id"]] = names_and_words(d)
            self.length[d["id"]] = len((d["title"] + " " + d["text"]).split())

    def subject(self, doc, share, k):
        names = self.names[doc]
        total = sum(names.values())
        return {n for n, c in names.items() if c >= k and c >= share * total}

    def vetoed(self, a, b, share, k):
        if min(self.length[a], self.length[b]) < LONG_WORDS:
            return False
        sa, sb = self.subject(a, share, k), self.subject(b, share, k)
        return bool(sa and sb) and not (sa & self.words[b]) and not (sb & self.words[a])

    def same(self, a, b):
        return self.docs[a]["cluster"] == self.docs[b]["cluster"]


def blend(r):
    long_pair = (r["same_language"] == "1"
                 and min(int(r["words"]), int(r["other_words"])) >= LONG_WORDS)
    if long_pair:
        return 0.7 * float(r["cosine"]) + 0.1 * float(r["anchor_overlap"])
    return 0.4 * float(r["cosine"]) + 0.6 * float(r["anchor_overlap"])


def parse_sets(values):
    out = collections.defaultdict(list)
    for v in values or []:
        name, path = v.split(":", 1)
        out[name].append(path)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", default=os.path.join(os.path.dirname(__file__),
                                                     "../../shared/devsets/stories"))
    ap.add_argument("--pairs", action="append", help="SET:CSV of stories_devset_bench --pairs")
    ap.add_argument("--pred", action="append", help="SET:JSONL of stories_devset_bench --pred")
    ap.add_argument("--events", action="append", help="A,B: two gold labels (sibling events)")
    args = ap.parse_args()
    with open(os.path.join(args.devset, "stories-dev.jsonl"), encoding="utf-8") as f:
        docs = [d for d in map(json.loads, f) if d["subset"] == "wikinewssum"]
    s = Subjects(docs)
    members = {"all": [d["id"] for d in docs]}
    for half in (0, 1):
        members[f"h{half}"] = [d["id"] for d in docs if fold(d["cluster"]) == half]

    # Pair sets: (a, b) sorted; "all pairs" of each set, scored >= threshold in any run,
    # and one story in any run (counted once per run).
    above = collections.defaultdict(set)
    for name, paths in parse_sets(args.pairs).items():
        for path in paths:
            for r in csv.DictReader(open(path, encoding="utf-8")):
                if blend(r) >= THRESHOLD:
                    above[name].add(tuple(sorted((r["doc"], r["other"]))))
    together = collections.defaultdict(list)
    for name, paths in parse_sets(args.pred).items():
        for path in paths:
            story = {}
            for line in open(path, encoding="utf-8"):
                o = json.loads(line)
                story[o["id"]] = o["story"]
            for a, b in itertools.combinations(sorted(story), 2):
                if story[a] == story[b]:
                    together[name].append((a, b))

    def count(pairs, share, k):
        gold = sum(1 for a, b in pairs if s.same(a, b))
        cut_gold = sum(1 for a, b in pairs if s.same(a, b) and s.vetoed(a, b, share, k))
        cut_other = sum(1 for a, b in pairs if not s.same(a, b) and s.vetoed(a, b, share, k))
        return f"{cut_gold}/{gold} gold, {cut_other}/{len(pairs) - gold} other"

    for share, k in DEFINITIONS:
        print(f"share {share}, k {k}")
        for name, ids in members.items():
            cells = [f"all pairs {count(list(itertools.combinations(sorted(ids), 2)), share, k)}"]
            if name in above:
                cells.append(f"scored >= {THRESHOLD} {count(sorted(above[name]), share, k)}")
            if name in together:
                cells.append(f"one story {count(together[name], share, k)}")
            print(f"  {name}: " + "; ".join(cells))
        for events in args.events or []:
            a_docs, b_docs = ([d for d in s.docs if s.docs[d]["cluster"] == e]
                              for e in events.split(","))
            pairs = [(a, b) for a in a_docs for b in b_docs]
            cut = sum(1 for a, b in pairs if s.vetoed(a, b, share, k))
            print(f"  {events}: {cut} of {len(pairs)} pairs cut")


if __name__ == "__main__":
    main()
