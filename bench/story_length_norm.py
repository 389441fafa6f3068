"""Pair AUC of length normalizations of the long texts' TF-IDF cosine (session 31, xl31).

  ./build/bench/stories_devset_bench --subset=wikinewssum --terms=T.jsonl --pairs=P.csv
  python3 bench/story_length_norm.py T.jsonl P.csv

T.jsonl holds each stored document's terms as FeatureExtractor gives them (weight =
sqrt of the raw weight: title 1.5, lead word 1, ...); IDF is the index's per-language
IDF (language_prior 2) over the whole run at its end. Prints AUC (same event vs not)
of each score on the long (>= 100 words) same-language pairs of each half (every pair,
and the pairs the index scored), then of the index's blend over every scored pair with
the cosine divided by short^(2 - a) * long^a norms (1 = cosine) for long pairs.
Standard library only."""
import collections
import csv
import itertools
import json
import math
import sys

terms_path, pairs_path = sys.argv[1], sys.argv[2]
docs = [json.loads(l) for l in open(terms_path)]
for d in docs:
    d['tf'] = {t: w * w for t, w in d['terms']}  # raw weight (pre-sqrt)
    d['lk'] = d['language'].split('-')[0].lower()
N = len(docs)
df = collections.Counter(); ldf = collections.Counter(); ln = collections.Counter()
for d in docs:
    ln[d['lk']] += 1
    for t in d['tf']:
        df[t] += 1; ldf[(d['lk'], t)] += 1
K = 2.0
def idf(t, lk):
    n = N + 1.0
    return math.log((ln[lk] + 1 + K) / (ldf[(lk, t)] + 0.5 + K * (df[t] + 0.5) / n))
for d in docs:
    d['idf'] = {t: idf(t, d['lk']) for t in d['tf']}
    d['dl'] = sum(d['tf'].values())
    d['uniq'] = len(d['tf'])
long_docs = [d for d in docs if d['words'] >= 100]
avgdl = sum(d['dl'] for d in long_docs) / len(long_docs)
avgu = sum(d['uniq'] for d in long_docs) / len(long_docs)
byid = {d['id']: d for d in docs}

def vec(d, tfw):
    return {t: tfw(d, tf) * d['idf'][t] for t, tf in d['tf'].items()}
def norm(v): return math.sqrt(sum(x * x for x in v.values()))
def dot(a, b):
    if len(a) > len(b): a, b = b, a
    return sum(x * b[t] for t, x in a.items() if t in b)

def cosine(tfw):
    cache = {}
    def f(a, b):
        for d in (a, b):
            if d['id'] not in cache:
                v = vec(d, tfw); cache[d['id']] = (v, norm(v))
        (va, na), (vb, nb) = cache[a['id']], cache[b['id']]
        return dot(va, vb) / (na * nb) if na and nb else 0.0
    return f
sqrt_tf = lambda d, tf: math.sqrt(tf)
def bm25_tf(k1, b):
    return lambda d, tf: tf * (k1 + 1) / (tf + k1 * (1 - b + b * d['dl'] / avgdl))
def bm25_sym(k1, b, normalized):
    w = bm25_tf(k1, b); cache = {}
    def v(d):
        if d['id'] not in cache:
            bm = {t: w(d, tf) * d['idf'][t] for t, tf in d['tf'].items()}
            cache[d['id']] = (bm, sum(x * d['idf'][t] for t, x in bm.items()))
        return cache[d['id']]
    def f(a, b):
        (va, sa), (vb, sb) = v(a), v(b)
        # query a (binary), document b, and the other way round
        s = 0.5 * (sum(x for t, x in vb.items() if t in a['tf']) + sum(x for t, x in va.items() if t in b['tf']))
        return s / math.sqrt(sa * sb) if normalized else s
    return f
def pivoted_unique(s):
    cache = {}
    def v(d):
        if d['id'] not in cache:
            avgtf = sum(d['tf'].values()) / len(d['tf'])
            nrm = (1 - s) * avgu + s * d['uniq']
            cache[d['id']] = {t: (1 + math.log(max(tf, 1e-9))) / (1 + math.log(max(avgtf, 1e-9))) * d['idf'][t] / nrm
                              for t, tf in d['tf'].items() if tf > 0}
        return cache[d['id']]
    return lambda a, b: dot(v(a), v(b))
def pivoted_cosine(s, tfw=sqrt_tf):
    cache = {}; pivot = [None]
    def v(d):
        if pivot[0] is None:
            pivot[0] = sum(norm(vec(x, tfw)) for x in long_docs) / len(long_docs)
        if d['id'] not in cache:
            u = vec(d, tfw); cache[d['id']] = (u, (1 - s) * pivot[0] + s * norm(u))
        return cache[d['id']]
    def f(a, b):
        (va, na), (vb, nb) = v(a), v(b)
        return dot(va, vb) / (na * nb)
    return f
def containment(tfw=sqrt_tf):
    cache = {}
    def v(d):
        if d['id'] not in cache:
            u = vec(d, tfw); cache[d['id']] = (u, norm(u))
        return cache[d['id']]
    def f(a, b):
        (va, na), (vb, nb) = v(a), v(b)
        return dot(va, vb) / min(na, nb) ** 2
    return f
