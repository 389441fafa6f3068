#!/usr/bin/env bash
# e2e: the offline samples crawled into a PostgreSQL store (--db postgresql://...) are all
# stored, and a second crawl stores nothing new; the same documents imported (one worker,
# so in one order) into a PostgreSQL and a SQLite store give the same articles, stories,
# figures and search hits. Ids and fetch times are left out of the comparison. Needs the
# CTest "postgres" fixture (NEWSDESK_TEST_PG_DIR); skips with its reason only when the
# server binaries are missing.
# Usage: bash postgres_samples.sh <newsdesk-binary> <source-dir>
set -euo pipefail
bin=$1
src=$2
source "$(dirname "$0")/lib/postgres.sh"
tmp=$(mktemp -d)
crawled="e2e_crawl_$$"
imported="e2e_import_$$"
cleanup() {
  for d in "$crawled" "$imported"; do
    psql -q "$server" -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
for d in "$crawled" "$imported"; do psql -q "$server" -c "CREATE DATABASE $d" >/dev/null; done
pg_crawl="${server%/*}/$crawled"
pg_import="${server%/*}/$imported"

expected=$(grep -cvE '^\s*(#|$)' "$src/samples/urls.txt")
"$bin" crawl "$src/pipelines/samples.toml" --db "$pg_crawl" >"$tmp/out" 2>&1 || {
  echo "crawl failed"; cat "$tmp/out"; exit 1; }
grep -q "crawl: $expected URLs: $expected fetched, $expected stored" "$tmp/out" || {
  echo "expected $expected stored:"; cat "$tmp/out"; exit 1; }
"$bin" crawl "$src/pipelines/samples.toml" --db "$pg_crawl" >"$tmp/out" 2>&1
grep -q "0 stored" "$tmp/out" || { echo "second crawl stored something:"; cat "$tmp/out"; exit 1; }

# Imports take http(s) URLs only: the canonical URL stands for the file:// one.
"$bin" export --db "$pg_crawl" --format jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(json.dumps(dict(d, url=d["canonical_url"]), ensure_ascii=False))
' >"$tmp/docs.jsonl"
for kind in s p; do
  store="$tmp/s.db"
  [ "$kind" = p ] && store=$pg_import
  "$bin" import "$tmp/docs.jsonl" --db "$store" --workers 1 >"$tmp/out" 2>&1 || {
    echo "import into $store failed"; cat "$tmp/out"; exit 1; }
  "$bin" export --db "$store" --format jsonl >"$tmp/articles_$kind.jsonl"
  "$bin" export --db "$store" --format jsonl --stories >"$tmp/stories_$kind.jsonl"
  "$bin" search detainees --db "$store" --json >"$tmp/search_$kind.json"
done

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]

def lines(name):
    with open(f"{tmp}/{name}", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]

def articles(kind):
    out = {}
    for a in lines(f"articles_{kind}.jsonl"):
        for key in ("fetched_at",):
            a.pop(key)
        out[a["canonical_url"]] = a
    return out

def stories(kind):
    out = set()
    for s in lines(f"stories_{kind}.jsonl"):
        figures = sorted((f["value"], f["unit"], f["url"], f["context"]) for f in s["figures"])
        urls = sorted(a["canonical_url"] for a in s["articles"])
        out.add(json.dumps([s["id"], s["title"], s["first_published"], s["last_published"],
                            s["article_count"], s["languages"], s["outlets"], urls, figures]))
    return out

ok = True
a_s, a_p = articles("s"), articles("p")
if a_s != a_p:
    ok = False
    for url in sorted(set(a_s) | set(a_p)):
        if a_s.get(url) != a_p.get(url):
            print("article differs:", url)
if stories("s") != stories("p"):
    ok = False
    print("stories differ:", stories("s") ^ stories("p"))
hits = {k: sorted(h["url"] for h in lines(f"search_{k}.json")) for k in ("s", "p")}
if hits["s"] != hits["p"] or not hits["s"]:
    ok = False
    print("search hits differ:", hits)
if not all("[detainees]" in h["snippet"].lower() for h in lines("search_p.json")):
    ok = False
    print("a PostgreSQL snippet does not mark the hit")
print(f"{len(a_s)} articles, {len(stories('s'))} stories, {len(hits['s'])} hits: "
      + ("same" if ok else "DIFFERENT"))
sys.exit(0 if ok else 1)
PY
