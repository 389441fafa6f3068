#!/usr/bin/env python3
"""How far a BCubed F1 on a few dozen events says anything: a bootstrap over whole gold stories.

Session 30's check (docs/stories.md, "Session 30 (xf30)"), python3 stdlib only. It resamples
the gold events of one subset with replacement (each draw brings all of its event's
documents), keeps the predicted stories restricted to the drawn documents, scores BCubed
as the dev set's score.py does, and prints the 5th, 50th and 95th percentile of F1 (a 90 %
interval) and of precision, for
  - the whole subset (as many draws as it has events), and
  - a half-sized set (half as many draws, from the same events and predictions): what one
    half of held-out events of this size would show with the same method, and
  - with --fold-pred, each half resampled from its own events with the predictions of a
    run on that half alone (`stories_devset_bench --fold=K --pred=...`).
An event drawn twice is two events whose documents are copies; copy j of every event shares
predicted stories with copy j of the others only, so a wrong join between two events is
counted once per pair of copies that meet, never between copies of one event.

  stories_devset_bench --subset=wikinewssum --pred=/tmp/all.jsonl
  python3 bench/stories_bootstrap.py [--devset DIR] [--subset wikinewssum] --pred /tmp/all.jsonl
      [--fold-pred 0:/tmp/h0.jsonl --fold-pred 1:/tmp/h1.jsonl] [--reps 2000] [--seed 1]
"""
import argparse
import collections
import json
import os
import random

from stories_fold import fold


def bcubed(gold, pred):
    """BCubed (P, R, F1) over the items of `gold` (item -> gold label; pred: item -> story)."""
    g, p = collections.defaultdict(set), collections.defaultdict(set)
    for d in gold:
        g[gold[d]].add(d)
        p[pred[d]].add(d)
    P = R = 0.0
    for d in gold:
        inter = len(g[gold[d]] & p[pred[d]])
        P += inter / len(p[pred[d]])
        R += inter / len(g[gold[d]])
    P /= len(gold)
    R /= len(gold)
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def resample(events, pred, draws, rng):
    """BCubed of one resampled set of `draws` events (events: event -> its documents)."""
    names = sorted(events)
    copies = collections.Counter()
    gold, stories = {}, {}
    for i in range(draws):
        e = rng.choice(names)
        j = copies[e]
        copies[e] += 1
        for d in events[e]:
            gold[(i, d)] = (i, e)
            stories[(i, d)] = (j, pred[d])
    return bcubed(gold, stories)


def interval(events, pred, draws, reps, rng):
    runs = [resample(events, pred, draws, rng) for _ in range(reps)]

    def pct(k, q):
        xs = sorted(r[k] for r in runs)
        return xs[min(len(xs) - 1, int(q * len(xs)))]

    return {k: (pct(i, 0.05), pct(i, 0.5), pct(i, 0.95)) for i, k in enumerate("PRF")}


def read_pred(path):
    with open(path, encoding="utf8") as f:
        return {r["id"]: r["story"] for r in map(json.loads, filter(str.strip, f))}


def report(label, events, pred, draws, reps, rng):
    ids = [d for e in events for d in events[e]]
    missing = [d for d in ids if d not in pred]
    if missing:
        raise SystemExit(f"{label}: {len(missing)} documents have no prediction")
    P, _, F = bcubed({d: e for e in events for d in events[e]}, pred)
    s = interval(events, pred, draws, reps, rng)
    print(f"{label:<34} events {len(events):3d} draws {draws:3d}  F1 {F:.3f} (P {P:.3f})  "
          f"90% F1 {s['F'][0]:.3f} .. {s['F'][2]:.3f} (median {s['F'][1]:.3f})  "
          f"P {s['P'][0]:.3f} .. {s['P'][2]:.3f}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", default=os.path.join(here, "..", "..", "shared", "devsets",
                                                     "stories"))
    ap.add_argument("--subset", default="wikinewssum")
    ap.add_argument("--pred", required=True, help="predictions of a run on the whole subset")
    ap.add_argument("--fold-pred", action="append", default=[],
                    help="K:PRED.jsonl, predictions of a run on half K alone")
    ap.add_argument("--reps", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    events = collections.defaultdict(list)
    with open(os.path.join(args.devset, "stories-dev.jsonl"), encoding="utf8") as f:
        for d in map(json.loads, filter(str.strip, f)):
            if d["subset"] == args.subset:
                events[d["cluster"]].append(d["id"])
    rng = random.Random(args.seed)
    pred = read_pred(args.pred)
    report(f"{args.subset} whole", events, pred, len(events), args.reps, rng)
    report(f"{args.subset} half-sized", events, pred, (len(events) + 1) // 2, args.reps, rng)
    for spec in args.fold_pred:
        k, path = spec.split(":", 1)
        half = {e: ds for e, ds in events.items() if fold(e) == int(k)}
        report(f"{args.subset} half {k}", half, read_pred(path), len(half), args.reps, rng)


if __name__ == "__main__":
    main()