def containment_geo(alpha):  # dot / (short^(2 - alpha) * long^alpha): 1 = cosine, 0 = containment
    cache = {}
    def v(d):
        if d['id'] not in cache:
            u = vec(d, sqrt_tf); cache[d['id']] = (u, norm(u))
        return cache[d['id']]
    def f(a, b):
        (va, na), (vb, nb) = v(a), v(b)
        lo, hi = min(na, nb), max(na, nb)
        return dot(va, vb) / (lo ** (2 - alpha) * hi ** alpha)
    return f

variants = [('cosine sqrt tf (main)', cosine(sqrt_tf))]

for k1 in (1.2, 1.5, 2.0):
    for b in (0.0, 0.5, 0.75, 0.9):
        variants.append((f'cosine BM25 k1={k1} b={b}', cosine(bm25_tf(k1, b))))
for k1 in (1.2, 2.0):
    for b in (0.5, 0.75, 0.9):
        variants.append((f'sym BM25 k1={k1} b={b} raw', bm25_sym(k1, b, False)))
        variants.append((f'sym BM25 k1={k1} b={b} self-normalized', bm25_sym(k1, b, True)))
for s in (0.1, 0.2, 0.3, 0.5):
    variants.append((f'pivoted unique s={s}', pivoted_unique(s)))
for s in (0.5, 0.7, 0.85):
    variants.append((f'pivoted cosine s={s}', pivoted_cosine(s)))
variants.append(('containment (shorter norm^2)', containment()))
for al in (0.25, 0.5, 0.75):
    variants.append((f'dot / (short^{2-al} long^{al})', containment_geo(al)))

def auc(scored):
    pos = [s for s, y in scored if y]; neg = [s for s, y in scored if not y]
    if not pos or not neg: return float('nan')
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1 if p > n else 0.5 if p == n else 0
    return wins / (len(pos) * len(neg))

# (1) all long same-language pairs within half K
sets = {}
for K_ in (0, 1):
    ds = [d for d in long_docs if d['fold'] == K_]
    sets[f'all long pairs h{K_}'] = [(a, b, a['cluster'] == b['cluster']) for a, b in itertools.combinations(ds, 2) if a['lk'] == b['lk']]
# (2) pairs the index scored (distinct), long same-language, within half K; plus blend over all scored
scored = {}
for r in csv.DictReader(open(pairs_path)):
    if r['doc'] not in byid or r['other'] not in byid: continue
    key = tuple(sorted((r['doc'], r['other'])))
    scored[key] = r
for K_ in (0, 1):
    fk = 3 * K_
    rows = [r for r in scored.values() if int(r['folds']) == fk]
    sets[f'scored long h{K_}'] = [(byid[r['doc']], byid[r['other']], r['same_event'] == '1') for r in rows
                                  if byid[r['doc']]['words'] >= 100 and byid[r['other']]['words'] >= 100 and byid[r['doc']]['lk'] == byid[r['other']]['lk']]
for name, ps in sets.items():
    print(f'# {name}: {len(ps)} pairs, {sum(y for *_, y in ps)} same event', file=sys.stderr)

print('variant'.ljust(40), ' '.join(n.rjust(20) for n in sets))
for vname, fn in variants:
    cells = []
    for name, ps in sets.items():
        cells.append(auc([(fn(a, b), y) for a, b, y in ps]))
    print(vname.ljust(40), ' '.join(f'{c:20.3f}' for c in cells), flush=True)

if __name__ == "__main__":
    # Blend over every scored pair within half K: long same-language pairs take
    # 0.7 x variant (capped at 1) + 0.1 x anchors, the others the index's short blend.
    # "idx": the index's own cosine (incremental IDF, csv) times the variant's factor.
    def norms_ratio(a, b):
        na = norm(vec(a, sqrt_tf)); nb = norm(vec(b, sqrt_tf))
        return max(na, nb) / min(na, nb)
    for K_ in (0, 1):
        rows = [r for r in scored.values() if int(r['folds']) == 3 * K_]
        print(f'# blend, scored pairs h{K_}: {len(rows)} pairs, {sum(r["same_event"]=="1" for r in rows)} same')
        for label, alpha in [('main', 1.0), ('a=0.75', 0.75), ('a=0.5', 0.5), ('a=0.25', 0.25), ('a=0 (containment)', 0.0)]:
            out = []
            for r in rows:
                a, b = byid[r['doc']], byid[r['other']]
                cos = float(r['cosine']); anc = float(r['anchor_overlap'])
                base = 0.4 * cos + 0.6 * anc
                if r['same_language'] == '1' and min(int(r['words']), int(r['other_words'])) >= 100:
                    v = min(1.0, cos * norms_ratio(a, b) ** (1 - alpha))
                    blend = 0.7 * v + 0.1 * anc
                    mainb = 0.7 * cos + 0.1 * anc
                else:
                    blend = mainb = base
                out.append((blend, mainb, r['same_event'] == '1'))
            up_same = sum(1 for b_, m, y in out if b_ >= 0.1 > m and y)
            up_other = sum(1 for b_, m, y in out if b_ >= 0.1 > m and not y)
            print(f'  {label:20s} AUC {auc([(b_, y) for b_, m, y in out]):.3f}  lifted over 0.1: +{up_same} same / +{up_other} other')
